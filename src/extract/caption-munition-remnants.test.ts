import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Round 21: a munition's remnant shown where it fell is the strike that put it there (convention 109),
// with a verb of coming down ("tail section lodged in", "remnant landing in") or none ("Missile debris
// near the school", "Unexploded shell in a yard"). Parts carried on a vehicle or a train, and munitions
// named with no place, are no strike. A building destroyed by a strike the caption names is that strike,
// no loss besides (46). Sentences of our own.
function claims(text: string): { kind: string; side: string | null }[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-04-02', outlet: 'CIR' })
  return value.claims.map((c) => ({ kind: c.kind, side: c.actorSide }))
}

describe("a munition's remains where it came down", () => {
  it.each([
    'Uragan rocket tail section lodged in a courtyard',
    'Possible cluster munition casing lying on the road near the clinic',
    'Missile debris next to a petrol station',
    'Image 2: Bomb fragments in the yard of a house',
    'Unexploded shell in a garden',
    'Rocket motor from the munition in a field behind the school',
  ])('%s', (text) => {
    expect(claims(text).map((c) => c.kind)).toEqual(['strike'])
  })

  // ("Rocket launch from the forest" left this list in round 21: a launch seen is a strike, convention 121; caption-launches-seen.test.ts.)
  it.each(['Missile parts on a truck', 'Rocket fragments on a train platform', 'Iskander missiles in Belarus'])('%s: no strike', (text) => {
    expect(claims(text).filter((c) => c.kind === 'strike')).toEqual([])
  })
})

describe('a building destroyed by the strike told', () => {
  it.each([
    ['Apartment block destroyed by shelling', null],
    ['Village shop destroyed by Russian artillery fire', 'RU'],
  ])('%s: one strike', (text, side) => {
    expect(claims(text)).toEqual([{ kind: 'strike', side }])
  })
})
