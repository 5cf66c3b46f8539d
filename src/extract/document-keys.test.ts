import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CAUSAL_KEYS, DocumentKeys, mayHold, REMARK_KEYS } from './extract-claims.js'

// DocumentKeys answers for stretches of one document what mayHold answers for the stretch's own
// text: documents of key pieces in any case, with characters lower-casing treats specially (İ grows,
// Σ depends on its neighbours, ſ and µ fold differently), stretches anywhere (also past the end).
const piece = fc.constantFrom(...CAUSAL_KEYS, ...REMARK_KEYS, 'AFTER', 'Після', 'FAKE', 'Не Відповідає', 'lie', 'LIES', 'x', ' ', ', ', '\n', 'İ', 'Σ', 'ΣΑ', 'ſ', 'µ', 'ё', 'a')

describe('DocumentKeys', () => {
  it('answers what mayHold answers on the stretch', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), fc.array(fc.tuple(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 60 })), { maxLength: 8 }), fc.boolean(), (parts, stretches, remark) => {
        const text = parts.join('')
        const keys = remark ? REMARK_KEYS : CAUSAL_KEYS
        const document = new DocumentKeys(text)
        for (const [start, length] of stretches) expect(document.mayHold(start, start + length, keys)).toBe(mayHold(text.slice(start, start + length), keys))
      }),
      { numRuns: 1000 },
    )
  })

  it('finds a key only inside the stretch, not one cut by its edge', () => {
    const document = new DocumentKeys('Strikes continued after the attack.')
    expect(document.mayHold(0, 35, CAUSAL_KEYS)).toBe(true)
    expect(document.mayHold(18, 23, CAUSAL_KEYS)).toBe(true)
    expect(document.mayHold(18, 22, CAUSAL_KEYS)).toBe(false)
    expect(document.mayHold(19, 35, CAUSAL_KEYS)).toBe(false)
  })
})
