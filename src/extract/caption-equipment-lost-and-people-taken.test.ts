import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Round 21: equipment a caption shows burning or destroyed after the strike it names is the owner's
// loss, that strike its cause (112); a crashed or downed enemy aircraft, and the wreckage of one, is
// equipment lost by its owner (101, 112); people "taken prisoner" or "captured" in a caption's reduced
// passive are their side's loss, by the other side, counted one when one is named (59). Sentences of
// our own.
function claims(text: string): { kind: string; side: string | null; quantity: string | null }[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-05-02', outlet: 'CIR' })
  return value.claims.map((c) => ({ kind: c.kind, side: c.actorSide, quantity: c.quantity ? `${c.quantity.value} ${c.quantity.unit}` : null }))
}

describe('equipment lost', () => {
  it.each([
    ['Burning Ukrainian APC after an artillery strike', 'RU'],
    ['Smouldering Russian tank after being hit by the 93rd Brigade', 'UA'],
    ['Wreckage of a Russian Su-25 in a field', 'UA'],
    ['Crashed Ukrainian Mi-24 near the village', 'RU'],
    ['Downed Russian helicopter on the riverbank', 'UA'],
  ])('%s', (text, side) => {
    expect(claims(text)).toEqual([{ kind: 'casualties', side, quantity: null }])
  })

  it('the wreckage of a house is a strike', () => {
    expect(claims('Wreckage of a house after the shelling').map((c) => c.kind)).toEqual(['strike'])
  })
})

describe('people taken', () => {
  it.each([
    ['Russian soldier taken prisoner near the bridge', 'UA', '1 soldiers'],
    ['Two Ukrainian marines captured in the port', 'RU', '2 soldiers'],
  ])('%s', (text, side, quantity) => {
    expect(claims(text)).toEqual([{ kind: 'casualties', side, quantity }])
  })

  it('a town captured is no loss of people', () => {
    expect(claims('Village captured by Russian forces').map((c) => c.kind)).not.toContain('casualties')
  })
})
