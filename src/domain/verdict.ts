import type { IsoDate } from './primitives.js'

export type VerdictStatus = 'confirmed' | 'consistent' | 'contradicted' | 'pending' | 'unverifiable'

/** A claim checked against the control-map history. Always carries a reason and the snapshots used. */
export interface Verdict {
  readonly status: VerdictStatus
  /** A sentence a person can read: what the map shows and why that decides it. */
  readonly reason: string
  /** Map date minus claim date, in days; negative when the map showed it first. */
  readonly lagDays: number | null
  /** The snapshot dates the verdict rests on. */
  readonly snapshots: readonly IsoDate[]
  /** The horizon the verdict was judged with (days after the claim a state must hold), when one applied. */
  readonly horizonDays?: number
  /** The last snapshot date the series had when the verdict was made (a pending verdict may change after it). */
  readonly checkedThrough?: IsoDate | null
  /** What was compared, as numbers (for the UI and for tests); absent for verdicts that compared nothing. */
  readonly detail?: VerdictDetail
}

/**
 * The figures behind a verdict, tagged by what was checked:
 * - `status`: a place's side of the line (capture, control, withdrawal, and their denials);
 * - `advance`: distance from a place to the advancing side's territory before and after;
 * - `area`: an area or share of territory recomputed for the stated period and region;
 * - `distance`: a distance between two places, or from a place to the line.
 */
export type VerdictDetail = StatusCheckDetail | AdvanceCheckDetail | AreaCheckDetail | DistanceCheckDetail

export interface StatusCheckDetail {
  readonly kind: 'status'
  readonly placeId: string
  readonly placeName: string
  /** The side of the line the claim says the place is (or came to be) on. */
  readonly expected: 'occupied' | 'free'
  /** `event`: a change is claimed (capture, withdrawal); `state`: a standing situation (control, a denial). */
  readonly claimType: 'event' | 'state'
  /** The first snapshot that showed the decisive state, when there is one. */
  readonly mapDate: IsoDate | null
}

export interface AdvanceCheckDetail {
  readonly kind: 'advance'
  readonly placeId: string | null
  readonly placeName: string
  /** Whose advance was checked. */
  readonly side: 'RU' | 'UA'
  /** Distance from the place to that side's territory, km; negative when the place lies inside it (then: depth). */
  readonly distanceBeforeKm: number
  readonly distanceAfterKm: number
  readonly before: IsoDate
  readonly after: IsoDate
  readonly toleranceKm: number
}

export interface AreaCheckDetail {
  readonly kind: 'area'
  readonly unit: 'km2' | 'percent'
  readonly claimed: number
  /** How the claimed figure bounds the truth: `about` (rounded), `at-least` ("over"), `at-most` ("up to"). */
  readonly bound: 'about' | 'at-least' | 'at-most'
  readonly computed: number
  readonly tolerance: number
  /** Which map figure was compared: net change, gross gain, gross loss, or the area held on a date. */
  readonly measure: 'net' | 'gained' | 'lost' | 'held'
  readonly from: IsoDate | null
  readonly to: IsoDate
  /** The region the figure was computed for (null: the whole map). */
  readonly region: string | null
  /** For shares: what the percentage is of, and its area in km². */
  readonly shareOf?: { readonly name: string; readonly areaKm2: number } | null
}

export interface DistanceCheckDetail {
  readonly kind: 'distance'
  readonly claimedKm: number
  readonly computedKm: number
  readonly toleranceKm: number
  /** `places`: between two named places (gazetteer); `line`: from a place to the occupied area on a date. */
  readonly between: 'places' | 'line'
  readonly placeNames: readonly string[]
}
