import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Round 22: a monitor's caption of fighting at a named settlement with no side as the fighters tells the
// settlement's state that day: `control` with no actor (convention 9, as "fighting for X continues");
// a side as the fighters keeps its assault, and fighting with no settlement, in a region or "used in
// combat" is no control claim (caption-fighting-control.ts). Sentences of our own, in no gold file.
function claims(text: string, outlet: string | null = 'CIR'): { kind: string; side: string | null }[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-04-02', outlet })
  return value.claims.map((c) => ({ kind: c.kind, side: c.actorSide }))
}

describe('fighting at a named settlement is its control, with no actor', () => {
  it.each([
    'Street fighting in Trostianets',
    'Clashes near Kamianka overnight',
    'Aftermath of fierce fighting in Yahidne',
    'Drone view of urban combat in the centre of Rubizhne',
  ])('%s', (text) => {
    expect(claims(text)).toEqual([{ kind: 'control', side: null }])
  })

  it('with no outlet, when the text reads as a caption', () => {
    expect(claims('Street fighting in Trostianets', null)).toEqual([{ kind: 'control', side: null }])
  })
})

describe('what stays an assault or no control claim', () => {
  it.each([
    ['Russian troops in heavy fighting near Kamianka', 'RU'],
    ['Chechens fighting in a housing estate in Rubizhne', 'RU'],
  ])('%s: the fighters have a side', (text, side) => {
    expect(claims(text)).toEqual([{ kind: 'assault', side }])
  })

  it.each([
    ['Ukrainian marines fighting near the grain silos of Kamianka', 'UA'],
    ['Footage of Chechen troops fighting on the outskirts of Rubizhne', 'RU'],
  ])('%s: a caption\'s forces fighting are its event, no description of the force', (text, side) => {
    expect(claims(text)).toEqual([{ kind: 'assault', side }])
  })

  it.each([
    'Fierce fighting in Kharkiv Oblast',
    'Heavy clashes in Ukraine',
    'Footage of close-quarters combat',
    'Reconnaissance drone used in combat over the steppe',
  ])('%s: no settlement is told', (text) => {
    expect(claims(text).some((c) => c.kind === 'control')).toBe(false)
  })

  it('outside a caption the usual reading holds', () => {
    expect(claims('Fighting in Trostianets went on for a third day, the governor said.', 'Reuters').some((c) => c.kind === 'control' && c.side !== null)).toBe(false)
  })
})

describe('fighting whose settlement closes the sentence it opens', () => {
  it('"Clashes and the taking of prisoners in X" is the control of X, and the prisoners a toll', () => {
    expect(claims('Clashes and the taking of prisoners in Yahidne')).toEqual([{ kind: 'control', side: null }, { kind: 'casualties', side: null }])
  })
})
