import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Soldiers and numbered equipment under one English verb are two `casualties` claims, each with its own
// figure (convention 100); equipment with no numeral beside soldiers adds none (75); equipment counted
// alone reads its first figure (howitzers, guns, helicopters count as `other`). Sentences of our own.
function figures(text: string, outlet = 'Unified news feed'): (readonly [number, string] | null)[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2023-05-02', outlet })
  return value.claims.filter((c) => c.kind === 'casualties').map((c) => (c.quantity ? ([c.quantity.value, c.quantity.unit] as const) : null))
}

describe('soldiers and numbered equipment under one verb', () => {
  it.each([
    ['Russian forces destroyed up to 65 Ukrainian soldiers and 4 howitzers in the Kupiansk direction', [[65, 'soldiers'], [4, 'other']]],
    ['The paratroopers eliminated more than 30 servicemen, two tanks and an ammunition truck near Svatove', [[30, 'soldiers'], [2, 'other']]],
  ] as const)('%s', (text, expected) => {
    expect(figures(text)).toEqual(expected)
  })

  it('adds no claim for equipment with no numeral', () => {
    expect(figures('Russian forces destroyed up to 25 soldiers and a Grad launcher near Kreminna')).toEqual([[25, 'soldiers']])
  })

  it('reads the first figure of equipment counted alone', () => {
    expect(figures('In the south, Ukrainian gunners destroyed nine howitzers and three tanks', 'Ukrinform')).toEqual([[9, 'other']])
    expect(figures('The defenders destroyed two helicopters and four armoured vehicles', 'Ukrinform')).toEqual([[2, 'other']])
  })
})
