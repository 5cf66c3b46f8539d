import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Round 23 (dev-pool work sample: a side's flag told in a passive with its auxiliary, "flag being raised
// on", or named by its side after it, "Flag of Ukraine raised at", gave nothing): a flag raised on a
// building or at a place is that side's `advance` there (110, 120; lexicon/en-caption-frames.ts
// presenceFrame). A flag named by its side and shown with no verb of raising is no claim (a rally's flag).
// Sentences of our own, in no gold file.
function claims(text: string): { kind: string; side: string | null }[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-09-12', outlet: 'CIR' })
  return value.claims.map((c) => ({ kind: c.kind, side: c.actorSide }))
}

describe('a flag raised in a passive with its auxiliary', () => {
  it.each([
    ['Russian flag being raised on the school in Kozacha Lopan', 'RU'],
    ['A Ukrainian flag is hoisted over the village council of Hrakove', 'UA'],
    ['Ukrainian flag being hung on the police station', 'UA'],
  ])('%s', (text, side) => {
    expect(claims(text)).toEqual([{ kind: 'advance', side }])
  })
})

describe('a flag named by its side after it', () => {
  it.each([
    ['Flag of Ukraine raised at the town hall of Balakliia', 'UA'],
    ['Flag of Russia hoisted over the administration building in Kupiansk', 'RU'],
  ])('%s', (text, side) => {
    expect(claims(text)).toEqual([{ kind: 'advance', side }])
  })

  it.each(['Flag of Ukraine on display at a rally in Kherson', 'Flag of Ukraine carried by protesters in the square'])('%s: no verb of raising, no claim', (text) => {
    expect(claims(text)).toEqual([])
  })
})
