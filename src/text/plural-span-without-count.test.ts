import { describe, expect, it } from 'vitest'
import { findDateExpressions } from './find-date-expressions.js'

// Round 19, class: "за роки війни" (over the years of the war) was read as the past year, and a claim in
// the same headline was dated a year back to publication. A span in the plural with no count ("за роки",
// "за останні місяці", "в течение недель", "за последние дни") bounds nothing: "in recent days" is the
// statement's day (the time rules), "over the years" no interval at all. A count, a singular, or "last
// week" keep their spans. Our own sentences.

function spans(text: string): string[] {
  return findDateExpressions(text).map((e) => `${e.text}=${e.value.kind}`)
}

describe('a plural span with no count', () => {
  it.each([
    'Це найважча зима для міста за роки війни.',
    'За останні місяці ворог посилив удари по енергетиці.',
    'За последние дни армия продвинулась у Часова Яра.',
    'За годы войны город пережил сотни обстрелов.',
  ])('%s names no span', (text) => {
    expect(spans(text).filter((s) => s.includes('past-span'))).toEqual([])
  })

  it.each([
    ['За два роки війни ворог зруйнував 40 підстанцій.', 'за два роки=past-span'],
    ['За тиждень росіяни просунулися на 3 км.', 'за тиждень=past-span'],
    ['За 3 дні ворог атакував Суми 12 разів.', 'за 3 дні=past-span'],
    ['Протягом минулого тижня ворог атакував Херсон.', 'протягом минулого тижня=calendar'],
  ])('%s keeps its span', (text, span) => {
    expect(spans(text).map((s) => s.toLowerCase())).toContain(span)
  })
})
