import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Round 22 (dev-pool sample: "A Russian BMP … was struck by an ATGM" came out a strike): equipment struck,
// told in a full passive with its agent, is its owner's loss (`casualties`, 112 and 75), as the verbless
// caption's "Russian tank hit by …" already was; a place or a building struck stays a strike.
// Sentences of our own, in no gold file.
function claims(text: string, outlet = 'CIR'): { kind: string; side: string | null }[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-07-02', outlet })
  return value.claims.map((c) => ({ kind: c.kind, side: c.actorSide }))
}

describe('equipment struck in a full passive is its loss', () => {
  it.each([
    ['A Ukrainian howitzer was hit by a Lancet drone', 'RU'],
    ['Two Russian trucks were struck by HIMARS rockets near the depot', 'UA'],
  ])('%s', (text, side) => {
    expect(claims(text)).toEqual([{ kind: 'casualties', side }])
  })
})

describe('what stays a strike', () => {
  it.each([
    'The town hall was hit by a missile',
    'Russian positions were struck by mortars',
  ])('%s', (text) => {
    expect(claims(text).map((c) => c.kind)).toEqual(['strike'])
  })
})
