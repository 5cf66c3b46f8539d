import { describe, expect, it } from 'vitest'
import type { Claim } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Convention 80 read through the noun phrase: an attack noun in the bare plural after a preposition,
// with no place, figure or date, names a kind of event ("a rise in attacks on refineries"), not one.
// And convention 32 through a parenthetical ("I do not, however, expect …"). Sentences of our own.

function kinds(text: string): Claim['kind'][] {
  const r = extractClaims({ id: 'doc-generic', text, lang: 'en', publishedAt: '2026-11-20', outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => c.kind)
}

describe('a bare plural attack noun after a preposition is a kind of event', () => {
  it.each([
    'Local officials have tightened the rules on what people may publish about drone attacks.',
    'The commander complained about the high price of mechanized assaults over open fields.',
    'Moscow has met each of those raids with heavier attacks on Ukrainian villages near the frontier.',
    'Analysts point to a sharp growth in strikes on energy sites deep inside Russia.',
    // A name after the noun's phrase is the speaker's, not the attacks' place.
    '"There is a steady growth in strikes on fuel sites deep inside Russia, but the picture is murky," one London-based analyst said.',
  ])('%s', (text) => {
    expect(kinds(text)).toEqual([])
  })
})

describe('a specific, placed, dated or counted attack stays', () => {
  it.each<[string, Claim['kind']]>([
    ['Russian forces stepped up glide bomb strikes on the town, the brigade said.', 'strike'],
    ['Ukrainian troops repelled attacks near Pokrovsk, the General Staff said.', 'repelled'],
    ['The region came under heavier attacks on Tuesday night, the governor said.', 'assault'],
    ['The brigade spoke of a surge in attacks on Kostiantynivka.', 'assault'],
  ])('%s', (text, kind) => {
    expect(kinds(text)).toContain(kind)
  })
})

describe('a forecast in the negative with a parenthetical is no claim (convention 32)', () => {
  it('reads "do not, however, expect" as "do not expect"', () => {
    expect(kinds('I do not, however, expect Russian troops to reach Kramatorsk this winter.')).toEqual([])
    expect(kinds('I do, however, expect Russian troops to storm Kramatorsk this winter.')).not.toEqual([])
  })
})

describe('an event avoided or promised has not happened', () => {
  it.each([
    'The Russian command probably wants to avoid the bloody frontal street assaults of last winter.',
    'The generals promised the president a breakthrough in the south before the spring.',
    'By 2024 the Kremlin was promising to seize all of Zaporizhzhia province within weeks.',
  ])('%s', (text) => {
    expect(kinds(text)).toEqual([])
  })

  it('a promise kept is told by its own verb', () => {
    expect(kinds('The brigade had promised to hold Kupiansk, and on Monday it retook Petropavlivka.')).toContain('capture')
  })
})
