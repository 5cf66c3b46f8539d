// `node --no-regexp-tier-up --cpu-prof --import tsx bench/support/profile-extract.ts [PASSES] [--dist DIR]`:
// extractClaims over the extract bench's corpus (300 gold reports of ~5 kB, a third per language), pass
// after pass, printing the CPU time of each: the profile to read (self and total time per function, the
// "RegExp: …" entries for the patterns) once the passes settle (V8 keeps optimising for 5-8 passes).
// With --dist, the built extractor of a checkout (`npm run build` there; its line numbers are the
// compiled files', which a profile of tsx's output lacks). With --count, it instead counts the regex
// runs per pattern per document and their hit rates (a slow instrumented pass: counts only).
// The timing passes end with the size of the process's machine code: with some 1,600 patterns, nearly
// all of it is regex code (round 21: 90 MB after warm-up, 4 MB with --regexp-interpret-all).
import { getHeapSpaceStatistics } from 'node:v8'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { ExtractableDocument } from '../../src/extract/index.js'
import { ingestBytes } from '../../src/ingest/index.js'
import { benchReportTexts } from './bench-documents.js'

const args = process.argv.slice(2)
const dist = args.includes('--dist') ? args[args.indexOf('--dist') + 1]! : null
const passes = Number(args.find((a) => /^\d+$/.test(a)) ?? 12)
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const extract: { extractClaims: (d: ExtractableDocument) => unknown } = dist ? await import(pathToFileURL(join(resolve(dist), 'dist', 'extract', 'index.js')).href) : await import('../../src/extract/index.js')

const encoder = new TextEncoder()
const docs = benchReportTexts(root).map((text, i) => ingestBytes(encoder.encode(text), `doc-${i}.txt`).value.documents[0]!.document)
const cpuMs = (): number => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}

if (args.includes('--count')) {
  for (const d of docs) extract.extractClaims(d)
  const counts = new Map<string, { runs: number; hits: number; chars: number }>()
  const exec = RegExp.prototype.exec
  const split = RegExp.prototype[Symbol.split]
  const count = (re: RegExp, s: string, hit: boolean): void => {
    const key = `/${re.source.slice(0, 100)}/${re.flags}`
    const c = counts.get(key) ?? { runs: 0, hits: 0, chars: 0 }
    counts.set(key, { runs: c.runs + 1, hits: c.hits + (hit ? 1 : 0), chars: c.chars + String(s).length })
  }
  let splitting = false
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    const m = exec.call(this, s)
    if (!splitting) count(this, s, m !== null)
    return m
  }
  // `split` is one search along the text in V8's own path, but the spec's path, which a patched `exec`
  // forces, tries a sticky copy at every character: counted as one run of the pattern split by.
  RegExp.prototype[Symbol.split] = function (this: RegExp, s: string, limit?: number) {
    splitting = true
    try {
      const parts = split.call(this, s, limit)
      count(this, s, parts.length > 1)
      return parts
    } finally {
      splitting = false
    }
  }
  // (`test` goes through the patched `exec` once it is patched: V8 leaves its fast path.)
  for (const d of docs) extract.extractClaims(d)
  RegExp.prototype.exec = exec
  RegExp.prototype[Symbol.split] = split
  const rows = [...counts].sort((a, b) => b[1].runs - a[1].runs)
  console.log(`${rows.length} patterns, ${(rows.reduce((s, [, c]) => s + c.runs, 0) / docs.length).toFixed(0)} runs per document`)
  for (const [key, c] of rows.slice(0, 80)) console.log(`${(c.runs / docs.length).toFixed(1).padStart(7)}/doc  hits ${((100 * c.hits) / c.runs).toFixed(0).padStart(3)}%  ${(c.chars / c.runs).toFixed(0).padStart(5)} chars  ${key}`)
} else {
  for (let p = 0; p < passes; p++) {
    const started = cpuMs()
    for (const d of docs) extract.extractClaims(d)
    console.log(`pass ${p + 1}: ${((cpuMs() - started) / docs.length).toFixed(3)} CPU-ms/doc`)
  }
  const codeMb = getHeapSpaceStatistics()
    .filter((space) => space.space_name.startsWith('code'))
    .reduce((sum, space) => sum + space.space_used_size, 0)
  console.log(`machine code: ${(codeMb / 1e6).toFixed(1)} MB (code spaces of the V8 heap)`)
}
