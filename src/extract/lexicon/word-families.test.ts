import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { tokenize } from '../../text/index.js'
import { WordFamilies } from './word-families.js'

const SOURCES = ['said|says|заяви\\p{L}*', 'according|за', 'per|claims?']

describe('WordFamilies', () => {
  it('gives each family of a word its bit, whole words and stems alike', () => {
    const families = new WordFamilies(SOURCES)
    expect(families.bitsOf('said')).toBe(1)
    expect(families.bitsOf('заявили')).toBe(1)
    expect(families.bitsOf('sayings')).toBe(0)
    expect(families.bitsOf('за')).toBe(2)
    expect(families.bitsOf('claim')).toBe(4)
    // A digit or an apostrophe bounds a word as a non-letter, as in the rules' own patterns.
    expect(families.bitsOf("said's")).toBe(1)
    expect(families.bitsOf('claims2')).toBe(4)
  })

  it('ORs the families of the words inside a stretch, and sets every bit where the stretch cuts a word', () => {
    const families = new WordFamilies(SOURCES)
    const text = 'He said so. Per the claims, за ним.'
    const tokens = tokenize(text)
    expect(families.bitsIn(tokens, 0, 11).bits).toBe(1)
    expect(families.bitsIn(tokens, 12, text.length).bits).toBe(6)
    expect(families.bitsIn(tokens, 0, 5).bits).toBe(families.all)
  })

  // Never a word the regex finds and the family misses (a skipped rule that would have matched);
  // the other way only where lower-casing lengthens a word ("İ" becomes "i̇": a mark, not a letter).
  it('answers for a whole text what the family regex answers about it', () => {
    const families = new WordFamilies(SOURCES)
    const tests = SOURCES.map((s) => new RegExp(`(?<![\\p{L}])(?:${s})(?![\\p{L}])`, 'iu'))
    const word = fc.constantFrom('said', 'Says', 'ЗАЯВИЛИ', 'заяв', 'according', 'За', 'per', 'Claims', 'claimsx', 'x', '7', "'", '’s', '-', ' ', ', ', '.', 'İ', 'ſaid')
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), (parts) => {
        const text = parts.join('')
        const bits = families.bitsIn(tokenize(text), 0, text.length).bits
        tests.forEach((re, f) => {
          const found = re.test(text)
          if (found || !text.includes('İ')) expect([f, (bits & (1 << f)) !== 0]).toEqual([f, found])
        })
      }),
      { numRuns: 500 },
    )
  })
})
