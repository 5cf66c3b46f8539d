// Feature articles use "death" as a figure of speech in subheads and titles ("The slow death of X's
// gamble"): the noun is a toll only when a victim follows "of", a person or a figure. Our own
// sentences; the real tolls keep their claim.
import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

function kinds(text: string): string[] {
  return extractClaims({ id: 'd', text, lang: 'en', publishedAt: '2026-02-20', outlet: 'Test Wire' }).value.claims.map((c) => c.kind)
}

describe('"death of" a plan, a gamble or a town is no toll', () => {
  it.each([
    'The quiet death of Moscow’s Avdiivka adventure',
    'The death of a strategy: how the summer push ran out of men',
    'Analysts mourn the death of the grain deal as shelling of Odesa resumes.',
    'The lingering death of Russia’s bet on a quick breakthrough near Lyman',
    'What the death of the ceasefire means for Donetsk',
  ])('%s', (text) => {
    expect(kinds(text)).not.toContain('casualties')
  })
})

describe('"death of" a person or a figure stays a toll', () => {
  it.each([
    'Kyiv reports the death of three servicemen in shelling near Avdiivka.',
    'Separatists report death of a militia fighter in shelling of Horlivka.',
    'The Red Cross confirmed the death of its staff member near Donetsk after a shell hit the convoy.',
    'Officials blamed Russian artillery for the deaths of 5 in Kostiantynivka.',
    'Ukraine condemned the deaths of civilians in the strike on Kharkiv.',
  ])('%s', (text) => {
    expect(kinds(text)).toContain('casualties')
  })
})
