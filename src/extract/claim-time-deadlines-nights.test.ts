import { describe, expect, it } from 'vitest'
import type { Lang } from '../domain/index.js'
import { findDateExpressions, resolveDateValue } from '../text/index.js'
import { extractClaims } from './extract-claims.js'

// Claim times in phrasings blind set 10 showed as classes (round 11): nights told "in the night" or
// "during the night from March 3 to 4", deadlines told by a holiday or a year ("before Christmas",
// "before 2027 is out"), and a running total told with its start and its deadline in one clause.
// Our own sentences. Published Saturday 24 October 2026.
const PUBLISHED = '2026-10-24'

function timesOf(text: string, lang: Lang, anchor: string, publishedAt = PUBLISHED): [string | null, string | null][] {
  const r = extractClaims({ id: 'doc-time-r11', text, lang, publishedAt, outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  const hits = r.value.claims.filter((c) => text.slice(c.span[0], c.span[1]).includes(anchor))
  expect(hits.length, `no claim holds «${anchor}»`).toBeGreaterThan(0)
  return hits.map((c) => [c.time.start, c.time.end])
}

function phrases(text: string, bias: 'past' | 'future' = 'past'): [string, string | null, string | null][] {
  return findDateExpressions(text).map((e) => {
    const r = resolveDateValue(e.value, PUBLISHED, { bias })
    return [e.text, r?.start ?? null, r?.end ?? null]
  })
}

describe('nights told without "overnight"', () => {
  it.each([
    ['Air defence units downed 38 drones over the south in the night.', 'in the night', '2026-10-23', '2026-10-24'],
    ['The depot near Tokmak burned during the night from October 19 to 20.', 'during the night from October 19 to 20', '2026-10-19', '2026-10-20'],
    ['Partisans said they blew up a relay mast in the night from 7 to 8 October.', 'in the night from 7 to 8 October', '2026-10-07', '2026-10-08'],
  ])('%s', (text, phrase, start, end) => {
    expect(phrases(text)).toContainEqual([phrase, start, end])
  })

  it('"in the nights" and "in the night of …" are not the night before', () => {
    expect(phrases('Patrols went out in the nights that followed.').map((p) => p[0])).not.toContain('in the night')
  })

  it('dates a strike told "in the night" to that night', () => {
    const text = 'Russian drones struck a warehouse in Kremenchuk in the night, the regional governor said.'
    expect(timesOf(text, 'en', 'struck a warehouse')).toContainEqual(['2026-10-23', '2026-10-24'])
  })
})

describe('deadlines told by a holiday or a year', () => {
  it.each([
    ['Commanders expect a push toward the river before Christmas.', 'before Christmas', '2026-12-25'],
    ['Вони розраховують зайти в місто до Різдва.', 'до Різдва', '2026-12-25'],
    ['Analysts think the road will be cut before 2027 is out.', 'before 2027 is out', '2027-12-31'],
  ])('%s', (text, phrase, end) => {
    const hit = phrases(text, 'future').find((p) => p[0] === phrase)
    expect(hit?.[2]).toBe(end)
  })

  it('a forecast to such a deadline runs from the statement to it', () => {
    const text = 'The brigade commander predicted that Russian troops would attack Huliaipole before Christmas.'
    expect(timesOf(text, 'en', 'attack Huliaipole')).toContainEqual(['2026-10-24', '2026-12-25'])
  })
})

describe('a running total with its start and its deadline in one clause', () => {
  it('covers the total from its start to the deadline', () => {
    const text = 'За прогнозом аналітиків, до кінця року захоплена Росією з 1 січня площа сягне 3900 км².'
    expect(timesOf(text, 'uk', 'площа сягне')).toContainEqual(['2026-01-01', '2026-12-31'])
  })

  it('a start alone still ends at publication', () => {
    const text = 'З 1 січня росіяни захопили 3600 км² української території.'
    expect(timesOf(text, 'uk', 'захопили')).toContainEqual(['2026-01-01', '2026-10-24'])
  })
})

describe('a heading that names the past day a summary covers (judgement call 11)', () => {
  const text = [
    'Обстановка на Харківщині за 21 жовтня:',
    '',
    '• Куп\'янськ — окупанти обстріляли місто з артилерії, пошкоджено три будинки.',
    '• Ізюм — уночі дрон влучив у складське приміщення.',
    '',
    'Загалом протягом дня ворог 412 разів обстрілював населені пункти області.',
  ].join('\n')

  it('dates the items after it to that day, and a night inside it to the night before that day', () => {
    expect(timesOf(text, 'uk', 'обстріляли місто', '2026-10-22')).toContainEqual(['2026-10-21', '2026-10-21'])
    expect(timesOf(text, 'uk', 'дрон влучив', '2026-10-22')).toContainEqual(['2026-10-20', '2026-10-21'])
    expect(timesOf(text, 'uk', '412 разів', '2026-10-22')).toContainEqual(['2026-10-21', '2026-10-21'])
  })

  it('a day named after "за" in the body is no heading', () => {
    const body = 'Росіяни обстріляли Куп\'янськ з артилерії. Раніше, за 21 жовтня, у місті пошкодили школу.\n\nУ Балаклії дрон влучив у гараж.'
    expect(timesOf(body, 'uk', 'влучив у гараж', '2026-10-22')).toContainEqual(['2026-10-22', '2026-10-22'])
  })
})

describe('air targets destroyed after a night raid told as an attempt take the raid\'s night', () => {
  it.each([
    ['ru', 'В ночь на 22 октября противник пытался атаковать Курскую область беспилотниками. Силами ПВО уничтожены 27 БПЛА.', 'уничтожены 27'],
    ['uk', 'У ніч на 22 жовтня ворог намагався атакувати Полтавщину ударними дронами. Силами ППО знищено 14 шахедів.', 'знищено 14'],
  ] as const)('%s: %s', (lang, text, anchor) => {
    expect(timesOf(text, lang, anchor)).toContainEqual(['2026-10-21', '2026-10-22'])
  })
})

describe('two months that follow each other as one period, and a share of the figure just told', () => {
  it.each([
    ['за вересень і жовтень під Лиманом', '2026-09-01', '2026-10-31'],
    ['за серпень-вересень', '2026-08-01', '2026-09-30'],
    ['за сентябрь и октябрь', '2026-09-01', '2026-10-31'],
  ])('%s', (text, start, end) => {
    expect(phrases(text).map((p) => [p[1], p[2]])).toContainEqual([start, end])
  })

  it('two months that do not follow each other are no period', () => {
    expect(phrases('за травень і вересень').map((p) => p[0])).not.toContain('за травень і вересень')
  })

  it('a share with no noun of its own takes the period of the area figure before it', () => {
    const text = 'Russian forces captured about 410 sq km in September, according to an analysis of DeepState maps.\n\nAbout a third, some 140 sq km, was seized in Zaporizhzhia province, where Russian troops now stand near Stepnohirsk.'
    expect(timesOf(text, 'en', 'some 140 sq km', '2026-10-04')).toContainEqual(['2026-09-01', '2026-09-30'])
  })
})
