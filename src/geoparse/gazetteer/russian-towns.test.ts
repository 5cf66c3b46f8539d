// The names kept for a town in Russia beyond the border oblasts (russian-towns.ts), the federal subjects'
// full names (regions.ts, russian-regions.ts) and the reader of a whole GeoNames dump. Rows written by
// the team in GeoNames' layout, with alternates of the kinds GeoNames mixes (other languages, former
// names, case forms, romanised Chinese).
import { describe, expect, it } from 'vitest'
import { isGeonamesDump, readGeonamesDump, type GeonamesRow } from './read-sources.js'
import { REGIONS, regionFullNames } from './regions.js'
import { russianTownNames, ukrainianGuesses } from './russian-towns.js'

function row(name: string, asciiName: string, alternates: string[]): GeonamesRow {
  return { geonameId: '1', name, asciiName, alternateNames: alternates, lat: 55, lon: 45, featureCode: 'PPL', country: 'RU', admin1: 'RU.51', population: 200_000 }
}

describe('russianTownNames', () => {
  it('takes the Russian and Ukrainian names, not the Belarusian, Bulgarian or former ones', () => {
    const n = russianTownNames(row('Dzerzhinsk', 'Dzerzhinsk', ['Rastyapino', 'Dzerzhins\'k', 'Dzierżyńsk', 'jie er ren si ke', 'Дзяржынск', 'Дзержинськ', 'Дзержинск']), [
      'Rastyapino', 'Dzerzhins\'k', 'Dzierżyńsk', 'jie er ren si ke', 'Дзяржынск', 'Дзержинськ', 'Дзержинск',
    ])
    expect(n.nameRu).toBe('Дзержинск')
    expect(n.nameUk).toBe('Дзержинськ')
    expect(n.variants).toContain("Dzerzhins'k")
    expect(n.variants).not.toContain('Rastyapino') // a former name
    expect(n.variants).not.toContain('jie er ren si ke')
    expect(n.variants).not.toContain('Dzierżyńsk')
  })

  it('keeps the soft sign GeoNames romanises (Tver’ = Тверь, not the Bulgarian Твер)', () => {
    const alts = ['Tver\'', 'Tver’', 'Kalinin', 'Твер', 'Тверь', 'Калинин']
    const n = russianTownNames(row('Tver', 'Tver', alts), alts)
    expect(n.nameRu).toBe('Тверь')
    expect(n.variants).not.toContain('Калинин')
  })

  it('drops a former name that is a Ukrainian town today (Engels was Pokrovsk)', () => {
    const alts = ['Engel\'s', 'Pokrovsk', 'Энгельс']
    const n = russianTownNames(row('Engels', 'Engels', alts), alts)
    expect(n.nameRu).toBe('Энгельс')
    expect(n.variants).not.toContain('Pokrovsk')
    expect(n.variants).toContain('Енгельс') // guessed Ukrainian spelling
  })

  it('does not take a Belarusian spelling for the Ukrainian name', () => {
    const alts = ['Ivanovo', 'Іванава', 'Иваново']
    expect(russianTownNames(row('Ivanovo', 'Ivanovo', alts), alts).nameUk).toBeNull()
    const alts2 = ['Chelyabinsk', 'Чалябінск', 'Челябінськ', 'Челябинск']
    expect(russianTownNames(row('Chelyabinsk', 'Chelyabinsk', alts2), alts2).nameUk).toBe('Челябінськ')
  })
})

describe('ukrainianGuesses', () => {
  it.each([
    ['Новокуйбышевск', 'Новокуйбишевськ'],
    ['Ейск', 'Єйськ'],
    ['Энгельс', 'Енгельс'],
    ['Афипский', 'Афіпський'],
    ['Киров', 'Кіров'],
  ])('%s → %s', (ru, uk) => expect(ukrainianGuesses(ru)).toContain(uk))
  it('gives nothing for a name Ukrainian spells the same way', () => expect(ukrainianGuesses('Самара')).toEqual([]))
})

describe('Russian federal subjects', () => {
  it('lists all 83 of them, the five border oblasts apart', () => {
    const ru = REGIONS.filter((r) => r.country === 'RU')
    expect(ru).toHaveLength(83)
    expect(ru.filter((r) => !r.deep).map((r) => r.name).sort()).toEqual(['Belgorod Oblast', 'Bryansk Oblast', 'Kursk Oblast', 'Rostov Oblast', 'Voronezh Oblast'])
    expect(new Set(REGIONS.map((r) => r.name)).size).toBe(REGIONS.length)
  })
  it.each([
    ['RU.38', 'Краснодарський край', 'Краснодарский край'],
    ['RU.73', 'Республіка Татарстан', 'Республика Татарстан'],
    ['RU.12', 'Чеченська Республіка', 'Чеченская Республика'],
    ['RU.51', 'Нижньогородська область', 'Нижегородская область'],
    ['RU.32', 'Ханти-Мансійський автономний округ', 'Ханты-Мансийский автономный округ'],
    ['RU.48', 'Москва', 'Москва'],
    ['UA14', 'Донецька область', 'Донецкая область'],
  ])('%s: %s / %s', (code, uk, ru) => {
    expect(regionFullNames(REGIONS.find((r) => r.code === code)!)).toEqual({ uk, ru })
  })
})

describe('a whole GeoNames dump', () => {
  const line = (id: string, name: string, cc: string, a1: string) => [id, name, name, '', '55.1', '45.2', 'P', 'PPL', cc, '', a1, '', '', '', '12000', '', '100', 'Europe/Moscow', '2020-01-01'].join('\t')
  const text = [line('1', 'Soldeu', 'AD', '02'), line('2', 'Kstovo', 'RU', '51'), line('3', 'Kupiansk', 'UA', '07'), ''].join('\n')
  it('is told by its first row (no header)', () => {
    expect(isGeonamesDump(text.split('\n')[0]!)).toBe(true)
    expect(isGeonamesDump('geonameid\tname\tasciiname')).toBe(false)
  })
  it('gives the rows of the countries asked for only', () => {
    const r = readGeonamesDump(text, 'cities500.txt', new Set(['RU']))
    expect(r.issues).toEqual([])
    expect(r.rows.map((x) => [x.name, x.admin1, x.population])).toEqual([['Kstovo', 'RU.51', 12000]])
  })
})
