import { describe, expect, it } from 'vitest'
import { findDateExpressions } from './find-date-expressions.js'
import { resolveDateValue } from './resolve-date-value.js'

// Relative times with a past bias (round 12): parts of a relative week or month, seasons since their
// start or named as last, nights named by their morning after "уночі"/"ночью", spells counted in days,
// months of the year and weeks of a month without "first". Our own sentences. Anchor: Wednesday
// 18 November 2026.
const ANCHOR = '2026-11-18'

function resolved(text: string, anchor: string = ANCHOR): [string, string | null, string | null][] {
  return findDateExpressions(text).map((e) => {
    const r = resolveDateValue(e.value, anchor, { bias: 'past' })
    return [e.text, r?.start ?? null, r?.end ?? null]
  })
}

describe('a part of a relative week or month', () => {
  it.each([
    ['Late last month the garrison pulled out of the quarry.', 'Late last month', '2026-10-21', '2026-10-31'],
    ['Early last month two bridges were blown up.', 'Early last month', '2026-10-01', '2026-10-10'],
    ['At the end of last week a convoy was hit near the ford.', 'At the end of last week', '2026-11-13', '2026-11-15'],
    ['The brigade rotated out at the start of the week.', 'the start of the week', '2026-11-16', '2026-11-18'],
    ['Наприкінці минулого місяця ворог вийшов до ставка.', 'Наприкінці минулого місяця', '2026-10-21', '2026-10-31'],
    ['На початку тижня дрони спалили склад пального.', 'На початку тижня', '2026-11-16', '2026-11-18'],
    ['В конце прошлой недели колонна попала под удар.', 'В конце прошлой недели', '2026-11-13', '2026-11-15'],
    ['В начале месяца штурмовики зашли на окраину.', 'В начале месяца', '2026-11-01', '2026-11-10'],
    ['В середине прошлого месяца фронт стоял у реки.', 'В середине прошлого месяца', '2026-10-11', '2026-10-20'],
  ])('%s', (text, phrase, start, end) => {
    expect(resolved(text)).toContainEqual([phrase, start, end])
  })

  it('"by the end of the month" stays a deadline and "earlier this week" the week so far', () => {
    expect(findDateExpressions('The road should reopen by the end of the month.').map((e) => e.value.kind)).toEqual(['by'])
    expect(resolved('Earlier this week a ferry sank.')).toEqual([['Earlier this week', '2026-11-16', '2026-11-18']])
  })
})

describe('seasons since their start, and the last one', () => {
  it.each([
    ['З початку осені сапери розмінували 40 гектарів.', 'З початку осені', '2026-09-01', '2026-11-18'],
    ['С начала осени армия продвинулась на 12 км.', 'С начала осени', '2026-09-01', '2026-11-18'],
    ['Since the start of the autumn the line has barely moved.', 'Since the start of the autumn', '2026-09-01', '2026-11-18'],
    ['Минулої осені бригада стояла під Лиманом.', 'Минулої осені', '2025-09-01', '2025-11-30'],
    ['Прошлым летом мост восстановили.', 'Прошлым летом', '2026-06-01', '2026-08-31'],
  ])('%s', (text, phrase, start, end) => {
    expect(resolved(text)).toContainEqual([phrase, start, end])
  })
})

describe('relative weeks and weekdays in Russian genitive and with "минувш-"', () => {
  it.each([
    ['Со второй половины прошлого месяца обстрелы стихли.', 'прошлого месяца', '2026-10-01', '2026-10-31'],
    ['Итоги прошлой недели подвели в штабе.', 'прошлой недели', '2026-11-09', '2026-11-15'],
    ['В минувшую пятницу сгорела подстанция.', 'В минувшую пятницу', '2026-11-13', '2026-11-13'],
  ])('%s', (text, phrase, start, end) => {
    expect(resolved(text)).toContainEqual([phrase, start, end])
  })
})

describe('a night named by its morning after "уночі", "вночі", "ночью" (judgement call 6)', () => {
  it.each([
    ['Уночі проти понеділка горіла нафтобаза.', 'Уночі проти понеділка', '2026-11-15', '2026-11-16'],
    ['Вночі на 12 листопада збито дев’ять дронів.', 'Вночі на 12 листопада', '2026-11-11', '2026-11-12'],
    ['Ночью на субботу в городе выли сирены.', 'Ночью на субботу', '2026-11-13', '2026-11-14'],
    ['Ночью с четверга на пятницу погас свет.', 'Ночью с четверга на пятницу', '2026-11-12', '2026-11-13'],
  ])('%s', (text, phrase, start, end) => {
    expect(resolved(text)).toContainEqual([phrase, start, end])
  })

  it('a night alone is still the last night', () => {
    expect(resolved('Уночі горіла нафтобаза.')).toEqual([['Уночі', '2026-11-17', '2026-11-18']])
  })
})

describe('a spell counted in days runs to the statement', () => {
  it.each([
    ['Сирени лунають уже четвертий день.', 'четвертий день', '2026-11-15', '2026-11-18'],
    ['Ворог другу добу поспіль б’є по мосту.', 'другу добу поспіль', '2026-11-17', '2026-11-18'],
    ['Город третьи сутки без воды.', 'третьи сутки', '2026-11-16', '2026-11-18'],
    ['The ferry crossing was shelled for a third straight day.', 'for a third straight day', '2026-11-16', '2026-11-18'],
  ])('%s', (text, phrase, start, end) => {
    expect(resolved(text)).toContainEqual([phrase, start, end])
  })

  it('"на третій день" is one day of something else, not a spell', () => {
    expect(resolved('На третій день облоги гарнізон вийшов.')).toEqual([])
  })
})

describe('months of the year and weeks of a month without "first"', () => {
  it.each([
    ['За дев’ять місяців року окупанти втратили 300 танків.', 'За дев’ять місяців року', '2026-01-01', '2026-09-30'],
    ['За 10 месяцев года поставки выросли вдвое.', 'За 10 месяцев года', '2026-01-01', '2026-10-31'],
    ['За два тижні листопада ворог просунувся на 4 км.', 'За два тижні листопада', '2026-11-01', '2026-11-14'],
  ])('%s', (text, phrase, start, end) => {
    expect(resolved(text)).toContainEqual([phrase, start, end])
  })
})

describe('"от"/"від" after a bulletin or an order is the day it is dated, not a start', () => {
  it.each([
    ['В бюллетене от 9 ноября штаб сообщил о штурме.', '9 ноября', '2026-11-09', '2026-11-09'],
    ['У повідомленні Генштабу від 10 листопада йшлося про два штурми.', '10 листопада', '2026-11-10', '2026-11-10'],
    ['Распоряжением от 2 ноября жителей обязали выехать.', '2 ноября', '2026-11-02', '2026-11-02'],
  ])('%s', (text, phrase, start, end) => {
    expect(resolved(text)).toContainEqual([phrase, start, end])
  })

  it('a start stays a start', () => {
    expect(resolved('С 2 ноября жителей вывозят автобусами.')).toEqual([['С 2 ноября', '2026-11-02', '2026-11-18']])
  })
})
