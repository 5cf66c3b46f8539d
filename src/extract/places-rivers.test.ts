// A river is never the place of a claim (round 16): the control map is checked at a point and a river
// runs through both sides' ground. The clause's settlements place it; with none, the rest of the
// sentence or the region fallback does, as for a clause that names no place. Our own sentences.
import { describe, expect, it } from 'vitest'
import type { Place } from '../domain/index.js'
import { claimsWithStubPlaces, placeNames } from '../testing/stub-places.js'

function placesOf(text: string, named: Record<string, Place['kind']>, words: string, lang: 'en' | 'uk' | 'ru'): string[][] {
  const linked = claimsWithStubPlaces(text, named, lang, '2027-03-10')
  return placeNames({ ...linked, claims: linked.claims.filter((c) => text.slice(c.span[0], c.span[1]).includes(words)) })
}

describe('a river is not where the event is', () => {
  it.each([
    ['en', 'Russian troops advanced along the Zherebets toward Torske on Monday.', { Zherebets: 'river', Torske: 'settlement' }, 'advanced', ['Torske']],
    ['uk', 'Окупанти просунулися вздовж Осколу біля Кругляківки.', { Осколу: 'river', Кругляківки: 'settlement' }, 'просунулися', ['Кругляківки']],
    ['ru', 'ВСУ обстреляли Алешки, на левом берегу Днепра.', { Алешки: 'settlement', Днепра: 'river' }, 'обстреляли', ['Алешки']],
  ] as const)('%s: %s', (lang, text, named, words, expected) => {
    expect(placesOf(text, named, words, lang)).toEqual([expected])
  })

  it.each([
    ['en', 'Russian forces crept closer along the Oskil over the past week.', { Oskil: 'river' }, 'crept closer'],
    ['ru', 'Российские войска продвинулись вдоль Днепра.', { Днепра: 'river' }, 'продвинулись'],
  ] as const)('a clause naming only a river gets no river: %s', (lang, text, named, words) => {
    const got = placesOf(text, named, words, lang)
    expect(got.length).toBeGreaterThan(0)
    for (const ps of got) expect(ps).toEqual([])
  })
})
