import { createHash } from 'node:crypto'
import polygonClipping, { type MultiPolygon as PcMultiPolygon } from 'polygon-clipping'
import type { ControlSnapshotInput, IsoDate, Issue, MultiPolygonCoords, Outcome, Position, Severity } from '../../domain/index.js'
import { boxesOverlap } from '../geometry/box.js'
import { findSelfIntersections } from '../geometry/find-self-intersections.js'
import { type EdgeAreaCache, geodesicAreaKm2 } from '../geometry/geodesic-area.js'
import { normalizeMultiPolygon } from '../geometry/normalize-multipolygon.js'
import { packMultiPolygon } from '../geometry/packed-geometry.js'
import { THEATRE_BOX, distanceToTheatreKm } from '../theatre.js'
import { dateFromFileName, parseDateValue } from './date-from-file-name.js'

export interface ParseControlOptions {
  /** Who drew the map (stored with each snapshot), e.g. `DeepState`. */
  readonly source: string
  /** Shared across a batch so consecutive days only pay for their new edges. */
  readonly areaCache?: EdgeAreaCache
}

/** CRS names that mean WGS84 longitude/latitude (GDAL writes EPSG:4326 in lng/lat order too). */
const WGS84_CRS_NAMES = new Set([
  'urn:ogc:def:crs:ogc:1.3:crs84',
  'urn:ogc:def:crs:ogc::crs84',
  'crs84',
  'ogc:crs84',
  'epsg:4326',
  'urn:ogc:def:crs:epsg::4326',
  'urn:ogc:def:crs:epsg:6.6:4326',
  'http://www.opengis.net/def/crs/ogc/1.3/crs84',
  'http://www.opengis.net/def/crs/epsg/0/4326',
])

/** Feature properties that carry the snapshot date in the "unified" archive (one feature per day). */
const DATE_PROPERTIES = ['date', 'update_date', 'snapshot_date', 'day'] as const

interface DatedPolygons {
  readonly date: IsoDate
  readonly origin: string
  readonly polygons: MultiPolygonCoords[]
}

/**
 * One control-map file (already decompressed) to snapshots: a DeepState daily file
 * (`deepstatemap_data_YYYYMMDD.geojson`, date from the name), or a FeatureCollection with a date
 * property per feature (the "unified" archive), or a single Feature or geometry. Every problem is an
 * Issue naming the file and the reason; a bad snapshot is left out and the others still come back.
 */
export function parseControlGeoJson(text: string, sourceId: string, options: ParseControlOptions): Outcome<ControlSnapshotInput[]> {
  const issues: Issue[] = []
  const report = (severity: Severity, code: string, message: string, input?: unknown): void => {
    issues.push({ code, severity, message: `${sourceId}: ${message}`, sourceId, ...(input === undefined ? {} : { input }) })
  }
  const fail = (code: string, message: string, input?: unknown): Outcome<ControlSnapshotInput[]> => {
    report('error', code, message, input)
    return { value: [], issues }
  }

  if (text.trim() === '') return fail('empty-file', 'the file is empty; expected a GeoJSON FeatureCollection')
  let root: unknown
  try {
    root = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (error) {
    return fail('invalid-json', `invalid JSON (${error instanceof Error ? error.message : String(error)}); expected a GeoJSON FeatureCollection`)
  }
  if (!isObject(root) || typeof root.type !== 'string') {
    return fail('not-geojson', `top level is ${describe(root)}; expected a GeoJSON object with a "type" (FeatureCollection, Feature, Polygon or MultiPolygon)`)
  }
  if (!['FeatureCollection', 'Feature', 'Polygon', 'MultiPolygon', 'GeometryCollection'].includes(root.type)) {
    return fail('not-geojson', `"type" is ${JSON.stringify(root.type)}; expected FeatureCollection, Feature, Polygon or MultiPolygon`)
  }

  const crsProblem = checkCrs(root.crs)
  if (crsProblem) {
    if (crsProblem.severity === 'error') return fail(crsProblem.code, crsProblem.message, root.crs)
    report(crsProblem.severity, crsProblem.code, crsProblem.message)
  }

  const fileDate = dateFromFileName(sourceId)
  const features = collectFeatures(root, report)
  if (features === null) return { value: [], issues }
  if (features.length === 0) return fail('empty-geometry', 'the file has no Polygon or MultiPolygon features; expected the occupied territory as (Multi)Polygons')

  // date of each feature: its own property (unified archive), else the file name's
  const byDate = new Map<IsoDate, DatedPolygons>()
  for (const feature of features) {
    let date: IsoDate | null = null
    const property = DATE_PROPERTIES.find((name) => feature.properties[name] !== undefined && feature.properties[name] !== null)
    if (property) {
      date = parseDateValue(feature.properties[property])
      if (!date) {
        report('error', 'bad-date', `${feature.path}.properties.${property} is ${JSON.stringify(feature.properties[property])}; expected a date like 2025-01-31; feature skipped`)
        continue
      }
    } else {
      date = fileDate
    }
    if (!date) {
      report(
        'error',
        'no-date',
        features.length === 1
          ? 'no date: the file name has none (expected e.g. deepstatemap_data_YYYYMMDD.geojson) and the feature has no "date" property; file skipped'
          : `${feature.path} has no "date" property and the file name has no date; feature skipped`,
      )
      continue
    }
    const known = byDate.get(date)
    if (known) known.polygons.push(feature.polygons)
    else byDate.set(date, { date, origin: features.length === 1 ? sourceId : `${sourceId}#${feature.path}`, polygons: [feature.polygons] })
  }

  const snapshots: ControlSnapshotInput[] = []
  for (const dated of [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1))) {
    const snapshot = buildSnapshot(dated, options, (severity, code, message) => report(severity, code, `${dated.date}: ${message}`))
    if (snapshot) snapshots.push(snapshot)
  }
  return { value: snapshots, issues }
}

function buildSnapshot(
  dated: DatedPolygons,
  options: ParseControlOptions,
  report: (severity: Severity, code: string, message: string) => void,
): ControlSnapshotInput | null {
  let polygons: MultiPolygonCoords
  if (dated.polygons.length === 1) {
    polygons = dated.polygons[0] as MultiPolygonCoords
  } else {
    // several features for one day: their union is the day's territory
    try {
      const [first, ...rest] = dated.polygons as PcMultiPolygon[]
      polygons = polygonClipping.union(first as PcMultiPolygon, ...rest)
      report('info', 'merged-features', `${dated.polygons.length} features carry this date; their union is imported as one snapshot`)
    } catch (error) {
      report('error', 'invalid-geometry', `the ${dated.polygons.length} features of this date could not be merged (${error instanceof Error ? error.message : String(error)}); skipped`)
      return null
    }
  }

  const normalized = normalizeMultiPolygon(polygons)
  for (const note of normalized.notes) report(note.code === 'dropped-z' ? 'info' : 'warning', note.code, note.message)

  const inTheatre: MultiPolygonCoords = []
  const outside: MultiPolygonCoords = []
  for (const polygon of normalized.coordinates) (boxesOverlap(ringBox(polygon[0] as Position[]), THEATRE_BOX) ? inTheatre : outside).push(polygon)
  for (const polygon of outside) {
    const exterior = polygon[0] as Position[]
    const [minX, minY, maxX, maxY] = ringBox(exterior)
    const lng = (minX + maxX) / 2
    const lat = (minY + maxY) / 2
    report(
      'warning',
      'outside-theatre',
      `a polygon of ${exterior.length - 1} vertices around ${formatLat(lat)} ${formatLng(lng)} lies ≈${Math.round(distanceToTheatreKm(lng, lat))} km outside the theatre (Ukraine and the Russian border oblasts); excluded as not territory of this war (the live map has carried joke polygons)`,
    )
  }
  if (inTheatre.length === 0) {
    const swapped = normalized.coordinates.some((polygon) => {
      const [minX, minY, maxX, maxY] = ringBox(polygon[0] as Position[])
      return boxesOverlap([minY, minX, maxY, maxX], THEATRE_BOX)
    })
    report(
      'error',
      'empty-geometry',
      normalized.coordinates.length === 0
        ? 'the geometry is empty (no polygon with area); skipped'
        : `no polygon lies in the theatre; skipped${swapped ? ' (the positions look like [lat, lng]; GeoJSON wants [lng, lat])' : ''}`,
    )
    return null
  }

  const packed = packMultiPolygon(inTheatre)
  const crossings = findSelfIntersections(packed, 50)
  const bad = crossings.filter((c) => c.kind !== 'touch')
  if (bad.length > 0) {
    const where = bad
      .slice(0, 3)
      .map((c) => `${c.kind === 'crossing' ? 'edges cross' : 'edges overlap'} at ${formatLat(c.at[1])} ${formatLng(c.at[0])}`)
      .join('; ')
    report('error', 'self-intersection', `the geometry intersects itself (${where}${bad.length > 3 ? `; and ${bad.length - 3}${bad.length === 50 ? '+' : ''} more` : ''}); a valid polygon's rings never cross; skipped`)
    return null
  }
  const touches = crossings.filter((c) => c.kind === 'touch')
  if (touches.length > 0) {
    const first = touches[0] as (typeof touches)[number]
    report('warning', 'ring-touch', `rings touch at ${touches.length} point(s), first at ${formatLat(first.at[1])} ${formatLng(first.at[0])}; accepted`)
  }

  const geometry = { type: 'MultiPolygon' as const, coordinates: inTheatre }
  return {
    date: dated.date,
    source: options.source,
    origin: dated.origin,
    geometry,
    geometrySha256: createHash('sha256').update(JSON.stringify(inTheatre)).digest('hex'),
    areaKm2: geodesicAreaKm2(packed, options.areaCache),
  }
}

interface CollectedFeature {
  readonly path: string
  readonly properties: Record<string, unknown>
  readonly polygons: MultiPolygonCoords
}

/** The (Multi)Polygon features of the document, each checked for shape and coordinate ranges; null on a fatal problem. */
function collectFeatures(root: Record<string, unknown>, report: (severity: Severity, code: string, message: string, input?: unknown) => void): CollectedFeature[] | null {
  const out: CollectedFeature[] = []
  let skippedOther = 0
  const take = (geometry: unknown, path: string, properties: Record<string, unknown>): void => {
    if (geometry === null || geometry === undefined) {
      report('warning', 'empty-feature', `${path} has no geometry; skipped`)
      return
    }
    if (!isObject(geometry) || typeof geometry.type !== 'string') {
      report('error', 'invalid-geometry', `${path} is ${describe(geometry)}; expected a GeoJSON geometry object`)
      return
    }
    if (geometry.type === 'GeometryCollection') {
      const parts = Array.isArray(geometry.geometries) ? geometry.geometries : []
      parts.forEach((part, i) => take(part, `${path}.geometries[${i}]`, properties))
      return
    }
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
      skippedOther++
      return
    }
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
    const problems = checkCoordinates(polygons, `${path}.coordinates`, geometry.type === 'Polygon')
    if (problems.length > 0) {
      const shown = problems.slice(0, 3).join('; ')
      report('error', 'invalid-coordinates', `${shown}${problems.length > 3 ? `; and ${problems.length - 3} more` : ''}; feature skipped`)
      return
    }
    out.push({ path: path.replace(/\.geometry$/, ''), properties, polygons: polygons as MultiPolygonCoords })
  }

  switch (root.type) {
    case 'FeatureCollection': {
      if (!Array.isArray(root.features)) {
        report('error', 'not-geojson', `"features" is ${describe(root.features)}; expected an array of Features`)
        return null
      }
      root.features.forEach((feature: unknown, i: number) => {
        if (!isObject(feature) || feature.type !== 'Feature') {
          report('error', 'invalid-feature', `features[${i}] is ${describe(feature)}; expected a GeoJSON Feature; skipped`)
          return
        }
        take(feature.geometry, `features[${i}].geometry`, isObject(feature.properties) ? feature.properties : {})
      })
      break
    }
    case 'Feature':
      take(root.geometry, 'geometry', isObject(root.properties) ? root.properties : {})
      break
    case 'Polygon':
    case 'MultiPolygon':
    case 'GeometryCollection':
      take(root, 'geometry', {})
      break
    default:
      report('error', 'not-geojson', `"type" is ${JSON.stringify(root.type)}; expected FeatureCollection, Feature, Polygon or MultiPolygon`)
      return null
  }
  if (skippedOther > 0) report('warning', 'unsupported-geometry', `${skippedOther} feature(s) are neither Polygon nor MultiPolygon (points or lines carry no territory); skipped`)
  return out
}

/** Shape and range problems of MultiPolygon coordinates, each naming the path and the value. */
function checkCoordinates(polygons: unknown, path: string, isPolygon: boolean): string[] {
  const problems: string[] = []
  if (!Array.isArray(polygons)) return [`${path} is ${describe(polygons)}; expected an array`]
  if (polygons.length === 0) return [`${path} is empty; expected at least one polygon`]
  polygons.forEach((polygon: unknown, p: number) => {
    const polygonPath = isPolygon ? path : `${path}[${p}]`
    if (!Array.isArray(polygon) || polygon.length === 0) {
      problems.push(`${polygonPath} is ${describe(polygon)}; expected an array of rings`)
      return
    }
    polygon.forEach((ring: unknown, r: number) => {
      const ringPath = `${polygonPath}[${r}]`
      if (!Array.isArray(ring)) {
        problems.push(`${ringPath} is ${describe(ring)}; expected an array of positions`)
        return
      }
      ring.forEach((position: unknown, i: number) => {
        const at = `${ringPath}[${i}]`
        if (!Array.isArray(position) || position.length < 2) {
          problems.push(`${at} is ${describe(position)}; expected a position [lng, lat] (a height may follow)`)
          return
        }
        const [lng, lat] = position as unknown[]
        if (typeof lng !== 'number' || typeof lat !== 'number' || !Number.isFinite(lng) || !Number.isFinite(lat)) {
          problems.push(`${at} is ${JSON.stringify(position)}; expected finite numbers [lng, lat]`)
        } else if (lng < -180 || lng > 180 || lat < -90 || lat > 90) {
          problems.push(`${at} is [${lng}, ${lat}], outside longitude -180..180 / latitude -90..90 (projected coordinates? expected WGS84 degrees)`)
        }
      })
    })
  })
  return problems
}

function checkCrs(crs: unknown): { severity: Severity; code: string; message: string } | null {
  if (crs === undefined || crs === null) {
    return {
      severity: 'warning',
      code: 'missing-crs',
      message: 'no "crs" member; read as WGS84 longitude/latitude, the only CRS RFC 7946 allows (DeepState files declare urn:ogc:def:crs:OGC:1.3:CRS84)',
    }
  }
  const name = isObject(crs) && isObject(crs.properties) ? crs.properties.name : undefined
  if (typeof name !== 'string') {
    return { severity: 'error', code: 'wrong-crs', message: `"crs" is ${JSON.stringify(crs)}; expected a named CRS for WGS84 longitude/latitude (urn:ogc:def:crs:OGC:1.3:CRS84); file skipped` }
  }
  if (WGS84_CRS_NAMES.has(name.trim().toLowerCase())) return null
  return {
    severity: 'error',
    code: 'wrong-crs',
    message: `crs is "${name}"; expected WGS84 longitude/latitude (urn:ogc:def:crs:OGC:1.3:CRS84); reproject it first (e.g. ogr2ogr -t_srs CRS84); file skipped`,
  }
}

function ringBox(ring: readonly Position[]): [number, number, number, number] {
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (const p of ring) {
    const x = p[0] as number
    const y = p[1] as number
    if (x < minX) minX = x
    if (x > maxX) maxX = x
    if (y < minY) minY = y
    if (y > maxY) maxY = y
  }
  return [minX, minY, maxX, maxY]
}

function formatLat(lat: number): string {
  return `${Math.abs(lat).toFixed(3)}°${lat >= 0 ? 'N' : 'S'}`
}

function formatLng(lng: number): string {
  return `${Math.abs(lng).toFixed(3)}°${lng >= 0 ? 'E' : 'W'}`
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing'
  if (value === null) return 'null'
  if (Array.isArray(value)) return `an array of ${value.length}`
  if (typeof value === 'object') return 'an object'
  const text = JSON.stringify(value)
  return `${typeof value} ${text.length > 40 ? `${text.slice(0, 40)}…` : text}`
}
