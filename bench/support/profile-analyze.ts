// `node --no-regexp-tier-up --import tsx bench/support/profile-analyze.ts [PASSES] [--dist DIR] [--profile FILE]`:
// analyzeDocument without verification over bench:ab's corpus (300 documents of ~5 kB, a third per
// language), pass after pass, printing the CPU time of each: the whole of `analyze` to profile (extraction,
// geoparsing, place linking), where profile-extract.ts times extraction alone. With --profile, the warm
// passes only (after the first 8, while V8 still compiles) are sampled by the inspector into FILE (a
// .cpuprofile); read it with bench/support/profile-summary.ts.
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const args = process.argv.slice(2)
const dist = resolve(args.includes('--dist') ? args[args.indexOf('--dist') + 1]! : '.')
const passes = Number(args.find((a) => /^\d+$/.test(a)) ?? 12)
const pipeline = await import(pathToFileURL(join(dist, 'dist', 'pipeline', 'index.js')).href)
const geoparse = await import(pathToFileURL(join(dist, 'dist', 'geoparse', 'index.js')).href)
const gazetteer = geoparse.loadGazetteer()

// The corpus as bench/ab-analyze.ts builds it.
const reports = ['gold-dev.json', 'gold-test.json', 'gold-fresh.json'].flatMap((f) => (JSON.parse(readFileSync(join(dist, 'eval', 'extract', f), 'utf8')) as { reports: { lang: string; text: string }[] }).reports)
const byLang = new Map<string, string[]>()
for (const r of reports) byLang.set(r.lang, [...(byLang.get(r.lang) ?? []), r.text])
const langs = [...byLang.keys()]
const documents = Array.from({ length: 300 }, (_, i) => {
  const lang = langs[i % langs.length]!
  const texts = byLang.get(lang)!
  let text = `Front update ${i + 1}`
  for (let k = 0; Buffer.byteLength(text) < 5000; k++) text += `\n\n${texts[(i * 7 + k) % texts.length]!}`
  const sha = createHash('sha256').update(text).digest('hex')
  return { id: `doc-${i}`, title: null, byline: null, outlet: 'Bench', url: null, origin: `bench:${i}`, format: 'text', publishedAt: '2025-12-15', publishedAtBasis: 'metadata', lang, text, textSha256: sha, rawSha256: sha, duplicateOf: null }
})
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
