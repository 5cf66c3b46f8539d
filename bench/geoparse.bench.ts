// Geoparsing speed with the full shipped gazetteer, on real war-reporting text from ../shared/data
// (the two English pages, VIINA's Russian/Ukrainian headlines, UCDP headlines and locations, CIR titles),
// cycled to length. Prints the time for 3 kB, 30 kB, 300 kB and 3 MB (linear: the ms per MB should stay
// flat), the gazetteer load time and the memory. Targets: >= 5 MB/s, load <= 300 ms, memory <= 300 MB.
//
// Memory is the peak RSS (the kernel's high-water mark, process.resourceUsage().maxRSS) of a fresh
// process, started with the same loader as this one, that loads the gazetteer, reads the 3 MB text and
// geoparses it once: what a `frontline geoparse` of a 3 MB file costs. The RSS of this process after all
// the timed runs is printed too, but it is not the geoparser's footprint: it holds the garbage of dozens
// of repeated runs that V8 has not yet needed to collect (it varied from 280 to 450 MB between runs).
//
// Baseline side by side: modern-ahocorasick (a widely used Aho-Corasick library) over every name form
// of the same gazetteer, on the lower-cased text, counting matches that sit on word boundaries. It
// only finds exact nominative spellings (no case forms, no disambiguation, no spans resolved), so it
// is the floor of what dictionary matching costs in JavaScript here. It is fed line by line: on one long
// string its time grows faster than the text (the reason Frontline has its own matcher).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import v8 from 'node:v8'
import vm from 'node:vm'
import AhoCorasick from 'modern-ahocorasick'
import { geoparseText, loadGazetteer, nameKey } from '../src/geoparse/index.js'
import { parseDelimited } from '../src/geoparse/gazetteer/parse-delimited.js'
import { sharedDataPath, sharedDataSkipReason } from '../src/testing/shared-data.js'

// The memory probe (see the header): run as `<this file> --memory-probe TEXT_FILE`, prints JSON.
const probeAt = process.argv.indexOf('--memory-probe')
if (probeAt >= 0) {
  const g = loadGazetteer()
  const text = readFileSync(process.argv[probeAt + 1]!, 'utf8')
  const loadedMb = process.resourceUsage().maxRSS / 1000
  const places = geoparseText(text, g).value.length
  console.log(JSON.stringify({ loadedMb, peakMb: process.resourceUsage().maxRSS / 1000, places, chars: text.length }))
  process.exit(0)
}

const skip = sharedDataSkipReason('real-text-samples-2026-02')
if (skip) {
  console.log(`geoparse: skipped (${skip})`)
  process.exit(0)
}

const SIZES = [3_000, 30_000, 300_000, 3_000_000]
const TARGET_MBPS = 5
const TARGET_LOAD_MS = 300
const TARGET_RSS_MB = 300

function corpusLines(): string[] {
  const lines: string[] = []
  const samples = JSON.parse(readFileSync(sharedDataPath('real-text-samples-2026-02', 'real_text_samples_2026-02.json'), 'utf8')) as Array<{ text: string }>
  for (const s of samples) lines.push(...s.text.split('\n'))
  const csv = (folder: string, file: string, cols: string[]) => {
    const path = sharedDataPath(folder, file)
    if (!existsSync(path)) return
    const t = parseDelimited(readFileSync(path, 'utf8'), ',')
    const idx = cols.map((c) => t.header.indexOf(c)).filter((i) => i >= 0)
    for (const r of t.rows) for (const i of idx) if (r[i]) lines.push(r[i]!)
  }
  csv('viina-derived-strike-reports', 'VIINA_2022_REBUILD.csv', ['representative_text'])
  csv('viina-derived-strike-reports', 'VIINA_2024_REBUILD.csv', ['representative_text'])
  csv('ucdp-ged-ukraine', 'ucdp_ged_ukraine_2014-2023.csv', ['source_headline', 'where_description'])
  csv('cir-russia-ukraine-monitor', 'cir_russia_ukraine_monitor_events_2022.csv', ['title'])
  // A fixed shuffle (LCG), so every run reads the same text and the sizes mix all sources.
  let seed = 20251121
  for (let i = lines.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2147483648
    const j = seed % (i + 1)
    ;[lines[i], lines[j]] = [lines[j]!, lines[i]!]
  }
  return lines.filter((l) => l.trim() !== '')
}

function textOf(lines: readonly string[], size: number): string {
  const parts: string[] = []
  let n = 0
  for (let i = 0; n < size; i = (i + 1) % lines.length) {
    parts.push(lines[i]!)
    n += lines[i]!.length + 1
  }
  return parts.join('\n').slice(0, size)
}

const cpuMs = () => {
  const c = process.cpuUsage()
  return (c.user + c.system) / 1000
}

// The main thread's own CPU time (Linux: the first field of /proc/thread-self/schedstat, in ns; NaN
// elsewhere). Process CPU also counts V8's compiler and GC helper threads, which on a loaded machine
// can outweigh a small call's own work (a 30 kB call showed 50-100 ms of process CPU at load 12-24):
// the main thread's time is the geoparser's cost on one core. Reading it costs some 10-20 µs; the kernel
// updates it at scheduler ticks, so it is averaged over many runs (see timeRuns).
const threadCpuMs = (): number => {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6
  } catch {
    return Number.NaN
  }
}

/**
 * Runs `fn` once untimed (the first call at this size: its CPU time is reported apart), then at least
 * `minRuns` times and for at least `minMs` of wall time. Wall time is the median of the timed runs; CPU
 * time (process and main thread) is read once before and once after all of them and divided by their
 * number: the mean per run, so the collections that come every few runs are counted at their share (a
 * median per run left them out of small sizes), and no clock is read inside the timed window (two
 * reads per run, some 20-40 µs, were 5% of a 3 kB call). The main thread's clock moves at scheduler
 * ticks, which only the mean over many runs averages out.
 */
function timeRuns(fn: () => unknown, minMs: number, minRuns = 3): { ms: number; cpuMs: number; threadCpuMs: number; firstCpuMs: number; runs: number } {
  const c0 = cpuMs()
  fn()
  const firstCpuMs = cpuMs() - c0
  const times: number[] = []
  const c = cpuMs()
  const tc = threadCpuMs()
  const start = performance.now()
  while (times.length < minRuns || (performance.now() - start < minMs && times.length < 100_000)) {
    const t = performance.now()
    fn()
    times.push(performance.now() - t)
  }
  const threadMs = (threadCpuMs() - tc) / times.length
  const processMs = (cpuMs() - c) / times.length
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
  return { ms: median(times), cpuMs: processMs, threadCpuMs: threadMs, firstCpuMs, runs: times.length }
}

// A full collection before each size is timed, so that no size is charged with collecting what an
// earlier one left (after the 3 MB warm-up call, the 3 kB runs spent more CPU on its garbage than on
// their own work). Each size's own garbage is still collected inside its own timed window.
v8.setFlagsFromString('--expose-gc')
const collectGarbage = vm.runInNewContext('gc') as () => void

const loadStart = performance.now()
const loadCpuStart = cpuMs()
const gazetteer = loadGazetteer()
const coldLoadMs = performance.now() - loadStart
const coldLoadCpuMs = cpuMs() - loadCpuStart
const rssAfterLoad = process.memoryUsage().rss / 1e6

const lines = corpusLines()
const texts = SIZES.map((size) => textOf(lines, size))

console.log(`gazetteer: ${gazetteer.size} entries; load ${coldLoadMs.toFixed(0)} ms cold (${coldLoadCpuMs.toFixed(0)} ms CPU); RSS after load ${rssAfterLoad.toFixed(0)} MB`)

// Warm-up, untimed, before any size is timed: the first calls of the process interpret the geoparser,
// V8 compiles its hot functions on a helper thread over the first few hundred calls, and the heap the
// gazetteer load left behind is collected once. That one-off cost (some 0.5-1 s of process CPU) used to
// land in the timed runs of whichever size came first, the 3 kB one: its figure swung from 2.5 to 4.6
// MB/s between runs. A fixed number of calls (not a time: on a loaded machine a wall-clock budget made
// one pass), printed on its own line with the process's very first call.
const warmCpu0 = cpuMs()
geoparseText(texts[0]!, gazetteer)
const coldCallCpuMs = cpuMs() - warmCpu0
let warmCalls = 1
for (const text of texts) {
  for (let i = 0; i < Math.ceil(300_000 / text.length); i++) geoparseText(text, gazetteer)
  warmCalls += Math.ceil(300_000 / text.length)
}
console.log(`warm-up (untimed): ${warmCalls} calls over every size, ${(cpuMs() - warmCpu0).toFixed(0)} ms process CPU; the process's first call (3 kB, cold) ${coldCallCpuMs.toFixed(1)} ms CPU`)

// Frontline first, alone in the process (its memory is measured before the baseline's dictionary exists).
// Every size geoparses at least 3 MB of text in its timed runs (1000 runs of 3 kB ... 3 of 3 MB): the
// same work at each size, whatever the load.
const results: Array<{ size: number; ms: number; cpuMs: number; threadCpuMs: number; firstCpuMs: number; runs: number; places: number }> = []
let peakRss = rssAfterLoad
for (const text of texts) {
  let places = 0
  collectGarbage()
  const r = timeRuns(
    () => {
      places = geoparseText(text, gazetteer).value.length
    },
    0,
    Math.max(3, Math.ceil(3_000_000 / text.length)),
  )
  results.push({ size: text.length, ...r, places })
  peakRss = Math.max(peakRss, process.memoryUsage().rss / 1e6)
}

// Peak RSS of one 3 MB geoparse in a fresh process (see the header).
function memoryProbe(text: string): { loadedMb: number; peakMb: number; places: number } {
  const dir = mkdtempSync(join(os.tmpdir(), 'geoparse-bench-'))
  try {
    const file = join(dir, 'text.txt')
    writeFileSync(file, text)
    const run = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--memory-probe', file], { encoding: 'utf8' })
    if (run.status !== 0) throw new Error(`memory probe exited with ${run.status ?? run.signal}: ${run.stderr}`)
    return JSON.parse(run.stdout.trim().split('\n').pop()!) as { loadedMb: number; peakMb: number; places: number }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
const probe = memoryProbe(texts[texts.length - 1]!)

// Warm loads after the geoparser's memory is measured: each load leaves a gazetteer's worth of garbage
// that the process keeps as heap for a while, which is no part of the geoparser's footprint.
const warmLoad = timeRuns(() => loadGazetteer(), 1500)
const warmLoadMs = warmLoad.ms
console.log(`gazetteer load warm (median of repeated loads): ${warmLoadMs.toFixed(0)} ms (${warmLoad.cpuMs.toFixed(0)} ms CPU)`)

// Baseline dictionary: every name form, as written (lower case), the library's way.
const acStart = performance.now()
const forms = new Set<string>()
for (const e of gazetteer.entries) for (const n of [e.name, e.nameUk, e.nameRu, ...e.variants]) if (n && n.length >= 3) forms.add(nameKey(n))
const ac = new AhoCorasick([...forms])
const acBuildMs = performance.now() - acStart
const isLetter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch)
// Fed line by line: on one long string the library's time grows faster than the length.
function baseline(text: string): number {
  let n = 0
  for (const line of text.toLowerCase().split('\n')) {
    for (const m of ac.iterate(line)) if (!isLetter(line[m.start - 1]) && !isLetter(line[m.end])) n++
  }
  return n
}

console.log(`baseline dictionary: ${forms.size} name forms, modern-ahocorasick build ${acBuildMs.toFixed(0)} ms\n`)
console.log('size        frontline ms  (cpu ms)   MB/s(cpu)   ms/MB   places   runs  first call cpu ms    baseline ms   MB/s   ms/MB   matches   ratio (baseline/frontline time)')
let mbpsAt3Mb = 0
for (const [i, text] of texts.entries()) {
  const r = results[i]!
  let matches = 0
  const bms = timeRuns(() => (matches = baseline(text)), text.length >= 1e6 ? 0 : 1500).ms
  const mb = text.length / 1e6
  if (text.length >= 1e6) mbpsAt3Mb = mb / (r.cpuMs / 1000)
  console.log(
    `${(text.length / 1000).toFixed(0).padStart(5)} kB  ${r.ms.toFixed(1).padStart(12)}  ${r.cpuMs.toFixed(1).padStart(9)}  ${(mb / (r.cpuMs / 1000)).toFixed(2).padStart(10)}  ${(r.ms / mb).toFixed(0).padStart(6)}  ${String(r.places).padStart(7)}  ${String(r.runs).padStart(5)}  ${r.firstCpuMs.toFixed(1).padStart(17)}` +
      `  ${bms.toFixed(1).padStart(12)}  ${(mb / (bms / 1000)).toFixed(2).padStart(6)}  ${(bms / mb).toFixed(0).padStart(6)}  ${String(matches).padStart(8)}   ${(bms / r.ms).toFixed(2)}`,
  )
}
const load = os.loadavg()[0]!
console.log(`\nmain thread's own CPU (V8's compiler and GC helper threads left out), mean of the timed runs: ${results.map((r) => `${(r.size / 1000).toFixed(0)} kB ${r.threadCpuMs.toFixed(1)} ms = ${(r.size / 1e3 / r.threadCpuMs).toFixed(2)} MB/s`).join('; ')}`)
console.log(`\n(machine load average ${load.toFixed(1)} on ${os.cpus().length} cores: wall times include waiting for a core (frontline ms is the median wall time);\n cpu ms and MB/s are the process's CPU time (all threads: V8's compiler and GC helpers included) per timed run, the mean over all of them;\n the first call at each size, after the warm-up, is untimed and shown apart)`)
console.log(`peak RSS of a fresh process that loads the gazetteer and geoparses the 3 MB text once: ${probe.peakMb.toFixed(0)} MB (${probe.loadedMb.toFixed(0)} MB after the load; ${probe.places} places)`)
console.log(`RSS of this process after all the timed runs (before the baseline loads; uncollected garbage of repeated runs included): ${peakRss.toFixed(0)} MB`)
const verdict = (ok: boolean) => (ok ? 'ok' : 'BELOW TARGET')
const mbps = results.map((r) => r.size / 1e3 / r.cpuMs)
console.log(`throughput at 3 MB: ${mbpsAt3Mb.toFixed(2)} MB/s of process CPU time (target >= ${TARGET_MBPS}) ${verdict(mbpsAt3Mb >= TARGET_MBPS)}; slowest size ${Math.min(...mbps).toFixed(2)} MB/s ${verdict(Math.min(...mbps) >= TARGET_MBPS)}`)
console.log(`gazetteer load: ${warmLoadMs.toFixed(0)} ms warm, ${coldLoadMs.toFixed(0)} ms cold wall; ${coldLoadCpuMs.toFixed(0)} ms cold CPU (target <= ${TARGET_LOAD_MS}) ${verdict(coldLoadCpuMs <= TARGET_LOAD_MS)}${coldLoadMs > TARGET_LOAD_MS ? ' (wall over target: waiting for a core)' : ''}`)
console.log(`memory: ${probe.peakMb.toFixed(0)} MB peak RSS for a 3 MB text (target <= ${TARGET_RSS_MB}) ${verdict(probe.peakMb <= TARGET_RSS_MB)}`)
