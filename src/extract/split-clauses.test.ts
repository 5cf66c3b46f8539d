import { describe, expect, it } from 'vitest'
import { isEdgeChar, splitClauses } from './split-clauses.js'

describe('isEdgeChar', () => {
  it('is the character class /[\\s,.;:"“”«»]/ for every UTF-16 code unit', () => {
    const re = /[\s,.;:"“”«»]/
    const wrong: number[] = []
    for (let c = 0; c < 0x10000; c++) if (isEdgeChar(c) !== re.test(String.fromCharCode(c))) wrong.push(c)
    expect(wrong).toEqual([])
  })
})

describe('splitClauses', () => {
  it('trims white space and edge punctuation off each clause', () => {
    const text = '  «Russian forces attacked near Pokrovsk,\u00a0but\u2009Ukrainian troops repelled them.»  '
    expect(splitClauses(text, [0, text.length], 'en').map(([s, e]) => text.slice(s, e))).toEqual(['Russian forces attacked near Pokrovsk', 'Ukrainian troops repelled them'])
  })
})
