// Place linking: a capital named for its state ("Kyiv's share", "Moscow's troops", "the Moscow-installed
// head", "a town Moscow still calls …") is the state's forces, officials, ground or word, not a place
// of the event; a part of the city ("Kyiv's outskirts") stays the city. Sentences written by the team
// for this test.
import { describe, expect, it } from 'vitest'
import type { Place } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'
import { linkClaimPlaces } from './link-claim-places.js'

const KINDS: Record<string, Place['kind']> = { 'Donetsk province': 'region', Kyiv: 'settlement', Moscow: 'settlement', Bilytske: 'settlement' }

function linked(text: string): string[][] {
  const r = extractClaims({ id: 'd', text, lang: 'en', publishedAt: '2026-10-12', outlet: 'Test Wire' })
  const ps: Place[] = []
  for (const [mention, kind] of Object.entries(KINDS)) {
    for (let at = text.indexOf(mention); at >= 0; at = text.indexOf(mention, at + 1)) {
      ps.push({ mention, span: [at, at + mention.length], id: `id-${mention}`, name: mention, admin1: null, country: 'UA', lat: 48, lon: 37, kind, confidence: 0.9, alternatives: [] })
    }
  }
  return linkClaimPlaces(text, r.value.claims, r.value.anchors, ps).map((c) => c.places.map((i) => ps[i]!.name))
}

describe('a capital that stands for its state is no place of the event', () => {
  it.each([
    ["In Donetsk province, Kyiv's share has shrunk to about a fifth.", ['Donetsk province']],
    ["Moscow's troops have pushed into Bilytske, the regional governor said.", ['Bilytske']],
  ])('%s', (text, places) => {
    expect(linked(text)[0]).toEqual(places)
  })
})

describe('a part of the capital stays the capital', () => {
  it("Kyiv's outskirts", () => {
    expect(linked("Russian drones struck Kyiv's outskirts overnight.")[0]).toEqual(['Kyiv'])
  })
})
