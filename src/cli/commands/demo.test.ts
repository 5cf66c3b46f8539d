import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openSqliteStore } from '../../store/index.js'
import { createContext } from '../context.js'
import { memoryIo } from '../io.js'
import { main } from '../main.js'
import { prepareDemoDatabase } from './demo.js'

describe('frontline demo', () => {
  it('loads the bundled sample into a fresh database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'frontline-demo-test-'))
    const run = memoryIo({ cwd: dir })
    const { path, temporaryDir } = await prepareDemoDatabase(createContext(run.io, () => undefined), 'demo.db')
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
    await store.close()
  })

  it('refuses to load into an existing file, exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'frontline-demo-test-'))
    writeFileSync(join(dir, 'mine.db'), 'precious')
    const run = memoryIo({ cwd: dir })
    expect(await main(['demo', '--db', 'mine.db', '--port', '0'], run.io)).toBe(2)
    expect(run.stderr()).toContain('--db mine.db: exists; the demo loads the sample into a fresh database')
  })
})
