import type BetterSqlite3 from 'better-sqlite3'
import type { Document, DocumentFormat, Issue, Lang, PublishedAtBasis, RawInput } from '../../domain/index.js'
import type { DocumentQuery, DocumentStore, IssueQuery, StoredIssue } from '../document-store.js'

interface DocumentRow {
  id: string
  text_sha256: string
  raw_sha256: string
  title: string | null
  byline: string | null
  outlet: string | null
  url: string | null
  origin: string
  format: string
  published_at: string | null
  published_at_basis: string
  lang: string
  text: string
  duplicate_of: string | null
  fingerprint: string | null
}

const DOCUMENT_COLUMNS = 'id, text_sha256, raw_sha256, title, byline, outlet, url, origin, format, published_at, published_at_basis, lang, text, duplicate_of, fingerprint'

function toDocument(row: DocumentRow): Document {
  return {
    id: row.id,
    title: row.title,
    byline: row.byline,
    outlet: row.outlet,
    url: row.url,
    origin: row.origin,
    format: row.format as DocumentFormat,
    publishedAt: row.published_at,
    publishedAtBasis: row.published_at_basis as PublishedAtBasis,
    lang: row.lang as Lang,
    text: row.text,
    textSha256: row.text_sha256,
    rawSha256: row.raw_sha256,
    duplicateOf: row.duplicate_of,
    ...(row.fingerprint !== null ? { fingerprint: row.fingerprint } : {}),
  }
}

/** Documents, raw inputs and issues in SQLite. */
export function createSqliteDocumentStore(db: BetterSqlite3.Database): DocumentStore {
  const insertRaw = db.prepare(
    'INSERT OR IGNORE INTO raw_inputs (sha256, origin, format, encoding, size_bytes, bytes, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  )
  const selectRaw = db.prepare('SELECT sha256, origin, format, encoding, bytes FROM raw_inputs WHERE sha256 = ?')
  const insertDocument = db.prepare(
    `INSERT OR IGNORE INTO documents (${DOCUMENT_COLUMNS}, ingested_at) VALUES (@id, @text_sha256, @raw_sha256, @title, @byline, @outlet, @url, @origin, @format, @published_at, @published_at_basis, @lang, @text, @duplicate_of, @fingerprint, @ingested_at)`,
  )
  const selectDocument = db.prepare(`SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE id = ?`)
  const selectDocumentByText = db.prepare(`SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE text_sha256 = ?`)
  const insertKey = db.prepare('INSERT OR IGNORE INTO document_near_duplicate_keys (key, document_id) VALUES (?, ?)')
  const countDocuments = db.prepare('SELECT count(*) AS n FROM documents')
  const insertIssue = db.prepare(
    'INSERT INTO issues (code, severity, message, source_id, span_start, span_end, input_json, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  )

  const saveDocument = db.transaction((document: Document, keys: readonly string[]): { inserted: boolean; document: Document } => {
    const existing = (selectDocumentByText.get(document.textSha256) ?? selectDocument.get(document.id)) as DocumentRow | undefined
    if (existing) return { inserted: false, document: toDocument(existing) }
    insertDocument.run({
      id: document.id,
      text_sha256: document.textSha256,
      raw_sha256: document.rawSha256,
      title: document.title,
      byline: document.byline,
      outlet: document.outlet,
      url: document.url,
      origin: document.origin,
      format: document.format,
      published_at: document.publishedAt,
      published_at_basis: document.publishedAtBasis,
      lang: document.lang,
      text: document.text,
      duplicate_of: document.duplicateOf,
      fingerprint: document.fingerprint ?? null,
      ingested_at: new Date().toISOString(),
    })
    for (const key of keys) insertKey.run(key, document.id)
    return { inserted: true, document }
  })

  return {
    async saveRawInput(raw: RawInput) {
      const result = insertRaw.run(raw.sha256, raw.origin, raw.format, raw.encoding, raw.bytes.length, Buffer.from(raw.bytes), new Date().toISOString())
      return { inserted: result.changes > 0 }
    },
    async getRawInput(sha256: string) {
      const row = selectRaw.get(sha256) as { sha256: string; origin: string; format: string; encoding: string | null; bytes: Buffer } | undefined
      if (!row) return null
      return { sha256: row.sha256, origin: row.origin, format: row.format as DocumentFormat, encoding: row.encoding, bytes: new Uint8Array(row.bytes) }
    },
    async saveDocument(document: Document, nearDuplicateKeys: readonly string[] = []) {
      return saveDocument(document, nearDuplicateKeys)
    },
    async getDocument(id: string) {
      const row = selectDocument.get(id) as DocumentRow | undefined
      return row ? toDocument(row) : null
    },
    async findDocumentsByNearDuplicateKeys(keys: readonly string[]) {
      if (keys.length === 0) return []
      const rows = db
        .prepare(
          `SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE id IN (SELECT document_id FROM document_near_duplicate_keys WHERE key IN (${keys.map(() => '?').join(', ')})) ORDER BY ingested_at, id`,
        )
        .all(...keys) as DocumentRow[]
      return rows.map(toDocument)
    },
    async listDocuments(query: DocumentQuery = {}) {
      const where: string[] = []
      const params: unknown[] = []
      if (query.from) {
        where.push('published_at >= ?')
        params.push(query.from)
      }
      if (query.to) {
        where.push('published_at <= ?')
        params.push(query.to)
      }
      if (query.outlet) {
        where.push('outlet = ?')
        params.push(query.outlet)
      }
      const sql = `SELECT ${DOCUMENT_COLUMNS} FROM documents ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY published_at DESC, id LIMIT ? OFFSET ?`
      return (db.prepare(sql).all(...params, query.limit ?? 100, query.offset ?? 0) as DocumentRow[]).map(toDocument)
    },
    async countDocuments() {
      return (countDocuments.get() as { n: number }).n
    },
    async saveIssues(issues: readonly Issue[]) {
      const now = new Date().toISOString()
      db.transaction(() => {
        for (const issue of issues) {
          insertIssue.run(
            issue.code,
            issue.severity,
            issue.message,
            issue.sourceId ?? null,
            issue.span?.[0] ?? null,
            issue.span?.[1] ?? null,
            issue.input === undefined ? null : JSON.stringify(issue.input),
            now,
          )
        }
      })()
    },
    async listIssues(query: IssueQuery = {}) {
      const rows = (
        query.sourceId
          ? db.prepare('SELECT * FROM issues WHERE source_id = ? ORDER BY id LIMIT ?').all(query.sourceId, query.limit ?? 1000)
          : db.prepare('SELECT * FROM issues ORDER BY id LIMIT ?').all(query.limit ?? 1000)
      ) as { code: string; severity: string; message: string; source_id: string | null; span_start: number | null; span_end: number | null; input_json: string | null; recorded_at: string }[]
      return rows.map(
        (r): StoredIssue => ({
          code: r.code,
          severity: r.severity as StoredIssue['severity'],
          message: r.message,
          ...(r.source_id !== null ? { sourceId: r.source_id } : {}),
          ...(r.span_start !== null && r.span_end !== null ? { span: [r.span_start, r.span_end] as const } : {}),
          ...(r.input_json !== null ? { input: JSON.parse(r.input_json) as unknown } : {}),
          recordedAt: r.recorded_at,
        }),
      )
    },
  }
}
