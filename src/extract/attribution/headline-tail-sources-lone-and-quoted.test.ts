import { beforeAll, describe, expect, it } from 'vitest'
import type { Lang } from '../../domain/index.js'
import { warmSlavicExtraction } from '../../testing/slavic-extraction.js'
import { extractClaims } from '../extract-claims.js'

// Round 20, class (a headline's source after its colon or dash; dev pool 2024 and real-viina3): a
// speaker whose verb closes the headline ("…: у Генштабі підтвердили", "…: у ВМС зробили нову заяву", "…:
// в Минобороны сделали заявление") reports the topic itself (108), also after a topic with its own verb;
// "…: деталі від Генштабу" / "— подробности от X" names the source of the details; a name in quotation
// marks after the dash ("– «Атеш»") is the source, a weapon's name is not. Our own sentences.

function first(text: string, lang: Lang, outlet = 'UNIAN'): { name: string | null; side: string } {
  const r = extractClaims({ id: 'doc-tail', text, lang, publishedAt: '2024-10-09', outlet })
  const c = r.value.claims[0]
  expect(c).toBeDefined()
  return { name: c!.speaker.name, side: c!.speaker.side }
}

describe('a source closing a headline', () => {
  beforeAll(warmSlavicExtraction, 120_000)

  it.each<[string, Lang, RegExp, string]>([
    ['Вибухи на аеродромі в Саках: у Генштабі підтвердили', 'uk', /General Staff/u, 'UA'],
    ['Удар по нафтобазі в Новоросійську: у ВМС зробили офіційну заяву', 'uk', /Navy/u, 'UA'],
    ['Атака дронов на Ейск: в Минобороны сделали заявление', 'ru', /Defense Ministry/u, 'RU'],
    ['Дрони атакували нафтобазу в Брянську: окупанти підтвердили', 'uk', /окупант/u, 'RU'],
    ['Уражено склад боєприпасів під Донецьком: деталі від Генштабу', 'uk', /General Staff/u, 'UA'],
    ['Поражен склад топлива в Крыму — подробности от Генштаба ВСУ', 'ru', /General Staff/u, 'UA'],
    ['На аеродромі в Саках знищено літак, - «Атеш»', 'uk', /Atesh/u, 'UA'],
  ])('%s', (text, lang, name, side) => {
    const got = first(text, lang)
    expect(got.name ?? '').toMatch(name)
    expect(got.side).toBe(side)
  })

  it('a topic told with its own verb keeps the outlet when the speaker goes on to say something else', () => {
    expect(first('Ракети атакували Миколаїв: окупанти заявили, що збили всі', 'uk').name).toBe('UNIAN')
  })

  it('a weapon in quotation marks after the dash is no source', () => {
    expect(first('Окупанти вдарили по Харкову – «Іскандер»', 'uk').name).toBe('UNIAN')
  })

  it('"від X до Y" in the headline names no source', () => {
    expect(first('Ракети влучили у склади від Харкова до Полтави', 'uk').name).toBe('UNIAN')
  })
})
