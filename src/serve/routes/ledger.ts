import type { LedgerSource, ServeDeps } from '../deps.js'
import { UnavailableError } from '../http-errors.js'
import { dateParam, enumParam, intParam } from '../params.js'
import { securedResponse } from '../security.js'
import { defineRoute } from '../route.js'

function requireLedger(deps: ServeDeps): LedgerSource {
  if (!deps.ledger) throw new UnavailableError('this server has no source ledger: verification has not run (`frontline verify`)')
  return deps.ledger
}

export const sourcesRoute = defineRoute({
  method: 'GET',
  path: '/api/sources',
  operationId: 'listSources',
  tag: 'sources',
  summary: 'The source ledger: each speaker and outlet with its track record',
  description:
    'Per speaker and per outlet: claims, and how many were confirmed, consistent, contradicted, pending and unverifiable; ' +
    'the median and 90th-percentile lag (map date minus claim date, days); and the claim ids behind the numbers. Most claims first.',
  query: {
    kind: enumParam('Only speakers or only outlets.', ['speaker', 'outlet'] as const),
    minClaims: intParam('Leave out sources with fewer claims.', { min: 0, max: 1_000_000 }, { default: 0 }),
  },
  params: {},
  errors: [503],
  response: { description: 'The ledger rows.', example: { ok: true, warnings: [], sources: [{ key: 'speaker:russian defence ministry', kind: 'speaker', name: 'Russian Defence Ministry', side: 'RU', claims: 12, confirmed: 7, consistent: 1, contradicted: 2, pending: 1, unverifiable: 1, medianLagDays: -2, p90LagDays: 9, claimIds: ['…'] }] } },
  handle: async ({ deps, query }) => {
    const rows = (await requireLedger(deps).sources()).filter((r) => (!query.kind || r.kind === query.kind) && r.claims >= query.minClaims)
    return { sources: [...rows].sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name)) }
  },
})

export const briefRoute = defineRoute({
  method: 'GET',
  path: '/api/brief',
  operationId: 'getBrief',
  tag: 'sources',
  summary: 'The daily brief: area gained and lost, settlements that changed hands, new claims, contradictions, findings',
  description: 'The brief for `date` (default: the last control snapshot, else today) as JSON (with its Markdown beside it), or rendered as Markdown or HTML with `format`.',
  query: {
    date: dateParam('The day (default: the last control snapshot, else today, UTC).'),
    format: enumParam('How to answer.', ['json', 'md', 'html'] as const, { default: 'json' }),
  },
  params: {},
  errors: [503],
  response: { description: 'The brief.', example: { ok: true, warnings: [], date: '2025-11-25', brief: { area: { gainedKm2: 12.3, lostKm2: 0.4, netKm2: 11.9 } }, markdown: '# Frontline brief, 2025-11-25 …' } },
  handle: async ({ deps, query }) => {
    const ledger = requireLedger(deps)
    const date = query.date ?? deps.control?.view.coverage?.end ?? new Date().toISOString().slice(0, 10)
    const { brief, markdown, html } = await ledger.brief(date)
    if (query.format === 'md') return securedResponse(markdown, 200, { 'content-type': 'text/markdown; charset=utf-8' })
    if (query.format === 'html') return securedResponse(html, 200, { 'content-type': 'text/html; charset=utf-8' })
    return { date, brief, markdown }
  },
})

export const ledgerRoutes = [sourcesRoute, briefRoute]
