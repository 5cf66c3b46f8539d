// What the geoparser reads of a gazetteer entry, as numbers in typed arrays by entry number, filled the
// first time an entry is a candidate. The matcher's checks (is it a region? water?) and the resolver's
// scoring then read numbers: entries come in several object shapes (decoded, overlay-patched), which
// made reading their fields in hot loops megamorphic, and the resolver's candidates are flat arrays of
// entry numbers instead of 150,000 objects for a 3 MB text.
import type { GazetteerEntry } from '../domain/index.js'
import type { Gazetteer } from './gazetteer/gazetteer.js'
import { REGIONS } from './gazetteer/regions.js'

// The admin1 names of Russia's federal subjects beyond the border oblasts (regions.ts `deep`).
const DEEP_ADMIN1: ReadonlySet<string> = new Set(REGIONS.filter((r) => r.deep).map((r) => r.name))

const KINDS: readonly GazetteerEntry['kind'][] = ['settlement', 'district', 'region', 'river', 'country', 'other']
export const SETTLEMENT = 0
export const DISTRICT = 1
export const REGION = 2

export interface EntryFeatures {
  filled: Uint8Array
  lat: Float64Array
  lon: Float64Array
  /** km per degree of longitude at the entry's latitude. */
  kx: Float64Array
  prominence: Float64Array
  kind: Uint8Array
  /** admin1 as an index into `admin1Names` (-1: none). */
  admin1: Int32Array
  /** 1 Ukraine, 2 Russia, 0 other. */
  country: Uint8Array
  /** A river, or a reservoir / island of the physical-features register. */
  water: Uint8Array
  /** In Russia beyond the border oblasts (a deep-strike place), or in Belarus. */
  deep: Uint8Array
  readonly admin1Names: string[]
  readonly admin1Ids: Map<string, number>
}

const featuresOf = new WeakMap<Gazetteer, EntryFeatures>()

// The last gazetteer asked about and its features: the matcher asks at every name it judges, and
// a program works with one gazetteer (a WeakMap lookup each time was a measurable share of judging).
let lastGazetteer: Gazetteer | null = null
let lastFeatures: EntryFeatures | null = null

export function entryFeatures(g: Gazetteer): EntryFeatures {
  if (g === lastGazetteer && lastFeatures!.filled.length === g.size) return lastFeatures!
  let f = featuresOf.get(g)
  if (!f || f.filled.length !== g.size) {
    const n = g.size
    f = {
      filled: new Uint8Array(n),
      lat: new Float64Array(n),
      lon: new Float64Array(n),
      kx: new Float64Array(n),
      prominence: new Float64Array(n),
      kind: new Uint8Array(n),
      admin1: new Int32Array(n),
      country: new Uint8Array(n),
      water: new Uint8Array(n),
      deep: new Uint8Array(n),
      admin1Names: [],
      admin1Ids: new Map(),
    }
    featuresOf.set(g, f)
  }
  lastGazetteer = g
  lastFeatures = f
  return f
}

export function fillEntry(f: EntryFeatures, g: Gazetteer, i: number): void {
  const e = g.entryAt(i)
  f.lat[i] = e.lat
  f.lon[i] = e.lon
  f.kx[i] = Math.cos((e.lat * Math.PI) / 180) * 111.32
  f.prominence[i] = e.prominence ?? 0.3
  const kind = KINDS.indexOf(e.kind)
  f.kind[i] = kind < 0 ? KINDS.length : kind
  if (e.admin1 === null) f.admin1[i] = -1
  else {
    let id = f.admin1Ids.get(e.admin1)
    if (id === undefined) {
      id = f.admin1Names.length
      f.admin1Names.push(e.admin1)
      f.admin1Ids.set(e.admin1, id)
    }
    f.admin1[i] = id
  }
  f.country[i] = e.country === 'UA' ? 1 : e.country === 'RU' ? 2 : 0
  f.water[i] = e.kind === 'river' || (e.kind === 'other' && e.id.startsWith('phys:')) ? 1 : 0
  // Belarus counts as deep Russia does: a town there wins over a Ukrainian namesake only with a cue.
  f.deep[i] = (e.admin1 !== null && DEEP_ADMIN1.has(e.admin1)) || e.country === 'BY' ? 1 : 0
  f.filled[i] = 1
}

/** Entry `i`'s kind code (KINDS), its features filled first if need be. */
export function kindOf(f: EntryFeatures, g: Gazetteer, i: number): number {
  if (!f.filled[i]) fillEntry(f, g, i)
  return f.kind[i]!
}
