import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Round 22: a monitor's caption of the dead shown (bodies, corpses, graves) is a `casualties` claim,
// counted when the caption counts (59); only in a monitor's feed or a text that reads as its caption
// (lexicon/en-caption-dead.ts). Sentences of our own, in no gold file.
function claims(text: string, outlet: string | null = 'CIR'): { kind: string; quantity: number | null }[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-04-12', outlet })
  return value.claims.map((c) => ({ kind: c.kind, quantity: c.quantity?.value ?? null }))
}

describe('the dead shown in a caption are a toll', () => {
  it.each([
    ['Corpses on the road out of the village', null],
    ['Three bodies beside a wrecked minibus', 3],
    ['Makeshift graves in a school yard', null],
    ['A body lying at the bus stop', null],
    ['Exhumation at a mass grave behind the church', null],
  ])('%s', (text, quantity) => {
    const got = claims(text)
    expect(got.map((c) => c.kind)).toEqual(['casualties'])
    if (quantity !== null) expect(got[0]!.quantity).toBe(quantity)
  })

  it('with no outlet, when the text reads as a caption', () => {
    expect(claims('Corpses on the road out of the village', null).map((c) => c.kind)).toEqual(['casualties'])
  })
})

describe('what shows no dead', () => {
  it.each([
    'Body armour left in a trench',
    'The body of the truck riddled with shrapnel',
    'Graves ploughed up by tank tracks? No: a new playground in the park',
  ])('%s', (text) => {
    expect(claims(text).filter((c) => c.kind === 'casualties')).toEqual([])
  })

  it('outside a monitor feed, bodies in an article are no toll of their own', () => {
    expect(claims('The local council said the bodies were handed over to relatives on Monday.', 'Some paper')).toEqual([])
  })
})

// Prisoners of war shown are people taken: the side named on them lost them, the other side took them.
describe('prisoners shown in a caption', () => {
  function sides(text: string): { kind: string; side: string | null }[] {
    const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-04-12', outlet: 'CIR' })
    return value.claims.map((c) => ({ kind: c.kind, side: c.actorSide }))
  }

  it.each([
    ['Russian POWs led along a village street', 'UA'],
    ['Ukrainian POWs at a filtration camp', 'RU'],
  ])('%s', (text, side) => {
    expect(sides(text)).toEqual([{ kind: 'casualties', side }])
  })

  it('a swap or a release takes no one that day', () => {
    expect(sides('Prisoner swap on the border bridge').filter((c) => c.kind === 'casualties')).toEqual([])
  })
})
