import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Round 21: a caption's toll told by its one victim ("A dead civilian", "Deceased man in the cellar",
// "Casualty of shelling") counts one (convention 59): `soldiers` for a serviceman, else `people`. Plural
// victims with no figure count nothing. Sentences of our own.
function tolls(text: string): (string | null)[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-04-05', outlet: 'CIR' })
  return value.claims.filter((c) => c.kind === 'casualties').map((c) => (c.quantity ? `${c.quantity.value} ${c.quantity.unit}` : null))
}

describe('one victim shown', () => {
  it.each([
    ['A dead woman on the pavement near the bus stop', '1 people'],
    ['Image 2: a dead civilian next to a bicycle', '1 people'],
    ['Deceased man lying in a courtyard', '1 people'],
    ['Deceased Ukrainian serviceman in a trench', '1 soldiers'],
    ['Casualty of the morning shelling', '1 people'],
    ['Civilian casualty after the strike on the market', '1 people'],
  ])('%s', (text, quantity) => {
    expect(tolls(text)).toEqual([quantity])
  })

  it.each(['Dead civilians on the street', 'Deceased Russian soldiers near a tank', 'Civilian casualties after the shelling'])('%s: no figure', (text) => {
    expect(tolls(text)).toEqual([null])
  })
})
