import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Round 16, English rebuttals that point back at the claim before them with no claim of their own:
// "Ukrainian officials rejected that description", "It is not.", and places told as a side's own by a
// possessive pronoun ("Kupiansk is theirs"). Our own sentences, in no gold file.

function rows(text: string): string[] {
  const r = extractClaims({ id: 'doc-en-rebuttal-referents', text, lang: 'en', publishedAt: '2026-11-20', outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => `${c.kind}/${c.actorSide ?? '-'}/${c.modality}`)
}

describe('a denial of a referent is the earlier claim denied', () => {
  it.each([
    'Russian bloggers say Pokrovsk is encircled. The Ukrainian army rejected that description.',
    'Russian bloggers say Pokrovsk is encircled. Ukrainian officials rejected that characterisation within hours.',
  ])('%s', (text) => {
    expect(rows(text).filter((r) => r.startsWith('encirclement/') && r.endsWith('/denied'))).toHaveLength(1)
  })

  it('a bare "It is not." answers the claim before it', () => {
    expect(rows('The generals assured the Kremlin that Bakhmut is theirs. It is not.').filter((r) => r.endsWith('/denied'))).toHaveLength(1)
  })

  it('"it is not" with more after it is no verdict', () => {
    expect(rows('Russian troops entered Toretsk. It is not clear how many.').filter((r) => r.endsWith('/denied'))).toEqual([])
  })
})

describe('a place told as a side’s own by a possessive pronoun', () => {
  it('told by a side, it is a capture of that side', () => {
    expect(rows('The Russian commander said the village was now completely theirs.')).toContain('capture/RU/asserted')
  })

  it.each([
    'The decision is ours, the minister said.',
    'The victory is theirs, the coach said after the match in Lviv.',
    'The town hall is ours again, the mayor of Lviv joked.',
    'The rest is ours or nobody’s, the Russian officer said.',
  ])('no place held: %s', (text) => {
    expect(rows(text).filter((r) => r.startsWith('capture/') || r.startsWith('control/'))).toEqual([])
  })
})
