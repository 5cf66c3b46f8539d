import type { IsoDate, Side, Span, SpeakerSide } from './primitives.js'
import type { Verdict } from './verdict.js'

export type ClaimKind =
  | 'advance'
  | 'capture'
  | 'withdrawal'
  | 'encirclement'
  | 'assault'
  | 'repelled'
  | 'control'
  | 'area-change'
  | 'strike'
  | 'evacuation'
  | 'casualties'
  | 'other'

export type Modality = 'asserted' | 'reported' | 'denied' | 'premature' | 'unverified' | 'expected'

export type TimeBasis = 'explicit' | 'relative' | 'publication'

export type QuantityUnit = 'km2' | 'km' | 'percent' | 'people' | 'soldiers' | 'other'

export interface Speaker {
  readonly name: string | null
  readonly side: SpeakerSide
  /** The outlet or channel the statement came through ("TASS", "Telegram"). */
  readonly via: string | null
  /** The data a figure was computed from ("Bloomberg calculations based on DeepState data": DeepState). */
  readonly basedOn?: string | null
  /** Who relayed the statement when it is reported second-hand ("X said, citing Y": Y speaks, X reported). */
  readonly reportedBy?: string | null
  /**
   * The known organisation the speaker is, by its one canonical name, when `name` is the document's own
   * words for it ("Kyiv's General Staff": General Staff of the Armed Forces of Ukraine). A source's track
   * record and the test of "different speakers" go by this name, so one body written two ways stays one.
   */
  readonly entity?: string | null
}

/** The time a claim refers to: a day (start = end) or an interval. */
export interface ClaimTime {
  readonly start: IsoDate | null
  readonly end: IsoDate | null
  readonly basis: TimeBasis
}

export interface Quantity {
  /** Normalised value in `unit` (square miles are converted to km²). */
  readonly value: number
  readonly unit: QuantityUnit
  /** The words the figure was read from. */
  readonly text: string
  /** What a percentage is a share of, or what a count counts, when the text says. */
  readonly of?: string | null
  /** The period the figure covers ("3,386 km² in the first 10 months of 2025"), when the text gives one. */
  readonly period?: { readonly start: IsoDate | null; readonly end: IsoDate | null } | null
}

/**
 * Why a claim's side was inferred. `held-ground` (convention 72): a strike whose clause names no attacker
 * was the side that did not hold the ground it landed on, on the date asked (the claim's time window's
 * end); each linked place's holder, and what said so: the control map (with the snapshot it read) or the
 * hand lists of held ground, used where the map cannot answer.
 */
export interface ActorSideBasis {
  readonly rule: 'held-ground'
  readonly on: IsoDate | null
  readonly places: readonly {
    /** Index into the document's `places`. */
    readonly place: number
    readonly holder: Side | null
    /** control: the snapshot in force that day; first-snapshot: a 2022-24 date, the series' first snapshot (Ukrainian side, outside the areas retaken later); lists: the hand lists. */
    readonly basis: 'control' | 'first-snapshot' | 'lists'
    readonly snapshotDate: IsoDate | null
  }[]
}

export interface Claim {
  readonly id: string
  readonly documentId: string
  readonly kind: ClaimKind
  /** Whose forces did it. */
  readonly actorSide: Side | null
  /** Present when `actorSide` was inferred rather than read from the claim's own words: why. */
  readonly actorSideBasis?: ActorSideBasis
  readonly speaker: Speaker
  /** Indexes into the document's `places`. */
  readonly places: readonly number[]
  readonly time: ClaimTime
  readonly quantity: Quantity | null
  readonly modality: Modality
  readonly span: Span
  readonly sentence: string
  /** Present once verification has run. */
  readonly verdict?: Verdict
  /** Set when the same claim was already made (same speaker, kind, place, time): linked, not deleted. */
  readonly duplicateOf?: string | null
}
