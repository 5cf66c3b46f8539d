import { describe, expect, it } from 'vitest'
import type { Claim } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'
import { isSectionHeading } from './section-headings.js'
import { bodyStart } from './restated-headlines.js'

// Headings inside a long report's body (convention 14 read inside the body): a short line between two
// paragraphs names its section's topic; the paragraph under it tells the event. Sentences of our own.

type Row = { text: string; kind: Claim['kind'] }

function claimsOf(text: string): Row[] {
  const r = extractClaims({ id: 'doc-sections', text, lang: 'en', publishedAt: '2026-11-20', outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ text: text.slice(c.span[0], c.span[1]), kind: c.kind }))
}

const REPORT = [
  'Ukraine war latest: a quiet day in the north',
  '',
  'Russian troops attacked Ukrainian positions near Vovchansk four times on Tuesday, the General Staff said.',
  '',
  'Sloviansk hit',
  '',
  'A Russian glide bomb struck a warehouse in Sloviansk on Tuesday evening, killing one worker, the city council said.',
  '',
  'Evacuation widened',
  '',
  'The Kharkiv regional administration ordered families with children to leave three villages near Kupiansk.',
].join('\n')

describe('a heading between two paragraphs of the body is no claim', () => {
  it('drops the headings and keeps the paragraphs under them', () => {
    const claims = claimsOf(REPORT)
    expect(claims.some((c) => c.text === 'Sloviansk hit' || c.text.startsWith('Evacuation'))).toBe(false)
    expect(claims.map((c) => c.kind)).toContain('strike')
    expect(claims.map((c) => c.kind)).toContain('assault')
  })

  it('reads a heading wholly in quotation marks as one', () => {
    const text = 'Russian troops shelled Kupiansk on Monday, the governor said.\n\n"They will not encircle us"\n\nThe brigade said its supply roads remained open.'
    expect(isSectionHeading(text, text.indexOf('"They'), text.indexOf('us"') + 3, bodyStart(text))).toBe(true)
  })

  it('needs a body above: a headline or a feed line keeps its words', () => {
    const text = 'Sloviansk hit\n\nA Russian glide bomb struck a warehouse in Sloviansk on Tuesday evening.'
    expect(isSectionHeading(text, 0, 'Sloviansk hit'.length, bodyStart(text))).toBe(false)
    expect(isSectionHeading('Sloviansk hit', 0, 13, bodyStart('Sloviansk hit'))).toBe(false)
  })

  it('a line that ends a sentence, a label or a bullet is no heading', () => {
    const text = 'Troops shelled Kupiansk, the governor said.\n\nSloviansk was hit.\n\nA bomb struck a warehouse.\n\n- Sloviansk hit\n\nMore later.\n\nLosses:\n\nTwo men died.'
    for (const line of ['Sloviansk was hit.', '- Sloviansk hit', 'Losses:']) {
      const at = text.indexOf(line)
      expect(isSectionHeading(text, at, at + line.length, bodyStart(text))).toBe(false)
    }
  })

  it('a short line inside a list of short lines is no heading', () => {
    const text = 'Troops shelled Kupiansk, the governor said.\n\nKupiansk hit\nLyman hit\nSiversk hit\n\nMore later.'
    const at = text.indexOf('Lyman hit')
    expect(isSectionHeading(text, at, at + 9, bodyStart(text))).toBe(false)
  })
})

describe('a link line is one headline to its end', () => {
  it('drops the sentences of a linked headline after a quotation in it', () => {
    const text = 'Russian drones struck a depot in Kursk region overnight, the governor said.\n\nRead more: "We left in a hurry." Sudzha evacuees shelled again\n'
    expect(claimsOf(text).map((c) => c.kind)).toEqual(['strike'])
  })
})
