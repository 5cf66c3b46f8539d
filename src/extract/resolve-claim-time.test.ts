import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Span } from '../domain/index.js'
import { endsWithMatch, findDateExpressions } from '../text/index.js'
import { CLAIM_TIME_END_PATTERNS, mayHaveDayWord, resolveClaimTime, SAME_DAY } from './resolve-claim-time.js'

describe('mayHaveDayWord', () => {
  // The same-day pattern runs only in sentences the gate lets through: wherever it says no, the
  // pattern must find nothing in the sentence.
  it('lets through every sentence the same-day pattern matches in', () => {
    const piece = fc.constantFrom('the same day', 'THE SAME DAY', 'later that Day', 'on that day', 'того дня', 'В ТОТ ДЕНЬ', 'у той день', 'того ж дня', 'ТОГО ЖЕ ДНЯ', 'тієї ж доби', 'в тот же день', 'В ЭТОТ ЖЕ ДЕНЬ', 'Hours later', 'twenty MINUTES later', 'that same evening', 'Later that night', 'Того ж вечора', 'ТОГО ЖЕ УТРА', 'тієї ж ночі', 'через кілька годин', 'через несколько часов', 'Friday', 'day', 'İ', ' ', '. ', 'x', 'on the same d', 'ay')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join('')
        const start = a % (text.length + 1)
        const end = start + (b % (text.length - start + 1))
        if (SAME_DAY.test(text.slice(start, end))) expect(mayHaveDayWord(text, [start, end])).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })

  it('skips a sentence without a day word even when another sentence has one', () => {
    const text = 'Russian forces attacked Kupiansk. Kyiv rejected the claim the same day.'
    expect(mayHaveDayWord(text, [0, 33])).toBe(false)
    expect(mayHaveDayWord(text, [34, text.length])).toBe(true)
  })
})

describe('resolveClaimTime', () => {
  function timeFor(text: string, trigger: string, options: { rebuttal?: boolean; clause?: string } = {}): [string | null, string | null] {
    const at = text.indexOf(trigger)
    const triggerSpan: Span = [at, at + trigger.length]
    const clauseAt = options.clause ? text.indexOf(options.clause) : 0
    const clause: Span = options.clause ? [clauseAt, clauseAt + options.clause.length] : [0, text.length]
    const dates = findDateExpressions(text)
    const r = resolveClaimTime({ text, publishedAt: '2026-10-24', clause, trigger: triggerSpan, sentence: [0, text.length], contentDates: dates, statementDate: null, earlierDates: dates, expected: false, ...(options.rebuttal ? { rebuttal: true } : {}) })
    return [r.time.start, r.time.end]
  }

  it('a denial takes the time told in the clause describing what it denies', () => {
    // Published Saturday 24 October 2026: "во вторник" is 20 October.
    const text = 'Торское, которое во вторник якобы «освободили» российские войска, никто не брал.'
    expect(timeFor(text, 'брал', { rebuttal: true })).toEqual(['2026-10-20', '2026-10-20'])
    // The same aside describes a noun for a claim that rebuts nothing.
    expect(timeFor('Russian troops, who crossed the river on Tuesday, are now within 5 km of Lyman.', 'within 5 km')).toEqual(['2026-10-24', '2026-10-24'])
  })

  it('a date after "while" belongs to the clause it opens', () => {
    const text = 'Fighting for Torske is still going on, while Russian bloggers claimed the village on Monday.'
    expect(timeFor(text, 'Fighting', { clause: 'Fighting for Torske is still going on' })).toEqual(['2026-10-24', '2026-10-24'])
  })
})

describe('the end-anchored patterns before a time expression, matched backwards', () => {
  // Pieces of every pattern's alternatives, cut, cased and joined, so that matches come often and
  // near misses too (a letter before the keyword, a stop inside the window, a figure or none).
  const piece = fc.constantFrom(
    'not until', 'Until ', 'before', 'не раньше', 'не раніше', 'не ранее', ' the ',
    'up', 'Down', 'rising', 'compared', ' from ', ' with ', 'against', 'VERSUS', 'vs.', 'проти', 'против', 'порівняно з', 'по сравнению с', 'about ', 'близько ', 'около ',
    '3,390', '78', '4.5', ' sq km', ' km²', ' у вересні', 'largest', 'deepest', 'any month', 'найбільш', 'рекордний', 'самый', 'будь-який місяць', 'любой месяц', ' monthly haul',
    'second time', 'вдруге', 'во второй раз', ' in a ', ' за ', 'цей ', ' ', '  ', ',', '.', ';', '(', 'x', 'я', 'ſ', 'K',
  )
  for (const [name, pattern] of Object.entries(CLAIM_TIME_END_PATTERNS)) {
    it(`${name} answers what the forward search answers`, () => {
      const backwards = endsWithMatch(pattern)
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
          const text = parts.join('')
          expect(backwards(text)).toBe(pattern.test(text))
        }),
        { numRuns: 2000 },
      )
    })
  }
})
