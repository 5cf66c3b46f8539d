import { beforeAll, describe, expect, it } from 'vitest'
import { kindsAndModalities, warmSlavicExtraction } from '../testing/slavic-extraction.js'
import { isSlavicPerfectiveFuture } from './slavic-future.js'

// Round 19, class: strikes told as done came out `expected`. The perfective-future test read event
// nouns as verbs: a noun after a preposition ("об ударе", "при налете", the Russian prepositional read
// as Ukrainian "у-даре" when a short item's language is misjudged), nouns of flight ("прилет",
// "приліт"), "звучат" (whose з- is the root's, not a prefix), and the glide bomb's "планирующей" took
// the plan cue. Audit of VIINA 2023-24: 10 claims of 1,021 were `expected` this way. Our own sentences.

describe('event nouns and presents are not forecasts', () => {
  beforeAll(warmSlavicExtraction, 120_000)

  it.each<[string, 'uk' | 'ru']>([
    ['Партизаны рассказали об ударе по складу в Мелитополе.', 'ru'],
    ['Партизаны рассказали об ударе по складу в Мелитополе.', 'uk'],
    ['Губернатор сообщил о ночном ударе по подстанции в Белгороде.', 'uk'],
    ['В Запорожье зафиксирован прилет по промышленному объекту.', 'ru'],
    ['У Полтаві звучать вибухи, працює ППО.', 'uk'],
    ['В Курске звучат взрывы.', 'ru'],
    ['Управляемая планирующая авиабомба попала в цех завода в Херсоне.', 'ru'],
    ['Жители сообщили о взрыве на нефтебазе в Новороссийске.', 'uk'],
  ])('%s (%s) is no forecast', (text, lang) => {
    const got = kindsAndModalities(text, lang)
    expect(got.length).toBeGreaterThan(0)
    for (const [, modality] of got) expect(modality).not.toBe('expected')
  })

  it.each<[string, 'uk' | 'ru']>([
    ['Ворог зайде в Куп’янськ до зими, вважає аналітик.', 'uk'],
    ['Россия планирует ударить по Харькову в ближайшие дни.', 'ru'],
    ['До конца месяца войска выйдут к окраинам Покровска.', 'ru'],
  ])('a forecast stays one: %s', (text, lang) => {
    const got = kindsAndModalities(text, lang)
    expect(got.length).toBeGreaterThan(0)
    expect(got.some(([, m]) => m === 'expected')).toBe(true)
  })

  it.each<[string, 'uk' | 'ru', boolean]>([
    ['прилет', 'ru', false],
    ['приліт', 'uk', false],
    ['звучат', 'ru', false],
    ['звучать', 'uk', false],
    ['ударе', 'uk', false],
    ['взрыве', 'uk', false],
    ['нападе', 'uk', true],
    ['прилетят', 'ru', true],
    ['відведе', 'uk', true],
  ])('isSlavicPerfectiveFuture(%s, %s) is %s', (word, lang, future) => {
    expect(isSlavicPerfectiveFuture(word, lang)).toBe(future)
  })
})
