// Name keys: how a name in any script is reduced before it is indexed or looked up.
//
// `nameKey` is exact up to case, apostrophes, hyphens and Latin diacritics: "Куп’янськ" and "куп'янськ"
// share a key, "Kamianka-Dniprovska" and "Kamianka Dniprovska" too. `looseLatinKey` goes further for
// Latin script only and folds the spellings that the many romanisations of Ukrainian and Russian produce
// for one Cyrillic letter (й/и/і/ї/ы as i, y, j, yi, iy; х/г as kh, h, g; ц as ts, tz, c; е/є as e, ie,
// ye, je; doubled consonants), so "Sievierodonetsk", "Severodonetsk" and "Syevyerodonetsk" meet.

const APOSTROPHES = /['’ʼ`´‘ʹ′]/g
const DASHES = /[-‐‑‒–—]/g
const LATIN_COMBINING = /[\u0300-\u036f]/g

/** Exact key: NFC, lower case, no apostrophes, hyphens as spaces, ё as е, Latin diacritics dropped. */
export function nameKey(name: string): string {
  if (isPlainWord(name)) {
    const lower = name.toLowerCase()
    return lower.includes('ё') ? lower.replace(/ё/g, 'е') : lower
  }
  let s = name.normalize('NFC').toLowerCase().replace(APOSTROPHES, '').replace(DASHES, ' ')
  s = s.replace(/ё/g, 'е')
  if (/[\u00c0-\u024f]/.test(s)) s = stripLatinDiacritics(s)
  return s.replace(/\s+/g, ' ').trim()
}

// Words of plain ASCII or Cyrillic letters separated by single spaces (the common case in running
// text): lower-casing is all their key needs.
function isPlainWord(s: string): boolean {
  let prevSpace = true
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c === 32) {
      if (prevSpace) return false
      prevSpace = true
      continue
    }
    prevSpace = false
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0x400 && c <= 0x4ff))) return false
  }
  return s.length > 0 && !prevSpace
}

// Decompose only Latin letters: NFD would also split Cyrillic й into и + breve.
function stripLatinDiacritics(s: string): string {
  return s.replace(/[\u00c0-\u024f]/g, (ch) => ch.normalize('NFD').replace(LATIN_COMBINING, ''))
}

/** Whether the string is written in Cyrillic (any Cyrillic letter present). */
export function isCyrillic(s: string): boolean {
  return /[\u0400-\u04ff]/.test(s)
}

/** Loose key for Latin-script names (see the header). Cyrillic input is returned as its `nameKey`. */
export function looseLatinKey(name: string): string {
  const key = nameKey(name)
  if (isCyrillic(key)) return key
  return key.split(' ').map(looseLatinWord).join(' ')
}

function looseLatinWord(w: string): string {
  let s = w
  s = s.replace(/shch|sch|shh/g, 'S') // щ
  s = s.replace(/tch/g, 'C').replace(/ch/g, 'C') // ч
  s = s.replace(/zh/g, 'Z') // ж
  s = s.replace(/sh/g, 'X') // ш
  s = s.replace(/kh/g, 'h').replace(/g/g, 'h') // х, г: kh / h / g
  s = s.replace(/ts|tz|c/g, 'c') // ц
  s = s.replace(/w/g, 'v').replace(/x/g, 'ks').replace(/q/g, 'k')
  s = s.replace(/[iyj]+/g, 'i') // й/и/і/ї/ы in all their spellings
  s = s.replace(/ie/g, 'e') // є / е after a consonant: ie, ye, je
  s = s.replace(/(.)\1+/g, '$1') // doubled letters (Kirillovka / Kyrylivka, Mariinka)
  s = s.replace(/oe$/, 'e').replace(/aia$/, 'a').replace(/ei$/, 'i') // -ое / -е, -ая / -а, -ей / -ий
  return s
}

/** The first letter is an upper-case letter (a capitalised word) or the word is all capitals. */
export function isCapitalised(word: string): boolean {
  const first = word[0]
  if (first === undefined) return false
  return first !== first.toLowerCase() && first === first.toUpperCase()
}
