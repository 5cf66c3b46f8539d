import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { beforeAll, describe, expect, it } from 'vitest'
import { repoPath } from '../../testing/shared-data.js'
import { memoryIo } from '../io.js'
import { main } from '../main.js'
import { suiteTempDir, testTempDir } from '../../testing/temp-dir.js'

const SAMPLE_DIR = repoPath('data', 'control-sample')

async function run(args: string[], cwd: string) {
  const io = memoryIo({ cwd })
  const code = await main(args, io.io)
  return { code, stdout: io.stdout(), stderr: io.stderr(), json: () => JSON.parse(io.stdout()) }
}

describe('frontline control (end to end, in process, on the bundled sample)', () => {
  const work = suiteTempDir('frontline-control-')
  const db = ['--db', join(work, 'sample.db')]

  beforeAll(async () => {
    const first = await run([...db, 'control', 'import', SAMPLE_DIR], work)
    expect(first.stderr).toBe('')
    expect(first.code).toBe(0)
    expect(first.stdout).toMatch(/^Read 44 file\(s\): 44 snapshot\(s\) — 44 new, 0 revised, 0 unchanged; dates 2024-07-08 \.\. 2026-08-22\.\n$/)
  }, 120_000)

  it('import is idempotent', async () => {
    const again = await run([...db, 'control', 'import', SAMPLE_DIR, '--json'], work)
    expect(again.code).toBe(0)
    expect(again.json().snapshots).toEqual({ inserted: 0, revised: 0, unchanged: 44 })
  })

  it('a changed file for an existing date becomes revision 2, the old one kept', async () => {
    const other = testTempDir('frontline-revision-')
    const dbPath = ['--db', join(other, 'r.db')]
    const original = join(SAMPLE_DIR, 'deepstatemap_data_20250102.geojson.gz')
    expect((await run([...dbPath, 'control', 'import', original], other)).code).toBe(0)
    // the same day redrawn: one polygon dropped
    const doc = JSON.parse(gunzipSync(readFileSync(original)).toString('utf8'))
    doc.features[0].geometry.coordinates.pop()
    const changed = join(other, 'deepstatemap_data_20250102.geojson')
    writeFileSync(changed, JSON.stringify(doc))
    const revised = await run([...dbPath, 'control', 'import', changed, '--json'], other)
    expect(revised.json().results).toEqual([{ date: '2025-01-02', revision: 2, outcome: 'revised', origin: 'deepstatemap_data_20250102.geojson' }])
    const report = await run([...dbPath, 'control', 'report', '--json'], other)
    expect(report.json().revisionsKept).toBe(1)
    // the same date twice in one batch with different geometry: said, and the later one holds
    const both = await run([...dbPath, 'control', 'import', original, changed], other)
    expect(both.stderr).toContain('deepstatemap_data_20250102.geojson: 2025-01-02 was already given by')
    expect(both.stdout).toContain('0 new, 2 revised, 0 unchanged') // revisions 3 (the original again) and 4
  })

  it('the unified archive (one gzip FeatureCollection, a date per feature) gives the same snapshots as the daily files', async () => {
    const other = testTempDir('frontline-unified-')
    const features = readdirSync(SAMPLE_DIR)
      .filter((f) => f.endsWith('.geojson.gz'))
      .sort()
      .slice(0, 6)
      .map((f, i) => {
        const day = JSON.parse(gunzipSync(readFileSync(join(SAMPLE_DIR, f))).toString('utf8'))
        return { type: 'Feature', id: String(i), properties: { date: `${f.slice(18, 22)}-${f.slice(22, 24)}-${f.slice(24, 26)}` }, geometry: day.features[0].geometry }
      })
    const unified = join(other, 'deepstate-map-data.geojson.gz')
    writeFileSync(unified, gzipSync(JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } }, features })))
    const result = await run(['--db', join(other, 'u.db'), 'control', 'import', unified, '--json'], other)
    expect(result.code).toBe(0)
    expect(result.json().snapshots).toEqual({ inserted: 6, revised: 0, unchanged: 0 })
    expect(result.json().results[0].origin).toBe('deepstate-map-data.geojson.gz#features[0]')
    const daily = await run(['--db', join(other, 'u.db'), 'control', 'import', SAMPLE_DIR, '--json'], other)
    expect(daily.json().snapshots).toEqual({ inserted: 38, revised: 0, unchanged: 6 })
  })

  it('a batch with bad files imports the good ones, names each bad file and its reason, and exits 2', async () => {
    const batch = testTempDir('frontline-batch-')
    const good = readFileSync(join(SAMPLE_DIR, 'deepstatemap_data_20250102.geojson.gz'))
    const text = gunzipSync(good).toString('utf8')
    const doc = JSON.parse(text)
    writeFileSync(join(batch, 'deepstatemap_data_20250102.geojson.gz'), good)
    writeFileSync(join(batch, 'deepstatemap_data_20250103.geojson'), text.slice(0, 2000))
    writeFileSync(join(batch, 'deepstatemap_data_20250104.geojson.gz'), gzipSync(text).subarray(0, 3000))
    writeFileSync(join(batch, 'deepstatemap_data_20250105.geojson'), JSON.stringify({ ...doc, crs: { type: 'name', properties: { name: 'EPSG:3857' } } }))
    writeFileSync(join(batch, 'occupied.geojson'), text)
    const result = await run(['--db', join(batch, 'b.db'), 'control', 'import', batch, 'missing-dir'], batch)
    expect(result.code).toBe(2)
    expect(result.stdout).toContain('1 snapshot(s) — 1 new')
    expect(result.stderr).toContain('error   missing-dir: no such file or directory')
    expect(result.stderr).toContain('error   deepstatemap_data_20250103.geojson: invalid JSON')
    expect(result.stderr).toContain('error   deepstatemap_data_20250104.geojson.gz: truncated gzip data')
    expect(result.stderr).toContain('error   deepstatemap_data_20250105.geojson: crs is "EPSG:3857"')
    expect(result.stderr).toContain('error   occupied.geojson: no date')
  })

  it('area names the snapshot it used', async () => {
    const area = await run([...db, 'control', 'area', '--date', '2025-01-01', '--json'], work)
    expect(area.code).toBe(0)
    expect(area.json()).toMatchObject({ date: '2025-01-01', snapshotDate: '2024-12-31', region: null })
    const text = await run([...db, 'control', 'area', '--date', '2025-01-01', '--region', 'Донецька область'], work)
    expect(text.stdout).toMatch(/^Occupied area in Donetsk Oblast on 2025-01-01: [\d,]+\.\d km² \(snapshot 2024-12-31; geodesic, WGS84 ellipsoid\)\n$/)
  })

  it('change reports gained, lost, net and the snapshots, and writes the polygons', async () => {
    const result = await run([...db, 'control', 'change', '--from', '2025-01-01', '--to', '2025-10-31', '--geojson', 'change.geojson', '--json'], work)
    expect(result.code).toBe(0)
    const answer = result.json()
    expect(answer).toMatchObject({ from: '2025-01-01', to: '2025-10-31', snapshotFrom: '2024-12-31', snapshotTo: '2025-10-31' })
    expect(answer.netKm2).toBeCloseTo(answer.gainedKm2 - answer.lostKm2, 9)
    const written = JSON.parse(readFileSync(join(work, 'change.geojson'), 'utf8'))
    expect(written.features.map((f: { properties: { kind: string } }) => f.properties.kind)).toEqual(['gained', 'lost'])
    expect(written.features[0].properties.fill).toBe('#c0392b')
  })

  it('change rejects a reversed range and an unknown region', async () => {
    expect((await run([...db, 'control', 'change', '--from', '2025-10-31', '--to', '2025-01-01'], work)).code).toBe(2)
    const unknown = await run([...db, 'control', 'change', '--from', '2025-01-01', '--to', '2025-10-31', '--region', 'Narnia'], work)
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('unknown region "Narnia"')
  })

  it('status of a place names the settlement, the snapshot and every transition', async () => {
    const result = await run([...db, 'control', 'status', '--place', 'Покровськ', '--date', '2025-11-19', '--json'], work)
    expect(result.code).toBe(0)
    const answer = result.json()
    expect(answer.place).toMatchObject({ name: 'Pokrovsk', admin1: 'Donetsk Oblast' })
    expect(answer.status).toMatchObject({ snapshotDate: '2025-11-19', status: 'edge', side: 'free' })
    expect(answer.transitions).toEqual([{ date: '2025-11-20', previousSnapshotDate: '2025-11-19', from: 'free', to: 'occupied' }])
    const text = await run([...db, 'control', 'status', '--place', 'Kupiansk'], work)
    expect(text.stdout).toContain('no change between occupied and free over the series (2024-07-08 .. 2026-08-22)')
    // the settlement's area: a disc from its population, and the crossing the sample's days show
    expect(answer.area).toMatchObject({ radiusKm: 3.1, basis: 'population 60,127 at 2,000 people per km²', occupiedShare: expect.any(Number) })
    expect(answer.area.occupiedShare).toBeGreaterThan(0.02)
    expect(answer.area.occupiedShare).toBeLessThan(0.98)
    expect(answer.area.crossings).toEqual([expect.objectContaining({ from: 'free', to: 'occupied', lastDate: '2026-06-01' })])
    expect(text.stdout).toMatch(/its area \(disc of 2\.1 km, 13\.\d km²; population 27,169 at 2,000 people per km²\): 0% occupied on 2026-08-22/)
  })

  it('status: --radius-km gives a point an area, and must be a positive distance', async () => {
    const point = await run([...db, 'control', 'status', '--at', '37.17585,48.28198', '--json'], work)
    expect(point.json().area).toBeNull()
    const disc = await run([...db, 'control', 'status', '--at', '37.17585,48.28198', '--radius-km', '1', '--json'], work)
    expect(disc.json().area).toMatchObject({ radiusKm: 1, basis: '--radius-km', occupiedShare: 1 })
    expect((await run([...db, 'control', 'status', '--at', '37.17585,48.28198', '--radius-km', '0'], work)).code).toBe(2)
    expect((await run([...db, 'control', 'status', '--at', '37.17585,48.28198', '--radius-km', 'far'], work)).code).toBe(2)
  })

  it('status needs exactly one of --place/--at, a known place, and a point the map covers', async () => {
    expect((await run([...db, 'control', 'status'], work)).code).toBe(2)
    expect((await run([...db, 'control', 'status', '--place', 'Atlantis'], work)).code).toBe(3)
    expect((await run([...db, 'control', 'status', '--at', '37.62'], work)).code).toBe(2)
    const moscow = await run([...db, 'control', 'status', '--at', '37.62,55.75'], work)
    expect(moscow.code).toBe(2)
    expect(moscow.stderr).toContain('outside the area the control map covers')
    const point = await run([...db, 'control', 'status', '--at', '37.8028,48.0159', '--json'], work)
    expect(point.json().status.status).toBe('occupied')
  })

  it('timeline by month names a snapshot per row', async () => {
    const result = await run([...db, 'control', 'timeline', '--step', 'month', '--from', '2025-01-01', '--to', '2025-04-01', '--json'], work)
    expect(result.code).toBe(0)
    expect(result.json().steps.map((s: { date: string; snapshotDate: string }) => `${s.date}/${s.snapshotDate}`)).toEqual([
      '2025-01-01/2024-12-31',
      '2025-02-01/2025-02-01',
      '2025-03-01/2025-03-01',
      '2025-04-01/2025-03-01',
    ])
    expect((await run([...db, 'control', 'timeline', '--step', 'fortnight'], work)).code).toBe(2)
  })

  it('report prints every section', async () => {
    const result = await run([...db, 'control', 'report'], work)
    expect(result.code).toBe(0)
    for (const heading of ['Series: 44 snapshots, 2024-07-08 .. 2026-08-22', 'By year', 'By month', 'Biggest gains', 'Biggest losses', 'By oblast']) {
      expect(result.stdout).toContain(heading)
    }
  })

  it('an empty database says how to import', async () => {
    const empty = await run(['--db', join(work, 'empty.db'), 'control', 'area'], work)
    expect(empty.code).toBe(3)
    expect(empty.stderr).toContain('has no control snapshots; import some first: frontline control import PATH')
  })

  it('every control subcommand has --help mentioning what it does', async () => {
    for (const sub of ['import', 'area', 'change', 'status', 'timeline', 'report', 'regions']) {
      const help = await run(['control', sub, '--help'], work)
      expect(help.code).toBe(0)
      expect(help.stdout).toContain(`Usage: frontline control ${sub}`)
    }
    expect((await run(['control', '--help'], work)).stdout).toContain('geodesic on the WGS84 ellipsoid')
  })
})

// keep the fixture helpers honest: the sample the tests rely on is what SOURCE.md describes
describe('data/control-sample', () => {
  it('holds gzip DeepState daily files only', () => {
    const files = readdirSync(SAMPLE_DIR).filter((f) => f !== 'SOURCE.md')
    expect(files.every((f) => /^deepstatemap_data_\d{8}\.geojson\.gz$/.test(f))).toBe(true)
    expect(files).toHaveLength(44)
  })
})
