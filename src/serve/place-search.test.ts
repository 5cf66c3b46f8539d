import { describe, expect, it } from 'vitest'
import type { GazetteerEntry } from '../domain/index.js'
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
})
