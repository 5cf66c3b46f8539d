// Control-map benchmarks on the full DeepState series (../shared/data/deepstate-map-data, 769 days):
//   1. import of all 769 days through the CLI into a fresh SQLite file        (target <= 20 s)
//      baseline: the same parsing with the geodesic area computed edge by edge, without the edge cache
//   2. loading the series from the store, full series and the 44-day sample   (target: well under 1 s / a few 100 ms)
//      baseline: the load path before edge-change records (GeoJSON decode, re-pack, whole-series edge index)
//   3. change polygons for all 768 consecutive pairs, incremental              (target <= 5 s)
//      baseline: polygon-clipping's difference on the two whole snapshots (what turf does)
//   4. status timeline of one point across every day, after import            (target <= 1 ms)
//      baseline: a point-in-polygon test of every snapshot
//   5. `frontline control status --place Pokrovsk` end to end, a new process   (target < 1 s)
// Each prints its figures and the ratio to its baseline, run side by side in this process.
// BENCH_NAIVE_PAIRS=N runs the (slow, ~1 min) naive change baseline on N evenly spread pairs only
// and extrapolates, saying so.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { memoryIo } from '../src/cli/io.js'
import { main } from '../src/cli/main.js'
import { computeChange, computeChangeNaive, createControlSeries, geodesicAreaKm2, packMultiPolygon, parseControlGeoJson } from '../src/control/index.js'
import { isPointInGeometry } from '../src/control/geometry/point-in-geometry.js'
import { loadControlSeries } from '../src/pipeline/index.js'
import { openSqliteStore } from '../src/store/index.js'
import { sharedDataPath, sharedDataSkipReason } from '../src/testing/shared-data.js'
import { loadSeriesBaseline } from './support/baseline-series-load.js'

const skip = sharedDataSkipReason('deepstate-map-data')
if (skip) {
  console.log(`control: skipped (${skip})`)
  process.exit(0)
}
const dir = sharedDataPath('deepstate-map-data')
const work = mkdtempSync(join(tmpdir(), 'frontline-bench-'))
// This machine's cores are shared: wall time is printed with this process's CPU time (user +
// system) beside it, and the load average, so a slow run on a busy machine reads as such.
const cpuMs = () => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ')
console.log(`load average at start: ${load()}`)
const createControlSeriesOld = (snapshots: Parameters<typeof createControlSeries>[0]) => createControlSeries(snapshots, { regions: null })
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 1 ? 4 : 1)} ms`)
const verdict = (ms: number, targetMs: number) => (ms <= targetMs ? `within the ${fmt(targetMs)} target` : `OVER the ${fmt(targetMs)} target`)

// 1. import -----------------------------------------------------------------------------------
{
  const dbPath = join(work, 'import.db')
  const io = memoryIo({ cwd: work })
  const t0 = performance.now()
  const c0 = cpuMs()
  const code = await main(['--db', dbPath, 'control', 'import', dir, '--json'], io.io)
  const importMs = performance.now() - t0
  const importCpu = cpuMs() - c0
  const result = JSON.parse(io.stdout())
  if (code !== 0) throw new Error(`import failed: ${io.stderr()}`)

  const files = readdirSync(dir).filter((f) => f.endsWith('.geojson')).sort()
  const t1 = performance.now()
  const c1 = cpuMs()
  for (const f of files) parseControlGeoJson(readFileSync(join(dir, f), 'utf8'), f, { source: 'DeepState' }) // no area cache
  const baselineMs = performance.now() - t1
  const baselineCpu = cpuMs() - c1
  console.log(`import: ${result.snapshots.inserted} days into SQLite in ${fmt(importMs)} wall, ${fmt(importCpu)} CPU (${verdict(importMs, 20_000)})`)
  console.log(`  baseline (parse + validate only, area without the per-edge cache, no store): ${fmt(baselineMs)} wall, ${fmt(baselineCpu)} CPU; ratio ${(baselineMs / importMs).toFixed(2)}×`)
}

// 2. load -------------------------------------------------------------------------------------
const sampleDb = join(work, 'sample.db')
{
  const sampleDir = fileURLToPath(new URL('../data/control-sample', import.meta.url))
  const code = await main(['--db', sampleDb, 'control', 'import', sampleDir, '--json'], memoryIo({ cwd: work }).io)
  if (code !== 0) throw new Error('sample import failed')
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
async function timeIt(fn: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const t = performance.now()
  const c = cpuMs()
  await fn()
  return { wall: performance.now() - t, cpu: cpuMs() - c }
}
for (const [label, path] of [['full series', join(work, 'import.db')], ['44-day sample', sampleDb]] as const) {
  const store = await openSqliteStore({ path, readonly: true })
  const area = { now: [] as { wall: number; cpu: number }[], before: [] as { wall: number; cpu: number }[] }
  const status = { now: [] as { wall: number; cpu: number }[], before: [] as { wall: number; cpu: number }[] }
  const lazy = { now: [] as { wall: number; cpu: number }[], before: [] as { wall: number; cpu: number }[] }
  // round 0 warms the JIT and the file cache for both paths; rounds 1-3 are measured, interleaved
  for (let round = 0; round < 4; round++) {
    const a1 = await timeIt(() => loadControlSeries(store, { regions: null }))
    const a0 = await timeIt(async () => createControlSeriesOld(await store.loadControlSnapshots()))
    const s1 = await timeIt(async () => (await loadControlSeries(store, { regions: null })).index().bands())
    const s0 = await timeIt(() => loadSeriesBaseline(store))
    // what the CLI does for one point: the snapshot list, the edge records, two geometries, one band
    const l1 = await timeIt(async () => {
      const series = await loadControlSeries(store, { regions: null, lazy: true })
      series.statusAt([37.17585, 48.28198], series.coverage!.end)
      series.transitions([37.17585, 48.28198])
    })
    if (round === 0) continue
    lazy.now.push(l1)
    lazy.before.push(s0)
    area.now.push(a1)
    area.before.push(a0)
    status.now.push(s1)
    status.before.push(s0)
  }
  await store.close()
  const show = (name: string, m: { now: { wall: number; cpu: number }[]; before: { wall: number; cpu: number }[] }) => {
    const now = median(m.now.map((x) => x.wall))
    const before = median(m.before.map((x) => x.wall))
    console.log(
      `load (${label}), ${name}: ${fmt(now)} wall, ${fmt(median(m.now.map((x) => x.cpu)))} CPU; ` +
        `baseline (GeoJSON decode + re-pack${name.startsWith('status') || name.startsWith('lazily') ? ' + whole-series edge index' : ''}): ${fmt(before)} wall, ${fmt(median(m.before.map((x) => x.cpu)))} CPU; ratio ${(before / now).toFixed(1)}× faster`,
    )
  }
  show('for an area/change question', area)
  show('status-ready (+ every pair\'s changed edges by latitude band)', status)
  show('lazily, one point\'s status and history answered (the CLI\'s way)', lazy)
}

// 3. change polygons --------------------------------------------------------------------------
const store = await openSqliteStore({ path: join(work, 'import.db') })
const tLoad = performance.now()
const series = await loadControlSeries(store)
const loadMs = performance.now() - tLoad
await store.close()
const tIndex = performance.now()
const index = series.index()
for (let i = 0; i + 1 < series.snapshots.length; i++) index.consecutive(i)
const indexMs = performance.now() - tIndex
const n = series.snapshots.length
console.log(`(series for 3-4 loaded in ${fmt(loadMs)}; the ${n - 1} consecutive pairs' changed edges read in ${fmt(indexMs)})`)
{
  const pairs = n - 1
  const gained = new Float64Array(pairs)
  const lost = new Float64Array(pairs)
  // warm up the JIT on a few pairs (both methods), as any benchmark run does
  for (let i = 0; i < 20; i++) computeChange(series.snapshots[i]!.geometry, series.snapshots[i + 1]!.geometry, index.consecutive(i).segments)
  for (let i = 0; i < 3; i++) computeChangeNaive(series.snapshots[i]!.coordinates, series.snapshots[i + 1]!.coordinates)
  const t0 = performance.now()
  const c0 = cpuMs()
  let windows = 0
  for (let i = 0; i < pairs; i++) {
    const change = computeChange(series.snapshots[i]!.geometry, series.snapshots[i + 1]!.geometry, index.consecutive(i).segments)
    windows += change.windows.length
    gained[i] = geodesicAreaKm2(packMultiPolygon(change.gained))
    lost[i] = geodesicAreaKm2(packMultiPolygon(change.lost))
  }
  const incrementalMs = performance.now() - t0
  const incrementalCpu = cpuMs() - c0
  console.log(`change: ${pairs} consecutive pairs, incremental, polygons + geodesic areas, in ${fmt(incrementalMs)} wall, ${fmt(incrementalCpu)} CPU (${verdict(incrementalMs, 5000)}; ${windows} windows)`)

  const limit = Number(process.env.BENCH_NAIVE_PAIRS ?? pairs)
  const chosen = Array.from({ length: Math.min(limit, pairs) }, (_, k) => Math.floor((k * pairs) / Math.min(limit, pairs)))
  let maxDiff = 0
  const t1 = performance.now()
  const c1 = cpuMs()
  for (const i of chosen) {
    const naive = computeChangeNaive(series.snapshots[i]!.coordinates, series.snapshots[i + 1]!.coordinates)
    const g = geodesicAreaKm2(packMultiPolygon(naive.gained))
    const l = geodesicAreaKm2(packMultiPolygon(naive.lost))
    maxDiff = Math.max(maxDiff, Math.abs(g - gained[i]!), Math.abs(l - lost[i]!))
  }
  const naiveMs = ((performance.now() - t1) * pairs) / chosen.length
  const naiveCpu = ((cpuMs() - c1) * pairs) / chosen.length
  const label = chosen.length === pairs ? '' : ` (measured on ${chosen.length} pairs, extrapolated)`
  console.log(`  baseline (polygon-clipping difference on whole snapshots): ${fmt(naiveMs)} wall, ${fmt(naiveCpu)} CPU${label}; ratio ${(naiveMs / incrementalMs).toFixed(1)}× faster (CPU ${(naiveCpu / incrementalCpu).toFixed(1)}×)`)
  console.log(`  largest gained/lost difference from the baseline: ${(maxDiff * 1e6).toFixed(1)} m² (the baseline leaves crossings off the geodesics)`)
}

// 4. status timeline ----------------------------------------------------------------------------
{
  const named: [string, [number, number]][] = [
    ['Pokrovsk', [37.17585, 48.28198]],
    ['Kupiansk', [37.61581, 49.71003]],
    ['Siversk', [38.09779, 48.86588]],
    ['Kyiv', [30.5234, 50.4501]],
  ]
  let seed = 7
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
  const points: [number, number][] = [...named.map((p) => p[1]), ...Array.from({ length: 2000 }, (): [number, number] => [35.5 + 3.3 * random(), 47 + 3.3 * random()])]
  for (const p of points.slice(0, 50)) series.transitions(p) // warm up
  const t0 = performance.now()
  let worst = 0
  let changes = 0
  for (const p of points) {
    const s = performance.now()
    changes += series.transitions(p).length
    worst = Math.max(worst, performance.now() - s)
  }
  const perPoint = (performance.now() - t0) / points.length
  const sample = points.slice(0, 200)
  const t1 = performance.now()
  for (const [lng, lat] of sample) {
    let previous: boolean | null = null
    for (const s of series.snapshots) {
      const inside = isPointInGeometry(s.geometry, lng, lat)
      previous = inside
    }
    void previous
  }
  const baselinePerPoint = (performance.now() - t1) / sample.length
  console.log(`status timeline: ${fmt(perPoint)} per point across ${n} days, mean of ${points.length} points (slowest ${fmt(worst)}; ${changes} transitions found) — ${verdict(perPoint, 1)}`)
  for (const [name, at] of named) {
    const s = performance.now()
    const t = series.transitions(at)
    console.log(`  ${name}: ${t.length ? t.map((x) => `${x.date} ${x.from}→${x.to}`).join(', ') : 'no change'} (${fmt(performance.now() - s)})`)
  }
  console.log(`  baseline (point-in-polygon on every snapshot): ${fmt(baselinePerPoint)} per point; ratio ${(baselinePerPoint / perPoint).toFixed(0)}× faster`)
}
// 5. the CLI end to end -----------------------------------------------------------------------
{
  const bin = fileURLToPath(new URL('../bin/frontline.js', import.meta.url))
  if (!existsSync(fileURLToPath(new URL('../dist/cli/main.js', import.meta.url)))) {
    console.log('cli: skipped (dist/ is not built; run npm run build)')
  } else {
    // each child prints its own CPU time (user + system) on exit, so a busy machine's wall time reads as such
    const cpuHook = 'data:text/javascript,process.on("exit",()=>{const u=process.cpuUsage();process.stderr.write("\\ncpu-ms "+(u.user+u.system)/1000+"\\n")})'
    const timeRuns = (args: string[]): { wall: number; cpu: number; out: string } => {
      const walls: number[] = []
      const cpus: number[] = []
      let out = ''
      for (let k = 0; k < 4; k++) {
        const t = performance.now()
        const run = spawnSync(process.execPath, ['--import', cpuHook, ...args], { encoding: 'utf8' })
        if (run.status !== 0) throw new Error(`${args.join(' ')} failed: ${run.stderr}`)
        if (k === 0) continue // the first run warms the OS file cache
        walls.push(performance.now() - t)
        cpus.push(Number(/cpu-ms ([\d.]+)/.exec(run.stderr)?.[1] ?? NaN))
        out = run.stdout
      }
      return { wall: median(walls), cpu: median(cpus), out }
    }
    const bare = timeRuns(['-e', '0'])
    for (const [label, db, target] of [['full series', join(work, 'import.db'), 1000], ['44-day sample', sampleDb, 500]] as const) {
      const cli = timeRuns([bin, '--db', db, 'control', 'status', '--place', 'Pokrovsk'])
      console.log(
        `cli: frontline control status --place Pokrovsk on the ${label}, a new process each time (dist/ as built): median ${fmt(cli.wall)} wall, ${fmt(cli.cpu)} CPU (${verdict(cli.wall, target)}); ` +
          `baseline (a bare Node process, node -e 0): ${fmt(bare.wall)} wall, ${fmt(bare.cpu)} CPU; ratio ${(cli.wall / bare.wall).toFixed(1)}× a bare start`,
      )
      if (label === 'full series') console.log(cli.out.trimEnd().split('\n').map((l) => `  | ${l}`).join('\n'))
    }
  }
}
console.log(`load average at end: ${load()}`)
rmSync(work, { recursive: true, force: true })
