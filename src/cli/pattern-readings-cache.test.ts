import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { suiteTempDir } from '../testing/temp-dir.js'
import { memoryIo } from './io.js'
import { main } from './main.js'
import { openPatternReadingsCache } from './pattern-readings-cache.js'

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'commands', 'fixtures', 'analyze')
const goldens = join(dirname(fileURLToPath(import.meta.url)), 'commands', 'fixtures', 'analyze-golden')
const tmp = suiteTempDir('pattern-readings-cache-')

async function analyze(cacheDir: string, name: string): Promise<string> {
  const r = memoryIo({ cwd: fixtures, env: { FRONTLINE_DB: join(tmp, 'no-such.db'), FRONTLINE_CACHE_DIR: cacheDir } })
  expect(await main(['analyze', name, '--json', '--no-control'], r.io)).toBe(0)
  return r.stdout()
}

describe('the pattern readings cache of `analyze`', () => {
  it('keeps the readings in the cache directory, and the output is the golden one with and without them', async () => {
    const dir = join(tmp, 'cache')
    const golden = JSON.parse(readFileSync(join(goldens, 'genstaff-evening.md.json'), 'utf8')) as unknown
    expect(JSON.parse(await analyze(dir, 'genstaff-evening.md'))).toEqual(golden)
    const files = readdirSync(dir).filter((f) => f.startsWith('pattern-readings-'))
    expect(files).toHaveLength(1)
    expect(Object.keys(JSON.parse(readFileSync(join(dir, files[0]!), 'utf8')) as object).length).toBeGreaterThan(100)
    expect(JSON.parse(await analyze(dir, 'genstaff-evening.md'))).toEqual(golden)
  })

  it('reads a damaged file as none (and writes it anew), and keeps nothing without a cache directory', async () => {
    const dir = join(tmp, 'cache')
    const [file] = readdirSync(dir).filter((f) => f.startsWith('pattern-readings-'))
    writeFileSync(join(dir, file!), '{"not json')
    const golden = JSON.parse(readFileSync(join(goldens, 'wire-report.txt.json'), 'utf8')) as unknown
    expect(JSON.parse(await analyze(dir, 'wire-report.txt'))).toEqual(golden)
    expect(() => JSON.parse(readFileSync(join(dir, file!), 'utf8')) as unknown).not.toThrow()
    expect(() => openPatternReadingsCache({}).save()).not.toThrow()
  })
})
