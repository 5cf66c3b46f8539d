import { beforeAll, describe, expect, it } from 'vitest'
import type { Lang } from '../domain/index.js'
import { warmSlavicExtraction } from '../testing/slavic-extraction.js'
import { extractClaims } from './extract-claims.js'

// Round 18, real text (convention 72): a strike whose clause names a Russian region by its adjective
// after the town or the target, with no preposition before the region ("нафтобаза в селі Орловської
// області", "завод Самарской области", "в Республіці Татарстан"), hit Russia: Ukraine struck, whoever
// tells it. A Ukrainian region so named says nothing of the kind. Our own sentences.

function strikeSides(text: string, lang: Lang): (string | null)[] {
  const r = extractClaims({ id: 'doc-region', text, lang, publishedAt: '2025-02-11', outlet: 'Ukrainska Pravda' })
  expect(r.issues).toEqual([])
  return r.value.claims.filter((c) => c.kind === 'strike').map((c) => c.actorSide)
}

describe('a Russian region named by its adjective (uk, ru)', () => {
  beforeAll(warmSlavicExtraction, 120_000)

  it.each<[string, Lang]>([
    ['Нафтобазу в селищі Липецької області вночі атакували дрони.', 'uk'],
    ['Вибухи пролунали на заводі в Новокуйбишевську Самарської області.', 'uk'],
    ['Дроны атаковали нефтебазу в поселке Саратовской области.', 'ru'],
    ['Пожежа спалахнула на НПЗ у станиці Краснодарського краю після атаки дронів.', 'uk'],
    ['Вибухи пролунали на хімічному заводі в Республіці Татарстан.', 'uk'],
  ])('%s', (text, lang) => {
    expect(strikeSides(text, lang)).toEqual(['UA'])
  })

  it('a Ukrainian region so named keeps the story\'s reading', () => {
    expect(strikeSides('Дрони атакували нафтобазу в селищі Полтавської області.', 'uk')).toEqual(['RU'])
  })
})
