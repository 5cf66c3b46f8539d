// A live feed's or a page's label after a headline's closing dash ("… – LIVE", "… — ВІДЕО", "… - онлайн")
// names no source: the claim stays the outlet's. A source after the dash (an office, a surname) still
// speaks. Sentences written by the team.
import { beforeAll, describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'
import { warmSlavicExtraction } from '../testing/slavic-extraction.js'

beforeAll(() => warmSlavicExtraction(), 60_000)

function speakers(text: string, lang: 'uk' | 'ru'): (string | null)[] {
  const { value } = extractClaims({ id: 't', text, lang, publishedAt: '2025-10-02', outlet: 'LIGA.net' })
  return value.claims.map((c) => c.speaker.name)
}

describe('a page label after the dash is no speaker', () => {
  it.each([
    ['Ракети влучили в порт під Миколаєвом – LIVE', 'uk'],
    ['Дрони атакували Суми вночі — ВІДЕО', 'uk'],
    ['Беспилотники атаковали Херсон - ОНЛАЙН', 'ru'],
    ['Беспилотники атаковали Херсон – ФОТО', 'ru'],
  ] as const)('%s', (text, lang) => {
    expect(speakers(text, lang)).toEqual(['LIGA.net'])
  })
})

describe('a source after the dash still speaks', () => {
  it('an office in capitals', () => {
    expect(speakers('Ракети влучили в порт під Миколаєвом – ДСНС', 'uk')).not.toEqual(['LIGA.net'])
  })
})
