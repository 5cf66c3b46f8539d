// Verification benchmark on the full DeepState series (../shared/data/deepstate-map-data, 769 days):
//   verification of 10,000 stored claims (1,000 documents) against the full series   (target <= 5 s)
//   — `verifyStoredClaims`: read every document's claims from SQLite, a verdict per claim,
//   the findings (incl. place-confusion over the shipped gazetteer), contradictions across all
//   claims, and everything written back.
//   baseline: the naive method, a point-in-polygon test of every snapshot for each claim's place
//   (no per-place timeline, no changed-edge index), run side by side on a spread subset of the
//   same claims (BENCH_NAIVE_CLAIMS, default 300) and extrapolated to 10,000, saying so.
// The claims are synthetic but drawn from real places, kinds, dates, speakers and figures mixed as in
// war reporting (seeded, so every run verifies the same claims), in two mixes, each timed after a
// warm-up run over 1,000 other claims:
//   front    — as reporting is: 300 often-reported places within 25 km of the line at some point of
//              the series; 70% of the documents are stories about one of them dated around a day the
//              map moved it across the line (half their claims about it), the rest of the claims about
//              the 300 (85%) or any settlement of the front oblasts (15%), on any day;
//   uniform  — adversarial: the 300 often-reported places drawn from all 7,862 settlements of the
//              front oblasts, most far from any fighting, so ~40% of claims are contradicted and each
//              starts a place-confusion search.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { memoryIo } from '../src/cli/io.js'
import { main } from '../src/cli/main.js'
import { isPointInGeometry } from '../src/control/geometry/point-in-geometry.js'
import type { Claim, ClaimKind, ControlView, GazetteerEntry, LngLat, Modality, Place, Transition } from '../src/domain/index.js'
import { loadGazetteer } from '../src/geoparse/index.js'
import { createClaimVerifier, loadControlSeries, placeDirectoryFromGazetteer, verifyStoredClaims } from '../src/pipeline/index.js'
import { openSqliteStore } from '../src/store/index.js'
import { sharedDataPath, sharedDataSkipReason } from '../src/testing/shared-data.js'
import { storeAnalysis } from '../src/testing/verify-analyses.js'
import { ClaimVerifier } from '../src/verify/index.js'
import { addDays, addMonths, daysBetween } from '../src/text/index.js'

const skip = sharedDataSkipReason('deepstate-map-data')
if (skip) {
  console.log(`verify: skipped (${skip})`)
  process.exit(0)
}
const CLAIMS = 10_000
const PER_DOCUMENT = 10
const NAIVE = Number(process.env.BENCH_NAIVE_CLAIMS ?? 300)
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`)
const work = mkdtempSync(join(tmpdir(), 'frontline-bench-verify-'))
const dbPath = join(work, 'verify.db')

// Setup (not timed): the full series into SQLite, and 10,000 claims stored with their documents.
{
  const io = memoryIo({ cwd: work })
  const t0 = performance.now()
  if ((await main(['--db', dbPath, 'control', 'import', sharedDataPath('deepstate-map-data')], io.io)) !== 0) throw new Error(io.stderr())
  console.log(`setup: imported the full series in ${fmt(performance.now() - t0)}`)
}
const gazetteer = loadGazetteer()
const FRONT_OBLASTS = ['Donetsk Oblast', 'Luhansk Oblast', 'Zaporizhzhia Oblast', 'Kharkiv Oblast', 'Kherson Oblast', 'Dnipropetrovsk Oblast', 'Sumy Oblast']
const settlements = FRONT_OBLASTS.flatMap((o) => gazetteer.inRegion(o, 'settlement')).filter((e) => (e.coordinateBasis ?? 'point') === 'point')
let seed = 20251201
const random = (): number => {
  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
const placeOf = (e: GazetteerEntry): Place => ({ mention: e.name, span: [0, 0], id: e.id, name: e.name, admin1: e.admin1, country: e.country, lat: e.lat, lon: e.lon, kind: 'settlement', confidence: 0.9, alternatives: [] })
const speakers = [
  { name: 'Russian Defence Ministry', side: 'RU' }, { name: 'Valery Gerasimov', side: 'RU' }, { name: 'Vladimir Putin', side: 'RU' }, { name: 'Denis Pushilin', side: 'RU' },
  { name: 'General Staff of Ukraine', side: 'UA' }, { name: 'Oleksandr Syrskyi', side: 'UA' }, { name: 'DeepState', side: 'UA' }, { name: 'Khortytsia group', side: 'UA' },
  { name: 'ISW', side: 'independent' }, { name: 'Rybar', side: 'RU' }, { name: null, side: 'unknown' },
] as const
const outlets = ['TASS', 'RIA Novosti', 'Ukrainska Pravda', 'Reuters', 'AP', 'Bloomberg', 'Kyiv Independent', 'Meduza', null]
const KINDS: [ClaimKind, number][] = [['capture', 30], ['advance', 22], ['control', 8], ['withdrawal', 5], ['assault', 10], ['repelled', 5], ['area-change', 4], ['strike', 8], ['other', 8]]
const kindOf = (): ClaimKind => {
  let r = random() * 100
  for (const [k, w] of KINDS) if ((r -= w) < 0) return k
  return 'other'
}
const START = '2024-07-08'
const SPAN = daysBetween(START, '2026-08-22')
const clampDate = (d: string): string => (d < START ? START : d > '2026-08-22' ? '2026-08-22' : d)

/** A copy of the imported database with 10,000 claims stored: 85% about the `hot` places, 15% about any. */
async function storeClaims(name: string, hot: readonly GazetteerEntry[], count = CLAIMS, withAreas = true, news: ReadonlyMap<string, readonly string[]> | null = null): Promise<string> {
  const path = join(work, `${name}.db`)
  copyFileSync(dbPath, path)
  const store = await openSqliteStore({ path })
  const t0 = performance.now()
  for (let d = 0; d < count / PER_DOCUMENT; d++) {
    // With `news`, most documents are stories about one place, around a day the map changed it.
    const story = news && random() < 0.7 ? pick(hot.filter((h) => (news.get(h.id)?.length ?? 0) > 0)) : null
    const storyDates = story ? (news?.get(story.id) ?? []) : []
    const published = storyDates.length > 0 ? clampDate(addDays(pick(storyDates), Math.round((random() - 0.3) * 40))) : addDays(START, Math.floor(random() * SPAN))
    const places: Place[] = []
    const claims: Claim[] = []
    for (let c = 0; c < PER_DOCUMENT; c++) {
      let kind = kindOf()
      if (kind === 'area-change' && !withAreas) kind = 'capture'
      const speaker = pick(speakers)
      const entry = story && random() < 0.5 ? story : random() < 0.85 ? pick(hot) : pick(settlements)
      const date = addDays(published, -Math.floor(random() * 5))
      // Area figures are given for calendar months ("in October Russia took 460 km²"), as reports do.
      const monthly = kind === 'area-change'
      const lastMonth = addMonths(`${date.slice(0, 7)}-01`, -1)
      const start = monthly ? lastMonth : date
      const end = monthly ? addDays(addMonths(lastMonth, 1), -1) : date
      const modality: Modality = random() < 0.06 ? 'denied' : random() < 0.03 ? 'premature' : random() < 0.2 ? 'reported' : 'asserted'
      const undated = random() < 0.03
      const index = places.push(placeOf(entry)) - 1
      const figure = Math.round(200 + random() * 500)
      claims.push({
        id: `bench-${d}-${c}`,
        documentId: `bench-doc-${d}`,
        kind,
        actorSide: kind === 'withdrawal' ? (random() < 0.8 ? 'UA' : 'RU') : speaker.side === 'UA' && random() < 0.4 ? 'UA' : 'RU',
        speaker: { name: speaker.name, side: speaker.side, via: random() < 0.3 ? pick(outlets) : null },
        places: monthly || random() < 0.02 ? [] : [index],
        time: undated ? { start: null, end: null, basis: 'explicit' } : { start, end, basis: 'explicit' },
        quantity: monthly ? { value: figure, unit: 'km2', text: `${figure} km²` } : null,
        modality,
        span: [c * 10, c * 10 + 9],
        sentence: `claim ${c}`,
      })
    }
    await storeAnalysis(store, { document: { id: `bench-doc-${d}`, title: null, publishedAt: published, publishedAtBasis: 'metadata', lang: 'en', text: `bench document ${d}: ${'x'.repeat(PER_DOCUMENT * 10)}`, outlet: pick(outlets) }, places, claims, findings: [] })
  }
  console.log(`setup (${name}): stored ${await store.countClaims()} claims in ${await store.countDocuments()} documents in ${fmt(performance.now() - t0)}`)
  await store.close()
  return path
}

// The series and the gazetteer's look-alike table are loaded once, as a running server or a
// `frontline verify` run has them; the verification itself is timed per mix.
const seriesStore = await openSqliteStore({ path: dbPath })
const tLoad = performance.now()
const series = await loadControlSeries(seriesStore)
series.index()
series.transitions([37.18, 48.28]) // builds the latitude bands of changed edges that every status history uses
await seriesStore.close()
console.log(`load: ${series.snapshots.length} snapshots and their edge indexes in ${fmt(performance.now() - tLoad)} (not part of the figures below)`)
const tPlaces = performance.now()
const places = placeDirectoryFromGazetteer(gazetteer)
places.prepare()
console.log(`load: the gazetteer's look-alike name table (${gazetteer.size} entries) in ${fmt(performance.now() - tPlaces)} (not part of the figures below either)`)

// Front places: settlements within 25 km of the line on the first, middle or last snapshot.
const coverage = series.coverage as { start: string; end: string }
const middle = addDays(coverage.start, Math.floor(daysBetween(coverage.start, coverage.end) / 2))
const nearFront = settlements.filter((e) => [coverage.start, middle, coverage.end].some((d) => (series.distanceToOccupiedKm([e.lon, e.lat], d) ?? Infinity) <= 25))
const frontHot = Array.from({ length: 300 }, () => pick(nearFront))
// The days the map moved each front place across the line: what the news was about, and when.
const news = new Map(frontHot.map((e) => [e.id, series.transitions([e.lon, e.lat]).map((t) => t.date)]))
const mixes: [string, GazetteerEntry[], ReadonlyMap<string, readonly string[]> | null][] = [
  ['front', frontHot, news],
  ['uniform', Array.from({ length: 300 }, () => pick(settlements)), null],
]
console.log(`setup: ${nearFront.length} of ${settlements.length} front-oblast settlements lie within 25 km of the line at some point`)
if (process.env.BENCH_SETUP_ONLY) {
  for (const [name, hot, stories] of mixes) console.log(`kept ${await storeClaims(name, hot, CLAIMS, true, stories)}`)
  process.exit(0)
}
// Warm-up (not timed): 1,000 other claims, without area figures (so no change polygons are cached),
// verified first, as a running server or a long `verify` run would already have compiled the code.
{
  const path = await storeClaims('warm-up', Array.from({ length: 300 }, () => pick(settlements)), 1_000, false)
  const store = await openSqliteStore({ path })
  const t0 = performance.now()
  await verifyStoredClaims(store, createClaimVerifier(series, { places }))
  await store.close()
  console.log(`warm-up: 1,000 other claims verified in ${fmt(performance.now() - t0)} (not timed)`)
}
let frontStore = ''
let frontMs = 0
let frontClaims = 0
for (const [name, hot, stories] of mixes) {
  const path = await storeClaims(name, hot, CLAIMS, true, stories)
  const store = await openSqliteStore({ path })
  const verifier = createClaimVerifier(series, { places })
  const t0 = performance.now()
  const cpu0 = process.cpuUsage()
  const run = await verifyStoredClaims(store, verifier)
  const verifyMs = performance.now() - t0
  const cpu = process.cpuUsage(cpu0)
  const cpuMs = (cpu.user + cpu.system) / 1000
  await store.close()
  const statuses = Object.entries(run.statuses).map(([s, n]) => `${n} ${s}`).join(', ')
  console.log(`verify (${name}): ${run.claims} stored claims in ${fmt(verifyMs)} — ${verifyMs <= 5000 ? 'within' : 'OVER'} the 5 s target (${((verifyMs * 1000) / run.claims).toFixed(0)} µs per claim)`)
  // The machine is shared: CPU time shows what the run itself cost when other work slows the wall clock.
  console.log(`  CPU time of the run: ${fmt(cpuMs)} (${Math.round((100 * cpuMs) / verifyMs)}% of wall time; load average ${loadavg()[0]?.toFixed(1)})`)
  console.log(`  verdicts: ${statuses}; ${run.findings} findings; ${run.contradictions} contradictions`)
  if (name === 'front') [frontStore, frontMs, frontClaims] = [path, verifyMs, run.claims]
}
const store = await openSqliteStore({ path: frontStore })
const verifyMs = frontMs
const run = { claims: frontClaims }

// Baseline: the same claims, each judged from a point-in-polygon test of every snapshot.
const naiveView: ControlView = {
  coverage: series.coverage,
  snapshotDateOn: (d) => series.snapshotDateOn(d),
  covers: (at) => series.covers(at),
  statusAt: (at, d) => series.statusAt(at, d),
  transitions(at: LngLat): readonly Transition[] {
    const out: Transition[] = []
    let previous: boolean | null = null
    series.snapshots.forEach((s, i) => {
      const inside = isPointInGeometry(s.geometry, at[0], at[1])
      if (previous !== null && inside !== previous) {
        out.push({ date: s.date, previousSnapshotDate: (series.snapshots[i - 1] as { date: string }).date, from: previous ? 'occupied' : 'free', to: inside ? 'occupied' : 'free' })
      }
      previous = inside
    })
    return out
  },
  areaOn: (d, r) => series.areaOn(d, r),
  changeBetween: (a, b, r) => series.changeBetween(a, b, r),
  distanceToOccupiedKm: (at, d) => series.distanceToOccupiedKm(at, d),
}
const rows = await store.listClaims({ limit: CLAIMS })
const step = Math.max(1, Math.floor(rows.length / NAIVE))
const subset = rows.filter((_, i) => i % step === 0).slice(0, NAIVE)
const documents = new Map((await store.listDocuments({ limit: CLAIMS })).map((d) => [d.id, d]))
const fastSubsetVerifier = createClaimVerifier(series)
const tFast = performance.now()
for (const row of subset) fastSubsetVerifier.verifyClaim(row.claim, row.places, documents.get(row.claim.documentId)?.publishedAt ?? null)
const fastSubsetMs = performance.now() - tFast
const tNaive = performance.now()
for (const row of subset) new ClaimVerifier({ control: naiveView }).verifyClaim(row.claim, row.places, documents.get(row.claim.documentId)?.publishedAt ?? null)
const naiveMs = performance.now() - tNaive
const naiveFull = (naiveMs / subset.length) * run.claims
console.log(
  `  baseline on the front mix (point-in-polygon of all ${series.snapshots.length} snapshots per claim, no timeline cache): ${fmt(naiveMs)} for ${subset.length} claims, ` +
    `extrapolated ${fmt(naiveFull)} for ${run.claims}; ratio ${(naiveFull / verifyMs).toFixed(1)}× the full run` +
    ` (verdicts alone on the same ${subset.length} claims: ${fmt(fastSubsetMs)}, ratio ${(naiveMs / fastSubsetMs).toFixed(1)}×)`,
)
await store.close()
rmSync(work, { recursive: true, force: true })
