import { describe, expect, it } from 'vitest'
import { findQuantities } from './find-quantities.js'

function q(text: string, decimalComma = false): [number, string, string | null][] {
  return findQuantities(text, decimalComma).map((x) => [x.value, x.unit, x.of])
}

describe('findQuantities', () => {
  it.each<[string, boolean, [number, string, string | null][]]>([
    ['seized 3,386 square kilometers', false, [[3386, 'km2', null]]],
    ['about 1.3 thousand square kilometers', false, [[1300, 'km2', null]]],
    ['500 square miles', false, [[1294.994, 'km2', null]]],
    ['2,000 hectares', false, [[20, 'km2', null]]],
    ['advanced 2.5 kilometers', false, [[2.5, 'km', null]]],
    ['12 miles', false, [[19.312, 'km', null]]],
    ['roughly 75% of the Zaporizhzhia region', false, [[75, 'percent', 'the Zaporizhzhia region']]],
    ['up to 450 servicemen', false, [[450, 'soldiers', null]]],
    ['35 people, including two children', false, [[35, 'people', null]]],
    ['repelled 14 attacks', false, [[14, 'other', 'attacks']]],
    ['eight settlements', false, [[8, 'other', 'settlements']]],
    ['1,3 тис. кв. км', true, [[1300, 'km2', null]]],
    ['понад 2 тисячі окупантів', true, [[2000, 'soldiers', null]]],
    ['близько 70% території міста', true, [[70, 'percent', 'території міста']]],
    ['до 480 военнослужащих', true, [[480, 'soldiers', null]]],
    ['шістьох окупантів', true, [[6, 'soldiers', null]]],
  ])('%s', (text, decimalComma, expected) => {
    expect(q(text, decimalComma)).toEqual(expected)
  })

  it('does not read years or vague plurals as figures', () => {
    expect(q('in 2024 and dozens of soldiers')).toEqual([])
  })
})
