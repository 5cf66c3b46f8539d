import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normaliseText } from './build-document.js'

/** The normalisation as four passes, one after another: what the one-pass `normaliseText` must equal. */
function normaliseInPasses(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, '')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, ' ')
}

// Text dense in what normalisation touches: line breaks, zero-width marks, odd spaces, combining marks.
const awkward = fc.array(
  fc.constantFrom('a', 'й', 'и\u0306', 'e\u0301', '\r', '\n', '\r\n', '\n\r', '\u200b', '\u200d', '\u2060', '\ufeff', '\u00a0', '\u2009', '\u202f', '\u3000', '\t', ' ', '.'),
  { maxLength: 40 },
).map((parts) => parts.join(''))

describe('normaliseText', () => {
  it('gives ordinary spaces, one kind of line break, no zero-width marks, NFC', () => {
    expect(normaliseText('Ку\u200bп\u2019янськ\u00a0—\r\nи\u0306\tx\r')).toBe('Куп\u2019янськ —\nй x\n')
  })

  it('equals the four passes run one after another, on any text', () => {
    fc.assert(fc.property(fc.oneof(awkward, fc.string({ unit: 'grapheme', maxLength: 60 })), (text) => {
      expect(normaliseText(text)).toBe(normaliseInPasses(text))
    }), { numRuns: 2000 })
  })
})
