import type { IsoDate, Lang, Span } from './primitives.js'

/** How `publishedAt` was found: document metadata, a dateline in the text, inferred from content, or not at all. */
export type PublishedAtBasis = 'metadata' | 'dateline' | 'content' | 'none'

/** The input format a document was read from. */
export type DocumentFormat = 'text' | 'markdown' | 'html' | 'json' | 'jsonl' | 'csv' | 'rss' | 'atom' | 'telegram'

/** One report, cleaned. Its raw bytes are stored separately under `rawSha256`. */
export interface Document {
  /** Stable id: derived from the cleaned text's hash (so re-ingesting is idempotent). */
  readonly id: string
  readonly title: string | null
  readonly byline: string | null
  /** The outlet or channel (e.g. "TASS", "DeepState"), when known. */
  readonly outlet: string | null
  readonly url: string | null
  /** Where the input came from (a path, URL or `path#record`). */
  readonly origin: string
  readonly format: DocumentFormat
  readonly publishedAt: IsoDate | null
  readonly publishedAtBasis: PublishedAtBasis
  readonly lang: Lang
  /** Cleaned text; every span in Frontline indexes this string. */
  readonly text: string
  /** sha256 (hex) of `text`. */
  readonly textSha256: string
  /** sha256 (hex) of the raw input bytes this document came from. */
  readonly rawSha256: string
  /** Set when this is a near-duplicate of an earlier document (never dropped, only linked). */
  readonly duplicateOf: string | null
  /**
   * MinHash signature of the text's word 3-shingles (512 hex digits), absent for very short texts:
   * documents whose signatures agree on most positions are near-duplicates.
   */
  readonly fingerprint?: string
  /**
   * A record of an event dataset (a UCDP GED or ACLED row, a war monitor's caption): the dates the dataset
   * codes the event with (UCDP `date_start..date_end`, the monitor's `date`). `publishedAt` is then its start,
   * and claims the text does not date explicitly take the period (the headlines' relative dates were relative
   * to their own publication, not to the record).
   */
  readonly eventPeriod?: { readonly start: IsoDate; readonly end: IsoDate }
  /**
   * A record's location line, when its dataset writes one beside the text (UCDP `where_description`, "Avdiivka
   * town"): its span in `text`, where it is the last paragraph. The place it names is the record's place.
   */
  readonly placeLine?: Span
}

/** The bytes of one input exactly as received (a file, a feed, a page), kept so any document can be re-derived. */
export interface RawInput {
  /** sha256 (hex) of `bytes`. */
  readonly sha256: string
  readonly bytes: Uint8Array
  /** The path or URL read. */
  readonly origin: string
  /** The format detected. */
  readonly format: DocumentFormat
  /** The text encoding the bytes were decoded with (WHATWG label), or null when they were not decoded. */
  readonly encoding: string | null
}
