import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Round 23 (dev-pool work sample: "<side> strikes on alleged <side> forces" came out asserted): a hedge on whose
// the target was, which is what gives the claim its side, makes it `reported` (convention 125); a hedge on what
// was hit ("a reported school") or none leaves it asserted (lexicon/en.ts). Sentences of our own.
function modalities(text: string): string[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-05-28', outlet: 'CIR' })
  return value.claims.map((c) => c.modality)
}

describe('a hedge on whose the target was', () => {
  it.each([
    'Ukrainian drone strike on alleged Russian positions near the forest',
    'Russian artillery hitting alleged Ukrainian troops in a village',
    'Shelling of alleged DPR positions',
  ])('%s is reported', (text) => {
    expect(modalities(text)).toEqual(['reported'])
  })
})

describe('no hedge on the owner', () => {
  it.each(['Ukrainian drone strike on Russian positions near the forest', 'Russian artillery hitting Ukrainian troops in a village'])('%s stays asserted', (text) => {
    expect(modalities(text)).toEqual(['asserted'])
  })
})
