import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Counts of fire told by the Ukrainian command in the agencies' English ("completed 160 fire missions",
// "aviation and artillery worked against the enemy 15 times") are one `strike` with the count as `other`
// (convention 94), not a toll. Sentences of our own, in no gold file.
function claims(text: string): string[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2023-05-02', outlet: 'Ukrinform' })
  return value.claims.map((c) => `${c.kind}:${c.actorSide ?? '-'}:${c.quantity ? `${c.quantity.value} ${c.quantity.unit}` : '-'}`)
}

describe('counts of fire missions', () => {
  it.each([
    ['In the Tavria direction, the Defense Forces completed 212 fire missions over the day', 'strike:UA:212 other'],
    ['Ukrainian artillery carried out more than 90 fire tasks near Bakhmut', 'strike:UA:90 other'],
    ['During the day, aviation and artillery of the Defense Forces worked against the enemy 31 times', 'strike:UA:31 other'],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual([expected])
  })

  it('gives no claim for a mission that is no fire', () => {
    expect(claims('The rescue mission was completed in 12 hours')).toEqual([])
    expect(claims('Volunteers completed 40 delivery missions to Kharkiv')).toEqual([])
    expect(claims('Doctors worked on the enemy soldier for hours')).toEqual([])
  })
})
