import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Speakers of the wire headlines named bare: "Ukraine says …" is Ukraine (as the text names it, not
// "Kyiv"); a military with no country after the headline ("- military") is the army whose soldiers the
// headline counts, and stays unknown when the headline names a side only as the attacker. Sentences of
// our own, in no gold file.
function speakers(text: string): string[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2016-05-10', outlet: 'Some wire' })
  return value.claims.map((c) => `${c.speaker.name}:${c.speaker.side}`)
}

describe('a country as the speaker', () => {
  it('names Ukraine as Ukraine and Kyiv as Kyiv', () => {
    expect(speakers('Ukraine says three soldiers killed near Mariupol')).toEqual(['Ukraine:UA'])
    expect(speakers('Kyiv says three soldiers killed near Mariupol')).toEqual(['Kyiv:UA'])
  })
})

describe('a bare military after the headline', () => {
  it.each([
    ['Five Ukrainian servicemen killed in past day - military', 'military:UA'],
    ['Two Russian soldiers were killed near Kupiansk - army', 'army:RU'],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual([expected])
  })

  it('is no side of the attacker it names', () => {
    expect(speakers('Russian forces shelled Nikopol overnight - military')).toEqual(['military:unknown'])
  })
})
