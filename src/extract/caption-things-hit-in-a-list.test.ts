import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Round 23 (dev-pool work sample: buildings listed with "and", or named after a colon, before "destroyed"
// came out as a strike plus equipment lost): the participle after things hit is their strike (109), told
// once (46); the lexicon's "destroyed" is no loss of equipment there. A list of things hit joined by "and"
// is one phrase, and a colon opens a new one (lexicon/en-caption-frames.ts participleAfterFrame).
// Sentences of our own, in no gold file.
function kinds(text: string): string[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-05-10', outlet: 'CIR' })
  return value.claims.map((c) => c.kind)
}

describe('things hit listed with "and" before the participle are one strike', () => {
  it.each([
    'Pharmacy and kindergarten destroyed by shelling',
    'Library and residential blocks heavily damaged after the strike',
    'Market and bus station destroyed',
    'School and several houses damaged by a missile.',
  ])('%s', (text) => {
    expect(kinds(text)).toEqual(['strike'])
  })
})

describe('a colon opens the phrase of the thing hit', () => {
  it.each([
    'Aftermath of the missile attack on the port: grain terminal destroyed',
    'After the shelling of the embankment: Riviera sanatorium destroyed',
  ])('%s', (text) => {
    expect(kinds(text)).toEqual(['strike'])
  })
})

describe('equipment listed with "and" stays equipment lost', () => {
  it.each([
    'Russian tank and two BMPs destroyed by artillery',
    'Ukrainian howitzer and truck destroyed near the river',
  ])('%s', (text) => {
    expect(kinds(text)).toEqual(['casualties'])
  })
})
