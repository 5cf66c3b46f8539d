// Place search for the API and the search box: what a person types, in any of the three languages,
// while typing. Whole names (with case forms and transliterations) come from the gazetteer's own
// lookup, handed in by the CLI; this adds prefix matching over every name and variant so that
// "Покр" or "Kramat" already finds something, and ranks by how the name matched, then prominence.
import type { GazetteerEntry } from '../domain/index.js'

export interface PlaceHit {
  readonly entry: GazetteerEntry
  /** The name or variant that matched what was typed. */
  readonly matched: string
  readonly score: number
}

/** The gazetteer's whole-name lookup (case forms, transliterations, former names), best first. */
export type ExactLookup = (name: string, limit: number) => readonly { entry: GazetteerEntry; score: number }[]

/**
 * A key for comparing names as typed: lower case, apostrophes and dashes dropped, ё → е, accents
 * stripped. Ukrainian apostrophe forms (ʼ ' ’) all vanish so "Мар'їнка" and "Марʼїнка" agree.
 *
 * Names made only of characters whose key does not depend on their neighbours (ASCII, Latin-1,
 * Latin Extended-A, Cyrillic, the apostrophes and dashes: nearly every gazetteer name) take a
 * per-character table built from the general rule ({@link normalizedKey}) itself, about ten times
 * faster; anything else (combining marks, other scripts) takes the general rule.
 */
export function searchKey(text: string): string {
  return tableKey(text) ?? normalizedKey(text)
}

/** The general rule: NFKD, accents dropped, NFC, lower case, ё → е, apostrophes dropped, dashes and spaces folded. */
function normalizedKey(text: string): string {
  return text
    .normalize('NFKD')
    // Drop combining accents, but keep the breve (й, ў: U+0306) and the diaeresis (ї, ё: U+0308).
    .replace(/[\u0300-\u0305\u0307\u0309-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/['’ʼ`´‘"«»]/g, '')
    .replace(/[\s\-‐‑–—]+/g, ' ')
    .trim()
}

const DROPPED = /['’ʼ`´‘"«»]/
const SEPARATOR = /^[\s\-‐‑–—]$/
/** Code points below this are looked up in TABLE; the few above it that the table knows are in WIDE. */
const TABLE_END = 0x500
const TABLE_RANGES: readonly [number, number][] = [[0x09, 0x0d], [0x20, 0x7e], [0xa0, 0x17f], [0x400, 0x4ff]]
/** What one character contributes to the key: its own key, DROP, or SPACE (a run of them is one space). */
const DROP = ''
const SPACE = ' '
let TABLE: (string | undefined)[] | null = null
let WIDE: Map<number, string> | null = null

/**
 * Which characters' keys can be decided alone: a character whose general-rule key is the same
 * whatever letters stand around it (checked here between Latin and Cyrillic letters), that is no
 * combining mark and is unchanged by NFC (so it does not compose with a neighbour). Built once.
 */
function buildTable(): void {
  TABLE = new Array<string | undefined>(TABLE_END)
  WIDE = new Map()
  const classify = (code: number): string | undefined => {
    const c = String.fromCharCode(code)
    if (DROPPED.test(c)) return DROP
    if (SEPARATOR.test(c)) return SPACE
    if (/\p{M}/u.test(c) || c.normalize('NFC') !== c) return undefined
    const key = normalizedKey(c)
    if (key === '' || /[\s'’ʼ`´‘"«»\-‐‑–—]/.test(key)) return undefined
    for (const [a, b] of [['a', 'b'], ['я', 'ї'], ['A', 'Й']] as const) {
      if (normalizedKey(a + c + b) !== normalizedKey(a) + key + normalizedKey(b)) return undefined
    }
    return key
  }
  for (const [from, to] of TABLE_RANGES) for (let code = from; code <= to; code++) TABLE[code] = classify(code)
  for (const c of '’ʼ´‘«»‐‑–—') WIDE.set(c.charCodeAt(0), classify(c.charCodeAt(0)) as string)
}

/** The key from the per-character table, or null when `text` has a character it does not know. */
function tableKey(text: string): string | null {
  if (TABLE === null) buildTable()
  const table = TABLE as (string | undefined)[]
  const wide = WIDE as Map<number, string>
  let out = ''
  let space = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const part = code < TABLE_END ? table[code] : wide.get(code)
    if (part === undefined) return null
    if (part === DROP) continue
    if (part === SPACE) {
      space = out.length > 0
      continue
    }
    if (space) {
      out += ' '
      space = false
    }
    out += part
  }
  return out
}

/** Where the places come from: the entries themselves, or the gazetteer, read an entry at a time. */
export type PlaceSource = readonly GazetteerEntry[] | { readonly size: number; entryAt(i: number): GazetteerEntry }

export interface PlaceSearch {
  search(query: string, limit: number): PlaceHit[]
  get(id: string): GazetteerEntry | undefined
  readonly size: number
  readonly entries: readonly GazetteerEntry[]
  /**
   * Builds the prefix index a slice at a time, yielding to other work between slices (serve calls it
   * once it listens, so starting does not wait for it); resolves when the index is ready, or early
   * when `signal` aborts (a server stopping). A search or lookup that comes first does not wait for
   * it: it builds what is still missing at once.
   */
  warm(signal?: AbortSignal): Promise<void>
}

function prominence(entry: GazetteerEntry): number {
  // `prominence` is added by the gazetteer build when it knows it; older entries rank by population.
  const given = (entry as { readonly prominence?: number }).prominence
  if (given !== undefined) return given
  return entry.population ? Math.min(1, Math.log10(entry.population + 1) / 6) : 0
}

const KIND_WEIGHT: Record<GazetteerEntry['kind'], number> = { settlement: 1, region: 0.95, district: 0.8, river: 0.7, country: 0.9, other: 0.5 }

/** The prefix index: every distinct key of every entry's names, sorted by key, canonical names before variants. */
interface KeyIndex {
  readonly keys: readonly string[]
  readonly entry: Uint32Array
  readonly name: readonly string[]
  /** 0 for the canonical EN/UK/RU names, 1 for variants. */
  readonly variant: Uint8Array
}

/** How long warm() works before letting other work (requests) run, in ms. */
const WARM_SLICE_MS = 15

export function createPlaceSearch(
  source: PlaceSource,
  exact: ExactLookup | null = null,
  options: { /** warm()'s slice, ms (tests use 0: one step per slice). */ readonly warmSliceMs?: number } = {},
): PlaceSearch {
  const sliceMs = options.warmSliceMs ?? WARM_SLICE_MS
  const size = isEntryArray(source) ? source.length : source.size
  const entryAt = isEntryArray(source) ? (i: number) => source[i] as GazetteerEntry : (i: number) => source.entryAt(i)
  const entries: GazetteerEntry[] = new Array(size)
  const byId = new Map<string, number>()
  // The keys in entry order, as read so far (entries 0 .. read-1).
  const keyOf: string[] = []
  const nameOf: string[] = []
  const entryOf: number[] = []
  const variantOf: (0 | 1)[] = []
  let read = 0
  let index: KeyIndex | null = null

  /** Reads entries (and their keys) until all are read or `deadline` (performance.now()) passes. */
  const readEntries = (deadline: number): void => {
    const seen = new Set<string>()
    const add = (i: number, name: string, variant: 0 | 1) => {
      const key = searchKey(name)
      if (!key || seen.has(key)) return
      seen.add(key)
      keyOf.push(key)
      nameOf.push(name)
      entryOf.push(i)
      variantOf.push(variant)
    }
    while (read < size) {
      const i = read++
      const entry = entryAt(i)
      entries[i] = entry
      byId.set(entry.id, i)
      seen.clear()
      add(i, entry.name, 0)
      if (entry.nameUk) add(i, entry.nameUk, 0)
      if (entry.nameRu) add(i, entry.nameRu, 0)
      for (const v of entry.variants) add(i, v, 1)
      if ((i & 255) === 255 && performance.now() > deadline) return
    }
  }

  /**
   * Builds the index from the keys read, pausing (yield) every few thousand steps so that warm() can
   * let requests in; only the sort of the distinct keys is one step. Sorted by (key, canonical before
   * variant, entry order): the distinct keys are sorted as strings (code unit order, as `<`
   * compares), then the names are placed by key rank in one stable pass.
   */
  function* indexSteps(): Generator<void, KeyIndex> {
    const n = keyOf.length
    const rank = new Map<string, number>()
    for (let k = 0; k < n; k++) {
      rank.set(keyOf[k] as string, 0)
      if ((k & 8191) === 8191) yield
    }
    const distinct = [...rank.keys()]
    yield
    distinct.sort()
    yield
    for (let r = 0; r < distinct.length; r++) {
      rank.set(distinct[r] as string, r)
      if ((r & 8191) === 8191) yield
    }
    const start = new Uint32Array(distinct.length * 2 + 1)
    const bucket = new Uint32Array(n)
    for (let k = 0; k < n; k++) {
      const b = (rank.get(keyOf[k] as string) as number) * 2 + (variantOf[k] as number)
      bucket[k] = b
      start[b + 1] = (start[b + 1] as number) + 1
      if ((k & 8191) === 8191) yield
    }
    for (let b = 1; b < start.length; b++) start[b] = (start[b] as number) + (start[b - 1] as number)
    const keys: string[] = new Array(n)
    const name: string[] = new Array(n)
    const entry = new Uint32Array(n)
    const variant = new Uint8Array(n)
    for (let k = 0; k < n; k++) {
      const at = start[bucket[k] as number] as number
      start[bucket[k] as number] = at + 1
      keys[at] = keyOf[k] as string
      name[at] = nameOf[k] as string
      entry[at] = entryOf[k] as number
      variant[at] = variantOf[k] as number
      if ((k & 8191) === 8191) yield
    }
    keyOf.length = nameOf.length = entryOf.length = variantOf.length = 0
    return { keys, name, entry, variant }
  }
  let steps: Generator<void, KeyIndex> | null = null
  /** Builds until `deadline` (performance.now()) passes; true once the index is ready. */
  const advance = (deadline: number): boolean => {
    if (index) return true
    if (read < size) {
      readEntries(deadline)
      if (read < size) return false
    }
    steps ??= indexSteps()
    for (;;) {
      const step = steps.next()
      if (step.done) {
        index = step.value
        return true
      }
      if (performance.now() > deadline) return false
    }
  }
  const ready = (): KeyIndex => {
    advance(Infinity)
    return index as KeyIndex
  }
  const allRead = (): void => {
    if (read < size) readEntries(Infinity)
  }

  /** First index whose key is >= prefix (binary search over the sorted keys). */
  const lowerBound = (keys: readonly string[], prefix: string): number => {
    let lo = 0
    let hi = keys.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((keys[mid] as string) < prefix) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  let warming: Promise<void> | null = null
  return {
    size,
    get entries() {
      allRead()
      return entries
    },
    get: (id) => {
      allRead()
      const i = byId.get(id)
      return i === undefined ? undefined : entries[i]
    },
    warm: (signal) =>
      (warming ??= (async () => {
        while (!signal?.aborted && !advance(performance.now() + sliceMs)) await new Promise((resolve) => setImmediate(resolve))
      })()),
    search(query, limit) {
      const q = searchKey(query)
      if (!q) return []
      const { keys, name, entry: entryOfKey, variant } = ready()
      const best = new Map<number, PlaceHit>()
      const offer = (i: number, matched: string, score: number) => {
        const current = best.get(i)
        if (!current || current.score < score) best.set(i, { entry: entries[i] as GazetteerEntry, matched, score })
      }
      // Whole-name matches from the gazetteer (inflected and transliterated forms included).
      if (exact) {
        for (const hit of exact(query.trim(), limit * 2)) {
          const i = byId.get(hit.entry.id)
          if (i !== undefined) offer(i, query.trim(), 3 + hit.score + prominence(hit.entry) * 0.1)
        }
      }
      // Prefix matches over every name and variant: exact key first, then shorter completions.
      const scan = Math.max(limit * 20, 200)
      for (let k = lowerBound(keys, q), n = 0; k < keys.length && n < scan; k++, n++) {
        const key = keys[k] as string
        if (!key.startsWith(q)) break
        const i = entryOfKey[k] as number
        const entry = entries[i] as GazetteerEntry
        const whole = key === q ? 1 : 0
        const closeness = q.length / key.length
        offer(i, name[k] as string, 1 + whole + closeness * 0.3 - (variant[k] as number) * 0.2 + prominence(entry) * 0.5 * KIND_WEIGHT[entry.kind])
      }
      return [...best.values()].sort((a, b) => b.score - a.score || a.entry.name.localeCompare(b.entry.name)).slice(0, limit)
    },
  }
}

function isEntryArray(source: PlaceSource): source is readonly GazetteerEntry[] {
  return Array.isArray(source)
}
