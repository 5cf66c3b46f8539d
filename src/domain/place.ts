import type { Span } from './primitives.js'

export type PlaceKind = 'settlement' | 'district' | 'region' | 'river' | 'country' | 'other'

/** One entry of the compact gazetteer. */
export interface GazetteerEntry {
  readonly id: string
  readonly kind: PlaceKind
  /** Canonical English name (Ukrainian national transliteration for Ukraine: Siversk, Kupiansk). */
  readonly name: string
  readonly nameUk: string | null
  readonly nameRu: string | null
  /** Other Latin/Cyrillic variants the matcher knows (transliterations, former names). */
  readonly variants: readonly string[]
  readonly admin1: string | null
  readonly admin2: string | null
  /** ISO 3166-1 alpha-2. */
  readonly country: string
  readonly lat: number
  readonly lon: number
  readonly population: number | null
  /** Which input sources contributed to this entry. */
  readonly sources: readonly string[]
  /**
   * How `lat`/`lon` were obtained: a surveyed point (GeoNames, the war-report list, the physical
   * register), or the centroid of the hromada / raion / oblast the place lies in when no source had a
   * point for it (then the position is only good to about 10-30 km). Absent means 'point'.
   */
  readonly coordinateBasis?: 'point' | 'hromada-centroid' | 'raion-centroid' | 'oblast-centroid'
  /**
   * How prominent the place is, 0..1, from its population on a log scale (1 ≈ 1 million) or, when the
   * population is unknown, from its official category (city, settlement, village). Ranking uses it.
   */
  readonly prominence?: number
}

export interface PlaceAlternative {
  readonly id: string
  readonly name: string
  readonly admin1: string | null
  readonly lat: number
  readonly lon: number
  readonly score: number
}

/** A place mention in a document, resolved to a gazetteer entry, with every other candidate kept. */
export interface Place {
  readonly mention: string
  readonly span: Span
  readonly id: string
  readonly name: string
  readonly admin1: string | null
  readonly country: string
  readonly lat: number
  readonly lon: number
  readonly kind: PlaceKind
  readonly confidence: number
  readonly alternatives: readonly PlaceAlternative[]
  /**
   * When the text places this mention in a region it does not lie in ("Sievierodonetsk in the
   * Donetsk region"), the region the text stated. Verification turns it into a finding.
   */
  readonly statedAdmin1?: { readonly name: string; readonly span: Span } | null
}
