import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Round 21: goods taken away ("Grain being transported out of X", "equipment was moved out of the plant")
// are no evacuation; people taken out still are. Sentences of our own.
function kinds(text: string): string[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-06-15', outlet: 'CIR' })
  return value.claims.map((c) => c.kind)
}

describe('goods taken away', () => {
  it.each(['Wheat being transported out of Melitopol by rail', 'Factory equipment was moved out of the plant', 'Museum exhibits were taken out of Kherson'])('%s: no evacuation', (text) => {
    expect(kinds(text)).not.toContain('evacuation')
  })

  it.each(['Pensioners being bussed out of the town by volunteers', 'Families were taken out of Irpin to safety'])('%s: people are', (text) => {
    expect(kinds(text)).toContain('evacuation')
  })
})
