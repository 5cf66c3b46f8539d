import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Round 21: a headline's or caption's reduced passive ("Popasna captured by Russian forces", "Village
// retaken by Ukrainian troops") has its agent after "by"; the lexicon's active verb with no subject read
// that force as the object (the other side). A verb with its own object keeps the object's "by"
// ("repelled two attacks by Ukrainian groups"). Sentences of our own.
function sides(text: string, outlet = 'CIR'): (string | null)[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-05-02', outlet })
  return value.claims.map((c) => c.actorSide)
}

describe('reduced passives with their agent', () => {
  it.each([
    ['Hamlet near the river captured by Russian forces', 'RU'],
    ['Settlement north of the city retaken by Ukrainian troops', 'UA'],
    ['Kupiansk seized by Russian forces, the governor said.', 'RU'],
  ])('%s', (text, side) => {
    expect(sides(text, 'Reuters')).toEqual([side])
  })

  it('a verb with its own object keeps the object\'s agent', () => {
    expect(sides('Russian units improved their position and repelled two counterattacks by Ukrainian assault groups.', 'TASS')).not.toContain('UA')
  })
})
