// `node --import tsx scripts/held-ground-control-diff.ts --control DB [--year 2024|2025] [--show N] [--map-answered] [--edge-names] [--whole] [--json]`:
// how many strike sides change when convention 72 (a strike told without its attacker takes the side
// that does not hold the place) asks the control history instead of extraction's hand lists
// (src/extract/held-ground-strike-side.ts). Reads the VIINA 2024 dev pool rows
// (../shared/data/viina-derived-strike-reports/VIINA_2024_REBUILD.csv, or the 2025 file, whose rows the
// open real-viina gold sets were drawn from: representative_text, date) whose
// date the control series covers, and runs each through the pipeline's steps up to place linking
// (extract, geoparse with the control view, link places), then the held-ground rule twice on the same
// claims and places: with the map and without it. So the counts are the rule's alone, not those of the
// geoparser, which also ranks candidates by the map; `--whole` also counts every side that differs
// between `analyze` without and with control data (both causes).
//
// --control: a database with imported snapshots (`frontline control import --db D FILES`). Prints the counts, then N changed claims (the text, the place, the map's
// snapshot, the side before and after) for reading.
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Claim, ControlView, Lang, Place } from '../src/domain/index.js'
import { extractClaims, inferHeldGroundSides, type HeldGroundInference, linkClaimPlaces, strikeSidesFromHeldGround } from '../src/extract/index.js'
import { geoparseText, loadGazetteer, placeRegionPointers } from '../src/geoparse/index.js'
import { parseDelimited } from '../src/geoparse/gazetteer/parse-delimited.js'
import { detectLanguage } from '../src/ingest/detect-language.js'
import { analyzeDocument, loadControlSeries } from '../src/pipeline/index.js'
import { heldGroundMap } from '../src/pipeline/held-ground-map.js'
import { openSqliteStore } from '../src/store/index.js'
import { metadataDocument } from '../src/testing/metadata-document.js'
import { sharedDataDir } from '../src/testing/shared-data.js'

// As scripts/eval-silver-viina.ts names VIINA's source codes (the outlet's side comes from its name).
const OUTLET_OF_CODE: Readonly<Record<string, string>> = {
  liveuamap: 'Liveuamap', nv: 'NV', meduza: 'Meduza', ria: 'RIA Novosti', pravdaua: 'Ukrainska Pravda',
  espreso: 'Espreso', unian: 'UNIAN', '24tvua': '24 Kanal', liga: 'LIGA.net', interfaxua: 'Interfax-Ukraine',
  ntv: 'NTV', mz: 'Mediazona', militarnyy: 'Militarnyi', forbesua: 'Forbes Ukraine', ng: 'Nezavisimaya Gazeta',
  kp: 'Komsomolskaya Pravda',
}

const args = process.argv.slice(2)
const valueOf = (flag: string): string | undefined => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined)
const controlPath = valueOf('--control')
const show = Number(valueOf('--show') ?? 0)
if (!controlPath || !existsSync(controlPath)) {
  console.error('held-ground-control-diff: --control DB is required (a database with imported control snapshots)')
  process.exit(2)
}
const year = valueOf('--year') ?? '2024'
if (year !== '2024' && year !== '2025') {
  console.error(`held-ground-control-diff: --year ${year}: expected 2024 or 2025 (the years the DeepState series in ../shared/data covers)`)
  process.exit(2)
}
const csv = join(sharedDataDir(), 'viina-derived-strike-reports', `VIINA_${year}_REBUILD.csv`)
if (!existsSync(csv)) {
  console.log(`held-ground-control-diff: skipped: needs ${csv}`)
  process.exit(0)
}

const store = await openSqliteStore({ path: resolve(controlPath), readonly: true })
const control: ControlView = await loadControlSeries(store)
await store.close()
const coverage = control.coverage
if (!coverage) throw new Error(`${controlPath}: no control snapshots`)
const gazetteer = loadGazetteer()
const map = heldGroundMap(control, gazetteer)

interface Row { readonly id: string; readonly date: string; readonly outlet: string; readonly text: string; readonly lang: Lang }
const table = parseDelimited(readFileSync(csv, 'utf8'), ',')
const col = (name: string): number => table.header.indexOf(name)
const rows: Row[] = []
for (const r of table.rows) {
  const d = r[col('date')] ?? ''
  const date = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`
  const raw = r[col('representative_text')] ?? ''
  if (raw.trim() === '' || date < coverage.start || date > coverage.end) continue
  const text = raw.split(' || ').map((s) => s.replace(/"{2,}/g, '"').trim()).join('\n')
  const code = (r[col('sources_matching')] ?? '').split('|')[0]!
  rows.push({ id: `viina:${r[col('event_id_1pd')]}`, date, outlet: OUTLET_OF_CODE[code] ?? code, text, lang: detectLanguage(text, null) })
}

let strikes = 0
let asked = 0
const mapAnswered: { row: Row; claim: Claim; before: Claim['actorSide']; after: Claim['actorSide']; why: string }[] = []
const changed: { row: Row; claim: Claim; before: Claim['actorSide']; after: Claim['actorSide']; why: string }[] = []
let wholeChanged = 0
const fallbacks: Record<string, number> = {}
// Strikes whose held-ground reading differs with the map, whether or not the claim's side moves (the
// voice may already have given the side the map gives).
const ruleDiffers: typeof changed = []
const whyOf = (i: HeldGroundInference, places: readonly Place[]): string =>
  i.places.map((p) => `${places[p.index]!.name} (${places[p.index]!.admin1 ?? places[p.index]!.country}) ${p.holder ?? '?'} by ${p.basis}${p.snapshotDate ? ` ${p.snapshotDate}` : ''}`).join('; ')
for (const row of rows) {
  const document = metadataDocument({ id: row.id, origin: `silver:${row.id}`, outlet: row.outlet, publishedAt: row.date, lang: row.lang, text: row.text })
  const extracted = extractClaims(document).value
  const located = geoparseText(document.text, gazetteer, { publishedAt: document.publishedAt, lang: document.lang, control, sourceId: document.origin })
  const places = placeRegionPointers(document.text, located.value, gazetteer)
  const linked = linkClaimPlaces(document.text, extracted.claims, extracted.anchors, places)
  const withLists = strikeSidesFromHeldGround(linked, extracted.anchors, places)
  const withMap = strikeSidesFromHeldGround(linked, extracted.anchors, places, map)
  const inferences = new Map(inferHeldGroundSides(linked, extracted.anchors, places, map).map((i) => [i.claimId, i]))
  const listInferences = new Map(inferHeldGroundSides(linked, extracted.anchors, places).map((i) => [i.claimId, i.side]))
  for (const [id, i] of inferences) if (i.side !== listInferences.get(id)) ruleDiffers.push({ row, claim: linked.find((c) => c.id === id)!, before: listInferences.get(id) ?? null, after: i.side, why: whyOf(i, places) })
  strikes += linked.filter((c) => c.kind === 'strike').length
  for (const i of inferences.values()) for (const p of i.places) if (p.basis === 'lists') fallbacks[whyLists(places[p.index]!, i.on)] = (fallbacks[whyLists(places[p.index]!, i.on)] ?? 0) + 1
  asked += inferences.size
  for (const i of inferences.values()) if (i.places.some((p) => p.basis === 'control')) mapAnswered.push({ row, claim: withMap.find((c) => c.id === i.claimId)!, before: null, after: i.side, why: whyOf(i, places) })
  withMap.forEach((claim, k) => {
    const before = withLists[k]!.actorSide
    if (claim.actorSide === before) return
    const inference = inferences.get(claim.id)
    changed.push({ row, claim, before, after: claim.actorSide, why: inference ? whyOf(inference, places) : '' })
  })
  if (args.includes('--whole')) {
    const without = analyzeDocument({ document, findings: [] }, { gazetteer, verify: false })
    const withControl = analyzeDocument({ document, findings: [] }, { gazetteer, control, verify: false })
    const sides = (a: typeof without) => a.claims.map((c) => `${c.kind}:${c.actorSide}`).join(',')
    if (sides(without) !== sides(withControl)) wholeChanged++
  }
}

/** Why the map did not answer for a place (the lists did), as holderOnMap decides. */
function whyLists(place: Place, on: string | null): string {
  if (!on) return 'no date'
  if (place.country !== 'UA') return `outside Ukraine (${place.country})`
  if (place.kind !== 'settlement') return `a ${place.kind}`
  if (on < coverage!.start || on > coverage!.end) return 'date outside the series'
  const point = map.pointOf(place)
  if (!point) return 'no point'
  const status = control.statusAt(point.at, on)
  if (!status) return 'not covered'
  if (status.status === 'edge') return args.includes('--edge-names') ? `edge band: ${place.name}` : 'edge band'
  return 'centroid near the line'
}

const count = (before: string | null, after: string | null) => changed.filter((c) => c.before === before && c.after === after).length
const summary = {
  control: controlPath, coverage, rows: rows.length, strikeClaims: strikes, heldGroundAsked: asked, answeredByMap: mapAnswered.length, ruleSideDiffers: ruleDiffers.length, listsAnsweredFor: fallbacks, changed: changed.length,
  transitions: { 'null->UA': count(null, 'UA'), 'null->RU': count(null, 'RU'), 'RU->UA': count('RU', 'UA'), 'UA->RU': count('UA', 'RU') },
  ...(args.includes('--whole') ? { rowsWhoseSidesDifferInAnalyze: wholeChanged } : {}),
}
if (args.includes('--json')) console.log(JSON.stringify({ ...summary, claims: changed.map((c) => ({ id: c.row.id, date: c.row.date, before: c.before, after: c.after, why: c.why, sentence: c.claim.sentence })) }, null, 2))
else {
  console.log(JSON.stringify(summary))
  if (args.includes('--map-answered')) for (const c of mapAnswered.slice(0, show)) console.log(`\nmap ${c.row.id} ${c.row.date} ${c.row.outlet}: rule ${c.after} (claim ${c.claim.actorSide})  [${c.why}]\n  ${c.claim.sentence}`)
  for (const c of ruleDiffers.slice(0, show)) console.log(`\nrule ${c.row.id} ${c.row.date} ${c.row.outlet}: lists ${c.before} / map ${c.after} (claim ${c.claim.actorSide})  [${c.why}]\n  ${c.claim.sentence}`)
  for (const c of changed.slice(0, show)) console.log(`\n${c.row.id} ${c.row.date} ${c.row.outlet}: ${c.before} -> ${c.after}  [${c.why}]\n  ${c.claim.sentence}`)
}
