// The corpus of every analyze and extract benchmark: gold reports of dev, test and fresh joined into ~5 kB
// documents (5,000 UTF-8 bytes or more), a third in each language. Report i is a heading, then the reports
// of language i mod 3 in rotating order from the (7i)th, as paragraphs. Two forms of the same corpus:
// `benchDocuments` (bench:ab, profile-analyze.ts: documents ready for analyzeDocument, outlet "Bench",
// published 2025-12-15 by metadata) and `benchReportTexts` (extract.bench.ts, analyze-steps.bench.ts,
// analyze-cli.bench.ts, profile-extract.ts: plain texts dated by a "Published:" line, as a file would be
// ingested). One builder, so every bench and the profiles read the same reports.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

type GoldFile = { reports: Array<{ lang: string; text: string }> }

/** The gold reports' texts of the checkout at `root`, by language (in first-seen order), in file order. */
function goldTextsByLanguage(root: string): Map<string, string[]> {
  const reports = ['gold-dev.json', 'gold-test.json', 'gold-fresh.json'].flatMap((f) => (JSON.parse(readFileSync(join(root, 'eval', 'extract', f), 'utf8')) as GoldFile).reports)
  const byLang = new Map<string, string[]>()
  for (const r of reports) byLang.set(r.lang, [...(byLang.get(r.lang) ?? []), r.text])
  return byLang
}

/** Report i: `heading`, then language i's gold reports as paragraphs until 5,000 UTF-8 bytes. */
function benchText(byLang: Map<string, string[]>, i: number, heading: string): { lang: string; text: string } {
  const langs = [...byLang.keys()]
  const lang = langs[i % langs.length]!
  const texts = byLang.get(lang)!
  let text = heading
  for (let k = 0; Buffer.byteLength(text) < 5000; k++) text += `\n\n${texts[(i * 7 + k) % texts.length]!}`
  return { lang, text }
}

/** The bench documents, read from the gold files of the checkout at `root`. */
export function benchDocuments(root: string) {
  const byLang = goldTextsByLanguage(root)
  return Array.from({ length: 300 }, (_, i) => {
    const { lang, text } = benchText(byLang, i, `Front update ${i + 1}`)
    const sha = createHash('sha256').update(text).digest('hex')
    return { id: `doc-${i}`, title: null, byline: null, outlet: 'Bench', url: null, origin: `bench:${i}`, format: 'text', publishedAt: '2025-12-15', publishedAtBasis: 'metadata', lang, text, textSha256: sha, rawSha256: sha, duplicateOf: null }
  })
}

/** `count` plain report texts, each dated by a "Published:" line (December 2025, day i mod 28 + 1). */
export function benchReportTexts(root: string, count = 300): string[] {
  const byLang = goldTextsByLanguage(root)
  return Array.from({ length: count }, (_, i) => benchText(byLang, i, `Front update ${i + 1}\n\nPublished: 2025-12-${String((i % 28) + 1).padStart(2, '0')}`).text)
}
