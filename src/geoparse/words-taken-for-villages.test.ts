// Words of real strike headlines that are also village names (round 18): axes named after no town
// (convention 77), compass compounds, the adjective of a region's institutions, the White House,
// headline subjects, a surname; and the Ukrainian locative of Кривий Ріг, which was read as two
// villages. Sentences written by the team; run against the shipped gazetteer (data/gazetteer).
import { beforeAll, describe, expect, it } from 'vitest'
import { type Gazetteer, geoparseText, loadGazetteer } from './index.js'

let g: Gazetteer
beforeAll(() => {
  g = loadGazetteer()
})

const names = (text: string): string[] => geoparseText(text, g).value.map((p) => p.name)

describe('no place', () => {
  it.each([
    ['Бої тривають на Таврійському напрямку.'],
    ['Противник активізувався на Таврійському напрямку, повідомили в угрупованні.'],
    ['На Таврическом направлении отбиты три атаки.'],
    ['Fighting continued on the Tavria direction.'],
    ['Russian forces advanced on the Yuzhno-Donetsk direction.'],
    ['Втрати ворога на Південно-Донецькому напрямку зросли.'],
    ['На Южном фронте без перемен.'],
    ['Глава Николаевской областной администрации сообщил о взрывах.'],
    ['У Білому домі засудили атаку.'],
    ['В Белом доме прокомментировали удар.'],
    ['Партизани знищили склад пального.'],
    ['Ударні дрони атакували нафтобазу.'],
    ['Рогов заявил о прилёте.'],
  ] as const)('%s', (text) => {
    expect(names(text)).toEqual([])
  })
})

describe('the places that stay', () => {
  it.each([
    ['Вибух пролунав у Таврійську.', 'Tavriisk'],
    ['Удар по Донецьку вночі.', 'Donetsk'],
    ['Бої на Покровському напрямку не вщухають.', 'Pokrovsk'],
    ['Удар в тылу Бахмутского фронта.', 'Bakhmut'],
    ['Вибухи в селі Партизани.', 'Rykove'],
    ['the Kostiantynivka-Druzhkivka road', 'Druzhkivka'],
  ] as const)('%s', (text, name) => {
    expect(names(text)).toContain(name)
  })
})

describe('Кривий Ріг in every case', () => {
  it.each([
    ['У Кривому Розі горить нафтобаза.'],
    ['Над Кривим Рогом збили дрон.'],
    ['Евакуація з Кривого Рогу триває.'],
    ['В Кривом Роге слышны взрывы.'],
  ] as const)('%s', (text) => {
    expect(names(text)).toEqual(['Kryvyi Rih'])
  })
})
