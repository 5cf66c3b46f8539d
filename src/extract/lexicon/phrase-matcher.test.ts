import { describe, expect, it } from 'vitest'
import { lexiconFor, entityMatcher } from './index.js'
import { deriveStarts, PhraseMatcher, tokenize } from './phrase-matcher.js'

describe('PhraseMatcher', () => {
  it('prefers the longest match over its parts, wherever they start', () => {
    const m = new PhraseMatcher([
      { pattern: String.raw`(?:has|have) taken`, data: 'taken' },
      { pattern: String.raw`taken full control of`, data: 'capture' },
      { pattern: String.raw`full control of`, data: 'control' },
    ])
    const text = 'Russia claims to have taken full control of the town.'
    expect(m.match(text, tokenize(text)).map((x) => [x.text, x.data])).toEqual([['taken full control of', 'capture']])
  })

  it('matches at word starts only, case-insensitively, in any script', () => {
    const m = new PhraseMatcher([{ pattern: String.raw`атакува\p{L}*`, data: 1 }, { pattern: 'attack', data: 2 }])
    const text = 'Ворог АТАКУВАВ; counterattack is not an attack.'
    expect(m.match(text, tokenize(text)).map((x) => x.text)).toEqual(['АТАКУВАВ', 'attack'])
  })

  it('derives the first words a pattern can start with', () => {
    expect(deriveStarts(String.raw`(?:the )?(?:capture|fall) of`).sort()).toEqual(['capture', 'fall', 'the'])
    expect(deriveStarts(String.raw`[Тт]елеграм`)).toEqual(['телеграм'])
    expect(() => deriveStarts(String.raw`\s+x`)).toThrow(/give starts/)
  })
})

describe('lexicons', () => {
  it('compile for every language (every pattern valid, every first word derivable)', () => {
    for (const lang of ['en', 'uk', 'ru'] as const) {
      const l = lexiconFor(lang)
      const text = 'Russian forces captured Siversk. Ворог атакував. Освобождён населённый пункт.'
      expect(l.triggers.match(text, tokenize(text)).length).toBeGreaterThan(0)
    }
    const speaker = 'Минобороны России'
    expect(entityMatcher().match(speaker, tokenize(speaker))[0]?.data.name).toBe('Russian Defense Ministry')
  })
})
