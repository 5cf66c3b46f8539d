// The front line on hand-made polygons: a "country" of two units (30–32°E, 46–48°N, its south side
// the coast, its east side the state border) and an occupied corner in its south-east.
import { describe, expect, it } from 'vitest'
import type { MultiPolygonCoords } from '../../domain/index.js'
import { createRegionLayer, type Region } from '../regions/region-layer.js'
import { createControlSeries } from '../series/control-series.js'
import { nearestBoundaryPoint } from './distance-to-boundary.js'
import { findFrontLine } from './front-line.js'
import { NationalOutline } from './national-outline.js'
import { packMultiPolygon } from './packed-geometry.js'

const WEST: MultiPolygonCoords = [[[[30, 46], [31, 46], [31, 48], [30, 48], [30, 46]]]]
const EAST: MultiPolygonCoords = [[[[31, 46], [32, 46], [32, 48], [31, 48], [31, 46]]]]
const outline = new NationalOutline([WEST, EAST])

/** A corner 31.5–32°E, `south`–46.5°N: its south side on the coast, its east side on the border. */
function corner(south = 46): MultiPolygonCoords {
  return [[[[31.5, south], [32, south], [32, 46.5], [31.5, 46.5], [31.5, south]]]]
}

/** The line flag of the edge from (x1, y1) to (x2, y2) of a packed one-ring geometry. */
function lineFlags(coords: MultiPolygonCoords, tolKm = 2): Map<string, number> {
  const g = packMultiPolygon(coords)
  const line = findFrontLine(g, outline, tolKm)
  const flags = new Map<string, number>()
  const n = g.xy.length / 2
  for (let v = 0; v < n; v++) {
    const u = (v + 1) % n
    flags.set(`${g.xy[2 * v]},${g.xy[2 * v + 1]}>${g.xy[2 * u]},${g.xy[2 * u + 1]}`, line.isLine[v] as number)
  }
  return flags
}

function unit(id: string, coordinates: MultiPolygonCoords): Region {
  return { id, country: 'UA', name: id, nameUk: id, nameRu: id, aliases: [], coordinates, geometry: packMultiPolygon(coordinates) }
}

describe('NationalOutline', () => {
  it('keeps the units’ outer edges and drops the edge two units share', () => {
    const s = outline.segments
    const edges = Array.from({ length: s.length / 4 }, (_, i) => [...s.subarray(4 * i, 4 * i + 4)].join(','))
    expect(edges).toHaveLength(6)
    expect(edges).not.toContain('31,46,31,48')
    expect(edges).not.toContain('31,48,31,46')
  })

  it('answers inside and near', () => {
    expect(outline.contains(31, 47)).toBe(true)
    expect(outline.contains(31.5, 45.9)).toBe(false)
    expect(outline.isNear(31.5, 46.01, 2)).toBe(true) // 1.1 km from the coast
    expect(outline.isNear(31.5, 46.05, 2)).toBe(false) // 5.6 km
    expect(outline.isNear(31, 47, 2)).toBe(false) // on the shared edge, which is no outline
  })
})

describe('findFrontLine', () => {
  it('a coast and a border stretch on the outline are not line; the sides that face the country are', () => {
    const flags = lineFlags(corner())
    expect(flags.get('31.5,46>32,46')).toBe(0) // coast
    expect(flags.get('32,46>32,46.5')).toBe(0) // state border
    expect(flags.get('32,46.5>31.5,46.5')).toBe(1)
    expect(flags.get('31.5,46.5>31.5,46')).toBe(1) // a river bank inside: line down to the sea
  })

  it('a coast drawn up to the tolerance inside the outline, or out at sea, is not line either', () => {
    expect(lineFlags(corner(46.009)).get('31.5,46.009>32,46.009')).toBe(0) // 1 km inland
    expect(lineFlags(corner(45.99)).get('31.5,45.99>32,45.99')).toBe(0) // 1.1 km out at sea
    expect(lineFlags(corner(46.03)).get('31.5,46.03>32,46.03')).toBe(1) // 3.3 km inland: ground the country holds
  })

  it('the distance to the line skips the coast: a coastal point deep in the corner is far from it', () => {
    const g = packMultiPolygon(corner())
    const line = findFrontLine(g, outline, 2)
    const whole = nearestBoundaryPoint(g, 31.9, 46.02) as { distanceKm: number }
    const front = nearestBoundaryPoint(g, 31.9, 46.02, line) as { distanceKm: number; at: readonly [number, number] }
    expect(whole.distanceKm).toBeCloseTo(2.2, 1)
    expect(front.distanceKm).toBeGreaterThan(30) // the river bank at 31.5°E
    expect(front.at[0]).toBeCloseTo(31.5, 6)
    // by the river bank, line and boundary agree
    expect(nearestBoundaryPoint(g, 31.52, 46.2, line)?.distanceKm).toBeCloseTo(nearestBoundaryPoint(g, 31.52, 46.2)?.distanceKm as number, 9)
  })

  it('a boundary wholly on the outline has no line', () => {
    const island: MultiPolygonCoords = [[[[30.2, 46], [30.4, 46], [30.4, 45.9], [30.2, 45.9], [30.2, 46]]]]
    const g = packMultiPolygon(island)
    const line = findFrontLine(g, outline, 2)
    expect(line.lineEdges).toBe(0)
    expect(nearestBoundaryPoint(g, 30.3, 45.95, line)).toBeNull()
  })
})

describe('ControlSeries.statusAt and the front line', () => {
  const snapshot = (coordinates: MultiPolygonCoords) => ({
    date: '2025-06-01',
    revision: 1,
    source: 'test',
    geometry: { type: 'MultiPolygon' as const, coordinates },
    geometrySha256: 'corner',
    areaKm2: 0,
  })
  const regions = createRegionLayer([unit('W', WEST), unit('E', EAST)])

  it('with the outline: a coastal town inside is occupied, not edge; the river bank is edge; a point at sea by the coast stays edge', () => {
    const series = createControlSeries([snapshot(corner())], { regions, edgeKm: 3 })
    const coastal = series.statusAt([31.9, 46.02], '2025-06-02')
    expect(coastal?.status).toBe('occupied')
    expect(coastal?.distanceToLineKm).toBeGreaterThan(30)
    expect(series.statusAt([31.52, 46.2], '2025-06-02')?.status).toBe('edge')
    const atSea = series.statusAt([31.8, 45.995], '2025-06-02')
    expect(atSea).toMatchObject({ status: 'edge', side: 'free' })
    expect(atSea?.distanceToLineKm).toBeGreaterThan(20)
    expect(series.statusAt([31, 47], '2025-06-02')).toMatchObject({ status: 'free', side: 'free' })
  })

  it('without a region layer the whole boundary is the line, as before', () => {
    const series = createControlSeries([snapshot(corner())], { regions: null, edgeKm: 3 })
    const coastal = series.statusAt([31.9, 46.02], '2025-06-02')
    expect(coastal?.status).toBe('edge')
    expect(coastal?.distanceToLineKm).toBeCloseTo(2.2, 1)
  })
})
