import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Round 22 (dev-pool sample: 3 of 80 sampled rows and 3 of 40 held out showed a side present with no
// claim): a side's positions, checkpoint or single soldier at a named place, and a force patrolling or
// guarding a place named as its object, are that side's presence: `control` there, an `advance` for a
// part of a town (conventions 110, 120; lexicon/en-caption-frames.ts presenceFrame). Sentences of our
// own, in no gold file.
function claims(text: string): { kind: string; side: string | null }[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-06-20', outlet: 'CIR' })
  return value.claims.map((c) => ({ kind: c.kind, side: c.actorSide }))
}

describe('a side present at a named place', () => {
  it.each([
    ['Russian positions on the edge of Dudchany', 'control', 'RU'],
    ['Ukrainian checkpoint outside Bilozerka', 'control', 'UA'],
    ['Russian soldier standing at the war memorial in Nova Kakhovka', 'control', 'RU'],
    ['Russian troops patrolling the central square of Enerhodar', 'control', 'RU'],
    ['Ukrainian soldiers guarding southern Lysychansk', 'advance', 'UA'],
  ])('%s', (text, kind, side) => {
    expect(claims(text)).toEqual([{ kind, side }])
  })
})

describe('what is no presence', () => {
  it.each([
    'Ukrainian positions near the river',
    'Russian soldier in Belarus',
    'Russian troops patrolling',
  ])('%s: no settlement, or a country', (text) => {
    expect(claims(text)).toEqual([])
  })

  it('positions struck are a strike, not presence', () => {
    expect(claims('Russian positions in Dudchany hit by Ukrainian artillery').map((c) => c.kind)).toEqual(['strike'])
  })
})
