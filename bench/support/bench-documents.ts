// The corpus of bench:ab (bench/ab-analyze.ts) and bench/support/profile-analyze.ts: gold reports of dev,
// test and fresh joined into 300 documents of ~5 kB, a third in each language, as documents ready for
// analyzeDocument (outlet "Bench", published 2025-12-15). One builder, so the profile samples exactly the
// documents bench:ab times.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

type GoldFile = { reports: Array<{ lang: string; text: string }> }

/** The bench documents, read from the gold files of the checkout at `root`. */
export function benchDocuments(root: string) {
  const reports = ['gold-dev.json', 'gold-test.json', 'gold-fresh.json'].flatMap((f) => (JSON.parse(readFileSync(join(root, 'eval', 'extract', f), 'utf8')) as GoldFile).reports)
  const byLang = new Map<string, string[]>()
  for (const r of reports) byLang.set(r.lang, [...(byLang.get(r.lang) ?? []), r.text])
  const langs = [...byLang.keys()]
  return Array.from({ length: 300 }, (_, i) => {
    const lang = langs[i % langs.length]!
    const texts = byLang.get(lang)!
    let text = `Front update ${i + 1}`
    for (let k = 0; Buffer.byteLength(text) < 5000; k++) text += `\n\n${texts[(i * 7 + k) % texts.length]!}`
    const sha = createHash('sha256').update(text).digest('hex')
    return { id: `doc-${i}`, title: null, byline: null, outlet: 'Bench', url: null, origin: `bench:${i}`, format: 'text', publishedAt: '2025-12-15', publishedAtBasis: 'metadata', lang, text, textSha256: sha, rawSha256: sha, duplicateOf: null }
  })
}
