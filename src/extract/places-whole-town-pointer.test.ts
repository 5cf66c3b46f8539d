// Place linking: "the whole town", "the entire village" point back at the settlement last named, as
// "the town" does (an interviewer's "Moscow says it has taken the whole town" is about the town the
// interview is about). Sentences written by the team for this test.
import { describe, expect, it } from 'vitest'
import type { Place } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'
import { linkClaimPlaces } from './link-claim-places.js'

function placesOf(text: string, mention: string): Place[] {
  const out: Place[] = []
  for (let at = text.indexOf(mention); at >= 0; at = text.indexOf(mention, at + 1)) {
    out.push({ mention, span: [at, at + mention.length], id: `id-${mention}`, name: mention, admin1: null, country: 'UA', lat: 48, lon: 37, kind: 'settlement', confidence: 0.9, alternatives: [] })
  }
  return out
}

function linked(text: string, mention: string): [string, string[]][] {
  const r = extractClaims({ id: 'd', text, lang: 'en', publishedAt: '2026-10-12', outlet: 'Test Wire' })
  const ps = placesOf(text, mention)
  return linkClaimPlaces(text, r.value.claims, r.value.anchors, ps).map((c) => [c.kind, c.places.map((i) => ps[i]!.name)])
}

describe('"the whole town" points back at the town last named', () => {
  it.each([
    'Fighting went on in the north of Orikhiv on Sunday. Russia\'s Defence Ministry said on Monday that its troops had taken the whole town.',
    'Fighting went on in the north of Orikhiv on Sunday. Russia\'s Defence Ministry said on Monday that its troops had captured the entire town.',
  ])('%s', (text) => {
    expect(linked(text, 'Orikhiv').find(([kind]) => kind === 'capture')).toEqual(['capture', ['Orikhiv']])
  })
})
