import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Round 21 wave 2 (convention 121): a launch seen from the launching end ("missiles being fired", "MLRS
// launch clouds", "TOS-1 launch and impact in X") is a `strike`, the side named or none. A launch with no
// munition or trace of one (a product, a corridor) is nothing. Sentences of our own.
function claims(text: string): { kind: string; side: string | null }[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-05-02', outlet: 'CIR' })
  return value.claims.map((c) => ({ kind: c.kind, side: c.actorSide }))
}

describe('launches seen are strikes', () => {
  it.each([
    ['Ukrainian HIMARS being fired', 'UA'],
    ['Russian Grad rockets launched from a field', 'RU'],
    ['Russian cruise missiles fired at Odesa', 'RU'],
    ['Russian missles being fired from a launcher', 'RU'],
  ])('%s', (text, side) => {
    expect(claims(text)).toEqual([{ kind: 'strike', side }])
  })

  it.each(['Tornado launch clouds', 'MLRS launch trails over the fields', 'Multiple rockets being launched at night', 'Rocket launch from the forest'])('%s: no side named', (text) => {
    expect(claims(text).map((c) => c.kind)).toEqual(['strike'])
  })

  it('a launch and its impact at a place are one strike', () => {
    expect(claims('TOS-1 launch and impact in Marinka').map((c) => c.kind)).toEqual(['strike'])
  })
})

describe('what is no launch', () => {
  it.each(['Launch of the new grain corridor', 'The launch of a fundraiser for the hospital', 'Missiles on a train near the border'])('%s: no strike', (text) => {
    expect(claims(text).map((c) => c.kind)).not.toContain('strike')
  })
})
