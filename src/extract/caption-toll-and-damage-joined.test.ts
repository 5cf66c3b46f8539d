import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Round 22 wave 2 (convention 128): damage joined by "and" to the toll a caption opens with is a second
// thing hit: the toll and a strike. Damage alone still opens its own caption; a noun of damage that is no
// damage told ("damage assessment") stays none. Sentences of our own.
function kinds(text: string): string[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-05-10', outlet: 'CIR' })
  return value.claims.map((c) => c.kind)
}

describe('a toll and damage joined by and: two claims', () => {
  it.each([
    'Civilian casualty and damage to houses',
    'Civilian casualty and residential damage',
    'Two wounded civilians and heavy damage to a school',
  ])('%s', (text) => {
    expect(kinds(text)).toEqual(['casualties', 'strike'])
  })
})

describe('one claim or none', () => {
  it('damage alone', () => {
    expect(kinds('Heavy damage to a school in Sumy')).toEqual(['strike'])
  })
  it('a toll alone', () => {
    expect(kinds('Civilian casualty in a courtyard')).toEqual(['casualties'])
  })
  it.each(['Damage assessment and casualty report', 'Bridge repairs and damage assessment'])('%s is none', (text) => {
    expect(kinds(text)).toEqual([])
  })
})
