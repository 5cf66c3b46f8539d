// An attack told as failing, then its failure or the attackers' return told after it, is one claim
// (convention 13). The claims read so far are gathered for that check only when the draft is an
// assault or a withdrawal (no other kind can restate a failed attack), not for every draft of a
// document. Sentences here are this file's own.
import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

function kinds(lang: 'en' | 'uk' | 'ru', text: string): string[] {
  return extractClaims({ id: 'failed-attack', text, lang, publishedAt: '2025-11-04', outlet: null }).value.claims.map((c) => `${c.kind}:${c.actorSide}`)
}

describe('a failed attack restated after it', () => {
  it('stays one assault in each language', () => {
    expect(kinds('en', 'Russian infantry attacked the village of Novopil at dawn. The assault failed within an hour.')).toEqual(['assault:RU'])
    expect(kinds('ru', 'Штурмовые группы ВСУ атаковали позиции у села Ивановка. Атака захлебнулась, и противник откатился на исходные.')).toEqual(['assault:UA'])
    expect(kinds('uk', 'Ворог штурмував позиції біля Торецька. Усі спроби провалилися.')).toEqual(['assault:RU'])
  })

  it('reads the same whatever other claims come before it in a long report', () => {
    const filler = 'Russian forces shelled Kherson on Monday, wounding three people. '.repeat(40)
    const claims = kinds('en', `${filler}Russian infantry attacked the village of Novopil at dawn. The assault failed within an hour.`)
    expect(claims.filter((k) => k.startsWith('assault'))).toEqual(['assault:RU'])
  })
})
