import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Round 21 wave 2 (convention 78): "looks like a Russian strike" is the speaker's guess (`unverified`);
// an attack the text calls "reported" or "alleged" ("after reported shelling", "Alleged Ukrainian drone
// hitting targets") is `reported`. "Russia alleged that …" is a speaker's claim, read as before. Sentences of our own.
function modalities(text: string): string[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-07-01', outlet: 'CIR' })
  return value.claims.map((c) => c.modality)
}

describe('hedges and reported attacks', () => {
  it.each(['Looks like a Russian strike on a Ukrainian trench', 'What seems like an airstrike on the bridge in Kherson'])('%s: unverified', (text) => {
    expect(modalities(text)).toEqual(['unverified'])
  })

  it.each(['Fires at the substation after reported shelling in Kharkiv', 'The reported strikes on the port of Odesa', 'Alleged Ukrainian drone hitting a depot near Donetsk'])('%s: reported', (text) => {
    expect(modalities(text)).toEqual(['reported'])
  })

  it.each(['Russian strike on a Ukrainian position near Bakhmut', 'Shelling reported damage to a school in Kharkiv'])('%s: asserted', (text) => {
    expect(modalities(text)).toEqual(['asserted'])
  })
})
