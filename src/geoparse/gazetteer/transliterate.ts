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

/**
 * Likely Russian spellings of a Ukrainian name ("Верхньокам’янське" → "Верхнекаменское", ...), most
 * likely first. `knownWords` gives the Russian form of words other names show it for (lower case,
 * "дружківка" → "дружковка" from Дружківка/Дружковка): a compound's part that is a known town's name
 * takes that town's Russian name ("Олексієво-Дружківка" → "Алексеево-Дружковка").
 */
export function ukrainianToRussianCandidates(name: string, knownWords?: ReadonlyMap<string, string>): string[] {
  const parts = name.split(/(\s+|-)/)
  const lastWord = parts.reduce((at, p, i) => (p === '' || /^(\s+|-)$/.test(p) ? at : i), -1)
  // Each word's options, most likely first; the name's candidates are their combinations in order of
  // the sum of the options' ranks (so a second word's first option is not lost to the first word's third).
  let results: { text: string; rank: number }[] = [{ text: '', rank: 0 }]
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!
    if (part === '' || /^(\s+|-)$/.test(part)) {
      results = results.map((r) => ({ text: r.text + part, rank: r.rank }))
      continue
    }
    // Only a compound's words: a one-word name's own Russian spellings are what is being generated.
    const known = lastWord !== parts.findIndex((p) => p !== '' && !/^(\s+|-)$/.test(p)) ? knownWords?.get(part.toLowerCase().replace(/['’ʼ]/g, "'")) : undefined
    const options = known ? [withCapital(part, known)] : russianWordOptions(part, i !== lastWord)
    const next: { text: string; rank: number }[] = []
    for (const r of results) options.forEach((o, k) => next.push({ text: r.text + o, rank: r.rank + k }))
    results = next.sort((a, b) => a.rank - b.rank).slice(0, MAX_RU_CANDIDATES)
  }
  return [...new Set(results.map((r) => r.text))].filter((r) => r !== name || !/[іїєґ]/i.test(name))
}

function withCapital(source: string, word: string): string {
  return source !== source.toLowerCase() ? word[0]!.toUpperCase() + word.slice(1) : word
}

// Adjectives in -ічн- from loanwords (Новоекономічне, Агрономічне, Ботанічне) are Russian -ическ-
// (Новоэкономическое, Агрономическое, Ботаническое); a one-syllable stem (Зарічне, Пасічне, Північне)
// or one ending in р (Новорічне: ріка) keeps the usual rewrite (Заречное).
const LOAN_ADJECTIVE = /^(.*[аеєиіїоуюя].*[аеєиіїоуюя][^аеєиіїоуюяр]*[^аеєиіїоуюяр])ічн(е|ий|а)$/
const LOAN_ENDINGS: Record<string, string> = { е: 'ическое', ий: 'ический', а: 'ическая' }

function russianWordOptions(word: string, isModifier: boolean): string[] {
  const usual = usualWordOptions(word, isModifier)
  const loan = LOAN_ADJECTIVE.exec(word.toLowerCase())
  if (!loan) return usual
  const [stem] = usualWordOptions(loan[1]!, false)
  const first = `${stem!.toLowerCase()}${LOAN_ENDINGS[loan[2]!]}`
  return [word !== word.toLowerCase() ? first[0]!.toUpperCase() + first.slice(1) : first, ...usual].slice(0, MAX_RU_CANDIDATES)
}

function usualWordOptions(word: string, isModifier: boolean): string[] {
  const lower = word.toLowerCase()
  const capital = word !== lower
  // Split the ending off and rewrite it by the table. A leading word ending in -а is an adjective
  // (Велика Новосілка → Великая Новоселка); a single word in -а is a noun (Новосілка) unless adjectival.
  let stem = lower
  let endings: readonly string[] = ['']
  if (isModifier && /[^ь]а$/.test(lower) && !/(ська|цька|ова)$/.test(lower)) {
    stem = lower.slice(0, -1)
    endings = ['ая']
  } else if (isModifier && /[^ь]і$/.test(lower) && lower.length > 3) {
    // A plural adjective before the noun: Малі Щербаки → Малые Щербаки, Великі Копані → Великие Копани.
    stem = lower.slice(0, -1)
    endings = /[гкхжшчщ]$/.test(stem) ? ['ие'] : /н$/.test(stem) ? ['ые', 'ие'] : ['ые']
  } else
  for (const [uk, ru] of isModifier && endings[0] === 'ая' ? [] : UK_RU_ENDINGS) {
    if (lower.length > uk.length + 1 && lower.endsWith(uk)) {
      stem = lower.slice(0, -uk.length)
      endings = ru
      break
    }
  }
  // Apostrophe + я/ю/є/ї: Кам’янка → Каменка / Камянка; П’ятихатки → Пятихатки.
  // (also after a compound's first part: Новоолександрівка → Новоалександровка, Новомиколаївка → Новониколаевка)
  stem = stem.replace(/^((?:ново|старо|велико|мало)?)олекс/, '$1алекс')
  // Чорн- is Russian черн- (Чорнобаївка → Чернобаевка, Чорноморськ → Черноморск, Чорнухи → Чернухи).
  stem = stem.replace(/^((?:ново|старо|велико|мало)?)чорн/, '$1черн')
  // Ukrainian м- and prothetic в- where Russian has н- and none (Миколаївка → Николаевка, Вузлове →
  // Узловое, Вугледар → Угледар); віль- of alder for ольх-/ольш- (Вільхівка → Ольховка).
  stem = stem.replace(/^((?:ново|старо|велико|мало)?)мик(?=[іио])/, '$1ник').replace(/^ву(?=[бвгджзклмнпрстфхцчшщ])/, 'у').replace(/^віль(?=[хш])/, 'оль')
  stem = stem.replace(/['’ʼ]я/g, '\u0001').replace(/['’ʼ]ю/g, 'ю').replace(/['’ʼ]є/g, 'ье').replace(/['’ʼ]ї/g, 'ьи')
  let stems: string[] = ['']
  for (let i = 0; i < stem.length; i++) {
    const two = stem.slice(i, i + 2)
    let opts: readonly string[]
    if (two === 'ьо') {
      opts = UK_RU_LETTERS['ьо']!
      i++
    } else if (/^[бвгджзклмнпрстфхцчшщ]$/.test(stem[i]!) && stem[i + 1] === stem[i] && /[яюєі]/.test(stem[i + 2] ?? '') && (stem[i + 2] !== 'і' || stem[i] === 'л')) {
      // A doubled consonant before я/ю/є is Russian consonant + ь + vowel (Миколайпілля → Николайполье,
      // Запоріжжя → Запорожье), and лл before і too (Іллінівка → Ильиновка).
      const v = stem[i + 2]!
      opts = [`${stem[i]}ь${v === 'я' || v === 'є' ? 'е' : v === 'і' ? 'и' : 'ю'}`, `${stem[i]}${stem[i]}${v === 'є' ? 'е' : v === 'і' ? 'и' : v}`]
      i += 2
    } else if (stem[i] === '\u0001') {
      opts = ['е', 'я']
    } else {
      const ch = stem[i]!
      // і after a vowel or word-initially is nearly always и in Russian.
      if (ch === 'і' && (i === 0 || /[аеоуиіяюєї]/.test(stem[i - 1]!))) opts = ['и']
      // Ukrainian е after a vowel is a bare [e], which Russian writes э (Новоекономічне → Новоэкономическое).
      else if (ch === 'е' && i > 0 && /[аеоуиіяюєї]/.test(stem[i - 1]!)) opts = ['э', 'е']
      // і before є or ї is Russian е (Олексієво → Алексеево, Андріївка → Андреевка).
      else if (ch === 'і' && /[єї]/.test(stem[i + 1] ?? '')) opts = ['е', 'и']
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

// BGN/PCGN romanisation of Russian as GeoNames writes it, read back: digraphs first.
const LATIN_RU: ReadonlyArray<readonly [string, string]> = [
  ['shch', 'щ'], ['kh', 'х'], ['ts', 'ц'], ['ch', 'ч'], ['sh', 'ш'], ['zh', 'ж'], ['yu', 'ю'], ['ya', 'я'], ['yë', 'ё'], ['yo', 'ё'],
  ['ë', 'ё'], ['a', 'а'], ['b', 'б'], ['v', 'в'], ['g', 'г'], ['d', 'д'], ['z', 'з'], ['i', 'и'], ['k', 'к'], ['l', 'л'], ['m', 'м'],
  ['n', 'н'], ['o', 'о'], ['p', 'п'], ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'у'], ['f', 'ф'], ['’', 'ь'], ["'", 'ь'], ['”', 'ъ'],
]
const CYRILLIC_VOWELS = /[аеёиоуыэюя]/

/**
 * A Russian place name GeoNames gives only in its BGN/PCGN romanisation, back in Cyrillic ("Tëtkino" →
 * "Тёткино", "Rep’yëvka" → "Репьёвка", "Razumnoye" → "Разумное", "Severnyy" → "Северный"); null when a
 * letter is outside the system. A variant for matching Russian text, never shown as the name.
 */
export function russianFromGeonamesLatin(name: string): string | null {
  let out = ''
  const lower = name.toLowerCase()
  for (let i = 0; i < lower.length; ) {
    const ch = lower[i]!
    if (ch === ' ' || ch === '-') {
      out += ch
      i++
      continue
    }
    const wordStart = i === 0 || lower[i - 1] === ' ' || lower[i - 1] === '-'
    if (ch === 'e' || (ch === 'y' && lower[i + 1] === 'e')) {
      // е; э at the start of a word; "ye" after a vowel or at the start is е too.
      out += wordStart && ch === 'e' ? 'э' : 'е'
      i += ch === 'y' ? 2 : 1
      continue
    }
    if (ch === 'y' && !/[uaoë]/.test(lower[i + 1] ?? '')) {
      // й after a vowel, ы after a consonant ("Severnyy": ы then й).
      out += CYRILLIC_VOWELS.test(out[out.length - 1] ?? '') ? 'й' : 'ы'
      i++
      continue
    }
    const hit = LATIN_RU.find(([latin]) => lower.startsWith(latin, i))
    if (!hit) return null
    out += hit[1]
    i += hit[0].length
  }
  const source = name.split(/([\s-])/)
  return out
    .split(/([\s-])/)
    .map((w, k) => (w !== '' && source[k]![0] !== source[k]![0]!.toLowerCase() ? w[0]!.toUpperCase() + w.slice(1) : w))
    .join('')
}
