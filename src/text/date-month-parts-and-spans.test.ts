import { describe, expect, it } from 'vitest'
import { findDateExpressions } from './find-date-expressions.js'
import { resolveDateValue } from './resolve-date-value.js'

// Periods the resolver did not read (round 16): parts of a month told by the month's possessive or
// by "the month" alone, spans counted in genitive number words or in hours, "a couple of days ago",
// a war's tally since the invasion, and "from 3 to 9 November". Our own phrases, in no gold file.
// Anchor: Friday 20 November 2026.
const ANCHOR = '2026-11-20'

function resolved(text: string): [string, string | null, string | null][] {
  return findDateExpressions(text).map((e) => {
    const r = resolveDateValue(e.value, ANCHOR, { bias: 'past' })
    return [e.text, r?.start ?? null, r?.end ?? null]
  })
}
function interval(text: string): [string | null, string | null] {
  const found = resolved(text)
  expect(found, text).toHaveLength(1)
  return [found[0]![1], found[0]![2]]
}

describe('part of a month, named or the report\'s own', () => {
  it.each([
    ["Moscow gained 52 sq km over October's first fortnight.", '2026-10-01', '2026-10-15'],
    ["Losses fell during the month's first half.", '2026-11-01', '2026-11-15'],
    ['In the second half of the month the pace picked up.', '2026-11-16', '2026-11-30'],
    ["Some 210 people left during this month's opening week.", '2026-11-01', '2026-11-07'],
    ["September's last ten days brought 90 sq km.", '2026-09-21', '2026-09-30'],
    ['The first fortnight of November saw 14 villages change hands.', '2026-11-01', '2026-11-15'],
    ["The month's second fortnight was quieter.", '2026-11-16', '2026-11-30'],
    ['The first two weeks of November brought 60 sq km.', '2026-11-01', '2026-11-14'],
    ['За перші десять днів місяця ворог просунувся на 4 км.', '2026-11-01', '2026-11-10'],
    ['У першу половину місяця окупанти захопили 95 км².', '2026-11-01', '2026-11-15'],
    ['За первые 15 дней месяца армия заняла 130 кв. км.', '2026-11-01', '2026-11-15'],
    ['Во второй половине этого месяца темп вырос.', '2026-11-16', '2026-11-30'],
    ['Первую неделю месяца бои шли у Северска.', '2026-11-01', '2026-11-07'],
  ])('%s', (text, start, end) => {
    expect(interval(text)).toEqual([start, end])
  })

  it('"the month" alone, or a month\'s total, is not read as a part', () => {
    expect(resolved('Over the month, Russia gained 300 sq km.').map((r) => r[0])).toEqual(['Over the month'])
    expect(resolved('За місяць ворог захопив 300 км².').map((r) => r[0])).toEqual(['За місяць'])
  })
})

describe('a weekday night written at a sentence\'s start', () => {
  it.each([
    ['On Tuesday night drones set a depot on fire.', '2026-11-17', '2026-11-18'],
    ['Late Sunday night a missile hit the port.', '2026-11-15', '2026-11-16'],
  ])('%s', (text, start, end) => {
    expect(interval(text)).toEqual([start, end])
  })
})

describe('a night told by its event ("the night\'s barrage", "нічна атака", "ночного удара")', () => {
  it.each([
    ["The night's barrage cut power in Odesa."],
    ["Last night's attack damaged a substation."],
    ['Внаслідок нічної атаки пошкоджено підстанцію.'],
    ['Після нічного удару в місті немає світла.'],
    ['В результате ночной атаки беспилотников ранен мужчина.'],
  ])('%s', (text) => {
    expect(interval(text)).toEqual(['2026-11-19', '2026-11-20'])
  })

  it('nights as a habit or a shift date nothing', () => {
    expect(resolved('Нічні атаки стали звичними.')).toEqual([])
    expect(resolved('Ночные удары по городу не прекращаются.')).toEqual([])
    expect(resolved('Він працював у нічну зміну.')).toEqual([])
  })
})

describe('spans counted in genitive number words and in hours', () => {
  it.each([
    ['Протягом п’яти днів бригада тримала позиції.', '2026-11-15', '2026-11-20'],
    ['Протягом семи днів ворог атакував Куп’янськ.', '2026-11-13', '2026-11-20'],
    ['В течение шести суток шли бои за село.', '2026-11-14', '2026-11-20'],
    ['The brigade said it had beaten off nine assaults in 24 hours.', '2026-11-19', '2026-11-20'],
    ['Within twenty-four hours drones hit three substations.', '2026-11-19', '2026-11-20'],
    ['За 24 години ворог 40 разів обстріляв громаду.', '2026-11-19', '2026-11-20'],
    ['За последние 24 часа сбиты 30 беспилотников.', '2026-11-19', '2026-11-20'],
  ])('%s', (text, start, end) => {
    expect(interval(text)).toEqual([start, end])
  })

  it('"in 24 hours to the morning of …" stays the night window', () => {
    expect(resolved('In the 24 hours to the morning of November 19 Russia launched 80 drones.')[0]!.slice(1)).toEqual(['2026-11-18', '2026-11-19'])
  })
})

describe('"a couple of days ago", "пару днів тому", "пару дней назад" are two days', () => {
  it.each([
    ['A couple of days ago the unit pulled back.'],
    ['Пару днів тому наші вибили їх із посадки.'],
    ['Пару дней назад штурмовики зашли в село.'],
  ])('%s', (text) => {
    expect(interval(text)).toEqual(['2026-11-18', '2026-11-18'])
  })
})

describe('a war\'s tally runs from the full-scale invasion', () => {
  it.each([
    ['З початку війни загинули понад 70 тисяч військових.'],
    ['С начала вторжения подтверждена гибель 140 тысяч военных.'],
    ['The group has counted 130,000 dead since the war began.'],
    ["Since Russia's full-scale invasion, 9,000 civilians have died."],
    ['Журналисты назвали имена 150 тысяч военных, погибших на войне.'],
    ['Названо імена 60 тисяч воїнів, загиблих у війні.'],
  ])('%s', (text) => {
    expect(interval(text)).toEqual(['2022-02-24', ANCHOR])
  })

  it('a war as a topic dates nothing', () => {
    expect(resolved('The war in the east goes on.')).toEqual([])
    expect(resolved('Это самый тяжёлый удар в войне.')).toEqual([])
  })
})

describe('"from 3 to 9 November", "from November 3 to 9"', () => {
  it.each([
    ['The ministry claimed seven villages from 3 to 9 November.'],
    ['The ministry claimed seven villages from November 3 to 9, 2026.'],
  ])('%s', (text) => {
    expect(interval(text)).toEqual(['2026-11-03', '2026-11-09'])
  })

  it('not a count after "to"', () => {
    expect(resolved('Casualties rose from November 3 to 9 people a day.').map((r) => r[0])).not.toContain('from November 3 to 9')
  })
})
