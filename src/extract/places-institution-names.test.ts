// A name that opens an institution's name ("the Donetsk regional military administration", "Sumy
// Regional governor") is whose the institution is, not where the event was (round 16): a toll or an
// event in the same sentence never takes it. Our own sentences.
import { describe, expect, it } from 'vitest'
import type { Place } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'
import { linkClaimPlaces } from './link-claim-places.js'

function places(text: string, named: readonly string[]): Place[] {
  const out: Place[] = []
  for (const m of named) {
    for (let i = text.indexOf(m); i >= 0; i = text.indexOf(m, i + 1)) {
      out.push({ mention: m, span: [i, i + m.length], id: `id-${m.toLowerCase()}`, name: m, admin1: null, country: 'UA', lat: 48, lon: 37, kind: 'settlement', confidence: 0.9, alternatives: [] })
    }
  }
  return out
}

function placesOf(text: string, named: readonly string[]): string[][] {
  const r = extractClaims({ id: 'd', text, lang: 'en', publishedAt: '2027-06-03', outlet: 'Test Wire' })
  const ps = places(text, named)
  return linkClaimPlaces(text, r.value.claims, r.value.anchors, ps).map((c) => c.places.map((i) => ps[i]!.name))
}

describe('a place that names an institution is not where the event was', () => {
  it('a toll told with the regional administration that counted it', () => {
    const got = placesOf('A glide bomb hit a school in Kostiantynivka on Monday, killing two teachers, according to the head of the Donetsk regional military administration.', ['Kostiantynivka', 'Donetsk'])
    expect(got.flat()).not.toContain('Donetsk')
    expect(got.flat()).toContain('Kostiantynivka')
  })

  it('a regional governor beside the city hit', () => {
    const got = placesOf('Russian drones struck Shostka overnight, wounding three people, Sumy Regional governor Oleh Hryhorov said.', ['Shostka', 'Sumy'])
    expect(got.flat()).not.toContain('Sumy')
  })

  it('the city itself still counts', () => {
    expect(placesOf('A missile hit Sumy on Tuesday, regional officials said.', ['Sumy'])).toContainEqual(['Sumy'])
  })
})
