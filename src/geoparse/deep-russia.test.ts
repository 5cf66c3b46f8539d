// Places in Russia beyond the border oblasts (round 17): the federal subjects resolve in the three
// languages, the towns of the deep strikes are found, and a far-Russian town beats a Ukrainian or
// border-oblast namesake only with a cue (its region named, or "in Russia" in the clause). Sentences
// written by the team; run against the shipped gazetteer (data/gazetteer).
import { beforeAll, describe, expect, it } from 'vitest'
import { isInRussiaClause } from './deep-russia.js'
import { type Gazetteer, geoparseText, loadGazetteer } from './index.js'

let g: Gazetteer
beforeAll(() => {
  g = loadGazetteer()
})

/** The place a mention resolves to: [its name, its admin1]. */
function placeOf(text: string, mention: string): [string, string | null] | undefined {
  const p = geoparseText(text, g).value.find((x) => x.mention === mention)
  return p && [p.name, p.admin1]
}

describe('Russian federal subjects resolve in English, Ukrainian and Russian', () => {
  it.each([
    ['Дрони атакували підприємство Нижегородської області.', 'Нижегородської області', 'Nizhny Novgorod Oblast'],
    ['Беспилотники сбиты над Нижегородской областью.', 'Нижегородской областью', 'Nizhny Novgorod Oblast'],
    ['A fire broke out at a depot in Krasnodar Krai.', 'Krasnodar Krai', 'Krasnodar Krai'],
    ['Вибухи пролунали в Краснодарському краї.', 'Краснодарському краї', 'Krasnodar Krai'],
    ['Атака на НПЗ в Краснодарском крае.', 'Краснодарском крае', 'Krasnodar Krai'],
    ['Взрывы прогремели в Татарстане.', 'Татарстане', 'Republic of Tatarstan'],
    ['Drones reached the Republic of Bashkortostan.', 'Republic of Bashkortostan', 'Republic of Bashkortostan'],
    ['Дрони долетіли до Республіки Башкортостан.', 'Республіки Башкортостан', 'Republic of Bashkortostan'],
    ['Вибух у Ленінградській області.', 'Ленінградській області', 'Leningrad Oblast'],
    ['A plant in the Saratov region was hit.', 'Saratov region', 'Saratov Oblast'],
  ] as const)('%s', (text, mention, admin1) => {
    expect(placeOf(text, mention)).toEqual([admin1, admin1])
  })
})

describe('deep-strike towns with no namesake are found without a cue', () => {
  it.each([
    ['Дрони атакували Туапсе.', 'Туапсе', 'Krasnodar Krai'],
    ['Drones struck the refinery at Novokuybyshevsk overnight.', 'Novokuybyshevsk', 'Samara Oblast'],
    ['Горить НПЗ у Кірішах.', 'Кірішах', 'Leningrad Oblast'],
    ['Взрывы в Энгельсе.', 'Энгельсе', 'Saratov Oblast'],
    ['Вибухи в Енгельсі.', 'Енгельсі', 'Saratov Oblast'],
  ] as const)('%s', (text, mention, admin1) => {
    expect(placeOf(text, mention)?.[1]).toBe(admin1)
  })
})

describe('a Ukrainian namesake wins unless the text puts the place in Russia', () => {
  it.each([
    // no cue: the Ukrainian (formerly so named) town or village
    ['Бої точаться біля Дзержинська.', 'Дзержинська', 'Donetsk Oblast'],
    ['Shelling was reported in Samara and nearby villages.', 'Samara', 'Sumy Oblast'],
    ['Минобороны России сообщило об освобождении Красноармейска.', 'Красноармейска', 'Donetsk Oblast'],
    ['Russian troops shelled Dmitrovka overnight.', 'Dmitrovka', null],
    // its region named next to it
    ['Дрони атакували НПЗ у Дзержинську Нижегородської області.', 'Дзержинську', 'Nizhny Novgorod Oblast'],
    ['Удар по Темрюку в Краснодарском крае.', 'Темрюку', 'Krasnodar Krai'],
    // its region named elsewhere in the text
    ['Нижегородская область под атакой дронов.\nВ Дзержинске горит завод.', 'Дзержинске', 'Nizhny Novgorod Oblast'],
    // "in Russia" in the clause
    ['A drone hit a refinery in the Russian city of Samara.', 'Samara', 'Samara Oblast'],
    ['Вибухи у Самарі, Росія: горить НПЗ.', 'Самарі', 'Samara Oblast'],
  ] as const)('%s', (text, mention, admin1) => {
    const got = placeOf(text, mention)
    expect(got).toBeDefined()
    if (admin1 === null) expect(g.entries.find((e) => e.name === got![0] && e.admin1 === got![1])?.country).not.toBe('RU')
    else expect(got![1]).toBe(admin1)
  })
})

describe('isInRussiaClause', () => {
  const at = (text: string, mention: string) => isInRussiaClause(text, text.indexOf(mention), text.indexOf(mention) + mention.length)
  it.each([
    ['Explosions were heard in Russia, in Samara, overnight.', 'Samara'],
    ['Дрони атакували НПЗ у Росії, у Самарі.', 'Самарі'],
    ['Беспилотник упал на территории РФ, в Самаре.', 'Самаре'],
    ['Drones hit the Russian city of Samara.', 'Samara'],
    ['Дрон влучив у російське місто Самара.', 'Самара'],
    ['Explosions in Samara, Russia, overnight.', 'Samara'],
  ] as const)('cue: %s', (text, mention) => expect(at(text, mention)).toBe(true))
  it.each([
    ['Минобороны России сообщило об освобождении Красноармейска.', 'Красноармейска'],
    ['Russian troops shelled Samara.', 'Samara'],
    ['Russia said it took Dmitrovka.', 'Dmitrovka'],
    // a cue in another sentence
    ['Drones flew deep into Russia. Shells hit Samara.', 'Samara'],
    ['Війська РФ обстріляли Самару.', 'Самару'],
  ] as const)('no cue: %s', (text, mention) => expect(at(text, mention)).toBe(false))
})

describe('a small far-Russian place needs a sign that the text is about Russia', () => {
  const admin1s = (text: string) => geoparseText(text, g).value.map((p) => p.admin1)
  it.each([
    // words, names and units that are small towns in Russia
    ['Workers sheltered in the Ilyich steel works in Mariupol.', 'Krasnodar Krai'],
    ['Ukrainian drones destroyed two Ural trucks near Bakhmut.', 'Krasnoyarsk Krai'],
    ['The Vostok battalion moved into the city.', 'Primorsky Krai'],
  ] as const)('none: %s', (text, admin1) => expect(admin1s(text)).not.toContain(admin1))
  it.each([
    // the region named, a far-Russian city named, or "in Russia"
    ['Дрони атакували порт Усть-Луга в Ленінградській області.', 'Leningrad Oblast'],
    ['Drones hit the port of Ust-Luga and a refinery in Kirishi.', 'Leningrad Oblast'],
    ['Drones struck a port in Russia, at Ust-Luga.', 'Leningrad Oblast'],
  ] as const)('kept: %s', (text, admin1) => expect(admin1s(text).filter((a) => a === admin1).length).toBeGreaterThan(0))
})

describe('lookup ranks a far-Russian place after its Ukrainian namesake', () => {
  it.each([
    ['Seversk', 'Siversk', 'Seversk'],
    ['Покровск', 'Pokrovsk', 'Pokrovsk'],
    ['Dzerzhinsk', 'Toretsk', 'Dzerzhinsk'],
  ] as const)('%s', (name, first, far) => {
    const hits = g.lookup(name, { limit: 6 })
    expect(hits[0]!.entry.country).toBe('UA')
    expect(hits[0]!.entry.name).toBe(first)
    expect(hits.some((h) => h.entry.name === far && h.entry.country === 'RU')).toBe(true)
  })
})
