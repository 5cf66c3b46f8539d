// docs/api.md and /api/openapi.json come from the route table; these tests fail when the committed
// doc is stale (run `npm run docs`) or when a route the app serves is missing from either.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { memoryServeDeps } from '../testing/serve-deps.js'
import { repoPath } from '../testing/shared-data.js'
import { renderApiMarkdown, spliceApiDoc } from './api-doc.js'
import { createApp, describeApi } from './app.js'
import type { ServeDeps } from './deps.js'
import type { OpenApiDocument } from './openapi.js'

let deps: ServeDeps
beforeAll(async () => {
  deps = await memoryServeDeps()
})
afterAll(() => deps.store.close())

describe('API documentation', () => {
  it('docs/api.md is up to date with the route table (npm run docs rewrites it)', () => {
    const committed = readFileSync(repoPath('docs', 'api.md'), 'utf8')
    expect(committed, 'docs/api.md is stale: run `npm run docs`').toBe(spliceApiDoc(committed, renderApiMarkdown(describeApi())))
  })

  it('every route the app registers is in /api/openapi.json and in docs/api.md', async () => {
    const app = createApp(deps)
    const served = await app.request('/api/openapi.json')
    expect(served.status).toBe(200)
    const doc = (await served.json()) as OpenApiDocument
    const doc_md = readFileSync(repoPath('docs', 'api.md'), 'utf8')
    const registered = app.routes.filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL')
    expect(registered.length).toBeGreaterThan(1)
    for (const r of registered) {
      const path = r.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')
      expect(doc.paths[path]?.[r.method.toLowerCase()], `${r.method} ${path} in openapi.json`).toBeDefined()
      expect(doc_md, `${r.method} ${path} in docs/api.md`).toContain(`\`${r.method} ${path}\``)
    }
  })

  it('documents every parameter with what it expects, and the error shape', () => {
    const doc = describeApi()
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const op of Object.values(methods) as { parameters: { description: string }[]; responses: Record<string, unknown> }[]) {
        for (const p of op.parameters) expect(p.description, path).toMatch(/Expected: /)
        expect(op.responses['400'], path).toBeDefined()
      }
    }
    expect(doc.components).toHaveProperty('schemas.Error')
  })
})

/** Whether some test requests `path` (`{id}` segments match any value) with app.request(...) or get(...). */
function isRequested(path: string, tests: string): boolean {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const pattern = path.includes('{')
    ? escape(path.replace(/\{[^}]+\}.*$/, '')) + "[^\\s'\"`?]+"
    : escape(path) + "['\"`?]"
  return new RegExp(`(request|get)\\(\\s*[\`'"]${pattern}`).test(tests)
}

describe('API tests', () => {
  it('every route is exercised by an in-process test (app.request) somewhere under src/', () => {
    const texts: string[] = []
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name)
        if (entry.isDirectory()) walk(path)
        else if (entry.name.endsWith('.test.ts')) texts.push(readFileSync(path, 'utf8'))
      }
    }
    walk(repoPath('src'))
    const all = texts.join('\n')
    expect(isRequested('/api/never-requested', all)).toBe(false)
    expect(isRequested('/api/places/{id}', "get('/api/places/siversk')")).toBe(true)
    expect(Object.keys(describeApi().paths).filter((path) => !isRequested(path, all))).toEqual([])
  })
})
