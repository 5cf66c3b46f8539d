import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Round 23 (dev-pool work sample: "a column of <side> tanks entering <part of a town>" gave nothing, as
// "<side> IFVs in <town>" did): a side's armour in a named settlement holds it (`control`,
// 120, 127); entering it, or standing in a part of it by the compass, is an `advance` there (110, 120;
// lexicon/en-caption-frames.ts vehicleInStreetsFrame, vehiclePresence). Armour moving, in a country or a
// region, or doing something the caption tells (hit, firing) is not presence, nor are plain vehicles or
// equipment (trucks parked, caption-force-presence.test.ts). Sentences of our own.
function claims(text: string): { kind: string; side: string | null }[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-03-12', outlet: 'CIR' })
  return value.claims.map((c) => ({ kind: c.kind, side: c.actorSide }))
}

describe('a side\'s armour in a named settlement holds it', () => {
  it.each([
    ['Russian tanks in Hostomel', 'RU'],
    ['Russian IFVs in Novoaidar, Luhansk Oblast', 'RU'],
    ['Ukrainian armoured vehicles inside Balakliia', 'UA'],
  ])('%s', (text, side) => {
    expect(claims(text)).toEqual([{ kind: 'control', side }])
  })
})

describe('entering it, or in a part of it, is an advance there', () => {
  it.each([
    ['A column of Russian tanks entering eastern Vorzel', 'RU'],
    ['Ukrainian BMPs entering Vysokopillia', 'UA'],
    ['Russian tanks in northern Kreminna', 'RU'],
  ])('%s', (text, side) => {
    expect(claims(text)).toEqual([{ kind: 'advance', side }])
  })
})

describe('no presence', () => {
  it.each([
    'Russian army trucks rolling through Belarus',
    'Russian tanks in Crimea',
    'Russian equipment on the highway',
    'Russian military equipment in Novoaidar',
    'Ukrainian military vehicles in Izium',
    'Tanks in Kupiansk',
    'Russian tanks heading towards Sumy',
  ])('%s', (text) => {
    expect(claims(text)).toEqual([])
  })

  it('armour hit in a town is its loss, not presence', () => {
    expect(claims('Russian tanks in Trostianets hit by artillery').map((c) => c.kind)).toEqual(['casualties'])
  })
})
