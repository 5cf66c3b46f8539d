import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SAMPLE_ANALYSES, SAMPLE_PLACES } from '../../testing/report-fixtures.js'
import { memoryServeDeps } from '../../testing/serve-deps.js'
import { createAnalysisIndex } from '../analysis-index.js'
import { createApp } from '../app.js'
import type { ServeDeps } from '../deps.js'
import { createPlaceSearch } from '../place-search.js'

let deps: ServeDeps
let app: ReturnType<typeof createApp>
beforeAll(async () => {
  deps = await memoryServeDeps({}, { reports: createAnalysisIndex(SAMPLE_ANALYSES), places: createPlaceSearch(SAMPLE_PLACES) })
  app = createApp(deps)
})
afterAll(() => deps.store.close())

async function get(path: string) {
  const response = await app.request(path)
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & { claims?: { id: string }[] } }
}

describe('GET /api/claims', () => {
  it('lists every claim newest first with its document and located places', async () => {
    const { status, body } = await get('/api/claims')
    expect(status).toBe(200)
    expect(body.total).toBe(2)
    expect(body.claims?.map((c) => c.id)).toEqual(['claim-mod-pokrovsk', 'claim-hostile-siversk'])
    expect(body.claims?.[0]).toMatchObject({ document: { id: 'doc-mod', outlet: 'Test Wire' }, locations: [{ id: 'pokrovsk', lat: 48.282 }] })
  })

  it('filters by date range, place, speaker, kind and verdict', async () => {
    const ids = async (q: string) => (await get(`/api/claims?${q}`)).body.claims?.map((c) => c.id)
    expect(await ids('from=2025-11-01&to=2025-12-31')).toEqual(['claim-mod-pokrovsk'])
    expect(await ids('to=2025-06-30')).toEqual(['claim-hostile-siversk'])
    expect(await ids('place=siversk')).toEqual(['claim-hostile-siversk'])
    expect(await ids('speaker=defence')).toEqual(['claim-mod-pokrovsk'])
    expect(await ids('speaker=telegram')).toEqual(['claim-hostile-siversk'])
    expect(await ids('kind=advance,strike')).toEqual(['claim-hostile-siversk'])
    expect(await ids('verdict=confirmed')).toEqual(['claim-mod-pokrovsk'])
    expect(await ids('verdict=none')).toEqual([])
  })

  it('pages with a warning, and names each bad parameter', async () => {
    const page = await get('/api/claims?limit=1')
    expect(page.body.claims).toHaveLength(1)
    expect(page.body.warnings).toEqual(['showing 1 of 2 claims from offset 0: page with offset/limit'])
    const bad = await get('/api/claims?kind=capture,victory&verdict=true&from=2025-13-01')
    expect(bad.status).toBe(400)
    expect(bad.body.errors).toEqual([
      "from: value '2025-13-01' is not a calendar date YYYY-MM-DD",
      "kind: value 'capture,victory' is not a comma-separated list of advance, capture, withdrawal, encirclement, assault, repelled, control, area-change, strike, evacuation, casualties, other",
      "verdict: value 'true' is not a comma-separated list of confirmed, consistent, contradicted, pending, unverifiable, none",
    ])
    expect((await get('/api/claims?from=2025-02-01&to=2025-01-01')).body.errors).toEqual(['from: 2025-02-01 is after to: 2025-01-01; expected from <= to'])
  })
})

describe('GET /api/documents/{id}', () => {
  it('returns the document with text, spans and findings, markup kept as data', async () => {
    const { status, body } = await get('/api/documents/doc-hostile')
    expect(status).toBe(200)
    const doc = body.document as { text: string; title: string }
    expect(doc.title).toBe('Hostile <img src=x onerror=alert(1)> title')
    const claims = body.claims as unknown as { span: [number, number]; sentence: string }[]
    for (const c of claims) expect(doc.text.slice(c.span[0], c.span[1])).toBe(c.sentence)
    expect(body.findings).toHaveLength(1)
  })

  it('answers 404 for an unknown document, 503 without documents', async () => {
    expect((await get('/api/documents/nope')).body).toMatchObject({ status: 404, error: "no document with id 'nope'" })
    expect((await createApp(await memoryServeDeps()).request('/api/documents/doc-mod')).status).toBe(503)
  })
})

describe('GET /api/places/{id} with claims', () => {
  it('lists the claims about the place in time order', async () => {
    const { body } = await get('/api/places/pokrovsk')
    expect((body.claims as { id: string }[]).map((c) => c.id)).toEqual(['claim-mod-pokrovsk'])
  })
})
