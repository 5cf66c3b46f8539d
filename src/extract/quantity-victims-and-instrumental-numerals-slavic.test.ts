import { describe, expect, it } from 'vitest'
import { findQuantities } from './find-quantities.js'

// Round 23, class from the VIINA dev pool (work sample Random(2311)): a headline's toll told by a figure
// and the victims' adjective alone ("троє поранених", "5 загиблих", "двое погибших") and a strike's
// missiles counted in the instrumental ("вісьма ракетами", "шестью ракетами") gave no quantity. The
// victims are people (their side's soldiers only when the noun says so); the missiles are `other`
// (convention 38). Our own sentences.
function q(text: string): [number, string][] {
  return findQuantities(text, true).map((x) => [x.value, x.unit])
}

describe('a figure and the victims\' adjective (uk, ru)', () => {
  it.each<[string, [number, string][]]>([
    ['Ворог вдарив по Сумах, троє поранених.', [[3, 'people']]],
    ['Обстріл Нікополя: 5 загиблих і 12 постраждалих.', [[5, 'people'], [12, 'people']]],
    ['Після атаки на Одесу двоє травмованих.', [[2, 'people']]],
    ['В Белгороде после обстрела трое раненых.', [[3, 'people']]],
    ['Удар по Донецку: четверо погибших.', [[4, 'people']]],
    // the noun after the adjective decides: soldiers
    ['Окупанти вивезли 40 поранених військових.', [[40, 'soldiers']]],
  ])('%s', (text, expected) => {
    expect(q(text)).toEqual(expected)
  })
})

describe('a count in the instrumental (uk, ru)', () => {
  it.each<[string, [number, string][]]>([
    ['Росія вдарила по Кременчуку вісьма ракетами.', [[8, 'other']]],
    ['Окупанти атакували Запоріжжя трьома ракетами.', [[3, 'other']]],
    ['Россия ударила по Одессе шестью ракетами.', [[6, 'other']]],
    ['ВСУ атаковали Белгород пятью беспилотниками.', [[5, 'other']]],
    // "семью" is also "the family": no count
    ['Обстрел лишил семью дома в Херсоне.', []],
  ])('%s', (text, expected) => {
    expect(q(text)).toEqual(expected)
  })
})
