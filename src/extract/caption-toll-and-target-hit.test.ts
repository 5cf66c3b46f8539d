import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Round 22 wave 2 (convention 128): a caption's toll told with its cause after it ("after", "following",
// "as a result of", "resulting from") is two claims when the cause names a thing of its own hit ("after
// shelling of a bus stop", "after a missile strike on a shop"): the toll and the strike. A cause with a town
// or nothing after it is the toll's cause alone (92). Wire headlines keep one claim. Sentences of our own.
function kinds(text: string, outlet: string | null = 'CIR'): string[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-05-10', outlet })
  return value.claims.map((c) => c.kind)
}

describe('a toll and the thing its strike hit: two claims', () => {
  it.each([
    'Deceased boy after shelling of a bus stop in Sumy',
    'Casualty after missile strike on shop in Okhtyrka',
    'Casualty after an air strike on a school',
    'Wounded woman following shelling of the railway station',
  ])('%s', (text) => {
    expect(kinds(text).sort()).toEqual(['casualties', 'strike'])
  })
})

describe('a toll with its cause alone: one claim', () => {
  it.each([
    'Casualty after shelling',
    'Several bodies resulting from bombing in Sumy',
    'Two killed after shelling of residential areas',
    'Body of a soldier after shelling of Russian positions',
  ])('%s', (text) => {
    expect(kinds(text)).toEqual(['casualties'])
  })

  it('a wire headline keeps its cause in the toll', () => {
    expect(kinds('Two killed after shelling of a market in eastern Ukraine', 'Reuters')).toEqual(['casualties'])
  })
})

describe('the dead a caption shows by age', () => {
  it.each(['Deceased child in a courtyard', 'Two deceased girls near the school'])('%s', (text) => {
    expect(kinds(text)).toEqual(['casualties'])
  })
})
