import { InputError, NotFoundError } from '../../domain/index.js'
import type { ClaimKind, VerdictStatus } from '../../domain/index.js'
import type { ClaimRecord, ReportSource } from '../analysis-index.js'
import type { ServeDeps } from '../deps.js'
import { UnavailableError } from '../http-errors.js'
import { dateParam, enumListParam, intParam, textParam } from '../params.js'
import { defineRoute } from '../route.js'

export const CLAIM_KINDS: readonly ClaimKind[] = ['advance', 'capture', 'withdrawal', 'encirclement', 'assault', 'repelled', 'control', 'area-change', 'strike', 'evacuation', 'casualties', 'other']
export const VERDICTS: readonly (VerdictStatus | 'none')[] = ['confirmed', 'consistent', 'contradicted', 'pending', 'unverifiable', 'none']

export function requireReports(deps: ServeDeps): ReportSource {
  if (!deps.reports) throw new UnavailableError('this server has no analysed documents: run `frontline ingest PATH...` first')
  return deps.reports
}

/** A claim as the API shows it: the claim, its document, and the located places it names. */
export function claimView(record: ClaimRecord) {
  return {
    ...record.claim,
    document: record.document,
    locations: record.places.map((p) => ({ id: p.id, name: p.name, admin1: p.admin1, lat: p.lat, lon: p.lon })),
  }
}

export const claimsRoute = defineRoute({
  method: 'GET',
  path: '/api/claims',
  operationId: 'listClaims',
  tag: 'claims',
  summary: 'Claims filtered by date range, place, speaker, kind and verdict',
  description:
    'Attributed claims, newest first. A claim matches a date range when its time (or, undated, its publication date) overlaps it. ' +
    '`kind` and `verdict` take comma-separated lists; `verdict=none` selects claims not verified yet. `total` counts every match; ' +
    '`limit`/`offset` page through them.',
  query: {
    from: dateParam('Earliest day.'),
    to: dateParam('Latest day.'),
    place: textParam('Gazetteer id of a place the claim names.', { maxLength: 200 }),
    speaker: textParam("Part of the speaker's name or outlet (case-insensitive).", { maxLength: 100 }),
    kind: enumListParam('Claim kinds.', CLAIM_KINDS),
    verdict: enumListParam('Verdict statuses.', VERDICTS),
    limit: intParam('Page size.', { min: 1, max: 1000 }, { default: 100 }),
    offset: intParam('Claims to skip.', { min: 0, max: 10_000_000 }, { default: 0 }),
  },
  params: {},
  errors: [503],
  response: { description: 'The matching claims with their document and located places. Each claim has the fields of the `analyze --json` contract (docs/analyze.md), among them `actorSide` and, when that side was inferred from the ground a strike hit rather than read from the claim, `actorSideBasis` (the date asked, each place’s holder and whether the control map or the lists said so).', example: { ok: true, warnings: [], total: 1, claims: [{ id: 'c1', kind: 'capture', sentence: '…', speaker: { name: 'Russian MoD', side: 'RU', via: 'TASS' }, verdict: { status: 'confirmed', reason: '…', lagDays: 3, snapshots: ['2025-11-25'] }, document: { id: 'd1', title: '…', publishedAt: '2025-11-28', outlet: 'TASS' }, locations: [{ id: 'p', name: 'Pokrovsk', lat: 48.28, lon: 37.18 }] }] } },
  handle: async ({ deps, query, warn }) => {
    const reports = requireReports(deps)
    if (query.from && query.to && query.from > query.to) throw new InputError(`from: ${query.from} is after to: ${query.to}; expected from <= to`)
    const found = await reports.findClaims({
      ...(query.from ? { from: query.from } : {}),
      ...(query.to ? { to: query.to } : {}),
      ...(query.place ? { placeId: query.place } : {}),
      ...(query.speaker ? { speaker: query.speaker } : {}),
      ...(query.kind ? { kinds: query.kind } : {}),
      ...(query.verdict ? { verdicts: query.verdict } : {}),
      limit: query.limit,
      offset: query.offset,
    })
    if (found.total > query.offset + found.items.length) warn(`showing ${found.items.length} of ${found.total} claims from offset ${query.offset}: page with offset/limit`)
    return { total: found.total, claims: found.items.map(claimView) }
  },
})

export const documentRoute = defineRoute({
  method: 'GET',
  path: '/api/documents/{id}',
  operationId: 'getDocument',
  tag: 'claims',
  summary: 'One document with its text, place and claim spans, and findings',
  description: 'The analysed document in the `analyze --json` shape: cleaned text (every span indexes it, `[start, end)`), located places, claims with verdicts, and document-level findings.',
  query: {},
  params: { id: textParam('Document id.', { maxLength: 200 }, { required: true }) },
  errors: [404, 503],
  response: { description: 'The document analysis.' },
  handle: async ({ deps, params }) => {
    const analysis = await requireReports(deps).getDocument(params.id)
    if (!analysis) throw new NotFoundError(`no document with id '${params.id}'`)
    return { ...analysis }
  },
})


export const ingestRoute = defineRoute({
  method: 'POST',
  path: '/api/documents',
  operationId: 'ingestDocument',
  tag: 'claims',
  summary: 'Ingest a report over HTTP (needs the write token)',
  description:
    'The request body is the raw report: plain text, Markdown, HTML, JSON/JSONL records, CSV/TSV records (Content-Type text/csv or text/tab-separated-values), RSS/Atom or a Telegram export; its ' +
    'Content-Type (with charset) is used to decode it. The documents found are analysed and stored; each problem met comes back ' +
    'in `issues`. Writes need `Authorization: Bearer <writeToken>` and are refused when the server has no token (read-only).',
  query: {
    origin: textParam('A name for where the report came from (file name or feed), used in messages and kept with the document.', { maxLength: 500 }, { default: 'http-upload' }),
    url: textParam('The URL the report was published at, when known.', { maxLength: 2000 }),
  },
  params: {},
  write: true,
  requestBody: { description: 'The raw report.', contentTypes: ['text/plain', 'text/html', 'application/json', 'application/rss+xml', 'application/atom+xml', 'application/octet-stream'], maxBytes: 256 * 1024 * 1024 },
  errors: [503],
  response: { description: 'The documents stored and the issues met.', example: { ok: true, warnings: [], documents: [{ id: 'doc-…', title: '…', publishedAt: '2025-12-02', claims: 3 }], issues: [] } },
  handle: async ({ deps, query, request, readBody }) => {
    if (!deps.ingest || !deps.reports) throw new UnavailableError('this server cannot ingest: it was started without the analysis pipeline')
    const bytes = await readBody()
    const { analyses, issues } = await deps.ingest(bytes, query.origin, {
      mediaType: request.headers.get('content-type'),
      url: query.url ?? null,
      maxBytes: deps.config.maxIngestBytes,
    })
    if (analyses.length === 0) {
      throw new InputError(`${query.origin}: no document could be read from the request body`, issues.length ? issues.map((i) => i.message) : ['the body held no report'])
    }
    return {
      documents: analyses.map((a) => ({ id: a.document.id, title: a.document.title, publishedAt: a.document.publishedAt, lang: a.document.lang, claims: a.claims.length, findings: a.findings.length })),
      issues,
    }
  },
})

export const claimRoutes = [claimsRoute, documentRoute, ingestRoute]
