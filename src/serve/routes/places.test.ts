import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Analysis, GazetteerEntry } from '../../domain/index.js'
import { memoryServeDeps } from '../../testing/serve-deps.js'
import { createAnalysisIndex } from '../analysis-index.js'
import { createApp } from '../app.js'
import type { ServeDeps } from '../deps.js'
import { createPlaceSearch } from '../place-search.js'

function settlement(id: string, name: string, nameUk: string, nameRu: string, variants: string[], population: number, lat: number, lon: number): GazetteerEntry {
  return { id, kind: 'settlement', name, nameUk, nameRu, variants, admin1: 'Donetsk Oblast', admin2: null, country: 'UA', lat, lon, population, sources: ['test'] }
}

const entries = [
  settlement('pokrovsk', 'Pokrovsk', 'Покровськ', 'Покровск', ['Krasnoarmeysk', 'Красноармейск'], 60000, 48.282, 37.176),
  settlement('siversk', 'Siversk', 'Сіверськ', 'Северск', ['Seversk'], 11000, 48.866, 38.099),
  settlement('hamlet', 'Tiny', 'Крихітне', 'Крошечное', [], 50, 48.1, 37.1),
]

let deps: ServeDeps
let app: ReturnType<typeof createApp>
beforeAll(async () => {
  deps = await memoryServeDeps({}, { places: createPlaceSearch(entries) })
  app = createApp(deps)
})
afterAll(() => deps.store.close())

async function json(path: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await app.request(path)
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

describe('GET /api/places', () => {
  it('finds a place by its Cyrillic name and says which name matched', async () => {
    const { status, body } = await json(`/api/places?q=${encodeURIComponent('Красноармейск')}`)
    expect(status).toBe(200)
    const places = body.places as { id: string; matched: string; nameUk: string }[]
    expect(places[0]).toMatchObject({ id: 'pokrovsk', matched: 'Красноармейск', nameUk: 'Покровськ' })
  })

  it('finds the same place by its English, Ukrainian, Russian, former and transliterated names, and by prefix', async () => {
    for (const [q, id, matched] of [
      ['Pokrovsk', 'pokrovsk', 'Pokrovsk'],
      ['Покровськ', 'pokrovsk', 'Покровськ'],
      ['покровск', 'pokrovsk', 'Покровск'],
      ['Krasnoarmeysk', 'pokrovsk', 'Krasnoarmeysk'],
      ['Seversk', 'siversk', 'Seversk'],
      ['Сіверськ', 'siversk', 'Сіверськ'],
      ['Северск', 'siversk', 'Северск'],
      ['Сівер', 'siversk', 'Сіверськ'],
    ] as const) {
      const { status, body } = await json(`/api/places?q=${encodeURIComponent(q)}`)
      expect(status, q).toBe(200)
      expect(body.query, q).toBe(q)
      expect((body.places as { id: string; matched: string }[])[0], q).toMatchObject({ id, matched })
    }
    expect((await json(`/api/places?q=${encodeURIComponent('Атлантида')}`)).body.places).toEqual([])
  })

  it('answers 400 naming q when it is missing or too long, and warns about unknown parameters', async () => {
    expect((await json('/api/places')).body).toMatchObject({ status: 400, errors: ['q: missing; expected text of 1 to 100 characters'] })
    expect((await json(`/api/places?q=${'x'.repeat(101)}`)).status).toBe(400)
    expect((await json('/api/places?q=Siversk&lmit=3')).body.warnings).toEqual(["unknown query parameter 'lmit' ignored (this endpoint takes: q, limit)"])
    expect((await json('/api/places?q=Siversk&limit=0')).body.errors).toEqual(["limit: value '0' is not an integer from 1 to 100"])
  })

  it('answers 503 when no gazetteer is loaded', async () => {
    const bare = createApp(await memoryServeDeps())
    const response = await bare.request('/api/places?q=Pokrovsk')
    expect(response.status).toBe(503)
  })
})

describe('GET /api/places/{id}', () => {
  it('returns the place and says when control data is missing', async () => {
    const { status, body } = await json('/api/places/siversk')
    expect(status).toBe(200)
    expect(body.place).toMatchObject({ id: 'siversk', name: 'Siversk', lat: 48.866 })
    expect(body.status).toBeNull()
    expect(body.warnings).toEqual(['no control data loaded: status and history are unknown'])
  })

  it('answers a place the gazetteer lacks from the claims that name it: an unlisted town has no status', async () => {
    const text = 'Drones struck a depot in Zarechnoye, Kursk region, officials said.'
    const townPlace = { mention: 'Zarechnoye', span: [text.indexOf('Zarechnoye'), text.indexOf('Zarechnoye') + 10] as const, id: 'unlisted:Kursk Oblast:Zarechnoye', name: 'Zarechnoye', admin1: 'Kursk Oblast', country: 'RU', lat: 51.6, lon: 36.1, kind: 'settlement' as const, confidence: 0.3, alternatives: [] }
    const analysis: Analysis = {
      document: { id: 'doc-kursk', title: 'Depot', publishedAt: '2025-08-02', publishedAtBasis: 'metadata', lang: 'en', text, outlet: 'Test Wire' },
      places: [townPlace],
      claims: [{ id: 'claim-kursk', documentId: 'doc-kursk', kind: 'strike', actorSide: 'UA', speaker: { name: null, side: 'unknown', via: null }, places: [0], time: { start: '2025-08-02', end: '2025-08-02', basis: 'publication' }, quantity: null, modality: 'asserted', span: [0, text.length], sentence: text }],
      findings: [],
    }
    const withClaims = createApp(await memoryServeDeps({}, { places: createPlaceSearch(entries), reports: createAnalysisIndex([analysis]) }))
    const response = await withClaims.request(`/api/places/${encodeURIComponent(townPlace.id)}`)
    expect(response.status).toBe(200)
    const body = (await response.json()) as { place: Record<string, unknown>; status: unknown; claims: { id: string }[]; warnings: string[] }
    expect(body.place).toMatchObject({ id: 'unlisted:Kursk Oblast:Zarechnoye', name: 'Zarechnoye', admin1: 'Kursk Oblast', country: 'RU', lat: 51.6 })
    expect(body.status).toBeNull()
    expect(body.claims.map((c) => c.id)).toEqual(['claim-kursk'])
    expect(body.warnings).toEqual(['Zarechnoye is not in the gazetteer: shown as the claims about it stored it', 'Zarechnoye is placed at the centre of Kursk Oblast, not at its own point: no control status'])
    // An unlisted id no claim names is still unknown.
    expect((await withClaims.request('/api/places/unlisted%3AKursk%20Oblast%3AAtlantis')).status).toBe(404)
  })

  it('answers 404 for an unknown id and 400 for a bad date', async () => {
    expect((await json('/api/places/atlantis')).body).toMatchObject({ status: 404, error: "no place with id 'atlantis' in the gazetteer" })
    expect((await json('/api/places/siversk?date=yesterday')).body).toMatchObject({ status: 400, errors: ["date: value 'yesterday' is not a calendar date YYYY-MM-DD"] })
  })
})

describe('GET /api/basemap/settlements', () => {
  it('serves settlement points with names in three languages, filtered by population, cacheable', async () => {
    const response = await app.request('/api/basemap/settlements?minPopulation=1000')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/geo\+json/)
    const body = (await response.json()) as { features: { properties: Record<string, unknown> }[] }
    expect(body.features.map((f) => f.properties.name_uk)).toEqual(['Покровськ', 'Сіверськ'])
    const again = await app.request('/api/basemap/settlements?minPopulation=1000', { headers: { 'if-none-match': response.headers.get('etag') ?? '' } })
    expect(again.status).toBe(304)
  })
})
