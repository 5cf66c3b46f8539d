import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// A side's statement that a place is in its own hands ("said X was in its hands", "said X was now under
// its control") announces the taking: the side's `capture`, the pronoun read as the speaker's side.
// Held still, held since a time, a part of the place, or an answer to the other side's capture stays a
// holding. Sentences of our own, in no gold file.
function claims(text: string): string[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2026-04-09', outlet: 'Test Wire' })
  return value.claims.map((c) => `${c.kind}:${c.actorSide ?? '-'}`)
}

describe('a place announced as the speaker’s own', () => {
  it.each([
    'Russia’s Defence Ministry said on Tuesday that Novoiehorivka was in its hands.',
    'The Russian military said Zarichne, a hamlet on the river, was now under its control.',
    'Moscow announced on Monday that Torske was now fully in its hands.',
    'Ukraine’s General Staff said Kamianka was now under its full control after a week of fighting.',
  ])('%s', (text) => {
    expect(claims(text)).toHaveLength(1)
    expect(claims(text)[0]).toMatch(/^capture:(?:RU|UA)$/)
  })

  it('gives the capture the speaker’s side', () => {
    expect(claims('Russia’s Defence Ministry said on Tuesday that Novoiehorivka was in its hands.')).toEqual(['capture:RU'])
    expect(claims('Ukraine’s General Staff said Kamianka was now under its full control.')).toEqual(['capture:UA'])
  })

  it('leaves holdings as they are', () => {
    expect(claims('Ukraine’s army insisted the village was still in its hands.')).toEqual(['control:UA'])
    expect(claims('The Russian Defence Ministry said Hola Prystan had been in its hands since 2022.').some((c) => c.startsWith('capture'))).toBe(false)
    expect(claims('The General Staff said most of the town was under its control.').some((c) => c.startsWith('capture'))).toBe(false)
    expect(claims('Russia’s Defence Ministry said it had captured Bilytske. Ukraine’s army said the village was in its hands.')).toEqual(['capture:RU', 'control:UA'])
  })
})

describe('a holding told in the present', () => {
  it('stays a holding without "now"', () => {
    expect(claims('Huliaipole is under our control, Ukraine’s southern command said.')).toEqual(['control:UA'])
    expect(claims('The village was under their control until Tuesday, the brigade said.').some((c) => c.startsWith('capture'))).toBe(false)
  })
})
