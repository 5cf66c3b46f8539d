import type { DocumentFormat, IsoDate } from '../domain/index.js'

/**
 * One record as a reader found it, before cleaning, dating and hashing (build-document.ts). Readers
 * (plain text, HTML, JSON, feeds, Telegram) each turn an input into drafts.
 */
export interface DocumentDraft {
  /** Plain text (markup already removed), not yet cleaned of boilerplate. */
  readonly text: string
  readonly title: string | null
  readonly byline: string | null
  readonly outlet: string | null
  readonly url: string | null
  /** A publication date/time as the metadata wrote it (ISO, RFC 822, a Unix time …), or null. */
  readonly publishedRaw: string | null
  /** A declared language tag ("uk", "ru-RU"), or null. */
  readonly declaredLang: string | null
  /** Where this record came from: the input path or URL, with `#record` for one of many. */
  readonly origin: string
  readonly format: DocumentFormat
  /**
   * Whether the text may be a scraped web page, so that page furniture (menus, tag lists, news-feed
   * side bars) is removed too. False for Telegram posts and feed items, whose every line is the author's.
   */
  readonly mayBeScraped: boolean
  /** The outlet of a known dataset's table (the CIR monitor's: "CIR"), used when neither the record nor `--outlet` names one. */
  readonly tableOutlet?: string | null
  /** The event's dates, for a record of an event dataset (Document.eventPeriod). */
  readonly eventPeriod?: { readonly start: IsoDate; readonly end: IsoDate } | null
  /** The record's location line as it ends `text` (Document.placeLine). */
  readonly placeLine?: string | null
}
