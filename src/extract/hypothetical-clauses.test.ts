import { beforeAll, describe, expect, it } from 'vitest'
import { kindsAndModalities, warmSlavicExtraction } from '../testing/slavic-extraction.js'

// Convention 54 in Ukrainian and Russian: a supposed event and what would follow from it are no
// claim; a forecast whose condition tells no event stays an `expected` claim; a hedge worded as a
// condition ("якщо вірити …") supposes nothing. Sentences of our own, in no gold file.
const claims = kindsAndModalities

// The first extraction compiles both Cyrillic lexicons: slow on a loaded machine, so done once here.
beforeAll(warmSlavicExtraction, 120_000)

describe('hypothetical clauses (uk/ru, convention 54)', () => {
  it.each<[string, 'uk' | 'ru']>([
    ['Якщо окупанти захоплять Родинське, вони вийдуть до траси на Добропілля.', 'uk'],
    ['Ворог отримає плацдарм для наступу на Запоріжжя, якщо прорве оборону під Степногірськом.', 'uk'],
    ['Якби росіяни оточили Мирноград, гарнізон довелося б виводити.', 'uk'],
    ['Если ВСУ отступят из Северска, наши войска выйдут к Славянску.', 'ru'],
    ['В случае прорыва обороны у Гуляйполя армия продвинется к Орехову.', 'ru'],
  ])('no claim: %s', (text, lang) => {
    expect(claims(text, lang)).toEqual([])
  })

  it('keeps a forecast whose condition tells no event', () => {
    expect(claims('Якщо погода дозволить, окупанти спробують штурмувати Лиман.', 'uk')).toEqual([['assault', 'expected']])
  })

  it('keeps a claim hedged as a condition on a source', () => {
    expect(claims('Якщо вірити Генштабу, ЗСУ відбили 12 атак біля Покровська.', 'uk')).toEqual([['repelled', 'asserted']])
    expect(claims('Если верить сводке, ВСУ отступили из Звановки.', 'ru').map(([k]) => k)).toEqual(['withdrawal'])
  })

  it('keeps a claim told before the condition in a clause of its own', () => {
    expect(claims('Росіяни захопили Степове. Якщо вони закріпляться там, то вийдуть до траси.', 'uk')).toContainEqual(['capture', 'asserted'])
  })
})
