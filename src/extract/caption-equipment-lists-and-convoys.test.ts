import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Round 22 (dev-pool sample: "<side> convoy destroyed near X" and "<side> tank and two BMPs destroyed" came
// out as the owner's own act): a participle after a side's convoy or column, or after a list of its
// equipment with a count or a plain vehicle word in it, is the equipment's loss (112, 75), done by the
// other side (lexicon/en-caption-frames.ts). Sentences of our own, in no gold file.
function claims(text: string): { kind: string; side: string | null }[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-03-20', outlet: 'CIR' })
  return value.claims.map((c) => ({ kind: c.kind, side: c.actorSide }))
}

describe('a side\'s convoy, column or equipment list with a participle after it is its loss', () => {
  it.each([
    ['Russian supply convoy destroyed on the highway', 'UA'],
    ['Ukrainian column hit near the bridge', 'RU'],
    ['Russian BMD and truck destroyed in a field', 'UA'],
    ['Russian tank and three BTRs destroyed near the school', 'UA'],
    ['Ukrainian howitzer and 2x trucks destroyed', 'RU'],
  ])('%s', (text, side) => {
    expect(claims(text)).toEqual([{ kind: 'casualties', side }])
  })
})

describe('what is no loss', () => {
  it('a convoy that destroys something is the actor', () => {
    expect(claims('Russian convoy destroyed a footbridge while passing')).not.toContainEqual({ kind: 'casualties', side: 'UA' })
  })

  it('a convoy seen moving is no claim', () => {
    expect(claims('Russian convoy moving through the village')).toEqual([])
  })
})
