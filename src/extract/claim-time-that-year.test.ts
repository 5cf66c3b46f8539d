import { describe, expect, it } from 'vitest'
import type { Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Round 26, mechanism: background told by pointing back to a year named before ("In the autumn of
// that year", "в октябре того же года", "у жовтні того ж року", "the following year", "наступного
// року") came out in the publication year. It takes the year written out last before it; a forecast's
// "next year" stays the year after publication. Our own sentences. Published Friday 20 November 2026.
const PUBLISHED = '2026-11-20'

function timesOf(text: string, lang: Lang, anchor: string): [string | null, string | null][] {
  const r = extractClaims({ id: 'doc-time-that-year', text, lang, publishedAt: PUBLISHED, outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  const hits = r.value.claims.filter((c) => text.slice(c.span[0], c.span[1]).includes(anchor))
  expect(hits.length, `no claim holds «${anchor}»`).toBeGreaterThan(0)
  return hits.map((c) => [c.time.start, c.time.end])
}

describe('"that year" is the year named before', () => {
  it.each([
    ['en', 'Russian troops seized Lyman in May 2022. In October of that year Ukrainian forces recaptured the town.', 'recaptured the town', ['2022-10-01', '2022-10-31']],
    ['ru', 'Российские войска заняли Лиман в мае 2022 года. Уже в октябре того же года ВСУ отбили город.', 'отбили город', ['2022-10-01', '2022-10-31']],
    ['uk', 'Росіяни захопили Лиман у травні 2022 року. У жовтні того ж року ЗСУ звільнили місто.', 'звільнили місто', ['2022-10-01', '2022-10-31']],
  ] as const)('%s: %s', (lang, text, anchor, time) => {
    expect(timesOf(text, lang, anchor)).toContainEqual(time)
  })

  it('with no year named before, a month stays in its usual year', () => {
    const text = 'Ukrainian forces recaptured the village in October of that year, the brigade said.'
    expect(timesOf(text, 'en', 'recaptured the village')).toContainEqual(['2026-10-01', '2026-10-31'])
  })
})
