import { InputError } from '../../domain/index.js'
import type { ControlSnapshot, MultiPolygon } from '../../domain/index.js'
import type { ControlSource, ServeDeps } from '../deps.js'
import { UnavailableError } from '../http-errors.js'
import { dateParam, enumParam, intParam, lngLatParam, numberParam, textParam } from '../params.js'
import { cachedResponse, makeCachedBody, ResponseCache } from '../response-cache.js'
import { defineRoute } from '../route.js'
import { roundMultiPolygon, simplifyMultiPolygon, toleranceForZoom } from '../simplify-geometry.js'

const NO_SNAPSHOTS = 'this database has no control snapshots: run `frontline control import PATH` (or `frontline demo`)'

export function requireControl(deps: ServeDeps): ControlSource {
  if (!deps.control || !deps.control.view.coverage) throw new UnavailableError(NO_SNAPSHOTS)
  return deps.control
}

const zoom = intParam('Web-map zoom the geometry is drawn at; sets the simplification tolerance to about half a pixel.', { min: 0, max: 22 })
const tolerance = numberParam('Douglas–Peucker tolerance in degrees (overrides zoom; 0 = full detail).', { min: 0, max: 1 })
const region = textParam('Limit to an oblast, by its name in English, Ukrainian or Russian ("Donetsk Oblast", "Донецька область").', { maxLength: 100 })

/** The tolerance asked for, or 0 (full detail); warns when both forms were given. */
function toleranceOf(query: { zoom: number | undefined; tolerance: number | undefined }, warn: (m: string) => void): number {
  if (query.tolerance !== undefined) {
    if (query.zoom !== undefined) warn('both zoom and tolerance given: tolerance used, zoom ignored')
    return query.tolerance
  }
  return query.zoom === undefined ? 0 : toleranceForZoom(query.zoom)
}

function resolveRegion(control: ControlSource, name: string | undefined): string | undefined {
  if (name === undefined) return undefined
  const resolved = control.resolveRegion(name)
  if (!resolved) throw new InputError(`region: value '${name}' is not an oblast the control data knows (try its English, Ukrainian or Russian name)`)
  return resolved
}

/** Display geometry at a tolerance, coordinates rounded to what the tolerance can show. */
function displayGeometry(geometry: MultiPolygon, toleranceDeg: number): MultiPolygon {
  if (toleranceDeg <= 0) return geometry
  const decimals = Math.min(6, Math.max(3, Math.ceil(-Math.log10(toleranceDeg)) + 1))
  return roundMultiPolygon(simplifyMultiPolygon(geometry, toleranceDeg), decimals)
}

// Serialised answers per server process; keys carry the series version so an import invalidates them.
const caches = new WeakMap<ServeDeps, ResponseCache>()
function cacheOf(deps: ServeDeps): ResponseCache {
  let cache = caches.get(deps)
  if (!cache) caches.set(deps, (cache = new ResponseCache(deps.config.geometryCacheEntries)))
  return cache
}

const GEOJSON = 'application/geo+json; charset=utf-8'
const JSON_TYPE = 'application/json; charset=utf-8'

interface CacheInput {
  readonly deps: ServeDeps
  readonly request: Request
  warn(message: string): void
  warnings(): readonly string[]
}

/**
 * Answers from the cache when the answer has no warnings (then it is the same bytes for every
 * client until the series changes: 304 on a matching ETag, gzip when accepted). An answer with
 * warnings is built afresh and returned with them, never cached, so no warning is ever dropped.
 */
async function answerCached(
  input: CacheInput,
  key: string,
  contentType: string,
  build: (warn: (message: string) => void) => Promise<Record<string, unknown>> | Record<string, unknown>,
): Promise<Response | Record<string, unknown>> {
  if (input.warnings().length) return build(input.warn)
  const cache = cacheOf(input.deps)
  const hit = cache.get(key)
  if (hit) return cachedResponse(hit, input.request)
  const raised: string[] = []
  const payload = await build((message) => void raised.push(message))
  if (raised.length) {
    for (const message of raised) input.warn(message)
    return payload
  }
  const body = makeCachedBody(JSON.stringify({ ok: true, warnings: [], ...payload }), contentType)
  cache.set(key, body)
  return cachedResponse(body, input.request)
}

function occupiedFeature(snapshot: ControlSnapshot, geometry: MultiPolygon) {
  return {
    type: 'Feature',
    // simplestyle colours, so any GeoJSON viewer shows the occupied area as the UI does.
    properties: { kind: 'occupied', snapshotDate: snapshot.date, revision: snapshot.revision, source: snapshot.source, areaKm2: snapshot.areaKm2, fill: '#c0392b', 'fill-opacity': 0.3, stroke: '#a02a1e' },
    geometry,
  }
}

export const snapshotsRoute = defineRoute({
  method: 'GET',
  path: '/api/control/snapshots',
  operationId: 'listSnapshots',
  tag: 'control',
  summary: 'Every control snapshot date with its occupied area',
  description: 'The dates of the control series (latest revision of each), with the geodesic area (WGS84 ellipsoid) of the occupied territory in km². An empty list, with a warning, when the database has none.',
  query: {},
  params: {},
  errors: [503],
  response: { description: 'The snapshot list, oldest first.', example: { ok: true, warnings: [], coverage: { start: '2024-07-08', end: '2026-08-22' }, snapshots: [{ date: '2024-07-08', revision: 1, areaKm2: 110_000 }] } },
  handle: ({ deps, warn }) => {
    // An empty database is not an error here: the list is empty (the UI asks before it knows).
    if (!deps.control?.view.coverage) {
      warn(NO_SNAPSHOTS)
      return { coverage: null, snapshots: [] }
    }
    return { coverage: deps.control.view.coverage, snapshots: deps.control.snapshots() }
  },
})

export const geometryRoute = defineRoute({
  method: 'GET',
  path: '/api/control/geometry',
  operationId: 'getControlGeometry',
  tag: 'control',
  summary: 'Occupied territory on a date (GeoJSON), simplified for a zoom level',
  description:
    'The occupied territory in the snapshot in force on `date` (the latest on or before it), as a GeoJSON FeatureCollection ' +
    'with `date`, `snapshotDate`, `revision` and `areaKm2` beside the features. `zoom` or `tolerance` simplify the drawing ' +
    '(Douglas–Peucker); the area is always that of the full geometry. Before the series starts, or with no series at all: no features, a warning.',
  query: {
    date: dateParam('The day asked about (default: the last snapshot).'),
    zoom,
    tolerance,
  },
  params: {},
  errors: [503],
  response: {
    description: 'A FeatureCollection with one `occupied` feature (MultiPolygon).',
    contentType: GEOJSON,
    example: { type: 'FeatureCollection', ok: true, warnings: [], date: '2025-06-01', snapshotDate: '2025-06-01', revision: 1, areaKm2: 113_000, tolerance: 0.0055, features: [{ type: 'Feature', properties: { kind: 'occupied', snapshotDate: '2025-06-01' }, geometry: { type: 'MultiPolygon', coordinates: [] } }] },
  },
  handle: async ({ deps, query, request, warn, warnings }) => {
    const toleranceDeg = toleranceOf(query, warn)
    if (!deps.control?.view.coverage) {
      warn(NO_SNAPSHOTS)
      return { type: 'FeatureCollection', date: query.date ?? null, snapshotDate: null, revision: null, areaKm2: null, tolerance: toleranceDeg, features: [] }
    }
    const control = deps.control
    const date = query.date ?? (control.view.coverage?.end as string)
    const snapshotDate = control.view.snapshotDateOn(date)
    if (!snapshotDate) {
      warn(`date ${date} is before the series starts (${control.view.coverage?.start}): no snapshot in force`)
      return { type: 'FeatureCollection', date, snapshotDate: null, revision: null, areaKm2: null, tolerance: toleranceDeg, features: [] }
    }
    const payload = async () => {
      const snapshot = await control.snapshotOn(date)
      if (!snapshot) throw new Error(`control: snapshotOn(${date}) found nothing although ${snapshotDate} is in force`)
      return {
        type: 'FeatureCollection',
        date,
        snapshotDate: snapshot.date,
        revision: snapshot.revision,
        areaKm2: snapshot.areaKm2,
        tolerance: toleranceDeg,
        features: [occupiedFeature(snapshot, displayGeometry(snapshot.geometry, toleranceDeg))],
      }
    }
    // With warnings the answer is built afresh so they are never dropped; without, it is the same bytes
    // for every client and comes from the cache (304 on a matching ETag, gzip when accepted). The key
    // needs no store read: the series version and the snapshot date in force decide the bytes.
    if (warnings().length) return payload()
    const cache = cacheOf(deps)
    const key = `geometry|${control.version}|${snapshotDate}|${toleranceDeg}|${date}`
    const cached = await cache.getOrMakeAsync(key, async () => makeCachedBody(JSON.stringify({ ok: true, warnings: [], ...(await payload()) }), GEOJSON))
    return cachedResponse(cached, request)
  },
})

export const changeRoute = defineRoute({
  method: 'GET',
  path: '/api/control/change',
  operationId: 'getControlChange',
  tag: 'control',
  summary: 'Territory gained and lost between two dates (GeoJSON + km²)',
  description:
    'Gained = occupied at `to` but not at `from`; lost = the reverse; net = gained − lost; areas geodesic (WGS84) in km², ' +
    'from the full geometry. Features `gained` and `lost` are MultiPolygons, simplified by `zoom`/`tolerance` for drawing. ' +
    '`region` limits everything to one oblast.',
  query: {
    from: dateParam('Start day.', { required: true }),
    to: dateParam('End day (on or after `from`).', { required: true }),
    region,
    zoom,
    tolerance,
  },
  params: {},
  errors: [503],
  response: {
    description: 'A FeatureCollection of `gained` and `lost` features with the km² figures beside them.',
    contentType: GEOJSON,
    example: { type: 'FeatureCollection', ok: true, warnings: [], from: '2025-01-01', to: '2025-10-31', snapshotFrom: '2025-01-01', snapshotTo: '2025-10-31', region: null, gainedKm2: 3600, lostKm2: 200, netKm2: 3400, features: [] },
  },
  handle: async (input) => {
    const { deps, query } = input
    const control = requireControl(deps)
    if (query.from > query.to) throw new InputError(`from: ${query.from} is after to: ${query.to}; expected from <= to`)
    const regionName = resolveRegion(control, query.region)
    const toleranceDeg = toleranceOf(query, input.warn)
    const key = `change|${control.version}|${query.from}|${query.to}|${regionName ?? ''}|${toleranceDeg}`
    return answerCached(input, key, GEOJSON, (warn) => changePayload(control, query.from, query.to, regionName, toleranceDeg, warn))
  },
})

/** The change answer (full-geometry km², display-simplified polygons); warns when `from` is before the series. */
function changePayload(control: ControlSource, from: string, to: string, regionName: string | undefined, toleranceDeg: number, warn: (m: string) => void) {
  const change = control.view.changeBetween(from, to, regionName)
  if (!change) {
    warn(`no snapshot in force on ${from}: the series starts ${control.view.coverage?.start}`)
    return { type: 'FeatureCollection', from, to, snapshotFrom: null, snapshotTo: null, region: regionName ?? null, gainedKm2: null, lostKm2: null, netKm2: null, features: [] }
  }
  return {
    type: 'FeatureCollection',
    from: change.from,
    to: change.to,
    snapshotFrom: change.snapshotFrom,
    snapshotTo: change.snapshotTo,
    region: change.region,
    gainedKm2: change.gainedKm2,
    lostKm2: change.lostKm2,
    netKm2: change.netKm2,
    features: [
      { type: 'Feature', properties: { kind: 'gained', areaKm2: change.gainedKm2, fill: '#e4572e' }, geometry: displayGeometry(change.gained, toleranceDeg) },
      { type: 'Feature', properties: { kind: 'lost', areaKm2: change.lostKm2, fill: '#2e86de' }, geometry: displayGeometry(change.lost, toleranceDeg) },
    ],
  }
}

export const timelineRoute = defineRoute({
  method: 'GET',
  path: '/api/control/timeline',
  operationId: 'getControlTimeline',
  tag: 'control',
  summary: 'Occupied area and net change per day, week or month',
  description: 'One step per day/week/month between `from` and `to` (default: the whole series): the area in force and the gained, lost and net km² since the previous step, each naming the snapshot it used.',
  query: {
    step: enumParam('Step size.', ['day', 'week', 'month'] as const, { default: 'week' }),
    from: dateParam('First day (default: the series start).'),
    to: dateParam('Last day (default: the series end).'),
    region,
  },
  params: {},
  errors: [503],
  response: { description: 'The steps, oldest first.', example: { ok: true, warnings: [], step: 'week', region: null, steps: [{ date: '2025-01-06', snapshotDate: '2025-01-06', areaKm2: 111_000, netKm2: 80, gainedKm2: 90, lostKm2: 10 }] } },
  handle: async (input) => {
    const { deps, query } = input
    const control = requireControl(deps)
    if (query.from && query.to && query.from > query.to) throw new InputError(`from: ${query.from} is after to: ${query.to}; expected from <= to`)
    const regionName = resolveRegion(control, query.region)
    const key = `timeline|${control.version}|${query.step}|${query.from ?? ''}|${query.to ?? ''}|${regionName ?? ''}`
    return answerCached(input, key, JSON_TYPE, async () => {
      const steps = await control.timeline({
        step: query.step,
        ...(query.from ? { from: query.from } : {}),
        ...(query.to ? { to: query.to } : {}),
        ...(regionName ? { region: regionName } : {}),
      })
      return { step: query.step, region: regionName ?? null, steps }
    })
  },
})

export const areaRoute = defineRoute({
  method: 'GET',
  path: '/api/control/area',
  operationId: 'getControlArea',
  tag: 'control',
  summary: 'Occupied area on a date, optionally within one oblast',
  description: 'Geodesic area (WGS84 ellipsoid) in km² of the occupied territory in the snapshot in force on `date`.',
  query: { date: dateParam('The day (default: the last snapshot).'), region },
  params: {},
  errors: [503],
  response: { description: 'The area answer.', example: { ok: true, warnings: [], date: '2025-06-01', snapshotDate: '2025-06-01', areaKm2: 113_000, region: null } },
  handle: ({ deps, query, warn }) => {
    const control = requireControl(deps)
    const date = query.date ?? (control.view.coverage?.end as string)
    const answer = control.view.areaOn(date, resolveRegion(control, query.region))
    if (!answer) {
      warn(`date ${date} is before the series starts (${control.view.coverage?.start})`)
      return { date, snapshotDate: null, areaKm2: null, region: query.region ?? null }
    }
    return { ...answer }
  },
})

export const pointStatusRoute = defineRoute({
  method: 'GET',
  path: '/api/control/status',
  operationId: 'getPointStatus',
  tag: 'control',
  summary: 'Control status of a point on a date, and every change over the series',
  description:
    '`occupied`, `free` or `edge` (within the stated distance of the line) for a LON,LAT point on `date`, plus each transition between occupied and free with its date. ' +
    '`distanceToLineKm` is the distance to the front line: the part of the occupied area\'s boundary that faces ground Ukraine holds, not its stretches along the sea coast or the state border (a town on the Crimean coast is far from the line). ' +
    '`side` is the side of the boundary the point is on, also when it is `edge`; a point outside the occupied area within the edge band of its coast or border stretch is `edge` too.',
  query: { at: lngLatParam('The point.', { required: true }), date: dateParam('The day (default: the last snapshot).') },
  params: {},
  errors: [503],
  response: { description: 'Status and transitions.', example: { ok: true, warnings: [], covered: true, status: { at: [37.8, 48.0], date: '2025-12-01', snapshotDate: '2025-12-01', status: 'occupied', distanceToLineKm: 20.2, edgeKm: 1, side: 'occupied' }, transitions: [{ date: '2025-11-25', previousSnapshotDate: '2025-11-24', from: 'free', to: 'occupied' }] } },
  handle: ({ deps, query }) => {
    const control = requireControl(deps)
    const date = query.date ?? (control.view.coverage?.end as string)
    const covered = control.view.covers(query.at)
    return { covered, status: covered ? control.view.statusAt(query.at, date) : null, transitions: covered ? control.view.transitions(query.at) : [] }
  },
})

export const controlRoutes = [snapshotsRoute, geometryRoute, changeRoute, timelineRoute, areaRoute, pointStatusRoute]
