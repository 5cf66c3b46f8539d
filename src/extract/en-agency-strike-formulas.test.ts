import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Strikes the wire and agency headlines tell in words the lexicon lacked: the Russian MoD's "defeated the
// forces of the AFU" and "dealt a massive blow to" (convention 84), the headline present after a plural
// force ("Separatists fire on army positions", "Kiev troops shell DPR settlement"), a "terrorist attack"
// in the occupation's words (72 gives its side), and the side of a weapon only one army fields ("HIMARS
// strike on Melitopol": Ukraine's). Sentences of our own, in no gold file.
function claims(text: string, outlet = 'Unified news feed'): string[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-10-02', outlet })
  return value.claims.map((c) => `${c.kind}:${c.actorSide ?? '-'}${c.quantity ? `:${c.quantity.value}` : ''}`)
}

describe('the MoD formulas', () => {
  it.each([
    ['Russian troops defeated the forces of the AFU near Kupyansk in a day', 'strike:RU'],
    ['The Russian Aerospace Forces dealt a powerful blow to the Armed Forces of Ukraine near Izyum', 'strike:RU'],
    ['Our aviation delivered a massive strike on the units of the AFU in the Kherson region', 'strike:RU'],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual([expected])
  })

  it('does not read a defeat in an election or a match as a strike', () => {
    expect(claims('The ruling party defeated the forces of the opposition in the vote', 'Reuters')).toEqual([])
  })
})

describe('the headline present after a plural force', () => {
  it.each([
    ['Separatists fire on Ukrainian positions 14 times overnight', 'strike:RU:14'],
    ['Russian troops shell Nikopol with heavy artillery', 'strike:RU'],
    ['Rebels shell a village near Avdiivka', 'strike:RU'],
  ])('%s', (text, expected) => {
    expect(claims(text, 'Reuters')).toEqual([expected])
  })

  it('leaves the noun alone', () => {
    expect(claims('A shell fragment was found in the yard', 'Reuters')).toEqual([])
    expect(claims('Crews came to fire on the hill to train', 'Reuters')).toEqual([])
  })
})

describe('a terrorist attack in the occupation’s words', () => {
  it('is a strike of the other side', () => {
    expect(claims('Terrorist attack in Melitopol: a car blew up near the police station')).toEqual(['strike:UA'])
  })

  it('is no claim as an accusation ("accuses … of terrorist acts")', () => {
    expect(claims('Moscow accuses Kyiv of terrorist acts', 'Reuters')).not.toContain('strike:UA')
  })
})

describe('a weapon only one side fields', () => {
  it.each([
    ['HIMARS strike on Nova Kakhovka destroys Russian ammunition depot', 'strike:UA'],
    ['Iskander missile hits railway station in Kramatorsk', 'strike:RU'],
  ])('%s', (text, expected) => {
    expect(claims(text, 'Reuters')[0]).toBe(expected)
  })
})
