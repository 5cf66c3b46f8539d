// Analysis throughput without verification: raw bytes → ingest (decode, clean, date) → claims →
// places → links, on ~5 kB reports in English, Ukrainian and Russian, in one process (one core).
// Target (issue 4): >= 500 documents of ~5 kB per second, linear in length.
//
// Baseline, run side by side: the least any extractor does with the same text: decode it, split it
// into sentences and words. The ratio says what the analysis costs on top of reading the text.
import { cpus, loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { extractClaims, lexiconCoverage, linkClaimPlaces, linkDuplicateClaims } from '../src/extract/index.js'
import { geoparseText, loadGazetteer } from '../src/geoparse/index.js'
import { ingestBytes } from '../src/ingest/index.js'
import { analyzeDocument } from '../src/pipeline/index.js'
import { findDateExpressions, splitSentences, tokenize, useLiteralGates } from '../src/text/index.js'
import { benchReportTexts } from './support/bench-documents.js'

/** What `frontline analyze` passes to ingest. */
const AS_ANALYZE = { fingerprint: false } as const
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const DOCUMENTS = 300

/** ~5 kB reports (UTF-8 bytes; bench/support/bench-documents.ts): the gold reports of one language, in rotating order, as paragraphs. */
function corpus(): Uint8Array[] {
  const encoder = new TextEncoder()
  return benchReportTexts(root, DOCUMENTS).map((text) => encoder.encode(text))
}

function cpuMs(): number {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}

function row(name: string, n: number, cpu: number, wall: number): number {
  const perSecond = (n * 1000) / cpu
  console.log(`${name.padEnd(40)} ${perSecond.toFixed(0).padStart(7)} docs/CPU-s  ${(cpu / n).toFixed(3).padStart(8)} CPU-ms/doc  (${((n * 1000) / wall).toFixed(0)} docs/wall-s)`)
  return perSecond
}

/**
 * Passes over the corpus before a warm figure. The first pass compiles the lexicons' regexes (each is
 * compiled on first use) and leaves V8 optimising the hot functions on its background threads, whose
 * CPU time counts in this process's: after the one pass the bench used to make, the "extract only"
 * row still read about twice the warm cost, and a profile of consecutive passes showed the cost per
 * document falling for three to five passes (31, 20, 15, 11, 10, 9 CPU-ms under load). So passes
 * repeat until one costs within WARM_SETTLED of the pass before (at least MIN, at most MAX passes).
 */
const WARM_PASSES = { MIN: 2, MAX: 8 } as const
const WARM_SETTLED = 0.1

/**
 * Documents per CPU second (and per wall second) of `fn` over the corpus, for at least `minCpuMs`,
 * after the warm-up passes. With `cold`, the first of those passes is printed as its own row under
 * that name (what a process pays the first time it reads such documents).
 */
function measure(name: string, docs: readonly Uint8Array[], fn: (bytes: Uint8Array, i: number) => void, minCpuMs = 3000, cold?: string): number {
  let previous = Infinity
  for (let pass = 0; pass < WARM_PASSES.MAX; pass++) {
    const cpu0 = cpuMs()
    const wall0 = performance.now()
    for (let i = 0; i < docs.length; i++) fn(docs[i]!, i)
    const cpu = cpuMs() - cpu0
    if (pass === 0 && cold) row(cold, docs.length, cpu, performance.now() - wall0)
    if (pass + 1 >= WARM_PASSES.MIN && Math.abs(cpu - previous) <= WARM_SETTLED * previous) break
    previous = cpu
  }
  let n = 0
  const cpu0 = cpuMs()
  const wall0 = performance.now()
  while (cpuMs() - cpu0 < minCpuMs) {
    for (let k = 0; k < 10; k++, n++) fn(docs[n % docs.length]!, n)
  }
  return row(name, n, cpuMs() - cpu0, performance.now() - wall0)
}

const gazetteer = loadGazetteer()
const docs = corpus()
const meanBytes = docs.reduce((s, d) => s + d.length, 0) / docs.length
console.log(`corpus: ${docs.length} documents, mean ${(meanBytes / 1000).toFixed(1)} kB (EN/UK/RU, a third each), gazetteer loaded; figures per CPU second of this process`)
console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the start (quote figures with it and with the baseline ratio)`)

const baseline = measure('baseline: decode + sentences', docs, (bytes) => {
  const text = new TextDecoder().decode(bytes)
  splitSentences(text)
  text.match(/[\p{L}\p{N}]+/gu)
})
const ingested = docs.map((bytes, i) => ingestBytes(bytes, `doc-${i}.txt`).value.documents[0]!)
// `analyze` ingests without the near-duplicate fingerprint (only a store uses it); `ingest` computes it.
measure('ingest only (as analyze)', docs, (bytes, i) => void ingestBytes(bytes, `doc-${i}.txt`, AS_ANALYZE))
measure('ingest only (as ingest: +fingerprint)', docs, (bytes, i) => void ingestBytes(bytes, `doc-${i}.txt`))
measure('extract only', docs, (_bytes, i) => void extractClaims(ingested[i % ingested.length]!.document), 3000, 'extract only, first pass (cold)')
measure('geoparse only', docs, (_bytes, i) => {
  const d = ingested[i % ingested.length]!.document
  geoparseText(d.text, gazetteer, { publishedAt: d.publishedAt, lang: d.lang })
})
const full = measure('analyze without verification', docs, (bytes, i) => {
  const r = ingestBytes(bytes, `doc-${i}.txt`, AS_ANALYZE)
  for (const item of r.value.documents) analyzeDocument(item, { gazetteer, verify: false })
})
// The literal gates (src/text/gated-regexp.ts) on and off, in alternate passes over the corpus in
// this process (answers are the same either way): what they save. Alternating, so a change of the
// machine's load during the run weighs on both alike (two rows measured one after the other read
// 17.4 and 8.4 CPU-ms/doc at load 25 while other jobs ended: the load, not the gates).
const gateRounds = { on: [] as number[], off: [] as number[] }
const analyzeAll = (): number => {
  const started = cpuMs()
  for (let i = 0; i < docs.length; i++) {
    const r = ingestBytes(docs[i]!, `doc-${i}.txt`, AS_ANALYZE)
    for (const item of r.value.documents) analyzeDocument(item, { gazetteer, verify: false })
  }
  return cpuMs() - started
}
for (let round = 0; round < 4; round++) {
  for (const on of round % 2 === 0 ? [true, false] : [false, true]) {
    useLiteralGates(on)
    gateRounds[on ? 'on' : 'off'].push(analyzeAll() / docs.length)
  }
}
useLiteralGates(true)
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
console.log(
  `literal gates, analyze in alternate passes: on ${median(gateRounds.on).toFixed(3)} CPU-ms/doc, off ${median(gateRounds.off).toFixed(3)} (medians of 4 passes each): ` +
    `${(median(gateRounds.off) / median(gateRounds.on)).toFixed(2)}x the documents per CPU second with them`,
)
// Lexicon rules run only where their token paths hold in the text's words; the rest (patterns the
// path compiler cannot read) are tried wherever their first word allows, counted here.
const coverage = Object.values(lexiconCoverage()).reduce((a, c) => ({ rules: a.rules + c.rules, compiled: a.compiled + c.compiled, beyond: a.beyond + c.beyondFirstWord, fallback: a.fallback + c.fallback }), { rules: 0, compiled: 0, beyond: 0, fallback: 0 })
console.log(`lexicon rules (per compiled matcher, summed): ${coverage.rules}; on token paths ${coverage.compiled} (${coverage.beyond} needing more than their first word); falling back to first-word tries ${coverage.fallback}`)
console.log(`ratio analyze / baseline: ${(baseline / full).toFixed(1)}x slower than decoding and splitting`)
console.log(`target >= 500 docs/s of ~5 kB: ${full >= 500 ? 'met' : 'NOT met'} (${full.toFixed(0)} docs/s)`)

// Where analyze's time goes: its steps run as analyzeDocument runs them (ingest, then extraction,
// which reuses the words and dates ingest found, then geoparsing, then linking), CPU time per step.
// The stage-only figures above each pay for the words and dates themselves; here they are paid once.
const steps = ['ingest', 'extract', 'geoparse', 'link places + repeats'] as const
const stepMs = steps.map(() => 0)
let splitDocs = 0
const splitStarted = cpuMs()
while (cpuMs() - splitStarted < 3000) {
  for (let k = 0; k < 10; k++, splitDocs++) {
    const i = splitDocs % docs.length
    let t0 = cpuMs()
    const lap = (step: number): void => {
      const t = cpuMs()
      stepMs[step]! += t - t0
      t0 = t
    }
    const r = ingestBytes(docs[i]!, `doc-${i}.txt`, AS_ANALYZE)
    lap(0)
    for (const { document } of r.value.documents) {
      const extracted = extractClaims(document)
      lap(1)
      const located = geoparseText(document.text, gazetteer, { publishedAt: document.publishedAt, lang: document.lang, control: null, sourceId: document.origin })
      lap(2)
      linkDuplicateClaims(linkClaimPlaces(document.text, extracted.value.claims, extracted.value.anchors, located.value))
      lap(3)
    }
  }
}
const splitTotal = stepMs.reduce((a, b) => a + b, 0)
console.log(`\nsplit of analyze by step (CPU-ms per document, share; ${splitDocs} documents):`)
for (const [k, step] of steps.entries()) console.log(`  ${step.padEnd(24)} ${(stepMs[k]! / splitDocs).toFixed(3).padStart(8)} CPU-ms  ${((100 * stepMs[k]!) / splitTotal).toFixed(0).padStart(3)}%`)
console.log(`  ${'sum'.padEnd(24)} ${(splitTotal / splitDocs).toFixed(3).padStart(8)} CPU-ms  (${((1000 * splitDocs) / splitTotal).toFixed(0)} docs/CPU-s)`)
// The words and dates of a report: read once per document (ingest dates it from them; extraction and
// the lexicons reuse them), so the first stage to read a document pays for them.
const ingestedTexts = ingested.map((d) => d.document.text)
measure('  of which words + dates (in ingest)', docs, (_bytes, i) => {
  const text = ingestedTexts[i % ingestedTexts.length]!
  tokenize(text)
  findDateExpressions(text)
})

// Linearity: the same material at 5, 50 and 500 kB; CPU time per kB should stay flat. Each language's
// first corpus report is repeated to the length, so every row reads the three languages in equal parts
// (the rows once cut one mixed text, whose first 5 kB were English only while the longer rows were two
// thirds Cyrillic read as an English document: a change of material, not of length, that doubled the
// cost per kB). Each round reads a different text (a numbered last line), so no stage finds the
// previous round's answers remembered.
console.log('\nlinearity (analyze, CPU-ms per kB of text, the three languages in equal parts; then per stage):')
const linearityBases = docs.slice(0, 3).map((d) => new TextDecoder().decode(d))
for (const kB of [5, 50, 500]) {
  const rounds = Math.max(1, Math.round(200 / kB))
  const perLang: { lang: string; ms: number }[] = []
  const stage = [0, 0]
  let extractMs = 0
  let geoMs = 0
  for (const base of linearityBases) {
    let text = ''
    while (text.length < kB * 1000) text += `${base}\n\n`
    text = text.slice(0, kB * 1000)
    const variants = Array.from({ length: rounds + 1 }, (_, r) => new TextEncoder().encode(`${text}\n\nRef. ${r + 1}.`))
    analyzeDocument(ingestBytes(variants[rounds]!, 'lin.txt', AS_ANALYZE).value.documents[0]!, { gazetteer, verify: false })
    const started = cpuMs()
    for (let r = 0; r < rounds; r++) {
      let t0 = cpuMs()
      const lap = (k: number): void => {
        const t = cpuMs()
        stage[k]! += t - t0
        t0 = t
      }
      for (const item of ingestBytes(variants[r]!, 'lin.txt', AS_ANALYZE).value.documents) {
        lap(0)
        analyzeDocument(item, { gazetteer, verify: false })
        lap(1)
      }
    }
    const ms = (cpuMs() - started) / rounds
    // Per stage, on a fresh text each round as well (extract then pays for the words and dates itself).
    const fresh = Array.from({ length: rounds }, (_, r) => ingestBytes(variants[r]!, 'lin.txt', AS_ANALYZE).value.documents[0]!.document)
    perLang.push({ lang: fresh[0]!.lang, ms })
    const timeEach = (fn: (d: (typeof fresh)[number]) => void): number => {
      const t0 = cpuMs()
      for (const d of fresh) fn(d)
      return (cpuMs() - t0) / rounds
    }
    // A different text first, so that no round's answers are remembered from the analyze rounds above.
    for (let r = 0; r < 4; r++) findDateExpressions(`${r}`), tokenize(`${r}`)
    extractMs += timeEach((d) => void extractClaims(d))
    geoMs += timeEach((d) => void geoparseText(d.text, gazetteer, { publishedAt: d.publishedAt, lang: d.lang }))
  }
  // Per document of kB kilobytes: the mean over the three languages.
  const n = linearityBases.length
  const ms = perLang.reduce((a, l) => a + l.ms, 0) / n
  const perKb = (x: number) => (x / n / kB).toFixed(3)
  console.log(
    `  ${String(kB).padStart(4)} kB: ${ms.toFixed(1).padStart(8)} CPU-ms  ${(ms / kB).toFixed(3)} CPU-ms/kB` +
      `   ingest ${perKb(stage[0]! / rounds)}  rest of analyze ${perKb(stage[1]! / rounds)}  extract alone ${perKb(extractMs)}  geoparse alone ${perKb(geoMs)} CPU-ms/kB` +
      `   (${perLang.map((l) => `${l.lang} ${(l.ms / kB).toFixed(3)}`).join(', ')})`,
  )
}
