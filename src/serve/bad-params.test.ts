// Every parameter of every route, given a bad value (and, when required, left out), answers 400 in
// the one error shape with the field named first, the value quoted and what was expected. The bad
// values come from each parameter's schema (the one OpenAPI shows), so a new route or parameter is
// covered as soon as it is in the table; a schema this test cannot make a bad value for fails it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { memoryServeDeps } from '../testing/serve-deps.js'
import { createApp } from './app.js'
import type { ServeDeps } from './deps.js'
import type { Param, ParamSchema } from './params.js'
import type { Route } from './route.js'
import { apiRoutes } from './routes/index.js'

const TOKEN = 'bad-params-test-token-0123456789'

/** A value the schema refuses, and why the test picked it. */
function badValue(name: string, schema: ParamSchema, expected: string): string {
  if (schema.format === 'date') return '2025-02-30'
  if (schema.type === 'integer') return String((schema.maximum ?? 0) + 1)
  if (schema.type === 'number') return 'NaN'
  if (schema.enum) return `not-${schema.enum[0]}`
  if (expected.startsWith('LON,LAT')) return '200,95'
  if (schema.pattern) return 'no-such-value'
  if (schema.type === 'string' && schema.maxLength !== undefined) return 'x'.repeat(schema.maxLength + 1)
  throw new Error(`${name}: no bad value known for schema ${JSON.stringify(schema)} (extend badValue)`)
}

/** A value the parameter accepts (for the required ones while another one is bad). */
function goodValue(name: string, spec: Param<unknown>): string {
  if (spec.schema.format === 'date') return '2025-06-01'
  if (spec.expected.startsWith('LON,LAT')) return '37.5,48.0'
  if (spec.schema.type === 'string' && !spec.schema.enum && !spec.schema.pattern) return 'Pokrovsk'
  throw new Error(`${name}: no good value known for a required ${JSON.stringify(spec.schema)}`)
}

interface Case {
  readonly route: Route
  readonly field: string
  readonly where: 'query' | 'path'
  /** The bad value, or null to leave a required parameter out. */
  readonly value: string | null
}

function casesOf(route: Route): Case[] {
  const cases: Case[] = []
  for (const where of ['query', 'path'] as const) {
    const specs = where === 'query' ? route.query : route.params
    for (const [field, spec] of Object.entries(specs)) {
      cases.push({ route, field, where, value: badValue(field, spec.schema, spec.expected) })
      if (spec.required && where === 'query') cases.push({ route, field, where, value: null })
    }
  }
  return cases
}

/** The URL for a case: the bad (or missing) field, every other required parameter valid. */
function urlOf({ route, field, where, value }: Case): string {
  let path = route.path
  for (const [name, spec] of Object.entries(route.params)) {
    const raw = where === 'path' && name === field ? (value as string) : goodValue(name, spec)
    path = path.replace(`{${name}}`, encodeURIComponent(raw))
  }
  const query = new URLSearchParams()
  for (const [name, spec] of Object.entries(route.query)) {
    if (where === 'query' && name === field) {
      if (value !== null) query.set(name, value)
    } else if (spec.required) query.set(name, goodValue(name, spec))
  }
  const qs = query.toString()
  return qs ? `${path}?${qs}` : path
}

let deps: ServeDeps
let app: ReturnType<typeof createApp>
beforeAll(async () => {
  // No data at all: parameters are checked before a route looks for its data (400 before 503).
  deps = await memoryServeDeps({ writeToken: TOKEN })
  app = createApp(deps)
})
afterAll(() => deps.store.close())

const allCases = apiRoutes.flatMap(casesOf)

describe('bad parameters on every route', () => {
  it('covers every route that takes parameters', () => {
    const withParams = apiRoutes.filter((r) => Object.keys(r.query).length + Object.keys(r.params).length > 0)
    expect(withParams.length).toBeGreaterThan(8)
    expect(new Set(allCases.map((c) => c.route))).toEqual(new Set(withParams))
  })

  it.each(allCases.map((c) => [`${c.route.method} ${c.route.path} ${c.field}=${c.value === null ? '(missing)' : c.value.slice(0, 20)}`, c] as const))(
    '%s → 400 naming the field',
    async (_, c) => {
      const url = urlOf(c)
      const init: RequestInit = c.route.method === 'POST' ? { method: 'POST', body: 'x', headers: { authorization: `Bearer ${TOKEN}` } } : {}
      const response = await app.request(url, init)
      expect(response.status, url).toBe(400)
      const body = (await response.json()) as { ok: boolean; error: string; errors: string[]; status: number }
      expect(Object.keys(body).sort()).toEqual(['error', 'errors', 'ok', 'status'])
      expect(body).toMatchObject({ ok: false, status: 400 })
      const spec = (c.where === 'query' ? c.route.query : c.route.params)[c.field] as Param<unknown>
      const wanted =
        c.value === null
          ? `${c.field}: missing; expected ${spec.expected}`
          : `${c.field}: value '${c.value.length > 80 ? `${c.value.slice(0, 77)}...` : c.value}' is not ${spec.expected}`
      expect(body.errors, url).toEqual([wanted])
      expect(body.error).toBe(wanted)
    },
  )

  it('names every bad field of one request together', async () => {
    const response = await app.request('/api/claims?from=2025-13-01&to=tomorrow&limit=0&verdict=maybe')
    expect(response.status).toBe(400)
    const body = (await response.json()) as { error: string; errors: string[] }
    expect(body.error).toBe('4 bad parameters')
    expect(body.errors.map((e) => e.slice(0, e.indexOf(':')))).toEqual(['from', 'to', 'verdict', 'limit'])
  })
})
