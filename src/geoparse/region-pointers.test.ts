// Region pointers (gold convention 39), in sentences the team wrote (round 16): "the region",
// "області", "над областю", "в регионе", "над приграничьем" become places of the region the report is
// about: one named before in the paragraph, else the lead's, else the one most of its settlements lie in.
// Run against the shipped gazetteer (data/gazetteer).
import { beforeAll, describe, expect, it } from 'vitest'
import { type Gazetteer, geoparseText, loadGazetteer, placeRegionPointers } from './index.js'

let g: Gazetteer
beforeAll(() => {
  g = loadGazetteer()
})

/** The pointer places added to the text's places: [mention, region name]. */
function pointers(text: string): [string, string][] {
  const places = geoparseText(text, g).value
  return placeRegionPointers(text, places, g)
    .slice(places.length)
    .map((p) => [p.mention, p.name])
}

describe('a pointer takes the region of the report', () => {
  it.each([
    // the region the paragraph names before it
    ['У Харківській області за добу пошкоджено 14 будинків. Над областю сили ППО збили дев’ять дронів.', [['областю', 'Kharkiv Oblast']]],
    // the lead's region
    ['Drones hit a depot in the Belgorod region overnight, the governor said.\n\nAir defences shot down 31 drones over the region, he added, and two villages lost power.', [['the region', 'Belgorod Oblast']]],
    // the settlements' region: a post that names only towns
    ['Уночі ворог атакував Запоріжжя і Оріхів. Поранено трьох людей у Степногірську.\n\nЗагалом росіяни 410 разів обстріляли населені пункти області.', [['області', 'Zaporizhzhia Oblast']]],
    ['ВСУ обстреляли Шебекино и Грайворон. В Белгороде повреждены два дома.\n\nЗа сутки над приграничьем сбиты 19 беспилотников.', [['приграничьем', 'Belgorod Oblast']]],
    ['A drone struck a bus in Kherson. A woman was wounded in Bilozerka, and shells fell on Antonivka.\n\nThirty towns in the region came under fire during the day.', [['the region', 'Kherson Oblast']]],
  ] as const)('%s', (text, expected) => {
    expect(pointers(text)).toEqual(expected)
  })
})

describe('what is not a pointer, or has no region', () => {
  it.each([
    // a named region is the geoparser's, not a pointer
    ['Ворог обстріляв 12 населених пунктів Донецької області.'],
    ["The region's governor said two people were wounded in Kupiansk and one in Izium."],
    // towns of two regions, none in a majority
    ['Drones hit Kharkiv and Sumy overnight.\n\nAcross the region, three people were wounded.'],
    // no pointer at all
    ['Росіяни атакували Покровськ і Мирноград.'],
  ])('%s', (text) => {
    expect(pointers(text)).toEqual([])
  })
})
