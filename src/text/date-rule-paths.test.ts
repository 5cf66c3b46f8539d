// The date rules are tried only at words where their token paths hold (find-date-expressions.ts
// `rulePaths`): a path may only skip a rule that could not match there, so the date finder must find
// the same expressions with the paths off. Phrases and words here are this file's own.
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { findDateExpressions, useDateRulePaths } from './find-date-expressions.js'

/** Words the rules start at or read next, near misses of them, and plain words, in the three languages. */
const WORDS = [
  'the', 'The', 'night', 'of', 'on', 'On', 'in', 'In', 'during', 'since', 'from', 'to', 'by', 'until', 'between', 'and', 'last', 'Last', 'this',
  'next', 'past', 'week', 'weeks', 'month', 'months', 'year', 'day', 'days', 'ago', 'early', 'mid', 'late', 'spring', 'summer', 'fall', 'winter',
  'first', 'second', 'half', 'quarter', 'start', 'end', 'Monday', 'Friday', 'Friday’s', "Friday's", 'May', 'May.', 'March', 'Feb', 'Feb.', 'November',
  'overnight', 'morning', 'hours', 'over', 'within', 'a', 'one', 'two', 'ten', 'war', 'Kharkiv', 'troops', 'killed', 'at', 'about', 'around',
  '1', '7', '12', '15', '24', '31', '2022', '2025', '2026', '10:40', '3rd', '24-25', '27.02.2026', '2025-11-30', '½',
  'в', 'у', 'на', 'з', 'від', 'до', 'за', 'ніч', 'ночі', 'ночь', 'минулого', 'тижня', 'тижні', 'листопада', 'листопаді', 'травня', 'року', 'році',
  'ноября', 'года', 'прошлой', 'неделе', 'понеділок', 'понедельник', 'суток', 'добу', 'тому', 'назад', 'течение', 'протягом', 'початку', 'начале',
  'загинули', 'погибли', 'Харкові', 'ſummer', 'NIGHT', 'ÍN',
]
const GAPS = [' ', ' ', ' ', ', ', '\n', ' - ', '-', '. ', ' (', ') ', '  ', '\u00a0']

const text = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...GAPS)), { minLength: 1, maxLength: 14 })
  .map((parts) => parts.map(([w, g]) => w + g).join(''))

function withoutPaths(t: string): unknown {
  useDateRulePaths(false)
  try {
    return findDateExpressions(t)
  } finally {
    useDateRulePaths(true)
  }
}

describe('date rules tried where their token paths hold', () => {
  afterEach(() => useDateRulePaths(true))

  it('find what they find with the paths off', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(findDateExpressions(t)).toEqual(withoutPaths(t))
      }),
      { numRuns: 3000 },
    )
  })

  it.each([
    'on the night of 24-25 November 2025 the drones came',
    'in the spring of 2025 and since last week',
    'у ніч на 15 листопада, а також минулого тижня',
    'в ночь на 3 ноября, за последние сутки',
    'the war in Kharkiv on Friday’s morning, 3 days ago',
  ])('find the same in %j', (t) => {
    const found = findDateExpressions(t)
    expect(found.length).toBeGreaterThan(0)
    expect(found).toEqual(withoutPaths(t))
  })
})
