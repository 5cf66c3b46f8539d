// `frontline analyze FILE...` as a user runs it: a fresh process per call, so each call pays for
// starting Node, loading the CLI's modules, the gazetteer and the lexicons, and warming up on its first
// documents. Measured for batches of 1, 10, 100 and 300 ~5 kB reports (as bench/extract.bench.ts builds
// them), CPU time of the child process by phase: what one call costs, and what each further file adds.
// Issue 4's target (>= 500 documents of ~5 kB per second on one core) is per document of a batch; a
// single call's fixed cost says how far one-file-per-call use is from it.
//
// Baseline, run side by side: a fresh process that loads the text module and reads, decodes and splits
// the same files (what any analyser pays to start and read its input).
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { benchReportTexts } from './support/bench-documents.js'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..')
const BATCHES = [1, 10, 100, 300] as const

interface ChildFigures {
  compiled: boolean
  code: number
  output: number
  bootMs: number
  loadMs: number
  runMs: number
  totalMs: number
}

/** ~5 kB reports as files (bench/support/bench-documents.ts: the gold reports of one language, rotating, a dated heading first). */
function writeReports(dir: string, count: number): string[] {
  return benchReportTexts(root, count).map((text, i) => {
    const path = join(dir, `report-${String(i).padStart(4, '0')}.txt`)
    writeFileSync(path, text)
    return path
  })
}

function runChild(args: readonly string[]): ChildFigures {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'support', 'analyze-cli-child.ts'), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 })
  if (run.status !== 0) throw new Error(`analyze-cli child exited with ${run.status ?? run.signal}: ${run.stderr}`)
  const figures = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as ChildFigures
  if (figures.code !== 0) throw new Error(`frontline analyze exited with ${figures.code}: ${run.stderr}`)
  return figures
}

const dir = mkdtempSync(join(tmpdir(), 'frontline-analyze-cli-'))
mkdirSync(dir, { recursive: true })
try {
  const paths = writeReports(dir, Math.max(...BATCHES))
  console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the start (quote figures with it and with the baseline ratio)`)
  console.log('frontline analyze --json --no-control FILE... in a fresh process per call; CPU-ms of that process (all its threads):')
  console.log(`  ${'files'.padStart(5)}  ${'boot'.padStart(7)}  ${'load CLI'.padStart(8)}  ${'run'.padStart(8)}  ${'total'.padStart(8)}  ${'run/file'.padStart(8)}  ${'docs/CPU-s'.padStart(10)}  baseline total  ratio`)
  const rows: { n: number; analyze: ChildFigures; base: ChildFigures }[] = []
  for (const n of BATCHES) {
    const files = paths.slice(0, n)
    // The smallest of a few runs for the short calls (a loaded machine adds, never removes, CPU time).
    const tries = n <= 10 ? 3 : 1
    let analyze: ChildFigures | null = null
    let base: ChildFigures | null = null
    for (let t = 0; t < tries; t++) {
      const a = runChild(files)
      const b = runChild(['--baseline', ...files])
      if (!analyze || a.totalMs < analyze.totalMs) analyze = a
      if (!base || b.totalMs < base.totalMs) base = b
    }
    rows.push({ n, analyze: analyze!, base: base! })
    const a = analyze!
    console.log(
      `  ${String(n).padStart(5)}  ${a.bootMs.toFixed(0).padStart(7)}  ${a.loadMs.toFixed(0).padStart(8)}  ${a.runMs.toFixed(0).padStart(8)}  ${a.totalMs.toFixed(0).padStart(8)}  ${(a.runMs / n).toFixed(1).padStart(8)}  ${((1000 * n) / a.totalMs).toFixed(1).padStart(10)}  ${base!.totalMs.toFixed(0).padStart(14)}  ${(a.totalMs / base!.totalMs).toFixed(1)}x`,
    )
  }
  const first = rows[0]!
  const [p, q] = rows.slice(-2) as [(typeof rows)[number], (typeof rows)[number]]
  const marginal = (q.analyze.runMs - p.analyze.runMs) / (q.n - p.n)
  console.log(`code: ${first.analyze.compiled ? 'compiled dist/ (as installed)' : 'sources through tsx (dist/ missing or older than src/; module loading includes transpiling)'}`)
  console.log(`one call on one file: ${first.analyze.totalMs.toFixed(0)} CPU-ms (${first.analyze.loadMs.toFixed(0)} loading modules, ${first.analyze.runMs.toFixed(0)} running: gazetteer, lexicons, verifier set-up, first-use compilation, the file)`)
  console.log(`each further file in a batch (${p.n} -> ${q.n} files): ${marginal.toFixed(2)} CPU-ms (${(1000 / marginal).toFixed(0)} docs/CPU-s); fixed cost of a call about ${(first.analyze.totalMs - marginal).toFixed(0)} CPU-ms`)
  console.log(`linearity in batch size: run CPU-ms per file ${rows.map((r) => `${r.n}: ${(r.analyze.runMs / r.n).toFixed(1)}`).join(', ')} (falls while the fixed cost spreads; should level off, not rise)`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
