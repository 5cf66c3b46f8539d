import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Round 22 (34 of the 4,842 dev-pool rows open on "Social media text mentions:"; 3 of 80 sampled): a
// monitor's caption that relays unnamed posts tells what they report (`reported`, as "according to unnamed
// reports"), still in the monitor's voice. Sentences of our own, in no gold file.
function claims(text: string, outlet: string | null = 'CIR'): { kind: string; modality: string }[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-05-20', outlet })
  return value.claims.map((c) => ({ kind: c.kind, modality: c.modality }))
}

describe('a caption relaying unnamed posts reports them', () => {
  it.each([
    'Social media text mentions: Ukrainian artillery strike on a Russian depot near Tokmak',
    'Local Telegram channels report: explosions at the airfield in Melitopol',
    'Social media posts claim: damage to the power station in Nova Kakhovka',
  ])('%s', (text) => {
    expect(claims(text).map((c) => c.modality)).toEqual(['reported'])
  })
})

describe('what stays asserted', () => {
  it('the same caption with no such label', () => {
    expect(claims('Ukrainian artillery strike on a Russian depot near Tokmak').map((c) => c.modality)).toEqual(['asserted'])
  })

  it('a label of the footage, not of a source', () => {
    expect(claims('Video 2: damage to the power station in Nova Kakhovka').map((c) => c.modality)).toEqual(['asserted'])
  })

})
