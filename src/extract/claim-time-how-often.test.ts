import { describe, expect, it } from 'vitest'
import type { Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// How often an event happened is not when: "the second such strike on the plant this month", "уже
// во второй раз с весны 2025 года", "вперше з весни 2025 року", "for the first time since 2024".
// The count's period and the "since" it counts from date nothing; the claim takes its own day, the
// statement's, or the publication date. Our own sentences. Published Thursday 12 November 2026.
const PUBLISHED = '2026-11-12'
const TUESDAY = ['2026-11-10', '2026-11-10']
const TODAY = ['2026-11-12', '2026-11-12']

function timesOf(text: string, lang: Lang, anchor: string): [string | null, string | null][] {
  const r = extractClaims({ id: 'doc-how-often', text, lang, publishedAt: PUBLISHED, outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  const hits = r.value.claims.filter((c) => text.slice(c.span[0], c.span[1]).includes(anchor))
  expect(hits.length, `no claim holds «${anchor}»`).toBeGreaterThan(0)
  return hits.map((c) => [c.time.start, c.time.end])
}

describe('"the second such strike this month" counts, it does not date', () => {
  it.each([
    ['en', 'In his evening address, the president said Ukrainian long-range drones had set a Samara-region refinery burning on Tuesday, the second such strike on the plant this month.', 'refinery burning'],
    ['en', 'Drones hit the Novoshakhtinsk refinery on Tuesday, the third such attack on the site in a month, the governor said.', 'hit the Novoshakhtinsk refinery'],
    ['uk', 'У вівторок дрони уразили нафтобазу під Брянськом, це вже другий такий удар по об’єкту за місяць.', 'уразили нафтобазу'],
  ] as const)('%s: %s', (lang, text, anchor) => {
    expect(timesOf(text, lang, anchor)).toContainEqual(TUESDAY)
  })
})

describe('"for the third time since the autumn of 2025" is a record, not the event’s year', () => {
  it.each([
    ['ru', 'Министерство обороны во вторник вновь заявило, что Сватово полностью «освобождено» — уже во второй раз с весны 2025 года.', 'освобождено', TUESDAY],
    ['ru', 'Российские войска впервые с осени 2024 года вошли в Андреевку, пишут военкоры.', 'вошли в Андреевку', TODAY],
    ['uk', 'Окупанти вперше з весни 2025 року зайшли в Новоселівку, повідомили в бригаді.', 'зайшли в Новоселівку', TODAY],
    ['en', "Russia's Defence Ministry said on Tuesday that its forces had captured Siversk, for the second time since the summer of 2025.", 'captured Siversk', TUESDAY],
  ] as const)('%s: %s', (lang, text, anchor, time) => {
    expect(timesOf(text, lang, anchor)).toContainEqual(time)
  })

  it('but a plain "since" still dates the event', () => {
    const text = 'Російські війська з вересня обстрілюють Новоселівку щодня, повідомили в бригаді.'
    expect(timesOf(text, 'uk', 'обстрілюють Новоселівку')).toContainEqual(['2026-09-01', '2026-11-12'])
  })
})
