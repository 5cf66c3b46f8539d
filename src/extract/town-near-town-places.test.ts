// A settlement named with the town it lies near ("в Гвардійському під Сімферополем", "Hvardiiske outside
// Simferopol"): the claim's place is the settlement; the town only says where it is (round 18). A
// comma makes the town the next item of a list, which stays. Sentences written by the team.
import { describe, expect, it } from 'vitest'
import type { Place } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'
import { linkClaimPlaces } from './link-claim-places.js'

function place(text: string, mention: string, name = mention): Place {
  const at = text.indexOf(mention)
  return { mention, span: [at, at + mention.length], id: `id-${name}`, name, admin1: null, country: 'UA', lat: 45, lon: 34, kind: 'settlement', confidence: 0.9, alternatives: [] }
}

function placesOfClaims(text: string, mentions: readonly string[], lang: 'en' | 'uk' | 'ru'): string[][] {
  const r = extractClaims({ id: 'd', text, lang, publishedAt: '2025-12-12', outlet: 'Test Wire' })
  const ps = mentions.map((m) => place(text, m))
  return linkClaimPlaces(text, r.value.claims, r.value.anchors, ps).map((c) => c.places.map((i) => ps[i]!.name))
}

describe('the settlement, not the town it lies near', () => {
  it.each([
    ['Уночі дрони атакували нафтобазу в Гвардійському під Сімферополем.', ['Гвардійському', 'Сімферополем'], 'uk'],
    ['Вибухи пролунали у Вільчі біля Вовчанська.', ['Вільчі', 'Вовчанська'], 'uk'],
    ['Беспилотник атаковал нефтебазу в Гвардейском под Симферополем.', ['Гвардейском', 'Симферополем'], 'ru'],
    ['Drones struck a fuel depot in Hvardiiske outside Simferopol overnight.', ['Hvardiiske', 'Simferopol'], 'en'],
  ] as const)('%s', (text, mentions, lang) => {
    expect(placesOfClaims(text, mentions, lang)).toEqual([[mentions[0]]])
  })
})

describe('what stays', () => {
  it('a list after a comma keeps every item', () => {
    expect(placesOfClaims('Окупанти просунулися в Торецьку, поблизу Щербинівки та Дачного.', ['Торецьку', 'Щербинівки', 'Дачного'], 'uk')).toEqual([['Торецьку', 'Щербинівки', 'Дачного']])
  })
  it('a town alone after "під" is the place', () => {
    expect(placesOfClaims('Ворог атакував під Сімферополем.', ['Сімферополем'], 'uk')).toEqual([['Сімферополем']])
  })
})
