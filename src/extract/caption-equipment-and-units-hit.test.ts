import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Round 23 (dev-pool work sample: "artillery fire destroying <side> vehicles near X" and "attack on <side>
// units" came out as strikes): fire a caption tells landing on a side's units, vehicles, tanks or armour is
// that side's loss, `casualties` by the other (112; caption-troops-hit.ts). Positions and bases of a side
// stay strikes. Sentences of our own.
function claims(text: string): { kind: string; side: string | null }[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-06-28', outlet: 'CIR' })
  return value.claims.map((c) => ({ kind: c.kind, side: c.actorSide }))
}

describe('a side\'s units or vehicles hit are its loss', () => {
  it.each([
    ['Mortar fire destroying Ukrainian vehicles at a crossroads near Dovhenke', 'RU'],
    ['Aftermath of a drone attack on Russian units near the river', 'UA'],
    ['Artillery strikes on Russian armour in a tree line', 'UA'],
  ])('%s', (text, side) => {
    expect(claims(text)).toEqual([{ kind: 'casualties', side }])
  })
})

describe('positions and bases stay strikes', () => {
  it.each([
    ['Artillery strikes on Russian vehicle positions near Kozacha Lopan', 'UA'],
    ['Drone attack on Ukrainian positions near Pisky', 'RU'],
  ])('%s', (text, side) => {
    expect(claims(text)).toEqual([{ kind: 'strike', side }])
  })
})
