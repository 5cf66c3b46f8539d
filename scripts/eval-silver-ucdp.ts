// `npm run eval:silver-ucdp [-- --data DIR] [--verbose] [--json] [--years 2014-2022]`: the full analysis
// pipeline (extract, geoparse with the shipped gazetteer, place linking; as eval:extract runs it) over
// real English agency headlines, scored against UCDP's human-coded labels: a silver measure on real text.
//
// The material: ../shared/data/ucdp-ged-ukraine (UCDP GED v22.1 + candidate events, CC BY 4.0; cite
// Sundberg & Melander 2013, Davies et al.; UCDP, Uppsala University). Each row is one coded EVENT: who
// fought whom (side_a/side_b), where (where_description, adm_1, a point), when (date_start..date_end) and
// how many died (deaths_a/b/civilians/unknown, best/high/low). source_article lists the reports it was
// coded from as "outlet,date,headline"; the text read here is the row's first headline (the first entry
// that is a headline: "-", a bare outlet name, an @handle or a one-word MemoryBook entry is passed over
// for the next), published on that entry's date.
//
// UCDP codes events, not claims, so its labels are not the claims a headline makes. The script counts
// agreement only where both speak of the same thing, and says what each figure is a share of:
//  - claims: share of rows with at least one claim (any headline about fighting should give one);
//  - casualties: of rows with best > 0 (someone died in the event), the share with a casualties claim;
//    and, because a headline often reports something else about the same event ("IAEA mission ...:
//    events around Ukraine"), the same share among rows whose headline itself says someone died (a
//    death word: killed, dead, died, KIA ..., found independently of the extractor);
//  - figure: of rows with a casualties claim carrying a figure, whether it equals UCDP's best, lies in
//    low..high, or is larger (a headline's toll often sums several UCDP events: "seven civilians in the
//    Donetsk region in a day" is split by UCDP into one event per town);
//  - place: of rows with an adm_1 and a claim with a place, the share where a claim's place lies in that
//    oblast (or is it), and the share of rows whose claims name no place at all;
//  - time: of claims, the share whose time overlaps date_start..date_end, and within a day of it
//    (a headline's "in a day" is the day before publication; UCDP's date is the event's);
//  - speaker: of rows whose headline ends in a source tail ("... - Basurin", "...: officials", "... -
//    DPR Operational Command"; found by its shape, independently of the extractor) and gives a claim, the
//    share whose claims name a speaker other than the outlet (UCDP has no speaker label: this one is
//    the headline's own);
//  - kinds: the kinds produced, to read beside the event types (UCDP type 1 = state-based fighting).
// The year-2023 rows are the gold pool of the team's real-ucdp set and are never read: rows are kept
// only when year, date_start and the headline's date all lie before 2023, and --years cannot reach 2023.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Analysis, Claim } from '../src/domain/index.js'
import { loadGazetteer } from '../src/geoparse/index.js'
import { parseDelimited } from '../src/geoparse/gazetteer/parse-delimited.js'
import { analyzeDocument } from '../src/pipeline/index.js'
import { metadataDocument } from '../src/testing/metadata-document.js'
import { sharedDataDir } from '../src/testing/shared-data.js'
import { existsSync } from 'node:fs'

const args = process.argv.slice(2)
const valueOf = (flag: string): string | undefined => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined)
const dataDir = valueOf('--data') ?? sharedDataDir()
const verbose = args.includes('--verbose')
const asJson = args.includes('--json')
const [firstYear, lastYear] = (valueOf('--years') ?? '2014-2022').split('-').map(Number) as [number, number]
/** The first year of the held-out gold pool (real-ucdp): never read. */
const GOLD_POOL_YEAR = 2023
if (!(firstYear >= 2014 && lastYear >= firstYear && lastYear < GOLD_POOL_YEAR)) {
  console.error(`eval:silver-ucdp: --years ${firstYear}-${lastYear} must lie within 2014-2022 (${GOLD_POOL_YEAR} is the real-ucdp gold pool)`)
  process.exit(2)
}
const file = join(dataDir, 'ucdp-ged-ukraine', 'ucdp_ged_ukraine_2014-2023.csv')
if (!existsSync(file)) {
  console.log(`eval:silver-ucdp: skipped: needs ${file} (the team's shared reference data, ../shared/data), absent in this checkout`)
  process.exit(0)
}

interface SilverRow {
  readonly id: string
  readonly year: number
  readonly outlet: string
  readonly publishedAt: string
  readonly headline: string
  readonly adm1: string
  readonly where: string
  readonly dateStart: string
  readonly dateEnd: string
  readonly best: number
  readonly low: number
  readonly high: number
  readonly deaths: { readonly a: number; readonly b: number; readonly civilians: number; readonly unknown: number }
  readonly sides: string
}

let withoutHeadline = 0
const rows = readRows()
const gazetteer = loadGazetteer()
const results = rows.map((row) => ({ row, analysis: analyze(row) }))

// A death word in the headline itself (independent of the extractor): the rows whose text, not only
// whose event, reports a death.
const DEATH_WORD = /\b(?:kill(?:s|ed|ing)?|dead|died|dies|die|death|deaths|deadly|KIA|bodies|body|toll|lost(?: up to| more than| about)? \d+|perish(?:ed)?|eliminat\w*|destroy\w* (?:up to |more than |about )?\d+)\b/i

// A headline's source tail: a dash or colon, then one to six words to the end ("- RF Ministry of Defense",
// ": official", "-Reuters witness"), after at least four words of headline.
const SOURCE_TAIL = /^(?:\S+\s+){3,}\S*?(?:\s[-–—]\s?|[-–—]\s|\s?-(?=\p{Lu})|:\s)(?:[\p{L}'’.&()]+\s?){1,6}$/u

const tally = {
  rows: rows.length,
  withClaim: 0,
  bestPositive: 0,
  bestPositiveCasualties: 0,
  deathWord: 0,
  deathWordCasualties: 0,
  figureRows: 0,
  figureBest: 0,
  figureInRange: 0,
  figureAbove: 0,
  figureBelow: 0,
  placeRows: 0,
  placeInAdm1: 0,
  adm1Rows: 0,
  adm1RowsNoPlace: 0,
  claims: 0,
  timeOverlap: 0,
  timeNear: 0,
  timeNull: 0,
  tailRows: 0,
  tailSpeaker: 0,
}
const kinds: Record<string, number> = {}
for (const { row, analysis } of results) {
  const claims = analysis.claims.filter((c) => !c.duplicateOf)
  if (claims.length > 0) tally.withClaim++
  const casualties = claims.filter((c) => c.kind === 'casualties')
  if (row.best > 0) {
    tally.bestPositive++
    if (casualties.length > 0) tally.bestPositiveCasualties++
  }
  if (DEATH_WORD.test(row.headline)) {
    tally.deathWord++
    if (casualties.length > 0) tally.deathWordCasualties++
  }
  const figures = casualties.map((c) => c.quantity?.value).filter((v): v is number => typeof v === 'number')
  if (figures.length > 0 && row.best > 0) {
    tally.figureRows++
    if (figures.includes(row.best)) tally.figureBest++
    if (figures.some((v) => v >= row.low && v <= row.high)) tally.figureInRange++
    else if (figures.every((v) => v > row.high)) tally.figureAbove++
    else tally.figureBelow++
  }
  if (row.adm1 !== '') {
    tally.adm1Rows++
    const placed = claims.filter((c) => c.places.length > 0)
    if (claims.length > 0 && placed.length === 0) tally.adm1RowsNoPlace++
    if (placed.length > 0) {
      tally.placeRows++
      if (placed.some((c) => c.places.some((i) => inOblast(analysis, i, row.adm1)))) tally.placeInAdm1++
    }
  }
  if (SOURCE_TAIL.test(row.headline) && claims.length > 0) {
    tally.tailRows++
    if (claims.every((c) => c.speaker.name !== null && c.speaker.name !== row.outlet)) tally.tailSpeaker++
  }
  for (const c of claims) {
    tally.claims++
    kinds[c.kind] = (kinds[c.kind] ?? 0) + 1
    const { start, end } = c.time
    if (start === null && end === null) {
      tally.timeNull++
      continue
    }
    const s = start ?? end!
    const e = end ?? start!
    if (s <= row.dateEnd && e >= row.dateStart) tally.timeOverlap++
    if (shift(s, -1) <= row.dateEnd && shift(e, 1) >= row.dateStart) tally.timeNear++
  }
}

const share = (n: number, d: number): string => `${d === 0 ? '-' : (n / d).toFixed(3)} (${n}/${d})`
const byYear: Record<string, number> = {}
for (const r of rows) byYear[r.year] = (byYear[r.year] ?? 0) + 1
const summary = {
  rows: tally.rows,
  rowsWithoutHeadline: withoutHeadline,
  byYear,
  withClaim: share(tally.withClaim, tally.rows),
  casualtiesWhereBestPositive: share(tally.bestPositiveCasualties, tally.bestPositive),
  casualtiesWhereHeadlineSaysDeath: share(tally.deathWordCasualties, tally.deathWord),
  figureEqualsBest: share(tally.figureBest, tally.figureRows),
  figureInLowHigh: share(tally.figureInRange, tally.figureRows),
  figureAboveHigh: share(tally.figureAbove, tally.figureRows),
  figureBelowLow: share(tally.figureBelow, tally.figureRows),
  placeInAdm1: share(tally.placeInAdm1, tally.placeRows),
  adm1RowsWithClaimsButNoPlace: share(tally.adm1RowsNoPlace, tally.adm1Rows),
  speakerWhereHeadlineNamesSource: share(tally.tailSpeaker, tally.tailRows),
  timeOverlapsEvent: share(tally.timeOverlap, tally.claims),
  timeWithinADay: share(tally.timeNear, tally.claims),
  timeNull: share(tally.timeNull, tally.claims),
  kinds: Object.fromEntries(Object.entries(kinds).sort((a, b) => b[1] - a[1])),
}
if (asJson) {
  console.log(JSON.stringify(summary, null, 2))
} else {
  console.log(`UCDP GED silver (real English headlines, ${firstYear}-${lastYear}; labels are coded events, not claims: see the header of scripts/eval-silver-ucdp.ts)`)
  for (const [k, v] of Object.entries(summary)) console.log(`${k.padEnd(34)} ${typeof v === 'object' ? JSON.stringify(v) : v}`)
}
if (verbose) {
  for (const { row, analysis } of results) {
    console.log(`\n#${row.id} ${row.publishedAt} ${row.outlet} | ${row.headline}`)
    console.log(`   UCDP: ${row.sides} | ${row.dateStart}..${row.dateEnd} | ${row.where.replace(/\s+/g, ' ')} [${row.adm1}] | deaths a=${row.deaths.a} b=${row.deaths.b} civ=${row.deaths.civilians} unk=${row.deaths.unknown} best=${row.best}`)
    for (const c of analysis.claims) console.log(`   ${describe(c, analysis)}`)
  }
}

function describe(c: Claim, analysis: Analysis): string {
  const places = c.places.map((i) => `${analysis.places[i]?.name}/${analysis.places[i]?.admin1 ?? '-'}`).join(', ')
  const q = c.quantity ? ` q=${c.quantity.value} ${c.quantity.unit}` : ''
  return `[${c.kind}] actor=${c.actorSide ?? '-'} speaker=${c.speaker.name ?? '-'}(${c.speaker.side}) ${c.modality} t=${c.time.start}..${c.time.end}/${c.time.basis}${q} @${places || '-'}${c.duplicateOf ? ' (dup)' : ''}`
}

/** The claim's place `i` is the row's oblast or lies in it (names compared loosely: "Zaporizhzhya oblast", "Zaporizhzhia Oblast"). */
function inOblast(analysis: Analysis, i: number, adm1: string): boolean {
  const place = analysis.places[i]
  if (!place) return false
  const want = oblastKey(adm1)
  return oblastKey(place.admin1 ?? '') === want || (place.kind === 'region' && oblastKey(place.name) === want)
}

function oblastKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/\b(?:oblast|region|special republican city|city|province|republic|autonomous)\b/g, '')
    .replace(/kiev/g, 'kyiv')
    .replace(/[^a-z]/g, '')
    .replace(/[aeiouy]/g, '')
    .slice(0, 5)
}

function shift(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

function readRows(): SilverRow[] {
  const t = parseDelimited(readFileSync(file, 'utf8'), ',')
  const col = (n: string): number => {
    const i = t.header.indexOf(n)
    if (i < 0) throw new Error(`eval:silver-ucdp: column ${n} is missing from ${file}`)
    return i
  }
  const c = Object.fromEntries(['id', 'year', 'source_article', 'where_description', 'adm_1', 'date_start_iso', 'date_end_iso', 'best', 'low', 'high', 'deaths_a', 'deaths_b', 'deaths_civilians', 'deaths_unknown', 'side_a', 'side_b'].map((n) => [n, col(n)]))
  const out: SilverRow[] = []
  for (const r of t.rows) {
    const get = (n: string): string => r[c[n]!] ?? ''
    const year = Number(get('year'))
    const dateStart = get('date_start_iso')
    // Three guards, each enough alone: the gold pool (2023) is never read.
    if (!(year >= firstYear && year <= lastYear) || dateStart >= `${GOLD_POOL_YEAR}` || dateStart === '') continue
    const entry = firstHeadline(get('source_article'))
    if (!entry || entry.date >= `${GOLD_POOL_YEAR}`) {
      withoutHeadline++
      continue
    }
    const num = (n: string): number => Number(get(n)) || 0
    out.push({
      id: get('id'),
      year,
      outlet: entry.outlet,
      publishedAt: entry.date,
      headline: entry.headline,
      adm1: get('adm_1').trim(),
      where: get('where_description'),
      dateStart,
      dateEnd: get('date_end_iso') || dateStart,
      best: num('best'),
      low: num('low'),
      high: num('high'),
      deaths: { a: num('deaths_a'), b: num('deaths_b'), civilians: num('deaths_civilians'), unknown: num('deaths_unknown') },
      sides: `${get('side_a')} / ${get('side_b')}`,
    })
  }
  return out
}

/** The first entry of source_article ('"outlet,YYYY-MM-DD,headline";"…"') that is a headline. */
function firstHeadline(article: string): { outlet: string; date: string; headline: string } | null {
  for (const raw of article.split(/";\s*"/)) {
    const m = /^"?(.*?),(\d{4}-\d{2}-\d{2}),([\s\S]*?)"?$/.exec(raw.trim())
    if (!m) continue
    const [, outlet, date, text] = m as unknown as [string, string, string, string]
    const headline = text.replace(/\s+Read more on UNIAN:.*$/s, '').replace(/\s+/g, ' ').trim()
    const words = headline.split(' ').filter((w) => /\p{L}/u.test(w))
    if (words.length < 4 || /^@|\s@\w+$/.test(headline) || headline === outlet.trim()) continue
    return { outlet: outlet.trim(), date, headline }
  }
  return null
}

function analyze(row: SilverRow): Analysis {
  const document = metadataDocument({ id: `ucdp-${row.id}`, origin: `ucdp:${row.id}`, outlet: row.outlet, publishedAt: row.publishedAt, lang: 'en', text: row.headline })
  return analyzeDocument({ document, findings: [] }, { gazetteer, verify: false })
}
