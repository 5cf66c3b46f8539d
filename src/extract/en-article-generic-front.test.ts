// A summary's closing line about the front at large ("the enemy keeps shelling and tries to advance in
// some directions") names no place, no figure and no unit: no claim (convention 80). A sentence that
// counts, or a clause that names a place, keeps its claim. Our own sentences.
import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

function kinds(text: string): string[] {
  return extractClaims({ id: 'd', text, lang: 'en', publishedAt: '2026-02-20', outlet: 'Test Wire' }).value.claims.map((c) => c.kind)
}

describe('the front at large, with no place or figure, is no claim', () => {
  it.each([
    'Overall, the enemy keeps shelling and tries to advance in several directions.',
    'All in all the front stays tense: Russian troops keep up the shelling and push in some directions.',
    'The occupiers continue to attack along the entire front line, the situation remains difficult.',
    'Russian forces go on storming Ukrainian positions across the whole front.',
    'In short, the enemy is still attacking in various sectors and shelling frontline towns.',
  ])('%s', (text) => {
    expect(kinds(text)).toEqual([])
  })
})

describe('a count or a named place keeps the claim', () => {
  it('a tally along the front line', () => {
    expect(kinds('Russian troops launched 57 attacks along the front line on Tuesday.')).toContain('assault')
  })

  it('a tally in words', () => {
    expect(kinds('Two assaults were repelled along the entire front, the General Staff said.')).toContain('repelled')
  })

  it('a clause that names its town', () => {
    expect(kinds('Russian forces shelled Kherson overnight and kept attacking in several other directions.')).toContain('strike')
  })

  it('a sentence with no generic phrase is untouched', () => {
    expect(kinds('The enemy keeps shelling Nikopol and tries to advance near Huliaipole.')).toEqual(expect.arrayContaining(['strike', 'assault']))
  })
})
