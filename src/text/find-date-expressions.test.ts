import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findDateExpressions } from './find-date-expressions.js'
import { resolveDateValue } from './resolve-date-value.js'

/** Resolves every expression in `text` against `anchor`: [matched text, start, end]. */
function resolved(text: string, anchor: string | null): [string, string | null, string | null][] {
  return findDateExpressions(text).map((e) => {
    const r = resolveDateValue(e.value, anchor)
    return [e.text, r?.start ?? null, r?.end ?? null]
  })
}

// Anchor: Friday 27 February 2026.
const ANCHOR = '2026-02-27'

describe('findDateExpressions + resolveDateValue (English)', () => {
  it.each([
    ['on February 23, officials said', 'February 23', '2026-02-23', '2026-02-23'],
    ['on 25 February', '25 February', '2026-02-25', '2026-02-25'],
    ['Friday, 27 February 2026, 17:07', 'Friday, 27 February 2026', '2026-02-27', '2026-02-27'],
    ['on Feb. 24-25', 'Feb. 24-25', '2026-02-24', '2026-02-25'],
    ['dated 27/02/2026', '27/02/2026', '2026-02-27', '2026-02-27'],
    ['dated 02/27/2026', '02/27/2026', '2026-02-27', '2026-02-27'],
    ['at 2026-02-26T10:00:00Z', '2026-02-26T10:00:00Z', '2026-02-26', '2026-02-26'],
    ['in late November 2025', 'late November 2025', '2025-11-21', '2025-11-30'],
    ['the first 10 months of 2025', 'the first 10 months of 2025', '2025-01-01', '2025-10-31'],
    ['over the first ten months of 2025', 'the first ten months of 2025', '2025-01-01', '2025-10-31'],
    ['in the first half of 2025', 'the first half of 2025', '2025-01-01', '2025-06-30'],
    ['in 2nd half of 2025', '2nd half of 2025', '2025-07-01', '2025-12-31'],
    ['gains in 3rd quarter 2025', '3rd quarter 2025', '2025-07-01', '2025-09-30'],
    ['in Q3 2025', 'Q3 2025', '2025-07-01', '2025-09-30'],
    ['in May 2024', 'May 2024', '2024-05-01', '2024-05-31'],
    ['in 2024', '2024', '2024-01-01', '2024-12-31'],
    ['between February 20 and March 3, 2026', 'between February 20 and March 3, 2026', '2026-02-20', '2026-03-03'],
    ['since the end of January', 'since the end of January', '2026-01-22', '2026-02-27'],
    ['from 2022 to 2024', 'from 2022 to 2024', '2022-01-01', '2024-12-31'],
    ['by February 2026', 'by February 2026', '2026-02-27', '2026-02-28'],
    // Past bias: "on Friday" in a Friday report is that day; "last Friday" the week before.
    ['on Friday', 'on Friday', '2026-02-27', '2026-02-27'],
    ['on Tuesday', 'on Tuesday', '2026-02-24', '2026-02-24'],
    ['last Friday', 'last Friday', '2026-02-20', '2026-02-20'],
    ['yesterday', 'yesterday', '2026-02-26', '2026-02-26'],
    ['overnight', 'overnight', '2026-02-26', '2026-02-27'],
    ['over the past 24 hours', 'the past 24 hours', '2026-02-26', '2026-02-27'],
    ['since the start of the month', 'since the start of the month', '2026-02-01', '2026-02-27'],
    ['in the past week', 'the past week', '2026-02-20', '2026-02-27'],
    ['three weeks ago', 'three weeks ago', '2026-02-06', '2026-02-06'],
    ['last week', 'last week', '2026-02-16', '2026-02-22'],
    ['last year', 'last year', '2025-01-01', '2025-12-31'],
    ['earlier this month', 'earlier this month', '2026-02-01', '2026-02-27'],
    ['the summer of 2025', 'the summer of 2025', '2025-06-01', '2025-08-31'],
    ['last summer', 'last summer', '2025-06-01', '2025-08-31'],
    // A yearless date later than the anchor belongs to the previous year.
    ['on December 3', 'December 3', '2025-12-03', '2025-12-03'],
    // Parts of a month; a month back is the same day of the month before, not 30 days.
    ['during the first week of December', 'the first week of December', '2025-12-01', '2025-12-07'],
    ['in the last 10 days of January', 'the last 10 days of January', '2026-01-22', '2026-01-31'],
    ['the third week of January 2026', 'the third week of January 2026', '2026-01-15', '2026-01-21'],
    ['over the past month', 'the past month', '2026-01-27', '2026-02-27'],
    // Nights, weekends, report windows, seasons as a start.
    ['drones struck through the night', 'through the night', '2026-02-26', '2026-02-27'],
    ['on the night of February 20', 'on the night of February 20', '2026-02-20', '2026-02-21'],
    ['the night of 20 to 21 February', 'the night of 20 to 21 February', '2026-02-20', '2026-02-21'],
    ['in the 24 hours to the morning of February 25', 'in the 24 hours to the morning of February 25', '2026-02-24', '2026-02-25'],
    ['over the weekend', 'over the weekend', '2026-02-21', '2026-02-22'],
    ['this past weekend', 'this past weekend', '2026-02-21', '2026-02-22'],
    ['since the spring', 'since the spring', '2025-03-01', '2026-02-27'],
  ])('%s', (text, match, start, end) => {
    expect(resolved(text, ANCHOR)).toEqual([[match, start, end]])
  })

  it('does not read the modal verb "may" or the verb "march" as months', () => {
    expect(findDateExpressions('Russia may attempt an offensive; troops march on.')).toEqual([])
  })

  it('does not read areas or counts as years', () => {
    expect(findDateExpressions('Russia seized 2,194 km² and 2025 soldiers were lost in 2019.5 cases')).toEqual([])
  })
})

describe('findDateExpressions + resolveDateValue (Ukrainian, Russian)', () => {
  it.each([
    ['26 лютого 2026 року', '26 лютого 2026 року', '2026-02-26', '2026-02-26'],
    ['у перший тиждень лютого', 'перший тиждень лютого', '2026-02-01', '2026-02-07'],
    ['за останні 10 днів січня', 'останні 10 днів січня', '2026-01-22', '2026-01-31'],
    ['в первую неделю февраля', 'первую неделю февраля', '2026-02-01', '2026-02-07'],
    ['у лютому', 'у лютому', '2026-02-01', '2026-02-28'],
    ['з кінця січня', 'з кінця січня', '2026-01-22', '2026-02-27'],
    ['за минулу добу', 'за минулу добу', '2026-02-26', '2026-02-27'],
    ['за перші 10 місяців 2025 року', 'перші 10 місяців 2025 року', '2025-01-01', '2025-10-31'],
    ['у першій половині 2025 року', 'першій половині 2025 року', '2025-01-01', '2025-06-30'],
    ['в ніч на 26 лютого', 'в ніч на 26 лютого', '2026-02-25', '2026-02-26'],
    ['минулого тижня', 'минулого тижня', '2026-02-16', '2026-02-22'],
    ["у п'ятницю", "у п'ятницю", '2026-02-27', '2026-02-27'],
    ['вчора', 'вчора', '2026-02-26', '2026-02-26'],
    ['ВСУ накануне атаковали Горловку', 'накануне', '2026-02-26', '2026-02-26'],
    ['об этом сообщили накануне.', 'накануне', '2026-02-26', '2026-02-26'],
    ['напередодні ввечері', 'напередодні', '2026-02-26', '2026-02-26'],
    ['Напередодні у Києві', 'Напередодні', '2026-02-26', '2026-02-26'],
    ['26 февраля 2026 года', '26 февраля 2026 года', '2026-02-26', '2026-02-26'],
    ['в ночь на 26 февраля', 'в ночь на 26 февраля', '2026-02-25', '2026-02-26'],
    ['с 1 по 26 февраля', 'с 1 по 26 февраля', '2026-02-01', '2026-02-26'],
    ['за прошедшие сутки', 'за прошедшие сутки', '2026-02-26', '2026-02-27'],
    ['в прошлом году', 'в прошлом году', '2025-01-01', '2025-12-31'],
    ['во вторник', 'во вторник', '2026-02-24', '2026-02-24'],
    ['3 дня назад', '3 дня назад', '2026-02-24', '2026-02-24'],
    ['с начала года', 'с начала года', '2026-01-01', '2026-02-27'],
    ['в третьем квартале 2025 года', 'третьем квартале 2025 года', '2025-07-01', '2025-09-30'],
    // Bulletins and monthly summaries: "during the day", a month as the period, this week/month so far.
    ['упродовж доби', 'упродовж доби', '2026-02-26', '2026-02-27'],
    ['За січень', 'За січень', '2026-01-01', '2026-01-31'],
    ['за сентябрь 2025 года', 'за сентябрь 2025 года', '2025-09-01', '2025-09-30'],
    ['а за весь сентябрь — 410 кв. км', 'за весь сентябрь', '2025-09-01', '2025-09-30'],
    ['за увесь вересень — 461 км²', 'за увесь вересень', '2025-09-01', '2025-09-30'],
    ['Від початку тижня', 'Від початку тижня', '2026-02-23', '2026-02-27'],
    ['з початку місяця', 'з початку місяця', '2026-02-01', '2026-02-27'],
    ['с начала недели', 'с начала недели', '2026-02-23', '2026-02-27'],
    // Night reports, multi-day windows, weekends, a bare month or season as a start.
    ['За ніч сили ППО збили', 'За ніч', '2026-02-26', '2026-02-27'],
    ['за минулу ніч', 'за минулу ніч', '2026-02-26', '2026-02-27'],
    ['только за ночь по позициям', 'за ночь', '2026-02-26', '2026-02-27'],
    ['в течение ночи', 'в течение ночи', '2026-02-26', '2026-02-27'],
    ['протягом ночі', 'протягом ночі', '2026-02-26', '2026-02-27'],
    ['в ночь с 20 на 21 февраля', 'в ночь с 20 на 21 февраля', '2026-02-20', '2026-02-21'],
    ['За дві доби бою', 'За дві доби', '2026-02-25', '2026-02-27'],
    ['за трое суток', 'за трое суток', '2026-02-24', '2026-02-27'],
    ['у вихідні', 'у вихідні', '2026-02-21', '2026-02-22'],
    ['в минувшие выходные', 'в минувшие выходные', '2026-02-21', '2026-02-22'],
    ['на выходных', 'на выходных', '2026-02-21', '2026-02-22'],
    ['з січня', 'з січня', '2026-01-01', '2026-02-27'],
    ['с января', 'с января', '2026-01-01', '2026-02-27'],
    ['с октября по декабрь 2025 года', 'с октября по декабрь 2025 года', '2025-10-01', '2025-12-31'],
    ['с лета', 'с лета', '2025-06-01', '2026-02-27'],
    // Nights named by their dates or by the weekday they end on.
    ['hit a depot overnight on February 20-21', 'overnight on February 20-21', '2026-02-20', '2026-02-21'],
    ['overnight 20 to 21 February', 'overnight 20 to 21 February', '2026-02-20', '2026-02-21'],
    ['drones attacked overnight into Thursday', 'overnight into Thursday', '2026-02-25', '2026-02-26'],
    ['on the night to Monday', 'on the night to Monday', '2026-02-22', '2026-02-23'],
    ['The night before Monday', 'The night before Monday', '2026-02-22', '2026-02-23'],
    ['Sunday night into Monday', 'Sunday night into Monday', '2026-02-22', '2026-02-23'],
    ['the night of Thursday to Friday', 'the night of Thursday to Friday', '2026-02-26', '2026-02-27'],
    ['Украинские войска в ночь на понедельник атаковали', 'в ночь на понедельник', '2026-02-22', '2026-02-23'],
    ['в ночь с четверга на пятницу', 'в ночь с четверга на пятницу', '2026-02-26', '2026-02-27'],
    ['у ніч проти неділі', 'у ніч проти неділі', '2026-02-21', '2026-02-22'],
    ['у ніч з суботи на неділю', 'у ніч з суботи на неділю', '2026-02-21', '2026-02-22'],
    ['в ніч на середу', 'в ніч на середу', '2026-02-24', '2026-02-25'],
    // ISW's two days: "on February 25 and 26"; not a count after "and", not two distant days.
    ['continued offensive operations on February 25 and 26 but did not advance', 'February 25 and 26', '2026-02-25', '2026-02-26'],
    ['attacks on February 25 and 26 produced no gains', 'February 25 and 26', '2026-02-25', '2026-02-26'],
    ['on February 25 and 26 people were hurt', 'February 25', '2026-02-25', '2026-02-25'],
    ['on February 20 and 26, the ministry said', 'February 20 and 26', '2026-02-20', '2026-02-20'],
    // "накануне" before "от"/"від" (the source of a statement) is yesterday.
    ['заявления, прозвучавшие накануне от Минобороны', 'накануне', '2026-02-26', '2026-02-26'],
    ['напередодні від військових надійшла', 'напередодні', '2026-02-26', '2026-02-26'],
  ])('%s', (text, match, start, end) => {
    expect(resolved(text, ANCHOR)).toEqual([[match, start, end]])
  })

  it('does not read a birth year as the time of an event', () => {
    expect(findDateExpressions('погиб мужчина 1967 года рождения')).toEqual([])
    expect(findDateExpressions('поранено жінку 1961 року народження')).toEqual([])
    expect(findDateExpressions('поранено чоловіка 1975 р. н.')).toEqual([])
    expect(findDateExpressions('a man born in 1967 was killed')).toEqual([])
  })

  it('resolves "last weekend" said on a weekend to the weekend before', () => {
    // Sunday 1 March 2026.
    expect(resolved('у минулі вихідні', '2026-03-01')).toEqual([['у минулі вихідні', '2026-02-21', '2026-02-22']])
    expect(resolved('over the weekend', '2026-03-01')).toEqual([['over the weekend', '2026-02-28', '2026-03-01']])
  })

  it('does not read "накануне"/"напередодні" before a noun (on the eve of something) as yesterday', () => {
    expect(findDateExpressions('накануне переговоров в Стамбуле')).toEqual([])
    expect(findDateExpressions('напередодні Великодня')).toEqual([])
  })

  it('does not read "среда" (environment) as Wednesday without a preposition', () => {
    expect(findDateExpressions('информационная среда')).toEqual([])
  })
})

describe('relative expressions', () => {
  it('resolve to null without an anchor, explicit ones do not need it', () => {
    expect(resolved('yesterday and 26 February 2026', null)).toEqual([
      ['yesterday', null, null],
      ['26 February 2026', '2026-02-26', '2026-02-26'],
    ])
  })

  it('lean to the future when asked (expected events)', () => {
    const [e] = findDateExpressions('on Tuesday')
    expect(resolveDateValue(e!.value, ANCHOR, { bias: 'future' })).toMatchObject({ start: '2026-03-03' })
  })
})

describe('invariants', () => {
  it('spans slice to their text and never overlap, on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        let last = 0
        for (const e of findDateExpressions(text)) {
          expect(text.slice(e.span[0], e.span[1])).toBe(e.text)
          expect(e.span[0]).toBeGreaterThanOrEqual(last)
          last = e.span[1]
          resolveDateValue(e.value, '2026-02-27')
        }
      }),
    )
  })
})
