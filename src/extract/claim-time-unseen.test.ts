import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Claim times in structures new reports use (round 10): sentences that follow an event ("Після
// цього", "One of them"), anaphoric hours ("Hours later", "Того ж вечора"), dates that belong to a
// relative clause or to another reported clause, forecasts, a month still running, weekdays inside
// a dated statement. Our own sentences. Published Saturday 24 October 2026.
const PUBLISHED = '2026-10-24'

function timesOf(text: string, lang: Lang, anchor: string, publishedAt = PUBLISHED): [string | null, string | null][] {
  const r = extractClaims({ id: 'doc-time-unseen', text, lang, publishedAt, outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  const hits = r.value.claims.filter((c) => text.slice(c.span[0], c.span[1]).includes(anchor))
  expect(hits.length, `no claim holds «${anchor}»`).toBeGreaterThan(0)
  return hits.map((c) => [c.time.start, c.time.end])
}

describe('a sentence that follows the event just told takes its time', () => {
  it.each([
    ['en', 'Russian drones attacked Sumy overnight into Thursday. One of them hit a school, officials said.', 'hit a school', ['2026-10-21', '2026-10-22']],
    ['uk', 'Увечері 20 жовтня росіяни скинули на Краматорськ два КАБи. Один із них влучив у двір багатоповерхівки.', 'влучив у двір', ['2026-10-20', '2026-10-20']],
    ['ru', 'В ночь на пятницу над Курской областью сбиты 20 беспилотников. Один из них упал на жилой дом в Рыльске, возник пожар.', 'упал на жилой дом', ['2026-10-22', '2026-10-23']],
  ] as const)('%s: %s', (lang, text, anchor, time) => {
    expect(timesOf(text, lang, anchor)).toContainEqual(time)
  })

  it('but not a sentence that opens on something else', () => {
    const text = 'Russian drones attacked Sumy overnight into Thursday. A drone hit a school in Okhtyrka, officials said.'
    expect(timesOf(text, 'en', 'hit a school')).toEqual([['2026-10-24', '2026-10-24']])
    // The attack as the background of something else ("came as") is not its outcome.
    const background = 'Russian missiles pounded Zaporizhzhia overnight. The attack came as Russian troops have been trying to push toward the outskirts of Stepnohirsk.'
    expect(timesOf(background, 'en', 'trying to push')).toEqual([['2026-10-24', '2026-10-24']])
  })
})

describe('"hours later", "the same evening" and "того ж вечора" point back to the day last named', () => {
  it.each([
    ['en', 'Glide bombs struck Zaporizhzhia on Sunday afternoon. Hours later, drones cut power across Orikhiv, the governor said.', 'cut power', ['2026-10-18', '2026-10-18']],
    ['en', 'The flag was raised on Oct. 13. The paratroopers were killed twenty minutes later, a spokesman said.', 'were killed', ['2026-10-13', '2026-10-13']],
    ['uk', 'Увечері 20 жовтня росіяни вдарили по Краматорську. Того ж вечора під удар потрапила промзона Слов’янська.', 'під удар потрапила', ['2026-10-20', '2026-10-20']],
    ['ru', 'Утром 19 октября дроны атаковали Белгород. Того же вечера обстрелу подверглись Валуйки.', 'обстрелу подверглись', ['2026-10-19', '2026-10-19']],
  ] as const)('%s: %s', (lang, text, anchor, time) => {
    expect(timesOf(text, lang, anchor)).toContainEqual(time)
  })

  it('an hour told on its own is not a back-reference', () => {
    const text = 'Glide bombs struck Zaporizhzhia on Sunday afternoon. For hours, drones circled over Orikhiv and hit a substation, the governor said.'
    expect(timesOf(text, 'en', 'hit a substation')).toEqual([['2026-10-24', '2026-10-24']])
  })
})

describe('dates that describe something else do not date the claim', () => {
  it('a relative clause set off by commas before the event word', () => {
    const text = 'Russian troops, who crossed the border in spring, are now within 7 kilometers of Bilopillia, the governor said.'
    expect(timesOf(text, 'en', 'within 7 kilometers')).toEqual([['2026-10-24', '2026-10-24']])
  })

  it('a date across a semicolon, when the event has its own', () => {
    const text = 'Bilopillia has had no water since September; a glide bomb hit the hospital on Monday, the governor said.'
    expect(timesOf(text, 'en', 'hit the hospital')).toEqual([['2026-10-19', '2026-10-19']])
  })

  it('a second reported clause with its own subject ("and that …")', () => {
    const text = 'The spokesman said the battle for Prymorske was still raging and that Ukrainian drone crews had knocked out five Russian tanks since Tuesday.'
    expect(timesOf(text, 'en', 'knocked out five')).toEqual([['2026-10-20', '2026-10-24']])
    expect(timesOf(text, 'en', 'still raging')).toEqual([['2026-10-24', '2026-10-24']])
  })

  it('nor a date in a clause with a subject of its own after a dash', () => {
    const text = 'Також окупанти окупували Ступочки — за село бої тривали з березня.'
    expect(timesOf(text, 'uk', 'окупували Ступочки')).toEqual([['2026-10-24', '2026-10-24']])
  })

  it('but a later verb sharing the subject shares its date', () => {
    const text = 'Russian infantry has been pressing towards Ternuvate and has been pushed back twice this week, the Ukrainian military said.'
    expect(timesOf(text, 'en', 'pressing towards')).toEqual([['2026-10-19', '2026-10-24']])
  })
})

describe('periods of unseen reports', () => {
  it.each([
    ['uk', 'За підсумками вересня росіяни окупували 380 км² української території.', 'окупували 380', ['2026-09-01', '2026-09-30']],
    ['uk', 'Російські війська за півмісяця просунулися до Добропілля майже на 5 кілометрів.', 'просунулися', ['2026-10-09', '2026-10-24']],
    ['ru', '«Медиазона» установила имена ещё 3 870 российских военных, погибших в сентябре и первой половине октября.', 'погибших', ['2026-09-01', '2026-10-15']],
  ] as const)('%s: %s', (lang, text, anchor, time) => {
    expect(timesOf(text, lang, anchor)).toContainEqual(time)
  })

  it('a month still running ends at publication', () => {
    const text = 'Офіцер каже, що лише його батальйон за жовтень знищив понад 170 окупантів.'
    expect(timesOf(text, 'uk', 'знищив')).toEqual([['2026-10-01', '2026-10-24']])
  })

  it('a summary pointing back to "this area" takes the area figure\'s period', () => {
    const text = 'У вересні росіяни окупували 380 км² української території. Понад половину цієї площі загарбник захопив у Донецькій області.'
    expect(timesOf(text, 'uk', 'захопив у Донецькій')).toEqual([['2026-09-01', '2026-09-30']])
  })
})

describe('nights and weekdays', () => {
  it('"on Thursday night" is the night into Friday', () => {
    const text = 'A soldier said his company had been ordered to pull back from the school district on Thursday night.'
    expect(timesOf(text, 'en', 'pull back')).toEqual([['2026-10-22', '2026-10-23']])
  })

  it('a weekday inside a statement dated by another weekday is of the week before publication', () => {
    // Published Sunday 4 October 2026; the governor wrote on Friday 2 October.
    const text = 'Губернатор написал в Telegram-канале в пятницу, что обстановка сложная. По его словам, в ночь на субботу над Рыльским районом сбито еще 14 беспилотников.'
    expect(timesOf(text, 'ru', 'сбито', '2026-10-04')).toEqual([['2026-10-02', '2026-10-03']])
  })
})

describe('forecasts (the README\'s time conventions for expected claims)', () => {
  it.each([
    ['en', 'ISW assesses that Russian forces will probably seek to outflank Kostiantynivka before November is out.', 'outflank', ['2026-10-24', '2026-11-30']],
    ['en', 'Russia likely intends to launch an offensive towards Kostiantynivka later this year.', 'offensive', ['2026-10-24', '2026-12-31']],
    ['ru', 'Аналитики ожидают, что осенью темпы продвижения российских войск снизятся.', 'продвижения', ['2026-10-24', '2026-10-24']],
    ['en', 'Our model suggests Russia would not capture the rest of Donetsk province before the spring of 2028.', 'capture', ['2026-10-24', '2026-10-24']],
  ] as const)('%s: %s', (lang, text, anchor, time) => {
    expect(timesOf(text, lang, anchor)).toContainEqual(time)
  })

  it('a running total forecast to a deadline covers the total\'s period', () => {
    const text = 'З початку 2026 року окупаційна армія просунулася на 3,7 тис. км². Якщо темп збережеться, до кінця року ця цифра перевищить 4,5 тис. км², прогнозують аналітики.'
    expect(timesOf(text, 'uk', 'перевищить')).toEqual([['2026-01-01', '2026-12-31']])
  })
})

describe('deadlines of a forecast: a year\'s or a month\'s end, and a season as the limit (round 11)', () => {
  it.each([
    ['en', 'ISW assesses that Russian forces will likely try to capture Siversk by year\'s end.', 'capture', ['2026-10-24', '2026-12-31']],
    ['en', 'The brigade expects the Russians to attack Lyman again by the end of this month.', 'attack Lyman', ['2026-10-24', '2026-10-31']],
    ['uk', 'Обласна влада планує вивезти всіх мешканців Борової до кінця місяця.', 'вивезти', ['2026-10-24', '2026-10-31']],
    ['ru', 'По словам Пушилина, бои за Северск продлятся до весны.', 'бои', ['2026-10-24', '2027-05-31']],
  ] as const)('%s: %s', (lang, text, anchor, time) => {
    expect(timesOf(text, lang, anchor)).toContainEqual(time)
  })
})

describe('times that are not the event\'s (round 11)', () => {
  it('a figure set against the claim\'s own takes its time with it', () => {
    const text = 'In the first nine months of 2026 Russian troops seized 3,100 sq km, against some 2,650 sq km from January to September 2025.'
    expect(timesOf(text, 'en', 'seized')).toEqual([['2026-01-01', '2026-09-30']])
  })

  it.each([
    ['en', 'Russia now controls about 19% of Ukraine within its 1991 borders, the analysts said.', 'controls'],
    ['en', 'Russian troops now occupy roughly a fifth of Ukraine as it was recognised in 1991.', 'occupy'],
    ['uk', 'Росія нині окупує близько 19% території України в межах кордонів 1991 року.', 'окупує'],
  ] as const)('the year a territory\'s outline is taken from (%s): %s', (lang, text, anchor) => {
    expect(timesOf(text, lang, anchor)).toEqual([[PUBLISHED, PUBLISHED]])
  })
})

describe('a monthly analysis and a dated interview (round 11)', () => {
  it('"over the month" in a report about a named month is that month', () => {
    const text = 'Russian forces took about 290 sq km of Ukrainian land in August, analysts said. Ukrainian troops recaptured some 18 sq km over the month, mostly near Kupiansk.'
    expect(timesOf(text, 'en', 'recaptured')).toEqual([['2026-08-01', '2026-08-31']])
  })

  it('later statements of an interviewee take the interview\'s date, however the frame names them', () => {
    const text = 'In an interview with the Test Wire on Oct. 22, Brig. Gen. Oleh Marchenko said Russian troops had been pushed out of the northern part of Lyman. Russian losses near the town came to about 300 soldiers, Marchenko said. The general also said his units had withdrawn from two positions near Torske.'
    expect(timesOf(text, 'en', 'withdrawn from two positions')).toEqual([['2026-10-22', '2026-10-22']])
    expect(timesOf(text, 'en', 'losses near the town')).toEqual([['2026-10-22', '2026-10-22']])
  })

  it('but a statement that is no interview continues only through "he" or "according to him"', () => {
    const text = 'Brig. Gen. Oleh Marchenko said on Oct. 22 that Russian troops had been pushed out of the northern part of Lyman. Marchenko said his units had withdrawn from two positions near Torske.'
    expect(timesOf(text, 'en', 'withdrawn from two positions')).toEqual([[PUBLISHED, PUBLISHED]])
  })
})

describe('a date in a later clause set against the claim\'s (round 11)', () => {
  it('"а …", "тоді як …" with a subject of its own dates only that clause', () => {
    const text = 'Бої за Торське досі тривають, а російські пропагандисти ще 3 жовтня заявили про його «звільнення».'
    expect(timesOf(text, 'uk', 'Бої за Торське')).toEqual([[PUBLISHED, PUBLISHED]])
    expect(timesOf(text, 'uk', 'заявили про його')).toEqual([['2026-10-03', '2026-10-03']])
  })
})

describe('a start still ahead of publication (round 11)', () => {
  it('"з 26 жовтня запроваджують …" is the day it begins, not clipped to publication', () => {
    const text = 'З 26 жовтня у Куп\'янській громаді запроваджують обов\'язкову евакуацію родин з дітьми.'
    expect(timesOf(text, 'uk', 'евакуацію')).toEqual([['2026-10-26', '2026-10-26']])
  })

  it('a start in the past still runs to publication', () => {
    const text = 'Russian troops have attacked Lyman daily since October 20.'
    expect(timesOf(text, 'en', 'attacked Lyman')).toEqual([['2026-10-20', '2026-10-24']])
  })
})

describe('report windows over statement dates (round 11)', () => {
  it('an item that continues the statement closing the window takes the window', () => {
    const text = 'Russian troops shelled 14 towns in Zaporizhzhia Oblast over the past day, Governor Ivan Fedorov said on Saturday. According to Fedorov, drones hit a warehouse in Orikhiv.'
    expect(timesOf(text, 'en', 'hit a warehouse')).toEqual([['2026-10-23', '2026-10-24']])
  })

  it('"during the week" is the week so far', () => {
    const text = 'The regional administration said on Saturday that 41 people had been evacuated from Kupiansk district during the week.'
    expect(timesOf(text, 'en', 'evacuated')).toEqual([['2026-10-19', '2026-10-24']])
  })
})

describe('claims told as having happened never end after publication', () => {
  const pieces = [
    'Russian forces captured Novoivanivka',
    'Ukrainian troops repelled an assault near Stepnohirsk',
    'Russian drones struck Kharkiv',
    'Росіяни окупували 380 км²',
    'Российские войска заняли Кондратовку',
    'Ворог атакував Запоріжжя',
  ]
  const times = [
    '', ' this year', ' this month', ' this week', ' in October', ' in November', ' in 2026', ' since the start of the year', ' in the autumn',
    ' за жовтень', ' у листопаді', ' в этом году', ' в ноябре', ' до кінця року', ' on Monday night', ' later this year', ' in recent days',
    ' during the week', ' within its 1991 borders', ' against 300 sq km in 2025',
  ]
  it('for any sentence and any publication date', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...times)), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 700 }),
        (parts, dayOffset) => {
          const published = new Date(Date.UTC(2025, 0, 1) + dayOffset * 86_400_000).toISOString().slice(0, 10)
          const text = parts.map(([p, t]) => `${p}${t}.`).join(' ')
          const r = extractClaims({ id: 'doc-prop', text, lang: 'en', publishedAt: published, outlet: 'Test Wire' })
          for (const c of r.value.claims) {
            if (c.modality === 'expected') continue
            // A deadline ("до кінця року", "later this year") speaks of what is to come.
            if (/до кінця року|later this year/u.test(c.sentence)) continue
            if (c.time.end !== null) expect(c.time.end <= published, `${c.sentence}: ${c.time.end} > ${published}`).toBe(true)
            if (c.time.start !== null && c.time.end !== null) expect(c.time.start <= c.time.end).toBe(true)
          }
        },
      ),
      { numRuns: 150 },
    )
  })
})
