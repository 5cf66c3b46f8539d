import { beforeAll, describe, expect, it } from 'vitest'
import type { Lang } from '../../domain/index.js'
import { warmSlavicExtraction } from '../../testing/slavic-extraction.js'
import { extractClaims } from '../extract-claims.js'

// Round 19, class: speaker sides left unknown. Unnamed witnesses and residents ("— очевидцы",
// "повідомили місцеві жителі") are the quoting outlet's side, as its unnamed sources are (convention
// 52); the head of a district or a town named with its adjective ("глава Слов'янського району",
// "голова Шосткинської громади") speaks for the side that governs the region the sentence names.
// Our own sentences.

function first(text: string, lang: Lang, outlet: string): { speaker: string | null; side: string } | null {
  const r = extractClaims({ id: 'doc-sides', text, lang, publishedAt: '2024-05-14', outlet })
  expect(r.issues).toEqual([])
  const c = r.value.claims[0]
  return c ? { speaker: c.speaker.name, side: c.speaker.side } : null
}

describe('unnamed witnesses take the outlet\'s side', () => {
  beforeAll(warmSlavicExtraction, 120_000)

  it.each<[string, Lang, string, string]>([
    ['Ночью в Белгороде прогремели взрывы на нефтебазе — очевидцы', 'ru', 'RIA Novosti', 'RU'],
    ['Уночі дрони атакували нафтобазу в Курську, повідомили місцеві жителі.', 'uk', 'UNIAN', 'UA'],
    ['В Харькове ночью был слышен взрыв у подстанции, сообщили жители.', 'ru', 'LIGA.net', 'UA'],
  ])('%s', (text, lang, outlet, side) => {
    expect(first(text, lang, outlet)?.side).toBe(side)
  })
})

describe('the head of a district speaks for the side that governs its region', () => {
  beforeAll(warmSlavicExtraction, 120_000)

  it.each<[string, Lang, string]>([
    ['Дрони атакували нафтобазу в Краснодарському краї, повідомив глава Кримського району.', 'uk', 'RU'],
    ['Беспилотник ударил по подстанции в Белгородской области, сообщил глава Шебекинского округа.', 'ru', 'RU'],
    ['Росіяни вдарили по Сумській області, повідомив голова Шосткинської громади.', 'uk', 'UA'],
  ])('%s', (text, lang, side) => {
    expect(first(text, lang, 'UNIAN')?.side).toBe(side)
  })
})
