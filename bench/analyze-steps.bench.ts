// Where `analyze` without verification spends its time, step by step, with the steps run in
// pipeline order on each document (ingest, extract, geoparse, region pointers, place links, strike
// sides, repeated claims, the JSON the CLI prints) and each step's CPU time summed over the corpus.
//
// Why not the per-step rows of extract.bench.ts: those run one step over the whole corpus at a time,
// and a step measured alone is cheaper than the same step between the others. In a round-18 profile
// geoparsing cost 0.27 CPU-ms a document alone and 0.55-0.65 between ingest and extraction (what it
// touches, the gazetteer's index and its per-word facts, is no longer in the cache after extraction),
// so the isolated rows gave it a twentieth of analysis where it has about a tenth.
//
// Figures are of the settled process: V8 keeps compiling the hot functions on background threads,
// whose CPU time process.cpuUsage counts in whichever step is running, for some 2,000-2,500 documents
// (geoparsing read 2-3.5 CPU-ms a document over the first seven passes, then 0.5-0.65). So passes
// repeat until the total of one is within SETTLED of the pass before, at least WARM.MIN passes.
import { loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { extractClaims, linkClaimPlaces, linkDuplicateClaims, strikeSidesFromHeldGround } from '../src/extract/index.js'
import { geoparseText, loadGazetteer, placeRegionPointers } from '../src/geoparse/index.js'
import { ingestBytes } from '../src/ingest/index.js'
import { benchReportTexts } from './support/bench-documents.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const DOCUMENTS = 300
const WARM = { MIN: 8, MAX: 20 } as const
const SETTLED = 0.05
const MEASURED = 5

/** ~5 kB reports as extract.bench.ts reads them (bench/support/bench-documents.ts), as bytes. */
function corpus(): Uint8Array[] {
  const encoder = new TextEncoder()
  return benchReportTexts(root, DOCUMENTS).map((text) => encoder.encode(text))
}

const STEPS = ['ingest', 'extract', 'geoparse', 'region pointers', 'link places', 'strike sides', 'repeated claims', 'JSON (as analyze --json)'] as const

/** Microseconds of CPU (user + system, every thread of the process). */
function cpuUs(): number {
  const u = process.cpuUsage()
  return u.user + u.system
}

const gazetteer = loadGazetteer()
const docs = corpus()

/** One pass over the corpus: CPU-ms per document of each step. */
function pass(): number[] {
  const spent = STEPS.map(() => 0)
  for (let i = 0; i < docs.length; i++) {
    let t = cpuUs()
    const lap = (step: number): void => {
      const now = cpuUs()
      spent[step]! += now - t
      t = now
    }
    const item = ingestBytes(docs[i]!, `doc-${i}.txt`, { fingerprint: false }).value.documents[0]!
    lap(0)
    const { document } = item
    const extracted = extractClaims(document).value
    lap(1)
    const located = geoparseText(document.text, gazetteer, { publishedAt: document.publishedAt, lang: document.lang, control: null, sourceId: document.origin })
    lap(2)
    const places = placeRegionPointers(document.text, located.value, gazetteer)
    lap(3)
    const linked = linkClaimPlaces(document.text, extracted.claims, extracted.anchors, places)
    lap(4)
    const sided = strikeSidesFromHeldGround(linked, extracted.anchors, places)
    lap(5)
    const claims = linkDuplicateClaims(sided)
    lap(6)
    JSON.stringify({ document, places, claims, findings: item.findings }, null, 2)
    lap(7)
  }
  return spent.map((us) => us / 1000 / docs.length)
}

console.log(`corpus: ${docs.length} documents of ~5 kB (EN/UK/RU); load average ${loadavg()[0]!.toFixed(1)} at the start`)
let previous = Infinity
let warm = 0
for (; warm < WARM.MAX; warm++) {
  const total = pass().reduce((s, x) => s + x, 0)
  if (warm + 1 >= WARM.MIN && Math.abs(total - previous) <= SETTLED * previous) break
  previous = total
}
console.log(`${warm + 1} warm-up passes (settled: ${warm + 1 < WARM.MAX ? 'yes' : 'no, at the limit'}), then the median of ${MEASURED}`)
const runs = Array.from({ length: MEASURED }, pass)
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!
const perStep = STEPS.map((_, s) => median(runs.map((r) => r[s]!)))
const total = perStep.reduce((s, x) => s + x, 0)
for (const [s, name] of STEPS.entries()) {
  console.log(`${name.padEnd(26)} ${perStep[s]!.toFixed(3).padStart(7)} CPU-ms/doc  ${((100 * perStep[s]!) / total).toFixed(1).padStart(5)}%`)
}
console.log(`${'all steps'.padEnd(26)} ${total.toFixed(3).padStart(7)} CPU-ms/doc  (${(1000 / total).toFixed(0)} docs/CPU-s; without JSON ${(1000 / (total - perStep[7]!)).toFixed(0)})`)
