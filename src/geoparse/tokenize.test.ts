import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CAPITALISED, JOINS_NEXT, SENTENCE_START, TokenBuffers, type Words, tokenize, wordText } from './tokenize.js'
import { Vocabulary } from './vocabulary.js'

function plain(w: Words): Array<{ text: string; start: number; end: number; flags: number; sentence: number }> {
  return Array.from(w.start, (start, i) => ({ text: wordText(w, i), start, end: w.end[i]!, flags: w.flags[i]!, sentence: w.sentence[i]! }))
}

describe('tokenize', () => {
  it('marks capitals, joins over one space or hyphen, and sentence starts', () => {
    const w = tokenize('Velyka Novosilka. near Kamianka-Dniprovska,  Куп’янськ')
    expect(plain(w).map((x) => [x.text, x.flags, x.sentence])).toEqual([
      ['Velyka', CAPITALISED | JOINS_NEXT | SENTENCE_START, 0],
      ['Novosilka', CAPITALISED, 0],
      ['near', JOINS_NEXT | SENTENCE_START, 1],
      ['Kamianka', CAPITALISED | JOINS_NEXT, 1],
      ['Dniprovska', CAPITALISED, 1],
      ['Куп’янськ', CAPITALISED, 1],
    ])
  })

  it('gives the same words into reused buffers as into fresh ones, whatever was tokenised before', () => {
    const parts = fc.constantFrom('Siversk', 'Покровськ', 'near', 'Mar’inka', ' ', '  ', '-', '. ', ',', '\n', 'a', 'Ж', '’', '1')
    const text = fc.array(parts, { maxLength: 60 }).map((p) => p.join(''))
    const buffers = new TokenBuffers()
    fc.assert(
      fc.property(text, text, fc.nat(5), (before, t, first) => {
        const vocabulary = new Vocabulary()
        tokenize(before, 0, before.length, 0, vocabulary, buffers)
        const reused = plain(tokenize(t, 0, t.length, first, vocabulary, buffers))
        expect(reused).toEqual(plain(tokenize(t, 0, t.length, first, new Vocabulary())))
      }),
      { numRuns: 500 },
    )
  })
})
