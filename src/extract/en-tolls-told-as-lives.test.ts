import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// A toll told by the lives it took ("Clashes claim more lives", "shelling claimed three lives", "cost the
// lives of two rescuers") or by its deaths as a noun ("first combat death since the truce") is one
// `casualties` claim; its cause, the subject of "claimed", is no strike or assault of its own (36).
// Sentences of our own, in no gold file.
function claims(text: string): string[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2016-05-10', outlet: 'Some wire' })
  return value.claims.map((c) => `${c.kind}${c.quantity ? `:${c.quantity.value} ${c.quantity.unit}` : ''}`)
}

describe('a toll told as lives', () => {
  it.each([
    ['Artillery fire claimed four lives in Avdiivka overnight', ['casualties:4 people']],
    ['Fighting in Pisky claims more lives', ['casualties']],
    ['A missile strike on the market cost the lives of five people in Kostiantynivka', ['strike', 'casualties:5 people']],
    ['Army reports its first combat death since the new truce', ['casualties']],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected)
  })

  it('leaves a claim that is made alone', () => {
    expect(claims('Russia claims the capture of Soledar')).toEqual(['capture'])
  })
})
