// Namesakes of big cities and of towns abroad, in sentences the team wrote (round 17):
//  - a bare name of a city of 100,000 or more is that city, even in a sentence or report about a region
//    where a village of that name lies; a region or raion right after the name still decides;
//  - a former name the city shares with villages does not make it the city ("Станіслав");
//  - a town followed by a region the gazetteer lacks ("Нижегородской области", "Russia's Nizhny
//    Novgorod region") is abroad: no Ukrainian namesake is taken for it.
// Run against the shipped gazetteer (data/gazetteer).
import { beforeAll, describe, expect, it } from 'vitest'
import { type Gazetteer, geoparseText, loadGazetteer } from './index.js'
import type { Place } from '../domain/index.js'

let g: Gazetteer
beforeAll(() => {
  g = loadGazetteer()
})

function places(text: string): Place[] {
  return geoparseText(text, g).value
}

function placeOf(text: string, mention: string): Place | undefined {
  return places(text).find((p) => p.mention === mention)
}

describe('a bare city name is the city, whatever region the sentence names', () => {
  it.each([
    ['Після удару по аеродрому в Криму росіяни погрожують Львову.', 'Львову', 'Lviv'],
    ['Склады уничтожены в ДНР и Запорожье, заявили в Минобороны.', 'Запорожье', 'Zaporizhzhia Oblast'],
    ['У Херсонській області знищено колону, а в Запоріжжі пошкоджено підстанцію.', 'Запоріжжі', 'Zaporizhzhia Oblast'],
    ['В Луганской области идут бои, в Харькове снова взрывы.', 'Харькове', 'Kharkiv Oblast'],
  ])('%s', (text, mention, expected) => {
    const p = placeOf(text, mention)
    expect(p?.kind).toBe('settlement')
    expect([p?.name, p?.admin1]).toContain(expected)
  })

  it('still yields to a region named right after the name', () => {
    // The village of Zaporizhzhia in Donetsk oblast, said so.
    expect(placeOf('Обстріляли село Запоріжжя Донецької області.', 'Запоріжжя')?.admin1).toBe('Donetsk Oblast')
  })
})

describe('a city by a former name shared with villages', () => {
  it.each([
    ['Ворог обстріляв Станіслав з артилерії.', 'Станіслав'],
    ['Окупанти вдарили по Станіславу дронами.', 'Станіславу'],
    ['Российская армия обстреляла Станислав.', 'Станислав'],
  ])('%s', (text, mention) => {
    expect(placeOf(text, mention)?.admin1).toBe('Kherson Oblast')
  })
})

describe('a town in a region the gazetteer lacks is abroad', () => {
  it.each([
    // Since the gazetteer has Russia beyond the border oblasts (deep-russia.test.ts), the town is its
    // Russian entry, in the region named.
    ['Взрыв произошел на заводе в Дзержинске Нижегородской области.', 'Дзержинске', 'Nizhny Novgorod Oblast'],
    ['Дрони атакували НПЗ у Кстові Нижегородської області Росії.', 'Кстові', 'Nizhny Novgorod Oblast'],
    ['В Кировске Ленинградской области загорелся завод.', 'Кировске', 'Leningrad Oblast'],
    ['Drones hit a chemical plant in Dzerzhinsk in Russia\'s Nizhny Novgorod region.', 'Dzerzhinsk', 'Nizhny Novgorod Oblast'],
  ])('%s', (text, mention, admin1) => {
    const p = places(text).find((x) => x.mention === mention)
    expect([p?.country, p?.admin1]).toEqual(['RU', admin1])
    // Nor is any word of the foreign region's name a place.
    expect(places(text).filter((p) => p.country === 'UA')).toEqual([])
  })

  it.each([
    // A known region after the town qualifies it the usual way.
    ['Удар по Судже в Курской области.', 'Судже', 'Kursk Oblast'],
    ['Drones hit Sudzha in Russia\'s Kursk region.', 'Sudzha', 'Kursk Oblast'],
    ['Fighting raged near Pokrovsk in Ukraine\'s Donetsk region.', 'Pokrovsk', 'Donetsk Oblast'],
    ['Обстріл Кіровська Луганської області.', 'Кіровська', 'Luhansk Oblast'],
  ])('%s', (text, mention, admin1) => {
    expect(placeOf(text, mention)?.admin1).toBe(admin1)
  })
})
