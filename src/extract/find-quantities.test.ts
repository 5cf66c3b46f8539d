import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { tokenize } from '../text/index.js'
import { findQuantities, QUANTITY_SOURCE, quantityMatches } from './find-quantities.js'

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
    // Dozens counted ("two dozen" used to read as 2).
    ['held off two dozen soldiers', false, [[24, 'soldiers', null]]],
    ['some three dozen drones', false, [[36, 'other', 'drones']]],
    ['half a dozen villages', false, [[6, 'other', 'villages']]],
    // Counting words and nouns of round 11 (blind9's misses, in phrasings of our own).
    ['поранено двох пасажирів і трьох працівників', true, [[2, 'people', null], [3, 'people', null]]],
    ['постраждали двоє чоловіків', true, [[2, 'people', null]]],
    ['погибли два человека, ранены три женщины', true, [[2, 'people', null], [3, 'people', null]]],
    ["ще дев'ятьох окупантів взято в полон", true, [[9, 'soldiers', null]]],
    ['знищено всі п’ять одиниць техніки', true, [[5, 'other', 'одиниць']]],
    ['склады в 96 районах', true, [[96, 'other', 'районах']]],
    ['сбиты 77 беспилотных летательных аппаратов', true, [[77, 'other', 'беспилотных']]],
    ['вклинились на полтора километра', true, [[1.5, 'km', null]]],
    ['outposts lost about 800 killed and wounded soldiers', false, [[800, 'soldiers', null]]],
    ['burned more than 35 Russian motorcycles', false, [[35, 'other', 'motorcycles']]],
    ['leaving four workers injured', false, [[4, 'people', null]]],
    ['ворог тричі штурмував, двічі відступив', true, [[3, 'other', 'times'], [2, 'other', 'times']]],
    ['противник трижды пытался переправиться', true, [[3, 'other', 'times']]],
    ['the village was shelled twice', false, [[2, 'other', 'times']]],
    ['ворог втратив 57 особу вбитими', true, [[57, 'people', null]]],
    ['вивезли 23 дитини та 40 дорослих', true, [[23, 'people', null]]],
  ])('%s', (text, decimalComma, expected) => {
    expect(q(text, decimalComma)).toEqual(expected)
  })

  it('does not read years or vague plurals as figures', () => {
    expect(q('in 2024 and dozens of soldiers')).toEqual([])
  })

  it('does not read an age or a comparison as a count', () => {
    expect(q('поранено 44-річну жінку', true)).toEqual([])
    expect(q('a 71-year-old man was hurt')).toEqual([])
    expect(q('twice as many drones as last week')).toEqual([])
    expect(q('за півтора місяця', true)).toEqual([])
  })
})

describe('findQuantities, tried only where a quantity can start', () => {
  // The plain search: the pattern tried at every character, as a global regex does.
  const scan = (text: string): string[] => [...text.matchAll(new RegExp(QUANTITY_SOURCE, 'giu'))].map((m) => `${m.index}:${m[0]}`)
  const found = (text: string): string[] => quantityMatches(text, tokenize(text)).map((m) => `${m.index}:${m[0]}`)
  const part = fc.constantFrom('about ', 'More than ', 'тричі ', 'twice as ', 'полтора ', "дев'ятьох ", '58-', 'річна ', 'half a dozen ', 'a dozen ', 'twenty-one ', "п'ять ", 'пʼять ', 'вісім ', 'близько ', '1,200 ', '3 386 ', '5', 'km ', 'sq km ', '% ', 'soldiers ', 'людей ', 'атак ', "O'", 'x', '-', ', ', '. ', '2024 ', 'ſeven ', 'at least ', 'up to ', 'as many as ', 'an estimated ', 'не менее ', 'більш ніж ', 'до ', 'over ', 'Some ', 'the ', 'many ', 'нас ')

  it('finds exactly the matches of the plain search', () => {
    expect(found('About 5 km, more than twenty-one soldiers and п’ять атак')).toEqual(scan('About 5 km, more than twenty-one soldiers and п’ять атак'))
    fc.assert(
      fc.property(fc.array(part, { maxLength: 14 }), (parts) => {
        const text = parts.join('')
        expect(found(text)).toEqual(scan(text))
      }),
      { numRuns: 1500 },
    )
  })

  it('finds exactly the matches of the plain search in the open gold reports', () => {
    const reports = ['gold-dev.json', 'gold-test.json', 'gold-fresh.json'].flatMap((f) => (JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'eval', 'extract', f), 'utf8')) as { reports: { text: string }[] }).reports)
    let matches = 0
    for (const { text } of reports) {
      const expected = scan(text)
      matches += expected.length
      expect(found(text)).toEqual(expected)
    }
    expect(matches).toBeGreaterThan(0)
  })
})
