// Claim times, round 13: an evening or an evening hour with no day of its own in a summary of the
// past day and night is the day before the report (and a toll right after it shares that time); a
// sentence that opens on the hit of the strike just told ("Влучання у …", "The blast …") takes the
// strike's time, and so does the toll after it. Our own sentences.
import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

function times(text: string, lang: 'en' | 'uk' | 'ru', publishedAt: string): [string, string | null, string | null][] {
  const r = extractClaims({ id: 'd', text, lang, publishedAt, outlet: 'Test Wire' })
  return r.value.claims.map((c) => [c.kind, c.time.start, c.time.end])
}

describe('an evening in a summary of the past day', () => {
  it('"Вечером" and "около 22:15" after "за прошедшие сутки" are the day before', () => {
    const text = 'Обстановка в Курской области за прошедшие сутки.\n\nВ Рыльске дрон атаковал автомобиль.\n\nВечером над Курском работала ПВО, сбиты 3 ракеты. Пострадал один человек.\n\nОколо 22:15 беспилотник ударил по Глушково.'
    const got = times(text, 'ru', '2026-11-20')
    expect(got[0]).toEqual(['strike', '2026-11-19', '2026-11-20'])
    expect(got.slice(1)).toEqual([
      ['strike', '2026-11-19', '2026-11-19'],
      ['casualties', '2026-11-19', '2026-11-19'],
      ['strike', '2026-11-19', '2026-11-19'],
    ])
  })

  it('"О 21:50" after "за минулу добу" is the day before; a morning hour is not', () => {
    const text = 'Харківщина: наслідки обстрілів за минулу добу.\n\nО 21:50 ворог ударив КАБом по Золочеву. Поранено двох людей.\n\nО 05:20 дрон влучив у гараж у Балаклії.'
    const got = times(text, 'uk', '2026-11-20')
    const at = got.findIndex((t) => t[0] === 'casualties')
    expect(got.slice(at - 1, at + 1)).toEqual([
      ['strike', '2026-11-19', '2026-11-19'],
      ['casualties', '2026-11-19', '2026-11-19'],
    ])
    expect(got.at(-1)?.[1]).toBe('2026-11-20')
  })

  it('an evening with a day of its own keeps that day', () => {
    const text = 'Обстановка в Курской области за прошедшие сутки.\n\nВ среду вечером беспилотник ударил по Глушково.'
    expect(times(text, 'ru', '2026-11-20')[0]).toEqual(['strike', '2026-11-18', '2026-11-18'])
  })
})

describe('the hit of the strike just told', () => {
  it('"Влучання у …" and the toll after it take the night of the strike', () => {
    const text = 'Уночі ворог атакував Павлоград ракетами. Влучання у склад, виникла пожежа. Травмовано трьох людей.'
    const got = times(text, 'uk', '2026-11-20')
    expect(got.length).toBeGreaterThan(1)
    for (const t of got) expect(t.slice(1)).toEqual(['2026-11-19', '2026-11-20'])
  })
})
