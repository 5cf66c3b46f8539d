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

/**
 * Claims of several documents analysed together (`frontline analyze` over a batch) that say opposite
 * things about one place (or about the front as a whole, for advances naming none): everything said on
 * each side, counted, so that the pairwise `contradictions` can stay few per claim. Every document with
 * claims in the dispute carries an entry with the same id and the same figures; `claimIds` lists that
 * document's own claims in it, so the dispute's members are the union of `claimIds` over its entries.
 */
export interface Dispute {
  /** Stable for a place and stance: `dsp-` and a hash of both. */
  readonly id: string
  /** The gazetteer id of the place, or null for claims about the whole front. */
  readonly placeId: string | null
  readonly placeName: string | null
  /** From the earliest start to the latest end of the members' windows. */
  readonly window: { readonly start: IsoDate; readonly end: IsoDate }
  /** The two opposite stances: [0] "under Russian control" / "… advanced", [1] the opposite. */
  readonly sides: readonly [DisputeSide, DisputeSide]
  /** Pairs of claims in different documents, by different speakers, within the time slack, that say opposite things. */
  readonly pairs: number
  /** How many of those pairs the documents' `contradictions` list (per claim, the nearest in time); the rest are only counted here. */
  readonly listedPairs: number
  /** This document's claims in the dispute. */
  readonly claimIds: readonly string[]
}

/** One side of a dispute: what it says, and who says it in how many claims and documents. */
export interface DisputeSide {
  readonly says: string
  readonly claims: number
  readonly documents: number
  /** The speakers with the most claims on this side (at most 10), most claims first. */
  readonly speakers: readonly { readonly name: string; readonly claims: number }[]
  /** Speakers on this side not listed in `speakers`. */
  readonly otherSpeakers: number
}
