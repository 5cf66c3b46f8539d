// `npm run eval:extract [-- --split dev|test|fresh|blind|blind2|blind3|blind4|blind5|blind6|blind7|blind8|blind9|blind10|blind11|blind12|blind13|blind14|blind15|real-viina|real-ucdp|all] [--verbose] [--json]`: extracts claims from the
// team's gold reports (eval/extract/gold-*.json) with the full analysis pipeline (extract, geoparse
// with the shipped gazetteer, place linking) and prints precision, recall and F1 per field.
import { createHash } from 'node:crypto'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Analysis, Document } from '../src/domain/index.js'
import { loadGazetteer } from '../src/geoparse/index.js'
import { analyzeDocument } from '../src/pipeline/index.js'
import { readGold, scoreExtraction, type ExtractionScore, type GoldReport } from '../src/testing/score-extraction.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const split = args.includes('--split') ? args[args.indexOf('--split') + 1]! : 'all'
const verbose = args.includes('--verbose')
const asJson = args.includes('--json')
if (!['dev', 'test', 'fresh', 'blind', 'blind2', 'blind3', 'blind4', 'blind5', 'blind6', 'blind7', 'blind8', 'blind9', 'blind10', 'blind11', 'blind12', 'blind13', 'blind14', 'blind15', 'real-viina', 'real-ucdp', 'all'].includes(split)) {
  console.error(`eval:extract: --split ${split} is not one of dev, test, fresh, blind, blind2, blind3, blind4, blind5, blind6, blind7, blind8, blind9, blind10, blind11, blind12, blind13, blind14, blind15, real-viina, real-ucdp, all`)
  process.exit(2)
}

const gazetteer = loadGazetteer()
const splits = split === 'all' ? ['dev', 'test', 'fresh', 'blind'] : [split]
const results: Record<string, ExtractionScore> = {}
const byLang: Record<string, { gold: GoldReport[]; analyses: Analysis[] }> = {}
const allGold: GoldReport[] = []
const allAnalyses: Analysis[] = []
for (const s of splits) {
  const gold = readGold(join(root, 'eval', 'extract', `gold-${s}.json`))
  const analyses = gold.map((report) => analyze(report))
  results[s] = scoreExtraction(gold, analyses)
  allGold.push(...gold)
  allAnalyses.push(...analyses)
  gold.forEach((report, i) => {
    byLang[report.lang] ??= { gold: [], analyses: [] }
    byLang[report.lang]!.gold.push(report)
    byLang[report.lang]!.analyses.push(analyses[i]!)
  })
}
if (splits.length > 1) results.all = scoreExtraction(allGold, allAnalyses)
for (const [lang, { gold, analyses }] of Object.entries(byLang)) results[`lang:${lang}`] = scoreExtraction(gold, analyses)

if (asJson) {
  console.log(JSON.stringify(Object.fromEntries(Object.entries(results).map(([k, v]) => [k, { ...v, misses: verbose ? v.misses : v.misses.length, spurious: verbose ? v.spurious : v.spurious.length }])), null, 2))
} else {
  for (const [name, score] of Object.entries(results)) print(name, score)
  if (verbose) {
    const main = results[splits.length > 1 ? 'all' : splits[0]!]!
    console.log('\nMisses:')
    for (const m of main.misses) console.log(`  ${m.report} «${m.anchor}» ${m.field}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.got)}`)
    console.log('\nSpurious claims:')
    for (const s of main.spurious) console.log(`  ${s.report} [${s.kind}] ${JSON.stringify(s.text.slice(0, 100))}`)
  }
}

function analyze(report: GoldReport): Analysis {
  const textSha256 = createHash('sha256').update(report.text).digest('hex')
  const document: Document = {
    id: report.id,
    title: null,
    byline: null,
    outlet: report.outlet,
    url: null,
    origin: `gold:${report.id}`,
    format: 'text',
    publishedAt: report.publishedAt,
    publishedAtBasis: 'metadata',
    lang: report.lang,
    text: report.text,
    textSha256,
    rawSha256: textSha256,
    duplicateOf: null,
  }
  return analyzeDocument({ document, findings: [] }, { gazetteer, verify: false })
}

function print(name: string, score: ExtractionScore): void {
  console.log(`\n== ${name}: ${score.reports} reports, ${score.goldClaims} gold claims, ${score.predictedClaims} extracted`)
  console.log('field              P      R      F1')
  for (const [field, f] of Object.entries(score.fields)) {
    console.log(`${field.padEnd(16)} ${f.precision.toFixed(3)}  ${f.recall.toFixed(3)}  ${f.f1.toFixed(3)}`)
  }
  console.log(`speaker side accuracy (aligned claims): ${score.speakerSideAccuracy.toFixed(3)}; via accuracy: ${score.viaAccuracy.toFixed(3)}`)
}
