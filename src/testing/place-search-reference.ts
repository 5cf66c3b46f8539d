// The place search as it was before its index was rebuilt for start-up speed (main 214e77b,
// src/serve/place-search.ts): the key by NFKD / NFC over each whole name, and the index as an array
// of objects sorted with a comparator. Kept only so tests can show that the faster code answers
// every search exactly as this did; not used by the product.
import type { GazetteerEntry } from '../domain/index.js'
import type { ExactLookup, PlaceHit } from '../serve/index.js'

export function referenceSearchKey(text: string): string {
  return text
    .normalize('NFKD')
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
  readonly variant: 0 | 1
}

function prominence(entry: GazetteerEntry): number {
  const given = (entry as { readonly prominence?: number }).prominence
  if (given !== undefined) return given
  return entry.population ? Math.min(1, Math.log10(entry.population + 1) / 6) : 0
}

const KIND_WEIGHT: Record<GazetteerEntry['kind'], number> = { settlement: 1, region: 0.95, district: 0.8, river: 0.7, country: 0.9, other: 0.5 }

export function referencePlaceSearch(entries: readonly GazetteerEntry[], exact: ExactLookup | null = null): (query: string, limit: number) => PlaceHit[] {
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
      const key = referenceSearchKey(name)
      if (!key || seen.has(key)) continue
      seen.add(key)
      keys.push({ key, entry: i, name, variant })
    }
  })
  keys.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.variant - b.variant))
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
  return (query, limit) => {
    const q = referenceSearchKey(query)
    if (!q) return []
    const best = new Map<number, PlaceHit>()
    const offer = (i: number, matched: string, score: number) => {
      const current = best.get(i)
      if (!current || current.score < score) best.set(i, { entry: entries[i] as GazetteerEntry, matched, score })
    }
    if (exact) {
      for (const hit of exact(query.trim(), limit * 2)) {
        const i = byId.get(hit.entry.id)
        if (i !== undefined) offer(i, query.trim(), 3 + hit.score + prominence(hit.entry) * 0.1)
      }
    }
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
  }
}
