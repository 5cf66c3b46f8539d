// The source ledger and brief routes over a store holding the control sample and the team's fixture
// documents (claims with verdicts), composed as `frontline serve` composes them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SourceRecord } from '../../domain/index.js'
import { demoDeps } from '../../testing/demo-deps.js'
import { memoryServeDeps } from '../../testing/serve-deps.js'
import { createApp } from '../app.js'

let app: ReturnType<typeof createApp>
let dispose: () => Promise<void>
beforeAll(async () => {
  const fixture = await demoDeps({ withReports: true })
  dispose = fixture.dispose
  app = createApp(fixture.deps)
})
afterAll(() => dispose())

describe('GET /api/sources', () => {
  it('lists speakers and outlets with their verdict counts', async () => {
    const response = await app.request('/api/sources')
    expect(response.status).toBe(200)
    const { sources } = (await response.json()) as { sources: SourceRecord[] }
    const ministry = sources.find((s) => s.kind === 'speaker' && s.name === 'Russian Defence Ministry')
    expect(ministry).toMatchObject({ claims: 1, confirmed: 1, contradicted: 0, claimIds: ['claim-mod-pokrovsk'] })
    const hostile = sources.find((s) => s.kind === 'speaker' && s.name === '<script>alert("speaker")</script>')
    expect(hostile).toMatchObject({ claims: 1, contradicted: 1 })
    expect(sources.some((s) => s.kind === 'outlet')).toBe(true)
  })

  it('filters by kind and minimum claims; names bad values', async () => {
    const only = (await (await app.request('/api/sources?kind=outlet')).json()) as { sources: SourceRecord[] }
    expect(only.sources.length).toBeGreaterThan(0)
    expect(only.sources.every((s) => s.kind === 'outlet')).toBe(true)
    expect(((await (await app.request('/api/sources?minClaims=2')).json()) as { sources: unknown[] }).sources).toEqual([])
    const bad = await app.request('/api/sources?kind=person')
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as { errors: string[] }).errors).toEqual(["kind: value 'person' is not one of speaker, outlet"])
  })
})

describe('GET /api/brief', () => {
  it("gives the day's brief with the day's claims, as JSON, Markdown or HTML", async () => {
    const json = (await (await app.request('/api/brief?date=2025-12-02')).json()) as { date: string; markdown: string; brief: { claims: unknown[]; area: unknown } }
    expect(json.date).toBe('2025-12-02')
    expect(json.brief.claims).toHaveLength(1)
    expect(json.markdown).toContain('2025-12-02')
    const md = await app.request('/api/brief?date=2025-12-02&format=md')
    expect(md.headers.get('content-type')).toMatch(/^text\/markdown/)
    expect(await md.text()).toBe(json.markdown)
    const html = await app.request('/api/brief?date=2025-12-02&format=html')
    expect(html.headers.get('content-type')).toMatch(/^text\/html/)
    expect(html.headers.get('content-security-policy')).toContain("script-src 'self'")
  })

  it('defaults to the last snapshot date; 400 for a bad date or format', async () => {
    const json = (await (await app.request('/api/brief')).json()) as { date: string }
    expect(json.date).toBe('2026-08-22')
    expect((await app.request('/api/brief?date=2025-02-30')).status).toBe(400)
    expect(((await (await app.request('/api/brief?format=pdf')).json()) as { errors: string[] }).errors).toEqual(["format: value 'pdf' is not one of json, md, html"])
  })

  it('answers 503 without a ledger', async () => {
    const bare = await memoryServeDeps()
    expect((await createApp(bare).request('/api/sources')).status).toBe(503)
    await bare.store.close()
  })
})
