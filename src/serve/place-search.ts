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
 */
export function searchKey(text: string): string {
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

interface Key {
  readonly key: string
  readonly entry: number
  readonly name: string
  /** 0 for the canonical EN/UK/RU names, 1 for variants. */
  readonly variant: 0 | 1
}

export interface PlaceSearch {
  search(query: string, limit: number): PlaceHit[]
  get(id: string): GazetteerEntry | undefined
  readonly size: number
  readonly entries: readonly GazetteerEntry[]
}

function prominence(entry: GazetteerEntry): number {
  // `prominence` is added by the gazetteer build when it knows it; older entries rank by population.
  const given = (entry as { readonly prominence?: number }).prominence
  if (given !== undefined) return given
  return entry.population ? Math.min(1, Math.log10(entry.population + 1) / 6) : 0
}

const KIND_WEIGHT: Record<GazetteerEntry['kind'], number> = { settlement: 1, region: 0.95, district: 0.8, river: 0.7, country: 0.9, other: 0.5 }

export function createPlaceSearch(entries: readonly GazetteerEntry[], exact: ExactLookup | null = null): PlaceSearch {
  const keys: Key[] = []
  const byId = new Map<string, number>()
  entries.forEach((entry, i) => {
    byId.set(entry.id, i)
    const names: [string, 0 | 1][] = [
      [entry.name, 0],
      ...(entry.nameUk ? [[entry.nameUk, 0] as [string, 0]] : []),
      ...(entry.nameRu ? [[entry.nameRu, 0] as [string, 0]] : []),
      ...entry.variants.map((v) => [v, 1] as [string, 1]),
    ]
    const seen = new Set<string>()
    for (const [name, variant] of names) {
      const key = searchKey(name)
      if (!key || seen.has(key)) continue
      seen.add(key)
      keys.push({ key, entry: i, name, variant })
    }
  })
  keys.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.variant - b.variant))

  /** First index whose key is >= prefix (binary search over the sorted keys). */
  const lowerBound = (prefix: string): number => {
    let lo = 0
    let hi = keys.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((keys[mid] as Key).key < prefix) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  return {
    size: entries.length,
    entries,
    get: (id) => {
      const i = byId.get(id)
      return i === undefined ? undefined : entries[i]
    },
    search(query, limit) {
      const q = searchKey(query)
      if (!q) return []
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
      for (let k = lowerBound(q), n = 0; k < keys.length && n < scan; k++, n++) {
        const key = keys[k] as Key
        if (!key.key.startsWith(q)) break
        const entry = entries[key.entry] as GazetteerEntry
        const whole = key.key === q ? 1 : 0
        const closeness = q.length / key.key.length
        offer(key.entry, key.name, 1 + whole + closeness * 0.3 - key.variant * 0.2 + prominence(entry) * 0.5 * KIND_WEIGHT[entry.kind])
      }
      return [...best.values()].sort((a, b) => b.score - a.score || a.entry.name.localeCompare(b.entry.name)).slice(0, limit)
    },
  }
}
