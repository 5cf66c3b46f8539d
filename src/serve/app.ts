import { Hono } from 'hono'
import type { Context } from 'hono'
import { requireWriteToken } from './auth.js'
import type { ServeDeps } from './deps.js'
import { errorBody, PayloadTooLargeError, statusOf } from './http-errors.js'
import { buildOpenApi, type OpenApiDocument } from './openapi.js'
import { parseParams, queryOf } from './params.js'
import { honoPath, type Route } from './route.js'
import { apiRoutes } from './routes/index.js'
import { securityHeaders } from './security.js'
import { loadStaticFiles, staticResponse } from './static-files.js'
import { packageVersion } from './version.js'


/** The OpenAPI description of the routes this app serves. */
export function describeApi(routes: readonly Route[] = apiRoutes): OpenApiDocument {
  return buildOpenApi(routes, packageVersion)
}

function sendError(c: Context, error: unknown, deps: ServeDeps): Response {
  const body = errorBody(error)
  if (body.status === 500) {
    deps.log(`frontline serve: ${c.req.method} ${c.req.path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  }
  return c.json(body, body.status as 400)
}

/** Reads a request body, failing with 413 as soon as it passes `maxBytes` (never buffers more). */
async function readLimitedBody(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? NaN)
  if (declared > maxBytes) throw new PayloadTooLargeError(`request body of ${declared} bytes is over the limit of ${maxBytes} bytes`)
  if (!request.body) return new Uint8Array()
  const chunks: Uint8Array[] = []
  let total = 0
  const reader = request.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel()
      throw new PayloadTooLargeError(`request body is over the limit of ${maxBytes} bytes`)
    }
    chunks.push(value)
  }
  const body = new Uint8Array(total)
  let at = 0
  for (const chunk of chunks) {
    body.set(chunk, at)
    at += chunk.byteLength
  }
  return body
}

function registerRoute(app: Hono, route: Route, routes: readonly Route[], deps: ServeDeps): void {
  const maxBodyBytes = route.requestBody ? Math.min(route.requestBody.maxBytes, deps.config.maxIngestBytes) : 0
  app.on(route.method, honoPath(route.path), async (c) => {
    if (route.write) requireWriteToken(c.req.header('authorization') ?? null, deps.config.writeToken)
    const warnings: string[] = []
    const url = new URL(c.req.url)
    const query = parseParams(route.query, queryOf(url), 'query')
    const pathRaw = Object.fromEntries(Object.entries(c.req.param() as Record<string, string>).map(([k, v]) => [k, [v]]))
    const params = parseParams(route.params, pathRaw, 'path')
    warnings.push(...query.warnings)
    let body: Uint8Array | null = null
    const result = await route.handle({
      query: query.values,
      params: params.values,
      request: c.req.raw,
      deps,
      routes,
      warn: (message) => void warnings.push(message),
      warnings: () => warnings,
      readBody: async () => (body ??= await readLimitedBody(c.req.raw, maxBodyBytes)),
    })
    if (result instanceof Response) return result
    return c.body(JSON.stringify({ ok: true, warnings, ...result }), 200, {
      'content-type': route.response.contentType ?? 'application/json; charset=utf-8',
    })
  })
}

/**
 * The HTTP app: every API route from the table, the OpenAPI description, and the built UI. Read-only
 * unless the config has a write token. Testable in-process with `app.request(...)`.
 */
export function createApp(deps: ServeDeps, routes: readonly Route[] = apiRoutes): Hono {
  const app = new Hono()
  app.use('*', securityHeaders())
  // Requests whose route takes no body: refuse a large one before anything reads it.
  // (Routes that take a body check their own, larger limit while reading it.)
  const bodyRoutes = routes
    .filter((r) => r.requestBody)
    .map((r) => ({ method: r.method, pattern: new RegExp(`^${honoPath(r.path).replace(/:[A-Za-z0-9_]+/g, '[^/]+')}$`) }))
  app.use('*', async (c, next) => {
    const declared = Number(c.req.header('content-length') ?? 0)
    const limit = deps.config.maxRequestBytes
    // Only a large body needs the route lookup (GET requests, the hot path, declare none).
    if (declared > limit && !bodyRoutes.some((r) => r.method === c.req.method && r.pattern.test(c.req.path))) {
      throw new PayloadTooLargeError(`request body of ${declared} bytes is over the limit of ${limit} bytes`)
    }
    await next()
  })
  for (const route of routes) registerRoute(app, route, routes, deps)

  const files = deps.uiDir ? loadStaticFiles(deps.uiDir) : new Map()
  app.get('*', (c, next) => {
    if (c.req.path.startsWith('/api/')) return next()
    return staticResponse(files, c.req.path, c.req.raw) ?? next()
  })

  app.notFound((c) =>
    c.json(
      {
        ok: false,
        error: `no route ${c.req.method} ${c.req.path}`,
        errors: [`no route ${c.req.method} ${c.req.path}; the API is described at /api/openapi.json`],
        status: 404,
      },
      404,
    ),
  )
  app.onError((error, c) => sendError(c, error, deps))
  return app
}

export { statusOf }
