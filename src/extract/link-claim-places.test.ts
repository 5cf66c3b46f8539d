import { describe, expect, it } from 'vitest'
import type { Claim, Place } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'
import { linkClaimPlaces, linkDuplicateClaims } from './link-claim-places.js'

/** A place found at the first occurrence of `mention` (a stand-in for the geoparser's output). */
function place(text: string, mention: string, kind: Place['kind'] = 'settlement', name = mention, occurrence = 0): Place {
  let at = -1
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(mention, at + 1)
  return { mention, span: [at, at + mention.length], id: `id-${name}`, name, admin1: null, country: 'UA', lat: 48, lon: 37, kind, confidence: 0.9, alternatives: [] }
}

function linked(text: string, places: (t: string) => Place[], lang: 'en' | 'uk' | 'ru' = 'en'): [string, string[]][] {
  const r = extractClaims({ id: 'd', text, lang, publishedAt: '2025-12-12', outlet: 'Test Wire' })
  const ps = places(text)
  return linkClaimPlaces(text, r.value.claims, r.value.anchors, ps).map((c) => [c.kind, c.places.map((i) => ps[i]!.name)])
}

describe('linkClaimPlaces', () => {
  it('links each claim to the places of its own clause', () => {
    expect(linked('Russian forces captured Siversk, but Ukrainian troops repelled attacks near Lyman.', (t) => [place(t, 'Siversk'), place(t, 'Lyman')])).toEqual([
      ['capture', ['Siversk']],
      ['repelled', ['Lyman']],
    ])
  })

  it('links "the town" to the settlement an earlier claim is about, not to places in asides or attributions', () => {
    expect(
      linked('Ukrainian troops pushed Russian forces out of Kindrashivka, said a spokesman for the Kharkiv group. Russian forces are trying to encircle the town, which lies on the Oskil River.', (t) => [
        place(t, 'Kindrashivka'),
        place(t, 'Kharkiv'),
        place(t, 'Oskil', 'river'),
      ]),
    ).toEqual([
      ['capture', ['Kindrashivka']],
      ['assault', ['Kindrashivka']],
    ])
  })

  it('drops a region when a settlement is named, and a reference point when the place itself is', () => {
    expect(
      linked('Ukrainian forces recaptured Kindrashivka north of Kupiansk in the Kharkiv region.', (t) => [place(t, 'Kindrashivka'), place(t, 'Kupiansk'), place(t, 'Kharkiv', 'settlement')]),
    ).toEqual([['capture', ['Kindrashivka']]])
  })

  it('leaves out places named in the attribution and in unit names', () => {
    expect(
      linked('Russian forces advanced near Pokrovsk, said a spokesman for the Kharkiv group. Battlegroup Dnepr units repelled attacks near Kamianske.', (t) => [
        place(t, 'Pokrovsk'),
        place(t, 'Kharkiv'),
        place(t, 'Dnepr', 'settlement', 'Dnipro'),
        place(t, 'Kamianske'),
      ]),
    ).toEqual([
      ['advance', ['Pokrovsk']],
      ['repelled', ['Kamianske']],
    ])
  })

  it.each<[string, 'uk' | 'ru', string, string]>([
    ['Подразделения группировки войск «Днепр» ведут зачистку села Приморское Запорожской области.', 'ru', 'Днепр', 'Приморское'],
    ['Подразделения группировки войск "Днепр" освободили Степногорск.', 'ru', 'Днепр', 'Степногорск'],
    ['Міноборони РФ заявило, що підрозділи угруповання «Дніпро» нібито звільнили Степногірськ.', 'uk', 'Дніпро', 'Степногірськ'],
    ['Угруповання військ «Дніпро» захопило Степногірськ.', 'uk', 'Дніпро', 'Степногірськ'],
  ])('leaves out a Russian group of forces named after a place: %s', (text, lang, unit, village) => {
    const claims = linked(text, (t) => [place(t, unit, 'settlement', 'Dnipro'), place(t, village)], lang)
    expect(claims).toHaveLength(1)
    expect(claims[0]![1]).toEqual([village])
  })

  it.each<[string, 'en' | 'uk' | 'ru', string, string]>([
    ['KHARKIV, Ukraine (AP) — Ukrainian troops have cleared Russian forces from Kindrashivka, a battalion commander said.', 'en', 'KHARKIV', 'Kindrashivka'],
    ["SUMY, Ukraine - Russia's defence ministry said its forces had captured Yablunivka.", 'en', 'SUMY', 'Yablunivka'],
    ['ДНІПРО, Україна — Окупанти зайняли село Іванівка.', 'uk', 'ДНІПРО', 'Іванівка'],
    ['ДОНЕЦК, 5 декабря — Российские войска заняли Ивановку.', 'ru', 'ДОНЕЦК', 'Ивановку'],
  ])('leaves out the city of a dateline in capitals: %s', (text, lang, city, village) => {
    const claims = linked(text, (t) => [place(t, city), place(t, village)], lang)
    expect(claims).toHaveLength(1)
    expect(claims[0]![1]).toEqual([village])
  })

  it.each<[string, 'uk' | 'ru', string, string]>([
    ['Южнее идёт зачистка Успеновки.', 'ru', 'Южнее', 'Успеновки'],
    ['Північніше окупанти атакували поблизу Іванівки.', 'uk', 'Північніше', 'Іванівки'],
  ])('leaves out a comparative of direction a gazetteer took for a village: %s', (text, lang, adverb, village) => {
    const claims = linked(text, (t) => [place(t, adverb, 'settlement', 'Yuzhne'), place(t, village)], lang)
    expect(claims).toHaveLength(1)
    expect(claims[0]![1]).toEqual([village])
  })

  it('lets a clause pointing back at "the city" take the sentence’s place', () => {
    expect(linked('Putin said Russian forces had taken Kupiansk and that Ukrainian troops in the city were surrounded.', (t) => [place(t, 'Kupiansk')])).toEqual([
      ['capture', ['Kupiansk']],
      ['encirclement', ['Kupiansk']],
    ])
  })
})

describe('linkDuplicateClaims', () => {
  it('links a repeated claim to the first, keeping both', () => {
    const base: Claim = {
      id: 'a', documentId: 'd', kind: 'capture', actorSide: 'RU', speaker: { name: 'X', side: 'RU', via: null }, places: [0], time: { start: '2025-12-12', end: '2025-12-12', basis: 'publication' },
      quantity: null, modality: 'asserted', span: [0, 5], sentence: 'x',
    }
    const out = linkDuplicateClaims([base, { ...base, id: 'b', span: [10, 15] }, { ...base, id: 'c', places: [1] }])
    expect(out.map((c) => c.duplicateOf ?? null)).toEqual([null, 'a', null])
  })
})
