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

// Each step of the fold runs only when the word holds what its pattern needs (a substring every match
// contains): most words need two or three of the eleven, and a replace that finds nothing still cost a
// regex scan and a call. Verification's look-alike table keys the 49,000 Latin names of the gazetteer's
// settlements, and the fold was half of building it (about a second of `frontline demo`). The steps and
// their order are unchanged (a property test compares this with the plain sequence of replaces).
function looseLatinWord(w: string): string {
  let s = w
  if (s.includes('h')) {
    if (s.includes('sh') || s.includes('sch')) s = s.replace(/shch|sch|shh/g, 'S') // щ
    if (s.includes('ch')) s = s.replace(/tch/g, 'C').replace(/ch/g, 'C') // ч
    if (s.includes('zh')) s = s.replace(/zh/g, 'Z') // ж
    if (s.includes('sh')) s = s.replace(/sh/g, 'X') // ш
    if (s.includes('kh')) s = s.replace(/kh/g, 'h') // х: kh / h
  }
  if (s.includes('g')) s = s.replace(/g/g, 'h') // г: g / h
  // 'c' alone is its own key: only ts and tz change the word.
  if (s.includes('ts') || s.includes('tz')) s = s.replace(/ts|tz|c/g, 'c') // ц
  if (s.includes('w')) s = s.replace(/w/g, 'v')
  if (s.includes('x')) s = s.replace(/x/g, 'ks')
  if (s.includes('q')) s = s.replace(/q/g, 'k')
  // A lone i is its own key: a y or j, or a run of i's, changes the word.
  if (s.includes('y') || s.includes('j') || s.includes('ii')) s = s.replace(/[iyj]+/g, 'i') // й/и/і/ї/ы in all their spellings
  if (s.includes('ie')) s = s.replace(/ie/g, 'e') // є / е after a consonant: ie, ye, je
  if (hasRepeat(s)) s = s.replace(/(.)\1+/g, '$1') // doubled letters (Kirillovka / Kyrylivka, Mariinka)
  if (s.endsWith('oe')) s = s.replace(/oe$/, 'e') // -ое / -е
  if (s.endsWith('aia')) s = s.replace(/aia$/, 'a') // -ая / -а
  if (s.endsWith('ei')) s = s.replace(/ei$/, 'i') // -ей / -ий
  return s
}

/** Whether two neighbouring UTF-16 units of `s` are the same (what a doubled-letter match needs). */
function hasRepeat(s: string): boolean {
  for (let i = 1; i < s.length; i++) if (s.charCodeAt(i) === s.charCodeAt(i - 1)) return true
  return false
}

/** The first letter is an upper-case letter (a capitalised word) or the word is all capitals. */
export function isCapitalised(word: string): boolean {
  const first = word[0]
  if (first === undefined) return false
  return first !== first.toLowerCase() && first === first.toUpperCase()
}
