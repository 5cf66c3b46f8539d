import { beforeAll, describe, expect, it } from 'vitest'
import type { Lang } from '../../domain/index.js'
import { warmSlavicExtraction } from '../../testing/slavic-extraction.js'
import { extractClaims } from '../extract-claims.js'

// Round 17, real text: Ukrainian and Russian headlines and ledes name their source after a dash at the
// end, with no verb ("…, – ОВА", "… – Зеленський", "… - ЗМІ", "… — Генштаб", "… – мер"). English
// headlines put the site's name there (" - Kyiv Post"), which stays page furniture. A phrase after the
// dash that does not look like a source is the sentence's own. Our own sentences, none from a gold
// file or the VIINA pool.

function first(text: string, lang: Lang): { speaker: string | null; modality: string } | null {
  const r = extractClaims({ id: 'doc-dash', text, lang, publishedAt: '2024-02-20', outlet: null })
  expect(r.issues).toEqual([])
  const c = r.value.claims[0]
  return c ? { speaker: c.speaker.name, modality: c.modality } : null
}

describe('a headline source after a dash (uk, ru)', () => {
  beforeAll(warmSlavicExtraction, 120_000)

  it.each<[string, Lang, RegExp]>([
    ['Окупанти обстріляли Нікополь з важкої артилерії – ОВА', 'uk', /ОВА/u],
    ['Росіяни вдарили ракетами по Запоріжжю, – Федоров.', 'uk', /Федоров/u],
    ['ЗСУ знищили склад пального біля Токмака - Сили оборони півдня', 'uk', /Сил/u],
    ['Российская армия ударила по Харькову — мэр Терехов', 'ru', /Терехов|Terekhov/u],
    ['ВСУ обстреляли Горловку — Пушилин', 'ru', /Pushilin|Пушилин/u],
  ])('%s', (text, lang, speaker) => {
    const c = first(text, lang)
    expect(c?.speaker ?? '').toMatch(speaker)
  })

  it.each<[string, Lang]>([
    ['Вночі дрони атакували нафтобазу в Брянську – ЗМІ', 'uk'],
    ['Беспилотники атаковали подстанцию в Курской области — соцсети', 'ru'],
  ])('hearsay is reported: %s', (text, lang) => {
    expect(first(text, lang)).toMatchObject({ speaker: expect.any(String), modality: 'reported' })
  })

  it.each<[string, Lang]>([
    ['Окупанти вдарили по Херсону — і це вже втретє за день.', 'uk'],
    ['Ворог обстріляв громаду — переважно житлові квартали.', 'uk'],
    ['Армия нанесла удар по складу — крупному узлу снабжения.', 'ru'],
  ])('no source: %s', (text, lang) => {
    expect(first(text, lang)?.speaker ?? null).toBeNull()
  })
})
