import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Class: the daily-report window as the agencies translate "за добу" / "за сутки" / "протягом доби"
// into English: "in a day", "in one day", "within a day", a fronted "During the day, …". It is the
// past day, as "over the past day" is (the report's day and the day before). Real agency headlines
// (eval:silver-ucdp) dated these to the publication day only. Our own sentences; published 2022-10-04.

function timeOf(text: string, kind = 'casualties'): [string | null, string | null] {
  const r = extractClaims({ id: 'doc-day-window', text, lang: 'en', publishedAt: '2022-10-04', outlet: 'Test Wire' })
  const c = r.value.claims.find((x) => x.kind === kind)
  expect(c, text).toBeDefined()
  return [c!.time.start, c!.time.end]
}

describe('the agencies\' day window is the past day', () => {
  const cases: [string, string][] = [
    ['The occupiers killed four residents of the Kharkiv region in a day', 'casualties'],
    ['In one day, Russian artillery shelled Nikopol district 40 times', 'strike'],
    ['Ukrainian forces lost up to 30 people within a day near Pisky - Kochetkov', 'casualties'],
    ['During the day, the enemy wounded six civilians in the Zaporizhzhia region', 'casualties'],
  ]
  for (const [text, kind] of cases) it(text, () => expect(timeOf(text, kind)).toEqual(['2022-10-03', '2022-10-04']))
})

describe('what is not the window', () => {
  it('"during the day" that is no fronted adverbial is no window', () => {
    expect(timeOf('Russian drones hit a school in Sumy during the day on Tuesday', 'strike')[0]).not.toBe('2022-10-03')
  })
  it('"in a day or two" looks ahead', () => {
    const r = extractClaims({ id: 'doc-day-window-neg', text: 'Officials said the evacuation of Kupiansk would begin in a day or two', lang: 'en', publishedAt: '2022-10-04', outlet: 'Test Wire' })
    for (const c of r.value.claims) expect(c.time.start).not.toBe('2022-10-03')
  })
})
