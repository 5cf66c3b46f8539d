// The one JSON error shape, asserted for every status the API answers with (datasette's
// tests/test_error_shape.py): { ok: false, error, errors, status }, status repeated in the body.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { InputError, NotFoundError, UpstreamError } from '../domain/index.js'
import { memoryServeDeps } from '../testing/serve-deps.js'
import { createApp } from './app.js'
import type { ServeDeps } from './deps.js'
import { UnavailableError } from './http-errors.js'
import { defineRoute, type Route } from './route.js'
import { apiRoutes } from './routes/index.js'
import { dateParam } from './params.js'

function throwing(name: string, error: () => Error): Route {
  return defineRoute({
    method: 'GET',
    path: `/api/test/${name}`,
    operationId: name,
    tag: 'test',
    summary: name,
    description: name,
    query: { date: dateParam('a date') },
    params: {},
    response: { description: 'never' },
    handle: () => {
      throw error()
    },
  })
}

const echoWrite = defineRoute({
  method: 'POST',
  path: '/api/test/echo',
  operationId: 'echo',
  tag: 'test',
  summary: 'echo',
  description: 'echo',
  query: {},
  params: {},
  write: true,
  requestBody: { description: 'bytes', contentTypes: ['text/plain'], maxBytes: 2048 },
  response: { description: 'the length' },
  handle: async ({ readBody }) => ({ bytes: (await readBody()).byteLength }),
})

const testRoutes = [
  ...apiRoutes,
  throwing('input', () => new InputError('date: bad', ['date: bad', 'zoom: bad'])),
  throwing('notfound', () => new NotFoundError('no such place: Atlantis')),
  throwing('upstream', () => new UpstreamError('feed timed out')),
  throwing('unavailable', () => new UnavailableError('no control data loaded')),
  throwing('bug', () => new TypeError('secret internals at /home/x')),
  echoWrite,
]

const TOKEN = 'a-write-token-long-enough-1234'
let deps: ServeDeps & { logged: string[] }
let app: ReturnType<typeof createApp>
beforeAll(async () => {
  deps = await memoryServeDeps({ writeToken: TOKEN, maxRequestBytes: 1024 })
  app = createApp(deps, testRoutes)
})
afterAll(() => deps.store.close())

async function expectErrorShape(response: Response, status: number): Promise<{ error: string; errors: string[] }> {
  expect(response.status).toBe(status)
  expect(response.headers.get('content-type')).toMatch(/^application\/json/)
  const body = (await response.json()) as Record<string, unknown>
  expect(Object.keys(body).sort()).toEqual(['error', 'errors', 'ok', 'status'])
  expect(body.ok).toBe(false)
  expect(body.status).toBe(status)
  expect(typeof body.error).toBe('string')
  expect(Array.isArray(body.errors) && body.errors.length > 0 && body.errors.every((e) => typeof e === 'string')).toBe(true)
  return body as { error: string; errors: string[] }
}

describe('error shape', () => {
  it('400 for a bad parameter, naming the field and the value', async () => {
    const body = await expectErrorShape(await app.request('/api/test/input?date=2025-02-30'), 400)
    expect(body.errors).toEqual(["date: value '2025-02-30' is not a calendar date YYYY-MM-DD"])
  })

  it('400 from an InputError thrown by a handler keeps every listed problem', async () => {
    const body = await expectErrorShape(await app.request('/api/test/input'), 400)
    expect(body.errors).toEqual(['date: bad', 'zoom: bad'])
  })

  it('401 for a write without the token, with a wrong token', async () => {
    await expectErrorShape(await app.request('/api/test/echo', { method: 'POST', body: 'x' }), 401)
    const wrong = await expectErrorShape(
      await app.request('/api/test/echo', { method: 'POST', body: 'x', headers: { authorization: 'Bearer nope' } }),
      401,
    )
    expect(wrong.error).toBe('wrong write token')
  })

  it('404 for a NotFoundError and for an unknown route', async () => {
    expect((await expectErrorShape(await app.request('/api/test/notfound'), 404)).error).toBe('no such place: Atlantis')
    expect((await expectErrorShape(await app.request('/api/nothing-here'), 404)).error).toBe('no route GET /api/nothing-here')
  })

  it('413 for a body over the limit, declared or streamed', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` }
    const ok = await app.request('/api/test/echo', { method: 'POST', body: 'x'.repeat(2000), headers: auth })
    expect(await ok.json()).toEqual({ ok: true, warnings: [], bytes: 2000 })
    await expectErrorShape(await app.request('/api/test/echo', { method: 'POST', body: 'x'.repeat(3000), headers: auth }), 413)
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 5; i++) controller.enqueue(new TextEncoder().encode('y'.repeat(1000)))
        controller.close()
      },
    })
    const streamed = await app.request('/api/test/echo', { method: 'POST', body: stream, headers: auth, duplex: 'half' } as RequestInit)
    await expectErrorShape(streamed, 413)
    // A route that takes no body refuses one over the general limit.
    await expectErrorShape(await app.request('/api/status', { method: 'GET', headers: { 'content-length': '5000' } }), 413)
  })

  it('502 for an UpstreamError, 503 when the data is not loaded', async () => {
    await expectErrorShape(await app.request('/api/test/upstream'), 502)
    await expectErrorShape(await app.request('/api/test/unavailable'), 503)
  })

  it('500 for a bug says only "internal error" and logs the details', async () => {
    const body = await expectErrorShape(await app.request('/api/test/bug'), 500)
    expect(body.error).toBe('internal error')
    expect(JSON.stringify(body)).not.toContain('/home/x')
    expect(deps.logged.join('\n')).toContain('secret internals at /home/x')
  })
})
