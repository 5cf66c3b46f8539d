// RFC 4180 CSV (quotes, doubled quotes, newlines inside quotes) and plain TSV, as arrays of records.

export interface DelimitedTable {
  readonly header: readonly string[]
  readonly rows: readonly (readonly string[])[]
}

/** Parses CSV (delimiter ',') or TSV ('\t'). Quoted fields may hold delimiters, quotes and newlines. */
export function parseDelimited(text: string, delimiter: ',' | '\t'): DelimitedTable {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let inQuotes = false
  const d = delimiter.charCodeAt(0)
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inQuotes) {
      if (c === 34) {
        if (text.charCodeAt(i + 1) === 34) {
          field += '"'
          i++
        } else inQuotes = false
      } else field += text[i]
      continue
    }
    if (c === 34 && field === '') inQuotes = true
    else if (c === d) {
      row.push(field)
      field = ''
    } else if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++
      row.push(field)
      field = ''
      if (row.length > 1 || row[0] !== '') rows.push(row)
      row = []
    } else field += text[i]
  }
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  const header = rows.shift() ?? []
  return { header, rows }
}

/** Column accessor by header name; throws (a bug in the caller or a changed source) when absent. */
export function columnIndex(table: DelimitedTable, name: string, file: string): number {
  const i = table.header.indexOf(name)
  if (i < 0) throw new SourceFormatError(`${file}: column '${name}' not found (columns: ${table.header.join(', ')})`)
  return i
}

/** A source file that does not have the shape its reader expects. */
export class SourceFormatError extends Error {
  override readonly name = 'SourceFormatError'
}
