import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { GazetteerEntry } from '../domain/index.js'
import { referencePlaceSearch, referenceSearchKey } from '../testing/place-search-reference.js'
import { createPlaceSearch, searchKey } from './place-search.js'

function entry(id: string, name: string, nameUk: string, nameRu: string, variants: string[], population: number | null, admin1 = 'Donetsk Oblast'): GazetteerEntry {
  return { id, kind: 'settlement', name, nameUk, nameRu, variants, admin1, admin2: null, country: 'UA', lat: 48, lon: 37, population, sources: ['test'] }
}

const entries = [
  entry('pokrovsk', 'Pokrovsk', 'Покровськ', 'Покровск', ['Krasnoarmeysk', 'Красноармейск', 'Krasnoarmiisk'], 60000),
  entry('pokrovske', 'Pokrovske', 'Покровське', 'Покровское', ['Pokrovskoye'], 9000, 'Dnipropetrovsk Oblast'),
  entry('marinka', 'Marinka', "Мар'їнка", 'Марьинка', ['Maryinka'], 9000),
  entry('siversk', 'Siversk', 'Сіверськ', 'Северск', ['Seversk'], 11000),
  entry('sievierodonetsk', 'Sievierodonetsk', 'Сєвєродонецьк', 'Северодонецк', ['Severodonetsk'], 100000, 'Luhansk Oblast'),
]

describe('searchKey', () => {
  it('folds case, apostrophes, ё and accents but keeps й and ї', () => {
    expect(searchKey("Мар'їнка")).toBe(searchKey('Марʼїнка'))
    expect(searchKey('Кра́маторськ')).toBe('краматорськ')
    expect(searchKey('Ёлкино')).toBe('елкино')
    expect(searchKey('Гуляйполе')).toBe('гуляйполе')
    expect(searchKey('Київ')).toBe('київ')
  })

  it('gives the key of the general rule for any text (property)', () => {
    // Letters the per-character table knows, mixed with what it must leave to the general rule:
    // combining accents, breve and diaeresis after a letter, other scripts, odd spaces and dashes.
    const known = [...'aZé ß-\'"`Ёёйїґ Ѓ’ʼ«»–—\t\u00a0ŉǆ½']
    const unknown = [...'\u0301\u0306\u0308\u0327ɣҗΣς\u2009\u2044İ\uFB01\u1100\u1161ﬀ\ud83d']
    // Any code point, lone surrogates included (as fc.string's 'binary' unit, whose first use costs
    // fast-check 2-9 s of set-up).
    const anyChar = fc.nat({ max: 0x10ffff }).map((cp) => String.fromCodePoint(cp))
    const piece = fc.oneof(fc.constantFrom(...known), fc.constantFrom(...unknown), fc.array(anyChar, { maxLength: 3 }).map((cs) => cs.join('')))
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('')
        expect(searchKey(text)).toBe(referenceSearchKey(text))
      }),
      { numRuns: 500 },
    )
  })
})

describe('createPlaceSearch', () => {
  const search = createPlaceSearch(entries)

  it('finds a place by its Ukrainian, Russian, English and former names', () => {
    for (const q of ['Покровськ', 'Покровск', 'pokrovsk', 'Красноармейск', 'krasnoarmiisk']) {
      expect(search.search(q, 3)[0]?.entry.id, q).toBe('pokrovsk')
    }
    expect(search.search('Красноармейск', 1)[0]?.matched).toBe('Красноармейск')
  })

  it('completes prefixes while typing, the whole-name match first', () => {
    expect(search.search('Покров', 5).map((h) => h.entry.id)).toEqual(['pokrovsk', 'pokrovske'])
    expect(search.search('Pokrovske', 5)[0]?.entry.id).toBe('pokrovske')
  })

  it('tells Siversk from Sievierodonetsk', () => {
    expect(search.search('Seversk', 5).map((h) => h.entry.id)).toEqual(['siversk'])
    expect(search.search('Северодонецк', 5)[0]?.entry.id).toBe('sievierodonetsk')
  })

  it('matches apostrophe variants and uses the exact lookup when given', () => {
    expect(search.search('Марʼїнка', 1)[0]?.entry.id).toBe('marinka')
    const withExact = createPlaceSearch(entries, (name) => (name === 'Покровську' ? [{ entry: entries[0] as GazetteerEntry, score: 1 }] : []))
    expect(withExact.search('Покровську', 1)[0]?.entry.id).toBe('pokrovsk')
    expect(search.search('Покровську', 1)).toEqual([])
  })

  it('returns nothing for an empty or unknown query', () => {
    expect(search.search('  ', 5)).toEqual([])
    expect(search.search('Atlantis', 5)).toEqual([])
  })

  it('answers as the index before its rebuild did, names with equal keys in entry order (property)', () => {
    // Many entries sharing names and keys, so ties in the sort and the scan limit both matter.
    const names = ['Pokrovsk', 'Покровськ', 'Покровск', 'Pokrovske', 'Покровське', 'Покров', 'Pokrov', 'pokrovsk', 'ПОКРОВСЬК', 'Мар’їнка', "Мар'їнка", 'Marinka', 'Мар-інка']
    const place = fc.record({
      name: fc.constantFrom(...names),
      nameUk: fc.constantFrom(...names),
      nameRu: fc.option(fc.constantFrom(...names), { nil: null }),
      variants: fc.array(fc.constantFrom(...names), { maxLength: 4 }),
      population: fc.option(fc.nat({ max: 100_000 }), { nil: null }),
    })
    fc.assert(
      fc.property(fc.array(place, { minLength: 1, maxLength: 300 }), fc.constantFrom('p', 'По', 'Pokrov', 'покровськ', 'мар', 'Мар’', 'x'), fc.integer({ min: 1, max: 20 }), (places, query, limit) => {
        const all = places.map((p, i) => entry(`e${i}`, p.name, p.nameUk, p.nameRu ?? '', p.variants, p.population))
        const view = (hits: readonly { entry: GazetteerEntry; matched: string; score: number }[]) => hits.map((h) => [h.entry.id, h.matched, h.score])
        expect(view(createPlaceSearch(all).search(query, limit))).toEqual(view(referencePlaceSearch(all)(query, limit)))
      }),
      { numRuns: 200 },
    )
  })

  it('answers a search that comes while the index is being warmed exactly as a warmed one', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => entry(`e${i}`, `Place ${i}`, `Місце ${i}`, `Место ${i}`, [`Pokrov ${i % 7}`], i))
    const warmed = createPlaceSearch(many)
    await warmed.warm()
    const warming = createPlaceSearch(many)
    const done = warming.warm()
    expect(warming.search('Pokrov 3', 10)).toEqual(warmed.search('Pokrov 3', 10))
    expect(warming.get('e2999')?.name).toBe('Place 2999')
    await done
    expect(warming.search('місце 12', 10)).toEqual(warmed.search('місце 12', 10))
    expect(warming.entries.length).toBe(3000)
  })

  it('answers in full whichever step of warming a search comes in', async () => {
    const many = Array.from({ length: 2000 }, (_, i) => entry(`e${i}`, `Place ${i % 300}`, `Місце ${i}`, `Место ${i}`, [`Pokrov ${i % 7}`], i))
    const expected = createPlaceSearch(many).search('Pokrov', 15)
    for (let ticks = 0; ticks < 40; ticks++) {
      const places = createPlaceSearch(many, null, { warmSliceMs: 0 })
      const done = places.warm()
      for (let t = 0; t < ticks; t++) await new Promise((resolve) => setImmediate(resolve))
      expect(places.search('Pokrov', 15), `after ${ticks} slices`).toEqual(expected)
      await done
      expect(places.search('Pokrov', 15)).toEqual(expected)
    }
  })

  it('stops warming when told to, and still answers in full afterwards', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => entry(`e${i}`, `Place ${i}`, `Місце ${i}`, `Место ${i}`, [], i))
    const stop = new AbortController()
    stop.abort()
    const stopped = createPlaceSearch(many)
    await stopped.warm(stop.signal)
    expect(stopped.search('Place 2999', 1)[0]?.entry.id).toBe('e2999')
  })
})
