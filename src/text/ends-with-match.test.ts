import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { endsWithMatch } from './ends-with-match.js'

// Patterns of the shapes the extractor tests before event words: alternations, \b, optional words,
// Cyrillic under /iu, a leading ^ branch, lazy and bounded repeats.
const PATTERNS = [
  /(?:\bas a result of|\bfollowing|\bafter|внаслідок|в результате|из-за)\s+(?:the\s+|a\s+)?(?:[\p{L}'’ʼ-]+\s+){0,2}$/iu,
  /\b(?:was|were|is|been)\s+(?:(?:reportedly|already|not)\s+)*$/iu,
  /(?:\b(?:the|in|of)\s+|^|[,(]\s*)$/iu,
  /\b\d+(?:[.,]\d+)?\s*(?:km|miles?)\s+(?:from|of)\s+$/iu,
  /(?:заяв\p{L}*|утверждени\p{L}*)\s+$/iu,
  /a+b*?$/,
]

const WORDS = ['as', 'a', 'result', 'of', 'the', 'after', 'Following', 'внаслідок', 'в', 'результате', 'из-за', 'was', 'been', 'reportedly', 'not', 'in', 'km', '5', '3.5', 'miles', 'from', 'заявлениях', 'утверждение', 'aab', 'x', ',', '(', 'hereafter']

describe('endsWithMatch', () => {
  it('answers as the end-anchored pattern does, on texts of those words', () => {
    const text = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(' ', '  ', '', '\n')), { maxLength: 8 }).map((parts) => parts.map(([w, s]) => w + s).join(''))
    fc.assert(
      fc.property(text, fc.nat(PATTERNS.length - 1), (t, i) => {
        expect(endsWithMatch(PATTERNS[i]!)(t)).toBe(PATTERNS[i]!.test(t))
      }),
      { numRuns: 3000 },
    )
  })

  it('finds matches that end at the end only', () => {
    const after = endsWithMatch(/\bafter\s+(?:the\s+)?$/iu)
    expect(after('fighting resumed after the ')).toBe(true)
    expect(after('after the strike ')).toBe(false)
    expect(after('hereafter ')).toBe(false)
  })

  it('refuses patterns not anchored at the end', () => {
    expect(() => endsWithMatch(/after/)).toThrow(/must end with \$/)
    expect(() => endsWithMatch(/costs \$/)).toThrow(/must end with \$/)
    expect(() => endsWithMatch(/after$/g)).toThrow(/global/)
  })
})
