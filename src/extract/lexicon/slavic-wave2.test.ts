import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../../domain/index.js'
import { extractClaims } from '../extract-claims.js'

// Round 12, wave 2: Ukrainian and Russian classes the eleventh blind set lost. Our own sentences,
// none from a gold file.

type Row = { kind: Claim['kind']; actorSide?: Claim['actorSide'] }

function claimsOf(text: string, lang: Lang, outlet = 'Test Wire'): Row[] {
  const r = extractClaims({ id: 'doc-wave2', text, lang, publishedAt: '2026-11-20', outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide }))
}

describe('the ground named between "взяли" and "под контроль" is captured', () => {
  it.each<[string, Lang, Row[]]>([
    ['Штурмовики «Юга» взяли этот посёлок под свой контроль после недели боёв.', 'ru', [{ kind: 'capture' }]],
    ['Российские войска взяли Ивановку полностью под контроль.', 'ru', [{ kind: 'capture', actorSide: 'RU' }]],
    ['Сили оборони взяли село під свій контроль.', 'uk', [{ kind: 'capture', actorSide: 'UA' }]],
    // a fire, a situation: no war
    ['Пожарные быстро взяли ситуацию под контроль.', 'ru', []],
    ['Рятувальники взяли пожежу під контроль.', 'uk', []],
  ])('%s', (text, lang, expected) => {
    expect(claimsOf(text, lang)).toEqual(expected.length ? expect.arrayContaining(expected.map((e) => expect.objectContaining(e))) : [])
  })
})

describe('a second verb after "и полностью" shares the clause subject', () => {
  it.each<[string, Lang, Row[]]>([
    ['Подразделения группировки войск «Центр» завершили разгром противника в Ивановке и полностью взяли этот населённый пункт под свой контроль.', 'ru', [{ kind: 'capture', actorSide: 'RU' }]],
    ['Подразделения группировки «Юг» отбросили ВСУ от Ивановки и окончательно заняли село.', 'ru', [{ kind: 'capture', actorSide: 'RU' }]],
  ])('%s', (text, lang, expected) => {
    expect(claimsOf(text, lang)).toEqual(expect.arrayContaining(expected.map((e) => expect.objectContaining(e))))
  })
})

describe('the positions stormed are the target, not the attacker', () => {
  it.each<[string, Lang, Row[]]>([
    ['Противник тричі йшов на штурм наших позицій біля Кременівки.', 'uk', [{ kind: 'assault', actorSide: 'RU' }]],
    ['Противник двічі пішов на штурм позицій ЗСУ біля Степового.', 'uk', [{ kind: 'assault', actorSide: 'RU' }]],
    // a force in the genitive is still the attacker
    ['Фіксуємо штурм окупантів біля Степового.', 'uk', [{ kind: 'assault', actorSide: 'RU' }]],
  ])('%s', (text, lang, expected) => {
    expect(claimsOf(text, lang, 'Генштаб ЗСУ')).toEqual(expect.arrayContaining(expected.map((e) => expect.objectContaining(e))))
  })
})

describe('Russian participles written with ё hit as those with е do', () => {
  it.each<[string, Lang, Row[]]>([
    ['Поражён склад горючего ВСУ под Славянском.', 'ru', [{ kind: 'strike', actorSide: 'RU' }]],
    ['Ракетными войсками поражён пункт управления ВСУ.', 'ru', [{ kind: 'strike', actorSide: 'RU' }]],
    ['У Ивановки сожжён танк ВСУ.', 'ru', [{ kind: 'casualties', actorSide: 'RU' }]],
  ])('%s', (text, lang, expected) => {
    expect(claimsOf(text, lang, 'Минобороны России')).toEqual(expect.arrayContaining(expected.map((e) => expect.objectContaining(e))))
  })
})
