// `npm run eval:extract [-- --split NAME[,NAME...]|all|open|every] [--table] [--hash] [--verbose] [--json]`:
// extracts claims from the team's gold reports (eval/extract/gold-*.json) with the full analysis pipeline
// (extract, geoparse with the shipped gazetteer, place linking) and prints precision, recall and F1 per field.
// A split is a file eval/extract/gold-NAME.json. `all` (the default) is the four team splits dev, test, fresh
// and blind, scored together as well as apart; `open` is every split except the sealed ones (a gold file
// with a top-level "sealed" field: written this round and not yet scored; the lead scores it once, then
// removes the field); `every` is every file, sealed or not. `--table` prints one line of F1 per split (kind+side+place, speaker and each field);
// `--hash` prints only a hash of every claim extracted, for changes meant to leave the output identical
// (speed work): the same hash before and after means the same claims, field for field.
// `--control DB|DIR` analyses with the control history of a database (`frontline control import --db DB
// FILES`) or of control files (data/control-sample), as `analyze --control` does: the geoparser ranks candidates by the map and convention 72
// asks it who held a struck place. Without it (the default), as `analyze` without control data: the
// held-ground rule reads its hand lists and, for 2022-24 dates before the series, the bundled sample's first
// snapshot (AnalyzeDeps.firstSnapshot, round 21); `--no-control` reads neither map (the figures of
// docs/analyze.md before round 21).
// `--no-outlet` reads every report with outlet null, as `analyze` reads plain text or a record with text and date
// only (round 22: a grader may run a monitor's captions so); the gold still scores the speaker it names.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Analysis, ControlView } from '../src/domain/index.js'
import { loadGazetteer } from '../src/geoparse/index.js'
import { bundledFirstSnapshot, fromFiles } from '../src/cli/load-control.js'
import { analyzeDocument, loadControlSeries } from '../src/pipeline/index.js'
import { openSqliteStore } from '../src/store/index.js'
import { metadataDocument } from '../src/testing/metadata-document.js'
import { goldTextSkipReason } from '../src/testing/gold-text-source.js'
import { readGold, scoreExtraction, type ExtractionScore, type Field, type GoldReport } from '../src/testing/score-extraction.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
// `… | head` closes the pipe early: stop quietly, as the CLI does.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})
const goldDir = join(root, 'eval', 'extract')
const args = process.argv.slice(2)
const split = args.includes('--split') ? args[args.indexOf('--split') + 1]! : 'all'
const verbose = args.includes('--verbose')
const asJson = args.includes('--json')
const asTable = args.includes('--table')
const hashOnly = args.includes('--hash')
const controlDb = args.includes('--control') ? args[args.indexOf('--control') + 1]! : null
const noControl = args.includes('--no-control')
const noOutlet = args.includes('--no-outlet')

// Splits in the order a reader expects: the team's four, then blind2..blindN by number, then the rest.
const available = readdirSync(goldDir)
  .map((f) => /^gold-(.+)\.json$/.exec(f)?.[1])
  .filter((name): name is string => name !== undefined)
  .sort((a, b) => splitRank(a) - splitRank(b) || a.localeCompare(b))
const team = ['dev', 'test', 'fresh', 'blind']
const splits =
  split === 'all' ? team
  : split === 'open' ? available.filter((s) => !isSealed(s))
  : split === 'every' ? available
  : split.split(',')
const unknown = splits.filter((s) => !available.includes(s))
if (unknown.length > 0) {
  console.error(`eval:extract: --split ${unknown.join(',')}: no eval/extract/gold-${unknown[0]}.json; expected one or more (comma-separated) of ${available.join(', ')}, or all, open, every`)
  process.exit(2)
}

const gazetteer = loadGazetteer()
const control = controlDb === null ? null : await loadControl(controlDb)
const firstSnapshot = control || noControl ? null : await bundledFirstSnapshot()
const results: Record<string, ExtractionScore> = {}
const byLang: Record<string, { gold: GoldReport[]; analyses: Analysis[] }> = {}
const claimsHash = createHash('sha256')
const allGold: GoldReport[] = []
const allAnalyses: Analysis[] = []
const named = split !== 'all' && split !== 'open' && split !== 'every'
for (const s of splits) {
  const file = join(root, 'eval', 'extract', `gold-${s}.json`)
  // A split whose texts are read from ../shared/data (gold-text-source.ts) cannot be scored without it.
  const skip = goldTextSkipReason(file)
  if (skip) {
    console.error(`eval:extract: skipping ${s}: ${skip}`)
    if (named) process.exitCode = 2
    continue
  }
  const gold = readGold(file)
  const analyses = gold.map((report) => analyze(report))
  claimsHash.update(s + JSON.stringify(analyses.map((a) => a.claims)))
  if (hashOnly) continue
  results[s] = scoreExtraction(gold, analyses)
  allGold.push(...gold)
  allAnalyses.push(...analyses)
  gold.forEach((report, i) => {
    byLang[report.lang] ??= { gold: [], analyses: [] }
    byLang[report.lang]!.gold.push(report)
    byLang[report.lang]!.analyses.push(analyses[i]!)
  })
}
if (splits.length > 1 && !asTable) results.all = scoreExtraction(allGold, allAnalyses)
for (const [lang, { gold, analyses }] of Object.entries(byLang)) results[`lang:${lang}`] = scoreExtraction(gold, analyses)

if (hashOnly) {
  console.log(claimsHash.digest('hex').slice(0, 16))
} else if (asJson) {
  console.log(JSON.stringify(Object.fromEntries(Object.entries(results).map(([k, v]) => [k, { ...v, misses: verbose ? v.misses : v.misses.length, spurious: verbose ? v.spurious : v.spurious.length }])), null, 2))
} else if (asTable) {
  const fields: Field[] = ['kind+side+place', 'speaker', 'kind', 'side', 'place', 'time', 'modality', 'quantity', 'via']
  const width = Math.max(8, ...Object.keys(results).map((name) => name.length))
  console.log(['split'.padEnd(width), 'gold', 'pred', ...fields.map((f) => (f === 'kind+side+place' ? 'k+s+p' : f).padStart(7))].join(' '))
  for (const [name, score] of Object.entries(results)) {
    console.log([name.padEnd(width), String(score.goldClaims).padStart(4), String(score.predictedClaims).padStart(4), ...fields.map((f) => score.fields[f]!.f1.toFixed(3).padStart(7))].join(' '))
  }
  if (verbose) printMistakes(splits.length === 1 ? results[splits[0]!]! : null)
} else {
  for (const [name, score] of Object.entries(results)) print(name, score)
  if (verbose) printMistakes(results[splits.length > 1 ? 'all' : splits[0]!]!)
}

function printMistakes(score: ExtractionScore | null): void {
  if (score === null) {
    console.log('\n(--verbose lists mistakes for one split at a time in a table: give --split NAME)')
    return
  }
  console.log('\nMisses:')
  for (const m of score.misses) console.log(`  ${m.report} «${m.anchor}» ${m.field}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.got)}`)
  console.log('\nSpurious claims:')
  for (const s of score.spurious) console.log(`  ${s.report} [${s.kind}] ${JSON.stringify(s.text.slice(0, 100))}`)
}

function isSealed(name: string): boolean {
  const raw = JSON.parse(readFileSync(join(goldDir, `gold-${name}.json`), 'utf8')) as { sealed?: unknown }
  return raw.sealed !== undefined
}

function splitRank(name: string): number {
  const team = ['dev', 'test', 'fresh', 'blind'].indexOf(name)
  if (team >= 0) return team
  const blind = /^blind(\d+)$/.exec(name)
  return blind ? 4 + Number(blind[1]) : 10_000
}

function analyze(report: GoldReport): Analysis {
  const document = metadataDocument({ id: report.id, origin: `gold:${report.id}`, outlet: noOutlet ? null : report.outlet, publishedAt: report.publishedAt, lang: report.lang, text: report.text })
  return analyzeDocument({ document, findings: [] }, { gazetteer, control, firstSnapshot, verify: false })
}

async function loadControl(path: string): Promise<ControlView> {
  // A directory or control file (`--control data/control-sample`, what analyze reads with the same option).
  if (!/\.(?:db|sqlite3?)$/i.test(path)) {
    const loaded = await fromFiles([path], path)
    if (!loaded.view?.coverage) throw new Error(`eval:extract: --control ${path}: no control snapshots in it`)
    return loaded.view
  }
  const store = await openSqliteStore({ path, readonly: true })
  try {
    const series = await loadControlSeries(store)
    if (!series.coverage) throw new Error(`eval:extract: --control ${path}: no control snapshots in it`)
    return series
  } finally {
    await store.close()
  }
}

function print(name: string, score: ExtractionScore): void {
  console.log(`\n== ${name}: ${score.reports} reports, ${score.goldClaims} gold claims, ${score.predictedClaims} extracted`)
  console.log('field              P      R      F1')
  for (const [field, f] of Object.entries(score.fields)) {
    console.log(`${field.padEnd(16)} ${f.precision.toFixed(3)}  ${f.recall.toFixed(3)}  ${f.f1.toFixed(3)}`)
  }
  console.log(`speaker side accuracy (aligned claims): ${score.speakerSideAccuracy.toFixed(3)}; via accuracy: ${score.viaAccuracy.toFixed(3)}`)
}
