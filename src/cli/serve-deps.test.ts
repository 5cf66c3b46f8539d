import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp, parseServeConfig, type ServeDeps } from '../serve/index.js'
import { openSqliteStore } from '../store/index.js'
import { buildServeDeps } from './serve-deps.js'

const TOKEN = 'test-write-token-0123456789abcdef'
let deps: ServeDeps
let app: ReturnType<typeof createApp>
beforeAll(async () => {
  deps = await buildServeDeps(await openSqliteStore({ path: ':memory:' }), parseServeConfig({ writeToken: TOKEN, maxIngestBytes: 4096 }, 'test'), null, () => {})
  app = createApp(deps)
})
afterAll(() => deps.store.close())

const report = 'Kyiv, 2 December 2025. Officials said the situation near Pokrovsk remained difficult for the defenders.\n'

describe('POST /api/documents (ingest over HTTP)', () => {
  it('refuses without the token, and is not even possible on a read-only server', async () => {
    expect((await app.request('/api/documents', { method: 'POST', body: report })).status).toBe(401)
    const readOnly = createApp(await buildServeDeps(deps.store, parseServeConfig({}, 'test'), null, () => {}))
    const answer = await readOnly.request('/api/documents', { method: 'POST', body: report, headers: { authorization: `Bearer ${TOKEN}` } })
    expect(answer.status).toBe(401)
    expect(((await answer.json()) as { error: string }).error).toMatch(/read-only/)
  })

  it('stores the document with the token; then it can be read back', async () => {
    const answer = await app.request('/api/documents?origin=note.txt', {
      method: 'POST',
      body: report,
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/plain; charset=utf-8' },
    })
    expect(answer.status).toBe(200)
    const body = (await answer.json()) as { documents: { id: string }[] }
    expect(body.documents).toHaveLength(1)
    const id = body.documents[0]?.id as string
    const doc = (await (await app.request(`/api/documents/${id}`)).json()) as { document: { text: string } }
    expect(doc.document.text).toContain('Pokrovsk')
    expect(((await (await app.request('/api/status')).json()) as { documents: { count: number } }).documents.count).toBe(1)
  })

  it('answers 400 with the ingest issues for an empty body, 413 past maxIngestBytes', async () => {
    const empty = await app.request('/api/documents?origin=empty.txt', { method: 'POST', body: '', headers: { authorization: `Bearer ${TOKEN}` } })
    expect(empty.status).toBe(400)
    expect(((await empty.json()) as { errors: string[] }).errors.join('\n')).toMatch(/empty\.txt/)
    const big = await app.request('/api/documents', { method: 'POST', body: 'x'.repeat(5000), headers: { authorization: `Bearer ${TOKEN}` } })
    expect(big.status).toBe(413)
  })
})

describe('POST /api/documents through the pipeline, with control data', () => {
  it('analyses, verifies and stores the report: its claims come back with places and verdicts', async () => {
    const { demoDeps } = await import('../testing/demo-deps.js')
    const fixture = await demoDeps({ writeToken: TOKEN })
    try {
      const demo = createApp(fixture.deps)
      const text =
        'MOSCOW, 2 December 2025. Russian forces have captured the town of Pokrovsk in the Donetsk region, ' +
        "Russia's Defence Ministry said on Monday.\n"
      const answer = await demo.request('/api/documents?origin=wire.txt', { method: 'POST', body: text, headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/plain' } })
      expect(answer.status).toBe(200)
      const body = (await answer.json()) as { documents: { id: string; claims: number }[] }
      expect(body.documents[0]?.claims).toBeGreaterThan(0)
      const doc = (await (await demo.request(`/api/documents/${body.documents[0]?.id}`)).json()) as {
        claims: { kind: string; verdict?: { status: string }; places: number[] }[]
        places: { name: string }[]
      }
      const capture = doc.claims.find((c) => c.kind === 'capture')
      expect(capture?.places.map((i) => doc.places[i]?.name)).toContain('Pokrovsk')
      expect(capture?.verdict?.status).toBeDefined()
      const listed = (await (await demo.request('/api/claims?kind=capture')).json()) as { total: number }
      expect(listed.total).toBeGreaterThan(0)
    } finally {
      await fixture.dispose()
    }
  })
})

describe('place search over the shipped gazetteer', () => {
  it('finds places by Ukrainian, Russian, former and transliterated names, and by prefix', async () => {
    const { loadPlaceSearch } = await import('./serve-deps.js')
    const places = loadPlaceSearch(() => {})
    expect(places).not.toBeNull()
    const first = (q: string) => places?.search(q, 5)[0]?.entry
    for (const q of ['Pokrovsk', 'Покровськ', 'Покровск', 'Красноармейск', 'Krasnoarmiisk']) {
      expect(first(q), q).toMatchObject({ name: 'Pokrovsk', admin1: 'Donetsk Oblast' })
    }
    expect(first('Seversk')).toMatchObject({ name: 'Siversk' })
    expect(first('Краматор')).toMatchObject({ name: 'Kramatorsk' })
    // Artemivsk is both a town in Luhansk oblast and Bakhmut's former name: both are offered.
    expect(places?.search('Артемовск', 5).map((h) => h.entry.name).slice(0, 2).sort()).toEqual(['Artemivsk', 'Bakhmut'])
  })
})
