// The name index: every name form of every entry under its key, computed when the gazetteer is built
// and shipped with it, so loading only fills a Map. Latin names are keyed by their loose key
// (name-key.ts), Cyrillic names by their exact key in the nominative; case forms are found at lookup
// time by `nominativeCandidates` and confirmed with `isFormOf` (inflect.ts).
//
// Multi-word names ("Velyka Novosilka", "Донецька область") are keyed by their words joined with one
// space; each proper word-prefix of such a name is stored with a prefix flag so the matcher knows to
// read on. Serialised as two parallel line lists: the keys, sorted (so loading needs no hashing and a
// lookup is a binary search), and for each key its refs: an optional '+' (the key is also a prefix of
// a longer key) and comma-separated base-36 numbers (entry << 3 | weight << 2 | lang).
import type { GazetteerEntry } from '../../domain/index.js'
import { isFormOf, type NameLang, nominativeCandidates } from './inflect.js'
import { isCyrillic, looseLatinKey, nameKey } from './name-key.js'
import { ukrainianToRussianCandidates } from './transliterate.js'
import type { LineList } from './packed-lines.js'

/** How a name form relates to its entry: 0 the canonical name in its script, 1 a listed variant. */
export type NameWeight = 0 | 1
export type RefLang = 'latin' | NameLang | 'cyrillic'
const LANGS: readonly RefLang[] = ['latin', 'uk', 'ru', 'cyrillic']

export interface NameRef {
  readonly entry: number
  readonly lang: RefLang
  readonly weight: NameWeight
  /** The indexed form's keys, one per word (nominative for Cyrillic). */
  readonly tokens: readonly string[]
}

const UK_ONLY = /[іїєґ]/
const RU_ONLY = /[ыэъ]/
// Ukrainian's soft -ськ-/-цьк-/-зьк-, which Russian spells -ск-/-цк-/-зк-.
const UK_SOFT_SK = /[сцз]ьк/i

function cyrillicLang(key: string, hint: NameLang | null): RefLang {
  if (UK_ONLY.test(key)) return 'uk'
  if (RU_ONLY.test(key)) return 'ru'
  return hint ?? 'cyrillic'
}

/** The index key of a name form: words joined by one space. */
export function indexKey(name: string): string {
  const key = isCyrillic(name) ? nameKey(name) : looseLatinKey(name)
  return key
    .split(' ')
    .filter((t) => t !== '' && t !== '.')
    .join(' ')
}

/**
 * Builds the serialised index for `entries`, numbering them from `base`. `preferred` names (by entry
 * number) are indexed with weight 0, like the entry's own names (former names reports still use).
 */
export function buildIndex(
  entries: readonly GazetteerEntry[],
  base: number,
  extraVariants?: ReadonlyMap<number, readonly string[]>,
  preferred?: ReadonlyMap<number, readonly string[]>,
): { keys: string[]; refs: string[] } {
  const refs = new Map<string, Map<number, number>>() // key → entry → packed ref
  const add = (entry: number, name: string, weight: NameWeight, hint: NameLang | null) => {
    const key = indexKey(name)
    if (key.replace(/ /g, '').length < 2) return
    const lang = isCyrillic(name) ? cyrillicLang(key, hint) : 'latin'
    const packed = (entry << 3) | (weight << 2) | LANGS.indexOf(lang)
    let m = refs.get(key)
    if (!m) refs.set(key, (m = new Map()))
    const prev = m.get(entry)
    if (prev === undefined) m.set(entry, packed)
    else {
      // One spelling in both languages (Ступочки, a Ukrainian name its Russian spelling repeats) takes
      // the case forms of both: "у Ступочек" is Russian, "біля Ступочок" Ukrainian.
      const a = LANGS[prev & 3]!
      const lang = a !== LANGS[packed & 3]! && a !== 'latin' ? LANGS.indexOf('cyrillic') : prev & 3
      m.set(entry, (entry << 3) | (Math.min((prev >> 2) & 1, (packed >> 2) & 1) << 2) | lang)
    }
  }
  entries.forEach((e, j) => {
    const i = base + j
    add(i, e.name, 0, null)
    // A Ukrainian name Russian spells the same way (Ступочки) takes the case forms of both languages.
    if (e.nameUk) add(i, e.nameUk, 0, sameInRussian(e.nameUk) ? null : 'uk')
    // A "Russian" name in Ukrainian spelling (GeoNames' Октябрське for Crimea's Oktyabrskoye) takes the
    // case forms of both languages: "в Октябрському".
    if (e.nameRu) add(i, e.nameRu, 0, UK_SOFT_SK.test(e.nameRu) ? null : 'ru')
    for (const v of e.variants) add(i, v, 1, null)
  })
  for (const [i, variants] of extraVariants ?? []) for (const v of variants) add(i, v, 1, null)
  for (const [i, names] of preferred ?? []) for (const v of names) add(i, v, 0, null)
  const prefixes = new Set<string>()
  for (const key of refs.keys()) {
    const words = key.split(' ')
    for (let n = 1; n < words.length; n++) prefixes.add(words.slice(0, n).join(' '))
  }
  const keys = [...new Set([...refs.keys(), ...prefixes])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  return {
    keys,
    refs: keys.map((k) => {
      const r = refs.get(k)
      return (prefixes.has(k) ? '+' : '') + (r ? [...r.values()].map((p) => p.toString(36)).join(',') : '')
    }),
  }
}

/** Whether a Ukrainian name's likeliest Russian spelling is the name itself (no Ukrainian-only letters). */
function sameInRussian(nameUk: string): boolean {
  if (/[іїєґ'’ʼ]/i.test(nameUk)) return false
  const ru = ukrainianToRussianCandidates(nameUk)[0]
  return ru !== undefined && nameKey(ru) === nameKey(nameUk)
}

/** What the index holds under one key: its refs, and whether longer keys start with it. */
export interface NameSlot {
  readonly prefix: boolean
  readonly refs: readonly NameRef[]
}
type Slot = NameSlot

const EMPTY: Slot = { prefix: false, refs: [] }
const CACHE_LIMIT = 200_000

/** The loaded index: sorted key segments (main file, overlay), searched by bisection, with a cache. */
export class NameIndex {
  private readonly segments: Array<{ keys: LineList; refs: LineList }> = []
  private cache = new Map<string, Slot>()

  addSegment(keys: LineList, refs: LineList): void {
    if (keys.length !== refs.length) throw new Error(`name index: ${keys.length} keys but ${refs.length} ref lines`)
    this.segments.push({ keys, refs })
    this.cache.clear()
  }

  get size(): number {
    return this.segments.reduce((n, s) => n + s.keys.length, 0)
  }

  private slot(key: string): Slot {
    const cached = this.cache.get(key)
    if (cached) return cached
    let prefix = false
    let refs: NameRef[] | null = null
    let found = false
    for (const seg of this.segments) {
      const i = bisect(seg.keys, key)
      if (i < 0) continue
      found = true
      const raw = seg.refs.at(i)!
      const body = raw.startsWith('+') ? raw.slice(1) : raw
      prefix ||= raw.startsWith('+')
      if (body === '') continue
      const tokens = key.split(' ')
      refs ??= []
      for (const s of body.split(',')) {
        const p = Number.parseInt(s, 36)
        refs.push({ entry: p >> 3, weight: ((p >> 2) & 1) as NameWeight, lang: LANGS[p & 3]!, tokens })
      }
    }
    const slot = found ? { prefix, refs: refs ?? [] } : EMPTY
    if (this.cache.size >= CACHE_LIMIT) this.cache = new Map()
    this.cache.set(key, slot)
    return slot
  }

  /** Refs stored under exactly this key (empty when none). */
  refs(key: string): readonly NameRef[] {
    return this.slot(key).refs
  }

  /** Whether some longer key starts with this key followed by a space. */
  isPrefix(key: string): boolean {
    return this.slot(key).prefix
  }

  has(key: string): boolean {
    return this.slot(key) !== EMPTY
  }

  /** The slot under `key`; null when no key is or starts with it. */
  find(key: string): NameSlot | null {
    const slot = this.slot(key)
    return slot === EMPTY ? null : slot
  }

  /** `find(k.key)`, remembered on the key object (a word's keys are made once per distinct word). */
  findWord(k: TokenKey): NameSlot | null {
    if (k.slotIn === this) return k.slot!
    const slot = this.find(k.key)
    k.slotIn = this
    k.slot = slot
    k.accepted = undefined
    return slot
  }

  /**
   * `find` of the key `prefix` + space + `k.key` (a name's next word), remembered on the key object by
   * prefix: the joined key string is then made once, and the Map lookups hash strings they have seen.
   */
  findAfter(prefix: string, k: TokenKey): { readonly key: string; readonly slot: NameSlot | null } {
    if (k.afterIn !== this || !k.after) {
      k.afterIn = this
      k.after = new Map()
    }
    let hit = k.after.get(prefix)
    if (!hit) {
      const key = `${prefix} ${k.key}`
      hit = { key, slot: this.find(key) }
      k.after.set(prefix, hit)
    }
    return hit
  }

  /**
   * Every indexed name matching the words as a whole name, each word in any case form the name's
   * language allows ("Великої Новосілки" → Велика Новосілка).
   */
  lookupWords(words: readonly string[]): NameRef[] {
    const out: NameRef[] = []
    const path: TokenKey[] = []
    const walk = (prefix: string, i: number) => {
      for (const k of cachedTokenKeys(words[i]!)) {
        if (k.guessed) continue
        const key = prefix === '' ? k.key : `${prefix} ${k.key}`
        const slot = this.slot(key)
        if (slot === EMPTY) continue
        path[i] = k
        if (i === words.length - 1) {
          for (const r of slot.refs) if (!out.includes(r) && refAcceptsPath(r, path)) out.push(r)
        } else if (slot.prefix) walk(key, i + 1)
      }
    }
    if (words.length > 0) walk('', 0)
    return out
  }
}

function bisect(keys: LineList, key: string): number {
  let lo = 0
  let hi = keys.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    const k = keys.at(mid)!
    if (k === key) return mid
    if (k < key) lo = mid + 1
    else hi = mid - 1
  }
  return -1
}

/** A lookup key for one text word: the key itself plus, for Cyrillic, the form it must inflect from. */
export interface TokenKey {
  readonly key: string
  /** The word as written (its exact key) when `key` is a nominative candidate, else null. */
  readonly form: string | null
  /**
   * A guessed full form of a Latin word written the Russian way or cut short ("Berezovy" → Berezove,
   * "Kuteinikov" → Kuteinikove, "Arkhangelsk" → Arkhanhelske); tried only when the word as written
   * names nothing, and kept only with evidence around it.
   */
  readonly guessed?: boolean
  /** The index `slot` was found in (NameIndex.findWord's memo). */
  slotIn?: NameIndex
  slot?: NameSlot | null
  /** The refs of `slot` this word, alone, is a case form of (the matcher's memo; reset with `slot`). */
  accepted?: readonly NameRef[]
  /** NameIndex.findAfter's memo: by prefix key. */
  afterIn?: NameIndex
  after?: Map<string, { readonly key: string; readonly slot: NameSlot | null }>
}

/** Guessed full forms of a Latin loose key (see TokenKey.guessed). */
function latinGuesses(k: string): string[] {
  const out: string[] = []
  if (k.length < 5) return out
  if (/i$/.test(k)) out.push(`${k.slice(0, -1)}e`) // -sky/-ny/-y for neuter -ske/-ne/-e
  if (/(ov|ev|in|sk)$/.test(k)) out.push(`${k}e`, `${k}o`) // -ov for -ove/-ovo, -sk for -ske
  return out
}

/** The keys under which one word can be found: loose key for Latin, nominative candidates for Cyrillic. */
export function tokenKeys(word: string): TokenKey[] {
  if (!isCyrillic(word)) {
    // A possessive is looked up without its -'s (Donetsk's, Oblast's) and, inside a name, with it: "Donetsk
    // People's Republic" is indexed with "peoples" (the apostrophe folded away), and stripping alone made
    // every such name unreachable, so the republic was read as the city of Donetsk.
    if (/['’]s$/i.test(word)) {
      const k = looseLatinKey(word.slice(0, -2))
      return [tokenKey(k, null, false), tokenKey(looseLatinKey(word), null, false), ...latinGuesses(k).map((g) => tokenKey(g, null, true))]
    }
    const k = looseLatinKey(word)
    return [tokenKey(k, null, false), ...latinGuesses(k).map((g) => tokenKey(g, null, true))]
  }
  const k = nameKey(word)
  return nominativeCandidates(k).map((c) => tokenKey(c, c === k ? null : k, false))
}

// Every TokenKey is made here with all its fields, memo fields included, so all have one object shape
// (fields added later, in varying order, made the matcher's reads of them megamorphic).
function tokenKey(key: string, form: string | null, guessed: boolean): TokenKey {
  return { key, form, guessed, slotIn: undefined, slot: undefined, accepted: undefined, afterIn: undefined, after: undefined }
}

// tokenKeys of the words lookupWords is given (the geoparser looks up every list item of a text with
// its noun): by word, bounded by clearing.
let tokenKeyCache = new Map<string, TokenKey[]>()

function cachedTokenKeys(word: string): TokenKey[] {
  let keys = tokenKeyCache.get(word)
  if (!keys) {
    if (tokenKeyCache.size >= 20_000) tokenKeyCache = new Map()
    keys = tokenKeys(word)
    tokenKeyCache.set(word, keys)
  }
  return keys
}

/** Whether word `i` of the ref, seen as `key.form`, is a case form the ref's language allows. */
export function refAccepts(ref: NameRef, i: number, key: TokenKey): boolean {
  if (key.form === null) return true
  const nominative = ref.tokens[i]
  if (nominative === undefined) return false
  if (ref.lang === 'ru') return isFormOf(key.form, nominative, 'ru') || isUkrainianLocative(key.form, nominative)
  if (ref.lang === 'uk') return isFormOf(key.form, nominative, 'uk')
  if (ref.lang === 'cyrillic') return isFormOf(key.form, nominative, 'uk') || isFormOf(key.form, nominative, 'ru')
  return false
}

// Round 20 (audit of VIINA 2024; the opened real-viina3): a Russian town whose Ukrainian spelling is its
// Russian one has no Ukrainian name in the gazetteer, so Ukrainian reports' locatives of it found nothing:
// "у Рязані", "у Твері", "у Саратові", "в Санкт-Петербурзі", "у Волгограді". A Russian name takes the
// Ukrainian locative where it has no letter Ukrainian lacks (ы, э, ъ, ё): -і (-ові) after a consonant,
// -ь → -і, -г → -зі (as inflect.ts's Ukrainian paradigms write them).
const RU_ONLY_LETTERS = /[ыэъё]/u
function isUkrainianLocative(form: string, nominative: string): boolean {
  if (RU_ONLY_LETTERS.test(nominative) || form.length > nominative.length + 3) return false
  if (nominative.endsWith('ь')) return form === `${nominative.slice(0, -1)}і`
  if (nominative.endsWith('г')) return form === `${nominative.slice(0, -1)}зі`
  if (!/[бвдзлмнпрстфхцчшщ]$/u.test(nominative)) return false
  return form === `${nominative}і` || form === `${nominative}ові`
}

/** Whether every word on the path is a case form the ref allows. */
export function refAcceptsPath(ref: NameRef, path: readonly TokenKey[]): boolean {
  for (let i = 0; i < ref.tokens.length; i++) if (!refAccepts(ref, i, path[i]!)) return false
  return true
}
