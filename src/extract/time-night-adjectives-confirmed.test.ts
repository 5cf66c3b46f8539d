import { beforeAll, describe, expect, it } from 'vitest'
import type { Lang } from '../domain/index.js'
import { warmSlavicExtraction } from '../testing/slavic-extraction.js'
import { extractClaims } from './extract-claims.js'

// Round 20, class (time; dev pool 2024 and real-viina3): a night's strike named by its adjective in a
// case the rule lacked ("о ночном ударе", "нічним ударом") and the plural that a statement confirms or
// reports ("підтвердив нічні удари", "сообщили о ночных атаках") are the night just past (convention 6:
// [D-1, D]); the plural told as a habit keeps the publication day. Our own sentences.

const DAY = '2024-03-14'
function timeOf(text: string, lang: Lang): [string | null, string | null] {
  const r = extractClaims({ id: 'doc-night', text, lang, publishedAt: DAY, outlet: 'UNIAN' })
  const c = r.value.claims[0]
  expect(c).toBeDefined()
  return [c!.time.start, c!.time.end]
}

describe('a night named by its adjective', () => {
  beforeAll(warmSlavicExtraction, 120_000)

  it.each<[string, Lang]>([
    ['Мэр рассказал о ночном ударе по нефтебазе в Брянске.', 'ru'],
    ['Ворог нічним ударом пошкодив підстанцію в Сумах.', 'uk'],
    ['Штаб ВМС підтвердив нічні удари по порту в Новоросійську.', 'uk'],
    ['В Генштабе подтвердили ночные атаки на аэродром в Ейске.', 'ru'],
    ['Губернатор повідомив про нічні атаки дронів на нафтобазу в Курську.', 'uk'],
  ])('%s', (text, lang) => {
    expect(timeOf(text, lang)).toEqual(['2024-03-13', DAY])
  })

  it('a habit of night strikes is no night of its own', () => {
    expect(timeOf('Росія завдає нічних ударів по енергетиці Харкова щотижня.', 'uk')).toEqual([DAY, DAY])
    expect(timeOf('Ночные удары по Одессе стали для города обычным делом.', 'ru')).toEqual([DAY, DAY])
  })
})
