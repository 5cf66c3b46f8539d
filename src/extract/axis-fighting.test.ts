import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Fighting told on an axis ("on the Lyman direction", "на Покровському напрямку") is an actorless
// assault: an axis is a sector named after a city, not a settlement whose control the sentence states
// (conventions 8 and 9). Fighting for a place, or in a part of it, stays the place's `control`.
// Sentences of our own.
function kinds(text: string, lang: 'en' | 'uk' | 'ru'): { kind: string; side: string | null }[] {
  const { value } = extractClaims({ id: 't', text, lang, publishedAt: '2026-02-26', outlet: 'Test Desk' })
  return value.claims.map((c) => ({ kind: c.kind, side: c.actorSide }))
}

describe('fighting on an axis', () => {
  it.each([
    ['Heavy fighting continues on the Huliaipole and Orikhiv directions, the General Staff said.', 'en'],
    ['Fighting is still going on along the Kostiantynivka axis, the spokesman said.', 'en'],
    ['Battles are ongoing in the Siversk sector, according to the brigade.', 'en'],
    ['Бої тривають на Куп’янському, Лиманському та Краматорському напрямках, повідомили в Генштабі.', 'uk'],
    ['Бои продолжаются на Запорожском направлении, сообщили в штабе.', 'ru'],
  ] as const)('%s', (text, lang) => {
    expect(kinds(text, lang)).toEqual([{ kind: 'assault', side: null }])
  })
})

describe('fighting in a whole region', () => {
  it.each([
    ['Fighting continues in Kursk Oblast, the commander said.', 'en'],
    ['Clashes are still going on in the Kharkiv and Sumy regions, the General Staff said.', 'en'],
    ['Бої тривають у Курській області, повідомили в Генштабі.', 'uk'],
    ['Бои продолжаются в Белгородской области, сообщили в штабе.', 'ru'],
  ] as const)('%s', (text, lang) => {
    expect(kinds(text, lang)).toEqual([{ kind: 'assault', side: null }])
  })
})

describe('fighting for a place stays its control', () => {
  it.each([
    ['Fighting for Chasiv Yar continues, the General Staff said.', 'en'],
    ['Fighting continues in the northern outskirts of Toretsk, the spokesman said.', 'en'],
    ['Тривають бої за Степногірськ, повідомили в Генштабі.', 'uk'],
    ['Бои за Часов Яр продолжаются на Бахмутском направлении, сообщили в штабе.', 'ru'],
    ['Тривають бої у районі Костянтинівки, повідомили в Генштабі.', 'uk'],
  ] as const)('%s', (text, lang) => {
    expect(kinds(text, lang)).toEqual([{ kind: 'control', side: null }])
  })
})
