// `node --no-regexp-tier-up --import tsx bench/support/count-regex-sites.ts [DOCS] [--top N] [--by site|pattern|caller]`:
// where the regex runs of `analyze` (no verification) come from, over the first DOCS (default 60) of
// bench:ab's documents (a third per language). Every run of a RegExp (exec, test and, through exec, match,
// replace, matchAll, split, search; a gated regex's inner run and its gate's own search alike) is counted
// with the characters it could scan (the text's length from where it starts) and the time it took, by:
// - site: the first frame outside the regex machinery (text/gated-regexp.ts, text/ends-with-match.ts and
//   this file), as file:line of the TypeScript source;
// - caller: that frame and the one above it (which loop the site sits in);
// - pattern: the source's first 90 characters and flags.
// "same" counts runs of a pattern on a text (and start) that the same document already ran it on: a
// repeated scan some index or cache could answer. A slow, instrumented pass: its counts matter, its
// times only as shares (each run carries the stack capture's cost outside the timed part).
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Document } from '../../src/domain/index.js'
import { analyzeDocument } from '../../src/pipeline/index.js'
import { loadGazetteer } from '../../src/geoparse/index.js'
import { benchDocuments } from './bench-documents.js'

const args = process.argv.slice(2)
const count = Number(args.find((a) => /^\d+$/.test(a)) ?? 60)
const top = Number(args.includes('--top') ? args[args.indexOf('--top') + 1] : 40)
const by = args.includes('--by') ? args[args.indexOf('--by') + 1]! : 'site'
// --only TEXT: count only the runs whose site holds TEXT (with --by pattern: which patterns a site runs).
const only = args.includes('--only') ? args[args.indexOf('--only') + 1]! : null
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const gazetteer = loadGazetteer()
const documents = benchDocuments(root).slice(0, count) as unknown as Document[]

// One warm pass first: patterns compile and modules load outside the counts.
for (const document of documents) analyzeDocument({ document, findings: [] }, { gazetteer, verify: false })

type Row = { runs: number; hits: number; chars: number; ns: number; same: number; short: number }
const rows = new Map<string, Row>()
const MACHINERY = /gated-regexp|ends-with-match|count-regex-sites|node:internal|<anonymous>|^native/
process.setSourceMapsEnabled(true)
Error.stackTraceLimit = 12

function siteKeys(): [string, string] {
  const stack = new Error().stack!.split('\n').slice(2)
  const frames: string[] = []
  for (const line of stack) {
    const m = /\((.*):(\d+):\d+\)$/.exec(line) ?? /at (.*):(\d+):\d+$/.exec(line)
    if (!m) continue
    if (MACHINERY.test(m[1]!)) continue
    const file = m[1]!.replace(/^.*\/src\//, '').replace(/^file:\/\//, '')
    const fn = /at (?:new )?([^\s(]+) \(/.exec(line)?.[1] ?? '?'
    frames.push(`${file}:${m[2]} ${fn}`)
    if (frames.length === 2) break
  }
  return [frames[0] ?? '?', `${frames[0] ?? '?'}  <-  ${frames[1] ?? '?'}`]
}

let seen = new Map<RegExp, Set<string>>()
const exec = RegExp.prototype.exec
const split = RegExp.prototype[Symbol.split]
let inside = false
function counted(re: RegExp, s: string, run: () => boolean): boolean {
  if (inside) return run()
  inside = true
  try {
    const start = re.global || re.sticky ? re.lastIndex : 0
    const text = String(s)
    const t0 = process.hrtime.bigint()
    const hit = run()
    const ns = Number(process.hrtime.bigint() - t0)
    const [site, caller] = siteKeys()
    if (only !== null && !site.includes(only)) return hit
    const key = by === 'pattern' ? `/${re.source.slice(0, 90)}/${re.flags}` : by === 'caller' ? caller : site
    let texts = seen.get(re)
    if (!texts) seen.set(re, (texts = new Set()))
    const textKey = `${start}\u0000${text}`
    const same = texts.has(textKey)
    texts.add(textKey)
    const r = rows.get(key) ?? { runs: 0, hits: 0, chars: 0, ns: 0, same: 0, short: 0 }
    r.runs++
    if (hit) r.hits++
    r.chars += Math.max(0, text.length - start)
    r.ns += ns
    if (same) r.same++
    if (text.length - start < 40 || re.sticky) r.short++
    rows.set(key, r)
    return hit
  } finally {
    inside = false
  }
}
RegExp.prototype.exec = function (this: RegExp, s: string) {
  let m: RegExpExecArray | null = null
  counted(this, s, () => (m = exec.call(this, s)) !== null)
  return m
}
RegExp.prototype[Symbol.split] = function (this: RegExp, s: string, limit?: number) {
  let parts: string[] = []
  counted(this, s, () => {
    // (The spec's split, which a patched exec forces, runs a sticky copy at every character: not counted apart.)
    inside = true
    parts = split.call(this, s, limit)
    return parts.length > 1
  })
  return parts
}
for (const document of documents) {
  seen = new Map()
  analyzeDocument({ document, findings: [] }, { gazetteer, verify: false })
}
RegExp.prototype.exec = exec
RegExp.prototype[Symbol.split] = split

const all = [...rows.values()].reduce((s, r) => ({ runs: s.runs + r.runs, chars: s.chars + r.chars, ns: s.ns + r.ns, same: s.same + r.same }), { runs: 0, chars: 0, ns: 0, same: 0 })
const n = documents.length
console.log(`${n} documents: ${(all.runs / n).toFixed(0)} regex runs/doc over ${(all.chars / n / 1000).toFixed(0)} k chars/doc, ${(all.ns / n / 1e6).toFixed(2)} ms/doc inside the runs, ${((100 * all.same) / all.runs).toFixed(1)}% repeats of a run on the same text; ${rows.size} ${by}s`)
console.log('  runs/doc  %runs  %chars  %time  hits  same  short  chars/run  ' + by)
// --sort runs|same|chars|time (default time)
const sortBy = args.includes('--sort') ? args[args.indexOf('--sort') + 1]! : 'time'
const sortKey = (r: Row): number => (sortBy === 'runs' ? r.runs : sortBy === 'same' ? r.same : sortBy === 'chars' ? r.chars : r.ns)
const sorted = [...rows].sort((a, b) => sortKey(b[1]) - sortKey(a[1]))
for (const [key, r] of sorted.slice(0, top)) {
  const pct = (x: number, t: number) => ((100 * x) / t).toFixed(1).padStart(5)
  console.log(
    `${(r.runs / n).toFixed(1).padStart(9)} ${pct(r.runs, all.runs)}  ${pct(r.chars, all.chars)}  ${pct(r.ns, all.ns)} ${pct(r.hits, r.runs)} ${pct(r.same, r.runs)} ${pct(r.short, r.runs)} ${(r.chars / r.runs).toFixed(0).padStart(9)}  ${key}`,
  )
}
