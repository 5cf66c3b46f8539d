import { beforeAll, describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { warmSlavicExtraction } from '../testing/slavic-extraction.js'
import { extractClaims } from './extract-claims.js'

// Round 17, real text: a feed item, a Liveuamap line or a headline stored alone is the whole report.
// Its lines end no sentence, so each looked like a section heading ("Удари по енергетиці" over a body),
// whose weak event nouns state nothing; a document with no body line has no headings. Our own
// sentences, none from a gold file or the VIINA pool.

function kindsOf(text: string, lang: Lang): Claim['kind'][] {
  const r = extractClaims({ id: 'doc-headline', text, lang, publishedAt: '2024-03-14', outlet: null })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => c.kind)
}

describe('headline-only documents (uk, ru)', () => {
  beforeAll(warmSlavicExtraction, 120_000)

  it.each<[string, Lang, Claim['kind'][]]>([
    ['Ракетний обстріл нафтобази на Вінниччині', 'uk', ['strike']],
    ['Удар дронів по електропідстанції під Херсоном — ОВА', 'uk', ['strike']],
    ['Ночной удар по складу горючего в Брянской области', 'ru', ['strike']],
    ['Атака беспилотников на нефтебазу в Ростове', 'ru', ['strike']],
    // two feed items in one document: each line is its own report
    ['Удар по порту в Ізмаїлі\nАтака дронів на залізничну станцію в Козятині', 'uk', ['strike', 'strike']],
  ])('%s', (text, lang, kinds) => {
    expect(kindsOf(text, lang)).toEqual(kinds)
  })

  it.each<[string, Lang]>([
    // a heading over a body that tells nothing of it stays a heading
    ['Обстріли прикордоння\n\nУ неділю в Сумах відкрилася нова школа.', 'uk'],
    ['Удары по энергетике\n\nВ воскресенье в Курске открылась новая школа.', 'ru'],
    // a headline alone with nothing of war in it
    ['Ціни на пальне у Вінниці зросли', 'uk'],
    ['Удар по самолюбству: збірна програла', 'uk'],
  ])('no claim: %s', (text, lang) => {
    expect(kindsOf(text, lang)).toEqual([])
  })
})
