import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// A gain told as tried, or undone within the same sentence, is the attacker's `assault` (conventions 4,
// 50, 68; attempted-gains.ts), whatever gain word the lexicon reads after the attempt verb. Sentences of
// our own, in no gold file.
function claims(text: string): string[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2026-03-12', outlet: 'Reuters' })
  return value.claims.map((c) => `${c.kind}:${c.actorSide ?? '-'}:${c.modality}`)
}

describe('gains told as tried', () => {
  it.each([
    ['Russian assault groups had three times tried since last Friday to sneak across the river near Bilohorivka.', 'assault:RU:asserted'],
    ['Ukrainian marines attempted a river crossing near Krynky overnight.', 'assault:UA:asserted'],
    ['Analysts expect Russian forces to attempt an envelopment of Orikhiv in the spring.', 'assault:RU:expected'],
    ['Russian units will likely try outflanking Siversk from the south.', 'assault:RU:expected'],
    ['Ukrainian troops sought repeatedly to infiltrate the outskirts of Svatove.', 'assault:UA:asserted'],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual([expected])
  })

  it('reads a gain undone in the same sentence as the attempt and its repulse', () => {
    expect(claims('Russian infantry got as far as the edge of Novoserhiivka on Saturday but were pushed back by the 47th Brigade before nightfall.')).toEqual(['assault:RU:asserted', 'repelled:UA:asserted'])
    expect(claims('Ukrainian soldiers attempted another landing near Kherson and were driven back by Russian marines.')).toEqual(['assault:UA:asserted', 'repelled:RU:asserted'])
  })

  it('keeps gains that were made', () => {
    expect(claims('Russian troops tried for weeks and finally managed to enter Toretsk.')).toEqual(['advance:RU:asserted'])
    expect(claims('Russian forces entered the eastern districts of Toretsk and beat back a counterattack.')).toEqual(['advance:RU:asserted', 'repelled:RU:asserted'])
    expect(claims('Ukrainian units pushed into the village after trying twice, and held it.')[0]).toBe('advance:UA:asserted')
  })
})
