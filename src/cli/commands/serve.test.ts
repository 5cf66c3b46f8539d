import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openSqliteStore } from '../../store/index.js'
import { createContext } from '../context.js'
import { memoryIo } from '../io.js'
import { main } from '../main.js'
import { loadServeConfig, serveUntilStopped } from './serve.js'
import { testTempDir } from '../../testing/temp-dir.js'

describe('frontline serve', () => {
  it('lists every config problem at once and exits 2', async () => {
    const dir = testTempDir('frontline-serve-')
    const config = join(dir, 'frontline.json')
    writeFileSync(config, JSON.stringify({ writeToken: 'short', maxIngestBytes: -1 }))
    const run = memoryIo({ cwd: dir })
    expect(await main(['--db', join(dir, 'x.db'), 'serve', '--config', config, '--port', 'eighty'], run.io)).toBe(2)
    expect(run.stderr()).toContain('invalid server configuration (3 problems)')
    expect(run.stderr()).toMatch(/port: .*\(got "eighty"\)/)
    expect(run.stderr()).toMatch(/writeToken: /)
    expect(run.stderr()).toMatch(/maxIngestBytes: .*\(got -1\)/)
  })

  it('takes the write token from FRONTLINE_WRITE_TOKEN', () => {
    const run = memoryIo({ env: { FRONTLINE_WRITE_TOKEN: 't'.repeat(30) } })
    const ctx = createContext(run.io, () => undefined)
    expect(loadServeConfig(ctx, { port: '0' }).writeToken).toBe('t'.repeat(30))
  })

  it('serves the API over HTTP until stopped', async () => {
    const run = memoryIo()
    const ctx = createContext(run.io, () => undefined)
    const store = await openSqliteStore({ path: ':memory:' })
    let stop: () => void = () => {}
    const serving = serveUntilStopped(ctx, store, loadServeConfig(ctx, { port: '0' }), new Promise((r) => (stop = r)))
    while (!run.stdout().includes('http://')) await new Promise((r) => setImmediate(r))
    const url = /(http:\/\/\S+?)\/ /.exec(run.stdout())?.[1]
    const response = await fetch(`${url}/api/status`)
    expect(response.status).toBe(200)
    expect(((await response.json()) as { ok: boolean }).ok).toBe(true)
    stop()
    await serving
    await store.close()
  })
})
