// A count over several regions has no one place (round 16): "shot down 57 drones over nine regions",
// "над 11 регіонами", "в семи областях", unless the clause names them after it ("including Kursk and
// Belgorod"). Our own sentences.
import { describe, expect, it } from 'vitest'
import type { Place } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'
import { linkClaimPlaces } from './link-claim-places.js'

function places(text: string, named: Record<string, Place['kind']>): Place[] {
  const out: Place[] = []
  for (const [m, kind] of Object.entries(named)) {
    for (let i = text.indexOf(m); i >= 0; i = text.indexOf(m, i + 1)) {
      out.push({ mention: m, span: [i, i + m.length], id: `id-${m.toLowerCase()}`, name: m, admin1: null, country: 'UA', lat: 48, lon: 37, kind, confidence: 0.9, alternatives: [] })
    }
  }
  return out
}

function placesOf(text: string, named: Record<string, Place['kind']>, lang: 'en' | 'uk' | 'ru'): string[][] {
  const r = extractClaims({ id: 'd', text, lang, publishedAt: '2027-07-21', outlet: 'Test Wire' })
  const ps = places(text, named)
  return linkClaimPlaces(text, r.value.claims, r.value.anchors, ps).map((c) => c.places.map((i) => ps[i]!.name))
}

describe('a total over several regions', () => {
  it.each([
    ['en', 'A Ukrainian drone set fire to a fuel depot in the Kursk region overnight. The ministry said air defences had destroyed 57 Ukrainian drones over nine regions during the night.', { 'Kursk region': 'region' }, 'destroyed 57'],
    ['uk', 'Уночі ворог атакував Харківщину. Загалом сили ППО збили 64 дрони над 11 регіонами.', { Харківщину: 'region' }, 'збили 64'],
    ['ru', 'Губернатор Белгородской области сообщил о пожаре. Минобороны заявило, что за ночь над семью регионами сбиты 48 беспилотников.', { 'Белгородской области': 'region' }, 'сбиты 48'],
  ] as const)('%s: no place', (lang, text, named, words) => {
    const r = extractClaims({ id: 'd', text, lang, publishedAt: '2027-07-21', outlet: 'Test Wire' })
    const ps = places(text, named)
    const total = linkClaimPlaces(text, r.value.claims, r.value.anchors, ps).filter((c) => text.slice(c.span[0], c.span[1]).includes(words))
    expect(total.length).toBeGreaterThan(0)
    for (const c of total) expect(c.places).toEqual([])
  })

  it('regions named after "including" are its places', () => {
    const text = 'The ministry said it had downed 40 drones over several regions, including Kursk and Belgorod.'
    expect(placesOf(text, { Kursk: 'region', Belgorod: 'region' }, 'en')).toContainEqual(['Kursk', 'Belgorod'])
  })
})
