import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningServer } from '../src/serve/index.js'
import { demoDeps } from '../src/testing/demo-deps.js'
import { cspViolations, e2eSkipReason, openApp, openBrowser, renderedLayers, screenshot, serveFixture, waitForMapIdle, type Browser } from './harness.js'

const skip = e2eSkipReason()

async function areaShown(browser: Browser): Promise<{ date: string; areaKm2: number; text: string }> {
  return browser.page.evaluate(() => {
    const el = document.getElementById('area-figure') as HTMLElement
    return { date: el.dataset.date ?? '', areaKm2: Number(el.dataset.areaKm2), text: el.textContent ?? '' }
  })
}

describe.skipIf(skip !== null)(`control map in Chromium on the demo sample${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let server: RunningServer
  let browser: Browser
  let dispose: () => Promise<void>
  beforeAll(async () => {
    const fixture = await demoDeps()
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

  it('shows the occupied area of the last snapshot, drawn and counted', async () => {
    const shown = await areaShown(browser)
    const api = (await (await fetch(`${server.url}/api/control/area`)).json()) as { date: string; areaKm2: number }
    expect(shown.date).toBe(api.date)
    expect(shown.areaKm2).toBeCloseTo(api.areaKm2, 6)
    expect(shown.text).toBe(`${Math.round(api.areaKm2).toLocaleString('en-US')} km²`)
    expect(await renderedLayers(browser.page, ['occupied-fill', 'occupied-line'])).toEqual(['occupied-fill', 'occupied-line'])
    await screenshot(browser.page, 'control-last-date')
    expect(browser.externalRequests).toEqual([])
    expect(await cspViolations(browser.page)).toEqual([])
  })

  it('moving the time slider changes the date and the area figure', async () => {
    const { page } = browser
    const before = await areaShown(browser)
    // A real input: the slider focused and moved to its first position with the keyboard.
    await page.focus('#date-slider')
    await page.keyboard.press('Home')
    await page.waitForFunction((d) => (document.getElementById('area-figure') as HTMLElement).dataset.date !== d, before.date)
    await waitForMapIdle(page)
    const after = await areaShown(browser)
    const first = (await (await fetch(`${server.url}/api/control/snapshots`)).json()) as { snapshots: { date: string; areaKm2: number }[] }
    expect(after.date).toBe(first.snapshots[0]?.date)
    expect(after.areaKm2).toBeCloseTo(first.snapshots[0]?.areaKm2 as number, 6)
    expect(after.areaKm2).not.toBeCloseTo(before.areaKm2, 0)
    expect(await renderedLayers(page, ['occupied-fill'])).toEqual(['occupied-fill'])
    await screenshot(page, 'control-first-date')
  })

  it('compare mode shows gained and lost areas with the km² the API computes', async () => {
    const { page } = browser
    const { snapshots } = (await (await fetch(`${server.url}/api/control/snapshots`)).json()) as { snapshots: { date: string }[] }
    await page.focus('#date-slider')
    await page.keyboard.press('End')
    await page.waitForFunction((d) => (document.getElementById('area-figure') as HTMLElement).dataset.date === d, snapshots.at(-1)?.date)
    await page.check('#compare-toggle')
    await page.waitForFunction(() => (document.getElementById('net-km2') as HTMLElement).dataset.km2 !== undefined)
    await waitForMapIdle(page)
    const figures = await page.evaluate(() =>
      Object.fromEntries(['gained-km2', 'lost-km2', 'net-km2'].map((id) => [id, Number((document.getElementById(id) as HTMLElement).dataset.km2)])),
    )
    const from = await page.evaluate(() => (document.getElementById('compare-label') as HTMLElement).textContent)
    const to = (await areaShown(browser)).date
    const api = (await (await fetch(`${server.url}/api/control/change?from=${from}&to=${to}`)).json()) as { gainedKm2: number; lostKm2: number; netKm2: number }
    expect(figures['gained-km2']).toBeCloseTo(api.gainedKm2, 6)
    expect(figures['lost-km2']).toBeCloseTo(api.lostKm2, 6)
    expect(figures['net-km2']).toBeCloseTo(api.gainedKm2 - api.lostKm2, 6)
    expect(await renderedLayers(page, ['change-fill'])).toEqual(['change-fill'])
    await screenshot(page, 'control-compare')
    await page.uncheck('#compare-toggle')
  })

  it('play steps through the snapshots, driven by the map drawing each one', async () => {
    const { page } = browser
    await page.focus('#date-slider')
    await page.keyboard.press('Home')
    const first = ((await (await fetch(`${server.url}/api/control/snapshots`)).json()) as { snapshots: { date: string }[] }).snapshots[0]?.date
    await page.waitForFunction((d) => (document.getElementById('area-figure') as HTMLElement).dataset.date === d, first)
    const start = (await areaShown(browser)).date
    await page.click('#play')
    await page.waitForFunction(() => Number((document.getElementById('date-slider') as HTMLInputElement).value) >= 2)
    await page.click('#play')
    await page.waitForFunction((d) => ((document.getElementById('area-figure') as HTMLElement).dataset.date ?? '') > d, start)
    expect((await areaShown(browser)).date > start).toBe(true)
  })

  it('finds Покровськ in the gazetteer and shows its status history from the map', async () => {
    const { page } = browser
    await page.fill('#place-search', 'Покровськ')
    const hit = page.locator('#search-results button').first()
    await hit.waitFor()
    expect(await hit.textContent()).toContain('Donetsk Oblast')
    const id = await hit.getAttribute('data-place-id')
    await hit.click()
    await page.locator('#place-name').waitFor()
    expect(await page.locator('#place-name').textContent()).toContain('Покровськ')
    // The panel lists the transitions the API computes from the map (Pokrovsk fell in November 2025).
    const api = (await (await fetch(`${server.url}/api/places/${encodeURIComponent(id as string)}`)).json()) as { transitions: { date: string; from: string; to: string }[] }
    const last = api.transitions.at(-1)
    expect(last).toMatchObject({ from: 'free', to: 'occupied' })
    expect(last?.date.startsWith('2025-11')).toBe(true)
    expect(await page.locator('#place-panel .history').textContent()).toContain(`${last?.date}: free → occupied`)
    await waitForMapIdle(page)
    expect(await renderedLayers(page, ['settlement-labels'])).toEqual(['settlement-labels'])
    await screenshot(page, 'place-pokrovsk')
  })

  it('charts area and net change with uPlot', async () => {
    const { page } = browser
    await page.click('.tabs button[data-tab="chart-panel"]')
    await page.locator('#chart canvas').waitFor()
    expect(await page.locator('#chart .u-legend').textContent()).toContain('Occupied km²')
    await screenshot(page, 'chart')
  })
})
