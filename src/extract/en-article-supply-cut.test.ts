// An encirclement told by its supply lines in the passive, the line first ("Supply lines were cut
// months ago", "the last resupply route into the pocket has been severed"): the active form ("cut the
// supply road") was read already. Power lines, funding and prices are cut too, and are no siege.
import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

function kinds(text: string): string[] {
  return extractClaims({ id: 'd', text, lang: 'en', publishedAt: '2026-02-20', outlet: 'Test Wire' }).value.claims.map((c) => c.kind)
}

describe('supply lines cut, told in the passive, are an encirclement', () => {
  it.each([
    'Russian troops still hold a few blocks of the town after Ukrainian drones struck them. Their supply lines were cut in December.',
    'The resupply route into the pocket near Myrnohrad has been severed, a Ukrainian officer said.',
    'Logistics routes serving Pokrovsk are now blocked by Russian drones, a soldier said.',
    'The Russian group in the village is stranded. Its escape roads had been cut off weeks earlier by Ukrainian artillery.',
  ])('%s', (text) => {
    expect(kinds(text)).toContain('encirclement')
  })
})

describe('other lines cut, or supply lines not cut, are no encirclement', () => {
  it.each([
    'Power lines were cut after the storm in Kharkiv.',
    'Supply lines to the garrison were not cut, the commander insisted.',
    'Funding lines for the project were cut last year.',
    'If supply lines to Kostiantynivka are cut, the garrison will have to withdraw.',
  ])('%s', (text) => {
    expect(kinds(text)).not.toContain('encirclement')
  })
})
