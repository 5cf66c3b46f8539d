import { beforeAll, describe, expect, it } from 'vitest'
import type { Lang } from '../../domain/index.js'
import { warmSlavicExtraction } from '../../testing/slavic-extraction.js'
import { extractClaims } from '../extract-claims.js'

// Round 20, class 5: Russia's regional officials and bodies named after a strike on their region, by
// name in either spelling ("Розвожаєв", "Развожаев", "Слюсар", "Бочаров", "Кондратьев") or by a title
// whose town the sentence names ("мэр города" in a sentence about Novorossiysk), are RU, also in a
// Ukrainian outlet. A Ukrainian city's mayor stays UA. Our own sentences.

function speaker(text: string, lang: Lang, outlet = 'UNIAN'): { name: string | null; side: string } {
  const c = extractClaims({ id: 'doc-ru-officials', text, lang, publishedAt: '2024-09-12', outlet }).value.claims[0]
  expect(c).toBeDefined()
  return { name: c!.speaker.name, side: c!.speaker.side }
}

describe("Russia's regional officials", () => {
  beforeAll(warmSlavicExtraction, 120_000)

  it.each<[string, Lang, RegExp]>([
    ['Безпілотник влучив у підстанцію в Севастополі, повідомив Михайло Розвожаєв.', 'uk', /Razvozhayev/u],
    ['Беспилотники атаковали склад в Севастополе, заявил Развожаев.', 'ru', /Razvozhayev/u],
    ['Дрони атакували завод у Таганрозі, - Слюсар', 'uk', /Slyusar/u],
    ['Дроны атаковали НПЗ в Волгограде, сообщил губернатор Андрей Бочаров.', 'ru', /Bocharov/u],
    ['Беспилотники атаковали порт в Краснодарском крае, сообщил Вениамин Кондратьев.', 'ru', /Kondratyev/u],
    ['Дроны атаковали нефтебазу в Новороссийске, сообщил мэр города.', 'ru', /мэр/u],
    ['Уламки дрона впали на НПЗ в Туапсе, повідомила міська влада.', 'uk', /влада/u],
  ])('%s', (text, lang, name) => {
    const got = speaker(text, lang)
    expect(got.name ?? '').toMatch(name)
    expect(got.side).toBe('RU')
  })

  it('a Ukrainian city\'s mayor stays Ukrainian', () => {
    expect(speaker('Ракета влучила в підстанцію в Харкові, повідомив мер міста.', 'uk').side).toBe('UA')
  })
})
