// `npm run eval:silver-viina [-- --year 2022|2023|2024] [--limit N] [--show N] [--seed S] [--json]`:
// runs the full analysis pipeline (extract, geoparse with the shipped gazetteer, place linking; as
// scripts/eval-extract.ts does) over the real Russian/Ukrainian headlines and ledes of the VIINA-derived
// strike reports of 2022-2024 in ../shared/data/viina-derived-strike-reports and prints how far the
// claims agree with VIINA's own labels.
//
// SILVER, NOT GOLD: VIINA 2.0 (Zhukov & Ayers; ODbL) classifies and geocodes its news automatically,
// and these files are a further machine filter of it for strike/attack reports. The figures say where
// Frontline and another machine agree on real text; a disagreement may be either side's error.
// Read the rows (--show) before fixing anything.
//
// Only the team's real-text dev pool is read: VIINA_2022/2023/2024_REBUILD.csv. The 2025 file and
// viina_deep_strike_location_review.csv are the pool the real-text gold set is annotated from this
// round; they are not in DEV_POOL and no option can name them.
//
// Per row: text = representative_text (VIINA joins the texts of the several reports of one event with
// ' || ': each becomes a line of its own; runs of doubled quotes, an artefact of repeated CSV quoting,
// become one), publishedAt = date, outlet = the name of the first of sources_matching (OUTLET_OF_CODE),
// lang detected from the text.
// What is measured:
//  - rows with at least one claim (every row is a strike/attack report, so a row without is a miss);
//  - rows whose claims include a strike or casualties claim;
//  - actor side: on rows where exactly one of a_rus / a_ukr is 1, the actorSide of the row's first
//    strike/casualties claim (else its first claim) against it: agree / opposite / null. A weak signal:
//    VIINA's a_rus/a_ukr flag the side whose forces a report is about, attacker or target alike (its
//    initiator flags a_*_init are empty in these files), so "Авиаудар по складу боеприпасов ВСУ" is
//    flagged a_ukr; read the rows that disagree before trusting a move of this figure;
//  - place: on rows with a VIINA point, whether a place of the row's claims lies within 25 km of it
//    ('same place'), else is in the same region (VIINA ADM1_NAME), else elsewhere or none;
//  - speaker: whether the row's first strike/casualties claim (else its first claim) is credited to a
//    speaker the text names (not the outlet), and with a side; VIINA has no speaker label, so this only
//    counts (real headlines name their source in most rows: "… – ОВА", "Генштаб: …", "заявил …");
//  - the distribution of claim kinds, and documents per second (one core, the whole pipeline).
import { existsSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { Analysis, Claim, Lang } from '../src/domain/index.js'
import { bundledFirstSnapshot } from '../src/cli/load-control.js'
import { distanceKm, loadGazetteer } from '../src/geoparse/index.js'
import { parseDelimited } from '../src/geoparse/gazetteer/parse-delimited.js'
import { detectLanguage } from '../src/ingest/detect-language.js'
import { analyzeDocument } from '../src/pipeline/index.js'
import { metadataDocument } from '../src/testing/metadata-document.js'
import { sharedDataDir } from '../src/testing/shared-data.js'

const DEV_POOL = ['VIINA_2022_REBUILD.csv', 'VIINA_2023_REBUILD.csv', 'VIINA_2024_REBUILD.csv'] as const
// VIINA's source codes (sources_matching, and the hosts of source_urls) -> the outlet's name, as the
// real-text gold writes the outlet: the pipeline gives an outlet its side by its name (convention 24),
// and a bare code ("pravdaua", "mz") left it unknown or guessed from the text. A code not listed stays.
const OUTLET_OF_CODE: Readonly<Record<string, string>> = {
  liveuamap: 'Liveuamap', nv: 'NV', meduza: 'Meduza', ria: 'RIA Novosti', pravdaua: 'Ukrainska Pravda',
  espreso: 'Espreso', unian: 'UNIAN', '24tvua': '24 Kanal', liga: 'LIGA.net', interfaxua: 'Interfax-Ukraine',
  ntv: 'NTV', mz: 'Mediazona', militarnyy: 'Militarnyi', forbesua: 'Forbes Ukraine', ng: 'Nezavisimaya Gazeta',
  kp: 'Komsomolskaya Pravda',
}

// The gold pool of this round: refused even if someone adds it to DEV_POOL.
const GOLD_POOL = /2025|review/i
const SAME_PLACE_KM = 25
// The outlet's own voice: the speaker the pipeline gives a claim the text attributes to nobody. It is
// the outlet's registry name ("RIA Novosti", "LIGA.net") or the feed's name as given ("liveuamap").
const outletVoices = new Map<string, string | null>()

// VIINA's ADM1_NAME (GeoNames spellings) -> the gazetteer's region names (src/geoparse/gazetteer/regions.ts).
const REGION_OF_ADM1: Readonly<Record<string, string>> = {
  Cherkasy: 'Cherkasy Oblast', Chernihiv: 'Chernihiv Oblast', Chernivtsi: 'Chernivtsi Oblast',
  Crimea: 'Autonomous Republic of Crimea', "Dnipropetrovs'k": 'Dnipropetrovsk Oblast', "Donets'k": 'Donetsk Oblast',
  "Ivano-Frankivs'k": 'Ivano-Frankivsk Oblast', Kharkiv: 'Kharkiv Oblast', Kherson: 'Kherson Oblast',
  "Khmel'nyts'kyy": 'Khmelnytskyi Oblast', Kiev: 'Kyiv Oblast', 'Kiev City': 'Kyiv', Kirovohrad: 'Kirovohrad Oblast',
  "L'viv": 'Lviv Oblast', "Luhans'k": 'Luhansk Oblast', Mykolayiv: 'Mykolaiv Oblast', Odessa: 'Odesa Oblast',
  Poltava: 'Poltava Oblast', Rivne: 'Rivne Oblast', "Sevastopol'": 'Sevastopol', Sumy: 'Sumy Oblast',
  "Ternopil'": 'Ternopil Oblast', Transcarpathia: 'Zakarpattia Oblast', Vinnytsya: 'Vinnytsia Oblast',
  Volyn: 'Volyn Oblast', Zaporizhzhya: 'Zaporizhzhia Oblast', Zhytomyr: 'Zhytomyr Oblast',
}

interface Row {
  readonly id: string
  readonly year: string
  readonly date: string
  readonly outlet: string
  readonly text: string
  readonly lang: Lang
  readonly side: 'RU' | 'UA' | null
  readonly point: { readonly lat: number; readonly lon: number } | null
  readonly place: string
  readonly region: string | null
}

const args = process.argv.slice(2)
const valueOf = (flag: string): string | undefined => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined)
const year = valueOf('--year')
const limit = Number(valueOf('--limit') ?? Infinity)
const show = Number(valueOf('--show') ?? 0)
const seed = Number(valueOf('--seed') ?? 1)
const asJson = args.includes('--json')
if (year !== undefined && !['2022', '2023', '2024'].includes(year)) {
  console.error(`eval:silver-viina: --year ${year} is not one of 2022, 2023, 2024 (the real-text dev pool; 2025 is the gold pool)`)
  process.exit(2)
}

const dir = join(sharedDataDir(), 'viina-derived-strike-reports')
if (!existsSync(dir)) {
  console.log(`eval:silver-viina: skipped: needs ${dir} (the team's shared reference data), absent in this checkout`)
  process.exit(0)
}

const rows = readDevPool(dir, year).slice(0, limit)
const gazetteer = loadGazetteer()
// As `analyze` without control data: the bundled sample's first snapshot answers for 2022-24 dates (held-before-series.ts).
const firstSnapshot = await bundledFirstSnapshot()
// CPU seconds of this process, not wall time: the machine is shared, and the target (500 docs/s) is per core.
const cpu0 = process.cpuUsage()
const analyses = rows.map(analyze)
const cpu = process.cpuUsage(cpu0)
const seconds = (cpu.user + cpu.system) / 1e6

const report = summarise(rows, analyses)
if (asJson) console.log(JSON.stringify({ ...report, docsPerSecond: rows.length / seconds }, null, 2))
else {
  printSummary(report, rows.length / seconds)
  if (show > 0) printRows(rows, analyses, show, seed)
}

function readDevPool(dir: string, onlyYear: string | undefined): Row[] {
  const out: Row[] = []
  for (const file of DEV_POOL) {
    if (GOLD_POOL.test(file)) throw new Error(`eval:silver-viina: ${file} is the gold pool of this round and is never read`)
    const fileYear = /(\d{4})/.exec(file)![1]!
    if (onlyYear !== undefined && fileYear !== onlyYear) continue
    const path = join(dir, file)
    if (!existsSync(path)) {
      console.error(`eval:silver-viina: ${path} is missing; skipped`)
      continue
    }
    const table = parseDelimited(readFileSync(path, 'utf8'), ',')
    const col = (name: string): number => {
      const i = table.header.indexOf(name)
      if (i < 0) throw new Error(`eval:silver-viina: ${basename(path)} has no column ${name}`)
      return i
    }
    const [id, date, sources, text, aRus, aUkr, lat, lon, name, adm1] = ['event_id_1pd', 'date', 'sources_matching', 'representative_text', 'a_rus', 'a_ukr', 'latitude', 'longitude', 'asciiname', 'ADM1_NAME'].map(col)
    for (const r of table.rows) {
      const raw = r[text!] ?? ''
      if (raw.trim() === '') continue
      const d = r[date!] ?? ''
      const rus = r[aRus!] === '1'
      const ukr = r[aUkr!] === '1'
      const la = Number(r[lat!])
      const lo = Number(r[lon!])
      const body = raw.split(' || ').map((s) => s.replace(/"{2,}/g, '"').trim()).join('\n')
      out.push({
        id: `viina:${r[id!]}`,
        year: fileYear,
        date: `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`,
        outlet: outletName((r[sources!] ?? '').split('|')[0]!),
        text: body,
        lang: detectLanguage(body, null),
        side: rus === ukr ? null : rus ? 'RU' : 'UA',
        point: r[lat!] && r[lon!] && Number.isFinite(la) && Number.isFinite(lo) ? { lat: la, lon: lo } : null,
        place: r[name!] ?? '',
        region: REGION_OF_ADM1[r[adm1!] ?? ''] ?? null,
      })
    }
  }
  return out
}

function outletName(code: string): string {
  return OUTLET_OF_CODE[code] ?? code
}

function analyze(row: Row): Analysis {
  const document = metadataDocument({ id: row.id, origin: `silver:${row.id}`, outlet: row.outlet, publishedAt: row.date, lang: row.lang, text: row.text })
  const analysis = analyzeDocument({ document, findings: [] }, { gazetteer, firstSnapshot, verify: false })
  // What the same pipeline calls a text with no attribution from this outlet: its own voice.
  if (!outletVoices.has(row.outlet)) outletVoices.set(row.outlet, outletVoiceOf(row))
  outletVoices.set(row.id, outletVoices.get(row.outlet)!)
  return analysis
}

function outletVoiceOf(row: Row): string | null {
  const probe = row.lang === 'ru' ? 'Ракета попала в склад в Харькове.' : 'Ракета влучила у склад у Харкові.'
  const document = metadataDocument({ id: 'probe', origin: 'silver:probe', outlet: row.outlet, publishedAt: row.date, lang: row.lang, text: probe })
  return analyzeDocument({ document, findings: [] }, { gazetteer, verify: false }).claims[0]?.speaker.name ?? null
}

function isEventKind(c: Claim): boolean {
  return c.kind === 'strike' || c.kind === 'casualties'
}
/** The claim a row is about: its first strike/casualties claim, else its first claim. */
function mainClaim(a: Analysis): Claim | undefined {
  return a.claims.find(isEventKind) ?? a.claims[0]
}

interface Share { readonly n: number; readonly of: number }
interface Summary {
  readonly rows: number
  readonly byLang: Record<string, number>
  readonly withClaim: Share
  readonly withStrikeOrCasualties: Share
  readonly side: { readonly labelled: number; readonly agree: number; readonly opposite: number; readonly none: number; readonly noClaim: number }
  readonly place: { readonly labelled: number; readonly samePlace: number; readonly sameRegion: number; readonly elsewhere: number; readonly none: number; readonly docSamePlace: number }
  readonly speaker: { readonly claims: number; readonly named: number; readonly sided: number }
  readonly kinds: Record<string, number>
  readonly perLang: Record<string, { readonly rows: number; readonly withClaim: number; readonly withStrike: number; readonly sideAgree: number; readonly sideLabelled: number }>
}

function analysisOutletName(c: Claim): string | null {
  return outletVoices.get(c.documentId) ?? null
}

function placeOutcome(row: Row, a: Analysis, indexes: readonly number[]): 'same-place' | 'same-region' | 'elsewhere' | 'none' {
  if (indexes.length === 0) return 'none'
  const places = indexes.map((i) => a.places[i]!)
  if (row.point !== null && places.some((p) => distanceKm(p.lat, p.lon, row.point!.lat, row.point!.lon) <= SAME_PLACE_KM)) return 'same-place'
  if (row.region !== null && places.some((p) => p.admin1 === row.region || (p.kind === 'region' && p.name === row.region))) return 'same-region'
  return 'elsewhere'
}

function summarise(rows: readonly Row[], analyses: readonly Analysis[]): Summary {
  const byLang: Record<string, number> = {}
  const kinds: Record<string, number> = {}
  const perLang: Record<string, { rows: number; withClaim: number; withStrike: number; sideAgree: number; sideLabelled: number }> = {}
  let withClaim = 0, withStrike = 0
  const side = { labelled: 0, agree: 0, opposite: 0, none: 0, noClaim: 0 }
  const place = { labelled: 0, samePlace: 0, sameRegion: 0, elsewhere: 0, none: 0, docSamePlace: 0 }
  const speaker = { claims: 0, named: 0, sided: 0 }
  rows.forEach((row, i) => {
    const a = analyses[i]!
    byLang[row.lang] = (byLang[row.lang] ?? 0) + 1
    const l = (perLang[row.lang] ??= { rows: 0, withClaim: 0, withStrike: 0, sideAgree: 0, sideLabelled: 0 })
    l.rows++
    for (const c of a.claims) kinds[c.kind] = (kinds[c.kind] ?? 0) + 1
    if (a.claims.length > 0) withClaim++, l.withClaim++
    if (a.claims.some(isEventKind)) withStrike++, l.withStrike++
    const main = mainClaim(a)
    if (main !== undefined) {
      speaker.claims++
      const outlet = analysisOutletName(main)
      if (main.speaker.name !== null && main.speaker.name !== outlet) {
        speaker.named++
        if (main.speaker.side !== 'unknown') speaker.sided++
      }
    }
    if (row.side !== null) {
      side.labelled++
      l.sideLabelled++
      if (main === undefined) side.noClaim++
      else if (main.actorSide === null) side.none++
      else if (main.actorSide === row.side) side.agree++, l.sideAgree++
      else side.opposite++
    }
    if (row.point !== null) {
      place.labelled++
      const outcome = placeOutcome(row, a, [...new Set(a.claims.flatMap((c) => c.places))])
      if (outcome === 'same-place') place.samePlace++
      else if (outcome === 'same-region') place.sameRegion++
      else if (outcome === 'elsewhere') place.elsewhere++
      else place.none++
      if (placeOutcome(row, a, a.places.map((_, j) => j)) === 'same-place') place.docSamePlace++
    }
  })
  return {
    rows: rows.length, byLang, withClaim: { n: withClaim, of: rows.length }, withStrikeOrCasualties: { n: withStrike, of: rows.length },
    side, place, speaker, kinds: Object.fromEntries(Object.entries(kinds).sort((x, y) => y[1] - x[1])), perLang,
  }
}

function pct(n: number, of: number): string {
  return `${n}/${of} = ${of === 0 ? '-' : ((100 * n) / of).toFixed(1)}%`
}

function printSummary(s: Summary, docsPerSecond: number): void {
  console.log(`VIINA silver (machine labels, NOT gold): real ru/uk strike-report headlines, dev pool ${year ?? '2022-2024'}`)
  console.log(`rows ${s.rows} (${Object.entries(s.byLang).map(([k, v]) => `${k} ${v}`).join(', ')}); ${docsPerSecond.toFixed(0)} docs per CPU second`)
  console.log(`rows with >=1 claim             ${pct(s.withClaim.n, s.withClaim.of)}`)
  console.log(`rows with strike/casualties     ${pct(s.withStrikeOrCasualties.n, s.withStrikeOrCasualties.of)}`)
  const sd = s.side
  console.log(`actor side vs a_rus/a_ukr       agree ${pct(sd.agree, sd.labelled)}; opposite ${sd.opposite}, null ${sd.none}, no claim ${sd.noClaim}`)
  const p = s.place
  console.log(`claim place vs VIINA point      within ${SAME_PLACE_KM} km ${pct(p.samePlace, p.labelled)}; same region ${p.sameRegion}, elsewhere ${p.elsewhere}, no place ${p.none} (any document place within ${SAME_PLACE_KM} km: ${pct(p.docSamePlace, p.labelled)})`)
  console.log(`speaker named in the text        ${pct(s.speaker.named, s.speaker.claims)} of rows' main claims (with a side: ${s.speaker.sided}); the rest are the outlet's`)
  for (const [lang, l] of Object.entries(s.perLang)) {
    console.log(`  ${lang}: claim ${pct(l.withClaim, l.rows)}, strike/casualties ${pct(l.withStrike, l.rows)}, side agree ${pct(l.sideAgree, l.sideLabelled)}`)
  }
  console.log(`kinds: ${Object.entries(s.kinds).map(([k, v]) => `${k} ${v}`).join(', ')}`)
}

/** A reproducible sample of rows, text beside claims, for reading. */
function printRows(rows: readonly Row[], analyses: readonly Analysis[], n: number, seed: number): void {
  let state = seed >>> 0 || 1
  const next = (): number => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32)
  const order = rows.map((_, i) => i).map((i) => [next(), i] as const).sort((x, y) => x[0] - y[0]).slice(0, n)
  for (const [, i] of order) {
    const row = rows[i]!
    const a = analyses[i]!
    console.log(`\n[${row.id} ${row.date} ${row.outlet} ${row.lang}] VIINA side ${row.side ?? '-'}, place ${row.place || '-'} (${row.region ?? '-'})`)
    console.log(`  ${row.text.replace(/\n/g, '\n  ')}`)
    if (a.claims.length === 0) console.log('  -> no claims')
    for (const c of a.claims) {
      const places = c.places.map((j) => a.places[j]!.name).join(', ')
      console.log(`  -> ${c.kind} side=${c.actorSide ?? '-'} speaker=${c.speaker.name ?? '-'}/${c.speaker.side} ${c.modality} ${c.time.start ?? '-'} [${places}] ${c.quantity ? `q=${c.quantity.value} ${c.quantity.unit}` : ''} «${c.sentence.slice(0, 90)}»`)
    }
  }
}
