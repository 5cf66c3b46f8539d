import { beforeAll, describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { warmSlavicExtraction } from '../testing/slavic-extraction.js'
import { extractClaims } from './extract-claims.js'

// Russia's Aerospace Forces by their abbreviation or full name: "ВКС" (also "ВКС РФ", "ВКС Росії"),
// "Повітряно-космічні сили", "Воздушно-космические силы", and "VKS" in English analyses. Round 24's
// misses listed "ВКС" as no known side, so a strike told with it alone had no actor. Our own sentences.

type Row = { kind: Claim['kind']; actorSide: Claim['actorSide'] }

function claimsOf(text: string, lang: Lang): Row[] {
  const r = extractClaims({ id: 'doc-vks', text, lang, publishedAt: '2025-03-04', outlet: null })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide }))
}

describe('the Aerospace Forces are Russian', () => {
  beforeAll(warmSlavicExtraction, 120_000)

  it.each<[string, Lang]>([
    ['ВКС нанесли удар по Херсону минулої ночі.', 'uk'],
    ['Повітряно-космічні сили РФ атакували Запоріжжя керованими бомбами.', 'uk'],
    ['ВКС нанесли удар по позициям ВСУ в районе Купянска.', 'ru'],
    ['Воздушно-космические силы России нанесли удар по складу в Краматорске.', 'ru'],
    ['The VKS struck Kharkiv with glide bombs overnight.', 'en'],
  ])('%s', (text, lang) => {
    expect(claimsOf(text, lang)).toEqual([{ kind: 'strike', actorSide: 'RU' }])
  })
})
