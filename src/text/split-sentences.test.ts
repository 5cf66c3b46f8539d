import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { splitSentences } from './split-sentences.js'

function sentences(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.span[0], s.span[1]))
}

describe('splitSentences', () => {
  it('splits on full stops before a capital, not after abbreviations and initials', () => {
    expect(sentences('Lt. Gen. Sergei Kuzovlev told TASS the city fell. V. Putin agreed. Ukraine denied it.')).toEqual([
      'Lt. Gen. Sergei Kuzovlev told TASS the city fell.',
      'V. Putin agreed.',
      'Ukraine denied it.',
    ])
  })

  it('keeps decimals, dotted acronyms and "No." inside a sentence', () => {
    expect(sentences('The U.S. said 1.3 thousand sq. km changed hands. No. 5 Brigade held.')).toEqual([
      'The U.S. said 1.3 thousand sq. km changed hands.',
      'No. 5 Brigade held.',
    ])
  })

  it('splits after a closing quote', () => {
    expect(sentences('“They are dying off there.” Trehubov said so.')).toEqual(['“They are dying off there.”', 'Trehubov said so.'])
  })

  it('handles Ukrainian and Russian abbreviations', () => {
    expect(sentences('Звільнено н.п. Іванівка Донецької обл. Ворог відступив. Освобождён н. п. Ивановка.')).toEqual([
      'Звільнено н.п. Іванівка Донецької обл. Ворог відступив.',
      'Освобождён н. п. Ивановка.',
    ])
  })

  it('splits on line breaks unless the next line carries on the sentence', () => {
    expect(sentences('Headline without stop\nRussian forces are pushing toward\nLyman, Stavky and Yampil.\nviews were\nsplit.')).toEqual([
      'Headline without stop',
      'Russian forces are pushing toward\nLyman, Stavky and Yampil.',
      'views were\nsplit.',
    ])
  })

  it('numbers paragraphs by blank lines', () => {
    expect(splitSentences('One. Two.\n\nThree.').map((s) => s.paragraph)).toEqual([0, 0, 1])
  })

  it('covers the text: spans are ordered, trimmed and non-empty, on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        let last = 0
        for (const s of splitSentences(text)) {
          expect(s.span[0]).toBeGreaterThanOrEqual(last)
          expect(s.span[1]).toBeGreaterThan(s.span[0])
          const t = text.slice(s.span[0], s.span[1])
          expect(t).toBe(t.trim())
          last = s.span[1]
        }
      }),
    )
  })
})
