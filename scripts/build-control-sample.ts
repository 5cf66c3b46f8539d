// Builds data/control-sample/: the bundled sample of the DeepState control series, so that the
// README's main command works on a fresh clone without ../shared. A subset of the daily files of
// ../shared/data/deepstate-map-data, each copied unchanged and gzipped (the import reads .gz):
//   - the first snapshot of every month, and the last one of the series;
//   - the days of the TOP_CHANGES biggest changes (gained + lost between consecutive days) and the
//     day before each, so the sample shows them as single steps;
//   - the days a few checks in the tests and docs use (the 2025 January–October comparison, and
//     the days the line crossed Pokrovsk).
// Run: npx tsx scripts/build-control-sample.ts [DEEPSTATE_DIR]   (or: npm run sample)
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { computeChangeBetween, EdgeAreaCache, geodesicAreaKm2, packMultiPolygon, parseControlGeoJson } from '../src/control/index.js'
import { repoPath, sharedDataPath } from '../src/testing/shared-data.js'

const TOP_CHANGES = 6
const PINNED = ['2024-12-31', '2025-01-02', '2025-10-31', '2025-11-19', '2025-11-20', '2025-11-24', '2025-11-25']

const dir = process.argv[2] ?? sharedDataPath('deepstate-map-data')
const files = readdirSync(dir).filter((f) => /^deepstatemap_data_\d{8}\.geojson$/.test(f)).sort()
const dateOf = (f: string) => `${f.slice(18, 22)}-${f.slice(22, 24)}-${f.slice(24, 26)}`
const cache = new EdgeAreaCache()
const snapshots = files.map((f) => {
  const parsed = parseControlGeoJson(readFileSync(join(dir, f), 'utf8'), f, { source: 'DeepState', areaCache: cache })
  const snapshot = parsed.value[0]
  if (!snapshot) throw new Error(`${f}: ${parsed.issues.map((i) => i.message).join('; ')}`)
  return { file: f, date: dateOf(f), geometry: packMultiPolygon(snapshot.geometry) }
})

const chosen = new Set<string>()
const byMonth = new Map<string, string>()
for (const s of snapshots) if (!byMonth.has(s.date.slice(0, 7))) byMonth.set(s.date.slice(0, 7), s.file)
for (const f of byMonth.values()) chosen.add(f)
chosen.add((snapshots[snapshots.length - 1] as (typeof snapshots)[number]).file)

const steps = snapshots.slice(1).map((s, i) => {
  const previous = snapshots[i] as (typeof snapshots)[number]
  const change = computeChangeBetween(previous.geometry, s.geometry)
  const gross = geodesicAreaKm2(packMultiPolygon(change.gained)) + geodesicAreaKm2(packMultiPolygon(change.lost))
  return { previous: previous.file, file: s.file, gross }
})
for (const step of [...steps].sort((a, b) => b.gross - a.gross).slice(0, TOP_CHANGES)) {
  chosen.add(step.previous)
  chosen.add(step.file)
  console.log(`big change ${dateOf(step.previous)} → ${dateOf(step.file)}: ${step.gross.toFixed(1)} km² gross`)
}
for (const date of PINNED) {
  const s = snapshots.find((x) => x.date === date)
  if (!s) throw new Error(`the series has no snapshot on ${date}`)
  chosen.add(s.file)
}

const target = repoPath('data', 'control-sample')
mkdirSync(target, { recursive: true })
for (const f of readdirSync(target)) if (f.endsWith('.geojson.gz')) rmSync(join(target, f))
let bytes = 0
for (const f of [...chosen].sort()) {
  const gz = gzipSync(readFileSync(join(dir, f)), { level: 9 })
  writeFileSync(join(target, `${f}.gz`), gz)
  bytes += gz.length
}
console.log(`${target}: ${chosen.size} of ${files.length} daily files, ${(bytes / 1e6).toFixed(2)} MB`)
