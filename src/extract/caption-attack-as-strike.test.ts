import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Round 22: in a war monitor's caption "attack" is mostly a strike seen, its aftermath, or equipment hit
// (caption-attack-kind.ts; conventions 112, 75). A ground assault stays one when troops attack with no
// weapon of fire and no site or equipment as the target. Sentences of our own, in no gold file.
function kinds(text: string, outlet: string | null = 'CIR'): { kind: string; side: string | null }[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-05-10', outlet })
  return value.claims.map((c) => ({ kind: c.kind, side: c.actorSide }))
}

describe('a caption attack by a weapon of fire is a strike', () => {
  it.each([
    ['Russian mortar attack on a farm', 'RU'],
    ['Ukrainian artillery attacking a Russian trench line', 'UA'],
    ['Russian troops attacking Ukrainian positions with anti-tank missiles', 'RU'],
    ['Ukrainian drones attack Russian positions at dawn', 'UA'],
  ])('%s', (text, side) => {
    expect(kinds(text)).toEqual([{ kind: 'strike', side }])
  })
})

describe('an attack seen in its aftermath or on a site is a strike', () => {
  it.each([
    'Aftermath of an overnight attack on the grain terminal',
    'Aftermath of an attack on a bakery',
    'Attack on the fuel depot',
    'Chemical plant under attack',
    'Warehouse attacked at night',
  ])('%s', (text) => {
    expect(kinds(text).map((c) => c.kind)).toEqual(['strike'])
  })

  it('with no outlet too, when the text reads as a caption', () => {
    expect(kinds('Aftermath of an overnight attack on the grain terminal', null).map((c) => c.kind)).toEqual(['strike'])
  })
})

describe('an attack on military equipment is equipment lost', () => {
  it.each([
    ['Drone attack on a Russian tank near the treeline', 'UA'],
    ['Artillery attack on a Ukrainian APC', 'RU'],
    ['Footage of Ukrainian troops attacking two Russian BMPs', 'UA'],
  ])('%s', (text, side) => {
    expect(kinds(text)).toEqual([{ kind: 'casualties', side }])
  })
})

describe('what stays a ground assault', () => {
  it.each([
    'Russian infantry attack Ukrainian positions near the forest',
    'Failed Russian attack on the village',
  ])('%s', (text) => {
    expect(kinds(text).map((c) => c.kind)).toEqual(['assault'])
  })

  it('outside a caption, the usual reading holds', () => {
    expect(kinds('Russian forces launched an attack on the outskirts of the town, the General Staff said.', 'Reuters').map((c) => c.kind)).toEqual(['assault'])
  })
})
