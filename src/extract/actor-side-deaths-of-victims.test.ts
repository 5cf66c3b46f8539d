import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Round 16, actor side of losses told by the victims: "гибель российских военных", "загибель
// українських військових" and "военнослужащих, убитых …" name who died; the actor of a toll is the
// side that killed them. A count in the instrumental ("убитыми и ранеными противник потерял") is the
// loser's subject and stays as before. Our own sentences, none from a gold file.

type Row = { kind: Claim['kind']; actorSide: Claim['actorSide'] }

function claimsOf(text: string, lang: Lang, outlet: string | null): Row[] {
  const r = extractClaims({ id: 'doc-side-deaths', text, lang, publishedAt: '2026-11-20', outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide }))
}

describe('actor side: the dead named after "гибель" or before "убитых" are the victims', () => {
  it.each<[string, string, Lang, string, Row]>([
    ['a count of deaths, ru', 'За сентябрь журналисты подтвердили гибель ещё 1 950 российских военных.', 'ru', 'Медиазона', { kind: 'casualties', actorSide: 'UA' }],
    ['a passive count of deaths, ru', 'Подтверждена гибель не менее 120 тысяч российских солдат.', 'ru', 'Медиазона', { kind: 'casualties', actorSide: 'UA' }],
    ['a count of deaths, uk', 'Волонтери встановили загибель ще 800 російських військових від початку осені.', 'uk', 'Суспільне', { kind: 'casualties', actorSide: 'UA' }],
    ['a participle after the dead, ru', 'Редакция установила имена 2 300 российских военнослужащих, убитых с начала лета.', 'ru', 'Медиазона', { kind: 'casualties', actorSide: 'UA' }],
  ])('%s', (_name, text, lang, outlet, expected) => {
    expect(claimsOf(text, lang, outlet)).toContainEqual(expected)
  })

  it('a loss in the instrumental keeps the loser as subject, uk', () => {
    expect(claimsOf('Убитими та пораненими окупанти втратили за добу 980 осіб.', 'uk', 'Генштаб ЗСУ')).toContainEqual({ kind: 'casualties', actorSide: 'UA' })
  })
})
