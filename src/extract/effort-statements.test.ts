// What a force is busy with or plans is no event (round 13, from a real page's closing line that gave
// a repulse and a holding). Our own sentences.
import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

function kinds(text: string, lang: 'en' | 'uk' | 'ru'): string[] {
  return extractClaims({ id: 'd', text, lang, publishedAt: '2026-11-20', outlet: 'Test Wire' }).value.claims.map((c) => `${c.kind} ${c.actorSide}`)
}

describe('effort and plans are no claims', () => {
  it.each<[string, 'en' | 'uk' | 'ru']>([
    ['Russian troops keep shelling Siversk, while Ukrainian units focus on containing and repelling assaults, while also planning further actions to hold positions.', 'en'],
    ['Росіяни обстрілюють Сіверськ, а Сили оборони зосереджені на стримуванні та відбитті атак.', 'uk'],
    ['Противник обстреливает Северск, а ВСУ сосредоточены на отражении атак.', 'ru'],
  ])('%s', (text, lang) => {
    const got = kinds(text, lang)
    expect(got.some((k) => k.startsWith('repelled') || k.startsWith('control'))).toBe(false)
  })

  it('a repulse told as done stays', () => {
    expect(kinds('Ukrainian units repelled 12 assaults near Siversk.', 'en')).toContain('repelled UA')
  })
})
