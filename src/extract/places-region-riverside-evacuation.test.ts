// Region-wide evacuation figures (gold convention 39), round 16, our own sentences:
//  - a riverside or coastal zone taken as a whole ("из прибрежной зоны", "з прибережних сіл",
//    "from riverside villages") is a region's area like its front-line or border areas;
//  - the region may be named only in the official's title ("Глава Запорожской области …"): with no
//    other region named before, the title's region places the figure.
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

function evacuationPlaces(text: string, named: Record<string, Place['kind']>, lang: 'en' | 'uk' | 'ru'): string[][] {
  const r = extractClaims({ id: 'd', text, lang, publishedAt: '2027-05-12', outlet: 'Test Wire' })
  const ps = places(text, named)
  return linkClaimPlaces(text, r.value.claims, r.value.anchors, ps)
    .filter((c) => c.kind === 'evacuation')
    .map((c) => c.places.map((i) => ps[i]!.name))
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
