import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openSqliteStore } from '../../store/index.js'
import { createContext } from '../context.js'
import { memoryIo } from '../io.js'
import { main } from '../main.js'
import { demoCacheDir, demoInputsHash, prepareDemoDatabase } from './demo.js'
import { testTempDir } from '../../testing/temp-dir.js'

describe('frontline demo', () => {
  it('loads the bundled sample into a fresh database, keeps it in the cache and copies it from there next time', async () => {
    const dir = testTempDir('frontline-demo-test-')
    const cacheDir = join(dir, 'cache')
    // A database of other (older) inputs is replaced, not kept beside the new one.
    mkdirSync(cacheDir)
    writeFileSync(join(cacheDir, 'demo-0123abcd.db'), 'built from older inputs')
    const run = memoryIo({ cwd: dir })
    const { path, temporaryDir, fromCache } = await prepareDemoDatabase(createContext(run.io, () => undefined), 'demo.db', { cacheDir })
    expect(fromCache).toBe(false)
    expect(readdirSync(cacheDir)).toEqual([`demo-${demoInputsHash()}.db`])
    expect(temporaryDir).toBeNull()
    expect(path).toBe(join(dir, 'demo.db'))
    expect(run.stderr()).toMatch(/loaded \d+ control snapshots \(2024-07-08 \.\. 2026-08-22\), 6 reports with \d+ claims/)
    const store = await openSqliteStore({ path })
    expect((await store.listControlSnapshots()).length).toBeGreaterThan(10)
    // The demo reports are analysed and verified: the Kupiansk capture claim is contradicted by the map.
    const claims = await store.listClaims({ limit: 1000 })
    const kupiansk = claims.find((r) => r.claim.kind === 'capture' && r.places.some((p) => p.name === 'Kupiansk'))
    expect(kupiansk?.claim.verdict?.status).toBe('contradicted')
    expect(claims.some((r) => r.claim.verdict?.status === 'confirmed')).toBe(true)
    const snapshots = (await store.listControlSnapshots()).length
    await store.close()

    const again = memoryIo({ cwd: dir })
    const copy = await prepareDemoDatabase(createContext(again.io, () => undefined), 'again.db', { cacheDir })
    expect(copy.fromCache).toBe(true)
    expect(again.stderr()).toContain('built before from the same data and code')
    const copied = await openSqliteStore({ path: copy.path })
    expect((await copied.listControlSnapshots()).length).toBe(snapshots)
    expect((await copied.listClaims({ limit: 1000 })).length).toBe(claims.length)
    await copied.close()
    // Imports the 44-day sample, analyses and verifies the demo reports (as `frontline demo` does
    // from an empty cache): 24 s measured on a loaded two-core machine (CI's conditions).
  }, 150_000)

  it('keeps its cache where the environment says', () => {
    expect(demoCacheDir({ FRONTLINE_CACHE_DIR: '/x/c' })).toBe('/x/c')
    expect(demoCacheDir({ XDG_CACHE_HOME: '/x/xdg' })).toBe(join('/x/xdg', 'frontline'))
    expect(demoCacheDir({})).toMatch(/\.cache[\/]frontline$/)
  })

  it('hashes its inputs the same way twice (a cached database is found again)', () => {
    expect(demoInputsHash()).toBe(demoInputsHash())
    expect(demoInputsHash()).toMatch(/^[0-9a-f]{24}$/)
  })

  it('refuses to load into an existing file, exit 2', async () => {
    const dir = testTempDir('frontline-demo-test-')
    writeFileSync(join(dir, 'mine.db'), 'precious')
    const run = memoryIo({ cwd: dir })
    expect(await main(['demo', '--db', 'mine.db', '--port', '0'], run.io)).toBe(2)
    expect(run.stderr()).toContain('--db mine.db: exists; the demo loads the sample into a fresh database')
  })
})
