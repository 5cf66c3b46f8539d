// Place linking, round 11: a region pointed back at in more case forms ("над регионом", "на регион"),
// a street that stands for its town, a river crossed on the way to "the city", a region word that only
// describes the noun pointing back ("the northern Donetsk town"), and where evacuees will be moved.
// Sentences written by the team for these tests.
import { describe, expect, it } from 'vitest'
import type { Place } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'
import { linkClaimPlaces } from './link-claim-places.js'

/** Stand-in places at every occurrence of each mention (the same id for the same name). */
function at(...mentions: (string | [string, Place['kind'], string])[]): (t: string) => Place[] {
  return (t) =>
    mentions.flatMap((m) => {
      const [mention, kind, name] = typeof m === 'string' ? [m, 'settlement' as const, m] : m
      const out: Place[] = []
      for (let i = t.indexOf(mention); i >= 0; i = t.indexOf(mention, i + 1)) {
        out.push({ mention, span: [i, i + mention.length], id: `id-${name}`, name, admin1: null, country: 'UA', lat: 48, lon: 37, kind, confidence: 0.9, alternatives: [] })
      }
      return out
    })
}

/** The places of the claims whose text contains `words`. */
function placesOf(text: string, lang: 'en' | 'uk' | 'ru', places: (t: string) => Place[], words: string): string[][] {
  const r = extractClaims({ id: 'd', text, lang, publishedAt: '2026-11-12', outlet: 'Test Wire' })
  const ps = places(text)
  return linkClaimPlaces(text, r.value.claims, r.value.anchors, ps)
    .filter((c) => text.slice(c.span[0], c.span[1]).includes(words))
    .map((c) => c.places.map((i) => ps[i]!.name))
}

describe('a region pointed back at', () => {
  it('"над регионом" and "на регион" take the region named before', () => {
    const text = 'Беспилотник атаковал автомобиль в Глушковском районе Курской области. Ночью над регионом сбиты 12 дронов.'
    expect(placesOf(text, 'ru', at(['Глушковском районе', 'settlement', 'Glushkovo'], ['Курской области', 'region', 'Kursk Oblast']), 'сбиты')).toEqual([['Kursk Oblast']])
  })
})

describe('a street stands for its town', () => {
  it('a fight on a street (no place itself) is in the town last named', () => {
    const text = 'Бої за Гуляйполе не вщухають. Учора штурмовики відбили два будинки на вулиці Садовій.'
    expect(placesOf(text, 'uk', at(['Гуляйполе', 'settlement', 'Huliaipole']), 'відбили')).toEqual([['Huliaipole']])
  })
})

describe('"the city" past a river', () => {
  it('a river crossed on the way to the city pointed at is not the place', () => {
    const text = 'Russian troops have shelled Kupiansk for weeks, officials said. They will try to storm the city across the Oskil before winter, the commander said.'
    expect(placesOf(text, 'en', at('Kupiansk', ['Oskil', 'river', 'Oskil']), 'storm')).toEqual([['Kupiansk']])
  })
})

describe('a region word that describes the pointer', () => {
  it('"the northern Donetsk town" is the town pointed at, not the city of Donetsk', () => {
    const text = 'Russian forces shelled Siversk on Monday. Kyiv said the assault on the northern Donetsk town had failed.'
    expect(placesOf(text, 'en', at('Siversk', 'Donetsk'), 'assault')).toEqual([['Siversk']])
  })

  it('a name before "village council" stays the place', () => {
    const text = 'Video shows soldiers raising a flag beside the Kurylivka village council.'
    expect(placesOf(text, 'en', at('Kurylivka'), 'raising')).not.toContainEqual([])
  })
})

describe('where evacuees will be moved', () => {
  it('the town residents will be moved to is not the evacuation\'s place', () => {
    const text = 'Жителей трёх сёл Рыльского района переселят в Курск до конца недели.'
    expect(placesOf(text, 'ru', at(['Рыльского района', 'settlement', "Ryl'sk"], ['Курск', 'settlement', 'Kursk']), 'переселят')).toEqual([["Ryl'sk"]])
  })
})
