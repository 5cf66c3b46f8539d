import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Round 21 wave 2 (conventions 112, 122): a vehicle on fire is equipment lost, with its side only when the
// caption says whose (a side named in a phrase before "and" is that phrase's); equipment "being shelled" or
// "being hit" as the footage runs is its owner's loss, not a strike. A car on fire after an accident, or a
// house being shelled, is no loss of equipment. Sentences of our own.
function claims(text: string): { kind: string; side: string | null }[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-03-20', outlet: 'CIR' })
  return value.claims.map((c) => ({ kind: c.kind, side: c.actorSide }))
}

describe('a vehicle on fire', () => {
  it.each(['vehicle on fire', 'Smoke rising and vehicle on fire', 'Russian troops on the move and vehicle on fire'])('%s: a loss of no side', (text) => {
    expect(claims(text).filter((c) => c.kind === 'casualties')).toEqual([{ kind: 'casualties', side: null }])
  })

  it('the side said on the vehicle itself is the loser', () => {
    expect(claims('Russian troops in Bucha and Ukrainian vehicle on fire')).toContainEqual({ kind: 'casualties', side: 'RU' })
  })

  it.each(['Car on fire after an accident', 'Burning car in a courtyard'])('%s: no loss', (text) => {
    expect(claims(text).map((c) => c.kind)).not.toContain('casualties')
  })
})

describe('equipment being shelled', () => {
  it.each([
    ['Russian armour being shelled', 'UA'],
    ['Ukrainian vehicles being shelled near Izium', 'RU'],
    ['Ukrainian tanks being hit by artillery near Lyman', 'RU'],
  ])('%s: the owner loses it', (text, side) => {
    expect(claims(text)).toEqual([{ kind: 'casualties', side }])
  })

  it('houses being shelled are a strike', () => {
    expect(claims('Houses being shelled in Kharkiv').map((c) => c.kind)).toEqual(['strike'])
  })
})
