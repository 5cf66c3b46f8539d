import type { DocumentFormat, Issue, Outcome, RawInput } from '../domain/index.js'
import { buildDocument, sha256Hex, type IngestedDocument } from './build-document.js'
import { decodeBytes } from './decode-bytes.js'
import { detectFormat, type InputFormat } from './detect-format.js'
import type { DocumentDraft } from './document-draft.js'
import { readFeed } from './read-feed.js'
import { readHtml } from './read-html.js'
import { readJsonRecords, describeJsonError } from './read-json-records.js'
import { readDelimitedRecords } from './read-delimited-records.js'
import { readPlainText } from './read-plain-text.js'
import { isTelegramExport, readTelegramExport } from './read-telegram-export.js'

/** Inputs larger than this are refused (a stray dump or video, not a report). */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024

export interface IngestOptions {
  /** Refuse inputs larger than this many bytes (default 50 MB). */
  readonly maxBytes?: number
  /** The media type a server declared (`text/html; charset=windows-1251`), when fetched. */
  readonly mediaType?: string | null
  /** The URL an input was fetched from, when it was. */
  readonly url?: string | null
  /** How to name the input in documents and issues (default: its path). */
  readonly label?: string
  /**
   * false: leave out the near-duplicate fingerprint (`Document.fingerprint`), which only a store uses
   * to link copies; `analyze` stores nothing, and the MinHash is a sixth of ingest's time (default true).
   */
  readonly fingerprint?: boolean
  /**
   * The outlet every document came through when neither its input nor its text names one (`--outlet`): a
   * table of a war monitor's captions ("CIR") carries no outlet column, yet who published it decides how
   * its lines are read (a war monitor's feed: src/extract/war-monitor-feed.ts) and who speaks in them.
   */
  readonly outlet?: string | null
}

/** What one input yielded: its raw bytes (kept) and its documents (one, or many for feeds and exports). */
export interface IngestResult {
  readonly raw: RawInput | null
  readonly documents: readonly IngestedDocument[]
}

/**
 * Raw bytes in, documents out. Expected problems (empty, too large, binary, undecodable, malformed
 * JSON/XML, records without text) are issues naming `origin` and the problem; a bad record in a
 * many-record input does not stop the others.
 */
export function ingestBytes(bytes: Uint8Array, origin: string, options: IngestOptions = {}): Outcome<IngestResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const fail = (code: string, message: string): Outcome<IngestResult> => ({
    value: { raw: null, documents: [] },
    issues: [{ code, severity: 'error', message: `${origin}: ${message}`, sourceId: origin }],
  })
  if (bytes.length === 0) return fail('empty', 'is empty (0 bytes); expected a report')
  if (bytes.length > maxBytes) return fail('too-large', `is ${formatBytes(bytes.length)}, over the ${formatBytes(maxBytes)} limit (raise it with --max-bytes)`)

  const charset = /charset=["']?([\w-]+)/i.exec(options.mediaType ?? '')?.[1] ?? null
  const decoded = decodeBytes(bytes, origin, charset)
  const issues: Issue[] = [...decoded.issues]
  if (!decoded.value) return { value: { raw: null, documents: [] }, issues }
  const text = decoded.value.text
  if (text.trim().length === 0) return { value: { raw: null, documents: [] }, issues: [...issues, ...fail('empty', `holds only white space (${bytes.length} bytes); expected a report`).issues] }

  const format = detectFormat(origin, text, options.mediaType ?? null)
  const read = readDrafts(format, text, origin, options.url ?? null)
  issues.push(...read.issues)
  const raw: RawInput = { sha256: sha256Hex(bytes), bytes, origin, format: read.format, encoding: decoded.value.encoding }
  const documents: IngestedDocument[] = []
  for (const draft of read.drafts) {
    const built = buildDocument(draft, raw.sha256, { fingerprint: options.fingerprint ?? true })
    issues.push(...built.issues)
    // --outlet first, then the outlet a known dataset's table implies (the CIR monitor's), for documents naming none.
    const outlet = options.outlet?.trim() || draft.tableOutlet
    if (built.value && outlet && built.value.document.outlet === null) documents.push({ ...built.value, document: { ...built.value.document, outlet } })
    else if (built.value) documents.push(built.value)
  }
  return { value: { raw, documents }, issues }
}

function readDrafts(format: InputFormat, text: string, origin: string, url: string | null): { drafts: DocumentDraft[]; issues: readonly Issue[]; format: DocumentFormat } {
  switch (format) {
    case 'text':
    case 'markdown':
      return { drafts: [{ ...readPlainText(text, { origin, markdown: format === 'markdown' }), url }], issues: [], format }
    case 'html':
      return { drafts: [readHtml(text, origin, url)], issues: [], format: 'html' }
    case 'feed': {
      const feed = readFeed(text, origin)
      return { drafts: feed.value, issues: feed.issues, format: feed.value[0]?.format ?? 'rss' }
    }
    case 'csv':
    case 'tsv': {
      const records = readDelimitedRecords(text, origin, format === 'csv' ? ',' : '\t')
      return { drafts: records.value, issues: records.issues, format: 'csv' }
    }
    case 'jsonl': {
      const records = readJsonRecords(text, origin, true)
      return { drafts: records.value, issues: records.issues, format: 'jsonl' }
    }
    case 'json': {
      let parsed: unknown
      try {
        parsed = JSON.parse(text)
      } catch (error) {
        return { drafts: [], issues: [{ code: 'malformed-json', severity: 'error', message: `${origin}: not valid JSON: ${describeJsonError(error, text)}`, sourceId: origin }], format: 'json' }
      }
      if (isTelegramExport(parsed)) {
        const tg = readTelegramExport(parsed as { messages: unknown[] } & Record<string, unknown>, origin)
        return { drafts: tg.value, issues: tg.issues, format: 'telegram' }
      }
      const records = readJsonRecords(text, origin, false)
      return { drafts: records.value, issues: records.issues, format: 'json' }
    }
  }
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`
  if (n >= 1024) return `${(n / 1024).toFixed(1)} kB`
  return `${n} bytes`
}
