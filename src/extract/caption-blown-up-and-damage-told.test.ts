import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Round 21: a bridge or building "blown up" in a caption (reduced or full passive) was struck (109), and
// equipment blown up is lost; "damage sustained to", "destruction caused to" a building is damage told
// (the verb stands between the noun and its link). Combat training, exercises and drills are no fighting.
// Sentences of our own.
function claims(text: string): { kind: string; side: string | null }[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-05-02', outlet: 'CIR' })
  return value.claims.map((c) => ({ kind: c.kind, side: c.actorSide }))
}

describe('blown up', () => {
  it.each([
    ['Road bridge over the river blown up', 'strike'],
    ['The dam near the village was blown up overnight', 'strike'],
    ['Russian ammunition truck blown up on the highway', 'casualties'],
  ])('%s', (text, kind) => {
    expect(claims(text).map((c) => c.kind)).toEqual([kind])
  })

  it('a force blown up is no building struck', () => {
    expect(claims('Soldiers blown up').filter((c) => c.kind === 'strike')).toEqual([])
  })
})

describe('damage told with its verb', () => {
  it.each(['Damage sustained to the town hall', 'Heavy damage caused to a school', 'Destruction inflicted on the railway depot'])('%s', (text) => {
    expect(claims(text).map((c) => c.kind)).toEqual(['strike'])
  })
})

describe('training is no fighting', () => {
  it.each(['Separatist combat training at a firing range', 'Russian troops hold combat exercises near the border', 'Combat drills at the base'])('%s', (text) => {
    expect(claims(text).filter((c) => c.kind === 'assault')).toEqual([])
  })

  it('combat in a town still is', () => {
    expect(claims('Heavy combat in the streets of the town').map((c) => c.kind)).toEqual(['assault'])
  })
})
