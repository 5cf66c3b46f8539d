// Transliteration between Ukrainian, Russian and Latin, used to generate the name variants reports use.
//
// - `ukrainianToLatin`: the Ukrainian national system (Cabinet of Ministers resolution No. 55 of
//   2010-01-27): "Сіверськ" → "Siversk", "Куп’янськ" → "Kupiansk", word-initial є/ї/й/ю/я as ye/yi/y/yu/ya,
//   "зг" as "zgh", soft sign and apostrophe dropped.
// - `russianToLatin`: the spellings news agencies use for Russian names (BGN/PCGN-like, simplified):
//   "Северск" → "Seversk", "Купянск" → "Kupyansk", "Гуляйполе" → "Gulyaypole".
// - `ukrainianToRussianCandidates`: the Russian forms a Ukrainian settlement name most likely has. No rule
//   gives the one right answer (Ukrainian і comes from Russian и, е or о), so this returns the few most
//   likely spellings; they are variants for the matcher, never shown as the canonical Russian name.

const UK_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i',
  й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh',
  ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia', ы: 'y', э: 'e', ё: 'io', ъ: '',
}
const UK_LATIN_INITIAL: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' }

const RU_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g',
}
const RU_VOWELS = new Set('аеёиоуыэюяіїє')

const APOS = /['’ʼ`]/

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /\p{L}/u.test(ch)
}

/** Keeps the case of `source` on `latin` (first letter upper when the Cyrillic letter was). */
function withCase(source: string, latin: string): string {
  if (latin === '' || source === source.toLowerCase()) return latin
  // An all-caps word stays all caps; a capitalised letter gives "Zh", "Shch".
  return latin[0]!.toUpperCase() + latin.slice(1)
}

export function ukrainianToLatin(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    const lower = ch.toLowerCase()
    if (APOS.test(ch)) continue
    const wordInitial = !isLetter(text[i - 1]) && !APOS.test(text[i - 1] ?? '')
    if (lower === 'з' && text[i + 1]?.toLowerCase() === 'г') {
      out += withCase(ch, 'z') + withCase(text[i + 1]!, 'gh')
      i++
      continue
    }
    const mapped = (wordInitial ? UK_LATIN_INITIAL[lower] : undefined) ?? UK_LATIN[lower]
    out += mapped === undefined ? ch : withCase(ch, mapped)
  }
  return out
}

/**
 * Russian to Latin. `style` 'y' writes й/ы as y and я/ю as ya/yu everywhere ("Kupyansk", "Gulyaypole");
 * 'i' writes й as i and я/ю after consonants as ia/iu ("Gulyaipole", "Kupiansk"); the loose key folds both.
 */
export function russianToLatin(text: string, style: 'y' | 'i' = 'y'): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    const lower = ch.toLowerCase()
    if (APOS.test(ch)) continue
    const prev = text[i - 1]?.toLowerCase()
    const wordInitial = !isLetter(text[i - 1])
    let mapped = RU_LATIN[lower]
    if (lower === 'е' && (wordInitial || (prev !== undefined && (RU_VOWELS.has(prev) || prev === 'ь' || prev === 'ъ')))) mapped = 'ye'
    if (style === 'i') {
      if (lower === 'й') mapped = 'i'
      if (!wordInitial && prev !== undefined && !RU_VOWELS.has(prev) && prev !== 'ь' && prev !== 'ъ') {
        if (lower === 'я') mapped = 'ia'
        if (lower === 'ю') mapped = 'iu'
      }
    }
    // "-ий"/"-ый" endings: Krasnyy / Krasny and -iy / -i are both common; the loose key folds them.
    out += mapped === undefined ? ch : withCase(ch, mapped)
  }
  return out
}

// Whole-word ending rewrites, Ukrainian → Russian, longest first. Each gives one or more Russian endings.
const UK_RU_ENDINGS: ReadonlyArray<readonly [string, readonly string[]]> = (
  [
    ['ське', ['ское']], ['цьке', ['цкое']], ['зьке', ['зское', 'зкое']],
    ['ський', ['ский']], ['цький', ['цкий']], ['ська', ['ская']], ['цька', ['цкая']],
    ['ськ', ['ск']], ['цьк', ['цк']],
    ['івка', ['овка', 'евка', 'ивка']], ['ївка', ['евка', 'иевка']], ['іївка', ['еевка', 'иевка']],
    ['ине', ['ино']], ['еве', ['ево']], ['ове', ['ово', 'овое']], ['єве', ['ево']], ['ьове', ['ево']],
    ['ий', ['ый', 'ий', 'ой']], ['ій', ['ий']], ['ова', ['овая', 'ова']], ['не', ['ное', 'нее']], ['е', ['ое', 'е']],
    ['ів', ['ов', 'ев']], ['їв', ['ев']],
  ] as Array<readonly [string, readonly string[]]>
).sort((a, b) => b[0].length - a[0].length)

// Letter rewrites inside a word. і has three Russian sources; the first is the most frequent.
const UK_RU_LETTERS: Record<string, readonly string[]> = {
  і: ['и', 'е', 'о'], ї: ['и', 'ьи'], є: ['е'], и: ['и', 'ы'], ґ: ['г'], е: ['е'], 'ьо': ['е', 'ьо'],
}

const MAX_RU_CANDIDATES = 6

/** Likely Russian spellings of a Ukrainian name ("Верхньокам’янське" → "Верхнекаменское", ...). */
export function ukrainianToRussianCandidates(name: string): string[] {
  const words = name.split(/(\s+|-)/)
  let results: string[] = ['']
  for (const part of words) {
    if (part === '' || /^(\s+|-)$/.test(part)) {
      results = results.map((r) => r + part)
      continue
    }
    const isLastWord = words.slice(words.indexOf(part) + 1).every((w) => w === '' || /^(\s+|-)$/.test(w))
    const options = russianWordOptions(part, !isLastWord)
    const next: string[] = []
    for (const r of results) for (const o of options) next.push(r + o)
    results = next.slice(0, MAX_RU_CANDIDATES)
  }
  return [...new Set(results)].filter((r) => r !== name || !/[іїєґ]/i.test(name))
}

function russianWordOptions(word: string, isModifier: boolean): string[] {
  const lower = word.toLowerCase()
  const capital = word !== lower
  // Split the ending off and rewrite it by the table. A leading word ending in -а is an adjective
  // (Велика Новосілка → Великая Новоселка); a single word in -а is a noun (Новосілка) unless adjectival.
  let stem = lower
  let endings: readonly string[] = ['']
  if (isModifier && /[^ь]а$/.test(lower) && !/(ська|цька|ова)$/.test(lower)) {
    stem = lower.slice(0, -1)
    endings = ['ая']
  } else
  for (const [uk, ru] of isModifier && endings[0] === 'ая' ? [] : UK_RU_ENDINGS) {
    if (lower.length > uk.length + 1 && lower.endsWith(uk)) {
      stem = lower.slice(0, -uk.length)
      endings = ru
      break
    }
  }
  // Apostrophe + я/ю/є/ї: Кам’янка → Каменка / Камянка; П’ятихатки → Пятихатки.
  stem = stem.replace(/^олекс/, 'алекс')
  stem = stem.replace(/['’ʼ]я/g, '\u0001').replace(/['’ʼ]ю/g, 'ю').replace(/['’ʼ]є/g, 'ье').replace(/['’ʼ]ї/g, 'ьи')
  let stems: string[] = ['']
  for (let i = 0; i < stem.length; i++) {
    const two = stem.slice(i, i + 2)
    let opts: readonly string[]
    if (two === 'ьо') {
      opts = UK_RU_LETTERS['ьо']!
      i++
    } else if (stem[i] === '\u0001') {
      opts = ['е', 'я']
    } else {
      const ch = stem[i]!
      // і after a vowel or word-initially is nearly always и in Russian.
      if (ch === 'і' && (i === 0 || /[аеоуиіяюєї]/.test(stem[i - 1]!))) opts = ['и']
      // і in a closed syllable (consonant, then consonant or word end) mostly comes from Russian о
      // (Харків/Харьков, Ягідне/Ягодное, Вільне/Вольное); in an open one from и or е.
      else if (ch === 'і' && /^[бвгґджзклмнпрстфхцчшщ]([бвгґджзклмнпрстфхцчшщь]|$)/.test(stem.slice(i + 1, i + 3)))
        opts = ['о', 'е', 'и']
      else if (ch === 'и' && (i === 0 || /[кгхжшчщ]/.test(stem[i - 1]!))) opts = ['и']
      else opts = UK_RU_LETTERS[ch] ?? [ch]
    }
    const next: string[] = []
    for (const s of stems) for (const o of opts) next.push(s + o)
    stems = next.slice(0, MAX_RU_CANDIDATES * 2)
  }
  const out: string[] = []
  for (const s of stems) for (const e of endings) out.push(s + e)
  return out.slice(0, MAX_RU_CANDIDATES).map((w) => (capital ? w[0]!.toUpperCase() + w.slice(1) : w))
}
