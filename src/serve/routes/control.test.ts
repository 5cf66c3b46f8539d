// The control routes in-process (app.request) over the bundled sample imported by `control import`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoDeps } from '../../testing/demo-deps.js'
import { memoryServeDeps } from '../../testing/serve-deps.js'
import { createApp } from '../app.js'
import type { ServeDeps } from '../deps.js'

let deps: ServeDeps
let dispose: () => Promise<void>
let app: ReturnType<typeof createApp>
beforeAll(async () => {
  const fixture = await demoDeps()
  deps = fixture.deps
  dispose = fixture.dispose
  app = createApp(deps)
})
afterAll(() => dispose())

type Json = Record<string, unknown> & { features?: { properties: Record<string, unknown>; geometry: { coordinates: unknown[] } }[] }
async function get(path: string, init?: RequestInit): Promise<{ status: number; body: Json; response: Response }> {
  const response = await app.request(path, init)
  const body = response.status === 304 || response.headers.get('content-encoding') ? {} : ((await response.clone().json()) as Json)
  return { status: response.status, body, response }
}

function countPositions(value: unknown): number {
  return Array.isArray(value) ? (typeof value[0] === 'number' ? 1 : value.reduce((n: number, v) => n + countPositions(v), 0)) : 0
}

describe('GET /api/control/snapshots', () => {
  it('lists every snapshot date of the sample with its area', async () => {
    const { status, body } = await get('/api/control/snapshots')
    expect(status).toBe(200)
    const snapshots = body.snapshots as { date: string; areaKm2: number }[]
    expect(snapshots.length).toBeGreaterThan(10)
    expect(body.coverage).toEqual({ start: snapshots[0]?.date, end: snapshots.at(-1)?.date })
    expect(snapshots.every((s) => s.areaKm2 > 90_000 && s.areaKm2 < 130_000)).toBe(true)
  })
})

describe('GET /api/control/geometry', () => {
  it('answers the snapshot in force on a date, with the full area, as GeoJSON', async () => {
    const { body: list } = await get('/api/control/snapshots')
    const [first, second] = list.snapshots as { date: string; areaKm2: number }[]
    const between = first?.date === second?.date ? (first?.date as string) : (second?.date as string)
    const { status, body, response } = await get(`/api/control/geometry?date=${between}`)
    expect(status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/geo\+json/)
    expect(body).toMatchObject({ type: 'FeatureCollection', ok: true, warnings: [], date: between, snapshotDate: second?.date })
    expect(body.areaKm2).toBeCloseTo(second?.areaKm2 as number, 6)
    expect(body.features?.[0]?.properties.kind).toBe('occupied')
  })

  it('simplifies by zoom: fewer points at low zoom, the same area', async () => {
    const full = await get('/api/control/geometry')
    const z5 = await get('/api/control/geometry?zoom=5')
    const z10 = await get('/api/control/geometry?zoom=10')
    const n = (r: { body: Json }) => countPositions(r.body.features?.[0]?.geometry.coordinates)
    expect(n(z5)).toBeLessThan(n(z10))
    expect(n(z10)).toBeLessThanOrEqual(n(full))
    expect(z5.body.areaKm2).toBe(full.body.areaKm2)
    expect(z5.body.tolerance).toBeGreaterThan(0)
  })

  it('simplifies by an explicit tolerance in degrees: coarser with a larger one, 0 is full detail', async () => {
    const full = await get('/api/control/geometry?date=2025-06-01')
    const zero = await get('/api/control/geometry?date=2025-06-01&tolerance=0')
    const fine = await get('/api/control/geometry?date=2025-06-01&tolerance=0.001')
    const coarse = await get('/api/control/geometry?date=2025-06-01&tolerance=0.05')
    const n = (r: { body: Json }) => countPositions(r.body.features?.[0]?.geometry.coordinates)
    expect(n(zero)).toBe(n(full))
    expect(n(coarse)).toBeLessThan(n(fine))
    expect(n(fine)).toBeLessThan(n(full))
    expect(coarse.body).toMatchObject({ tolerance: 0.05, warnings: [] })
    expect(coarse.body.areaKm2).toBe(full.body.areaKm2)
  })

  it('serves repeat requests from the cache: same ETag, 304, gzip when accepted', async () => {
    const a = await get('/api/control/geometry?zoom=6')
    const etag = a.response.headers.get('etag') as string
    expect(etag).toBeTruthy()
    expect((await get('/api/control/geometry?zoom=6', { headers: { 'if-none-match': etag } })).status).toBe(304)
    const zipped = (await get('/api/control/geometry?zoom=6', { headers: { 'accept-encoding': 'gzip' } })).response
    expect(zipped.headers.get('content-encoding')).toBe('gzip')
    // Cached answers carry the same security headers as every other answer.
    expect(zipped.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(a.response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('warns about unknown parameters and about a date before the series, 400 for bad ones', async () => {
    expect((await get('/api/control/geometry?zoom=6&colour=red')).body.warnings).toEqual(["unknown query parameter 'colour' ignored (this endpoint takes: date, zoom, tolerance)"])
    const early = await get('/api/control/geometry?date=2020-01-01')
    expect(early.body).toMatchObject({ snapshotDate: null, features: [] })
    expect(early.body.warnings).toEqual([expect.stringMatching(/^date 2020-01-01 is before the series starts/)])
    expect((await get('/api/control/geometry?zoom=6&tolerance=0.01')).body.warnings).toEqual(['both zoom and tolerance given: tolerance used, zoom ignored'])
    expect((await get('/api/control/geometry?zoom=99&date=2025-02-30')).body).toMatchObject({
      status: 400,
      errors: ["date: value '2025-02-30' is not a calendar date YYYY-MM-DD", "zoom: value '99' is not an integer from 0 to 22"],
    })
  })
})

describe('GET /api/control/change', () => {
  it('gives gained, lost and net km² whose net equals the area difference', async () => {
    const { body } = await get('/api/control/change?from=2025-01-01&to=2025-10-31')
    const a = (await get('/api/control/area?date=2025-01-01')).body
    const b = (await get('/api/control/area?date=2025-10-31')).body
    expect(body.netKm2).toBeCloseTo((body.gainedKm2 as number) - (body.lostKm2 as number), 6)
    expect(body.netKm2 as number).toBeCloseTo((b.areaKm2 as number) - (a.areaKm2 as number), -1)
    expect(body.features?.map((f) => f.properties.kind)).toEqual(['gained', 'lost'])
    expect(body.gainedKm2 as number).toBeGreaterThan(1000)
  })

  it('limits to a region named in Ukrainian, and names bad input', async () => {
    const donetsk = await get(`/api/control/change?from=2025-01-01&to=2025-10-31&region=${encodeURIComponent('Донецька область')}`)
    expect(donetsk.status).toBe(200)
    expect(donetsk.body.region).toBe('Donetsk Oblast')
    expect((await get('/api/control/change?from=2025-10-31&to=2025-01-01')).body.errors).toEqual(['from: 2025-10-31 is after to: 2025-01-01; expected from <= to'])
    expect((await get('/api/control/change?from=2025-01-01')).body.errors).toEqual(['to: missing; expected a calendar date YYYY-MM-DD'])
    expect((await get('/api/control/change?from=2025-01-01&to=2025-02-01&region=Atlantis')).body).toMatchObject({ status: 400, errors: [expect.stringMatching(/^region: value 'Atlantis'/)] })
  })
})

describe('GET /api/control/timeline, /area, /status', () => {
  it('steps by month with net change per step', async () => {
    const { body } = await get('/api/control/timeline?step=month&from=2025-01-01&to=2025-06-01')
    const steps = body.steps as { date: string; netKm2: number; gainedKm2: number; lostKm2: number }[]
    expect(steps.map((s) => s.date)).toEqual(['2025-01-01', '2025-02-01', '2025-03-01', '2025-04-01', '2025-05-01', '2025-06-01'])
    for (const s of steps) expect(s.netKm2).toBeCloseTo(s.gainedKm2 - s.lostKm2, 6)
    expect((await get('/api/control/timeline?step=year')).body.errors).toEqual(["step: value 'year' is not one of day, week, month"])
  })

  it('answers the status of a point with its transitions', async () => {
    const { body } = await get('/api/control/status?at=37.18,48.28&date=2026-01-01')
    expect(body.covered).toBe(true)
    // Pokrovsk's centre lies close to the line in some snapshots: occupied, or within the edge band.
    expect(['occupied', 'edge']).toContain((body.status as { status: string }).status)
    expect((body.transitions as { to: string }[]).at(-1)?.to).toBe('occupied')
    expect((await get('/api/control/status?at=200,48')).body.errors).toEqual(["at: value '200,48' is not LON,LAT in degrees (longitude -180..180, latitude -90..90)"])
  })

  it('on a database without snapshots: empty geometry and list with a warning, 503 for computations', async () => {
    const empty = await memoryServeDeps()
    const bare = createApp(empty)
    for (const path of ['/api/control/geometry', '/api/control/snapshots']) {
      const response = await bare.request(path)
      expect(response.status, path).toBe(200)
      const body = (await response.json()) as { warnings: string[]; features?: unknown[]; snapshots?: unknown[] }
      expect(body.warnings, path).toEqual([expect.stringMatching(/no control snapshots: run `frontline control import/)])
      expect(body.features ?? body.snapshots, path).toEqual([])
    }
    const response = await bare.request('/api/control/change?from=2025-01-01&to=2025-02-01')
    expect(response.status).toBe(503)
    expect(((await response.json()) as { error: string }).error).toMatch(/control import/)
    await empty.store.close()
  })
})
