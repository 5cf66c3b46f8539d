import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Class: an English toll that counts with a bare figure by its toll word, no noun (bare-toll.ts):
// "Five killed in …", "9 dead, 64 wounded", "…, leaving three dead", "Seven were killed", "kills
// four,". Wire headlines write tolls so throughout (eval:silver-ucdp). Our own sentences.

function tollOf(text: string): { value: number; unit: string } | null {
  const r = extractClaims({ id: 'doc-bare-toll', text, lang: 'en', publishedAt: '2022-10-04', outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  const c = r.value.claims.find((x) => x.kind === 'casualties')
  expect(c, text).toBeDefined()
  return c!.quantity ? { value: c!.quantity.value, unit: c!.quantity.unit } : null
}

describe('a bare figure by the toll word counts people', () => {
  const cases: [string, number, string][] = [
    ['Eleven killed as rockets slam into Kramatorsk railway station', 11, 'people'],
    ['14 dead, 30 hurt after missile hits apartment block in Dnipro', 14, 'people'],
    ['A glide bomb struck a shop in Kostiantynivka, leaving four dead', 4, 'people'],
    ['Two were killed and nine wounded in the overnight attack on Zaporizhzhia', 2, 'people'],
    ['At least 8 killed when a missile hit the market in Selydove', 8, 'people'],
    ['Russian shelling kills three in Kherson, regional officials say', 3, 'people'],
    ['Drone strike on a minibus in Nikopol killing two and wounding five', 2, 'people'],
    ['Two more died in hospital after the strike on Sumy', 2, 'people'],
    // Fighters and no civilians in the clause: the figure counts soldiers.
    ['The assault groups left about 25 dead in the tree lines near Robotyne', 25, 'soldiers'],
  ]
  for (const [text, value, unit] of cases) it(text, () => expect(tollOf(text)).toEqual({ value, unit }))
})

describe('figures that are not a bare toll', () => {
  it('a year, an ordinal or a unit number before the toll word is no count', () => {
    expect(tollOf('The 47th brigade killed dozens of invaders near Avdiivka')).toBeNull()
  })
  it('a figure with its own noun is findQuantities\' count, not a bare one', () => {
    expect(tollOf('Shelling of Kherson kills three civilians')).toEqual({ value: 3, unit: 'people' })
  })
  it('a figure that opens a noun phrase after "kills" is the phrase\'s count', () => {
    expect(tollOf('Fighting near Toretsk kills 24 Ukrainian soldiers')).toEqual({ value: 24, unit: 'soldiers' })
  })
})
