// `node --no-regexp-tier-up --import tsx bench/support/profile-analyze.ts [PASSES] [--dist DIR] [--profile FILE]`:
// analyzeDocument without verification over bench:ab's corpus (300 documents of ~5 kB, a third per
// language), pass after pass, printing the CPU time of each: the whole of `analyze` to profile (extraction,
// geoparsing, place linking), where profile-extract.ts times extraction alone. With --profile, the warm
// passes only (after the first 8, while V8 still compiles) are sampled by the inspector into FILE (a
// .cpuprofile); read it with bench/support/profile-summary.ts.
import { writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { benchDocuments } from './bench-documents.js'

const args = process.argv.slice(2)
const dist = resolve(args.includes('--dist') ? args[args.indexOf('--dist') + 1]! : '.')
const passes = Number(args.find((a) => /^\d+$/.test(a)) ?? 12)
const pipeline = await import(pathToFileURL(join(dist, 'dist', 'pipeline', 'index.js')).href)
const geoparse = await import(pathToFileURL(join(dist, 'dist', 'geoparse', 'index.js')).href)
const gazetteer = geoparse.loadGazetteer()

const documents = benchDocuments(dist)
const cpuMs = (): number => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}
const profileTo = args.includes('--profile') ? args[args.indexOf('--profile') + 1]! : null
const WARM_UP = 8
const session = profileTo ? new Session() : null
session?.connect()
for (let p = 0; p < passes; p++) {
  if (session && p === WARM_UP) {
    await session.post('Profiler.setSamplingInterval', { interval: 200 })
    await session.post('Profiler.enable')
    await session.post('Profiler.start')
  }
  const started = cpuMs()
  for (const document of documents) pipeline.analyzeDocument({ document, findings: [] }, { gazetteer, verify: false })
  console.log(`pass ${p + 1}: ${((cpuMs() - started) / documents.length).toFixed(3)} CPU-ms/doc`)
}
if (session && profileTo) {
  const { profile } = await session.post('Profiler.stop')
  writeFileSync(profileTo, JSON.stringify(profile))
  console.log(`profile of passes ${WARM_UP + 1}-${passes}: ${profileTo}`)
}
