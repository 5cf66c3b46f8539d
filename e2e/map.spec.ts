import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningServer } from '../src/serve/index.js'
import { memoryServeDeps } from '../src/testing/serve-deps.js'
import { cspViolations, e2eSkipReason, openBrowser, renderedLayers, screenshot, serveFixture, waitForMapIdle, type Browser } from './harness.js'

const skip = e2eSkipReason()

describe.skipIf(skip !== null)(`map page in Chromium${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let server: RunningServer
  let browser: Browser
  beforeAll(async () => {
    server = await serveFixture(await memoryServeDeps())
    browser = await openBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('draws the local base layer with no request leaving the machine and no CSP violation', async () => {
    const { page } = browser
    await page.goto(`${server.url}/`)
    await waitForMapIdle(page)
    await page.waitForFunction(() => document.body.dataset.ready === 'true')
    await waitForMapIdle(page)
    expect(await renderedLayers(page, ['land', 'country-line', 'oblast-line', 'rivers', 'oblast-labels'])).toEqual([
      'land',
      'country-line',
      'oblast-line',
      'rivers',
      'oblast-labels',
    ])
    await screenshot(page, 'base-layer')
    expect(browser.externalRequests).toEqual([])
    expect(await cspViolations(page)).toEqual([])
    expect(browser.pageErrors).toEqual([])
  })

  it('switches label language to Ukrainian and Russian', async () => {
    const { page } = browser
    for (const [lang, expected] of [
      ['uk', 'Донецька область'],
      ['ru', 'Донецкая область'],
      ['en', 'Donetsk Oblast'],
    ] as const) {
      await page.click(`.lang button[data-lang="${lang}"]`)
      await waitForMapIdle(page)
      const field = await page.evaluate(() => {
        const map = (window as unknown as { frontline: { map: { queryRenderedFeatures(o: { layers: string[] }): { properties: Record<string, string> }[]; getLayoutProperty(l: string, p: string): unknown } } }).frontline.map
        return JSON.stringify(map.getLayoutProperty('oblast-labels', 'text-field'))
      })
      expect(field).toContain(`name_${lang}`)
      const names = await page.evaluate((l) => {
        const map = (window as unknown as { frontline: { map: { queryRenderedFeatures(o: { layers: string[] }): { properties: Record<string, string> }[] } } }).frontline.map
        return map.queryRenderedFeatures({ layers: ['oblast-labels'] }).map((f) => f.properties[`name_${l}`])
      }, lang)
      expect(names).toContain(expected)
    }
    await screenshot(page, 'labels-en')
  })
})
