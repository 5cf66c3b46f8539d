import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AGENCY_DATELINE, CAPITALS_DATELINE, datelineLength } from './dateline.js'

describe('datelineLength', () => {
  it.each([
    ['KYIV, 20 December 2025 (Reuters) - ', 'Russian forces attacked.'],
    ['MOSCOW, November 3. /TASS/. ', 'Российские войска освободили Ивановку.'],
    ['Kyiv, Dec 12 (AFP) - ', 'Ukraine said its troops held.'],
    ['KHARKIV, Ukraine (AP) — ', 'Ukrainian troops cleared the village.'],
    ['SUMY, Ukraine - ', "Russia's defence ministry said."],
    ['KYIV, 21 November 2025 - ', 'Kupiansk remains under Ukrainian control.'],
    ['ДНІПРО, Україна — ', 'Окупанти зайняли село Іванівка.'],
    ['ЗАПОРІЖЖЯ — ', 'Ворог атакував Степногірськ.'],
    ['KYIV — ', 'The General Staff said.'],
  ])('cuts %j', (dateline, rest) => {
    expect(datelineLength(dateline + rest)).toBe(dateline.length)
  })

  it.each([
    'ЗСУ, за даними Генштабу, відбили 12 атак.',
    'ISW — the Institute for the Study of War — assessed the advance.',
    "Russia's defence ministry (MoD) - which rarely gives details - said so.",
    'Kupiansk, a town on the Oskil (Kharkiv region) - was attacked.',
    'Российские войска освободили Ивановку.',
  ])('leaves %j', (sentence) => {
    expect(datelineLength(sentence)).toBe(0)
  })
})

describe('datelineLength gate', () => {
  // Agency copy is tried only on text with a comma early on and a bracket or slash after it: the
  // answer must be the pattern's own wherever the gate lets it off.
  it('answers what the agency and capitals patterns answer', () => {
    const piece = fc.constantFrom('KYIV', 'Kyiv', 'ДНІПРО', 'Dec 12', ', ', ',', ' ', '(Reuters)', '(', ')', '/TASS/', '/', '. ', ' - ', ' — ', 'Ukraine', '2025', 'x', '\n', '𝐀')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('')
        const agency = AGENCY_DATELINE.exec(text)
        const expected = agency && /\d/.test(agency[0]) ? agency[0].length : (CAPITALS_DATELINE.exec(text)?.[0].length ?? 0)
        expect(datelineLength(text)).toBe(expected)
      }),
      { numRuns: 2000 },
    )
  })
})
