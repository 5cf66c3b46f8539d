import { beforeAll, describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { warmSlavicExtraction } from '../testing/slavic-extraction.js'
import { extractClaims } from './extract-claims.js'

// A verb that needs a name after it ("взяли Ивановку", "сдали Авдеевку") also takes the name after the word for
// the kind of place, which Ukrainian and Russian put in front of the name in its case ("взяли село Іванівка",
// "взяли посёлок Ивановка", "сдали город X"). Round 25: "Российские войска взяли посёлок Ивановка" made no claim.
// Our own sentences.

type Row = { kind: Claim['kind']; actorSide: Claim['actorSide'] }

function claimsOf(text: string, lang: Lang): Row[] {
  const r = extractClaims({ id: 'doc-place-word', text, lang, publishedAt: '2024-06-02', outlet: null })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide }))
}

describe('a verb before the kind of place and its name', () => {
  beforeAll(warmSlavicExtraction, 120_000)

  it.each<[string, Lang, Row[]]>([
    ['Российские войска взяли посёлок Ивановка.', 'ru', [{ kind: 'capture', actorSide: 'RU' }]],
    ['Российские войска взяли село Ивановка после недели боёв.', 'ru', [{ kind: 'capture', actorSide: 'RU' }]],
    ['ВСУ сдали населённый пункт Ивановка.', 'ru', [{ kind: 'withdrawal', actorSide: 'UA' }]],
    ['Росіяни взяли село Іванівка.', 'uk', [{ kind: 'capture', actorSide: 'RU' }]],
  ])('%s', (text, lang, want) => {
    expect(claimsOf(text, lang)).toEqual(want)
  })

  it('a thing taken is still no place', () => {
    expect(claimsOf('Они взяли деньги и документы.', 'ru')).toEqual([])
  })
})
