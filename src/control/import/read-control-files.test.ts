import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoPath } from '../../testing/shared-data.js'
import { listControlFiles, readControlFile } from './read-control-files.js'
import { suiteTempDir, testTempDir } from '../../testing/temp-dir.js'

const SAMPLE = repoPath('data', 'control-sample', 'deepstatemap_data_20250102.geojson.gz')

describe('listControlFiles / readControlFile', () => {
  const dir = suiteTempDir('frontline-read-')
  mkdirSync(join(dir, '2025'))
  writeFileSync(join(dir, '2025', 'deepstatemap_data_20250102.geojson.gz'), readFileSync(SAMPLE))
  writeFileSync(join(dir, 'deepstatemap_data_20250101.geojson'), '{}')
  writeFileSync(join(dir, 'SOURCE.md'), '# notes')

  it('lists .geojson/.json(.gz) files recursively in name order and says what it skipped', async () => {
    const listed = await listControlFiles([dir])
    expect(listed.value).toEqual([join(dir, '2025', 'deepstatemap_data_20250102.geojson.gz'), join(dir, 'deepstatemap_data_20250101.geojson')])
    expect(listed.issues.map((i) => i.code)).toEqual(['skipped-files'])
  })

  it('reports a missing path and an empty directory, and keeps the rest', async () => {
    const empty = testTempDir('frontline-empty-')
    const listed = await listControlFiles([join(dir, 'nope'), empty, SAMPLE])
    expect(listed.value).toEqual([SAMPLE])
    expect(listed.issues.map((i) => `${i.code}:${i.sourceId}`)).toEqual([`not-found:${join(dir, 'nope')}`, `no-files:${empty}`])
  })

  it('gunzips by magic bytes', async () => {
    const read = await readControlFile(SAMPLE)
    expect(read.issues).toEqual([])
    expect(read.value?.startsWith('{')).toBe(true)
  })

  it('a truncated .gz is an error naming the file', async () => {
    const bytes = readFileSync(SAMPLE)
    const path = join(dir, 'deepstatemap_data_20250103.geojson.gz')
    writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length / 2)))
    const read = await readControlFile(path)
    expect(read.value).toBeNull()
    expect(read.issues).toEqual([expect.objectContaining({ code: 'bad-gzip', severity: 'error', sourceId: path, message: `${path}: truncated gzip data (unexpected end of file); file skipped` })])
  })

  it('a .gz name on plain text is an error', async () => {
    const path = join(dir, 'deepstatemap_data_20250104.geojson.gz')
    writeFileSync(path, '{"type":"FeatureCollection"}')
    expect((await readControlFile(path)).issues[0]?.message).toContain('named .gz but is not gzip data')
  })
})
