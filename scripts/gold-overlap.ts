// `node --import tsx scripts/gold-overlap.ts SPLIT [--list]`: checks a new gold file
// (eval/extract/gold-SPLIT.json) against every other gold file for repeated word sequences, so that a
// blind set measures generalisation rather than recall of phrasings the extractor was tuned on. Prints
// each claim anchor that shares a 4- or 5-word sequence with any other gold text (exit code 1 if any),
// and the number of 4-word sequences the report texts share (names with titles, bulletin headers and
// boilerplate are expected there; `--list` prints them). Reads only the gold files, never runs the
// extractor.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readGold } from '../src/testing/score-extraction.js'

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'eval', 'extract')
const [split, ...flags] = process.argv.slice(2)
const files = readdirSync(dir).filter((f) => /^gold-.*\.json$/.test(f))
if (!split || !files.includes(`gold-${split}.json`)) {
  console.error(`gold-overlap: give the split to check, one of ${files.map((f) => f.slice(5, -5)).join(', ')}`)
  process.exit(2)
}

const words = (text: string): string[] => text.toLowerCase().replaceAll('ё', 'е').match(/[\p{L}\p{N}’'ʼ-]+/gu) ?? []
const grams = (ws: readonly string[], n: number): string[] => ws.slice(0, Math.max(0, ws.length - n + 1)).map((_, i) => ws.slice(i, i + n).join(' '))
// The scorer's own reader: a file whose text may not be shipped (a "textSource", e.g. the monitor's captions)
// has its texts and anchors read from ../shared/data; without ../shared such a file is left out, and said so.
const read = (file: string): { reports: readonly { readonly id: string; readonly text: string; readonly claims: readonly { readonly anchor: string }[] }[] } | null => {
  const raw = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { textSource?: unknown }
  try {
    return { reports: readGold(join(dir, file)) }
  } catch (e) {
    if (raw.textSource === undefined) throw e
    console.error(`gold-overlap: ${file} left out: its texts are read from ../shared/data, which could not be read (${(e as Error).message.split('\n')[0]})`)
    return null
  }
}

const earlier = new Map<number, Set<string>>([[4, new Set()], [5, new Set()]])
for (const file of files.filter((f) => f !== `gold-${split}.json`)) {
  for (const report of read(file)?.reports ?? []) {
    const ws = words(report.text)
    for (const [n, set] of earlier) for (const g of grams(ws, n)) set.add(g)
  }
}

let anchorsSharing = 0
const textShared = new Set<string>()
for (const report of read(`gold-${split}.json`)?.reports ?? []) {
  for (const claim of report.claims) {
    const shared = [...earlier].flatMap(([n, set]) => grams(words(claim.anchor), n).filter((g) => set.has(g)))
    if (shared.length > 0) {
      anchorsSharing++
      console.log(`${report.id}: «${claim.anchor}» shares ${shared.map((g) => `'${g}'`).join(', ')}`)
    }
  }
  for (const g of grams(words(report.text), 4)) if (earlier.get(4)!.has(g)) textShared.add(g)
}
console.log(`${anchorsSharing} claim anchors share a 4- or 5-word sequence with another gold file; the texts share ${textShared.size} 4-word sequences`)
if (flags.includes('--list')) for (const g of [...textShared].sort()) console.log(`  ${g}`)
process.exit(anchorsSharing > 0 ? 1 : 0)
