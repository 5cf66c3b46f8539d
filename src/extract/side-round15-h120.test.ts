import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Round 15, helper 120: actor side and speaker side by class. Our own sentences, none from a gold file.

type Row = { kind: Claim['kind']; actorSide: Claim['actorSide']; speaker: string | null; side: string }

function claimsOf(text: string, lang: Lang, outlet: string | null): Row[] {
  const r = extractClaims({ id: 'doc-side-h120', text, lang, publishedAt: '2026-11-20', outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide, speaker: c.speaker.name, side: c.speaker.side }))
}

type Case = [string, string, Lang, string | null, Partial<Row>]

// Class: speakers the registry of sides lacked. An exile outlet is independent and a Ukrainian
// newsroom or monitoring group UA (convention 24); a region's authorities named by the region speak
// for the state it belongs to (Russia's border regions, Ukraine's regions under Kyiv's rule).
describe('speaker side: outlets, groups and regional authorities the registry lacked', () => {
  it.each<Case>([
    ['an exile outlet in its own voice, ru', 'По подсчётам The Insider, с начала месяца армия России заняла 12 сёл в Донецкой области.', 'ru', 'The Insider', { speaker: 'The Insider', side: 'independent' }],
    ['a Ukrainian defence outlet, en', 'Russian forces shelled Nikopol overnight, Militarnyi reported.', 'en', 'Test Wire', { speaker: 'Militarnyi', side: 'UA' }],
    ['a Ukrainian monitoring group, uk', 'За оцінкою аналітиків групи «Інформаційний спротив», до весни ворог спробує вийти до Краматорська.', 'uk', 'Test Wire', { side: 'UA' }],
    ['a Russian region\'s authorities by adjective, ru', 'Курские власти сообщили об эвакуации ещё 120 жителей Суджанского района.', 'ru', 'Вёрстка', { kind: 'evacuation', side: 'RU' }],
    ['a Russian region\'s government in the genitive, ru', 'По данным правительства Брянской области, из Климово вывезли 300 человек.', 'ru', 'Meduza', { kind: 'evacuation', side: 'RU' }],
    ['a Russian region\'s authorities, en', 'Voronezh regional authorities said 40 residents of Liski were moved out after the strike on Monday.', 'en', 'Test Wire', { side: 'RU' }],
    ['a Russian governor by surname, en', 'A drone hit a fuel depot near Klintsy on Tuesday, Gov. Bogomaz said.', 'en', 'Test Wire', { speaker: 'Alexander Bogomaz', side: 'RU' }],
    ['a Ukrainian region\'s authorities, en', 'Kharkiv regional authorities said a guided bomb hit a warehouse in Zolochiv on Monday.', 'en', 'Test Wire', { kind: 'strike', actorSide: 'RU', side: 'UA' }],
  ])('%s', (_name, text, lang, outlet, expected) => {
    expect(claimsOf(text, lang, outlet)).toContainEqual(expect.objectContaining(expected))
  })

  it('"an insider" is nobody\'s outlet', () => {
    expect(claimsOf('Russian troops entered Siversk on Monday, an insider said.', 'en', 'Test Wire')[0]?.speaker).not.toBe('The Insider')
  })
})

// Class: debris, fires and hits on Russian soil told without a side, in a sentence whose earlier
// clause names the Russian air defence (a Russian governor's account): Ukraine's strike.
describe('actor side: debris and fires on Russian soil after a Russian air defence clause', () => {
  it.each<Case>([
    ['en: debris after air defences', 'Gov. Bogomaz said air defences had repelled a large attack, but debris hit a warehouse near Unecha.', 'en', 'Test Wire', { kind: 'strike', actorSide: 'UA' }],
    ['en: wreckage hit a substation', 'Governor Gladkov said air defence units shot down 12 drones over the region, and wreckage damaged a substation in Valuyki.', 'en', 'Test Wire', { actorSide: 'UA' }],
    ['ru: обломки на нефтебазу', 'Губернатор Богомаз сообщил, что силы ПВО отразили атаку, однако обломки беспилотника упали на нефтебазу в Клинцах.', 'ru', 'ТАСС', { kind: 'strike', actorSide: 'UA' }],
    ['ru: обломки на котельную', 'Губернатор Гладков сообщил, что ПВО сбила над областью 15 дронов, однако обломки повредили котельную в Валуйках.', 'ru', 'ТАСС', { actorSide: 'UA' }],
    ['uk: уламки в Курській області', 'Губернатор повідомив, що ППО збила дрони, але уламки пошкодили будинок у Курську.', 'uk', 'Суспільне', { actorSide: 'UA' }],
  ])('%s', (_name, text, lang, outlet, expected) => {
    const rows = claimsOf(text, lang, outlet).filter((r) => r.kind === 'strike')
    expect(rows.at(-1)).toMatchObject(expected)
  })
})
