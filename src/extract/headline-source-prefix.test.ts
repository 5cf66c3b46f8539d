import { beforeAll, describe, expect, it } from 'vitest'
import type { Lang } from '../domain/index.js'
import { warmSlavicExtraction } from '../testing/slavic-extraction.js'
import { extractClaims } from './extract-claims.js'

// Convention 79's mirror: a Ukrainian or Russian item that opens with its source and a colon is spoken
// by that source, not by the outlet that carries it. A label, a word of emphasis or a place before the
// colon names nobody. Our own sentences, none from a gold file or the VIINA pool.

function speaker(text: string, lang: Lang): string | null {
  const r = extractClaims({ id: 'doc-prefix', text, lang, publishedAt: '2024-03-11', outlet: 'Liveuamap' })
  expect(r.issues).toEqual([])
  return r.value.claims[0]?.speaker.name ?? null
}

describe('a source before the first colon (uk, ru)', () => {
  beforeAll(warmSlavicExtraction, 120_000)

  it.each<[string, Lang, RegExp]>([
    ['Генштаб ЗСУ: уночі уражено склад пального поблизу Джанкоя', 'uk', /General Staff/u],
    ['Генеральний штаб Збройних Сил України: ЗСУ вдарили по нафтобазі в Луганську', 'uk', /General Staff/u],
    ['Минобороны России: ВСУ атаковали Курскую область беспилотниками', 'ru', /Russian Defense Ministry/u],
    ['Сили оборони півдня: знищено склад боєприпасів біля Олешок', 'uk', /Сили оборони півдня/u],
  ])('%s', (text, lang, who) => {
    expect(speaker(text, lang) ?? '').toMatch(who)
  })

  it.each<[string, Lang]>([
    ['Увага: вибухи пролунали в Миколаєві', 'uk'],
    ['Оновлено: окупанти обстріляли Херсон з артилерії', 'uk'],
    ['Херсон: окупанти обстріляли місто з артилерії', 'uk'],
    ['ВІДЕО: дрони атакували нафтобазу в Брянську', 'uk'],
  ])('no source: %s', (text, lang) => {
    expect(speaker(text, lang)).toBe('Liveuamap')
  })
})
