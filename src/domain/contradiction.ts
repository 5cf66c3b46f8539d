import type { IsoDate } from './primitives.js'

/**
 * Two claims by different speakers about the same place (or the same front, for claims naming none)
 * and overlapping time that say opposite things: "Kupiansk is taken" against "Kupiansk is held";
 * "advances on all fronts" against "little meaningful progress". Linked, never resolved here: the
 * verdicts say which side the map agrees with.
 */
export interface Contradiction {
  /** Stable: derived from the two claim ids, so detecting it again changes nothing. */
  readonly id: string
  /** The two claims, in id order. */
  readonly claimIds: readonly [string, string]
  readonly documentIds: readonly [string, string]
  /** Who said each (speaker name, else outlet), in the order of `claimIds`. */
  readonly speakers: readonly [string, string]
  /** The gazetteer id of the place both claims are about, or null for claims about the whole front. */
  readonly placeId: string | null
  readonly placeName: string | null
  /** The overlap of the two claims' time windows. */
  readonly window: { readonly start: IsoDate; readonly end: IsoDate }
  /** What each claim says, in words. */
  readonly reason: string
}
