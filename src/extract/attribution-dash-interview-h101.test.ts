import { describe, expect, it } from 'vitest'
import type { Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Interviews printed as dash turns that name nobody: the answers are the interviewee's (the person the
// lead named), given to the outlet; the questions stay the outlet's. Sentences of our own.

function claimsOf(text: string, lang: Lang, outlet: string) {
  const r = extractClaims({ id: 'doc-h101-dash', text, lang, publishedAt: '2026-11-20', outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ speaker: c.speaker.name, via: c.speaker.via, text: text.slice(c.span[0], c.span[1]) }))
}

const UK = [
  'Командир роти 47-ї окремої механізованої бригади Петро Гнатюк розповів Вісникові про бої біля Новопавлівки.',
  '',
  '— Що відбувається на вашій ділянці?',
  '',
  '— Минулої ночі їхня штурмова група зайшла в Новопавлівку. Ми відбили атаку.',
  '',
  '— А що з Ольгівкою?',
  '',
  '— Ольгівку обстрілюють щодня з артилерії.',
].join('\n')

const RU = [
  'Командир штурмовой роты Иван Сомов рассказал «Вестнику» о боях у Новопавловки.',
  '',
  '— Что происходит у Новопавловки?',
  '',
  '— Вчера наши подразделения зачистили окраину Новопавловки.',
  '',
  '— А Ольговка?',
  '',
  '— Ольговку противник обстреливает каждый день.',
].join('\n')

describe('dash-turn interviews', () => {
  it('the answers of a Ukrainian interview are the commander\'s, given to the outlet', () => {
    const rows = claimsOf(UK, 'uk', 'Вісник').filter((r) => !r.text.includes('Вісникові'))
    expect(rows.length).toBeGreaterThan(0)
    for (const r of rows) expect(r).toMatchObject({ speaker: 'Петро Гнатюк', via: 'Вісник' })
  })
  it('the answers of a Russian interview are the commander\'s', () => {
    const rows = claimsOf(RU, 'ru', 'Вестник').filter((r) => !r.text.includes('Вестнику'))
    expect(rows.length).toBeGreaterThan(0)
    for (const r of rows) expect(r.speaker).toBe('Иван Сомов')
  })
  it('dash lines that never ask are no interview: they stay the outlet\'s', () => {
    const text = ['Командир роти Петро Гнатюк розповів Вісникові про бої.', '', '— Ворог атакував Новопавлівку.', '', '— Ворог обстріляв Ольгівку.', '', '— Ворог атакував Гнатівку.', '', '— Ворог обстріляв Лисівку.'].join('\n')
    const rows = claimsOf(text, 'uk', 'Вісник').filter((r) => r.text.includes('Ворог'))
    expect(rows.length).toBeGreaterThan(0)
    for (const r of rows) expect(r.speaker).toBe('Вісник')
  })
})
