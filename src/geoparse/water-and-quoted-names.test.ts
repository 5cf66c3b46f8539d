// Names that are not settlements by the words around them, in sentences the team wrote (round 16):
//  - a river named after a bank, a delta, a floodplain or "along" ("на правому березі Дніпра",
//    "левобережье Днепра", "в гирлі Дніпра", "along the Oskil", "the Oskil's western bank") is the
//    river, not the town that shares its name;
//  - a name that alone fills a pair of quotation marks is a unit, an outlet, a weapon or an operation
//    ("угруповання «Дніпро»", "телеканал «Звезда»", "гаубиця «Богдана»"), not a place.
// Run against the shipped gazetteer (data/gazetteer).
import { beforeAll, describe, expect, it } from 'vitest'
import { type Gazetteer, geoparseText, loadGazetteer } from './index.js'

let g: Gazetteer
beforeAll(() => {
  g = loadGazetteer()
})

function kindOf(text: string, mention: string): string | undefined {
  return geoparseText(text, g).value.find((p) => p.mention === mention)?.kind
}

describe('a bank, a delta or "along" before a name makes it the river', () => {
  it.each([
    ['Окупанти обстрілюють села на правому березі Дніпра щодня.', 'Дніпра'],
    ['Росіяни накопичують човни в гирлі Дніпра.', 'Дніпра'],
    ['Над лівобережжям Дніпра сили ППО збили п’ять дронів.', 'Дніпра'],
    ['Жителей сёл вдоль Днепра временно отселяют.', 'Днепра'],
    ['На левом берегу Днепра продолжаются перестрелки.', 'Днепра'],
    ['Ukrainian units dug in along the Oskil last spring.', 'Oskil'],
    ['The brigade holds a strip on the Oskil\'s western bank.', 'Oskil\'s'],
    ['Two pontoon bridges over the Oskil were hit.', 'Oskil'],
    ['Fighting flared on the left bank of the Dnipro.', 'Dnipro'],
  ])('%s', (text, mention) => {
    expect(kindOf(text, mention)).toBe('river')
  })

  it.each([
    ['Ракета влучила в Дніпро вранці.', 'Дніпро', 'settlement'],
    ['Уночі дрони атакували Дніпро та Павлоград.', 'Дніпро', 'settlement'],
    ['Ночью беспилотники атаковали Днепр.', 'Днепр', 'settlement'],
    ['Drones flew over the Dnipropetrovsk region overnight.', 'Dnipropetrovsk region', 'region'],
    ['A missile struck Dnipro on Monday.', 'Dnipro', 'settlement'],
  ])('not by other words: %s', (text, mention, kind) => {
    expect(kindOf(text, mention)).toBe(kind)
  })
})

describe('a name alone in quotation marks is not a place', () => {
  it.each([
    ['Штурмовики угруповання «Дніпро» просунулися біля Оріхова.', 'Дніпро'],
    ['Об этом сообщил корреспондент телеканала «Звезда».', 'Звезда'],
    ['Расчёт уничтожил самоходную гаубицу «Богдана» под Краматорском.', 'Богдана'],
    ['The "Dnipro" group of forces said it repelled attacks near Kupiansk.', 'Dnipro'],
  ])('%s', (text, mention) => {
    expect(kindOf(text, mention)).toBeUndefined()
  })

  it.each([
    ['«Покровськ ми тримаємо», — сказав командир.', 'Покровськ'],
    ['«Под Краматорском тихо», — сказал он.', 'Краматорском'],
    ['Гаубицу уничтожили под Краматорском.', 'Краматорском'],
  ])('a quotation that says more keeps its place: %s', (text, mention) => {
    expect(kindOf(text, mention)).toBe('settlement')
  })
})
