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
