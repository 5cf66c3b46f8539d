import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ASIDE, subordinateSpans } from './extract-claims.js'
import { CAPTION_END, isCaptionEnd, isUnpunctuated } from './page-furniture.js'

// Patterns once tried at every character of a sentence or line are now answered from where a
// match can start (a comma, the last character); these compare them with the plain search.
const piece = fc.constantFrom(', a town ', ', an ', 'city', ' near ', ', which lies ', 'that had been ', 'WHICH has been ', 'who has long ', ', який ', ', котор', 'ые ', 'x', '.', ';', ' ', '\n', '»', ')', 'ſ', 'İ', 'village', ', a key hub', '  ')

describe('scans answered from candidate positions', () => {
  it('subordinateSpans finds the matches of the global aside search', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), fc.nat(3), (parts, offset) => {
        const text = 'y'.repeat(offset) + parts.join('')
        const expected = [...text.slice(offset).matchAll(new RegExp(ASIDE.source, 'giu'))].map((m) => [offset + m.index, offset + m.index + m[0].length])
        expect(subordinateSpans(text, offset, text.length)).toEqual(expected)
      }),
      { numRuns: 500 },
    )
  })

  it('isUnpunctuated answers what /[^.!?…:;"”»)]\\s*$/u answers', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (parts) => {
        const line = parts.join('')
        expect(isUnpunctuated(line)).toBe(/[^.!?…:;"”»)]\s*$/u.test(line))
      }),
      { numRuns: 500 },
    )
  })
  it('isCaptionEnd answers what the caption-end pattern answers', () => {
    const captionPiece = fc.constantFrom('Photo', ' photo', 'Source', ': ', ':', 'Ed JONES', ' / ', 'AFP', ' via ', '(', ')', '(illustrative photo)', 'Фото: ', 'x', '.', ' ')
    const pattern = CAPTION_END
    fc.assert(
      fc.property(fc.array(captionPiece, { maxLength: 10 }), (parts) => {
        const line = parts.join('')
        expect(isCaptionEnd(line)).toBe(pattern.test(line))
      }),
      { numRuns: 500 },
    )
  })
})
