import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// A rebuttal whose object is a pronoun ("rejected that within hours", "deny it on Monday", "called that
// 'a fantasy'", "called that premature", "…; officials deny that") is the earlier claim denied (or called
// premature) by the rebutting speaker: the answered claim's kind, actor and time (conventions 1, 7).
// Sentences of our own, in no gold file.
function rows(text: string): string[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2026-05-20', outlet: 'Test Wire' })
  return value.claims.map((c) => `${c.kind}:${c.actorSide ?? '-'}:${c.modality}:${c.speaker.name}`)
}

describe('a rebuttal told by a pronoun', () => {
  it('with the time or manner after the pronoun', () => {
    const got = rows('Russia’s Defence Ministry said on Monday that its troops had captured Novoselivka. Kyiv’s eastern command rejected that on Tuesday, saying fighting went on.')
    expect(got.filter((r) => r.startsWith('capture:RU:denied'))).toHaveLength(1)
    expect(got.find((r) => r.startsWith('capture:RU:denied'))).toMatch(/eastern command/)
  })

  it('with the verdict after "called"', () => {
    expect(rows('Russian bloggers claimed that Orikhiv was encircled. Kovalenko called that "pure fiction".').filter((r) => r.startsWith('encirclement:') && r.endsWith(':Kovalenko') && r.includes(':denied:'))).toHaveLength(1)
    expect(rows('The ministry announced that its forces had taken Zelene. A brigade officer called that premature.').some((r) => r.startsWith('capture:') && r.includes(':premature:'))).toBe(true)
  })

  it('after a semicolon', () => {
    const got = rows('Pro-Russian channels have described Siversk as surrounded; Ukraine’s army denies that.')
    expect(got.filter((r) => r.startsWith('encirclement:') && r.includes(':denied:'))).toHaveLength(1)
  })

  it('not a verdict, not a rebuttal', () => {
    expect(rows('The ministry announced that its forces had taken Zelene. The mayor called that a turning point for the town.').some((r) => r.includes(':denied:') || r.includes(':premature:'))).toBe(false)
    expect(rows('Russian troops entered Toretsk. Nobody could deny that for long; the footage was clear.').some((r) => r.includes(':denied:'))).toBe(false)
  })
})
