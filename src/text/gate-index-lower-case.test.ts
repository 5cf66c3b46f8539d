// The index a gate asks for a long text (gated-regexp.ts) lower-cases the text character by character
// from a table where that is what toLowerCase does, and marks its entries with a byte that starts over
// every 255 texts. A gated regex must still match what the plain one matches: in texts with
// characters whose lower case is not one character of their own or depends on what follows (Greek
// capital sigma, "İ", letters outside the table's range), with case-folding look-alikes ("ſ"), and
// across more texts than a byte numbers. Sentences of our own.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { gated } from './gated-regexp.js'

const PATTERNS = [/ΣΟΦΙΑ|σοφια/iu, /obstriliaw/i, /обстріл\p{L}*/iu, /kostiantynivka/iu, /istanbul|İzmir/iu, /ｂｏｍｂ/iu, /𐐨𐐯/u, /sewer|ſtreet/iu, /Покровськ/u]
const FILLER = 'Окупанти знову обстрілювали околиці міста вночі; the shelling went on until dawn. '.repeat(20)

function agrees(text: string): void {
  for (const plain of PATTERNS) {
    const gate = gated(plain)
    expect(gate.test(text), `${plain} on ${JSON.stringify(text.slice(-60))}`).toBe(plain.test(text))
  }
}

describe('a gated regex on a long text matches as the plain one does', () => {
  it.each([
    'Звіт: ОБСТРІЛ Покровська тривав усю ніч.',
    'ΣΟΦΙΑΣ and σοφιας, a sigma at a word end lower-cases by what follows.',
    'İstanbul and İzmir lower-case to two characters each: the index reads the text as toLowerCase makes it.',
    'ＢＯＭＢ in full-width letters, beyond the table.',
    'A Deseret pair 𐐀𐐇 lower-cases to 𐐨𐐯.',
    'The ſtreet in an old spelling, folded to "s" by case-insensitive matching.',
    'KOSTIANTYNIVKA in capitals, Kostiantynivka as written.',
  ])('%s', (sentence) => {
    agrees(FILLER + sentence)
    agrees(sentence + FILLER)
  })

  it('across more long texts than a one-byte mark numbers', () => {
    const words = ['обстріл', 'ОБСТРІЛИ', 'Kostiantynivka', 'İzmir', 'ΣΟΦΙΑ', 'σοφια', 'ſtreet', 'sewer', 'ｂｏｍｂ', '𐐀𐐇', 'Покровськ', 'ПОКРОВСЬК', 'nothing', 'at', 'all']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 6 }), fc.nat(1000), (picked, n) => {
        agrees(`${FILLER}${n} ${picked.join(' ')}`)
      }),
      { numRuns: 700 },
    )
  })
})
