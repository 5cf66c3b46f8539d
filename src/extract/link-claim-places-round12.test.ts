// Place linking, round 12: English pointers at a settlement with a describing word ("this farming town",
// "the embattled city", "that village") and parts only a town has ("the central square", "the town
// centre"), while a neighbouring or nearby village is another place. Sentences written for these tests.
import { describe, expect, it } from 'vitest'
import type { Place } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'
import { linkClaimPlaces } from './link-claim-places.js'

function places(text: string, ...mentions: string[]): Place[] {
  return mentions.flatMap((m) => {
    const out: Place[] = []
    for (let i = text.indexOf(m); i >= 0; i = text.indexOf(m, i + 1)) {
      out.push({ mention: m, span: [i, i + m.length], id: `id-${m}`, name: m, admin1: null, country: 'UA', lat: 48, lon: 37, kind: 'settlement', confidence: 0.9, alternatives: [] })
    }
    return out
  })
}

/** The places of the claims whose text contains `words`. */
function placesOf(text: string, mentions: string[], words: string): string[][] {
  const r = extractClaims({ id: 'd', text, lang: 'en', publishedAt: '2026-11-18', outlet: 'Test Wire' })
  const ps = places(text, ...mentions)
  return linkClaimPlaces(text, r.value.claims, r.value.anchors, ps)
    .filter((c) => text.slice(c.span[0], c.span[1]).includes(words))
    .map((c) => c.places.map((i) => ps[i]!.name))
}

describe('a described pointer or a town part means the settlement last told', () => {
  it.each([
    ['Russian infantry reached the outskirts of Bilozerka on Monday. A glide bomb destroyed the school in this farming town on Tuesday.', 'destroyed'],
    ['Russian troops pushed into Bilozerka last week. A drone struck a bus near the central square on Sunday.', 'struck'],
    ['Russian troops pushed into Bilozerka last week. Shelling destroyed two houses in the town centre overnight.', 'destroyed'],
    ['Russian forces shelled Bilozerka again. Drones also hit a pharmacy in the embattled town.', 'hit'],
  ])('%s', (text, words) => {
    const got = placesOf(text, ['Bilozerka'], words)
    expect(got.length).toBeGreaterThan(0)
    for (const names of got) expect(names).toEqual(['Bilozerka'])
  })

  it('a neighbouring village is not the one last told', () => {
    const got = placesOf('Russian troops pushed into Bilozerka last week. Drones hit a farm in the neighbouring village on Sunday.', ['Bilozerka'], 'hit')
    for (const names of got) expect(names).not.toEqual(['Bilozerka'])
  })
})
