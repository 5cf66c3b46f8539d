import type { Issue, Outcome } from '../domain/index.js'
import { type DatasetTable, readDatasetRow, recognizeDatasetTable } from './dataset-tables.js'
import type { DocumentDraft } from './document-draft.js'
import { htmlToText } from './read-html.js'
import { loadLinkedom } from './load-parsers.js'

// Field names records use for each part, in order of preference (case-insensitive; `_`, `-` and spaces
// ignored). Event datasets name their text otherwise: ACLED `notes`, the CIR/Bellingcat monitor `brief
// description`, UCDP GED `source_headline` (its reports' headlines, joined by ";").
const TEXT_FIELDS = ['text', 'content', 'body', 'full_text', 'fulltext', 'article', 'article_text', 'message', 'description', 'brief description', 'summary', 'lead', 'notes', 'caption']
/**
 * Short text fields: a record whose text is one of these (a description of one line, a caption) and
 * that also has a title not repeating it is read as title and text together, the way a reader sees the
 * two ("Damaged school in Irpin" over "Footage shows the roof torn off"); a body (`text`, `content`, an
 * article) is read without its title, as before.
 */
const SHORT_TEXT_FIELDS = ['description', 'brief description', 'summary', 'lead', 'notes', 'caption']
const TITLE_FIELDS = ['title', 'headline', 'heading', 'source_headline', 'name']
const DATE_FIELDS = ['published_at', 'publishedat', 'published', 'pubdate', 'date_published', 'datepublished', 'publication_date', 'date', 'datetime', 'created_at', 'timestamp', 'time', 'event_date', 'date_start_iso', 'date_start', 'source_date']
const URL_FIELDS = ['url', 'link', 'href', 'source_url', 'canonical_url', 'permalink']
const OUTLET_FIELDS = ['outlet', 'source', 'site', 'site_name', 'publisher', 'channel', 'domain', 'media']
const BYLINE_FIELDS = ['author', 'byline', 'authors', 'creator']
const LANG_FIELDS = ['lang', 'language', 'locale']
/** Object fields that hold the record list in a wrapped export ({ "items": [...] }). */
const LIST_FIELDS = ['items', 'articles', 'documents', 'records', 'data', 'results', 'entries', 'posts', 'news']

/**
 * JSON (one record, an array of records, or an object wrapping an array) or JSON Lines. A record
 * needs a text field; each record without one, and each unparseable line, becomes an issue naming
 * the record and the fields it had, and the rest go through.
 */
export function readJsonRecords(text: string, origin: string, lines: boolean): Outcome<DocumentDraft[]> {
  const issues: Issue[] = []
  const drafts: DocumentDraft[] = []
  if (lines) {
    const all = text.split('\n')
    for (let i = 0; i < all.length; i++) {
      const line = all[i]!.trim()
      if (!line) continue
      let value: unknown
      try {
        value = JSON.parse(line)
      } catch (error) {
        issues.push({
          code: 'malformed-json',
          severity: 'error',
          message: `${origin}: line ${i + 1} is not valid JSON (${(error as Error).message}); skipped it, read the other lines`,
          sourceId: `${origin}#line-${i + 1}`,
          input: line.slice(0, 200),
        })
        continue
      }
      const draft = recordDraft(value, `${origin}#line-${i + 1}`, 'jsonl', issues)
      if (draft) drafts.push(draft)
    }
    return { value: drafts, issues }
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return { value: [], issues: [{ code: 'malformed-json', severity: 'error', message: `${origin}: not valid JSON: ${describeJsonError(error, text)}`, sourceId: origin }] }
  }
  const records = recordList(value)
  if (records === null) {
    return {
      value: [],
      issues: [{ code: 'unknown-json', severity: 'error', message: `${origin}: JSON ${describeShape(value)} holds no records; expected an object with a text field, an array of them, or an object with one of ${LIST_FIELDS.join(', ')}`, sourceId: origin }],
    }
  }
  records.forEach((record, i) => {
    const draft = recordDraft(record, records.length === 1 && !Array.isArray(value) ? origin : `${origin}#${i + 1}`, 'json', issues)
    if (draft) drafts.push(draft)
  })
  return { value: drafts, issues }
}

function recordList(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value
  if (!isRecord(value)) return null
  if (findField(value, TEXT_FIELDS) !== undefined) return [value]
  for (const field of LIST_FIELDS) {
    const list = value[field]
    if (Array.isArray(list)) return list
  }
  return null
}

/**
 * One record as a document draft, or null with an issue when it is not an object or has no text. The
 * text is the first text field present; failing one, the title (a headline is a report: news datasets
 * often hold nothing else).
 */
export function recordDraft(record: unknown, origin: string, format: 'json' | 'jsonl' | 'csv', issues: Issue[], table?: DatasetTable | null): DocumentDraft | null {
  if (!isRecord(record)) {
    issues.push({ code: 'bad-record', severity: 'error', message: `${origin}: record is ${describeShape(record)}, expected an object with a text field (${TEXT_FIELDS.slice(0, 4).join(', ')} …)`, sourceId: origin })
    return null
  }
  // A known event dataset's row (dataset-tables.ts): a table names it once for all its rows; a JSON record by its own fields.
  const dataset = table === undefined ? recognizeDatasetTable(Object.keys(record)) : table
  const row = dataset === null ? null : readDatasetRow(dataset, (name) => {
    const v = findField(record, [name])
    return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : ''
  })
  const rawText = findField(record, TEXT_FIELDS)
  const bodyText = nonEmptyString(rawText)
  const titleText = nonEmptyString(findField(record, TITLE_FIELDS.filter((f) => f !== 'name')))
  const text = nonEmptyString(row?.text) ?? (bodyText === null ? titleText : titleText !== null && nonEmptyString(findField(record, SHORT_TEXT_FIELDS)) === bodyText ? withTitle(titleText, bodyText) : bodyText)
  if (text === null) {
    issues.push({
      code: 'no-text',
      severity: 'error',
      message: `${origin}: record has no text (fields: ${Object.keys(record).slice(0, 12).join(', ') || 'none'}); expected a non-empty string in one of ${TEXT_FIELDS.join(', ')}, or a title (${TITLE_FIELDS.slice(0, 4).join(', ')})`,
      sourceId: origin,
      input: Object.keys(record),
    })
    return null
  }
  const plain = /<\/?(?:p|div|br|span|a|h\d|li|ul|strong|em)\b[^>]*>/i.test(text) ? htmlFragmentText(text) : text
  const str = (fields: readonly string[]): string | null => {
    const v = findField(record, fields)
    if (typeof v === 'string') return v.trim() || null
    if (typeof v === 'number') return String(v)
    if (isRecord(v) && typeof v.name === 'string') return v.name.trim() || null
    if (Array.isArray(v)) return v.map((x) => (typeof x === 'string' ? x : isRecord(x) && typeof x.name === 'string' ? x.name : '')).filter(Boolean).join(', ') || null
    return null
  }
  return {
    text: plain,
    title: row?.title !== undefined ? row.title : str(TITLE_FIELDS.filter((f) => !(f === 'name' && rawText === record.name))),
    byline: str(BYLINE_FIELDS),
    outlet: str(OUTLET_FIELDS) ?? row?.outlet ?? null,
    url: str(URL_FIELDS),
    // An event record is dated by its event (Document.eventPeriod), not by a publication its text may imply.
    publishedRaw: row?.eventPeriod?.start ?? str(DATE_FIELDS),
    declaredLang: str(LANG_FIELDS),
    origin,
    format,
    mayBeScraped: true,
    ...(row ? { tableOutlet: row.tableOutlet ?? null, eventPeriod: row.eventPeriod, placeLine: row.placeLine ?? null } : {}),
  }
}

function nonEmptyString(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null
}

/**
 * A title over a short text, unless one repeats the other: the monitor's captions give the same line
 * twice, or the title as the text's opening ("Shelling of Kharkiv" / "Shelling of Kharkiv, 3 dead"), or
 * the title behind a leading date ("24/02/2022 Strike on …" / "Strike on …"); the longer is kept then.
 */
function withTitle(title: string, text: string): string {
  const bare = (s: string): string => s.replace(/^\s*\d{1,2}[./]\d{1,2}[./]\d{2,4}\s*/, '').replace(/\s+/g, ' ').trim().toLowerCase()
  const [t, b] = [bare(title), bare(text)]
  if (t === '' || b.startsWith(t)) return text
  if (t.startsWith(b)) return title
  return `${title.trim()}\n\n${text}`
}

/** The first present field among `names`, compared case-insensitively and ignoring `_`, `-` and spaces. */
function findField(record: Record<string, unknown>, names: readonly string[]): unknown {
  const normal = new Map<string, string>()
  for (const key of Object.keys(record)) normal.set(key.toLowerCase().replace(/[-_\s]/g, ''), key)
  for (const name of names) {
    const key = normal.get(name.replace(/[-_\s]/g, ''))
    if (key !== undefined && record[key] !== null && record[key] !== undefined) return record[key]
  }
  return undefined
}

export function htmlFragmentText(html: string): string {
  const { document } = loadLinkedom().parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as { document: { body: Parameters<typeof htmlToText>[0] | null } }
  return document.body ? htmlToText(document.body) : html
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function describeShape(value: unknown): string {
  if (Array.isArray(value)) return `an array of ${value.length}`
  if (value === null) return 'null'
  if (isRecord(value)) return `an object with fields ${Object.keys(value).slice(0, 8).join(', ') || '(none)'}`
  return `a ${typeof value}`
}

/** "Unexpected token } in JSON at position 120" → with line and column. */
export function describeJsonError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error)
  const m = /position (\d+)/.exec(message)
  if (!m) return message
  const pos = Number(m[1])
  const before = text.slice(0, pos)
  const line = before.split('\n').length
  const column = pos - before.lastIndexOf('\n')
  return `${message.replace(/\s*\(line \d+ column \d+\)/, '')} (line ${line}, column ${column})`
}
