import { describe, expect, it } from 'vitest'
import { findDateExpressions } from './find-date-expressions.js'
import { resolveDateValue } from './resolve-date-value.js'

// Time phrases met in unseen reports (round 10): weekday nights, summaries of a month, half-months,
// fortnights, halves of a month joined to the month before, deadlines told by their end, and small
// hours. Our own sentences. Anchor: Saturday 24 October 2026.
const ANCHOR = '2026-10-24'

function resolved(text: string, anchor: string = ANCHOR, bias: 'past' | 'future' = 'past'): [string, string | null, string | null][] {
  return findDateExpressions(text).map((e) => {
    const r = resolveDateValue(e.value, anchor, { bias })
    return [e.text, r?.start ?? null, r?.end ?? null]
  })
}

describe('a weekday night is the night that ends the next morning (judgement call 6)', () => {
  it.each([
    ['The platoon left the farm on Thursday night.', 'on Thursday night', '2026-10-22', '2026-10-23'],
    ['Drones hit the depot late Monday night, officials said.', 'late Monday night', '2026-10-19', '2026-10-20'],
    ['Shelling went on through Friday night', 'Friday night', '2026-10-23', '2026-10-24'],
  ])('%s', (text, phrase, start, end) => {
    expect(resolved(text)).toContainEqual([phrase, start, end])
  })

  it('keeps "Sunday night into Monday" as the night into Monday', () => {
    expect(resolved('It burned Sunday night into Monday.')).toContainEqual(['Sunday night into Monday', '2026-10-18', '2026-10-19'])
  })

  it('is not a night when the weekday stands alone or is a night\'s purpose', () => {
    expect(resolved('They attacked on Thursday.')).toEqual([['on Thursday', '2026-10-22', '2026-10-22']])
    expect(resolved('The unit withdrew on Thursday night to avoid encirclement.')).toEqual([['on Thursday night', '2026-10-22', '2026-10-23']])
  })
})

describe('a summary of a month, half a month and a fortnight', () => {
  it.each([
    ['За підсумками вересня росіяни окупували 380 км².', 'підсумками вересня', '2026-09-01', '2026-09-30'],
    ['По итогам сентября армия заняла 400 кв. км.', 'итогам сентября', '2026-09-01', '2026-09-30'],
    ['За результатами серпня 2025 року ворог просунувся на 5 км.', 'результатами серпня 2025 року', '2025-08-01', '2025-08-31'],
    ['Ворог за півмісяця просунувся на 5 км.', 'півмісяця', '2026-10-09', '2026-10-24'],
    ['За полмесяца противник продвинулся на 3 км.', 'полмесяца', '2026-10-09', '2026-10-24'],
    ['Russian troops crept forward over the past fortnight.', 'fortnight', '2026-10-10', '2026-10-24'],
  ])('%s', (text, phrase, start, end) => {
    expect(resolved(text)).toContainEqual([phrase, start, end])
  })

  it('a summary word without a month dates nothing, nor "a fortnight ago" as a span', () => {
    expect(resolved('За підсумками наради рішення не ухвалили.')).toEqual([])
    expect(resolved('The bridge was hit a fortnight ago.')).toEqual([])
  })
})

describe('halves of a month, and a month joined to the next', () => {
  it.each([
    ['in the first half of October', 'the first half of October', '2026-10-01', '2026-10-15'],
    ['у другій половині вересня', 'другій половині вересня', '2026-09-16', '2026-09-30'],
    ['погибших в сентябре и первой половине октября', 'сентябре и первой половине октября', '2026-09-01', '2026-10-15'],
    ['in September and October', 'September and October', '2026-09-01', '2026-10-31'],
  ])('%s', (text, phrase, start, end) => {
    const found = resolved(text)
    expect(found.map(([t, s, e]) => [t.replace(/^(?:in|в)\s+/u, ''), s, e])).toContainEqual([phrase.replace(/^(?:in|в)\s+/u, ''), start, end])
  })

  it('does not join months that do not follow each other', () => {
    const found = resolved('in May and in August')
    expect(found).toContainEqual(['May', '2026-05-01', '2026-05-31'])
    expect(found).toContainEqual(['August', '2026-08-01', '2026-08-31'])
    expect(resolved('у вересні та листопаді').map(([t]) => t)).not.toContain('вересні та листопаді')
  })
})

describe('deadlines told by their end are deadlines', () => {
  it.each([
    ['will try to outflank the town before November is out', 'before November is out', '2026-10-24', '2026-11-30'],
    ['expected to finish later this year', 'later this year', '2026-10-24', '2026-12-31'],
    ['до Нового року ця цифра перевищить 4,5 тис. км²', 'до Нового року', '2026-10-24', '2026-12-31'],
    ['к Новому году', 'к Новому году', '2026-10-24', '2026-12-31'],
    ['до кінця року цифра може сягнути 4 тис. км²', 'до кінця року', '2026-10-24', '2026-12-31'],
  ])('%s', (text, phrase, start, end) => {
    expect(resolved(text, ANCHOR, 'future')).toContainEqual([phrase, start, end])
  })
})

describe('an hour of the small hours or the morning is the report\'s day', () => {
  it.each([
    ['Харків: близько 02:40 ворожий дрон поцілив у склад.', 'близько 02:40'],
    ['Около 04:00 противник запустил ракету.', 'Около 04:00'],
    ['A drone hit the depot at about 3:10 a.m., officials said.', 'about 3:10 a.m.'],
    ['The missile struck at 4 am, police said.', 'at 4 am'],
  ])('%s', (text, phrase) => {
    expect(resolved(text)).toContainEqual([phrase, ANCHOR, ANCHOR])
  })

  it('leaves evening hours, counts and bulletin stamps alone', () => {
    expect(resolved('Около 21:30 дрон атаковал дом.')).toEqual([])
    expect(resolved('The drone flew at 200 km an hour.')).toEqual([])
    expect(resolved('about 25 drones')).toEqual([])
  })
})

describe('a vague horizon is the statement\'s day', () => {
  it('"in recent days" resolves to the anchor day, weakly', () => {
    const found = findDateExpressions('Russian forces gained ground in recent days.')
    expect(found).toHaveLength(1)
    expect(found[0]!.value).toEqual({ kind: 'offset-day', days: 0, weak: true })
  })
})

describe('deadlines told by a year\'s, a month\'s or a season\'s end (round 11)', () => {
  it.each([
    ['Kyiv hopes to finish the line by year\'s end.', 'by year\'s end', '2026-10-24', '2026-12-31'],
    ['The brigade must hand over the sector by month-end.', 'by month-end', '2026-10-24', '2026-10-31'],
    ['The withdrawal should be complete by the end of this month.', 'by the end of this month', '2026-10-24', '2026-10-31'],
    ['Обстріли триватимуть щонайменше до кінця місяця.', 'до кінця місяця', '2026-10-24', '2026-10-31'],
    ['Эвакуацию завершат к концу этого месяца.', 'к концу этого месяца', '2026-10-24', '2026-10-31'],
    ['Бої за місто, ймовірно, триватимуть до весни.', 'до весни', '2026-10-24', '2027-05-31'],
    ['Колонну планируют восстановить к лету.', 'к лету', '2026-10-24', '2027-08-31'],
    ['The offensive is expected to pause until spring.', 'until spring', '2026-10-24', '2027-05-31'],
  ])('%s', (text, phrase, start, end) => {
    expect(resolved(text, ANCHOR, 'future')).toContainEqual([phrase, start, end])
  })

  it('a season that opens a range is not a deadline, and "by spring" may be of the past', () => {
    expect(resolved('Бої тривали з осені до весни.').map(([t]) => t)).not.toContain('до весни')
    expect(resolved('By spring the brigade had dug in near the river.')).toEqual([])
  })

  it('"during the week" is the week so far', () => {
    expect(resolved('Crews rebuilt three bridges during the week.')).toEqual([['during the week', '2026-10-19', '2026-10-24']])
  })
})
