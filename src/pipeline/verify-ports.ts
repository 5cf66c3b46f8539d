import { type RegionLayer, geodesicAreaKm2, packMultiPolygon } from '../control/index.js'
import type { GazetteerEntry } from '../domain/index.js'
import { type Gazetteer, looseLatinKey, nameSimilarity } from '../geoparse/index.js'
import type { PlaceDirectory, PlaceRef, RegionArea, RegionDirectory, SimilarPlace } from '../verify/index.js'

// Ukrainian and Russian genitive endings of oblast adjectives ("Донецької області", "Донецкой
// области") back to the nominative the region layer knows ("Донецька", "Донецкая").
const GENITIVE_ENDINGS: readonly [RegExp, string][] = [
  [/ької(?=\s|$)/u, 'ька'],
  [/ської(?=\s|$)/u, 'ська'],
  [/цької(?=\s|$)/u, 'цька'],
  [/ої(?=\s|$)/u, 'а'],
  [/ской(?=\s|$)/u, 'ская'],
  [/цкой(?=\s|$)/u, 'цкая'],
  [/ой(?=\s|$)/u, 'ая'],
]

/**
 * The control stage's oblast layer as verification's RegionDirectory: names in three languages
 * (genitive forms too), each region's geodesic area from the shipped (simplified) boundaries, and
 * Ukraine as the sum of its oblasts, Crimea, Kyiv and Sevastopol.
 */
export function regionDirectoryFromLayer(layer: RegionLayer | null): RegionDirectory | null {
  if (!layer) return null
  const areas = new Map<string, number>()
  const areaOf = (id: string, coordinates: Parameters<typeof packMultiPolygon>[0]): number => {
    let a = areas.get(id)
    if (a === undefined) {
      a = geodesicAreaKm2(packMultiPolygon(coordinates))
      areas.set(id, a)
    }
    return a
  }
  const ukrainian = layer.regions.filter((r) => r.country === 'UA')
  let country: RegionArea | null = null
  return {
    resolveRegion(name: string): RegionArea | null {
      let region = layer.find(name)
      if (!region) {
        let nominative = name.toLowerCase()
        for (const [ending, replacement] of GENITIVE_ENDINGS) nominative = nominative.replace(ending, replacement)
        region = layer.find(nominative)
      }
      return region ? { name: region.name, areaKm2: areaOf(region.id, region.coordinates) } : null
    },
    get country(): RegionArea | null {
      if (!country && ukrainian.length > 0) country = { name: 'Ukraine', areaKm2: ukrainian.reduce((s, r) => s + areaOf(r.id, r.coordinates), 0) }
      return country
    },
  }
}

/** Names at least this similar (geoparse's `nameSimilarity`, 0..1) count as look-alikes ... */
const MIN_SIMILARITY = 0.6
/** ... provided they also share this many leading consonants, or are at least this similar. */
const MIN_SHARED_CONSONANTS = 3
const CLEARLY_SIMILAR = 0.75
const MAX_SIMILAR = 60
/** Names sharing only their first three letters are scored when at most this many do. */
const MAX_LETTER_BUCKET = 200

interface NameRow {
  readonly entry: GazetteerEntry
  readonly key: string
  /** The key's consonants (its skeleton), for cheap pre-checks before scoring. */
  readonly consonants: string
}

/**
 * The gazetteer as verification's PlaceDirectory. Look-alike names for place-confusion checks come
 * from the Latin names and variants of surveyed settlements (points, not district centroids, since a
 * status check needs a real position), compared with the place's own name by loose Latin key with
 * geoparse's `nameSimilarity`: "Sievierodonetsk" and "Siversk" (0.68, sharing s-v-r), "Pokrovsk"
 * and "Pokrovske" (0.98), "Toretsk" and "Torske" (0.88). Only names sharing their first three
 * consonants, or their first three letters when few names do, are scored — every confusion seen in
 * reporting does — so a query scores a few hundred names, not thirty thousand. Built on first use; answers are remembered.
 */
export function placeDirectoryFromGazetteer(gazetteer: Gazetteer): PlaceDirectory & { prepare(): void } {
  let directory = directories.get(gazetteer)
  if (!directory) directories.set(gazetteer, (directory = newPlaceDirectory(gazetteer)))
  return directory
}

// One directory per gazetteer: its look-alike table (about a second to build for the shipped
// gazetteer) and remembered answers depend on the gazetteer alone, so verifiers made for other
// control histories (each `ingest`, `verify` and the server of one `frontline demo`) share them.
const directories = new WeakMap<Gazetteer, PlaceDirectory & { prepare(): void }>()

function newPlaceDirectory(gazetteer: Gazetteer): PlaceDirectory & { prepare(): void } {
  let index: { byConsonants: Map<string, NameRow[]>; byLetters: Map<string, NameRow[]> } | null = null
  const remembered = new Map<string, readonly SimilarPlace[]>()
  const add = (map: Map<string, NameRow[]>, key: string, row: NameRow): void => {
    const list = map.get(key)
    if (list) list.push(row)
    else map.set(key, [row])
  }
  const build = () => {
    const byConsonants = new Map<string, NameRow[]>()
    const byLetters = new Map<string, NameRow[]>()
    // Many villages share a name (a third of the 49,000 Latin names repeat): each name's key once.
    const keyOf = new Map<string, string>()
    for (let i = 0; i < gazetteer.size; i++) {
      const entry = gazetteer.entryAt(i)
      if (entry.kind !== 'settlement' || (entry.coordinateBasis ?? 'point') !== 'point') continue
      for (const key of latinKeys([entry.name, ...entry.variants], keyOf)) {
        const skeleton = consonants(key)
        const row = { entry, key, consonants: skeleton }
        add(byConsonants, skeleton.slice(0, MIN_SHARED_CONSONANTS), row)
        add(byLetters, key.slice(0, 3), row)
      }
    }
    return { byConsonants, byLetters }
  }
  return {
    /** Builds the look-alike table now (about a second for the shipped gazetteer) instead of on the first query. */
    prepare(): void {
      index ??= build()
    },
    similarlyNamed(place: PlaceRef): readonly SimilarPlace[] {
      // Remembered by name: the many villages that share a name share their look-alikes.
      const keys = latinKeys([place.name])
      const memo = keys.join('|')
      let list = remembered.get(memo)
      if (!list) {
        index ??= build()
        const best = new Map<string, SimilarPlace>()
        for (const q of keys) {
          const byConsonants = index.byConsonants.get(consonants(q).slice(0, MIN_SHARED_CONSONANTS)) ?? []
          // A shared three-letter start means something for "Tor-" (Toretsk, Torske), little for
          // "Nov-", which starts two thousand names: large letter buckets are left to the consonants.
          const letters = index.byLetters.get(q.slice(0, 3)) ?? []
          const byLetters = letters.length <= MAX_LETTER_BUCKET ? letters : []
          const skeleton = consonants(q)
          for (const rows of [byConsonants, byLetters]) {
            for (const { entry, key, consonants: other } of rows) {
              // Look-alikes share at least their first two consonants (Toretsk t-r-c, Torske t-r-s).
              if (other[0] !== skeleton[0] || other[1] !== skeleton[1]) continue
              const s = nameSimilarity(q, key)
              if (!(s >= CLEARLY_SIMILAR || (s >= MIN_SIMILARITY && sharedConsonants(q, key) >= MIN_SHARED_CONSONANTS))) continue
              if ((best.get(entry.id)?.similarity ?? 0) >= s) continue
              best.set(entry.id, { id: entry.id, name: entry.name, admin1: entry.admin1, country: entry.country, lat: entry.lat, lon: entry.lon, kind: entry.kind, similarity: Math.round(s * 1000) / 1000 })
            }
          }
        }
        list = [...best.values()].sort((a, b) => b.similarity - a.similarity || a.id.localeCompare(b.id)).slice(0, MAX_SIMILAR + 1)
        remembered.set(memo, list)
      }
      return list.filter((p) => p.id !== place.id).slice(0, MAX_SIMILAR)
    },
    resolveAdmin1: (name) => gazetteer.resolveAdmin1(name) ?? null,
  }
}

function latinKeys(names: readonly string[], known?: Map<string, string>): string[] {
  const keyOf = (name: string): string => {
    if (!known) return looseLatinKey(name)
    let key = known.get(name)
    if (key === undefined) known.set(name, (key = looseLatinKey(name)))
    return key
  }
  return [...new Set(names.filter((n) => !/[\u0400-\u04ff]/.test(n)).map(keyOf).filter((k) => k.length >= 3))]
}

function consonants(key: string): string {
  return key.replace(/[aeiouy\s-]/g, '')
}

function sharedConsonants(a: string, b: string): number {
  const sa = consonants(a)
  const sb = consonants(b)
  let n = 0
  while (n < sa.length && n < sb.length && sa[n] === sb[n]) n++
  return n
}
