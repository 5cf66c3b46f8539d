import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Round 26, helper 215: a success told as what a side's channels, bloggers or media say ("Russian channels
// write that X is encircled") is that side's claimed success, though no force of it is named. Our own
// sentences (none from a gold file).

type Row = { kind: Claim['kind']; actorSide: Claim['actorSide'] }

function claimsOf(text: string, lang: Lang, outlet: string | null): Row[] {
  const r = extractClaims({ id: 'doc-claimant', text, lang, publishedAt: '2026-11-20', outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide }))
}

describe('the side whose channels claim a success made it', () => {
  it.each<[string, string, Lang, string | null, Row]>([
    ['uk: "Російські канали пишуть, що X в оточенні"', 'Російські канали пишуть, що Гуляйполе вже в оточенні.', 'uk', 'Громадське', { kind: 'encirclement', actorSide: 'RU' }],
    ['uk: "російські пабліки пишуть про оточення X"', 'Російські пабліки третій день пишуть про оточення Костянтинівки.', 'uk', 'Громадське', { kind: 'encirclement', actorSide: 'RU' }],
    ['ru: "украинские каналы пишут об окружении X"', 'Украинские каналы пишут об окружении Глушково.', 'ru', 'Рыбарь', { kind: 'encirclement', actorSide: 'UA' }],
    ['en: "Russian milbloggers wrote that X was surrounded"', 'Russian milbloggers wrote on Tuesday that Kostiantynivka was surrounded.', 'en', 'Test Wire', { kind: 'encirclement', actorSide: 'RU' }],
  ])('%s', (_name, text, lang, outlet, expected) => {
    expect(claimsOf(text, lang, outlet)).toContainEqual(expected)
  })
})
