// Region-wide evacuation figures (gold convention 39), round 16, our own sentences:
//  - a riverside or coastal zone taken as a whole ("из прибрежной зоны", "з прибережних сіл",
//    "from riverside villages") is a region's area like its front-line or border areas;
//  - the region may be named only in the official's title ("Глава Запорожской области …"): with no
//    other region named before, the title's region places the figure.
import { describe, expect, it } from 'vitest'
import type { Place } from '../domain/index.js'
import { claimsWithStubPlaces, placeNames } from '../testing/stub-places.js'

function evacuationPlaces(text: string, named: Record<string, Place['kind']>, lang: 'en' | 'uk' | 'ru'): string[][] {
  const linked = claimsWithStubPlaces(text, named, lang, '2027-05-12')
  return placeNames({ ...linked, claims: linked.claims.filter((c) => c.kind === 'evacuation') })
}

describe('a riverside zone evacuated is the region the report names', () => {
  it.each([
    ['ru', 'Глава Запорожской области Евгений Балицкий сообщил, что ВСУ обстреляли Каменку-Днепровскую. Он также сообщил, что за неделю из прибрежной зоны временно отселили 85 жителей.', { 'Запорожской области': 'region', 'Каменку-Днепровскую': 'settlement' }],
    ['uk', 'Очільник Херсонської ОВА повідомив про обстріл Білозерки. У Херсонській області за тиждень з прибережних сіл евакуювали 64 людини.', { 'Херсонській області': 'region', Білозерки: 'settlement' }],
  ] as const)('%s: %s', (lang, text, named) => {
    const region = Object.entries(named).find(([, k]) => k === 'region')![0]
    expect(evacuationPlaces(text, named, lang)).toContainEqual([region])
  })

  it('a named village evacuated stays the village', () => {
    const text = 'Глава Запорожской области сообщил, что из прибрежного села Великая Знаменка за неделю отселили 40 жителей.'
    expect(evacuationPlaces(text, { 'Запорожской области': 'region', 'Великая Знаменка': 'settlement' }, 'ru')).toContainEqual(['Великая Знаменка'])
  })
})
