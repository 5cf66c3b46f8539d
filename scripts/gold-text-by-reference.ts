// `node --import tsx scripts/gold-text-by-reference.ts WORK.json OUT.json --source FILE [--format cir-caption]`:
// turns an annotator's working gold file (reports with their text and claims with text anchors, written
// outside the repository) into the form the repository may hold when the source's text may not be shipped
// (gold-text-source.ts): each report keeps its row number, the row's id field ("entry") and a hash of its
// text; each claim's anchor becomes character offsets ("anchorAt"); no text is written. FILE is the source's
// path under ../shared/data. Every report's text must be exactly its row's text; the result is read back with
// the scorer's own reader and compared, report by report and anchor by anchor, before it is written.
import { readFileSync, writeFileSync } from 'node:fs'
import { type GoldTextSource, sourceRows, textHash } from '../src/testing/gold-text-source.js'
import { readGold } from '../src/testing/score-extraction.js'

const args = process.argv.slice(2)
const valueOf = (flag: string): string | undefined => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined)
const [workPath, outPath] = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'))
const file = valueOf('--source')
const format = valueOf('--format') ?? 'cir-caption'
if (!workPath || !outPath || !file || format !== 'cir-caption') {
  console.error('usage: gold-text-by-reference.ts WORK.json OUT.json --source FILE-UNDER-SHARED-DATA [--format cir-caption]')
  process.exit(2)
}
const source: GoldTextSource = { file, format }
const rows = sourceRows(source)

interface WorkClaim { anchor: string; [field: string]: unknown }
interface WorkReport { id: string; row: number; entry?: string; text: string; claims: WorkClaim[]; [field: string]: unknown }
const work = JSON.parse(readFileSync(workPath, 'utf8')) as { reports: WorkReport[]; [field: string]: unknown }

const problems: string[] = []
const reports = work.reports.map((r) => {
  const row = rows[r.row]
  if (!row) problems.push(`${r.id}: row ${r.row} is not a row of ${file} (${rows.length} rows)`)
  else {
    if (row.text !== r.text) problems.push(`${r.id}: the text differs from row ${r.row}'s: ${JSON.stringify(r.text.slice(0, 60))} / ${JSON.stringify(row.text.slice(0, 60))}`)
    if (r.entry !== undefined && row.id !== r.entry) problems.push(`${r.id}: row ${r.row} is entry ${row.id}, not ${r.entry}`)
  }
  const { text, claims, ...rest } = r
  return {
    ...rest,
    entry: r.entry ?? row?.id,
    textHash: textHash(text),
    claims: claims.map(({ anchor, ...claim }, i) => {
      const at = text.indexOf(anchor)
      if (anchor === '' || at < 0) problems.push(`${r.id} claim ${i}: anchor ${JSON.stringify(anchor)} is not in the text`)
      return { anchorAt: [at, at + anchor.length], ...claim }
    }),
  }
})
if (problems.length > 0) {
  for (const p of problems) console.error(`${workPath}: ${p}`)
  process.exit(1)
}
const { reports: _, ...top } = work
// Arrays of plain values (anchorAt, time, places) on one line, as the other gold files are written.
const json = JSON.stringify({ ...top, textSource: source, reports }, null, 2).replace(/\[\s*\n\s*([^[\]{}]*?)\s*\n\s*\]/g, (_, inner: string) => `[${inner.replace(/,\s*\n\s*/g, ', ')}]`)
writeFileSync(outPath, `${json}\n`)

// Read it back as the evaluation will, and compare with the working file.
const back = readGold(outPath)
for (const [i, r] of work.reports.entries()) {
  const b = back[i]!
  if (b.text !== r.text) problems.push(`${r.id}: read back a different text`)
  r.claims.forEach((c, j) => {
    if (b.claims[j]?.anchor !== c.anchor) problems.push(`${r.id} claim ${j}: read back anchor ${JSON.stringify(b.claims[j]?.anchor)}`)
  })
}
if (problems.length > 0) {
  for (const p of problems) console.error(`${outPath}: ${p}`)
  process.exit(1)
}
console.log(`${outPath}: ${reports.length} reports, ${reports.reduce((n, r) => n + r.claims.length, 0)} claims; texts are read from ${file}`)
