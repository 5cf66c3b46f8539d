import { beforeAll, describe, expect, it } from 'vitest'
import type { Lang } from '../domain/index.js'
import { warmSlavicExtraction } from '../testing/slavic-extraction.js'
import { extractClaims } from './extract-claims.js'

// Round 20, class (modality; 2024 dev pool): strikes a side "is preparing" ("Кремль готує удари по …",
// "Россия готовит массированный удар по …") are a forecast (`expected`, convention 88), as "готуються"
// already was; a plan foiled in the past is no claim (97), and "готує новий наступ" stays an assault.
// Our own sentences.

function claims(text: string, lang: Lang) {
  return extractClaims({ id: 'doc-prep', text, lang, publishedAt: '2024-09-24', outlet: 'UNIAN' }).value.claims
}

describe('strikes being prepared', () => {
  beforeAll(warmSlavicExtraction, 120_000)

  it.each<[string, Lang]>([
    ['За даними розвідки, Росія готує масовані удари по енергетиці перед зимою.', 'uk'],
    ['Ворог готує нову атаку дронів на Київ, попередили в ГУР.', 'uk'],
    ['Россия готовит массированный удар по подстанциям Украины, заявили в разведке.', 'ru'],
  ])('%s', (text, lang) => {
    const c = claims(text, lang)
    expect(c.length).toBeGreaterThan(0)
    expect(c[0]!.modality).toBe('expected')
  })

  it('a strike already made stays asserted', () => {
    expect(claims('Росія завдала масованого удару по енергетиці Києва.', 'uk')[0]?.modality).toBe('asserted')
  })

  it('an offensive being prepared stays an assault', () => {
    expect(claims('Росія готує новий наступ на Запорізькому напрямку.', 'uk').map((c) => c.kind)).toContain('assault')
  })
})
