import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Round 21 wave 2 (convention 114): a crime against civilians by one side, looting or crowd weapons
// (smoke bombs, tear gas, stun grenades) thrown at people, is `other` by that side; "allegedly" makes it
// `reported` (78). Looting with no side named is private theft, no claim; smoke grenades in a fight with
// no crowd are no crime. Sentences of our own.
function claims(text: string): { kind: string; side: string | null; modality: string }[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-11-05', outlet: 'CIR' })
  return value.claims.map((c) => ({ kind: c.kind, side: c.actorSide, modality: c.modality }))
}

describe('crimes by one side', () => {
  it.each([
    ['Russian soldiers looting a shop in Bucha', 'RU'],
    ['Shops looted by Russian troops in Trostianets', 'RU'],
    ['Russians plundering the regional library in Kherson', 'RU'],
    ['Russian military throwing smoke bombs', 'RU'],
    ['Russian troops using tear gas on protesters in Nova Kakhovka', 'RU'],
    ['Russian soldiers throwing stun grenades at a rally in Kherson', 'RU'],
  ])('%s', (text, side) => {
    expect(claims(text)).toEqual([{ kind: 'other', side, modality: 'asserted' }])
  })

  it('allegedly is reported', () => {
    expect(claims('Russians allegedly looting the city museum of Melitopol')).toEqual([{ kind: 'other', side: 'RU', modality: 'reported' }])
  })
})

describe('what is no crime of a side', () => {
  it.each(['Looting in Kharkiv', 'Shops looted overnight in Odesa', 'Ukrainian soldiers throwing smoke grenades'])('%s: no claim', (text) => {
    expect(claims(text)).toEqual([])
  })
})
