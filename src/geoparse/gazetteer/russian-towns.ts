// Names of a town in Russia beyond the border oblasts, from its GeoNames row (cities500, CC BY 4.0).
//
// GeoNames lists alternate names in every language and script without saying which is which: for
// Dzerzhinsk some forty, among them Belarusian "Дзяржынск", Polish "Dzierżyńsk", Chinese romanised
// "jie er ren si ke" and its former names Rastyapino and Chernorech'ye; for Engels its old name Pokrovsk.
// A deep-Russian town is named in reports by its Russian name, its Ukrainian name or an English
// romanisation of them, so only those are kept: the file stays small, and a former name that is a
// Ukrainian town's name today (Pokrovsk) does not make a Russian candidate for every mention of it.
import type { GeonamesRow } from './read-sources.js'
import { nameSimilarity } from './gazetteer.js'
import { isCyrillic, looseLatinKey } from './name-key.js'
import { russianToLatin, ukrainianToLatin } from './transliterate.js'

export interface RussianTownNames {
  readonly nameRu: string | null
  readonly nameUk: string | null
  /** Other spellings: Latin romanisations, the Cyrillic forms of the Russian and Ukrainian names, guessed Ukrainian forms. */
  readonly variants: readonly string[]
}

// Letters of the Russian and Ukrainian alphabets only (Tatar "Һ", Chuvash "ӑ", Belarusian "ў" are out).
const RU_UK_LETTERS = /^[А-ЯЁа-яёІЇЄҐіїєґ'’ʼ\s-]+$/
const UK_ONLY = /[іїєґІЇЄҐ]/
const RU_ONLY = /[ыэёъЫЭЁЪ]/
// A spelling as far from the town's name as this is another name (a former one), not a romanisation.
const MIN_SIMILARITY = 0.8

// Deep-strike targets are towns of a few thousand people at the least (Ust-Luga 2,000, Savasleyka 3,300,
// Shatalovo 4,100, Primorsk 5,100); below that GeoNames' villages only add namesakes (Bogatyr', 1,100,
// took a Bahatyr in Donetsk oblast on VIINA text).
const MIN_POPULATION = 2_000
// A settlement named by an adjective (посёлок Львовский, станица Азовская, Одесское) is mostly another
// place's adjective in text ("Одесского НПЗ", "Львовский квартал", "Днепровской ГЭС", "Азовской
// станции", all on VIINA text): kept only when it is a town of its own (Afipsky 18,000, Ilsky 23,000).
const MIN_ADJECTIVE_POPULATION = 15_000
const ADJECTIVE = /(?:ий|ый|ой|ая|яя|ое|ее)$/
// Ukrainian spellings are guessed, and other spellings kept, for towns (ukrainianGuesses), not villages:
// a guess for a village is as likely a Ukrainian word ("Бійка" for Бийка, 549 people, read "Бійці",
// soldiers).
export const MIN_GUESS_POPULATION = 10_000

/** Whether a deep-Russian GeoNames row goes into the gazetteer (see the thresholds above). */
export function isKeptDeepRussianTown(g: GeonamesRow, alternates: readonly string[]): boolean {
  if (g.population < MIN_POPULATION) return false
  const ru = russianTownNames(g, alternates).nameRu
  const adjective = ru !== null ? ADJECTIVE.test(ru) : /(?:iy|yy|aya|oye|skoye|skiy)$/.test(g.asciiName)
  return !adjective || g.population >= MIN_ADJECTIVE_POPULATION
}

/** The names to keep for a deep-Russian town (see the top of this file). */
export function russianTownNames(g: GeonamesRow, alternates: readonly string[]): RussianTownNames {
  const own = looseLatinKey(g.asciiName || g.name)
  const isSpelling = (latin: string) => nameSimilarity(looseLatinKey(latin), own) >= MIN_SIMILARITY
  const cyrillic = alternates.filter((a) => isCyrillic(a) && RU_UK_LETTERS.test(a) && !(UK_ONLY.test(a) && RU_ONLY.test(a)) && isSpelling(russianToLatin(a)))
  const nameRu = pickRussian(g, alternates, cyrillic)
  const nameUk = nameRu === null ? null : pickUkrainian(nameRu, cyrillic)
  const variants = new Set<string>()
  // A village keeps its own names: its alternates are as likely words or given names ("Начало" for
  // Началово, "Maya" for Mayya, read in "I'm Maya").
  if (g.population < MIN_GUESS_POPULATION) return { nameRu, nameUk, variants: [] }
  for (const a of alternates) {
    if (isCyrillic(a)) continue
    // Romanisations that start with a capital and use no letters outside Latin-1 beyond the usual few
    // (lower-case "sa ma la" is a Chinese reading; "Dzierżyńsk" Polish).
    if (!/^\p{Lu}/u.test(a) || /[^\x20-\x7e\u00c0-\u00ff’]/.test(a)) continue
    if (isSpelling(a)) variants.add(a)
  }
  for (const c of cyrillic) if (c !== nameRu && c !== nameUk && (nameRu !== null || nameUk !== null)) variants.add(c)
  if (nameRu !== null && g.population >= MIN_GUESS_POPULATION) for (const uk of ukrainianGuesses(nameRu)) if (uk !== nameUk) variants.add(uk)
  return { nameRu, nameUk, variants: [...variants] }
}

/** A Cyrillic name romanised as GeoNames does (BGN/PCGN: ь as ’, ы and й as y), lower case, ’ as '. */
function geonamesRomanisation(cyrillic: string): string {
  return russianToLatin(cyrillic.replace(/[ьъ]/g, '#')).toLowerCase().replace(/#/g, "'")
}

const romanKey = (latin: string) => latin.toLowerCase().replace(/[’ʼ`]/g, "'")

/**
 * The Russian name among the Cyrillic alternates. GeoNames' own name is a romanisation of it ("Tver’",
 * "Groznyy", "Tol’yatti"), which the Bulgarian "Твер", "Грозни" or the Mongolian "Улаан-Удэ" beside it do not
 * give back; for an English exonym (Moscow) a romanisation among the Latin alternates (Moskva) decides.
 * The soft sign, which other languages' spellings drop (Казань, Bulgarian Казан), decides a tie, then the
 * longer spelling (Братск, Belarusian Брацк).
 */
function pickRussian(g: GeonamesRow, alternates: readonly string[], cyrillic: readonly string[]): string | null {
  const exonym = EXONYMS.get(g.geonameId)
  if (exonym !== undefined) return exonym
  const bare = (s: string) => s.replace(/'/g, '')
  const own = new Set([romanKey(g.name), romanKey(g.asciiName)].map(bare))
  const latin = new Set(alternates.filter((a) => !isCyrillic(a)).map(romanKey))
  const latinBare = new Set([...latin].map(bare))
  const ownKey = looseLatinKey(g.asciiName || g.name)
  let best: string | null = null
  let bestScore = -1
  for (const c of cyrillic) {
    if (UK_ONLY.test(c) || /[сц]ьк(?=$|[\s-])/i.test(c)) continue
    const r = geonamesRomanisation(c)
    const score =
      (own.has(bare(r)) ? 4 : latinBare.has(bare(r)) ? 2 : nameSimilarity(looseLatinKey(r), ownKey)) + (latin.has(r) ? 0.5 : 0) + (/ь/i.test(c) ? 0.1 : 0) + c.length / 1000
    if (score > bestScore) {
      best = c
      bestScore = score
    }
  }
  return best
}

// Cities whose GeoNames name is an English exonym and whose alternates hold several near spellings
// (Москва beside the Bulgarian Москва, the Old Church Slavonic Москъва and the case forms Москве, Москвы).
const EXONYMS: ReadonlyMap<string, string> = new Map([
  ['524901', 'Москва'],
  ['498817', 'Санкт-Петербург'],
])

/**
 * The Ukrainian name: a spelling with a letter of Ukrainian's own or the soft "-ськ", none of Russian's or
 * Belarusian's own letters, whose romanisation is close to the Russian name's. Belarusian spellings with
 * no letter of their own ("Уладзімір", "Іванава", "Чалябінск") are told by "дз" where Russian has "д",
 * akanye (а for Russian о) and "-нск" where Ukrainian writes "-ськ".
 */
function pickUkrainian(nameRu: string, cyrillic: readonly string[]): string | null {
  const ruKey = looseLatinKey(russianToLatin(nameRu))
  const count = (s: string, ch: string) => s.toLowerCase().split(ch).length - 1
  let best: string | null = null
  let bestScore = 0.85
  for (const c of cyrillic) {
    if (c === nameRu || RU_ONLY.test(c) || !(UK_ONLY.test(c) || /[сц]ьк(?=$|[\s-])/i.test(c))) continue
    if (/[сц]к$/i.test(nameRu) && !/[сц]ьк$/i.test(c)) continue
    if (/дз/i.test(c) && !/дз/i.test(nameRu)) continue
    if (count(c, 'а') >= count(nameRu, 'а') + 2) continue
    const score = nameSimilarity(looseLatinKey(ukrainianToLatin(c)), ruKey)
    if (score > bestScore) {
      best = c
      bestScore = score
    }
  }
  return best
}

/**
 * Likely Ukrainian spellings of a Russian town name, for the case forms of Ukrainian reports ("у
 * Новокуйбишевську", "в Єйську"): ы → и, э → е, ё → ьо, word-initial е → є, and the soft "-ськ"/"-цьк"
 * of town names in -ск/-цк and their adjectives. Russian и is Ukrainian и in some names (Липецьк) and
 * і in others (Кіров), so both are given when the name has one. Stored as variants only, never as the
 * Ukrainian name.
 */
export function ukrainianGuesses(russian: string): string[] {
  const base = russian
    .replace(/(^|[\s-])Е/g, '$1Є')
    .replace(/ы/g, 'и')
    .replace(/Ы/g, 'И')
    .replace(/э/g, 'е')
    .replace(/Э/g, 'Е')
    .replace(/ъ/g, '’')
    .replace(/([бвгджзклмнпрстфхцчшщ])ё/gi, '$1ьо')
    .replace(/ё/g, 'йо')
    .replace(/Ё/g, 'Йо')
    .replace(/([сц])к(?=$|[\s-])/g, '$1ьк')
    .replace(/([сц])кий(?=$|[\s-])/g, '$1ький')
    .replace(/([сц])кая(?=$|[\s-])/g, '$1ька')
    .replace(/([сц])кое(?=$|[\s-])/g, '$1ьке')
  const out = new Set<string>()
  if (base !== russian) out.add(base)
  // Russian и as Ukrainian і, but not in the adjective endings (-ий, -ськ-) nor after a vowel or ж/ш/ч/щ/ц.
  const withI = base.replace(/(?<![аеиоуяюжшчщц])и(?!й(?=$|[\s-]))/g, 'і').replace(/^И/, 'І')
  if (withI !== base) out.add(withI)
  // Ukrainian writes the -росс- of Russia once (Новороссийск → Новоросійськ, as Росія).
  for (const v of [...out]) if (/росс/i.test(v)) out.add(v.replace(/(р)осс/gi, '$1ос'))
  return [...out]
}
