import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { mayHaveDayWord, SAME_DAY } from './resolve-claim-time.js'

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
