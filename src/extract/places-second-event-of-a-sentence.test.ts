// Place linking: a claim with no place of its own, told in the same sentence and by the same speaker as
// a claim with places, is on that claim's ground ("our assault groups are entering X from the east, the
// enemy is trying to counterattack near the grain elevator"). Not a figure after a list of places (a
// bulletin's count for a whole axis), an evacuation's figure, a forecast, or another speaker's event.
// Sentences written by the team for this test.
import { beforeAll, describe, expect, it } from 'vitest'
import { loadGazetteer, type Gazetteer } from '../geoparse/index.js'
import { analyzeDocument } from '../pipeline/run-pipeline.js'
import { metadataDocument } from '../testing/metadata-document.js'

let gazetteer: Gazetteer
beforeAll(() => {
  gazetteer = loadGazetteer()
})

function placed(text: string, lang: 'en' | 'uk' | 'ru', outlet: string): [string, string[]][] {
  const document = metadataDocument({ id: 't', origin: 't', outlet, publishedAt: '2026-11-10', lang, text })
  const analysis = analyzeDocument({ document, findings: [] }, { gazetteer, verify: false })
  return analysis.claims.map((c) => [c.kind, c.places.map((i) => analysis.places[i]!.name)])
}

describe('a second event of one sentence is on the first one\'s ground', () => {
  it.each([
    ['ru', 'Рыбарь', 'Наши бойцы заходят в Гуляйполе с востока, противник пытается контратаковать у элеватора.', 'Huliaipole'],
    ['ru', 'Два майора', 'Штурмовики закрепились на окраине Степногорска, а хохлы огрызаются дронами.', 'Stepnohirsk'],
    ['uk', 'Донецька ОВА', 'На Покровському напрямку окупанти здійснили 19 штурмових дій, усі атаки наші захисники відбили.', 'Pokrovsk'],
    ['en', 'Test Wire', 'In the village of Yunakivka, which Russian troops have tried to take since spring, Ukrainian forces beat off two assaults on Tuesday, a spokesman said.', 'Yunakivka'],
    ['en', 'Test Wire', 'His company pulled out of Shakhove last week after Russian troops cut the only road behind them, the officer said.', 'Shakhove'],
  ] as const)('%s: %s', (lang, outlet, text, place) => {
    const claims = placed(text, lang, outlet)
    expect(claims.length).toBeGreaterThan(1)
    for (const [, places] of claims) expect(places).toEqual([place])
  })
})

describe('what stays without the sentence\'s places', () => {
  it('a count after a list of villages on an axis, uk', () => {
    const claims = placed('На Костянтинівському напрямку ворог атакував 11 разів поблизу Плещіївки, Ступочок та Іванопілля, ще три боєзіткнення тривають.', 'uk', 'Генштаб ЗСУ')
    expect(claims.find(([kind, places]) => kind === 'assault' && places.length === 0)).toBeDefined()
  })
})
