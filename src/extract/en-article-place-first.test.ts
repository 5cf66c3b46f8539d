// A sentence that opens on a settlement's name with its event right after ("Siversk fell in December",
// "Stavky was lost last week") in an article paragraph with no war word near it: the first word of a
// sentence is capitalised whatever it is, so the name counts when it has the shape of a Ukrainian
// place name; English words that open a sentence the same way stay no claim. Also the phrasal
// retaking in the passive ("was taken back", "has been won back"). Our own sentences.
import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'
import { TOPONYM_SHAPE } from './lexicon/toponym-shape.js'

function kinds(text: string): string[] {
  return extractClaims({ id: 'd', text, lang: 'en', publishedAt: '2026-02-20', outlet: 'Test Wire' }).value.claims.map((c) => c.kind)
}

describe('a settlement opening its sentence, with nothing of war near it', () => {
  it.each([
    'Toretsk fell in December.',
    'Pokrovsk fell last month.',
    'Stavky was lost last week, a sergeant admitted.',
    'Bilytske was taken back on Monday.',
    'Pishchane has finally been won back, the local council said.',
    'Kurakhove was liberated in the spring.',
  ])('%s', (text) => {
    expect(kinds(text)).toContain('capture')
  })
})

describe('English words in the same place stay no claim', () => {
  it.each([
    'Bitcoin fell in December.',
    'Morale fell after the holidays.',
    'Everyone fell silent.',
    'Kharkiv was lost in thought for a moment, the poet wrote.',
    'The wounded were taken back to the base.',
    'He was taken back by the question.',
  ])('%s', (text) => {
    expect(kinds(text)).not.toContain('capture')
  })
})

describe('the shape of a place name', () => {
  it.each(['Pokrovsk', 'Toretsk', 'Avdiivka', 'Krynky', 'Bilytske', 'Kurakhove', 'Robotyne', 'Pishchane', 'Kharkiv', 'Myrnohrad', 'Mariupol', 'Huliaipole', 'Zaporizhzhia'])('%s is one', (name) => {
    expect(TOPONYM_SHAPE.test(name)).toBe(true)
  })
  it.each(['Prices', 'Everyone', 'Someone', 'Morale', 'Bitcoin', 'Inflation', 'Support', 'Temperatures'])('%s is none', (word) => {
    expect(TOPONYM_SHAPE.test(word)).toBe(false)
  })
})
