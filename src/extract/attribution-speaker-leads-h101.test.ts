import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Speaker phrases that carry the time of the statement around the name: a week word after the name
// ("Міноборони РФ минулого тижня"), a day range before it ("З 3 по 9 листопада Генштаб"), a day with
// "ещё/ще/вже" before it ("Ещё 4 ноября ведомство"). None of them is part of who speaks. Sentences of our own.

type Row = { speaker: string | null; side: string }

function claimsOf(text: string, lang: Lang, outlet: string | null = 'Вісник'): Row[] {
  const r = extractClaims({ id: 'doc-h101', text, lang, publishedAt: '2026-11-20', outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ speaker: c.speaker.name, side: c.speaker.side }))
}

describe('week and month words after the speaker are not part of the name', () => {
  it.each<[string, Lang, string]>([
    ['Міноборони Росії минулого тижня оголосило про захоплення Новопавлівки.', 'uk', 'Russian Defense Ministry'],
    ['Минобороны России на прошлой неделе заявило о взятии Новопавловки.', 'ru', 'Russian Defense Ministry'],
    ['Минобороны России в прошлом месяце объявило об освобождении Новопавловки.', 'ru', 'Russian Defense Ministry'],
  ])('%s', (text, lang, name) => {
    expect(claimsOf(text, lang)[0]).toMatchObject({ speaker: name })
  })
})

describe('a day range or a day with "ещё/вже" before the speaker is not part of the name', () => {
  it.each<[string, Lang, string]>([
    ['С 3 по 9 ноября Минобороны объявило о взятии Новопавловки.', 'ru', 'Russian Defense Ministry'],
    ['З 3 по 9 листопада Міноборони Росії оголосило про захоплення Новопавлівки.', 'uk', 'Russian Defense Ministry'],
  ])('%s', (text, lang, name) => {
    expect(claimsOf(text, lang)[0]).toMatchObject({ speaker: name })
  })
  it('"Ещё 4 ноября ведомство" points back to the ministry named before', () => {
    const rows = claimsOf('Минобороны России заявило о взятии Новопавловки. Ещё 4 ноября ведомство объявило о взятии Ольговки.', 'ru', 'Вёрстка')
    expect(rows.map((r) => r.speaker)).toEqual(['Russian Defense Ministry', 'Russian Defense Ministry'])
  })
  it('"В четверг курские власти" keeps the authorities and drops the day', () => {
    const rows = claimsOf('В четверг курские власти сообщили об отселении ещё 90 жителей Суджанского района.', 'ru', 'Вёрстка')
    expect(rows[0]).toMatchObject({ speaker: 'курские власти' })
  })
})
