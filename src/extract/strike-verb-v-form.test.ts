import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Round 18: after a vowel Ukrainian writes "уразити" with в- ("ЗСУ вразили", "нафтобазу вразили
// дрони"); the lexicon knew only the у- form, so such strikes and equipment hits (convention 75) gave no
// claim. Our own sentences, none from a gold or dev-pool row.

function kinds(text: string): string[] {
  const r = extractClaims({ id: 'doc-v-form', text, lang: 'uk', publishedAt: '2026-11-20', outlet: 'UNIAN' })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => c.kind)
}

describe('strike verbs: the в- form of уразити', () => {
  it('a facility hit, the verb after a vowel', () => {
    expect(kinds('Склад пального під Мелітополем вразили дрони ГУР.')).toContain('strike')
  })

  it('a subject before the в- form', () => {
    expect(kinds('Сили оборони вразили командний пункт окупантів.')).toContain('strike')
  })

  it('equipment hit is a loss (convention 75)', () => {
    expect(kinds('Уночі вразили два бомбардувальники на аеродромі.')).toContain('casualties')
  })

  it('negative: a word that only begins alike is no strike', () => {
    expect(kinds('Глядачі були вражені виставою в театрі.')).toEqual([])
  })
})
