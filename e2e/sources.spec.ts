import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningServer } from '../src/serve/index.js'
import { demoDeps } from '../src/testing/demo-deps.js'
import { e2eSkipReason, openApp, openBrowser, screenshot, serveFixture, type Browser } from './harness.js'

const skip = e2eSkipReason()

describe.skipIf(skip !== null)(`source ledger and brief in Chromium${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let server: RunningServer
  let browser: Browser
  let dispose: () => Promise<void>
  beforeAll(async () => {
    const fixture = await demoDeps({ withReports: true })
    dispose = fixture.dispose
    server = await serveFixture(fixture.deps)
    browser = await openBrowser()
    await openApp(browser.page, `${server.url}/`)
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
    await dispose?.()
  })

  it('shows the ledger as a sortable table, names as text', async () => {
    const { page } = browser
    await page.click('.tabs button[data-tab="sources-panel"]')
    const table = page.locator('#sources-table')
    await table.waitFor()
    const names = () => page.locator('#sources-table tbody tr td:first-child').evaluateAll((cells) => cells.map((c) => c.firstChild?.textContent ?? ''))
    expect(await names()).toContain('<script>alert("speaker")</script>')
    expect(await page.locator('#sources-table script').count()).toBe(0)
    await page.click('#sources-table th button[data-sort="name"]')
    const ascending = await names()
    expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b)))
    await page.click('#sources-table th button[data-sort="name"]')
    expect(await names()).toEqual([...ascending].reverse())
    await page.click('#sources-table th button[data-sort="contradicted"]')
    expect(await page.locator('#sources-table th[aria-sort="descending"] button').getAttribute('data-sort')).toBe('contradicted')
    const first = await page.locator('#sources-table tbody tr').first().getAttribute('data-key')
    expect(first).toMatch(/^(speaker|outlet):/)
    await screenshot(page, 'sources-table')
  })

  it("shows the brief of the selected date", async () => {
    const { page } = browser
    await page.click('.tabs button[data-tab="brief-panel"]')
    await page.locator('#brief-text').waitFor()
    expect(await page.locator('#brief-text').textContent()).toContain('2026-08-22')
    await screenshot(page, 'brief')
  })
})
