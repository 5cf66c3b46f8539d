import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Round 23 (dev-pool samples: "<DPR> <weapon> strike on a building in X" had no side; "<DPR>'s <Nth> Division
// is shelling …" had the side but took the republic's name as the claim's place): the republics' weapons and
// fire right before their noun are Russia's side (convention 24's sides), and a numbered unit of theirs is a
// unit's name, no place (lexicon/en.ts). The republic named as ground keeps no side ("in the DPR during
// shelling by Ukrainian forces"). Sentences of our own.
function claims(text: string): { kind: string; side: string | null; places: number }[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-05-11', outlet: 'CIR' })
  return value.claims.map((c) => ({ kind: c.kind, side: c.actorSide, places: c.places.length }))
}

describe('the republics\' fire is Russia\'s side', () => {
  it.each(['DPR ATGM strike on a house in Novobakhmutivka', 'LPR artillery fire on a school in Zolote', 'DNR mortar shelling of a farm near Vodiane'])('%s', (text) => {
    expect(claims(text).map((c) => c.side)).toEqual(['RU'])
  })

  it('the republic named as ground gives the fire no side of its own', () => {
    expect(claims('A man was wounded in Yasynuvata in the DPR during shelling by Ukrainian forces').map((c) => c.side)).not.toContain('RU')
  })
})

describe('a numbered unit of the republics names no place', () => {
  it('LPR 4th Brigade', () => {
    const { value } = extractClaims({ id: 't', text: "The LPR's 4th Brigade shelling Ukrainian positions", lang: 'en', publishedAt: '2022-05-11', outlet: 'CIR' })
    expect(value.claims.map((c) => [c.kind, c.actorSide])).toEqual([['strike', 'RU']])
  })
})
