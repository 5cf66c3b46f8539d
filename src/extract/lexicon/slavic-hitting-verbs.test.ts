import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../../domain/index.js'
import { extractClaims } from '../extract-claims.js'

// Round 25: the plain verb of hitting with "по" ("агресор бив по Нікополю", "ВСУ били по Белгороду",
// a weapon in the instrumental between) and a munition that "reached" its target ("три дрони долетіли до
// нафтобази"): strikes. Our own sentences, none from a gold file or a data set.

type Row = { kind: Claim['kind']; actorSide?: Claim['actorSide'] }

function claimsOf(text: string, lang: Lang): Row[] {
  const r = extractClaims({ id: 'doc-hitting', text, lang, publishedAt: '2026-11-20', outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide }))
}

describe('hitting verbs and munitions reaching targets (uk, ru)', () => {
  it.each<[string, Lang, Row[]]>([
    ['З ранку агресор понад десять разів бив по Марганцю.', 'uk', [{ kind: 'strike', actorSide: 'RU' }]],
    ['Окупанти били артилерією по Нікополю.', 'uk', [{ kind: 'strike', actorSide: 'RU' }]],
    ['ВСУ били ракетами по Белгороду.', 'ru', [{ kind: 'strike', actorSide: 'UA' }]],
    ['Два дрони долетіли до нафтобази у Кропивницькому.', 'uk', [{ kind: 'strike' }]],
    ['Два беспилотника долетели до нефтебазы в Брянске.', 'ru', [{ kind: 'strike' }]],
  ])('%s', (text, lang, expected) => {
    expect(claimsOf(text, lang)).toMatchObject(expected)
  })

  it('records broken, or a blow with no side, are no strike', () => {
    expect(claimsOf('Росіяни били рекорди по продажах.', 'uk')).toEqual([])
    expect(claimsOf('Отец бил сына по лицу.', 'ru')).toEqual([])
  })
})
