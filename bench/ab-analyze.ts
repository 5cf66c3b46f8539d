// `npm run bench:ab -- DIR_A DIR_B [PASSES]`: `analyze` without verification in two builds of Frontline
// (two checkouts, each built with `npm run build`), in ONE process: both versions' dist/ are loaded side by
// side and timed in alternate passes over the same ~5 kB documents, so a loaded or noisy machine slows both
// alike and the ratio stays meaningful where two separate bench runs differ by 2x. Use it to say what a
// change or a round did to speed: `git worktree add /tmp/before <rev> && (cd /tmp/before && npm ci)`,
// then `npm run bench:ab -- /tmp/before .`. Prints each version's median CPU-ms per document and docs/CPU-s,
// and the ratio (A/B > 1: B is faster).
import { existsSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { benchDocuments } from './support/bench-documents.js'

type Version = { root: string; analyze: (input: unknown, options: unknown) => unknown; gazetteer: unknown }

const [dirA, dirB, passArg] = process.argv.slice(2)
if (!dirA || !dirB) {
  console.error('usage: npm run bench:ab -- DIR_A DIR_B [PASSES]   (two built checkouts; see the header of bench/ab-analyze.ts)')
  process.exit(2)
}
const passes = Number(passArg ?? 8)
// A process needs some 7-11 passes of the bench's 300 documents before its figures settle (V8 compiles in the
// background and that CPU time is counted; bench/analyze-steps.bench.ts measured it), so warm up 8 per version.
const WARM_UP = 8

async function load(dir: string): Promise<Version> {
  const root = resolve(dir)
  const entry = (p: string) => join(root, 'dist', p)
  if (!existsSync(entry('pipeline/index.js'))) {
    console.error(`bench:ab: ${root} has no dist/pipeline/index.js; run \`npm run build\` there first`)
    process.exit(2)
  }
  const pipeline = await import(pathToFileURL(entry('pipeline/index.js')).href)
  const geoparse = await import(pathToFileURL(entry('geoparse/index.js')).href)
  return { root, analyze: pipeline.analyzeDocument, gazetteer: geoparse.loadGazetteer() }
}

const a = await load(dirA)
const b = await load(dirB)

// The corpus (support/bench-documents.ts), read from version A's checkout.
const documents = benchDocuments(a.root)

const cpuMs = () => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}
const pass = (v: Version) => {
  const start = cpuMs()
  for (const document of documents) v.analyze({ document, findings: [] }, { gazetteer: v.gazetteer, verify: false })
  return (cpuMs() - start) / documents.length
}
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1]!

console.log(`bench:ab: ${documents.length} documents of ~5 kB, ${WARM_UP} warm-up and ${passes} measured passes per version, alternating; load ${loadavg()[0]!.toFixed(1)}`)
for (let w = 0; w < WARM_UP; w++) {
  pass(a)
  pass(b)
}
const ta: number[] = []
const tb: number[] = []
for (let p = 0; p < passes; p++) {
  if (p % 2 === 0) {
    ta.push(pass(a))
    tb.push(pass(b))
  } else {
    tb.push(pass(b))
    ta.push(pass(a))
  }
}
for (const [name, v, t] of [['A', a, ta], ['B', b, tb]] as const) {
  console.log(`${name} ${v.root}: ${median(t).toFixed(3)} CPU-ms/doc (${(1000 / median(t)).toFixed(0)} docs/CPU-s)`)
}
console.log(`A/B ${(median(ta) / median(tb)).toFixed(3)}x (B faster when > 1); per pass ${ta.map((x, i) => (x / tb[i]!).toFixed(2)).join(' ')}`)
