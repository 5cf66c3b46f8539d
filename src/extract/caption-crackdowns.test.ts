import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Round 21: a crackdown on civilians (a protest dispersed, protesters detained, firing in the air) is
// `other` by the side that did it, null when the caption does not say (convention 114). Firing at a
// target stays a strike; a protest told with no crackdown is no claim. In a war monitor's feed a sports
// word that is part of a building's name ("Olympic stadium") does not make the caption everyday talk.
// Sentences of our own.
function claims(text: string): { kind: string; side: string | null }[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-03-20', outlet: 'CIR' })
  return value.claims.map((c) => ({ kind: c.kind, side: c.actorSide }))
}

describe('crackdowns on civilians', () => {
  it.each([
    ['Dispersal of a pro-Ukrainian rally on the central square', null],
    ['Demonstrators in Nova Kakhovka dispersed by Russian troops with tear gas', 'RU'],
    ['Russian soldiers detaining activists outside the town hall', 'RU'],
    ['Russian guardsmen firing into the air as residents protest', 'RU'],
    ['Warning shots during a protest in Enerhodar', null],
  ])('%s', (text, side) => {
    expect(claims(text)).toEqual([{ kind: 'other', side }])
  })

  it.each(['Russian soldiers firing at a checkpoint', 'Residents protest against the occupation in Berdiansk', 'Police arrested a man for theft'])('%s: no crackdown', (text) => {
    expect(claims(text).filter((c) => c.kind === 'other')).toEqual([])
  })
})

describe('sports words in the name of a building hit', () => {
  it('is a strike in a war monitor feed', () => {
    expect(claims('Damaged Olympic Stadium in the city centre').map((c) => c.kind)).toEqual(['strike'])
  })

  it('a sports report in a news feed stays everyday talk', () => {
    const { value } = extractClaims({ id: 't', text: 'The team captured the Cup in Kharkiv.', lang: 'en', publishedAt: '2022-03-20', outlet: 'Reuters' })
    expect(value.claims).toEqual([])
  })
})
