// Browser e2e harness: the system Chromium driven by playwright-core (no downloaded browser), the
// built UI served in-process on a loopback port over a fixture database. Tests wait on the map's own
// events (`idle`), never on sleeps (STYLE.md §5).
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import type { ServeDeps } from '../src/serve/index.js'
import { startServer, type RunningServer } from '../src/serve/index.js'
import { repoPath } from '../src/testing/shared-data.js'
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.js'

export { CHROMIUM }

export const UI_DIR = repoPath('dist', 'ui')
export const ARTIFACTS = repoPath('test-artifacts', 'e2e')

/**
 * Why the browser tests cannot run here, or null when they can. With FRONTLINE_REQUIRE_E2E=1 (set by
 * .ci/run) a reason is an error instead: CI must not pass with the page untested.
 */
export function e2eSkipReason(): string | null {
  const reason = !existsSync(CHROMIUM)
    ? `no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set FRONTLINE_CHROMIUM)`
    : !existsSync(join(UI_DIR, 'index.html'))
      ? `the UI is not built (${UI_DIR}/index.html missing): run npm run build`
      : null
  if (reason && process.env.FRONTLINE_REQUIRE_E2E === '1') throw new Error(`browser tests required (FRONTLINE_REQUIRE_E2E=1) but cannot run: ${reason}`)
  return reason
}

export interface Browser {
  readonly context: BrowserContext
  readonly page: Page
  /** Every request the page tried to send off this machine (must stay empty: no remote tiles/fonts). */
  readonly externalRequests: string[]
  /** Console errors and CSP violations seen on the page. */
  readonly pageErrors: string[]
  close(): Promise<void>
}

/** Launches Chromium with a fresh profile; every request that is not to the loopback server is blocked and recorded. */
export async function openBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'frontline-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: CHROMIUM_ARGS,
  })
  const externalRequests: string[] = []
  const pageErrors: string[] = []
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url())
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue()
    externalRequests.push(route.request().url())
    return route.abort()
  })
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      ;(window as unknown as { cspViolations: string[] }).cspViolations ??= []
      ;(window as unknown as { cspViolations: string[] }).cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`)
    })
  })
  const page = context.pages()[0] ?? (await context.newPage())
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text())
  })
  page.on('pageerror', (error) => pageErrors.push(error.message))
  return {
    context,
    page,
    externalRequests,
    pageErrors,
    close: async () => {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

export async function serveFixture(deps: ServeDeps): Promise<RunningServer> {
  return startServer({ ...deps, config: { ...deps.config, host: '127.0.0.1', port: 0 }, uiDir: UI_DIR })
}

/** Resolves on the map's next `idle` (a repaint is requested so that an already idle map fires it again). */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => Boolean((window as unknown as { frontline?: { map?: unknown } }).frontline?.map))
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (window as unknown as { frontline: { map: { once(e: string, f: () => void): void; triggerRepaint(): void } } }).frontline.map
        map.once('idle', () => resolve())
        map.triggerRepaint()
      }),
  )
}

/** Opens the app at `url` and resolves once its panels are ready and the map is idle. */
export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.waitForFunction(() => document.body.dataset.ready === 'true')
  await waitForMapIdle(page)
}

/** Layer ids that have at least one rendered feature in the viewport. */
export async function renderedLayers(page: Page, layers: readonly string[]): Promise<string[]> {
  return page.evaluate((ids) => {
    const map = (window as unknown as { frontline: { map: { queryRenderedFeatures(o: { layers: string[] }): unknown[] } } }).frontline.map
    return ids.filter((id) => map.queryRenderedFeatures({ layers: [id] }).length > 0)
  }, layers as string[])
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true })
  const path = join(ARTIFACTS, `${name}.png`)
  await page.screenshot({ path })
  return path
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])
}
