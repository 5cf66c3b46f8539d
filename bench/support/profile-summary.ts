// `node --import tsx bench/support/profile-summary.ts FILE.cpuprofile [--top N] [--under NAME,...]`: a
// .cpuprofile (profile-analyze.ts --profile, or node --cpu-prof) as tables: the share of time under each
// named step (total time of the first frame on the stack with that name: extractClaims, geoparseText, ...),
// self time by module (file, with regex code, GC and V8's own apart) and by function.
import { readFileSync } from 'node:fs'

type Frame = { functionName: string; url: string; lineNumber: number }
type Node = { id: number; callFrame: Frame; children?: number[] }
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] }

const args = process.argv.slice(2)
const file = args.find((a) => !a.startsWith('--') && /\.cpuprofile$|\.json$/.test(a))!
const top = Number(args.includes('--top') ? args[args.indexOf('--top') + 1] : 40)
const steps = (args.includes('--under') ? args[args.indexOf('--under') + 1]! : 'extractClaims,geoparseText,placeRegionPointers,linkClaimPlaces,strikeSidesFromHeldGround,linkDuplicateClaims,toAnalysis').split(',')
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile

const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const parent = new Map<number, number>()
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
const selfUs = new Map<number, number>()
for (let i = 0; i < profile.samples.length; i++) selfUs.set(profile.samples[i]!, (selfUs.get(profile.samples[i]!) ?? 0) + (profile.timeDeltas[i] ?? 0))
const total = [...selfUs.values()].reduce((s, x) => s + x, 0)

const moduleOf = (f: Frame): string => {
  if (f.functionName.startsWith('RegExp: ')) return '(regex code)'
  if (!f.url) return f.functionName.startsWith('(') ? f.functionName : '(native / builtins)'
  const m = /\/(dist|src|node_modules)\/(.*)$/.exec(f.url)
  return m ? m[2]! : f.url
}
const add = (map: Map<string, number>, k: string, v: number): void => {
  map.set(k, (map.get(k) ?? 0) + v)
}
const byModule = new Map<string, number>()
const byFunction = new Map<string, number>()
const byStep = new Map<string, number>()
const stepSelf = new Map<string, Map<string, number>>()
// Total time by function: each sample counted once for every distinct function on its stack.
const inclusive = new Map<string, number>()
for (const [id, us] of selfUs) {
  const seen = new Set<string>()
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const f = byId.get(at)!.callFrame
    const key = `${f.functionName || '(anonymous)'} ${moduleOf(f)}:${f.lineNumber + 1}`
    if (!seen.has(key)) {
      seen.add(key)
      add(inclusive, key, us)
    }
  }
}
for (const [id, us] of selfUs) {
  const f = byId.get(id)!.callFrame
  add(byModule, moduleOf(f), us)
  add(byFunction, `${f.functionName || '(anonymous)'} ${moduleOf(f)}:${f.lineNumber + 1}`, us)
  // The outermost named step on the stack.
  let step = '(other)'
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const name = byId.get(at)!.callFrame.functionName
    if (steps.includes(name)) step = name
  }
  add(byStep, step, us)
  const m = stepSelf.get(step) ?? new Map<string, number>()
  add(m, moduleOf(f), us)
  stepSelf.set(step, m)
}
const pct = (us: number): string => `${((100 * us) / total).toFixed(1).padStart(5)}%`
const table = (title: string, map: Map<string, number>, n: number): void => {
  console.log(`\n${title}`)
  for (const [k, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`${pct(us)}  ${k}`)
}
console.log(`${file}: ${(total / 1000).toFixed(0)} ms sampled`)
table('time under each step (outermost on the stack)', byStep, steps.length + 1)
for (const [step, m] of [...stepSelf].sort((a, b) => [...b[1].values()].reduce((s, x) => s + x, 0) - [...a[1].values()].reduce((s, x) => s + x, 0))) table(`  ${step}: self time by module`, m, 12)
table('self time by module', byModule, top)
table('self time by function', byFunction, top)
table('total time by function (self and callees)', inclusive, top)
