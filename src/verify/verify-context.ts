import type { ControlView, IsoDate, PlaceKind } from '../domain/index.js'

/** A gazetteer place as verification needs it (a `Place` of a document, or an entry found by name). */
export interface PlaceRef {
  readonly id: string
  readonly name: string
  readonly admin1: string | null
  readonly country: string
  readonly lat: number
  readonly lon: number
  readonly kind: PlaceKind
}

/**
 * What verification asks of the gazetteer. The pipeline adapts the geoparse stage's gazetteer to it;
 * tests give a small table. Verification never imports `geoparse/` (STYLE.md §2).
 */
export interface PlaceDirectory {
  /**
   * Settlements whose names look like this place's (Siversk and Sevastopol for Sievierodonetsk,
   * Pokrovske for Pokrovsk), most similar first, never the place itself.
   */
  similarlyNamed(place: PlaceRef): readonly SimilarPlace[]
  /** The admin1 name ("Donetsk Oblast") a region name in any language stands for, or null when unknown. */
  resolveAdmin1(name: string): string | null
}

export interface SimilarPlace extends PlaceRef {
  /** 0..1, 1 = same name. */
  readonly similarity: number
}

/** A region of the map's region layer with its area (for shares: "3% of Donetsk region"). */
export interface RegionArea {
  /** The name the control series accepts as `region` (e.g. "Donetsk Oblast"). */
  readonly name: string
  readonly areaKm2: number
}

/** What verification asks of the region layer. The pipeline adapts the control stage's oblast layer. */
export interface RegionDirectory {
  /** A region by any of its names (EN/UK/RU, "Donetsk region", "Донецька область"), or null. */
  resolveRegion(name: string): RegionArea | null
  /** Ukraine in its internationally recognised borders (all oblasts, Crimea, Kyiv, Sevastopol). */
  readonly country: RegionArea | null
}

/** Tolerances and the horizon, all stated in every verdict that uses them (docs/verify.md). */
export interface VerifyOptions {
  /**
   * Days after a claim's time within which the map must show the claimed state for a confirmation,
   * and through which the opposite must hold for a contradiction. Also how long a state must last
   * to count as settled, and how far before the claim a change counts as the claimed event.
   */
  readonly horizonDays: number
  /** Relative tolerance for recomputed areas (km²) and shares, on top of the stated figure's rounding. */
  readonly areaRelativeTolerance: number
  /** Smallest tolerance for an area, km² (a village is about 1-3 km²). */
  readonly areaMinToleranceKm2: number
  /** Smallest tolerance for a share, in percentage points. */
  readonly shareMinTolerancePoints: number
  /** Relative tolerance for distances (reports give road or edge distances, the gazetteer centre to centre). */
  readonly distanceRelativeTolerance: number
  /** Smallest tolerance for a distance, km (a town's extent). */
  readonly distanceMinToleranceKm: number
  /** Movement of the line smaller than this (km) counts as no movement for advance claims. */
  readonly advanceToleranceKm: number
  /** For an advance claim dated on one day: how far back its "before" snapshot is taken. */
  readonly advanceLookbackDays: number
  /** An assault or encirclement near a place at most this far from the line is consistent with the map. */
  readonly frontProximityKm: number
  /** Claims about the same place whose windows are at most this many days apart can contradict each other. */
  readonly contradictionSlackDays: number
}

export const DEFAULT_VERIFY_OPTIONS: VerifyOptions = {
  horizonDays: 60,
  areaRelativeTolerance: 0.03,
  areaMinToleranceKm2: 1,
  shareMinTolerancePoints: 0.05,
  distanceRelativeTolerance: 0.25,
  distanceMinToleranceKm: 3,
  advanceToleranceKm: 0.1,
  advanceLookbackDays: 7,
  frontProximityKm: 15,
  contradictionSlackDays: 3,
}

/** Everything a verification run reads: the control history and, when available, the gazetteer and regions. */
export interface VerifyContext {
  readonly control: ControlView
  readonly places?: PlaceDirectory | null
  readonly regions?: RegionDirectory | null
  readonly options?: Partial<VerifyOptions>
}

/** The date window a claim is about. */
export interface ClaimWindow {
  readonly start: IsoDate
  readonly end: IsoDate
  /** How the window was found: the claim's own time, or the document's publication date. */
  readonly basis: 'explicit' | 'relative' | 'publication'
}
