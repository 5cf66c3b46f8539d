import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Round 21 wave 2: one event told once. Two participles of one thing ("damaged and destroyed") are one
// claim; a participle inside the subject of the sentence's own passive ("Two destroyed tanks … were
// destroyed in X") is that passive's event. "Surrounding" before a noun of buildings or land is the
// adjective "nearby", no encirclement; "forces surrounding X" still is one. Sentences of our own.
function claims(text: string): { kind: string; side: string | null }[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-04-25', outlet: 'CIR' })
  return value.claims.map((c) => ({ kind: c.kind, side: c.actorSide }))
}

describe('one event told once', () => {
  it.each(['Residential houses damaged and destroyed', 'Shops damaged or destroyed near the market'])('%s: one strike', (text) => {
    expect(claims(text).map((c) => c.kind)).toEqual(['strike'])
  })

  it('a loss named in the subject of its own passive', () => {
    expect(claims('Three destroyed T-72 tanks and a fuel truck, belonging to the Russian army, were destroyed near Izium.')).toEqual([{ kind: 'casualties', side: 'UA' }])
  })

  it('a participle with no passive after it is its own claim', () => {
    expect(claims('Destroyed Russian tanks near Izium').map((c) => c.kind)).toEqual(['casualties'])
  })
})

describe('surrounding is not encircling', () => {
  it.each(['Damage to the surrounding apartment blocks', 'Shelling damaged surrounding houses in Kharkiv', 'Fire spread to the surrounding forest'])('%s: no encirclement', (text) => {
    expect(claims(text).map((c) => c.kind)).not.toContain('encirclement')
  })

  it.each(['Russian forces surrounding Mariupol', 'Ukrainian troops surrounding the town of Lyman'])('%s: an encirclement', (text) => {
    expect(claims(text).map((c) => c.kind)).toEqual(['encirclement'])
  })
})
