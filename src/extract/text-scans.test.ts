import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ASIDE, CAUSAL_BEFORE, CAUSAL_KEYS, GENERIC_ATTACK_KEYS, GENERIC_ATTACKS, mayHold, QUESTION_KEYS, REMARK_CY, REMARK_EN, REMARK_KEYS, REPORTED_QUESTION, subordinateSpans } from './extract-claims.js'
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

  it('the key words gate no match of the patterns they stand before', () => {
    // Pieces of every alternative, cut and cased, so matches come often and keys are split.
    const causal = fc.constantFrom('As a result of', 'as a result', ' of', 'following', 'AFTER', 'due to', 'because', ' of', 'Внаслідок', 'Унаслідок', 'в результаті', 'У результаті', 'після', 'через', "у зв'язку з", 'у зв’язку з', 'в результате', 'после', 'из-за', 'в связи с', 'ſ', ' the ', ' a ', 'strike', ' ', '  ', '-', 'x')
    fc.assert(
      fc.property(fc.array(causal, { maxLength: 8 }), (parts) => {
        const text = parts.join('')
        if (CAUSAL_BEFORE(text)) expect(mayHold(text, CAUSAL_KEYS)).toBe(true)
      }),
      { numRuns: 2000 },
    )
    const remark = fc.constantFrom('These claims are', ' pure ', 'fiction', 'FALSE', 'fake', 'lies', 'nonsense', 'not true', 'disinformation', 'propaganda', 'fantasy', 'fabricated', 'fairy tale', 'fairy-tales', 'premature', 'Це ', 'не відповідає дійсності', 'Это ', 'не соответствует действительности', 'фейк', 'неправда', 'не правда', 'брехня', 'вигадка', 'ложь', 'выдумка', 'вымысел', 'дезінформація', 'дезинформация', 'передчасно', 'преждевременно', 'ſ', ' ', ', ', '"', 'x')
    fc.assert(
      fc.property(fc.array(remark, { maxLength: 6 }), (parts) => {
        const text = parts.join('')
        if (REMARK_EN.test(text) || REMARK_CY.test(text)) expect(mayHold(text, REMARK_KEYS)).toBe(true)
      }),
      { numRuns: 2000 },
    )
    const generic = fc.constantFrom('Such', ' such ', 'these kinds of', 'THESE kind of', 'this kind of', 'those kinds of', 'this type of', 'these types of', 'ſuch', ' heavy ', 'raids', 'strikes', 'attack', 'shelling', 'operations', 'Такі', 'такие', 'ТАКИХ', 'подібні', 'Подобные', 'подібних', 'подобных', ' масовані ', 'удари', 'атаки', 'обстріли', 'обстрелы', 'рейды', 'нальоти', 'налёты', ' ', '  ', '-', 'x')
    fc.assert(
      fc.property(fc.array(generic, { maxLength: 6 }), (parts) => {
        const text = parts.join('')
        if (GENERIC_ATTACKS.test(text)) expect(mayHold(text, GENERIC_ATTACK_KEYS)).toBe(true)
      }),
      { numRuns: 2000 },
    )
    const question = fc.constantFrom('Asked', 'asked', 'ASKING', 'aſked', 'When ', 'after being ', 'about', ' whether', ' if ', ' the ', 'general', 'На ', 'на ', 'вопрос', 'Вопрос', 'запитання', 'питання', 'ПИТАННЯ', 'відповідаючи ', 'отвечая ', ', ', ' чи ', ' ли ', ' как ', 'сможет', ' ', '  ', 'x')
    fc.assert(
      fc.property(fc.array(question, { maxLength: 8 }), (parts) => {
        const text = parts.join('')
        REPORTED_QUESTION.lastIndex = 0
        if (REPORTED_QUESTION.test(text)) expect(mayHold(text, QUESTION_KEYS)).toBe(true)
        REPORTED_QUESTION.lastIndex = 0
      }),
      { numRuns: 2000 },
    )
  })
})
