// `npm run eval:geoparse [-- --data DIR] [--json] [--misses FILE] [--row-misses FILE] [--period all|tune|held-out] [--sample all|dev|check]
// [--cir-dates FROM..TO] [--ucdp-dates FROM..TO] [--ucdp-before YEAR (default 2023)] [--exclude-rows FILE]`: the geoparser against the human-coded
// gold rows in ../shared/data (or DIR): UCDP GED (headline + where_description, coded coordinates) and
// the CIR/Bellingcat Russia-Ukraine Monitor (title + description, verified coordinates).
//
// What is measured (overall and per source):
//  - gold toponyms: the row's coded place name (UCDP where_coordinates with where_prec 1-2, minus its
//    feature word; CIR town/city). It counts when the row's text names it: located by a transliteration-
//    blind consonant skeleton of the name (independent of the gazetteer), so "Peski" finds gold "Pisky".
//  - recall: share of located gold toponyms that the geoparser returns a mention overlapping.
//  - precision: share of returned mentions that are the gold toponym or plausibly right: another place
//    within 161 km of the row's gold point, or a region, river or well-known city (prominence >= 0.8,
//    about 60,000 people). Mentions failing that are counted as errors (reports name other places
//    too, so this is an estimate; --misses lists them for reading).
//  - accuracy@5 km / @161 km on detected gold toponyms whose place is in the gazetteer: the distance from
//    the chosen entry to the gazetteer entry of the gold place (the entry of that name nearest the gold
//    point, within 25 km), and, for reference, to the gold point itself ("raw": city events lie
//    kilometres from the city's point).
//  - coverage: share of distinct gold places (name + point) that the gazetteer has, per oblast.
//  - per row, over EVERY row with a gold point (also rows whose text names no place, or names it in a
//    spelling the skeleton misses): the place the whole pipeline (analyzeDocument, no control data) gives the
//    row, `reportPlace` (the finest place of the text; among equals, one a claim names, earliest claim first),
//    and the shares of rows where it lies within 5 / 25 / 161 km of the gold point or is absent. UCDP rows
//    are split by where_prec (1-2: a named place; 3+: a district, region or country point).
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { type Gazetteer, distanceKm, geoparseText, loadGazetteer, looseLatinKey, nameSimilarity } from '../src/geoparse/index.js'
import type { GazetteerEntry, Place } from '../src/domain/index.js'
import { parseDelimited } from '../src/geoparse/gazetteer/parse-delimited.js'
import { analyzeDocument, reportPlace } from '../src/pipeline/index.js'
import { cirCaption } from '../src/testing/gold-text-source.js'
import { metadataDocument } from '../src/testing/metadata-document.js'
import { dateRange, inRowSample, rowPeriod, rowSample } from '../src/testing/row-periods.js'
import { sealedCirRows } from '../src/testing/sealed-cir-rows.js'
import { sharedDataDir } from '../src/testing/shared-data.js'

interface GoldRow {
  readonly source: 'ucdp' | 'cir'
  readonly id: string
  readonly text: string
  readonly toponym: string
  readonly lat: number
  readonly lon: number
  /** The row's own region field (UCDP adm_1, CIR province or country), for coverage by oblast. */
  readonly region: string
  /** The event's date (UCDP date_start, CIR date), YYYY-MM-DD. */
  readonly date: string
  /** UCDP where_prec (1 = exact place .. 7); 1 for CIR. */
  readonly prec: number
}

const args = process.argv.slice(2)
const dataDir = valueOf('--data') ?? sharedDataDir()
const missesFile = valueOf('--misses')
const asJson = args.includes('--json')
// Leaves out the UCDP rows of YEAR and later. The default is 2023: the 2023 rows are the source pool of the
// real-text gold sets (eval/extract/gold-real-ucdp*.json), and the last of them may still be sealed, so error
// analysis must not look at them. `--ucdp-before 2024` takes every row, as the figures before round 19 did.
const ucdpBefore = Number(valueOf('--ucdp-before') ?? 2023)
// CIR rows to leave out: every row of a SEALED extraction gold file drawn from the monitor (eval/extract/gold-*.json
// with a `textSource` and a top-level `"sealed"` field, as eval:extract reads it), and every row repeating one of their texts, so that tuning the
// geoparser on this evaluation never reads a sealed caption. `--exclude-rows FILE` adds a JSON array of row numbers
// (a sample being annotated before its gold file lands).
const excludeRowsFile = valueOf('--exclude-rows')
// Which rows by date: `--period tune` (CIR before 2022-07-01, UCDP before 2022: the rows to tune on),
// `--period held-out` (CIR from 2022-07-01, UCDP 2022: judged once at the start and once at the end of a
// piece of work, never in between), or `--cir-dates FROM..TO` / `--ucdp-dates FROM..TO` (ISO dates, TO
// exclusive, either end may be empty). Default: every row.
const period = valueOf('--period') ?? 'all'
const periodRows = rowPeriod(period)
const dateRanges = { cir: dateRange(valueOf('--cir-dates') ?? periodRows.cir), ucdp: dateRange(valueOf('--ucdp-dates') ?? periodRows.ucdp) }
// `--sample dev|check`: a fixed random quarter of each file's rows over every date (check) or the rest (dev), as
// src/testing/row-periods.ts draws them; combines with the period. Default: every row.
const sample = rowSample(valueOf('--sample') ?? 'all')
// `--row-misses FILE`: the rows whose report place (below) is more than 25 km from the gold point, or absent.
const rowMissesFile = valueOf('--row-misses')

function valueOf(flag: string): string | undefined {
  const i = args.indexOf(flag)
  return i >= 0 ? args[i + 1] : undefined
}

// UCDP's feature words after the name ("Pisky village"); rows whose place is not a settlement
// (airport, forest, mine) are left out of the toponym evaluation.
const SETTLEMENT_WORDS = /\s+(village|town|city|settlement|urban-type settlement|township|hamlet)$/i
const NON_SETTLEMENT = /\b(airport|forest|mine|cemetery|plant|factory|bridge|station|area|region|oblast|raion|district|border|checkpoint|base|road|highway|river|sea|island|reservoir|hospital|prison|port|crossing)\b/i

function readUcdp(): GoldRow[] {
  const file = join(dataDir, 'ucdp-ged-ukraine', 'ucdp_ged_ukraine_2014-2023.csv')
  const t = parseDelimited(readFileSync(file, 'utf8'), ',')
  const col = (n: string) => t.header.indexOf(n)
  const [id, headline, where, coords, prec, lat, lon, adm1, year, date] = ['id', 'source_headline', 'where_description', 'where_coordinates', 'where_prec', 'latitude', 'longitude', 'adm_1', 'year', 'date_start_iso'].map(col)
  const out: GoldRow[] = []
  for (const [i, r] of t.rows.entries()) {
    if (!inRowSample(sample, 'ucdp', i) || Number(r[year!]) >= ucdpBefore) continue
    if (!Number.isFinite(Number(r[lat!])) || (r[lat!] ?? '') === '') continue
    // Every row counts for the per-row measure; only a settlement coded at where_prec 1-2 is a gold toponym.
    const place = (r[coords!] ?? '').trim()
    const isToponym = ['1', '2'].includes(r[prec!] ?? '') && !NON_SETTLEMENT.test(place.replace(SETTLEMENT_WORDS, ''))
    const toponym = isToponym ? place.replace(SETTLEMENT_WORDS, '').trim() : ''
    out.push({ source: 'ucdp', id: r[id!] ?? '', text: `${(r[headline!] ?? '').replace(/;/g, '. ')}. ${r[where!] ?? ''}`, toponym, lat: Number(r[lat!]), lon: Number(r[lon!]), region: r[adm1!] ?? '', date: r[date!] ?? '', prec: Number(r[prec!]) })
  }
  return out
}

function readCir(): GoldRow[] {
  const file = join(dataDir, 'cir-russia-ukraine-monitor', 'cir_russia_ukraine_monitor_events_2022.csv')
  const t = parseDelimited(readFileSync(file, 'utf8'), ',')
  const col = (n: string) => t.header.indexOf(n)
  const [id, title, brief, town, lat, lon, province, country, date] = ['entry', 'title', 'brief description', 'town/city', 'lat', 'lon', 'province', 'country', 'date'].map(col)
  const texts = t.rows.map((r) => cirCaption(r[title!] ?? '', r[brief!] ?? ''))
  const leftOut = new Set(sealedCirRows(excludeRowsFile))
  const leftOutTexts = new Set([...leftOut].map((i) => texts[i]))
  const out: GoldRow[] = []
  for (const [i, r] of t.rows.entries()) {
    if (leftOutTexts.has(texts[i]) || !inRowSample(sample, 'cir', i)) continue
    // "Olginka Village", "Near Saltivka", "Komyshany,": keep the name only.
    const toponym = (r[town!] ?? '').replace(/^near\s+/i, '').replace(SETTLEMENT_WORDS, '').replace(/[\s,.;]+$/, '').trim()
    if ((r[lat!] ?? '').trim() === '' || !Number.isFinite(Number(r[lat!]))) continue
    const text = texts[i]!
    const c = r[country!] ?? ''
    out.push({ source: 'cir', id: r[id!] ?? '', text, toponym, lat: Number(r[lat!]), lon: Number(r[lon!]), region: c === 'Ukraine' || c === 'Crimea' ? (r[province!] ?? '') : `${c}: ${r[province!] ?? ''}`, date: r[date!] ?? '', prec: 1 })
  }
  return out
}

/** Transliteration-blind skeleton: loose Latin key without vowels and soft signs. */
function skeleton(name: string): string {
  return looseLatinKey(name).replace(/[aeiouy\s]/g, '')
}

/** Spans where the gold toponym occurs in the text (1-3 word windows with the same skeleton). */
function locate(text: string, toponym: string): Array<[number, number]> {
  const target = skeleton(toponym)
  if (target.length < 2) return []
  const words = [...text.matchAll(/[\p{L}’'`]+/gu)].map((m) => [m.index!, m.index! + m[0].length] as [number, number])
  const out: Array<[number, number]> = []
  const n = toponym.split(/[\s-]+/).length
  for (let i = 0; i < words.length; i++) {
    for (let k = Math.max(1, n - 1); k <= n + 1 && i + k <= words.length; k++) {
      const span: [number, number] = [words[i]![0], words[i + k - 1]![1]]
      if (skeleton(text.slice(span[0], span[1])) === target) {
        out.push(span)
        break
      }
    }
  }
  return out
}

/**
 * The gazetteer entry of a gold place: an entry of the same name (by lookup, or the same consonant
 * skeleton on any of its names) nearest the gold point, within 25 km (40 km when the entry's position
 * is only a hromada/raion centroid); failing that, an entry within 10 km whose name is close to the
 * gold spelling (Jaro-Winkler >= 0.88 on loose keys), so a misspelt gold name ("Melitropol") still
 * finds the place it means.
 */
function goldEntry(g: Gazetteer, row: GoldRow): GazetteerEntry | null {
  const target = skeleton(row.toponym)
  const byName = g.lookup(row.toponym).map((r) => r.entry)
  const near = g.nearest(row.lat, row.lon, { maxKm: 40, limit: 400 }).map((n) => n.entry)
  const names = (e: GazetteerEntry) => [e.name, e.nameUk ?? '', e.nameRu ?? '', ...e.variants].filter((v) => v !== '')
  const named = [...byName, ...near.filter((e) => names(e).some((v) => skeleton(v) === target))]
  let best: GazetteerEntry | null = null
  let bestKm = Infinity
  for (const e of named) {
    const km = distanceKm(row.lat, row.lon, e.lat, e.lon)
    const limit = (e.coordinateBasis ?? 'point') === 'point' ? 25 : 40
    if (km <= limit && km < bestKm) [best, bestKm] = [e, km]
  }
  if (best) return best
  const key = looseLatinKey(row.toponym)
  for (const e of near) {
    const km = distanceKm(row.lat, row.lon, e.lat, e.lon)
    if (km > 10 || km >= bestKm) continue
    if (names(e).some((v) => nameSimilarity(key, looseLatinKey(v)) >= 0.88)) [best, bestKm] = [e, km]
  }
  return best
}

/** The gold row's region by its own field, normalised by the gazetteer's region names; else by its point. */
function regionOf(g: Gazetteer, row: GoldRow): string {
  const stated = row.region.replace(/^(Russia|Belarus|Moldova|Poland|):\s*/, '').replace(/\s+(oblast|region|province)$/i, '').trim()
  if (stated !== '') {
    const byName = g.resolveAdmin1(`${stated} Oblast`) ?? g.resolveAdmin1(stated)
    if (byName) return byName
  }
  if (/^(Belarus|Moldova|Poland|Romania)/.test(row.region)) return `outside (${row.region.split(':')[0]})`
  return g.admin1At(row.lat, row.lon) ?? `outside the gazetteer (${row.region || 'no region'})`
}

interface Tally {
  gold: number
  located: number
  detected: number
  inGazetteer: number
  detectedInGazetteer: number
  acc5: number
  acc161: number
  raw5: number
  raw161: number
  mentions: number
  plausible: number
}

const empty = (): Tally => ({ gold: 0, located: 0, detected: 0, inGazetteer: 0, detectedInGazetteer: 0, acc5: 0, acc161: 0, raw5: 0, raw161: 0, mentions: 0, plausible: 0 })

const t0 = performance.now()
const g = loadGazetteer()
const rows = [...readUcdp(), ...readCir()].filter((r) => r.date >= dateRanges[r.source].from && r.date < dateRanges[r.source].to)
const tallies: Record<string, Tally> = { all: empty(), ucdp: empty(), cir: empty() }
const coverage = new Map<string, { places: number; covered: number }>()
const seenPlaces = new Set<string>()
const misses: string[] = []
const rowTallies: Record<string, RowTally> = {}
const rowMisses: string[] = []

for (const row of rows) {
  scoreRow(row)
  if (row.toponym === '') continue
  // With the row's date, as analysis gives the geoparser the document's (its regional prior follows the war's course).
  const places: Place[] = geoparseText(row.text, g, { publishedAt: row.date || null }).value
  const spans = locate(row.text, row.toponym)
  const entry = goldEntry(g, row)
  const oblast = regionOf(g, row)
  const placeKey = `${skeleton(row.toponym)}@${row.lat.toFixed(2)},${row.lon.toFixed(2)}`
  if (!seenPlaces.has(placeKey)) {
    seenPlaces.add(placeKey)
    const c = coverage.get(oblast) ?? { places: 0, covered: 0 }
    c.places++
    if (entry) c.covered++
    else misses.push(`NOT IN GAZETTEER\t${row.source}\t${oblast}\t${row.toponym}\t${row.lat},${row.lon}`)
    coverage.set(oblast, c)
  }
  for (const key of ['all', row.source]) {
    const t = tallies[key]!
    t.gold++
    t.mentions += places.length
    for (const p of places) {
      const isGold = spans.some(([s, e]) => p.span[0] < e && s < p.span[1])
      // Regions, rivers and well-known cities are real places even when the event is elsewhere ("Kyiv
      // said ..."); a village far from the event is the typical false match.
      const entry = g.get(p.id)
      const wellKnown = p.kind === 'region' || p.kind === 'river' || p.kind === 'country' || (entry?.prominence ?? 0) >= 0.8
      const near = distanceKm(row.lat, row.lon, p.lat, p.lon) <= 161 || wellKnown
      if (isGold || near) t.plausible++
      else if (key === 'all') misses.push(`IMPLAUSIBLE\t${row.source}\t${row.id}\t${p.mention} → ${p.name} (${p.admin1})\tgold ${row.toponym}\t${row.text.slice(0, 120)}`)
    }
    if (spans.length === 0) continue
    t.located++
    if (entry) t.inGazetteer++
    const hit = places.find((p) => spans.some(([s, e]) => p.span[0] < e && s < p.span[1]))
    if (!hit) {
      if (key === 'all') misses.push(`MISSED\t${row.source}\t${row.id}\t${row.toponym}\t${entry ? 'in gazetteer' : 'not in gazetteer'}\t${row.text.slice(0, 140)}`)
      continue
    }
    t.detected++
    if (!entry) continue
    t.detectedInGazetteer++
    const km = distanceKm(entry.lat, entry.lon, hit.lat, hit.lon)
    const raw = distanceKm(row.lat, row.lon, hit.lat, hit.lon)
    if (km <= 5) t.acc5++
    else if (key === 'all') misses.push(`WRONG (${km.toFixed(0)} km)\t${row.source}\t${row.id}\t${hit.mention} → ${hit.name} (${hit.admin1}); gold ${entry.name} (${entry.admin1})\t${row.text.slice(0, 120)}`)
    if (km <= 161) t.acc161++
    if (raw <= 5) t.raw5++
    if (raw <= 161) t.raw161++
  }
}

/**
 * The per-row measure, over every row with a gold point: the place the whole pipeline gives the row
 * (`reportPlace`: the finest place of its first claim that names one, else the finest place of the text) and
 * its distance to the row's gold point. Also, for reference, the first place the text names ("first") and the
 * nearest of all the places the analysis holds ("any": what a perfect choice among them would reach).
 */
interface RowTally {
  rows: number
  none: number
  within5: number
  within25: number
  within161: number
  first25: number
  any25: number
}

function scoreRow(row: GoldRow): void {
  const document = metadataDocument({ id: row.id, origin: `${row.source}:${row.id}`, outlet: null, publishedAt: row.date || '2022-01-01', lang: 'en', text: row.text })
  const analysis = analyzeDocument({ document, findings: [] }, { gazetteer: g, verify: false })
  const place = reportPlace(analysis)
  const km = place ? distanceKm(row.lat, row.lon, place.lat, place.lon) : Infinity
  const first = analysis.places[0]
  const anyKm = Math.min(Infinity, ...analysis.places.map((p) => distanceKm(row.lat, row.lon, p.lat, p.lon)))
  const keys = ['all', row.source, ...(row.source === 'ucdp' ? [row.prec <= 2 ? 'ucdp p1-2' : 'ucdp p3+'] : [])]
  for (const key of keys) {
    const t = (rowTallies[key] ??= { rows: 0, none: 0, within5: 0, within25: 0, within161: 0, first25: 0, any25: 0 })
    t.rows++
    if (!place) t.none++
    if (km <= 5) t.within5++
    if (km <= 25) t.within25++
    if (km <= 161) t.within161++
    if (first && distanceKm(row.lat, row.lon, first.lat, first.lon) <= 25) t.first25++
    if (anyKm <= 25) t.any25++
  }
  if (km > 25) {
    const got = place ? `${place.mention} → ${place.name} (${place.admin1 ?? place.country}) ${km.toFixed(0)} km` : 'NO PLACE'
    const others = analysis.places.filter((p) => p !== place).map((p) => `${p.mention}→${p.name}`).join('; ')
    rowMisses.push(`${row.source}\t${row.id}\t${row.date}\tgold ${row.toponym || '-'} (${row.region}) ${row.lat},${row.lon}\t${got}\t${anyKm <= 25 ? 'ANY-NEAR' : ''}\t${others}\t${row.text.slice(0, 300)}`)
  }
}

const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 1000) / 1000)
const report = Object.fromEntries(
  Object.entries(tallies).map(([k, t]) => [
    k,
    {
      rows: t.gold,
      goldToponymsInText: t.located,
      recall: ratio(t.detected, t.located),
      precision: ratio(t.plausible, t.mentions),
      inGazetteer: t.inGazetteer,
      accuracyAt5km: ratio(t.acc5, t.detectedInGazetteer),
      accuracyAt161km: ratio(t.acc161, t.detectedInGazetteer),
      rawAccuracyAt5km: ratio(t.raw5, t.detectedInGazetteer),
      rawAccuracyAt161km: ratio(t.raw161, t.detectedInGazetteer),
      detectedInGazetteer: t.detectedInGazetteer,
    },
  ]),
)
const coverageReport = Object.fromEntries([...coverage].sort((a, b) => b[1].places - a[1].places).map(([o, c]) => [o, { places: c.places, coverage: ratio(c.covered, c.places) }]))
const seconds = (performance.now() - t0) / 1000
const rowReport = Object.fromEntries(
  Object.entries(rowTallies).map(([k, t]) => [
    k,
    { rows: t.rows, noPlace: ratio(t.none, t.rows), within5km: ratio(t.within5, t.rows), within25km: ratio(t.within25, t.rows), within161km: ratio(t.within161, t.rows), firstWithin25km: ratio(t.first25, t.rows), anyWithin25km: ratio(t.any25, t.rows) },
  ]),
)
if (missesFile) writeFileSync(missesFile, `${misses.join('\n')}\n`)
if (rowMissesFile) writeFileSync(rowMissesFile, `${rowMisses.join('\n')}\n`)
if (asJson) console.log(JSON.stringify({ data: dataDir, period, sample, dateRanges, seconds, sources: report, rows: rowReport, coverage: coverageReport }, null, 2))
else {
  console.log(`geoparse evaluation on ${dataDir} (${rows.length} gold rows, ${seconds.toFixed(1)} s)\n`)
  console.log('source  rows   in-text  recall  precision  in-gaz  acc@5km  acc@161km  raw@5km  raw@161km')
  for (const [k, r] of Object.entries(report)) {
    const f = (x: number | null) => (x === null ? '   -  ' : x.toFixed(3).padStart(6))
    console.log(`${k.padEnd(6)}  ${String(r.rows).padStart(5)}  ${String(r.goldToponymsInText).padStart(7)}  ${f(r.recall)}  ${f(r.precision)}     ${String(r.detectedInGazetteer).padStart(5)}  ${f(r.accuracyAt5km)}   ${f(r.accuracyAt161km)}    ${f(r.rawAccuracyAt5km)}   ${f(r.rawAccuracyAt161km)}`)
  }
  console.log(`\nper row (every row with a gold point; period ${period}, sample ${sample}: CIR ${dateRanges.cir.from}..${dateRanges.cir.to}, UCDP ${dateRanges.ucdp.from}..${dateRanges.ucdp.to}): the report place's distance to the gold point`)
  console.log('source       rows   none   @5km  @25km  @161km  first@25  any@25')
  for (const [k, r] of Object.entries(rowReport)) {
    const f = (x: number | null) => (x === null ? '   -  ' : x.toFixed(3).padStart(6))
    console.log(`${k.padEnd(10)}  ${String(r.rows).padStart(5)}  ${f(r.noPlace)} ${f(r.within5km)} ${f(r.within25km)}  ${f(r.within161km)}    ${f(r.firstWithin25km)}  ${f(r.anyWithin25km)}`)
  }
  console.log('\ngazetteer coverage of distinct gold places, by oblast (of the gold point)')
  for (const [o, c] of Object.entries(coverageReport)) console.log(`  ${o.padEnd(32)} ${String(c.places).padStart(5)} places  coverage ${c.coverage?.toFixed(3)}`)
  if (missesFile) console.log(`\nmisses, wrong resolutions and implausible mentions written to ${missesFile}`)
  if (rowMissesFile) console.log(`rows whose report place is beyond 25 km or absent written to ${rowMissesFile}`)
}
