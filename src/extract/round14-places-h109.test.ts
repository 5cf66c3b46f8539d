// Round 14 (helper 109): claim places on unseen text, and judgement calls 28 and 32. Our own sentences.
//  - ground inside a town the sentence does not name (a named street or square, "my street", "the
//    southern edge", "the eastern side of town", "here") is the town the report is about: the
//    settlement of the claim just before, else the one the report names most (a dateline in capitals
//    counts: "DRUZHKIVKA, Ukraine — …");
//  - call 28: a town a road is named after places the claim only when the clause gives nothing else;
//  - call 32: a forecast that an event will not happen is no claim.
import { describe, expect, it } from 'vitest'
import type { Place } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'
import { linkClaimPlaces } from './link-claim-places.js'

function places(text: string, ...mentions: string[]): Place[] {
  return mentions.flatMap((m) => {
    const out: Place[] = []
    for (let i = text.indexOf(m); i >= 0; i = text.indexOf(m, i + 1)) {
      out.push({ mention: m, span: [i, i + m.length], id: `id-${m.toLowerCase()}`, name: m, admin1: null, country: 'UA', lat: 48, lon: 37, kind: 'settlement', confidence: 0.9, alternatives: [] })
    }
    return out
  })
}

/** The places of the claims whose text contains `words`. */
function placesOf(text: string, mentions: string[], words: string, lang: 'en' | 'uk' | 'ru' = 'en'): string[][] {
  const r = extractClaims({ id: 'd', text, lang, publishedAt: '2027-02-18', outlet: 'Test Wire' })
  const ps = places(text, ...mentions)
  return linkClaimPlaces(text, r.value.claims, r.value.anchors, ps)
    .filter((c) => text.slice(c.span[0], c.span[1]).includes(words))
    .map((c) => c.places.map((i) => ps[i]!.name))
}

describe('ground inside a town the sentence does not name', () => {
  it.each([
    ['a dateline in capitals and a named street', 'BOROVA, Ukraine — The shelling starts at dawn. On Monday a Russian shell destroyed the pharmacy on Shkilna Street.', ['BOROVA'], 'destroyed the pharmacy', 'BOROVA'],
    ['"my street" in a resident\'s quote', 'In Nikopol, the drones come every night. "On Tuesday a drone hit the bakery on my street," said Olena, 58. Nikopol has lost half its people.', ['Nikopol'], 'hit the bakery', 'Nikopol'],
    ['the southern edge in a commander\'s quote', '"The Russians seized the grain elevator on the southern edge last week," a commander said of the fight for Siversk. Siversk is almost empty now.', ['Siversk'], 'seized the grain elevator', 'Siversk'],
    ['the eastern side of town', 'Lyman has been shelled for months. Russian troops captured the depot on the eastern side of town in January, officials said. Lyman had 20,000 people before the war.', ['Lyman'], 'captured the depot', 'Lyman'],
    ['a square in a feature datelined by its town', 'HULIAIPOLE, Ukraine — A glide bomb destroyed the cinema on Soborna Square on Sunday, local officials said.', ['HULIAIPOLE'], 'destroyed the cinema', 'HULIAIPOLE'],
  ])('%s', (_label, text, mentions, words, expected) => {
    expect(placesOf(text, mentions, words)).toEqual([[expected]])
  })

  it('"the streets" right after a claim placed in a settlement take that settlement', () => {
    const text = 'Ukrainian troops have driven Russian units out of two streets in Yampil, a spokesman said.\n\n"They attacked twice in the night to take the streets back," he said. Kramatorsk was quiet.'
    expect(placesOf(text, ['Yampil', 'Kramatorsk'], 'take the streets back')).toEqual([['Yampil']])
  })

  it('negative: a report naming no settlement twice and with no dateline gives a street no town', () => {
    const text = 'Drones hit Sumy and Okhtyrka overnight. On Monday a shell destroyed the shop on Lesi Ukrainky Street.'
    expect(placesOf(text, ['Sumy', 'Okhtyrka'], 'destroyed the shop')).toEqual([[]])
  })

  it('negative: a street in a sentence naming its own settlement keeps that settlement', () => {
    const text = 'KHERSON, Ukraine — The shelling goes on. A drone hit a bus on Central Street in Bilozerka on Monday.'
    expect(placesOf(text, ['KHERSON', 'Bilozerka'], 'hit a bus')).toEqual([['Bilozerka']])
  })
})

describe('a road named after towns (call 28)', () => {
  it.each([
    ['a distance from one of the towns', 'Russian troops were seen moving along the Pokrovsk-Dobropillia road about three kilometers north of Pokrovsk on Monday.', ['Pokrovsk', 'Dobropillia'], 'moving along', ['Pokrovsk']],
    ['a village the clause names', 'Russian drones struck a convoy on the Kostiantynivka-Druzhkivka highway near Oleksandro-Shultyne, the brigade said.', ['Kostiantynivka', 'Druzhkivka', 'Oleksandro-Shultyne'], 'struck a convoy', ['Oleksandro-Shultyne']],
    ['the road alone gives its towns', 'Russian drones struck a convoy on the Kramatorsk highway on Friday.', ['Kramatorsk'], 'struck a convoy', ['Kramatorsk']],
  ])('%s', (_label, text, mentions, words, expected) => {
    expect(placesOf(text, mentions, words)).toEqual([expected])
  })

  it('Ukrainian: "трасу Костянтинівка – Дружківка" beside a village named by the clause', () => {
    const text = 'Російські війська обстріляли трасу Костянтинівка – Дружківка біля Олексієво-Дружківки.'
    expect(placesOf(text, ['Костянтинівка', 'Дружківка', 'Олексієво-Дружківки'], 'обстріляли', 'uk')).toEqual([['Олексієво-Дружківки']])
  })
})

describe('a forecast that an event will not happen is no claim (call 32)', () => {
  function kinds(text: string, lang: 'en' | 'uk' | 'ru'): string[] {
    return extractClaims({ id: 'd', text, lang, publishedAt: '2027-02-18', outlet: 'Test Wire' }).value.claims.map((c) => `${c.kind}/${c.modality}`)
  }
  it.each([
    ['en', 'The commander does not expect Russian troops to storm Zaporizhzhia before the summer.'],
    ['en', "Analysts don't anticipate a Russian offensive on Kharkiv this year."],
    ['uk', 'Командир бригади не очікує штурму Костянтинівки найближчим часом.'],
    ['uk', 'Наступу на Запоріжжя у ЗСУ поки не очікують.'],
    ['ru', 'Наступления на Херсон в штабе группировки не ожидают.'],
    ['ru', 'Губернатор не ожидает наступления на Суджу до весны.'],
  ] as const)('%s: %s', (lang, text) => {
    expect(kinds(text, lang).filter((k) => k.endsWith('/expected'))).toEqual([])
  })

  it('negative: a forecast that it will happen stays', () => {
    expect(kinds('The commander expects Russian troops to storm Zaporizhzhia before the summer.', 'en')).toContain('assault/expected')
    expect(kinds('Командир бригади очікує штурму Костянтинівки найближчим часом.', 'uk').some((k) => k.endsWith('/expected'))).toBe(true)
  })
})
