// A count over several regions has no one place (round 16): "shot down 57 drones over nine regions",
// "над 11 регіонами", "в семи областях", unless the clause names them after it ("including Kursk and
// Belgorod"). Our own sentences.
import { describe, expect, it } from 'vitest'
import type { Place } from '../domain/index.js'
import { claimsWithStubPlaces, placeNames } from '../testing/stub-places.js'

function placesOf(text: string, named: Record<string, Place['kind']>, lang: 'en' | 'uk' | 'ru'): string[][] {
  return placeNames(claimsWithStubPlaces(text, named, lang, '2027-07-21'))
}

describe('a total over several regions', () => {
  it.each([
    ['en', 'A Ukrainian drone set fire to a fuel depot in the Kursk region overnight. The ministry said air defences had destroyed 57 Ukrainian drones over nine regions during the night.', { 'Kursk region': 'region' }, 'destroyed 57'],
    ['uk', 'Уночі ворог атакував Харківщину. Загалом сили ППО збили 64 дрони над 11 регіонами.', { Харківщину: 'region' }, 'збили 64'],
    ['ru', 'Губернатор Белгородской области сообщил о пожаре. Минобороны заявило, что за ночь над семью регионами сбиты 48 беспилотников.', { 'Белгородской области': 'region' }, 'сбиты 48'],
  ] as const)('%s: no place', (lang, text, named, words) => {
    const total = claimsWithStubPlaces(text, named, lang, '2027-07-21').claims.filter((c) => text.slice(c.span[0], c.span[1]).includes(words))
    expect(total.length).toBeGreaterThan(0)
    for (const c of total) expect(c.places).toEqual([])
  })

  it('regions named after "including" are its places', () => {
    const text = 'The ministry said it had downed 40 drones over several regions, including Kursk and Belgorod.'
    expect(placesOf(text, { Kursk: 'region', Belgorod: 'region' }, 'en')).toContainEqual(['Kursk', 'Belgorod'])
  })
})
