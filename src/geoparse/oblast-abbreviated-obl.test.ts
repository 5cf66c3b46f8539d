// "Obl" is how UCDP's location lines (and some wire copy) shorten "Oblast": "Luhansk Obl", "Donetsk Obl.".
// The oblast's stem alone is also its capital's name, so without the abbreviation among the oblast's names
// the city was found instead (76 UCDP rows of 2014-2022). Sentences written by the team; run against the
// shipped gazetteer (data/gazetteer).
import { beforeAll, describe, expect, it } from 'vitest'
import { type Gazetteer, geoparseText, loadGazetteer } from './index.js'

let g: Gazetteer
beforeAll(() => {
  g = loadGazetteer()
})

const ids = (text: string): string[] => geoparseText(text, g, { publishedAt: '2015-02-01' }).value.map((p) => `${p.kind}:${p.name}`)

describe('an oblast written with "Obl" is the oblast', () => {
  it.each([
    ['Two soldiers were killed in shelling, Luhansk Obl.', 'region:Luhansk Oblast'],
    ['Mortar fire near the line in Donetsk Obl overnight.', 'region:Donetsk Oblast'],
    ['A checkpoint came under fire in Kharkiv Obl., the police said.', 'region:Kharkiv Oblast'],
    ['Border guards reported drones over Sumy Obl on Tuesday.', 'region:Sumy Oblast'],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual([expected])
  })
})

describe('the city without "Obl" stays the city', () => {
  it.each([
    ['Shelling hit a market in Luhansk, two people died.', 'settlement:Luhansk'],
    ['Explosions were heard in Donetsk overnight.', 'settlement:Donetsk'],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual([expected])
  })
})
