// The loaded gazetteer: entries, the name index, and the lookups other stages use (by name in any
// language, by id, by region, similarly named places, region names, which region a point lies in).
import type { GazetteerEntry } from '../../domain/index.js'
import { distanceKm } from './geo-distance.js'
import type { NameLang } from './inflect.js'
import { looseLatinKey, nameKey } from './name-key.js'
import { type EntryCodec, entryCodec, entryLineId } from './gazetteer-file.js'
import { NameIndex, type NameRef, buildIndex, indexKey } from './name-index.js'
import { REGIONS, type RegionDef, regionFullNames } from './regions.js'
import type { LineList } from './packed-lines.js'

/** A first-level region (oblast) with its identity and names in the three languages. */
export interface RegionName {
  /** The gazetteer entry id of the region ("region:UA14"; for Kyiv and Sevastopol the city's entry). */
  readonly id: string | null
  /** The `admin1` string entries carry ("Donetsk Oblast"). */
  readonly admin1: string
  /** KATOTTG/COD-AB code for Ukraine (UA14), GeoNames admin1 for Russia (RU.41). */
  readonly code: string
  readonly iso: string
  readonly country: string
  readonly nameEn: string
  readonly nameUk: string
  readonly nameRu: string
}

/** A raion (district) with its region. */
export interface DistrictName {
  readonly id: string
  readonly admin1: string | null
  readonly nameEn: string
  readonly nameUk: string | null
  readonly nameRu: string | null
}

export interface LookupResult {
  readonly entry: GazetteerEntry
  /** 1 for the canonical name, lower for variants, times the place's prominence; for ranking only. */
  readonly score: number
}

export interface SimilarName {
  readonly entry: GazetteerEntry
  /** 0..1; 1 = same name. */
  readonly similarity: number
}

const GRID_DEG = 0.25
// Russia's federal subjects beyond the border oblasts (regions.ts `deep`); their places rank at this
// share of their score in lookups.
const DEEP_ADMIN1: ReadonlySet<string> = new Set(REGIONS.filter((r) => r.deep).map((r) => r.name))
const DEEP_LOOKUP_FACTOR = 0.6

/** The parts a gazetteer is made of, as loaded from its files. */
export interface GazetteerParts {
  readonly entryLines: LineList
  /** How to decode entry lines from number `from` on (each file has its own source table). */
  readonly codecs: ReadonlyArray<{ readonly from: number; readonly codec: EntryCodec }>
  readonly index: ReadonlyArray<{ readonly keys: LineList; readonly refs: LineList }>
  readonly patches?: ReadonlyMap<number, { lat: number | null; lon: number | null; variants: readonly string[]; source: string }>
  readonly files?: readonly string[]
  readonly builtFrom?: readonly string[]
}

export class Gazetteer {
  readonly index: NameIndex
  private readonly lines: LineList
  private readonly cache: (GazetteerEntry | undefined)[]
  private readonly patches: GazetteerParts['patches']
  private readonly codecs: GazetteerParts['codecs']
  private byIdCache: Map<string, number> | null = null
  private byAdmin1Cache: Map<string, number[]> | null = null
  private gridCache: Map<string, number[]> | null = null
  private regionCache: RegionName[] | null = null
  /** Where the gazetteer was loaded from, and what it was built from. */
  readonly provenance: { readonly files: readonly string[]; readonly builtFrom: readonly string[] }

  constructor(parts: GazetteerParts) {
    this.lines = parts.entryLines
    this.cache = new Array(parts.entryLines.length)
    this.patches = parts.patches
    this.codecs = [...parts.codecs].sort((a, b) => b.from - a.from)
    this.provenance = { files: parts.files ?? [], builtFrom: parts.builtFrom ?? [] }
    this.index = new NameIndex()
    for (const seg of parts.index) this.index.addSegment(seg.keys, seg.refs)
  }

  /** A gazetteer over entries held in memory (tests, or a freshly built gazetteer). */
  static fromEntries(entries: readonly GazetteerEntry[]): Gazetteer {
    const codec = entryCodec([])
    return new Gazetteer({ entryLines: entries.map(codec.encode), codecs: [{ from: 0, codec }], index: [buildIndex(entries, 0)] })
  }

  get size(): number {
    return this.lines.length
  }

  /** Entry number `i` (the matcher's internal numbering). */
  entryAt(i: number): GazetteerEntry {
    let e = this.cache[i]
    if (e) return e
    const line = i >= 0 ? this.lines.at(i) : undefined
    if (line === undefined) throw new RangeError(`gazetteer entry ${i} does not exist (size ${this.lines.length})`)
    e = this.codecs.find((c) => c.from <= i)!.codec.decode(line)
    const p = this.patches?.get(i)
    if (p) {
      const moved = p.lat !== null && p.lon !== null
      e = {
        ...e,
        lat: moved ? p.lat! : e.lat,
        lon: moved ? p.lon! : e.lon,
        coordinateBasis: moved ? 'point' : e.coordinateBasis,
        variants: [...e.variants, ...p.variants],
        sources: [...e.sources, p.source],
      }
    }
    this.cache[i] = e
    return e
  }

  /** Every entry (decodes all of them on first use). */
  get entries(): readonly GazetteerEntry[] {
    const out: GazetteerEntry[] = new Array(this.lines.length)
    for (let i = 0; i < this.lines.length; i++) out[i] = this.entryAt(i)
    return out
  }

  // Built on first use: it needs the id map, which loading does not otherwise build.
  private get regionList(): RegionName[] {
    return (this.regionCache ??= REGIONS.map((r) => this.regionName(r)))
  }

  private get byIdMap(): Map<string, number> {
    if (this.byIdCache) return this.byIdCache
    const m = new Map<string, number>()
    for (let i = 0; i < this.lines.length; i++) m.set(entryLineId(this.lines.at(i)!), i)
    return (this.byIdCache = m)
  }

  private get byAdmin1(): Map<string, number[]> {
    if (this.byAdmin1Cache) return this.byAdmin1Cache
    const m = new Map<string, number[]>()
    for (let i = 0; i < this.lines.length; i++) {
      const a = this.entryAt(i).admin1
      if (!a) continue
      const list = m.get(a)
      if (list) list.push(i)
      else m.set(a, [i])
    }
    return (this.byAdmin1Cache = m)
  }

  private get grid(): Map<string, number[]> {
    if (this.gridCache) return this.gridCache
    const m = new Map<string, number[]>()
    for (let i = 0; i < this.lines.length; i++) {
      const e = this.entryAt(i)
      if (e.kind !== 'settlement' || (e.coordinateBasis ?? 'point') !== 'point') continue
      const cell = gridCell(e.lat, e.lon)
      const list = m.get(cell)
      if (list) list.push(i)
      else m.set(cell, [i])
    }
    return (this.gridCache = m)
  }

  /** The entry with this id, or undefined. */
  get(id: string): GazetteerEntry | undefined {
    const i = this.byIdMap.get(id)
    return i === undefined ? undefined : this.entryAt(i)
  }

  /** Internal index of an entry id (for the matcher). */
  indexOf(id: string): number | undefined {
    return this.byIdMap.get(id)
  }

  /**
   * Entries named `name` in any language, spelling or case form ("Seversk", "Сіверськ", "Северском"),
   * best first: canonical names before variants, then by prominence; a place in Russia beyond the border
   * oblasts after a Ukrainian or border-oblast namesake (Siversk before Seversk, Tomsk Oblast), as the
   * geoparser has it when the text gives no cue. `kind` filters.
   */
  lookup(name: string, options: { kind?: GazetteerEntry['kind'] | readonly GazetteerEntry['kind'][]; admin1?: string; limit?: number } = {}): LookupResult[] {
    const words = name.split(/[\s\-‐‑–—]+/).filter((w) => w !== '')
    const refs = this.index.lookupWords(words)
    const kinds = options.kind === undefined ? null : Array.isArray(options.kind) ? options.kind : [options.kind]
    const admin1 = options.admin1 === undefined ? undefined : this.resolveAdmin1(options.admin1)
    const best = new Map<number, number>()
    for (const r of refs) {
      const e = this.entryAt(r.entry)
      if (kinds && !kinds.includes(e.kind)) continue
      if (admin1 !== undefined && e.admin1 !== admin1) continue
      const score = (r.weight === 0 ? 1 : 0.8) * (0.5 + 0.5 * (e.prominence ?? 0.3)) * (e.admin1 !== null && DEEP_ADMIN1.has(e.admin1) ? DEEP_LOOKUP_FACTOR : 1)
      best.set(r.entry, Math.max(best.get(r.entry) ?? 0, score))
    }
    return [...best]
      .map(([i, score]) => ({ entry: this.entryAt(i), score }))
      .sort((a, b) => b.score - a.score || a.entry.id.localeCompare(b.entry.id))
      .slice(0, options.limit ?? Infinity)
  }

  /** Raw index refs for a name (the geoparser uses them with the text's evidence). */
  refsFor(words: readonly string[]): NameRef[] {
    return this.index.lookupWords(words)
  }

  /** Every entry in a region, given as its admin1 name, code (UA14, RU.41), ISO code or a name in any language. */
  inRegion(region: string, kind?: GazetteerEntry['kind']): GazetteerEntry[] {
    const admin1 = this.resolveAdmin1(region)
    if (admin1 === undefined) return []
    const list = (this.byAdmin1.get(admin1) ?? []).map((i) => this.entryAt(i))
    return kind ? list.filter((e) => e.kind === kind) : list
  }

  /** The regions (oblasts, Kyiv, Sevastopol, Russian border oblasts) with names in EN/UK/RU. */
  regions(): readonly RegionName[] {
    return this.regionList
  }

  /** The raions the gazetteer knows, with their region. */
  districts(admin1?: string): DistrictName[] {
    const a = admin1 === undefined ? undefined : this.resolveAdmin1(admin1)
    return this.entries
      .filter((e) => e.kind === 'district' && (a === undefined || e.admin1 === a))
      .map((e) => ({ id: e.id, admin1: e.admin1, nameEn: e.name, nameUk: e.nameUk, nameRu: e.nameRu }))
  }

  /**
   * The admin1 string ("Donetsk Oblast") for a region given by admin1 name, code, ISO code or a name
   * in any language ("Донецька область", "Donetsk region", "Донеччина"); undefined when unknown.
   */
  resolveAdmin1(region: string): string | undefined {
    const direct = this.regionList.find((r) => r.admin1 === region || r.code === region || r.iso === region)
    if (direct) return direct.admin1
    const hit = this.lookup(region, { kind: 'region', limit: 1 })[0]
    if (hit) return hit.entry.admin1 ?? undefined
    const k = looseLatinKey(region)
    const named = this.regionList.find((r) => [r.nameEn, r.nameUk, r.nameRu].some((n) => looseLatinKey(n) === k || nameKey(n) === nameKey(region)))
    if (named) return named.admin1
    // "Donetsk", "kherson": the region's name without "Oblast", when exactly one region is so named.
    const bare = this.regionList.filter((r) => r.admin1.toLowerCase().startsWith(`${region.trim().toLowerCase()} `))
    return bare.length === 1 ? bare[0]!.admin1 : undefined
  }

  /**
   * The admin1 a point lies in, judged by the nearest surveyed settlements (majority of the 7 nearest
   * within 40 km). No boundary polygons ship with the gazetteer, so near an oblast border the answer can
   * be wrong; null when no settlement is near (outside Ukraine and the Russian border oblasts).
   */
  admin1At(lat: number, lon: number): string | null {
    const near = this.nearest(lat, lon, { limit: 7, maxKm: 40, kind: 'settlement' })
    const votes = new Map<string, number>()
    for (const { entry, km } of near) if (entry.admin1) votes.set(entry.admin1, (votes.get(entry.admin1) ?? 0) + 1 / (1 + km))
    let best: string | null = null
    let bestVote = 0
    for (const [a, v] of votes) if (v > bestVote) [best, bestVote] = [a, v]
    return best
  }

  /** Surveyed settlements nearest to a point, closest first. */
  nearest(lat: number, lon: number, options: { limit?: number; maxKm?: number; kind?: GazetteerEntry['kind'] } = {}): Array<{ entry: GazetteerEntry; km: number }> {
    const maxKm = options.maxKm ?? 25
    const reach = Math.ceil(maxKm / (111 * GRID_DEG * Math.max(0.2, Math.cos((lat * Math.PI) / 180)))) + 1
    const [ci, cj] = [Math.floor(lat / GRID_DEG), Math.floor(lon / GRID_DEG)]
    const out: Array<{ entry: GazetteerEntry; km: number }> = []
    for (let di = -reach; di <= reach; di++) {
      for (let dj = -reach; dj <= reach; dj++) {
        for (const i of this.grid.get(`${ci + di}:${cj + dj}`) ?? []) {
          const e = this.entryAt(i)
          if (options.kind && e.kind !== options.kind) continue
          const km = distanceKm(lat, lon, e.lat, e.lon)
          if (km <= maxKm) out.push({ entry: e, km })
        }
      }
    }
    return out.sort((a, b) => a.km - b.km).slice(0, options.limit ?? 10)
  }

  /**
   * Places whose names look alike (for place-confusion checks: Siversk / Sievierodonetsk / Sevastopol,
   * Pokrovsk / Pokrovske). Compares loose Latin keys by Jaro-Winkler similarity and by the shared start
   * of their consonant skeletons; `minSimilarity` defaults to 0.75. The entry itself is excluded.
   */
  similarTo(entryOrName: GazetteerEntry | string, options: { minSimilarity?: number; limit?: number; kind?: GazetteerEntry['kind']; minProminence?: number } = {}): SimilarName[] {
    const self = typeof entryOrName === 'string' ? null : entryOrName
    const key = looseLatinKey(typeof entryOrName === 'string' ? entryOrName : entryOrName.name)
    const min = options.minSimilarity ?? 0.75
    const out: SimilarName[] = []
    for (const e of this.entries) {
      if (e === self) continue
      if (options.kind && e.kind !== options.kind) continue
      if ((e.prominence ?? 0) < (options.minProminence ?? 0)) continue
      const s = nameSimilarity(key, looseLatinKey(e.name))
      if (s >= min) out.push({ entry: e, similarity: Math.round(s * 1000) / 1000 })
    }
    return out
      .sort((a, b) => b.similarity - a.similarity || (b.entry.prominence ?? 0) - (a.entry.prominence ?? 0))
      .slice(0, options.limit ?? 20)
  }

  private regionName(r: RegionDef): RegionName {
    const id = r.isCity ? (this.index.refs(indexKey(r.ukAdjective)).map((ref) => this.entryAt(ref.entry)).find((e) => e.kind === 'settlement' && e.admin1 === r.name)?.id ?? null) : `region:${r.code}`
    return {
      id: id && this.byIdMap.has(id) ? id : null,
      admin1: r.name,
      code: r.code,
      iso: r.iso,
      country: r.country,
      nameEn: r.name,
      nameUk: regionFullNames(r).uk,
      nameRu: regionFullNames(r).ru,
    }
  }
}

function gridCell(lat: number, lon: number): string {
  return `${Math.floor(lat / GRID_DEG)}:${Math.floor(lon / GRID_DEG)}`
}

/** Similarity of two loose keys, 0..1: the larger of Jaro-Winkler and the skeleton-prefix ratio. */
export function nameSimilarity(a: string, b: string): number {
  if (a === b) return 1
  const jw = jaroWinkler(a, b)
  const sa = skeleton(a)
  const sb = skeleton(b)
  let p = 0
  while (p < sa.length && p < sb.length && sa[p] === sb[p]) p++
  const prefix = p >= 3 ? (p / Math.min(sa.length, sb.length)) * 0.9 : 0
  return Math.max(jw, prefix)
}

function skeleton(k: string): string {
  return k.replace(/[aeiouy\s]/g, '')
}

export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1
  if (a.length === 0 || b.length === 0) return 0
  const range = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1)
  const aMatch = new Array<boolean>(a.length).fill(false)
  const bMatch = new Array<boolean>(b.length).fill(false)
  let matches = 0
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - range); j < Math.min(b.length, i + range + 1); j++) {
      if (bMatch[j] || a[i] !== b[j]) continue
      aMatch[i] = bMatch[j] = true
      matches++
      break
    }
  }
  if (matches === 0) return 0
  let t = 0
  let k = 0
  for (let i = 0; i < a.length; i++) {
    if (!aMatch[i]) continue
    while (!bMatch[k]) k++
    if (a[i] !== b[k]) t++
    k++
  }
  const jaro = (matches / a.length + matches / b.length + (matches - t / 2) / matches) / 3
  let l = 0
  while (l < 4 && a[l] === b[l]) l++
  return jaro + l * 0.1 * (1 - jaro)
}

export type { NameLang }
