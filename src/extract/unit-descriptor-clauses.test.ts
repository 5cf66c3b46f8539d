import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// A unit described by its standing duty ("a corps fighting in western Zaporizhzhia", "однієї з бригад,
// що тримають оборону на Лиманському напрямку", "полка, который воюет под Купянском") is who a speaker
// serves in, no claim of fighting or holding. Told as the sentence's own predicate it stays a claim.
// Sentences are our own and in no gold file.

function kinds(text: string, lang: Lang): Claim['kind'][] {
  const r = extractClaims({ id: 'doc-unit-descriptor', text, lang, publishedAt: '2026-11-20', outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => c.kind)
}

describe('a unit described by its duty is no claim', () => {
  it.each<[string, Lang]>([
    ['That is how Col. Petro Ivanenko, deputy commander of a corps fighting in western Zaporizhzhia, sees the winter.', 'en'],
    ['A sergeant from a division fighting near Toretsk described the mood in the trenches.', 'en'],
    ['Командир роти однієї з бригад, що тримають оборону на Лиманському напрямку, капітан Олег Петренко розповів про настрої.', 'uk'],
    ['Боєць батальйону, який утримує позиції під Часовим Яром, розповів про побут.', 'uk'],
    ['Командир одного из полков, которые держат оборону под Купянском, рассказал о быте.', 'ru'],
  ])('%s', (text, lang) => {
    expect(kinds(text, lang)).toEqual([])
  })
})

describe('the duty told as the predicate stays', () => {
  it.each<[string, Lang, Claim['kind']]>([
    ['Ukrainian units are fighting in Kupiansk, the army said.', 'en', 'assault'],
    ['Наші підрозділи тримають оборону під Сіверськом.', 'uk', 'control'],
  ])('%s', (text, lang, kind) => {
    expect(kinds(text, lang)).toEqual([kind])
  })

  it('a relative clause on a unit that tells a past gain stays', () => {
    expect(kinds('Бригада, яка звільнила Куп\u2019янськ, отримала нагороду.', 'uk')).toContain('capture')
  })
})
