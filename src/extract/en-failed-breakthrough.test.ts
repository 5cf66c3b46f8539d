import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// "failed to make a breakthrough" is an attack told as failing: the attacker's `assault`, asserted
// (convention 13, 105), not an advance denied; a gain that did not happen ("failed to make gains") stays
// the denied advance of convention 12. Sentences of our own, in no gold file.
function claims(text: string): string[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2023-05-02', outlet: 'Ukrinform' })
  return value.claims.map((c) => `${c.kind}:${c.actorSide ?? '-'}:${c.modality}`)
}

describe('a breakthrough that failed', () => {
  it.each([
    'The occupiers failed to make a breakthrough near Bilohorivka',
    'Russian units failed to achieve a breakthrough in the Kupiansk direction',
    'The enemy failed to make any breakthrough near Novomykhailivka',
  ])('%s', (text) => {
    expect(claims(text)).toEqual(['assault:RU:asserted'])
  })

  it('leaves gains that did not happen and breakthroughs outside war', () => {
    expect(claims('Russian troops failed to make gains near Siversk')).toEqual(['advance:RU:denied'])
    expect(claims('The negotiators failed to make a breakthrough in Geneva').some((c) => c.startsWith('assault'))).toBe(false)
  })
})
