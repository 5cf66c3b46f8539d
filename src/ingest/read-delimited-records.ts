import type { Issue, Outcome } from '../domain/index.js'
import { parseDelimited } from '../geoparse/gazetteer/parse-delimited.js'
import { recognizeDatasetTable } from './dataset-tables.js'
import type { DocumentDraft } from './document-draft.js'
import { recordDraft } from './read-json-records.js'

/**
 * CSV or TSV with a header row, one record per row (event datasets come this way: ACLED, UCDP GED,
 * the CIR/Bellingcat monitor, VIINA), read field by field as JSON records are (read-json-records.ts):
 * a row needs a text column, else a title or headline, which is then the text. A row whose number of
 * fields differs from the header's, or that has no text, becomes an issue naming the file, the row and
 * what was expected, and the other rows go through. Rows are named `FILE#row-N`, N counted from 1 after
 * the header, as a spreadsheet shows them less one.
 */
export function readDelimitedRecords(text: string, origin: string, delimiter: ',' | '\t'): Outcome<DocumentDraft[]> {
  const issues: Issue[] = []
  const table = parseDelimited(text, delimiter)
  const header = table.header.map((h) => h.trim())
  const kind = delimiter === ',' ? 'CSV' : 'TSV'
  if (header.length === 0 || header.every((h) => h === '')) {
    return { value: [], issues: [{ code: 'no-records', severity: 'error', message: `${origin}: ${kind} file has no header row; expected column names in the first line (text, title, date, …)`, sourceId: origin }] }
  }
  if (header.length === 1) {
    return {
      value: [],
      issues: [{ code: 'no-records', severity: 'error', message: `${origin}: the first line has one column (${JSON.stringify(header[0]!.slice(0, 60))}); expected a ${kind} header naming its columns (text, title, date, …) separated by ${delimiter === ',' ? 'commas' : 'tabs'}`, sourceId: origin }],
    }
  }
  // A known event dataset (the CIR monitor, UCDP GED) by its header: its rows read by their columns (dataset-tables.ts).
  const dataset = recognizeDatasetTable(header)
  const drafts: DocumentDraft[] = []
  table.rows.forEach((cells, i) => {
    const sourceId = `${origin}#row-${i + 1}`
    if (cells.length !== header.length) {
      issues.push({
        code: 'bad-record',
        severity: 'error',
        message: `${sourceId}: row has ${cells.length} field(s), the header ${header.length}; expected one value per column (an unclosed quote joins rows)`,
        sourceId,
        input: cells.join(delimiter).slice(0, 200),
      })
      return
    }
    const record: Record<string, unknown> = {}
    header.forEach((name, c) => {
      const value = cells[c]!
      if (name !== '' && value.trim() !== '') record[name] = value
    })
    const draft = recordDraft(record, sourceId, 'csv', issues, dataset)
    if (draft) drafts.push(draft)
  })
  if (table.rows.length === 0) issues.push({ code: 'no-records', severity: 'warning', message: `${origin}: ${kind} file has a header and no rows`, sourceId: origin })
  return { value: drafts, issues }
}
