// Spellings real feeds use that the gazetteer lacked (round 18): the Russian agencies' English for the
// Lyman axis after the Soviet name, Pivdenne under its 2024 name beside Yuzhne, and the generated
// Russian forms of a town whose Russian name is listed by hand (Шаховое beside Шахово). Sentences written
// by the team; run against the shipped gazetteer (data/gazetteer).
import { beforeAll, describe, expect, it } from 'vitest'
import { type Gazetteer, geoparseText, loadGazetteer } from '../index.js'

let g: Gazetteer
beforeAll(() => {
  g = loadGazetteer()
})

const placesOf = (text: string): Array<[string, string | null]> => geoparseText(text, g).value.map((p) => [p.name, p.admin1])

describe('the Lyman axis under its Soviet name, as the agencies write it', () => {
  it.each([
    ['The enemy lost up to 90 servicemen in the Krasnolimansk direction.'],
    ['Two attacks were repelled on the Krasnoliman direction overnight.'],
    ['Units advanced in Krasnolymansk direction, the ministry said.'],
    ['На Краснолиманском направлении уничтожены две группы.'],
  ] as const)('%s', (text) => {
    expect(placesOf(text)).toEqual([['Lyman', 'Donetsk Oblast']])
  })
})

describe('Pivdenne of Odesa oblast under both names', () => {
  it.each([
    ['Дрони атакували Південне на Одещині.'],
    ['Удар по порту в Южном Одесской области.'],
    ['Вибухи пролунали в Південному Одеської області.'],
  ] as const)('%s', (text) => {
    expect(placesOf(text)).toContainEqual(['Yuzhne', 'Odesa Oblast'])
  })
})

describe('a hand-listed Russian name keeps the generated forms beside it', () => {
  it('Шаховое is Shakhove of Donetsk oblast when the report is about the Pokrovsk area', () => {
    expect(placesOf('Бои идут у Шахового под Добропольем.')).toContainEqual(['Shakhove', 'Donetsk Oblast'])
  })
  it('the entry holds both Russian spellings', () => {
    const e = g.lookup('Шаховое', { admin1: 'Donetsk Oblast' })[0]?.entry
    expect(e?.nameRu).toBe('Шахово')
    expect(e?.variants).toContain('Шаховое')
  })
})
