import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { repoPath } from '../../testing/shared-data.js'
import { parseControlGeoJson } from './parse-control-geojson.js'
import { dateFromFileName } from './date-from-file-name.js'

// A real DeepState daily file from the bundled sample (data/control-sample, see its SOURCE.md).
const REAL_NAME = 'deepstatemap_data_20250102.geojson'
const realText = gunzipSync(readFileSync(repoPath('data', 'control-sample', `${REAL_NAME}.gz`))).toString('utf8')
const real = JSON.parse(realText) as { crs?: unknown; features: { type: string; properties: Record<string, unknown>; geometry: { type: string; coordinates: number[][][][] } }[] }
const options = { source: 'DeepState' }
const parse = (value: unknown, name = REAL_NAME) => parseControlGeoJson(typeof value === 'string' ? value : JSON.stringify(value), name, options)
const codes = (outcome: ReturnType<typeof parse>) => outcome.issues.map((i) => `${i.severity}:${i.code}`)

describe('parseControlGeoJson on a real DeepState file', () => {
  it('reads the date from the name and the territory from the single MultiPolygon', () => {
    const { value, issues } = parse(realText)
    expect(issues).toEqual([])
    expect(value).toHaveLength(1)
    const [snapshot] = value
    expect(snapshot?.date).toBe('2025-01-02')
    expect(snapshot?.source).toBe('DeepState')
    expect(snapshot?.origin).toBe(REAL_NAME)
    expect(snapshot?.areaKm2).toBeGreaterThan(110_000)
    expect(snapshot?.areaKm2).toBeLessThan(114_000)
    expect(snapshot?.geometrySha256).toMatch(/^[0-9a-f]{64}$/)
  })
})

describe('parseControlGeoJson: bad input is an issue naming the file and the reason', () => {
  it('invalid JSON (a truncated file)', () => {
    const result = parse(realText.slice(0, 5000))
    expect(result.value).toEqual([])
    expect(codes(result)).toEqual(['error:invalid-json'])
    expect(result.issues[0]?.message).toMatch(new RegExp(`^${REAL_NAME}: invalid JSON \\(`))
    expect(result.issues[0]?.sourceId).toBe(REAL_NAME)
  })

  it('an empty file', () => {
    expect(codes(parse(''))).toEqual(['error:empty-file'])
  })

  it('a wrong CRS (Web Mercator) skips the file and says what to do', () => {
    const result = parse({ ...real, crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3857' } } })
    expect(result.value).toEqual([])
    expect(codes(result)).toEqual(['error:wrong-crs'])
    expect(result.issues[0]?.message).toContain('crs is "urn:ogc:def:crs:EPSG::3857"; expected WGS84 longitude/latitude')
  })

  it('a malformed CRS member', () => {
    expect(codes(parse({ ...real, crs: { type: 'link', properties: { href: 'x' } } }))).toEqual(['error:wrong-crs'])
  })

  it('a missing CRS is reported and read as RFC 7946 WGS84 (the same territory as with the CRS)', () => {
    const { crs: _crs, ...withoutCrs } = real
    const result = parse(withoutCrs)
    expect(codes(result)).toEqual(['warning:missing-crs'])
    expect(result.issues[0]?.message).toContain('no "crs" member; read as WGS84 longitude/latitude')
    expect(result.value[0]?.geometrySha256).toBe(parse(realText).value[0]?.geometrySha256)
  })

  it('EPSG:4326 and CRS84 spellings are accepted silently', () => {
    for (const name of ['EPSG:4326', 'urn:ogc:def:crs:OGC::CRS84', 'urn:ogc:def:crs:EPSG::4326']) {
      expect(parse({ ...real, crs: { type: 'name', properties: { name } } }).issues).toEqual([])
    }
  })

  it('projected coordinates without a CRS are out of range, named with their path', () => {
    const metres = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[4138000, 6150000], [4150000, 6150000], [4150000, 6160000], [4138000, 6150000]]] } }] }
    const result = parse(metres)
    expect(codes(result)).toEqual(['warning:missing-crs', 'error:invalid-coordinates', 'error:empty-geometry'])
    expect(result.issues[1]?.message).toContain('features[0].geometry.coordinates[0][0] is [4138000, 6150000], outside longitude -180..180')
  })

  it('an empty geometry (no polygons) and an empty collection', () => {
    const empty = { ...real, features: [{ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [] } }] }
    expect(codes(parse(empty))).toEqual(['error:invalid-coordinates', 'error:empty-geometry'])
    expect(codes(parse({ ...real, features: [] }))).toEqual(['error:empty-geometry'])
  })

  it('a geometry of degenerate rings only is empty', () => {
    const flat = { ...real, features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[37, 48], [37.1, 48], [37.2, 48], [37, 48]]] } }] }
    const result = parse(flat)
    expect(codes(result)).toEqual(['warning:degenerate-ring', 'error:empty-geometry'])
    expect(result.issues[1]?.message).toBe(`${REAL_NAME}: 2025-01-02: the geometry is empty (no polygon with area); skipped`)
  })

  it('a self-intersecting geometry is rejected with the place of the crossing', () => {
    const bowTie = { ...real, features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[37, 48], [37.3, 48.2], [37.3, 48], [37, 48.1], [37, 48]]] } }] }
    const result = parse(bowTie)
    expect(result.value).toEqual([])
    expect(codes(result)).toEqual(['error:self-intersection'])
    expect(result.issues[0]?.message).toContain('edges cross at 48.067°N 37.100°E')
  })

  it('a file name with no date (and no date property) is rejected', () => {
    const result = parse(realText, 'occupied-territory.geojson')
    expect(result.value).toEqual([])
    expect(codes(result)).toEqual(['error:no-date'])
    expect(result.issues[0]?.message).toContain('occupied-territory.geojson: no date: the file name has none')
  })

  it('3-D coordinates are accepted, the height dropped (same territory, same sha256)', () => {
    const withZ = structuredClone(real)
    for (const polygon of withZ.features[0]!.geometry.coordinates) for (const ring of polygon) for (const p of ring) p.push(112.5)
    const result = parse(withZ)
    expect(codes(result)).toEqual(['info:dropped-z'])
    expect(result.value[0]?.geometrySha256).toBe(parse(realText).value[0]?.geometrySha256)
  })

  it('a joke polygon far from Ukraine (Moscow) is reported and excluded, the rest imported unchanged', () => {
    const joke = structuredClone(real)
    joke.features[0]!.geometry.coordinates.push([[[37.4, 55.6], [37.8, 55.6], [37.8, 55.9], [37.4, 55.9], [37.4, 55.6]]])
    const result = parse(joke)
    expect(codes(result)).toEqual(['warning:outside-theatre'])
    expect(result.issues[0]?.message).toMatch(/a polygon of 4 vertices around 55\.750°N 37\.600°E lies ≈\d+ km outside the theatre/)
    expect(result.value[0]?.geometrySha256).toBe(parse(realText).value[0]?.geometrySha256)
  })

  it('swapped [lat, lng] positions get a hint', () => {
    const swapped = { type: 'FeatureCollection', crs: real.crs, features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[48, 37], [48, 37.2], [48.2, 37.2], [48, 37]]] } }] }
    const result = parse(swapped)
    expect(result.issues.at(-1)?.message).toContain('look like [lat, lng]')
  })

  it('not GeoJSON at all', () => {
    expect(codes(parse([1, 2, 3]))).toEqual(['error:not-geojson'])
    expect(codes(parse({ type: 'Topology' }))).toEqual(['error:not-geojson'])
  })

  it('points and lines carry no territory: skipped with a warning', () => {
    const withPoint = structuredClone(real) as { features: unknown[] }
    withPoint.features.push({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [37, 48] } })
    expect(codes(parse(withPoint))).toEqual(['warning:unsupported-geometry'])
  })
})

describe('parseControlGeoJson: the unified archive (one FeatureCollection, a date per feature)', () => {
  const feature = (date: unknown, coordinates: number[][][][]) => ({ type: 'Feature', properties: { date }, geometry: { type: 'MultiPolygon', coordinates } })
  const territory = real.features[0]!.geometry.coordinates

  it('makes one snapshot per date, in date order, each naming its feature', () => {
    const unified = { type: 'FeatureCollection', crs: real.crs, features: [feature('2025-01-03', territory), feature('2025-01-02', territory)] }
    const result = parseControlGeoJson(JSON.stringify(unified), 'deepstate-map-data.geojson', options)
    expect(result.issues).toEqual([])
    expect(result.value.map((s) => [s.date, s.origin])).toEqual([
      ['2025-01-02', 'deepstate-map-data.geojson#features[1]'],
      ['2025-01-03', 'deepstate-map-data.geojson#features[0]'],
    ])
  })

  it('a bad date skips that feature only', () => {
    const unified = { type: 'FeatureCollection', features: [feature('2025-13-40', territory), feature('20250102', territory)] }
    const result = parseControlGeoJson(JSON.stringify(unified), 'unified.geojson', options)
    expect(result.value.map((s) => s.date)).toEqual(['2025-01-02'])
    expect(codes(result)).toEqual(['warning:missing-crs', 'error:bad-date'])
    expect(result.issues[1]?.message).toContain('features[0].properties.date is "2025-13-40"')
  })

  it('two features of one date are merged into one snapshot', () => {
    const a = [[[[37, 48], [37.1, 48], [37.1, 48.1], [37, 48.1], [37, 48]]]]
    const b = [[[[37.05, 48], [37.2, 48], [37.2, 48.1], [37.05, 48.1], [37.05, 48]]]]
    const result = parseControlGeoJson(JSON.stringify({ type: 'FeatureCollection', crs: real.crs, features: [feature('2025-01-02', a), feature('2025-01-02', b)] }), 'u.geojson', options)
    expect(result.value).toHaveLength(1)
    expect(result.value[0]?.geometry.coordinates).toHaveLength(1)
    expect(codes(result)).toEqual(['info:merged-features'])
  })
})

describe('dateFromFileName', () => {
  it.each([
    ['deepstatemap_data_20250131.geojson', '2025-01-31'],
    ['data/2024/deepstatemap_data_20240708.geojson.gz', '2024-07-08'],
    ['snapshot-2025-02-28.json', '2025-02-28'],
    ['2025_03_01.geojson', '2025-03-01'],
    ['deepstatemap_data_20250230.geojson', null],
    ['occupied.geojson', null],
  ])('%s → %s', (name, date) => {
    expect(dateFromFileName(name)).toBe(date)
  })
})
