import { describe, expect, it } from 'vitest'
import type { Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// A weekly summary headed by its days ("(с 8 по 14 ноября)", "from 8 to 14 November") dates the
// items under it that name no time of their own, and a week inside it ("В течение недели") is that
// week (conventions 11 and 40). A figure set beside another "a week earlier" / "тижнем раніше" /
// "месяцем ранее" is for the period named before it, that far back (convention 23). Our own
// sentences. Published Saturday 14 November 2026.
const PUBLISHED = '2026-11-14'

function timesOf(text: string, lang: Lang, anchor: string, outlet = 'Test Desk'): [string | null, string | null][] {
  const r = extractClaims({ id: 'doc-week-window', text, lang, publishedAt: PUBLISHED, outlet })
  const hits = r.value.claims.filter((c) => text.slice(c.span[0], c.span[1]).includes(anchor))
  expect(hits.length, `no claim holds «${anchor}»`).toBeGreaterThan(0)
  return hits.map((c) => [c.time.start, c.time.end])
}

describe('a weekly summary headed by its days', () => {
  const week = ['2026-11-08', '2026-11-14']
  it('ru: the items under the heading take the week', () => {
    const text = 'Итоги недели (с 8 по 14 ноября 2026 г.)\n\nВ течение недели подразделения группировки «Юг» заняли Ивановку.\n\nОтражено 12 контратак ВСУ.\n\nСбиты 300 беспилотников.'
    expect(timesOf(text, 'ru', 'заняли Ивановку', 'Минобороны')).toContainEqual(week)
    expect(timesOf(text, 'ru', 'Отражено 12 контратак', 'Минобороны')).toContainEqual(week)
    expect(timesOf(text, 'ru', 'Сбиты 300', 'Минобороны')).toContainEqual(week)
  }, 60_000)

  it('uk and en: the same with the week written in their words', () => {
    const uk = 'Підсумки тижня (з 8 по 14 листопада)\n\nПротягом тижня Сили оборони звільнили Петрівку.\n\nЗбито 250 дронів.'
    expect(timesOf(uk, 'uk', 'звільнили Петрівку')).toContainEqual(week)
    expect(timesOf(uk, 'uk', 'Збито 250')).toContainEqual(week)
    const en = 'Weekly summary, from 8 to 14 November\n\nUkrainian forces repelled 40 assaults near Pokrovsk.\n\nAir defences shot down 310 drones.'
    expect(timesOf(en, 'en', 'repelled 40 assaults')).toContainEqual(week)
  })

  it('an item with its own day keeps it, and a week that ended days before publication is no window', () => {
    const text = 'Итоги недели (с 8 по 14 ноября)\n\nВ ночь на 12 ноября сбиты 40 беспилотников.'
    expect(timesOf(text, 'ru', 'сбиты 40', 'Минобороны')).toEqual([['2026-11-11', '2026-11-12']])
    const old = 'Итоги недели (с 1 по 7 ноября)\n\nОтражено 12 контратак ВСУ.'
    expect(timesOf(old, 'ru', 'Отражено 12', 'Минобороны')).toEqual([[PUBLISHED, PUBLISHED]])
  })
})

describe('a figure "a week earlier" or "a month earlier" is for the period before', () => {
  it.each([
    ['uk', 'З 2 по 8 листопада ворог захопив 80 км², а тижнем раніше — 65 км².', '65 км²', ['2026-10-26', '2026-11-01']],
    ['ru', 'С 2 по 8 ноября армия заняла 80 кв. км, а неделей ранее — 65 кв. км.', '65 кв. км', ['2026-10-26', '2026-11-01']],
    ['en', 'Between November 2 and 8 Russia took 80 sq km, down from 65 sq km the week before.', 'the week before', ['2026-10-26', '2026-11-01']],
    ['ru', 'За октябрь армия заняла 400 кв. км. Месяцем ранее — 450 кв. км.', '450 кв. км', ['2026-09-01', '2026-09-30']],
  ] as const)('%s: %s', (lang, text, anchor, time) => {
    expect(timesOf(text, lang, anchor)).toContainEqual(time)
  })

  it('the figure whose clause names its own period keeps it', () => {
    const text = 'За жовтень ворог просунувся на 400 км² — на 5% менше, ніж місяцем раніше.'
    expect(timesOf(text, 'uk', 'просунувся')).toContainEqual(['2026-10-01', '2026-10-31'])
  })

  it('"the week before" an event is no comparison', () => {
    const text = 'On November 10 drones hit Sumy. The week before the strike, Russian troops attacked Yunakivka.'
    expect(timesOf(text, 'en', 'attacked Yunakivka')).toEqual([[PUBLISHED, PUBLISHED]])
  })
})
