import { NotFoundError } from '../../domain/index.js'
import { UNLISTED_PREFIX } from '../../geoparse/index.js'
import type { GazetteerEntry } from '../../domain/index.js'
import type { ServeDeps } from '../deps.js'
import { UnavailableError } from '../http-errors.js'
import { dateParam, intParam, textParam } from '../params.js'
import type { PlaceSearch } from '../place-search.js'
import { cachedResponse, makeCachedBody } from '../response-cache.js'
import { defineRoute } from '../route.js'
import { claimView } from './claims.js'

function requirePlaces(deps: ServeDeps): PlaceSearch {
  if (!deps.places) throw new UnavailableError('this server has no gazetteer loaded (data/gazetteer is missing): place search is unavailable')
  return deps.places
}

/** The public form of a gazetteer entry (what search and place answers carry). */
export function placeView(entry: GazetteerEntry, matched?: string) {
  return {
    id: entry.id,
    name: entry.name,
    nameUk: entry.nameUk,
    nameRu: entry.nameRu,
    variants: entry.variants,
    kind: entry.kind,
    admin1: entry.admin1,
    admin2: entry.admin2,
    country: entry.country,
    lat: entry.lat,
    lon: entry.lon,
    population: entry.population,
    ...(matched === undefined ? {} : { matched }),
  }
}

export const searchPlacesRoute = defineRoute({
  method: 'GET',
  path: '/api/places',
  operationId: 'searchPlaces',
  tag: 'places',
  summary: 'Find places by name in English, Ukrainian or Russian (variants, former names, prefixes)',
  description:
    'Settlements, districts, oblasts and rivers whose name, Ukrainian or Russian name, transliteration or former name matches `q` ' +
    '(whole names including case forms, and prefixes while typing), best first. Each hit says which name matched.',
  query: {
    q: textParam('What to look for: "Pokrovsk", "Покровськ", "Красноармейск", "Kramat".', { maxLength: 100 }, { required: true }),
    limit: intParam('How many hits at most.', { min: 1, max: 100 }, { default: 10 }),
  },
  params: {},
  errors: [503],
  response: { description: 'The hits.', example: { ok: true, warnings: [], places: [{ id: 'geonames:704508', name: 'Pokrovsk', nameUk: 'Покровськ', nameRu: 'Покровск', kind: 'settlement', admin1: 'Donetsk Oblast', country: 'UA', lat: 48.28, lon: 37.18, population: 60000, matched: 'Красноармейск' }] } },
  handle: ({ deps, query }) => {
    const places = requirePlaces(deps)
    return { query: query.q, places: places.search(query.q, query.limit).map((hit) => placeView(hit.entry, hit.matched)) }
  },
})

export const placeRoute = defineRoute({
  method: 'GET',
  path: '/api/places/{id}',
  operationId: 'getPlace',
  tag: 'places',
  summary: 'One place: its control status on a date, its status history, and the claims about it',
  description:
    'The gazetteer entry, its status (`occupied` / `free` / `edge`) on `date` with the snapshot used, every change of control ' +
    'over the series with its date, and every stored claim that names the place, in time order. A place the gazetteer lacks but ' +
      'stored claims name (a town the geoparser placed at its region\'s centre, id `unlisted:REGION:NAME`) is answered from those ' +
      'claims, with no status and a warning.',
  query: { date: dateParam('The day for the status (default: the last snapshot).') },
  params: { id: textParam('Gazetteer id, or the id of an unlisted place from a claim.', { maxLength: 200 }, { required: true }) },
  errors: [404, 503],
  response: { description: 'The place with status, transitions and claims.' },
  handle: async ({ deps, params, query, warn }) => {
    const places = requirePlaces(deps)
    const listed = places.get(params.id)
    const entry = listed ?? (await placeOfClaims(deps, params.id))
    if (!entry) throw new NotFoundError(`no place with id '${params.id}' in the gazetteer`)
    // A town placed at its region's centre has no point of its own to look up on the map.
    const unlisted = listed === undefined && params.id.startsWith(UNLISTED_PREFIX)
    const control = deps.control?.view.coverage ? deps.control : null
    const at = [entry.lon, entry.lat] as const
    let status = null
    let transitions: unknown[] = []
    if (listed === undefined) warn(`${entry.name} is not in the gazetteer: shown as the claims about it stored it`)
    if (unlisted) warn(`${entry.name} is placed at the centre of ${entry.admin1 ?? entry.country}, not at its own point: no control status`)
    else if (!control) warn('no control data loaded: status and history are unknown')
    else if (!control.view.covers(at)) warn(`${entry.name} lies outside the control map's coverage`)
    else {
      const date = query.date ?? (control.view.coverage?.end as string)
      status = control.view.statusAt(at, date)
      transitions = [...control.view.transitions(at)]
    }
    // Every claim naming the place, in time order (oldest first: the history reads downwards).
    let claims: ReturnType<typeof claimView>[] = []
    if (deps.reports) {
      const found = await deps.reports.findClaims({ placeId: entry.id, limit: 1000, offset: 0 })
      if (found.total > found.items.length) warn(`showing the newest ${found.items.length} of ${found.total} claims about ${entry.name}`)
      claims = found.items.map(claimView).reverse()
    }
    return { place: placeView(entry), status, transitions, claims }
  },
})

/**
 * A place the loaded gazetteer lacks but stored claims name: a town the geoparser placed at its
 * region's centre (an `unlisted:` id), or an entry of an older gazetteer. Built from the place as the
 * newest such claim stored it; undefined when no claim names the id.
 */
async function placeOfClaims(deps: ServeDeps, id: string): Promise<GazetteerEntry | undefined> {
  if (!deps.reports) return undefined
  const found = await deps.reports.findClaims({ placeId: id, limit: 1, offset: 0 })
  const place = found.items[0]?.places.find((p) => p.id === id)
  if (!place) return undefined
  return { id, kind: place.kind, name: place.name, nameUk: null, nameRu: null, variants: [], admin1: place.admin1, admin2: null, country: place.country, lat: place.lat, lon: place.lon, population: null, sources: [] }
}

export const settlementsRoute = defineRoute({
  method: 'GET',
  path: '/api/basemap/settlements',
  operationId: 'getSettlementLayer',
  tag: 'places',
  summary: 'Settlement points with names in three languages, for the map labels',
  description: 'Every settlement of the gazetteer with a surveyed point and at least `minPopulation` inhabitants (or no known population when `minPopulation` is 0), as GeoJSON points with `name_en`, `name_uk`, `name_ru`, `population`.',
  query: { minPopulation: intParam('Smallest population to include.', { min: 0, max: 10_000_000 }, { default: 1000 }) },
  params: {},
  errors: [503],
  response: { description: 'A FeatureCollection of points.', contentType: 'application/geo+json; charset=utf-8' },
  handle: ({ deps, query, request, warnings }) => {
    const places = requirePlaces(deps)
    const build = () => ({
      type: 'FeatureCollection',
      features: places.entries
        .filter((e) => e.kind === 'settlement' && ((e as { readonly coordinateBasis?: string }).coordinateBasis ?? 'point') === 'point' && (query.minPopulation === 0 || (e.population ?? 0) >= query.minPopulation))
        .map((e) => ({
          type: 'Feature',
          properties: { id: e.id, name_en: e.name, name_uk: e.nameUk, name_ru: e.nameRu, population: e.population },
          geometry: { type: 'Point', coordinates: [e.lon, e.lat] },
        })),
    })
    if (warnings().length) return build()
    return cachedResponse(makeCachedBodyOnce(places, query.minPopulation, () => JSON.stringify({ ok: true, warnings: [], ...build() })), request, 'public, max-age=3600')
  },
})

const layerCache = new WeakMap<PlaceSearch, Map<number, ReturnType<typeof makeCachedBody>>>()
function makeCachedBodyOnce(places: PlaceSearch, minPopulation: number, make: () => string) {
  let perPlaces = layerCache.get(places)
  if (!perPlaces) layerCache.set(places, (perPlaces = new Map()))
  let body = perPlaces.get(minPopulation)
  if (!body) perPlaces.set(minPopulation, (body = makeCachedBody(make(), 'application/geo+json; charset=utf-8')))
  return body
}

export const placeRoutes = [searchPlacesRoute, placeRoute, settlementsRoute]
