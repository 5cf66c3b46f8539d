import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Round 20: a caption tells a strike by its aftermath in more ways than a noun of damage opening it
// (lexicon/en-caption-frames.ts): what the footage shows after a verb of showing, the damaged thing
// named before the noun ("bridge destruction"), a munition found where it came down, an explosion
// named as a fire's cause, smoke over a site, and the dead it shows. Sentences of our own.
function claims(text: string, outlet = 'CIR'): { kind: string; side: string | null; quantity: number | null }[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-04-20', outlet })
  return value.claims.map((c) => ({ kind: c.kind, side: c.actorSide, quantity: c.quantity?.value ?? null }))
}

describe('strikes told by their aftermath', () => {
  it.each([
    'New photos from Sunday showing heavy destruction in Rubizhne',
    'A local journalist showed the destruction of the railway depot',
    'Drone view of school destruction in Okhtyrka',
    'Wedespread destruction around the stadium',
    'Grad rocket embedded in a courtyard',
    'Two cluster warheads impacted near the playground',
    'Iskander missile impact next to the station',
    'Warehouse on fire after an explosion',
    'Smoke plumes rising from the airbase',
    'Photo: damage to a hostel in the city centre',
  ])('%s', (text) => {
    expect(claims(text).map((c) => c.kind)).toEqual(['strike'])
  })

  it.each(['Rocket launcher seen in a field', 'Missile parade rehearsal on the square', 'Smoke plumes from a chimney'])('%s is none', (text) => {
    expect(claims(text, 'Evening Gazette').filter((c) => c.kind === 'strike')).toEqual([])
  })
})

describe('the dead a caption shows', () => {
  it.each([
    ['Deceased Ukrainian soldiers in a trench', 'casualties', 'RU', null],
    ['Three deceased civilians near the bus stop', 'casualties', null, 3],
  ])('%s', (text, kind, side, quantity) => {
    expect(claims(text)).toEqual([{ kind, side, quantity }])
  })
  it('a deceased relative in an obituary is no toll of the war', () => {
    expect(claims('Deceased uncle remembered by the family', 'Evening Gazette')).toEqual([])
  })
})

describe('details of the strike just told (46)', () => {
  it.each([
    'Missile hit a residential block. Big crater.',
    'Damage to a shopping centre. Impact marks visible.',
    'Shelling of a dormitory. Heavy damage to the upper floors.',
  ])('%s: one claim', (text) => {
    expect(claims(text).map((c) => c.kind)).toEqual(['strike'])
  })
  it('a later sentence that names a new place is a new strike', () => {
    expect(claims('Damage to a clinic. Damage to a kindergarten in Balakliia').map((c) => c.kind)).toEqual(['strike', 'strike'])
  })
  it('a building destroyed in a strike is that strike, no loss besides', () => {
    expect(claims('Office of the regional council destroyed in an airstrike').map((c) => c.kind)).toEqual(['strike'])
  })
})
