import { beforeAll, describe, expect, it } from 'vitest'
import { warmSlavicExtraction } from '../testing/slavic-extraction.js'
import { extractClaims } from './extract-claims.js'

// One victim named by a singular noun is a toll of 1 person (single-victim.ts), in Ukrainian and
// Russian, in either word order, with or without an age (which is no figure, convention 48); the
// first figure of the sentence is the toll's (convention 33). Sentences of our own, in no gold file.
function tolls(text: string, lang: 'uk' | 'ru'): (readonly [number, string] | null)[] {
  const { value } = extractClaims({ id: 't', text, lang, publishedAt: '2025-10-02', outlet: null })
  return value.claims.filter((c) => c.kind === 'casualties').map((c) => (c.quantity ? ([c.quantity.value, c.quantity.unit] as const) : null))
}

// The first extraction compiles both Cyrillic lexicons: slow on a loaded machine, so done once here.
beforeAll(warmSlavicExtraction, 120_000)

describe('a toll of one victim named in the singular', () => {
  it.each<[string, 'uk' | 'ru']>([
    ['Унаслідок удару дрона по Білозерці поранено 49-річного чоловіка.', 'uk'],
    ['Через обстріл Очакова травмовано жінку 71 року.', 'uk'],
    ['У Лимані внаслідок скиду боєприпасу загинув тракторист.', 'uk'],
    ['Вночі під час атаки шахедів на Павлоград поранено пенсіонерку.', 'uk'],
    ['Водія маршрутки травмовано уламками ракети в Краматорську.', 'uk'],
    ['При атаке беспилотника на Грайворон ранена женщина.', 'ru'],
    ['В Горловке в результате обстрела погиб 63-летний мужчина.', 'ru'],
    ['Пострадал водитель грузовика, его доставили в больницу после удара дрона по Волоконовке.', 'ru'],
  ])('%s', (text, lang) => {
    expect(tolls(text, lang)).toEqual([[1, 'people']])
  })

  it('takes the singular victim first, as the first figure of the sentence', () => {
    expect(tolls('Унаслідок обстрілу Нікополя загинула жінка, ще четверо людей поранені.', 'uk')).toEqual([[1, 'people']])
    expect(tolls('После удара по Шебекино погиб мужчина, ещё трое ранены.', 'ru')).toEqual([[1, 'people']])
  })

  it('leaves counted victims to their figure', () => {
    expect(tolls('Унаслідок удару по Херсону поранено трьох чоловіків.', 'uk')).toEqual([[3, 'people']])
    expect(tolls('При обстреле Белгорода ранены две женщины.', 'ru')).toEqual([[2, 'people']])
  })

  it('does not count a person who is no victim, far from the toll word', () => {
    // the driver is the one who told of the strike; the toll names no one
    expect(tolls('Водій автобуса розповів журналістам, що після обстрілу Херсона є поранені.', 'uk')).not.toContainEqual([1, 'people'])
  })
})
