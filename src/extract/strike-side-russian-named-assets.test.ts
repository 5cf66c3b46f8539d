// Round 20 (audit of VIINA 2024; the opened real-viina3): strikes on Russian oil, gas and port assets
// named by their own name, with no Russian place and no side word ("вузол нафтопроводу «Дружба»",
// "станція «Унеча»", "НПЗ «Лукойл-…»", "порт Тамань"), took the side a Ukrainian outlet's voice lends
// (the enemy's, RU). A named asset knows its country (russian-named-assets.ts): the strike is Ukraine's
// (convention 72). Sentences written by the team.
import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'
import { metadataDocument } from '../testing/metadata-document.js'

function sides(text: string, lang: 'uk' | 'ru', outlet = 'UNIAN'): (string | null)[] {
  const document = metadataDocument({ id: 't', origin: 't', outlet, publishedAt: '2025-08-20', lang, text })
  return extractClaims(document).value.claims.filter((c) => c.kind === 'strike').map((c) => c.actorSide)
}

describe('a strike on a named Russian asset with no attacker named is Ukraine\'s', () => {
  it.each([
    ['Вночі безпілотники знову влучили в нафтопровід «Дружба».', 'uk'],
    ['Дрони атакували перекачувальну станцію «Унеча» нафтопроводу.', 'uk'],
    ['Уночі атаковано НПЗ «Лукойл-Нижегороднафтооргсинтез».', 'uk'],
    ['Беспилотники атаковали порт Тамань, возник пожар.', 'ru'],
    ['Ночью дроны атаковали нефтепровод «Дружба».', 'ru'],
    ['Дрони вдарили по терміналу Шесхарис у порту.', 'uk'],
    ['Вибухи пролунали біля Туапсинського НПЗ.', 'uk'],
  ] as const)('%s', (text, lang) => {
    expect(sides(text, lang)).toEqual(['UA'])
  })

  it('negative: a side the clause names still decides', () => {
    expect(sides('Російські дрони атакували нафтопровід «Дружба» на Волині.', 'uk')).toEqual(['RU'])
  })

  it('negative: a Ukrainian port and a company name away from a strike change nothing', () => {
    expect(sides('Ракети влучили в порт Одеси.', 'uk')).toEqual(['RU'])
    expect(sides('Лукойл заявив про падіння прибутку.', 'uk')).toEqual([])
  })
})
