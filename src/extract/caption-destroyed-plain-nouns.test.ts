import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Round 22 (dev-pool sample: "Destroyed <a noun no list names>" came out as equipment lost): a caption's
// participle of damage before a plain noun is a thing hit, a `strike` (109), unless the noun is equipment
// (lists and model names: 112, 75); before a thing hit whose strike the caption names, the participle is no
// loss besides (lexicon/en-caption-frames.ts participleBeforeFrame). Sentences of our own, in no gold file.
function kinds(text: string): string[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-04-20', outlet: 'CIR' })
  return value.claims.map((c) => c.kind)
}

describe('a participle of damage before a plain noun is a strike', () => {
  it.each([
    'Destroyed footbridge over the ravine',
    'Destroyed greenhouses outside the village',
    'Damaged warehouses of the bakery',
    'Destroyed cafeteria of the technical college',
  ])('%s', (text) => {
    expect(kinds(text)).toEqual(['strike'])
  })

  it('the strike the caption names tells it once', () => {
    expect(kinds('Destroyed gymnasium after an artillery strike')).toEqual(['strike'])
  })
})

describe('equipment stays equipment lost', () => {
  it.each([
    'Destroyed Ukrainian Humvee by the road',
    'Destroyed military equipment in a field',
    'Destroyed BTR-82A near the bridge',
  ])('%s', (text) => {
    expect(kinds(text)).toEqual(['casualties'])
  })
})

// (Same sample: "Image 1: impact crater at …" gave nothing, where "Impact crater at …" gave the strike.)
describe('a crater named with its kind after a footage label', () => {
  it.each(['Image 4: impact crater beside the tram depot', 'Video 2: blast crater in the courtyard of a clinic'])('%s is a strike', (text) => {
    expect(kinds(text)).toEqual(['strike'])
  })
})
