import { beforeAll, describe, expect, it } from 'vitest'
import type { Lang } from '../domain/index.js'
import { warmSlavicExtraction } from '../testing/slavic-extraction.js'
import { extractClaims } from './extract-claims.js'
import { strikeTargetSegments } from './strike-target-list.js'

// Round 18, real text: Ukrainian and Russian strike reports list several targets at several places
// after one verb ("удари по НПЗ у X, нафтобазі в Y та складу в Z"), or tell two strikes at their own
// places in one headline ("У X палає склад, у Y лунали вибухи"). Convention 74: one claim per target
// and place, each with only its own words; one target at several places, or two targets at one place,
// stay one claim. About one VIINA dev-pool row in eighty is such a list. Our own sentences.

function strikeSpans(text: string, lang: Lang): { words: string; side: string | null }[] {
  const r = extractClaims({ id: 'doc-list', text, lang, publishedAt: '2024-05-02', outlet: null })
  expect(r.issues).toEqual([])
  return r.value.claims.filter((c) => c.kind === 'strike').map((c) => ({ words: text.slice(c.span[0], c.span[1]), side: c.actorSide }))
}

describe('one strike verb, several targets at several places (uk, ru)', () => {
  beforeAll(warmSlavicExtraction, 120_000)

  it.each<[string, Lang, string[]]>([
    ['Сили оборони вночі уразили нафтобазу в Луганську, склад пального в Макіївці та аеродром у Саках.', 'uk', ['Сили оборони вночі уразили нафтобазу в Луганську', 'склад пального в Макіївці', 'аеродром у Саках']],
    ['Генштаб підтвердив удари по Саратовському нафтопереробному заводу та нафтобазі в окупованому Мелітополі.', 'uk', ['удари по Саратовському нафтопереробному заводу', 'нафтобазі в окупованому Мелітополі']],
    ['Українські безпілотники атакували підстанцію у Шебекиному, а також по складу боєприпасів у Валуйках.', 'uk', ['Українські безпілотники атакували підстанцію у Шебекиному', 'по складу боєприпасів у Валуйках']],
    ['ВСУ нанесли удары по нефтебазе в Ровеньках и аэродрому в Бердянске.', 'ru', ['ВСУ нанесли удары по нефтебазе в Ровеньках', 'аэродрому в Бердянске']],
    ['Дроны поразили НПЗ в Туапсе, нефтяной терминал в Новороссийске и несколько подстанций в Крыму.', 'ru', ['Дроны поразили НПЗ в Туапсе', 'нефтяной терминал в Новороссийске', 'несколько подстанций в Крыму']],
  ])('%s', (text, lang, spans) => {
    expect(strikeSpans(text, lang).map((s) => s.words)).toEqual(spans)
  })

  it.each<[string, Lang]>([
    // one target at several places
    ['Генштаб повідомив про удари по нафтобазах у Джанкої та Феодосії.', 'uk'],
    ['Ракеты попали по складам в Павлограде и Новомосковске.', 'ru'],
    // two targets at one place
    ['Росіяни вдарили по заводу і аеродрому в Кременчуці.', 'uk'],
    ['Российские войска ударили по цеху и складу в Запорожье.', 'ru'],
    // a second target with no place of its own goes with the first
    ['Росіяни атакували підстанцію в Одесі та склад пального.', 'uk'],
    // a relative clause or a new subject after the comma is no target of the verb
    ['Прогриміли вибухи біля Балаклави, де розташована ТЕЦ.', 'uk'],
    ['Россия атаковала подстанцию на АЭС, станция на грани блэкаута — Минэнерго.', 'ru'],
  ])('one claim: %s', (text, lang) => {
    expect(strikeSpans(text, lang)).toHaveLength(1)
  })
})

describe('two strikes of one sentence at their own places (uk, ru)', () => {
  it.each<[string, Lang, { words: string; side: string | null }[]]>([
    ['В окупованому Джанкої горить нафтобаза, у Сімферополі та Саках лунали вибухи', 'uk', [
      { words: 'В окупованому Джанкої горить нафтобаза', side: 'UA' },
      { words: 'у Сімферополі та Саках лунали вибухи', side: 'UA' },
    ]],
    ['Росія обстріляла Херсон ракетами, у Бєлгороді палає нафтобаза', 'uk', [
      { words: 'Росія обстріляла Херсон ракетами', side: 'RU' },
      { words: 'у Бєлгороді палає нафтобаза', side: 'UA' },
    ]],
    ['Армия РФ атакует Одессу дронами, в России горит НПЗ', 'ru', [
      { words: 'Армия РФ атакует Одессу дронами', side: 'RU' },
      { words: 'в России горит НПЗ', side: 'UA' },
    ]],
  ])('%s', (text, lang, rows) => {
    expect(strikeSpans(text, lang)).toEqual(rows)
  })

  it('a fire after a hit at the same place without a place of its own is the same strike', () => {
    expect(strikeSpans('Ракета влучила у склад у Дніпрі, спалахнула пожежа.', 'uk')).toHaveLength(1)
  })
})

describe('strikeTargetSegments', () => {
  it('cuts only after the event words, and only where the next conjunct opens on a target', () => {
    const text = 'удари по заводу в Орлі, нафтобазі в Брянську'
    expect(strikeTargetSegments(text, [0, text.length], 0 + 'удари'.length).map(([a, b]) => text.slice(a, b))).toEqual(['удари по заводу в Орлі', 'нафтобазі в Брянську'])
    // a list of places under one target
    const places = 'удари по заводах в Орлі, Брянську та Курську'
    expect(strikeTargetSegments(places, [0, places.length], 'удари'.length)).toEqual([])
  })
})
