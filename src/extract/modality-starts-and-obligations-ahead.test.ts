import { beforeAll, describe, expect, it } from 'vitest'
import { kindsAndModalities, warmSlavicExtraction } from '../testing/slavic-extraction.js'

// Round 26, mechanism: an evacuation (or any step) told as starting later or as an obligation still to
// be met came out `asserted`. Convention 45: an evacuation is `expected` when the text puts its start
// ahead or calls it a plan. "почнеться", "начнётся" (a start ahead), "доведеться", "придётся" (it will be
// necessary), and "мають" / "должны" before an infinitive (the residents must still leave) are such
// words in every kind of claim. "должны были" is an obligation in the past and stays out. Our own
// sentences.

describe('a start or an obligation ahead is a forecast', () => {
  beforeAll(warmSlavicExtraction, 120_000)

  it.each<[string, 'uk' | 'ru']>([
    ['З понеділка в Борівській громаді почнеться обов’язкова евакуація родин із дітьми.', 'uk'],
    ['Мешканцям трьох сіл доведеться евакуюватися до кінця тижня.', 'uk'],
    ['Родини з дітьми мають евакуюватися з Покровської громади до неділі.', 'uk'],
    ['С 1 декабря в пяти сёлах Глушковского района начнётся обязательная эвакуация.', 'ru'],
    ['Эвакуацию придётся распространить и на соседний Беловский район.', 'ru'],
    ['Жители приграничных сёл должны покинуть дома до пятницы, заявил губернатор.', 'ru'],
  ])('%s (%s) is expected', (text, lang) => {
    const got = kindsAndModalities(text, lang)
    expect(got.length).toBeGreaterThan(0)
    expect(got.every(([, m]) => m === 'expected')).toBe(true)
  })

  it.each<[string, 'uk' | 'ru']>([
    ['Вчора з Борівської громади евакуювали 40 людей.', 'uk'],
    ['Жители должны были покинуть село ещё в октябре, но многие остались; вчера эвакуировали ещё 30 человек.', 'ru'],
    ['В ночь на вторник российские войска атаковали Сумы дронами.', 'ru'],
  ])('an event told as done stays asserted: %s', (text, lang) => {
    const got = kindsAndModalities(text, lang)
    expect(got.length).toBeGreaterThan(0)
    expect(got.some(([, m]) => m === 'asserted')).toBe(true)
  })
})
