import { readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { geoparseText, loadGazetteer } from './index.js'
import { MACRO_REGIONS, macroHints, macroRegions } from './resolve-mentions.js'

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

// What macroRegions must compute: which hinted entries' patterns match anywhere in the text.
function byWholeSearch(text: string): number {
  const hinted = byLowerCase(text)
  let bits = 0
  MACRO_REGIONS.forEach(([, pattern], r) => {
    if (hinted & (1 << r) && new RegExp(pattern.source, pattern.flags).test(text)) bits |= 1 << r
  })
  return bits
}

describe('macroRegions', () => {
  it('finds the patterns where their hints occur, with what comes before a hint', () => {
    expect(macroRegions("fighting in Russian-held east Ukraine and Ukraine's south")).toBe(0b110)
    expect(macroRegions('Separatist-EAST, DONBASS')).toBe(0b11)
    expect(macroRegions('northeast of Kharkiv, in the south of the region; юго-запад')).toBe(0)
    expect(macroRegions('на сході України, на юге Украины, Слобожанщина')).toBe(0b1110)
    expect(macroRegions('xdonbas; Donbasx')).toBe(0)
    // An old Cyrillic letter form (U+1C80, upper case В) that the hint scan does not fold.
    expect(macroRegions('\u1c80осток Украины, восток')).toBe(byWholeSearch('\u1c80осток Украины, восток'))
  })

  it('agrees with searching the whole text with every hinted pattern', () => {
    const pieces = [
      'east', 'EAST', 'eastern', 'south', 'Southern', ' ', ' ', '-', "'", 's', 'x', 'of', 'ukraine', 'Ukraine', "ukraine's",
      'rebel', 'separatist', 'rebel-held', 'russian-held', 'Russian-held', 'donbas', 'Donbass', 'донбас', 'ДОНБАСі',
      'схід', 'сході', 'Сходу', 'україни', 'півд', 'південь', 'України', 'восток', 'востоке', 'юг', 'юге', 'Юго', 'украины',
      'slobozhan', 'Слобожан', 'near', ',', 'İ', 'ẞ', '\u1c80', '\u1c83', 'осток', 'хід', 'ОСТОК',
    ]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (ps) => {
        const text = ps.join('')
        expect(macroRegions(text)).toBe(byWholeSearch(text))
      }),
      { numRuns: 3000 },
    )
  })
})

describe('resolveMentions between calls', () => {
  // The per-call arrays are views of buffers kept from call to call: a call must read nothing a
  // longer call before it left there. Each demo report, resolved after every other one (longer, shorter,
  // and all of them at once) and alone, gives the same places.
  it('gives the same places whatever was resolved before', () => {
    const g = loadGazetteer()
    const dir = new URL('../../data/demo-reports/reports/', import.meta.url)
    const reports = readdirSync(dir).sort().map((f) => readFileSync(new URL(f, dir), 'utf8'))
    const alone = reports.map((t) => JSON.stringify(geoparseText(t, g).value))
    geoparseText(reports.join('\n\n'), g)
    for (const [i, t] of reports.entries()) {
      for (const [j, other] of reports.entries()) {
        if (j === i) continue
        geoparseText(other, g)
        expect(JSON.stringify(geoparseText(t, g).value)).toBe(alone[i])
      }
    }
  })
})
