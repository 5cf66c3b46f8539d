import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Convention 14 for a live page's or a report's bulleted summary under its headline ("Here's what
// we're covering:", "HIGHLIGHTS"): each point sums up what the body tells in full, as a standfirst
// does, so a point the body tells again is no claim of its own; a point the body never tells stays.
// Sentences are our own and in no gold file.

function claimTexts(text: string): string[] {
  return extractClaims({ id: 'doc-bullets', text, lang: 'en', publishedAt: '2026-11-20', outlet: 'Test Live' }).value.claims.map((c) => text.slice(c.span[0], c.span[1]))
}

const page = `Live: Night Attack on Odesa Port

Key points:
• Russian drones hit grain terminals in Odesa overnight.
• Ukraine's army says it repelled an assault near Siversk.

5:10 a.m.
Russian drones struck two grain terminals in the port of Odesa overnight, the regional governor said on Friday.

6:20 a.m.
Ukraine's General Staff said its troops had repelled a Russian assault near Siversk on Thursday.`

describe('a summary point the body tells again', () => {
  it('is no claim of its own', () => {
    const texts = claimTexts(page)
    expect(texts.some((t) => t.includes('grain terminals in Odesa overnight'))).toBe(false)
    expect(texts.some((t) => t.includes('struck two grain terminals'))).toBe(true)
  })
})

describe('a summary point the body never tells', () => {
  it('stays a claim', () => {
    const texts = claimTexts(page.replace('• Ukraine\'s army says it repelled an assault near Siversk.', '• Russian troops captured Yampil, the governor said.'))
    expect(texts.some((t) => t.includes('captured Yampil'))).toBe(true)
  })
})
