import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Round 16, actor side: a side named after an event noun is its genitive actor ("атаки ВСУ",
// "losses of the enemy") only up to the next event word. In a command's passive ("Ударными
// беспилотниками поражён склад ВСУ") the instrument is the noun and the side after the verb owns the
// target, so the strike is the command's own. Our own sentences, none from a gold file.

type Row = { kind: Claim['kind']; actorSide: Claim['actorSide'] }

function claimsOf(text: string, lang: Lang, outlet: string | null): Row[] {
  const r = extractClaims({ id: 'doc-side-instrument', text, lang, publishedAt: '2026-11-20', outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide }))
}

describe('actor side: the instrument of a passive is not owned by the target\'s genitive', () => {
  it.each<[string, string, Lang, string, Row]>([
    ['an MoD passive, ru', 'Ударными беспилотниками и артиллерией поражены позиции ПВО и склады горючего ВСУ в районе Изюма.', 'ru', 'Минобороны России', { kind: 'strike', actorSide: 'RU' }],
    ['an MoD passive, one target, ru', 'Высокоточным оружием поражён пункт управления ВСУ под Купянском.', 'ru', 'Минобороны России', { kind: 'strike', actorSide: 'RU' }],
    ['a General Staff passive, uk', 'Ракетними військами уражено склад боєприпасів окупантів у районі Токмака.', 'uk', 'Генштаб ЗСУ', { kind: 'strike', actorSide: 'UA' }],
  ])('%s', (_name, text, lang, outlet, expected) => {
    expect(claimsOf(text, lang, outlet)).toContainEqual(expected)
  })

  it('a genitive right after the noun is still its actor', () => {
    expect(claimsOf('Удары беспилотников ВСУ по Горловке продолжаются.', 'ru', 'ТАСС')).toContainEqual({ kind: 'strike', actorSide: 'UA' })
  })
})
