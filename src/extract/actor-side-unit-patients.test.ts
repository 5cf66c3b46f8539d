import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Round 26, helper 215: a toll told in the passive of a unit ("a sabotage group that was wiped out", "їх
// знищено") with no side told for it is, in a belligerent's words, the other side's unit destroyed. Our own
// sentences (none from a gold file).

type Row = { kind: Claim['kind']; actorSide: Claim['actorSide'] }

function claimsOf(text: string, lang: Lang, outlet: string | null): Row[] {
  const r = extractClaims({ id: 'doc-unit', text, lang, publishedAt: '2026-11-20', outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide }))
}

describe('a unit destroyed in the passive, with no side told for it', () => {
  it.each<[string, string, Lang, string | null, Row]>([
    ['en: "a sabotage group that was wiped out" told by a Ukrainian official', 'The men filmed near Kupiansk were a five-strong sabotage group that was wiped out the same night, the Ukrainian brigade\'s spokesman said.', 'en', 'Test Wire', { kind: 'casualties', actorSide: 'UA' }],
    ['uk: "їх знищено" in a brigade\'s post', 'Вночі ще дві групи намагалися просочитися до Сіверська, їх знищено на підходах.', 'uk', 'Пресслужба 54-ї ОМБр', { kind: 'casualties', actorSide: 'UA' }],
  ])('%s', (_name, text, lang, outlet, expected) => {
    expect(claimsOf(text, lang, outlet)).toContainEqual(expected)
  })

  it('a passive toll of people after a side\'s strike stays that side\'s', () => {
    expect(claimsOf('Russian troops shelled Nikopol on Tuesday, and seven people were wounded.', 'en', 'Test Wire')).toContainEqual({ kind: 'casualties', actorSide: 'RU' })
  })
})
