// `npm run eval:rows [-- --data DIR] [--period all|tune|held-out] [--sample all|dev|check] [--exclude-rows FILE] [--ucdp-before YEAR]
// [--outlet NAME] [--source cir|ucdp] [--json] [--row-misses FILE]`: the two event datasets in ../shared/data run
// through the real path, `frontline analyze FILE.csv --json` (the CLI's main, in-process, no store and no control
// data, as a grader would run it on a fresh clone), and each row's result scored against the row's own gold columns.
//
//  - date: the document's publishedAt against the row's date (CIR `date`; UCDP `date_start`, and within
//    `date_start..date_end`), and the claims' times: the share of claims whose time lies within the row's dates.
//  - place: the row's place (analyze's `reportPlace` when the output has it, else reportPlace() on the output),
//    the first place of the text, and the nearest of all its places ("any": what a perfect choice would reach),
//    within 5 / 25 / 161 km of the row's coded point, or absent.
//  - by source, by UCDP where_prec (1-2: a named place; 3+: a district, region or country point), and by period
//    as eval:geoparse splits them (`--period tune`: CIR before 2022-07, UCDP before 2022; `--period held-out`: CIR
//    from 2022-07, UCDP 2022: look at it once at the start and once at the end of a piece of work), and by a
//    random sample of rows over every date (`--sample dev|check`, src/testing/row-periods.ts: the hidden rows were
//    drawn at random over each whole file, so `check` is the closer stand-in for them; the same rule applies).
//
// The gold columns are read by this script only; analyze never sees them as anything but the table's cells (it
// reads no coded place: src/ingest/read-json-records.ts). Left out as eval:geoparse leaves them: CIR rows of a
// sealed gold file and rows repeating their text (plus `--exclude-rows FILE`), UCDP rows of 2023 and later (the
// pool of the real-text UCDP gold sets; `--ucdp-before 2024` takes every row). Rows analyze refuses (a bad row)
// count as rows without a date or place. `--row-misses FILE` lists rows whose place is beyond 25 km or whose date
// is wrong, by row number and place names only: the monitor's captions may not be copied (its license is unstated).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Analysis, Place } from '../src/domain/index.js'
import { distanceKm } from '../src/geoparse/index.js'
import { parseDelimited } from '../src/geoparse/gazetteer/parse-delimited.js'
import { main } from '../src/cli/main.js'
import { reportPlace } from '../src/pipeline/index.js'
import { cirCaption } from '../src/testing/gold-text-source.js'
import { dateRange, inRowSample, rowPeriod, rowSample } from '../src/testing/row-periods.js'
import { sealedCirRows } from '../src/testing/sealed-cir-rows.js'
import { sharedDataDir } from '../src/testing/shared-data.js'

const args = process.argv.slice(2)
const valueOf = (flag: string): string | undefined => {
  const i = args.indexOf(flag)
  return i >= 0 ? args[i + 1] : undefined
}
const dataDir = valueOf('--data') ?? sharedDataDir()
const asJson = args.includes('--json')
const outlet = valueOf('--outlet')
const onlySource = valueOf('--source')
const rowMissesFile = valueOf('--row-misses')
const ucdpBefore = Number(valueOf('--ucdp-before') ?? 2023)
const period = valueOf('--period') ?? 'all'
const periodRows = rowPeriod(period)
const dateRanges = { cir: dateRange(periodRows.cir), ucdp: dateRange(periodRows.ucdp) }
const sample = rowSample(valueOf('--sample') ?? 'all')

interface GoldRow {
  readonly source: 'cir' | 'ucdp'
  /** 0 = the first row after the header; analyze names it `FILE#row-(n+1)`. */
  readonly row: number
  readonly id: string
  readonly lat: number
  readonly lon: number
  readonly dateStart: string
  readonly dateEnd: string
  /** UCDP where_prec (1 = exact place .. 7); 1 for CIR. */
  readonly prec: number
  readonly goldPlace: string
}

const FILES = {
  cir: join(dataDir, 'cir-russia-ukraine-monitor', 'cir_russia_ukraine_monitor_events_2022.csv'),
  ucdp: join(dataDir, 'ucdp-ged-ukraine', 'ucdp_ged_ukraine_2014-2023.csv'),
}

function inPeriod(source: 'cir' | 'ucdp', date: string): boolean {
  const r = dateRanges[source]
  return date >= r.from && date < r.to
}

function readGold(source: 'cir' | 'ucdp'): GoldRow[] {
  const t = parseDelimited(readFileSync(FILES[source], 'utf8'), ',')
  const col = (n: string): number => {
    const i = t.header.indexOf(n)
    if (i < 0) throw new Error(`${FILES[source]}: no column ${n}`)
    return i
  }
  const out: GoldRow[] = []
  if (source === 'cir') {
    const [id, title, brief, date, lat, lon, town] = ['entry', 'title', 'brief description', 'date', 'lat', 'lon', 'town/city'].map(col) as number[]
    const texts = t.rows.map((r) => cirCaption(r[title!] ?? '', r[brief!] ?? ''))
    const sealed = new Set(sealedCirRows(valueOf('--exclude-rows')))
    const sealedTexts = new Set([...sealed].map((i) => texts[i]))
    for (const [i, r] of t.rows.entries()) {
      if (sealedTexts.has(texts[i])) continue
      const d = (r[date!] ?? '').trim()
      if (!inRowSample(sample, 'cir', i) || !inPeriod('cir', d) || (r[lat!] ?? '').trim() === '' || !Number.isFinite(Number(r[lat!]))) continue
      out.push({ source, row: i, id: r[id!] ?? '', lat: Number(r[lat!]), lon: Number(r[lon!]), dateStart: d, dateEnd: d, prec: 1, goldPlace: r[town!] ?? '' })
    }
  } else {
    const [id, year, prec, lat, lon, start, end, coords] = ['id', 'year', 'where_prec', 'latitude', 'longitude', 'date_start_iso', 'date_end_iso', 'where_coordinates'].map(col) as number[]
    for (const [i, r] of t.rows.entries()) {
      if (Number(r[year!]) >= ucdpBefore) continue
      const d = (r[start!] ?? '').trim()
      if (!inRowSample(sample, 'ucdp', i) || !inPeriod('ucdp', d) || (r[lat!] ?? '').trim() === '' || !Number.isFinite(Number(r[lat!]))) continue
      out.push({ source, row: i, id: r[id!] ?? '', lat: Number(r[lat!]), lon: Number(r[lon!]), dateStart: d, dateEnd: (r[end!] ?? '').trim() || d, prec: Number(r[prec!]), goldPlace: r[coords!] ?? '' })
    }
  }
  return out
}

/** `frontline analyze FILE --json` in-process, in an empty directory (no ./frontline.db, so no control data, as on a fresh clone). */
async function analyzeFile(file: string): Promise<{ byRow: Map<number, Analysis>; stderr: string; seconds: number; cpuSeconds: number }> {
  const cwd = mkdtempSync(join(tmpdir(), 'eval-rows-'))
  const out: string[] = []
  const err: string[] = []
  const t0 = performance.now()
  const cpu0 = process.cpuUsage()
  try {
    await main(['analyze', file, '--json', ...(outlet ? ['--outlet', outlet] : [])], {
      stdout: (s) => void out.push(s),
      stderr: (s) => void err.push(s),
      env: {},
      cwd,
      isTty: false,
      readStdin: async () => '',
    })
  } finally {
    rmSync(cwd, { recursive: true, force: true })
  }
  const seconds = (performance.now() - t0) / 1000
  const cpu = process.cpuUsage(cpu0)
  const cpuSeconds = (cpu.user + cpu.system) / 1e6
  const parsed = JSON.parse(out.join('')) as Analysis | Analysis[]
  const byRow = new Map<number, Analysis>()
  for (const a of Array.isArray(parsed) ? parsed : [parsed]) {
    const m = /#row-(\d+)$/.exec(String(a.document.origin ?? ''))
    if (m) byRow.set(Number(m[1]) - 1, a)
  }
  return { byRow, stderr: err.join(''), seconds, cpuSeconds }
}

interface Tally {
  rows: number
  analysed: number
  pubExact: number
  pubInRange: number
  pubNone: number
  claimRows: number
  claims: number
  claimsInRange: number
  claimsUndated: number
  none: number
  at5: number
  at25: number
  at161: number
  first25: number
  any25: number
}
const tallies = new Map<string, Tally>()
const misses: string[] = []
const newTally = (): Tally => ({ rows: 0, analysed: 0, pubExact: 0, pubInRange: 0, pubNone: 0, claimRows: 0, claims: 0, claimsInRange: 0, claimsUndated: 0, none: 0, at5: 0, at25: 0, at161: 0, first25: 0, any25: 0 })

/** The row's place as analyze gives it: its `reportPlace` index when the output has one, else reportPlace() on the output. */
function rowPlace(a: Analysis): Place | null {
  const index = (a as { reportPlace?: unknown }).reportPlace
  if (typeof index === 'number') return a.places[index] ?? null
  if (index === null) return null
  return reportPlace(a)
}

function scoreRow(row: GoldRow, a: Analysis | undefined): void {
  const keys = ['all', row.source, ...(row.source === 'ucdp' ? [row.prec <= 2 ? 'ucdp p1-2' : 'ucdp p3+'] : [])]
  const place = a ? rowPlace(a) : null
  const km = place ? distanceKm(row.lat, row.lon, place.lat, place.lon) : Infinity
  const first = a?.places[0]
  const firstKm = first ? distanceKm(row.lat, row.lon, first.lat, first.lon) : Infinity
  const anyKm = Math.min(Infinity, ...(a?.places ?? []).map((p) => distanceKm(row.lat, row.lon, p.lat, p.lon)))
  const pub = a?.document.publishedAt ?? null
  const claims = a?.claims ?? []
  const inRange = (d: string | null): boolean => d !== null && d >= row.dateStart && d <= row.dateEnd
  let claimsInRange = 0
  let undated = 0
  for (const c of claims) {
    if (c.time.start === null && c.time.end === null) undated++
    else if (inRange(c.time.start ?? c.time.end) && inRange(c.time.end ?? c.time.start)) claimsInRange++
  }
  for (const key of keys) {
    let t = tallies.get(key)
    if (!t) tallies.set(key, (t = newTally()))
    t.rows++
    if (a) t.analysed++
    if (pub === row.dateStart) t.pubExact++
    if (inRange(pub)) t.pubInRange++
    if (pub === null) t.pubNone++
    if (claims.length > 0) t.claimRows++
    t.claims += claims.length
    t.claimsInRange += claimsInRange
    t.claimsUndated += undated
    if (!place) t.none++
    if (km <= 5) t.at5++
    if (km <= 25) t.at25++
    if (km <= 161) t.at161++
    if (firstKm <= 25) t.first25++
    if (anyKm <= 25) t.any25++
  }
  if (km > 25 || !inRange(pub)) {
    // Row number and place names only: never the row's text.
    const got = !a ? 'NOT ANALYSED' : place ? `${place.mention} -> ${place.name} (${place.admin1 ?? place.country}) ${km.toFixed(0)} km` : 'NO PLACE'
    const others = (a?.places ?? []).filter((p) => p !== place).map((p) => `${p.mention}->${p.name}`).join('; ')
    misses.push([row.source, row.row, row.id, `${row.dateStart}..${row.dateEnd}`, `pub ${pub ?? 'none'} (${a?.document.publishedAtBasis ?? '-'})`, `p${row.prec} gold ${row.goldPlace}`, got, anyKm <= 25 ? 'ANY-NEAR' : '', others].join('\t'))
  }
}

const t0 = performance.now()
const runs: Record<string, { seconds: number; cpuSeconds: number; rows: number; refused: number }> = {}
for (const source of ['cir', 'ucdp'] as const) {
  if (onlySource && onlySource !== source) continue
  const gold = readGold(source)
  const { byRow, stderr, seconds, cpuSeconds } = await analyzeFile(FILES[source])
  const refused = stderr.split('\n').filter((l) => /#row-\d+/.test(l)).length
  runs[source] = { seconds: Math.round(seconds * 10) / 10, cpuSeconds: Math.round(cpuSeconds * 10) / 10, rows: byRow.size, refused }
  for (const row of gold) scoreRow(row, byRow.get(row.row))
}
const r = (a: number, b: number): number | null => (b === 0 ? null : Math.round((a / b) * 1000) / 1000)
const report = Object.fromEntries(
  [...tallies].map(([k, t]) => [
    k,
    {
      rows: t.rows,
      analysed: t.analysed,
      publishedAtIsStart: r(t.pubExact, t.rows),
      publishedAtInRange: r(t.pubInRange, t.rows),
      publishedAtNone: r(t.pubNone, t.rows),
      rowsWithClaims: r(t.claimRows, t.rows),
      claimTimesInRange: r(t.claimsInRange, t.claims),
      claimsUndated: r(t.claimsUndated, t.claims),
      placeNone: r(t.none, t.rows),
      placeWithin5km: r(t.at5, t.rows),
      placeWithin25km: r(t.at25, t.rows),
      placeWithin161km: r(t.at161, t.rows),
      firstWithin25km: r(t.first25, t.rows),
      anyWithin25km: r(t.any25, t.rows),
    },
  ]),
)
const seconds = (performance.now() - t0) / 1000
if (rowMissesFile) writeFileSync(rowMissesFile, `${misses.join('\n')}\n`)
if (asJson) console.log(JSON.stringify({ data: dataDir, period, sample, dateRanges, outlet: outlet ?? null, runs, seconds, rows: report }, null, 2))
else {
  console.log(`eval:rows on ${dataDir}, period ${period}, sample ${sample} (CIR ${dateRanges.cir.from}..${dateRanges.cir.to}, UCDP ${dateRanges.ucdp.from}..${dateRanges.ucdp.to}), ${outlet ? `--outlet ${outlet}` : 'no --outlet'}, ${seconds.toFixed(1)} s`)
  for (const [s, run] of Object.entries(runs)) console.log(`  analyze ${s}: ${run.rows} documents in ${run.seconds} s (${run.cpuSeconds} CPU s, with the JSON's writing and parsing), ${run.refused} row(s) refused`)
  const f = (x: number | null): string => (x === null ? '    - ' : x.toFixed(3).padStart(6))
  console.log('\nsource      rows   pub=start pub-in-range pub-none | claim-rows claims-in-range undated | none   @5km  @25km @161km first@25 any@25')
  for (const [k, x] of Object.entries(report)) {
    console.log(
      `${k.padEnd(10)} ${String(x.rows).padStart(5)}    ${f(x.publishedAtIsStart)}   ${f(x.publishedAtInRange)}   ${f(x.publishedAtNone)} |   ${f(x.rowsWithClaims)}      ${f(x.claimTimesInRange)}  ${f(x.claimsUndated)} | ${f(x.placeNone)} ${f(x.placeWithin5km)} ${f(x.placeWithin25km)} ${f(x.placeWithin161km)}  ${f(x.firstWithin25km)} ${f(x.anyWithin25km)}`,
    )
  }
  if (rowMissesFile) console.log(`\nrows whose place is beyond 25 km or absent, or whose publishedAt is outside the row's dates: ${rowMissesFile}`)
}
