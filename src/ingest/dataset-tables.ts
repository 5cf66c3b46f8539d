import type { IsoDate } from '../domain/index.js'
import { isIsoDate, isoDate, isValidDate } from '../text/index.js'
import { parseMetadataDate } from './date-publication.js'

/**
 * Event datasets whose tables Frontline knows by their columns, and how one of their rows reads: which
 * cells are the text, the outlet, the event's dates and its location line. A table it does not know is
 * read field by field (read-json-records.ts): its text, title, date, outlet and link columns by their
 * usual names, its date as a publication date, no outlet unless a column or `--outlet` names one.
 *
 * Only the columns a dataset's documentation gives as text or as the row's own metadata are read. The coded
 * answers (coordinates, town, province, sides, deaths) never are: a row's place comes from its text.
 */
export type DatasetTable = 'cir-monitor' | 'ucdp-ged'

/** What a known table's row adds to the generic reading of its record. */
export interface DatasetRow {
  /** The text, when the table's text is spread over cells or packed into one (UCDP's headlines). */
  readonly text?: string
  readonly title?: string | null
  /** The outlet the row's reports came through (UCDP `source_office`), or null. */
  readonly outlet?: string | null
  /** The outlet of the whole table, used when neither the row nor `--outlet` names one. */
  readonly tableOutlet?: string | null
  readonly eventPeriod: { readonly start: IsoDate; readonly end: IsoDate } | null
  /** The location line the text ends with, or null. */
  readonly placeLine?: string | null
}

// Column names as compared: lower case, without spaces, `_`, `-` and `/`.
const key = (name: string): string => name.toLowerCase().replace(/[-_\s/]/g, '')

/** Columns only the CIR/Bellingcat Russia-Ukraine Monitor's export has, all of which must be present. */
const CIR_COLUMNS = ['brief description', 'event_group', 'violence level', 'arms/munition', 'geolocation'].map(key)
/** Columns of UCDP GED (any version: the candidate events and the yearly releases share them). */
const UCDP_COLUMNS = ['source_headline', 'source_article', 'source_office', 'where_description', 'date_start', 'date_end', 'where_prec'].map(key)

/** The known dataset a table's header (or a JSON record's fields) is, or null. */
export function recognizeDatasetTable(fieldNames: readonly string[]): DatasetTable | null {
  const keys = new Set(fieldNames.map(key))
  if (CIR_COLUMNS.every((c) => keys.has(c))) return 'cir-monitor'
  if (UCDP_COLUMNS.every((c) => keys.has(c))) return 'ucdp-ged'
  return null
}

/** A known table's row, read by its columns. `cell` gives a column's trimmed value ('' when absent). */
export function readDatasetRow(table: DatasetTable, cell: (name: string) => string): DatasetRow {
  switch (table) {
    case 'cir-monitor': {
      // The monitor's feed: every row is an event it mapped (src/extract/war-monitor-feed.ts), on its `date`.
      const date = parseMetadataDate(cell('date'))
      return { tableOutlet: 'CIR', eventPeriod: date ? { start: date, end: date } : null }
    }
    case 'ucdp-ged':
      return readUcdpRow(cell)
  }
}

/**
 * A UCDP GED row: `source_headline` joins the headlines of the event's reports with ";", each one a
 * report of its own, so each becomes a paragraph (they were one run-on sentence); `where_description`,
 * the coder's line saying where the event was ("Avdiivka town", "near the Donetsk airport"), ends the text
 * as its location line. The outlet is the first report's (`source_office`, ";"-joined the same way): when
 * the reports came through several, the headlines that are not the first one's may be mis-attributed to it,
 * as a headline list with one outlet would be. The event's dates are `date_start_iso..date_end_iso` (the
 * shared copy's added columns), else `date_start..date_end` as UCDP writes them (month first).
 */
function readUcdpRow(cell: (name: string) => string): DatasetRow {
  const headlines = cell('source_headline').split(';').map((h) => h.trim()).filter((h) => h !== '')
  const where = cell('where_description').replace(/\s+/g, ' ').trim()
  const paragraphs = where !== '' ? [...headlines, where] : headlines
  const outlet = cell('source_office').split(';').map((o) => o.trim()).find((o) => o !== '') ?? null
  const start = ucdpDate(cell('date_start_iso')) ?? ucdpDate(cell('date_start'))
  const end = ucdpDate(cell('date_end_iso')) ?? ucdpDate(cell('date_end')) ?? start
  return {
    text: paragraphs.join('\n\n'),
    title: headlines[0] ?? null,
    outlet,
    eventPeriod: start && end && end >= start ? { start, end } : start ? { start, end: start } : null,
    placeLine: where !== '' && headlines.length > 0 ? where : null,
  }
}

/** "2022-03-01", or UCDP's "3/1/2022 12:00:00 AM" and "03/01/2022 00:00" (month first, with any clock). */
function ucdpDate(value: string): IsoDate | null {
  if (value === '') return null
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(value)
  if (iso) return isIsoDate(iso[1]!) ? iso[1]! : null
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(value)
  if (us && isValidDate(Number(us[3]), Number(us[1]), Number(us[2]))) return isoDate(Number(us[3]), Number(us[1]), Number(us[2]))
  return null
}
