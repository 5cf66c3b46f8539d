import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Round 16, actor side: an occupied area and an occupation army name their occupier. "Окупована
// площа зросла", "площадь оккупированных территорий", "the occupied area grew" with no side in the
// clause are Russia's gains; "окупаційна армія", "оккупационные войска", "occupation troops" are
// Russia's forces. A clause that names another occupier keeps it. Our own sentences, none from a gold file.

type Row = { kind: Claim['kind']; actorSide: Claim['actorSide'] }

function claimsOf(text: string, lang: Lang, outlet: string | null): Row[] {
  const r = extractClaims({ id: 'doc-side-occupied', text, lang, publishedAt: '2026-11-20', outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide }))
}

describe('actor side: occupied area and occupation forces', () => {
  it.each<[string, string, Lang, string, Row]>([
    ['occupied area grew, uk', 'За жовтень окупована площа збільшилася на 305 км².', 'uk', 'LIGA.net', { kind: 'area-change', actorSide: 'RU' }],
    ['occupied area forecast, uk', 'До кінця зими окупована від початку року площа може сягнути 5 тис. км².', 'uk', 'Texty.org.ua', { kind: 'area-change', actorSide: 'RU' }],
    ['occupation army advanced, uk', 'Від початку літа окупаційне угруповання просунулося на 1,2 тис. км².', 'uk', 'LB.ua', { kind: 'area-change', actorSide: 'RU' }],
    ['occupation troops, ru', 'За месяц оккупационные войска продвинулись ещё на 280 кв. км.', 'ru', 'Meduza', { kind: 'area-change', actorSide: 'RU' }],
  ])('%s', (_name, text, lang, outlet, expected) => {
    expect(claimsOf(text, lang, outlet)).toContainEqual(expected)
  })

  it('an area freed keeps its own side', () => {
    expect(claimsOf('За місяць Сили оборони звільнили 40 км² у Запорізькій області.', 'uk', 'LB.ua')).toContainEqual({ kind: 'area-change', actorSide: 'UA' })
  })
})
