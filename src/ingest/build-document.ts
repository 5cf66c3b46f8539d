import { createHash } from 'node:crypto'
import type { Document, Finding, Issue, Outcome, Span } from '../domain/index.js'
import { cleanBoilerplate, type RemovedLine } from './clean-boilerplate.js'
import { datePublication } from './date-publication.js'
import { detectLanguage } from './detect-language.js'
import type { DocumentDraft } from './document-draft.js'
import { titleOf } from './read-plain-text.js'
import { fingerprint } from './fingerprint.js'

/** A document as ingest hands it on, with what ingest itself found (boilerplate, dateline mismatch). */
export interface IngestedDocument {
  readonly document: Document
  readonly findings: readonly Finding[]
}

/**
 * Cleans, dates and identifies one draft. The id derives from the cleaned text's hash, so ingesting
 * the same text twice yields the same document. `fingerprint: false` leaves out the near-duplicate
 * signature (nothing else changes).
 */
export function buildDocument(draft: DocumentDraft, rawSha256: string, options: { readonly fingerprint: boolean } = { fingerprint: true }): Outcome<IngestedDocument | null> {
  const normalised = normaliseText(draft.text)
  const cleaned = cleanBoilerplate(normalised, { mayBeScraped: draft.mayBeScraped })
  if (cleaned.text.length === 0) {
    const issue: Issue = {
      code: 'empty',
      severity: 'error',
      message: `${draft.origin}: no text${cleaned.removed.length ? ` left after removing ${cleaned.removed.length} boilerplate line(s)` : ''}; expected a report with at least one sentence`,
      sourceId: draft.origin,
    }
    return { value: null, issues: [issue] }
  }
  // An event record's date is the dataset's date of the event: the text (reports, often published later,
  // citing other dates) does not override it as it overrides a wrong dateline.
  const period = draft.eventPeriod ?? null
  const dated = period
    ? { publishedAt: period.start, basis: 'metadata' as const, findings: [], issues: [] }
    : datePublication({
        text: cleaned.text,
        metadataRaw: draft.publishedRaw,
        url: draft.url,
        removedLines: cleaned.removed.map((r) => r.line),
        origin: draft.origin,
      })
  const textSha256 = sha256Hex(cleaned.text)
  // Records and plain files often carry no title field: a short first line (a page title, a
  // headline) serves, and its " - Outlet" tail names the outlet.
  const fromText = draft.title === null && draft.format !== 'telegram' ? titleOf(cleaned.text, false) : null
  const document: Document = {
    id: `doc-${textSha256.slice(0, 16)}`,
    title: (draft.title ?? fromText?.title)?.replace(/\s+/g, ' ').trim() || null,
    byline: draft.byline,
    outlet: draft.outlet ?? fromText?.outlet ?? agencyOf(cleaned.text),
    url: draft.url,
    origin: draft.origin,
    format: draft.format,
    publishedAt: dated.publishedAt,
    publishedAtBasis: dated.basis,
    lang: detectLanguage(cleaned.text, draft.declaredLang),
    text: cleaned.text,
    textSha256,
    rawSha256,
    duplicateOf: null,
    ...(options.fingerprint ? withFingerprint(cleaned.text) : {}),
    ...(period ? { eventPeriod: period } : {}),
    ...placeLineOf(cleaned.text, draft.placeLine ?? null),
  }
  const findings: Finding[] = [...dated.findings]
  if (cleaned.removed.length > 0) findings.push(boilerplateFinding(cleaned.removed))
  return { value: { document, findings }, issues: dated.issues }
}

/** The span of a record's location line, the last paragraph of its text, when cleaning kept it there. */
function placeLineOf(text: string, line: string | null): { placeLine?: Span } {
  if (line === null) return {}
  const normal = normaliseText(line).trim()
  const at = text.lastIndexOf(normal)
  return normal !== '' && at > 0 && text.slice(at + normal.length).trim() === '' ? { placeLine: [at, at + normal.length] } : {}
}

/** "KYIV, Feb 27 (Reuters) -", "MOSCOW, November 3. /TASS/.": the agency that filed the copy. */
function agencyOf(text: string): string | null {
  const m = /^(?:[^\n]*\n){0,3}?\p{Lu}[\p{Lu}\p{L} .'’-]{1,30},\s+[^()\n]{3,30}?\s*(?:\(([\p{L}][\p{L} .&-]{1,30})\)|\/([\p{L}][\p{L} .&-]{1,30})\/)/u.exec(text.slice(0, 600))
  return (m?.[1] ?? m?.[2])?.trim() ?? null
}

function withFingerprint(text: string): { fingerprint?: string } {
  const signature = fingerprint(text)
  return signature ? { fingerprint: signature } : {}
}

/** NFC, one kind of line break, no zero-width or byte-order marks, ordinary spaces. */
export function normaliseText(text: string): string {
  // One pass for the three replacements: each looks only at the characters it replaces and none
  // makes what another one matches (a CR's line break is decided by the character after it in the
  // input, as when the passes ran one after another).
  const nfc = text.normalize('NFC')
  return UNNORMAL.test(nfc) ? nfc.replace(UNNORMAL_ALL, normalChar) : nfc
}

const UNNORMAL = /[\r\u200b\u200c\u200d\u2060\ufeff\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/
const UNNORMAL_ALL = /\r\n?|[\u200b\u200c\u200d\u2060\ufeff]|[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g

function normalChar(ch: string): string {
  const c = ch.charCodeAt(0)
  if (c === 0x0d) return '\n'
  return c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff ? '' : ' '
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

function boilerplateFinding(removed: readonly RemovedLine[]): Finding {
  const byReason = new Map<string, number>()
  for (const r of removed) byReason.set(r.reason, (byReason.get(r.reason) ?? 0) + 1)
  const reasons = [...byReason].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `${reason} ${n}`).join(', ')
  const examples = [...new Set(removed.map((r) => r.line))].slice(0, 5).map((l) => JSON.stringify(l.length > 50 ? `${l.slice(0, 47)}…` : l))
  return {
    code: 'boilerplate-removed',
    severity: 'info',
    message: `removed ${removed.length} boilerplate line(s) (${reasons}), e.g. ${examples.join(', ')}`,
    span: null,
    suggestion: null,
  }
}
