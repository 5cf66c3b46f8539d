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
