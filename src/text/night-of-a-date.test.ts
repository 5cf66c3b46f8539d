import { describe, expect, it } from 'vitest'
import { findDateExpressions } from './find-date-expressions.js'
import { resolveDateValue } from './resolve-date-value.js'

// Round 19, class: nights in Ukrainian and Russian feeds told without "на" ("Уночі 18 листопада …",
// "Ночью 9 апреля …"), by a single night's event that is not an attack word ("нічна пожежа", "ночной
// взрыв", "нічний приліт"), and by the details or results of the night's strikes ("деталі нічних
// ударів", "последствия ночных атак"). Each is the two-day interval of that night (convention 6). Our
// own sentences. Anchor: Wednesday 12 March 2025.
const ANCHOR = '2025-03-12'

function resolved(text: string): [string, string | null, string | null][] {
  return findDateExpressions(text).map((e) => {
    const r = resolveDateValue(e.value, ANCHOR, { bias: 'past' })
    return [e.text, r?.start ?? null, r?.end ?? null]
  })
}

function intervals(text: string): [string | null, string | null][] {
  return resolved(text).map(([, start, end]) => [start, end])
}

describe('a night named by its date without "на"', () => {
  it.each([
    ['Уночі 11 березня ворожі дрони вдарили по складу в Павлограді.', '2025-03-10', '2025-03-11'],
    ['Вночі 12 березня в Одесі лунали вибухи.', '2025-03-11', '2025-03-12'],
    ['Ночью 9 марта беспилотники атаковали нефтебазу под Брянском.', '2025-03-08', '2025-03-09'],
    ['Уночі на 12 березня росіяни атакували Суми.', '2025-03-11', '2025-03-12'],
  ])('%s', (text, start, end) => {
    expect(intervals(text)).toContainEqual([start, end])
  })

  it('a date alone, or a night before a weekday, stays as it was', () => {
    expect(intervals('11 березня ворог вдарив по Запоріжжю.')).toEqual([['2025-03-11', '2025-03-11']])
    expect(intervals('Уночі проти вівторка дрони атакували Харків.')).toEqual([['2025-03-10', '2025-03-11']])
  })
})

describe('a single night\'s event', () => {
  it.each([
    ['Після нічної пожежі на підстанції частина міста без світла.'],
    ['Ночной взрыв на складе в Джанкое повредил дома.'],
    ['Нічний приліт пошкодив котельню.'],
    ['Генштаб розкрив деталі нічних ударів по аеродромах.'],
    ['Губернатор рассказал о последствиях ночных атак на Курск.'],
    ['Мер розповів про наслідки нічного обстрілу.'],
  ])('%s is last night', (text) => {
    expect(intervals(text)).toContainEqual(['2025-03-11', '2025-03-12'])
  })

  it('a habit of night strikes names no night', () => {
    expect(intervals('Росія продовжує нічні удари по енергетиці.')).toEqual([])
    expect(intervals('Ночные атаки дронов стали регулярными.')).toEqual([])
  })
})
