import { describe, expect, it } from 'vitest'
import { findDateExpressions } from './find-date-expressions.js'
import { RecentAnswers } from './recent-answers.js'
import { tokenize } from './tokenize.js'

describe('RecentAnswers', () => {
  it('keeps the last `size` answers and forgets the oldest', () => {
    const recent = new RecentAnswers<number>(2)
    recent.set('a', 1)
    recent.set('b', 2)
    expect(recent.get('a')).toBe(1)
    recent.set('c', 3)
    expect(recent.get('a')).toBeUndefined()
    expect([recent.get('b'), recent.get('c')]).toEqual([2, 3])
  })

  it('lets a document keep its dates and words while a short line is read in between', () => {
    const doc = 'Front update 12\n\nOn 26 February 2026 Russian forces advanced near Siversk, the General Staff said.'
    const dates = findDateExpressions(doc)
    const words = tokenize(doc)
    expect(findDateExpressions('Front update 12')).toEqual([])
    tokenize('Front update 12')
    expect(findDateExpressions(doc)).toBe(dates)
    expect(tokenize(doc)).toBe(words)
    expect(dates.map((d) => d.text)).toEqual(['26 February 2026'])
  })
})
