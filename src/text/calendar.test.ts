import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { daysInMonth } from './calendar.js'

describe('daysInMonth', () => {
  it('answers what the Date object answers, for any year and month', () => {
    const year = fc.oneof(fc.integer({ min: -50, max: 12_000 }), fc.constantFrom(0, 99, 100, 1900, 2000, 2024, 2025, 2100, 9999, 10_000))
    fc.assert(
      fc.property(year, fc.integer({ min: -2, max: 14 }), (y, m) => {
        expect(daysInMonth(y, m)).toBe(new Date(Date.UTC(y, m, 0)).getUTCDate())
      }),
      { numRuns: 3000 },
    )
  })

  it('knows leap years', () => {
    expect([daysInMonth(2024, 2), daysInMonth(2025, 2), daysInMonth(1900, 2), daysInMonth(2000, 2), daysInMonth(2025, 12)]).toEqual([29, 28, 28, 29, 31])
  })
})
