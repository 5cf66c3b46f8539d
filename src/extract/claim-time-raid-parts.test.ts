import { describe, expect, it } from 'vitest'
import type { Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// The later parts of a night's air raid told without a time of their own take the raid's night
// (judgement calls 21 and 31, convention 6): more drones or missiles told by the raid's own
// source, a count downed over the region alone by another, the attack confirmed by another.
// A ministry's count over several regions, a part of the day named in the clause and a sentence
// opening on another day are not the raid's. Our own sentences. Published Thursday 12 November 2026.
const PUBLISHED = '2026-11-12'
const NIGHT = ['2026-11-11', '2026-11-12']
const DAY = ['2026-11-12', '2026-11-12']

function timesOf(text: string, lang: Lang, anchor: string): [string | null, string | null][] {
  const r = extractClaims({ id: 'doc-raid-parts', text, lang, publishedAt: PUBLISHED, outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  const hits = r.value.claims.filter((c) => text.slice(c.span[0], c.span[1]).includes(anchor))
  expect(hits.length, `no claim holds «${anchor}»`).toBeGreaterThan(0)
  return hits.map((c) => [c.time.start, c.time.end])
}

describe('more drones or missiles told by the raid’s own source take its night', () => {
  it.each([
    ['uk', 'Уночі ворог атакував Миколаївщину ударними БпЛА. Пошкоджено склад.\n\nКрім того, ворожий дрон поцілив у буксир біля причалу в Очакові.', 'поцілив у буксир'],
    ['ru', 'Массированная атака беспилотников на Курскую область этой ночью\n\nПо нашим данным, два дрона долетели до подстанции в Льгове.\n\nЕщё один беспилотник упал на гараж в Курчатове.', 'упал на гараж'],
    ['ru', 'Массированная атака беспилотников на Курскую область этой ночью\n\nПо нашим данным, два дрона долетели до подстанции в Льгове.', 'долетели до подстанции'],
    ['en', 'The air force said Russia fired 90 drones and four missiles at Ukraine overnight. Most of the drones were downed, it said, while the missiles struck energy sites in the Poltava region.', 'struck energy sites'],
  ] as const)('%s: %s', (lang, text, anchor) => {
    expect(timesOf(text, lang, anchor)).toContainEqual(NIGHT)
  })
})

describe('another source’s count over the region, or its confirmation of the attack, is of the raid', () => {
  it.each([
    ['en', 'Ukrainian drones struck a fuel depot in the Kursk region overnight, local channels reported.\n\nGovernor Ivan Petrov said on Telegram that 31 drones had been shot down over the region.', 'shot down over the region'],
    ['ru', 'Этой ночью украинские беспилотники атаковали нефтебазу в Брянской области, пишут местные паблики.\n\nГубернатор сообщил, что ПВО уничтожила над регионом 19 БПЛА.', 'над регионом'],
    ['ru', 'В ночь на четверг беспилотники атаковали подстанцию в Рыльске, пишут жители.\n\nГубернатор Иван Петров подтвердил атаку, но сообщил лишь о повреждении объекта энергетики.', 'атаку'],
  ] as const)('%s: %s', (lang, text, anchor) => {
    expect(timesOf(text, lang, anchor)).toContainEqual(NIGHT)
  })
})

describe('what is not the raid keeps its own time', () => {
  it('a ministry’s count over several regions', () => {
    const text = 'Ukrainian drones set a depot on fire in the Bryansk region overnight, the governor said.\n\nRussia’s Defence Ministry said it had destroyed 70 Ukrainian drones over the Bryansk and Kursk regions.'
    expect(timesOf(text, 'en', 'destroyed 70')).toEqual([DAY])
  })

  it('a part of the day named in the clause', () => {
    const text = 'Уночі ворог атакував Дніпро дронами, повідомив Петренко.\n\nВдень ворожий дрон вдарив по Межовій, повідомив Петренко.'
    expect(timesOf(text, 'uk', 'вдарив по Межовій')).toEqual([DAY])
    const hour = 'Russia launched 60 drones at Kharkiv overnight, the mayor said. A drone hit a tram depot shortly after 9am, the mayor said.'
    expect(timesOf(hour, 'en', 'hit a tram depot')).toEqual([DAY])
  })

  it('after a sentence that opens on another day', () => {
    const text = 'Уночі ворог атакував Дніпро ракетами і дронами. Пошкоджено підприємство.\n\nУчора окупанти обстрілювали Нікопольщину з артилерії.\n\nНа Синельниківщині дрон вдарив по Межівській громаді.'
    expect(timesOf(text, 'uk', 'вдарив по Межівській')).toEqual([DAY])
  })

  it('but a tally’s clock keeps the night', () => {
    const text = 'У ніч на 12 листопада противник атакував 300 ударними БпЛА. Станом на 09:00 збито 280 дронів. Зафіксовано влучання ударних БпЛА на 12 локаціях.'
    expect(timesOf(text, 'uk', 'влучання')).toContainEqual(NIGHT)
  })
})
