import { describe, expect, it } from 'vitest'
import type { Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Two ways a claim lost the time its own words give (round 16). A time inside a quotation was taken
// for the date the quotation was said, and the claim's relative time was then counted from it
// ("Last week" a week too early). And a date at the head of a sentence was dropped when a second
// claim's clause (a toll after a colon) ran from the sentence's start and so held it too. Our own
// sentences. Published Thursday 22 October 2026.
const PUBLISHED = '2026-10-22'

function timesOf(text: string, lang: Lang, anchor: string): [string | null, string | null][] {
  const r = extractClaims({ id: 'doc-time-quoted', text, lang, publishedAt: PUBLISHED, outlet: 'Test Wire' })
  const hits = r.value.claims.filter((c) => text.slice(c.span[0], c.span[1]).includes(anchor))
  expect(hits.length, `no claim holds «${anchor}»`).toBeGreaterThan(0)
  return hits.map((c) => [c.time.start, c.time.end])
}

describe('a time inside a quotation dates what is told, counted from the report', () => {
  it.each([
    ['en', '"We hold the ridge," the sergeant said. "Last week we drove them out of Nelipivka. This week they came back."', 'drove them out', ['2026-10-12', '2026-10-18']],
    ['en', '"Two days ago we repelled an assault on Shcherbynivka," a platoon commander told reporters.', 'repelled an assault', ['2026-10-20', '2026-10-20']],
    ['uk', '«Минулого тижня ми вибили їх із лісосмуги біля Федорівки», — каже командир роти.', 'вибили їх', ['2026-10-12', '2026-10-18']],
    ['ru', '«На прошлой неделе наши выбили их из посадки у Ивановки», — рассказал боец.', 'выбили их', ['2026-10-12', '2026-10-18']],
  ] as const)('%s: %s', (lang, text, anchor, time) => {
    expect(timesOf(text, lang, anchor)).toContainEqual(time)
  })

  it('a quotation with no time of its own keeps the publication date', () => {
    expect(timesOf('"Russian troops attacked Zarichne with drones," the sergeant said.', 'en', 'attacked Zarichne')).toEqual([[PUBLISHED, PUBLISHED]])
  })
})

describe('a date heading a sentence dates every claim whose clause holds it', () => {
  it.each([
    ['uk', 'У середу, 21 жовтня, окупанти обстріляли Мирноград з артилерії: загинула жінка, двоє людей поранені.', ['обстріляли Мирноград', 'загинула жінка'], ['2026-10-21', '2026-10-21']],
    ['ru', 'Во вторник, 20 октября, ВСУ атаковали Горловку дронами: погиб мужчина, ранены трое.', ['атаковали Горловку', 'погиб мужчина'], ['2026-10-20', '2026-10-20']],
    ['en', 'On Monday, October 19, Russian artillery shelled Kupiansk: one man was killed and two were wounded.', ['shelled Kupiansk', 'was killed'], ['2026-10-19', '2026-10-19']],
  ] as const)('%s: %s', (lang, text, anchors, time) => {
    for (const anchor of anchors) expect(timesOf(text, lang, anchor)).toContainEqual(time)
  })

  it('a date in a later clause with its own subject still dates only that clause', () => {
    const text = 'Russian troops keep pressing on Siversk, and on Monday a drone hit a bus in Sloviansk.'
    expect(timesOf(text, 'en', 'pressing on Siversk')).toEqual([[PUBLISHED, PUBLISHED]])
  })
})
