import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningServer } from '../src/serve/index.js'
import { createAnalysisIndex, createPlaceSearch } from '../src/serve/index.js'
import { SAMPLE_ANALYSES, SAMPLE_PLACES } from '../src/testing/report-fixtures.js'
import { memoryServeDeps } from '../src/testing/serve-deps.js'
import { cspViolations, e2eSkipReason, openApp, openBrowser, screenshot, serveFixture, waitForMapIdle, type Browser } from './harness.js'

const skip = e2eSkipReason()

type MapHandle = {
  project(lngLat: [number, number]): { x: number; y: number }
  queryRenderedFeatures(o: { layers: string[] }): { properties: Record<string, string> }[]
  getContainer(): HTMLElement
}

describe.skipIf(skip !== null)(`claims, documents and places in Chromium${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let server: RunningServer
  let browser: Browser
  beforeAll(async () => {
    const deps = await memoryServeDeps({}, { reports: createAnalysisIndex(SAMPLE_ANALYSES), places: createPlaceSearch(SAMPLE_PLACES) })
    server = await serveFixture(deps)
    browser = await openBrowser()
    await openApp(browser.page, `${server.url}/`)
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('draws claims as markers coloured by verdict; a click shows sentence, speaker, verdict and reason', async () => {
    const { page } = browser
    await page.waitForFunction(() => {
      const map = (window as unknown as { frontline: { map: MapHandle } }).frontline.map
      return map.queryRenderedFeatures({ layers: ['claims'] }).length === 2
    })
    const verdicts = await page.evaluate(() =>
      (window as unknown as { frontline: { map: MapHandle } }).frontline.map
        .queryRenderedFeatures({ layers: ['claims'] })
        .map((f) => f.properties.verdict)
        .sort(),
    )
    expect(verdicts).toEqual(['confirmed', 'contradicted'])
    const point = await page.evaluate(() => {
      const map = (window as unknown as { frontline: { map: MapHandle } }).frontline.map
      const p = map.project([37.176, 48.282])
      const box = map.getContainer().getBoundingClientRect()
      return { x: box.left + p.x, y: box.top + p.y }
    })
    await page.mouse.click(point.x, point.y)
    const popup = page.locator('.maplibregl-popup-content .claim')
    await popup.waitFor()
    expect(await popup.textContent()).toContain('The Russian Defence Ministry said on Tuesday that its troops had taken Pokrovsk.')
    expect(await popup.textContent()).toContain('Russian Defence Ministry')
    expect(await popup.textContent()).toContain('capture · asserted · by RU')
    expect(await popup.locator('.verdict').textContent()).toBe('confirmed')
    expect(await popup.textContent()).toContain('The map shows Pokrovsk occupied from 2025-11-25')
    await screenshot(page, 'claim-popup')

    await popup.locator('a.open-document').click()
    await page.waitForFunction(() => document.getElementById('document-view')?.dataset.state === 'ready')
    expect(await page.locator('#document-title').textContent()).toBe('Ministry statement on Pokrovsk')
    expect(await page.locator('#document-text mark.span-active').first().textContent()).toContain('The Russian Defence Ministry said')
    expect(await page.locator('#document-text mark.span-place').textContent()).toBe('Pokrovsk')
    await screenshot(page, 'document-view')
    await page.click('#document-close')
  })

  it('renders a document full of markup as text: no script runs, no element is created', async () => {
    const { page } = browser
    await page.goto(`${server.url}/#document=doc-hostile`)
    await page.waitForFunction(() => document.getElementById('document-view')?.dataset.state === 'ready')
    const view = page.locator('#document-view')
    expect(await view.locator('script, img, [onerror]').count()).toBe(0)
    expect(await page.locator('#document-title').textContent()).toBe('Hostile <img src=x onerror=alert(1)> title')
    const text = await page.locator('#document-text').textContent()
    expect(text).toContain('<script>document.body.dataset.pwned = "script"</script>')
    expect(text).toContain('onerror="document.body.dataset.pwned=\'img\'"')
    expect(await page.locator('#document-findings').textContent()).toContain('Dateline <script>x</script> says 2024')
    expect(await page.evaluate(() => document.body.dataset.pwned ?? null)).toBeNull()
    expect(await cspViolations(page)).toEqual([])
    await screenshot(page, 'document-hostile')
    await page.click('#document-close')
  })

  it('filters the claims (markers and list) by verdict, kind and speaker', async () => {
    const { page } = browser
    await page.click('.tabs button[data-tab="claims-panel"]')
    const markers = () =>
      page.evaluate(() => (window as unknown as { frontline: { map: MapHandle } }).frontline.map.queryRenderedFeatures({ layers: ['claims'] }).length)
    await page.selectOption('#filter-verdict', 'contradicted')
    await page.waitForFunction(() => document.getElementById('claims-count')?.textContent?.startsWith('1 claim '))
    await waitForMapIdle(page)
    expect(await markers()).toBe(1)
    expect(await page.locator('#claims-list .claim').getAttribute('data-claim-id')).toBe('claim-hostile-siversk')
    await page.selectOption('#filter-verdict', '')
    await page.fill('#filter-speaker', 'defence')
    await page.waitForFunction(() => document.querySelector('#claims-list .claim')?.getAttribute('data-claim-id') === 'claim-mod-pokrovsk')
    await page.selectOption('#filter-kind', 'advance')
    await page.waitForFunction(() => document.getElementById('claims-count')?.textContent?.startsWith('0 claims'))
    await page.selectOption('#filter-kind', '')
    await page.fill('#filter-speaker', '')
    await page.waitForFunction(() => document.getElementById('claims-count')?.textContent?.startsWith('2 claims'))
    await waitForMapIdle(page)
    expect(await markers()).toBe(2)
    await screenshot(page, 'claims-filtered')
  })

  it('finds a place typed in Cyrillic and shows its claims in the place panel', async () => {
    const { page } = browser
    await waitForMapIdle(page)
    await page.fill('#place-search', 'Красноармейск')
    const hit = page.locator('#search-results button[data-place-id="pokrovsk"]')
    await hit.waitFor()
    await screenshot(page, 'search-results')
    expect(await hit.textContent()).toContain('Pokrovsk')
    await hit.click()
    await page.locator('#place-name').waitFor()
    expect(await page.locator('#place-name').textContent()).toBe('Pokrovsk · Покровськ · Покровск')
    expect(await page.locator('#place-panel .claim').count()).toBe(1)
    await waitForMapIdle(page)
    await screenshot(page, 'place-search-cyrillic')
    expect(browser.externalRequests).toEqual([])
  })
})
