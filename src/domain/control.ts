import type { MultiPolygon } from './geometry.js'
import type { IsoDate, LngLat } from './primitives.js'

/**
 * The occupied territory on one day, as one source drew it. A changed file for an existing date
 * becomes a new revision; older revisions are kept.
 */
export interface ControlSnapshot {
  readonly date: IsoDate
  readonly revision: number
  readonly source: string
  readonly geometry: MultiPolygon
  /** sha256 of the normalised geometry: the import is idempotent on it. */
  readonly geometrySha256: string
  /** Geodesic area on the WGS84 ellipsoid. */
  readonly areaKm2: number
}

export type ControlStatus = 'occupied' | 'free' | 'edge'

/** Every answer names the snapshot it used: the latest one on or before the asked date. */
export interface AreaAnswer {
  readonly date: IsoDate
  readonly snapshotDate: IsoDate
  readonly areaKm2: number
  readonly region: string | null
}

export interface ChangeAnswer {
  readonly from: IsoDate
  readonly to: IsoDate
  readonly snapshotFrom: IsoDate
  readonly snapshotTo: IsoDate
  readonly region: string | null
  /** Occupied at `to`, not at `from`. */
  readonly gainedKm2: number
  /** Occupied at `from`, not at `to`. */
  readonly lostKm2: number
  /** gained − lost. */
  readonly netKm2: number
  readonly gained: MultiPolygon
  readonly lost: MultiPolygon
}

export interface StatusAnswer {
  readonly at: LngLat
  readonly date: IsoDate
  readonly snapshotDate: IsoDate
  readonly status: ControlStatus
  /**
   * Distance to the front line, km (0 on it): the part of the occupied area's boundary that faces
   * ground Ukraine holds. The stretches along the sea coast and the state border with Russia are
   * not line, so a town on the Crimean coast is far from it. Infinity when the snapshot has no line.
   */
  readonly distanceToLineKm: number
  /**
   * The edge band used: a point within this distance of the line is `edge`; so is a point outside
   * the occupied area within it of the coast or border stretch (where the map is as unsure).
   */
  readonly edgeKm: number
  /** Which side of the line the point is on, also when `status` is `edge` (always set by the control stage). */
  readonly side?: 'occupied' | 'free'
}

/** A change of a point's status between two consecutive snapshots. */
export interface Transition {
  /** First snapshot date showing the new status. */
  readonly date: IsoDate
  /** Last snapshot date showing the old status. */
  readonly previousSnapshotDate: IsoDate
  readonly from: 'occupied' | 'free'
  readonly to: 'occupied' | 'free'
}

export interface TimelineStep {
  readonly date: IsoDate
  readonly snapshotDate: IsoDate
  readonly areaKm2: number
  /** Area change since the previous step (net), km². */
  readonly netKm2: number
  readonly gainedKm2: number
  readonly lostKm2: number
}

/**
 * The control history as the later stages see it (verify, ledger, serve). Implemented by the
 * control stage over a loaded series; other stages receive it as a value and never import `control/`.
 */
export interface ControlView {
  /** First and last snapshot dates, or null when the series is empty. */
  readonly coverage: { readonly start: IsoDate; readonly end: IsoDate } | null
  /** The snapshot date in force on `date` (latest on or before), or null before the series starts. */
  snapshotDateOn(date: IsoDate): IsoDate | null
  /** Whether the series can speak about this point at all (inside the mapped theatre). */
  covers(at: LngLat): boolean
  statusAt(at: LngLat, date: IsoDate): StatusAnswer | null
  /** Every occupied/free change of the point over the whole series, in date order. */
  transitions(at: LngLat): readonly Transition[]
  areaOn(date: IsoDate, region?: string): AreaAnswer | null
  changeBetween(from: IsoDate, to: IsoDate, region?: string): ChangeAnswer | null
  /** Distance from the point to the occupied area at a date, km (0 when inside). */
  distanceToOccupiedKm(at: LngLat, date: IsoDate): number | null
}

/**
 * A MultiPolygon in flat typed arrays, the form a whole series is loaded in (no JavaScript array
 * per position): rings are open (the closing position is not repeated); vertex i of ring r is at
 * xy[2 * (ringStart[r] + i)], xy[2 * (ringStart[r] + i) + 1] (lng, lat); ring polygonStart[p] is
 * the exterior of polygon p and the rings after it, up to polygonStart[p + 1], are its holes.
 */
export interface FlatMultiPolygon {
  readonly xy: Float64Array
  /** One entry per ring plus the end: ring r is vertices ringStart[r] .. ringStart[r + 1] - 1. */
  readonly ringStart: Uint32Array
  /** One entry per polygon plus the end, indexing rings. */
  readonly polygonStart: Uint32Array
}

/** A stored snapshot with its geometry as flat arrays (how a whole series is loaded). */
export interface FlatControlSnapshot extends ControlSnapshotInfo {
  readonly geometry: FlatMultiPolygon
}

/**
 * The boundary edges two snapshots do not share (those only the first has, then those only the
 * second has), as [lng1, lat1, lng2, lat2] quadruples. Keyed by the two geometries' sha256, so a
 * record stays true whatever dates or revisions the geometries are stored under. The control stage
 * derives it; the store keeps it so that loading a series does not recompute it.
 */
export interface ControlEdgeChange {
  readonly fromSha256: string
  readonly toSha256: string
  readonly segments: Float64Array
}

/** A snapshot as the import hands it to the store: no revision yet (the store assigns it). */
export interface ControlSnapshotInput {
  readonly date: IsoDate
  /** Who drew the map, e.g. `DeepState`. */
  readonly source: string
  /** Where this copy came from: the file (and feature) it was read from. */
  readonly origin: string
  readonly geometry: MultiPolygon
  readonly geometrySha256: string
  readonly areaKm2: number
}

/** A stored snapshot without its geometry (listings, `control import` reports). */
export interface ControlSnapshotInfo {
  readonly date: IsoDate
  readonly revision: number
  readonly source: string
  readonly origin: string
  readonly geometrySha256: string
  readonly areaKm2: number
  /** ISO timestamp of the import that stored this revision. */
  readonly importedAt: string
}

/**
 * What saving one snapshot did. The revision rule: the same geometry as the date's current (latest)
 * revision changes nothing; any other geometry becomes a new revision (current + 1), and every older
 * revision is kept.
 */
export interface ControlSaveResult {
  readonly date: IsoDate
  readonly revision: number
  readonly outcome: 'inserted' | 'revised' | 'unchanged'
}
