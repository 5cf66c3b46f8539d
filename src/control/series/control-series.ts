import polygonClipping, { type MultiPolygon as PcMultiPolygon } from 'polygon-clipping'
import type {
  AreaAnswer,
  ChangeAnswer,
  ControlSnapshot,
  ControlStatus,
  ControlView,
  IsoDate,
  LngLat,
  MultiPolygonCoords,
  StatusAnswer,
  TimelineStep,
  Transition,
} from '../../domain/index.js'
import { InputError } from '../../domain/index.js'
import { type ChangeGeometry, clipToBox, computeChange } from '../change/compute-change.js'
import { geodesicAreaKm2 } from '../geometry/geodesic-area.js'
import { nearestBoundaryPoint } from '../geometry/distance-to-boundary.js'
import { type FrontLine, findFrontLine, measureToFrontLine, wholeBoundary } from '../geometry/front-line.js'
import { NationalOutline } from '../geometry/national-outline.js'
import { crossesRay, isPointInGeometry } from '../geometry/point-in-geometry.js'
import { type PackedGeometry, packMultiPolygon, unpackMultiPolygon } from '../geometry/packed-geometry.js'
import type { Region, RegionLayer } from '../regions/region-layer.js'
import { THEATRE_BOX } from '../theatre.js'
import { addDays, addMonths, parseIsoDate } from './iso-dates.js'
import { BAND_DEG, SeriesIndex } from './series-index.js'
import { type Disc, occupiedShare, segmentMeetsDisc, type ShareStep } from '../places/settlement-area.js'

/** The default edge band: a point within 1 km of the line is `edge` (the line's own drawing precision is ~100 m–1 km). */
export const DEFAULT_EDGE_KM = 1

/**
 * Boundary edges within this distance of Ukraine's outline (coast, state border) are not front line:
 * the DeepState coast and the oblast layer's (data/regions) are drawn from different sources and lie
 * within ~1 km of each other along most of the Azov and Black Sea coasts; 2 km takes in the rest.
 */
export const OUTLINE_TOLERANCE_KM = 2

export interface ControlSeriesOptions {
  /**
   * Region layer for `region` arguments and for `covers` (Ukraine's oblasts); null disables both.
   * A function is called on first use (loading the layer costs ~0.1 s, which area and change
   * questions without a region never pay).
   */
  readonly regions?: RegionLayer | null | (() => RegionLayer | null)
  /** Points within this distance of the line are `edge` (km). */
  readonly edgeKm?: number
  /**
   * Changed edges between consecutive snapshots already known (the store keeps them, see
   * ControlEdgeChange), keyed by `edgeChangeKey(fromSha256, toSha256)`; pairs not given are diffed
   * when first needed.
   */
  readonly edgeChanges?: ReadonlyMap<string, Float64Array>
}

/** The key of `ControlSeriesOptions.edgeChanges`. */
export function edgeChangeKey(fromSha256: string, toSha256: string): string {
  return `${fromSha256}>${toSha256}`
}

/** A snapshot to build a series from: what the store lists, with the geometry packed. */
export interface PackedSnapshot {
  readonly date: IsoDate
  readonly revision: number
  readonly source: string
  readonly geometrySha256: string
  readonly areaKm2: number
  readonly geometry: PackedGeometry
}

/**
 * A snapshot whose geometry is read when first needed (see `createLazyControlSeries`): a question
 * about one point or two dates touches two or three of the series' geometries.
 */
export interface LazySnapshot extends Omit<PackedSnapshot, 'geometry'> {
  readonly loadGeometry: () => PackedGeometry
}

/** One snapshot of the loaded series (the latest revision of its date). */
export interface SeriesSnapshot extends PackedSnapshot {
  /** The geometry as GeoJSON coordinates (built on first use). */
  readonly coordinates: MultiPolygonCoords
}

class LoadedSnapshot implements SeriesSnapshot {
  readonly date: IsoDate
  readonly revision: number
  readonly source: string
  readonly geometrySha256: string
  readonly areaKm2: number
  private packed: PackedGeometry | null
  private readonly loadGeometry: (() => PackedGeometry) | null
  private unpacked: MultiPolygonCoords | null

  constructor(s: PackedSnapshot | LazySnapshot, coordinates: MultiPolygonCoords | null) {
    this.date = s.date
    this.revision = s.revision
    this.source = s.source
    this.geometrySha256 = s.geometrySha256
    this.areaKm2 = s.areaKm2
    this.packed = 'loadGeometry' in s ? null : s.geometry
    this.loadGeometry = 'loadGeometry' in s ? s.loadGeometry : null
    this.unpacked = coordinates
  }

  get geometry(): PackedGeometry {
    this.packed ??= (this.loadGeometry as () => PackedGeometry)()
    return this.packed
  }

  get coordinates(): MultiPolygonCoords {
    this.unpacked ??= unpackMultiPolygon(this.geometry).coordinates
    return this.unpacked
  }
}

export type TimelineStepSize = 'day' | 'week' | 'month'

/**
 * The control history in memory: the ControlView every later stage uses, plus what the CLI's
 * control commands need (timelines, change polygons). Built from the store's snapshots
 * (the latest revision of each date, normalised at import); pure, no I/O.
 */
export class ControlSeries implements ControlView {
  readonly snapshots: readonly SeriesSnapshot[]
  readonly edgeKm: number
  private regionSource: RegionLayer | null | (() => RegionLayer | null)
  private ukraineGeometry: PackedGeometry | null | undefined = undefined
  private ukraineOutline: NationalOutline | null | undefined = undefined
  /** The front line of each geometry asked about, by its sha256 (unchanged days share one). */
  private readonly frontLines = new Map<string, FrontLine>()
  private readonly edgeChanges: ReadonlyMap<string, Float64Array> | null
  private seriesIndex: SeriesIndex | null = null
  private readonly regionAreaCache = new Map<string, number>()
  /** Recent change geometries by snapshot pair (a report asks the same pair once per oblast). */
  private readonly changeCache = new Map<string, ChangeGeometry>()

  /** From snapshots in GeoJSON form or packed (see createControlSeries / createPackedControlSeries). */
  constructor(snapshots: readonly (ControlSnapshot | PackedSnapshot | LazySnapshot)[], options: ControlSeriesOptions = {}) {
    const sorted = [...snapshots].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : b.revision - a.revision))
    const latest = sorted.filter((s, i) => i === 0 || (sorted[i - 1] as ControlSnapshot).date !== s.date)
    this.snapshots = latest.map((s) =>
      'loadGeometry' in s || isPacked(s) ? new LoadedSnapshot(s, null) : new LoadedSnapshot({ ...s, geometry: packMultiPolygon(s.geometry) }, s.geometry.coordinates),
    )
    this.edgeKm = options.edgeKm ?? DEFAULT_EDGE_KM
    if (!(this.edgeKm >= 0)) throw new InputError(`edge distance ${options.edgeKm} km is not a distance; expected a number >= 0`)
    this.regionSource = options.regions ?? null
    this.edgeChanges = options.edgeChanges ?? null
  }

  /** The region layer (loaded on first use when given as a function), or null. */
  get regions(): RegionLayer | null {
    if (typeof this.regionSource === 'function') this.regionSource = this.regionSource()
    return this.regionSource
  }

  /** Ukraine as one geometry (its oblasts), for `covers`. */
  private get ukraine(): PackedGeometry | null {
    if (this.ukraineGeometry === undefined) {
      const ukrainian = this.regions?.regions.filter((r) => r.country === 'UA') ?? []
      this.ukraineGeometry = ukrainian.length > 0 ? packMultiPolygon(ukrainian.flatMap((r) => r.coordinates)) : null
    }
    return this.ukraineGeometry
  }

  /** Ukraine's outline (coast and state borders), from the region layer's Ukrainian units; null without one. */
  private get outline(): NationalOutline | null {
    if (this.ukraineOutline === undefined) {
      const ukrainian = this.regions?.regions.filter((r) => r.country === 'UA') ?? []
      this.ukraineOutline = ukrainian.length > 0 ? new NationalOutline(ukrainian.map((r) => r.coordinates)) : null
    }
    return this.ukraineOutline
  }

  /**
   * The part of a snapshot's boundary that is the front line: the edges that face ground Ukraine
   * holds, not those along the sea coast or the state border (see geometry/front-line.ts). Worked
   * out once per geometry. Without a region layer the whole boundary counts.
   */
  frontLineOf(snapshot: SeriesSnapshot): FrontLine {
    let line = this.frontLines.get(snapshot.geometrySha256)
    if (!line) {
      const outline = this.outline
      line = outline ? findFrontLine(snapshot.geometry, outline, OUTLINE_TOLERANCE_KM) : wholeBoundary(snapshot.geometry)
      this.frontLines.set(snapshot.geometrySha256, line)
    }
    return line
  }

  get coverage(): { readonly start: IsoDate; readonly end: IsoDate } | null {
    const first = this.snapshots[0]
    const last = this.snapshots[this.snapshots.length - 1]
    return first && last ? { start: first.date, end: last.date } : null
  }

  /** Index of the snapshot in force on `date` (latest on or before), or -1. */
  indexOn(date: IsoDate): number {
    let lo = 0
    let hi = this.snapshots.length - 1
    let found = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if ((this.snapshots[mid] as SeriesSnapshot).date <= date) {
        found = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    return found
  }

  snapshotOn(date: IsoDate): SeriesSnapshot | null {
    return this.snapshots[this.indexOn(checkDate(date))] ?? null
  }

  /** The snapshot in force on `date` in the domain's form (GeoJSON geometry), or null before the series. */
  controlSnapshotOn(date: IsoDate): ControlSnapshot | null {
    const s = this.snapshotOn(date)
    return s ? { date: s.date, revision: s.revision, source: s.source, geometry: { type: 'MultiPolygon', coordinates: s.coordinates }, geometrySha256: s.geometrySha256, areaKm2: s.areaKm2 } : null
  }

  snapshotDateOn(date: IsoDate): IsoDate | null {
    return this.snapshotOn(date)?.date ?? null
  }

  /**
   * Inside Ukraine (the shipped oblast layer, with 5 km to spare along coasts and borders), or
   * inside the occupied area on some day. Without a region layer: inside the theatre box.
   * The occupied test comes first: it needs the first snapshot and the point's changes (a question
   * about a place asks for them anyway), not the region layer nor every snapshot.
   */
  covers(at: LngLat): boolean {
    const [lng, lat] = at
    const inTheatre = lng >= THEATRE_BOX[0] && lng <= THEATRE_BOX[2] && lat >= THEATRE_BOX[1] && lat <= THEATRE_BOX[3]
    if (this.regionSource === null) return inTheatre
    if (this.everOccupied(at)) return true
    if (!this.ukraine) return inTheatre
    if (isPointInGeometry(this.ukraine, lng, lat)) return true
    return (nearestBoundaryPoint(this.ukraine, lng, lat)?.distanceKm ?? Infinity) <= 5
  }

  /** Inside the occupied area of some snapshot: of the first, or after one of its changes. */
  private everOccupied(at: LngLat): boolean {
    const first = this.snapshots[0]
    if (!first) return false
    return isPointInGeometry(first.geometry, at[0], at[1]) || this.transitions(at).length > 0
  }

  statusAt(at: LngLat, date: IsoDate): StatusAnswer | null {
    const snapshot = this.snapshotOn(date)
    if (!snapshot || !this.covers(at)) return null
    const inside = isPointInGeometry(snapshot.geometry, at[0], at[1])
    // Outside the occupied area, a point by its coast or by the state border (at sea, in Russia, or
    // a coastal village the map's coarse coast leaves out) is as unsure as one by the line: it stays
    // `edge`. Inside, the coast is no front: only the distance to the line counts.
    const { toLineKm: distance, toBoundaryKm: near } = measureToFrontLine(snapshot.geometry, this.frontLineOf(snapshot), inside, at[0], at[1])
    const side = inside ? 'occupied' : 'free'
    const status: ControlStatus = distance <= this.edgeKm || near <= this.edgeKm ? 'edge' : side
    return { at, date, snapshotDate: snapshot.date, status, distanceToLineKm: distance, edgeKm: this.edgeKm, side }
  }

  /**
   * Every occupied/free change of a point over the whole series. The first snapshot is tested in
   * full; after that, a point's side can only change where the boundary changed, and it changes
   * exactly when a ray from it crosses the changed edges (those one day has and the other lacks)
   * an odd number of times: edges both days share add the same crossings to both. The changed
   * edges of all days are bucketed by latitude (SeriesIndex.bands), so one bucket holds every edge
   * the ray can meet, whatever the number of days.
   */
  transitions(at: LngLat): readonly Transition[] {
    const first = this.snapshots[0]
    if (!first) return []
    const [px, py] = at
    // The first snapshot's side is needed only once a change is found: most points never change.
    let inside: boolean | null = null
    const band = this.index().bandAt(py)
    const out: Transition[] = []
    if (!band) return out
    const { pair, segments } = band
    let k = 0
    while (k < pair.length) {
      const current = pair[k] as number
      let odd = false
      for (; k < pair.length && pair[k] === current; k++) {
        const j = 4 * k
        if (crossesRay(segments[j] as number, segments[j + 1] as number, segments[j + 2] as number, segments[j + 3] as number, px, py)) odd = !odd
      }
      if (!odd) continue
      inside ??= isPointInGeometry(first.geometry, px, py)
      out.push({
        date: (this.snapshots[current + 1] as SeriesSnapshot).date,
        previousSnapshotDate: (this.snapshots[current] as SeriesSnapshot).date,
        from: inside ? 'occupied' : 'free',
        to: inside ? 'free' : 'occupied',
      })
      inside = !inside
    }
    return out
  }

  /**
   * The occupied share of a disc (a settlement's area, see places/settlement-area.ts) over the whole
   * series: at the first snapshot, then at each snapshot where it changed. The share can change only
   * where a changed edge comes within the disc, or when the disc lies wholly inside a changed area
   * (then its centre changes side): those snapshots alone are measured.
   */
  shareHistory(disc: Disc): ShareStep[] {
    const first = this.snapshots[0]
    if (!first) return []
    const pairs = new Set<number>()
    const index = this.index()
    for (let b = Math.floor(disc.box[1] / BAND_DEG); b <= Math.floor(disc.box[3] / BAND_DEG); b++) {
      const band = index.bandAt((b + 0.5) * BAND_DEG)
      if (!band) continue
      const { pair, segments } = band
      for (let k = 0; k < pair.length; k++) {
        const j = 4 * k
        if (pairs.has(pair[k] as number)) continue
        if (segmentMeetsDisc(disc, segments[j] as number, segments[j + 1] as number, segments[j + 2] as number, segments[j + 3] as number)) pairs.add(pair[k] as number)
      }
    }
    for (const t of this.transitions(disc.center)) pairs.add(this.indexOn(t.date) - 1)
    const steps: ShareStep[] = [{ date: first.date, previousSnapshotDate: null, occupiedShare: occupiedShare(first.geometry, disc) }]
    for (const i of [...pairs].sort((a, b) => a - b)) {
      const after = this.snapshots[i + 1] as SeriesSnapshot
      const share = occupiedShare(after.geometry, disc)
      if (Math.abs(share - (steps[steps.length - 1] as ShareStep).occupiedShare) < 1e-9) continue
      steps.push({ date: after.date, previousSnapshotDate: (this.snapshots[i] as SeriesSnapshot).date, occupiedShare: share })
    }
    return steps
  }

  areaOn(date: IsoDate, region?: string): AreaAnswer | null {
    const snapshot = this.snapshotOn(date)
    if (!snapshot) return null
    if (region === undefined) return { date, snapshotDate: snapshot.date, areaKm2: snapshot.areaKm2, region: null }
    const r = this.resolveRegion(region)
    const key = `${snapshot.date}|${r.id}`
    let area = this.regionAreaCache.get(key)
    if (area === undefined) {
      area = geodesicAreaKm2(packMultiPolygon(intersectRegion(snapshot.coordinates, r)))
      this.regionAreaCache.set(key, area)
    }
    return { date, snapshotDate: snapshot.date, areaKm2: area, region: r.name }
  }

  changeBetween(from: IsoDate, to: IsoDate, region?: string): ChangeAnswer | null {
    const i = this.indexOn(checkDate(from))
    const j = this.indexOn(checkDate(to))
    if (i < 0 || j < 0) return null
    const r = region === undefined ? null : this.resolveRegion(region)
    let { gained, lost } = this.changeGeometry(i, j)
    if (r) {
      gained = intersectRegion(gained as PcMultiPolygon, r)
      lost = intersectRegion(lost as PcMultiPolygon, r)
    }
    const gainedKm2 = geodesicAreaKm2(packMultiPolygon(gained))
    const lostKm2 = geodesicAreaKm2(packMultiPolygon(lost))
    return {
      from,
      to,
      snapshotFrom: (this.snapshots[i] as SeriesSnapshot).date,
      snapshotTo: (this.snapshots[j] as SeriesSnapshot).date,
      region: r?.name ?? null,
      gainedKm2,
      lostKm2,
      netKm2: gainedKm2 - lostKm2,
      gained: { type: 'MultiPolygon', coordinates: gained },
      lost: { type: 'MultiPolygon', coordinates: lost },
    }
  }

  distanceToOccupiedKm(at: LngLat, date: IsoDate): number | null {
    const snapshot = this.snapshotOn(date)
    if (!snapshot) return null
    if (isPointInGeometry(snapshot.geometry, at[0], at[1])) return 0
    return nearestBoundaryPoint(snapshot.geometry, at[0], at[1])?.distanceKm ?? null
  }

  /** Gained and lost polygons between snapshot i and snapshot j (indexes), computed where they differ. */
  changeGeometry(i: number, j: number): ChangeGeometry {
    if (i === j) return { gained: [], lost: [], windows: [] }
    const key = `${i}:${j}`
    const known = this.changeCache.get(key)
    if (known) return known
    const a = this.snapshots[i] as SeriesSnapshot
    const b = this.snapshots[j] as SeriesSnapshot
    const index = this.index()
    const changed = j === i + 1 ? index.consecutive(i) : index.changedEdges(i, j)
    const geometry = computeChange(a.geometry, b.geometry, changed.segments)
    if (this.changeCache.size >= 256) this.changeCache.delete(this.changeCache.keys().next().value as string)
    this.changeCache.set(key, geometry)
    return geometry
  }

  /**
   * Area and change per step: one row per step date from `from` to `to` (the series' coverage by
   * default; `to` is always the last row), each naming the snapshot in force, with gained, lost and
   * net since the previous row (zero on the first).
   */
  timeline(options: { readonly step: TimelineStepSize; readonly from?: IsoDate; readonly to?: IsoDate; readonly region?: string }): TimelineStep[] {
    const coverage = this.coverage
    if (!coverage) return []
    const from = options.from ?? coverage.start
    const to = options.to ?? coverage.end
    if (from > to) throw new InputError(`--from ${from} is after --to ${to}; expected from <= to`)
    const dates: IsoDate[] = []
    for (let k = 0; ; k++) {
      const date = options.step === 'day' ? addDays(from, k) : options.step === 'week' ? addDays(from, 7 * k) : addMonths(from, k)
      if (date > to) break
      dates.push(date)
    }
    if (dates[dates.length - 1] !== to) dates.push(to)
    const steps: TimelineStep[] = []
    let previous: IsoDate | null = null
    for (const date of dates) {
      const area = this.areaOn(date, options.region)
      if (!area) continue // before the series starts
      let gainedKm2 = 0
      let lostKm2 = 0
      if (previous !== null && this.snapshotDateOn(previous) !== area.snapshotDate) {
        const change = this.changeBetween(previous, date, options.region) as ChangeAnswer
        gainedKm2 = change.gainedKm2
        lostKm2 = change.lostKm2
      }
      steps.push({ date, snapshotDate: area.snapshotDate, areaKm2: area.areaKm2, netKm2: gainedKm2 - lostKm2, gainedKm2, lostKm2 })
      previous = date
    }
    return steps
  }

  resolveRegion(name: string): Region {
    if (!this.regions) throw new InputError(`--region ${JSON.stringify(name)}: no region layer is loaded`)
    return this.regions.resolve(name)
  }

  /** The changed edges of consecutive pairs (from the records given, else diffed on first use). */
  index(): SeriesIndex {
    if (!this.seriesIndex) {
      const known = this.edgeChanges
      const records = known
        ? this.snapshots.slice(1).map((s, i) => known.get(edgeChangeKey((this.snapshots[i] as SeriesSnapshot).geometrySha256, s.geometrySha256)))
        : []
      this.seriesIndex = new SeriesIndex(this.snapshots.length, (i) => (this.snapshots[i] as SeriesSnapshot).geometry, records)
    }
    return this.seriesIndex
  }
}

/** A ControlView over snapshots (the form later stages receive). */
export function createControlSeries(snapshots: readonly ControlSnapshot[], options: ControlSeriesOptions = {}): ControlSeries {
  return new ControlSeries(snapshots, options)
}

/** A ControlView over packed snapshots (how the store's series is loaded: no GeoJSON arrays built). */
export function createPackedControlSeries(snapshots: readonly PackedSnapshot[], options: ControlSeriesOptions = {}): ControlSeries {
  return new ControlSeries(snapshots, options)
}

/**
 * A ControlView whose geometries are read when a question first needs them (`loadGeometry`): how the
 * CLI loads the store's series for one answer. The loaders must keep working while the series is used.
 */
export function createLazyControlSeries(snapshots: readonly LazySnapshot[], options: ControlSeriesOptions = {}): ControlSeries {
  return new ControlSeries(snapshots, options)
}

function isPacked(s: ControlSnapshot | PackedSnapshot): s is PackedSnapshot {
  return 'xy' in s.geometry
}

function checkDate(date: IsoDate): IsoDate {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : parseIsoDate(date, 'date')
}

function regionBox(region: Region): [number, number, number, number] {
  const [minX, minY, maxX, maxY] = region.geometry.box
  return [minX - 1e-4, minY - 1e-4, maxX + 1e-4, maxY + 1e-4]
}

/** The part of some polygons inside a region: skipped when their boxes miss, clipped to the region's box first. */
function intersectRegion(polygons: PcMultiPolygon | MultiPolygonCoords, region: Region): MultiPolygonCoords {
  if (polygons.length === 0) return []
  const packed = packMultiPolygon(polygons as MultiPolygonCoords)
  const box = regionBox(region)
  const [minX, minY, maxX, maxY] = packed.box
  if (maxX < box[0] || minX > box[2] || maxY < box[1] || minY > box[3]) return []
  const clipped = clipToBox(packed, box)
  if (clipped.length === 0) return []
  return polygonClipping.intersection(clipped, region.coordinates as PcMultiPolygon)
}
