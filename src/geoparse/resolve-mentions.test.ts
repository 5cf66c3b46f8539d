import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MACRO_REGIONS, macroHints } from './resolve-mentions.js'

// What macroHints must compute: which entries have a hint in the lower-cased text.
function byLowerCase(text: string): number {
  const lower = text.toLowerCase()
  let bits = 0
  MACRO_REGIONS.forEach(([hints], r) => {
    if (hints.some((h) => lower.includes(h))) bits |= 1 << r
  })
  return bits
}

describe('macroHints', () => {
  it('finds the hints in any case, overlapping or at the ends', () => {
    expect(macroHints('Fighting in DONBAS')).toBe(byLowerCase('Fighting in DONBAS'))
    expect(macroHints('Donbasouth')).toBe(0b101)
    expect(macroHints('на Сході України')).toBe(0b10)
    expect(macroHints('Слобожанщина, Південь')).toBe(0b1100)
    expect(macroHints('nothing here')).toBe(0)
    expect(macroHints('Eas')).toBe(0)
  })

  it('agrees with lower-casing the text and searching it', () => {
    // Letters of the hints in both cases, look-alikes and characters whose lower case is special.
    const chars = [...'donbasDONBASeastEASTsouthSOUTHslobozhanSLOBOZHANдонбасДОНБАСсхідСХІДсходвостокВОСТОКпівдПІВДюгЮГİIıKK ,-’'.split(''), 'ẞ', 'Ё', 'ё']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 40 }), (cs) => {
        const text = cs.join('')
        expect(macroHints(text)).toBe(byLowerCase(text))
      }),
      { numRuns: 3000 },
    )
  })
})
