import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { memoryServeDeps } from '../testing/serve-deps.js'
import { createApp } from './app.js'
import type { ServeDeps } from './deps.js'

let deps: ServeDeps
beforeAll(async () => {
  deps = await memoryServeDeps()
})
afterAll(() => deps.store.close())

describe('security headers', () => {
  it('sends a Content-Security-Policy that allows only this origin, on API answers and errors alike', async () => {
    const app = createApp(deps)
    for (const path of ['/api/status', '/api/no-such-route', '/']) {
      const response = await app.request(path)
      const csp = response.headers.get('content-security-policy') ?? ''
      expect(csp, path).toContain("default-src 'self'")
      expect(csp, path).toContain("script-src 'self'")
      expect(csp, path).toContain("object-src 'none'")
      expect(csp, path).not.toMatch(/unsafe-inline|unsafe-eval|https?:/)
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    }
  })

  it('is read-only without a token in the config', async () => {
    const body = (await (await createApp(deps).request('/api/status')).json()) as { writable: boolean }
    expect(body.writable).toBe(false)
  })
})
