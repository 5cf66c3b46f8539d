import fc from 'fast-check'
import geographiclib from 'geographiclib-geodesic'
import { describe, expect, it } from 'vitest'
import type { Position } from '../../domain/index.js'
import { EdgeAreaCache, geodesicAreaKm2, ringSignedAreaM2 } from './geodesic-area.js'
import { packMultiPolygon } from './packed-geometry.js'

const { Geodesic } = geographiclib

/** GeographicLib's own PolygonArea, the reference. */
function referenceAreaKm2(ring: readonly Position[]): number {
  const polygon = Geodesic.WGS84.Polygon(false)
  for (const [lng, lat] of ring.slice(0, -1)) polygon.AddPoint(lat as number, lng as number)
  return Math.abs(polygon.Compute(false, true).area as number) / 1e6
}

/** A random simple polygon: a star-shaped ring around a centre in Ukraine (radius 0.05–1°). */
const starRing = fc
  .record({
    lng: fc.double({ min: 23, max: 39, noNaN: true }),
    lat: fc.double({ min: 45, max: 52, noNaN: true }),
    radii: fc.array(fc.double({ min: 0.05, max: 1, noNaN: true }), { minLength: 3, maxLength: 40 }),
  })
  .map(({ lng, lat, radii }) => {
    const ring: Position[] = radii.map((r, i) => {
      const angle = (2 * Math.PI * i) / radii.length
      return [Math.round((lng + r * Math.cos(angle)) * 1e6) / 1e6, Math.round((lat + r * Math.sin(angle)) * 1e6) / 1e6]
    })
    return [...ring, ring[0] as Position]
  })

describe('geodesic area on the WGS84 ellipsoid', () => {
  it('matches GeographicLib PolygonArea for a 1°×1° cell at 48°N (≈ 8,280 km²)', () => {
    const ring: Position[] = [[37, 48], [38, 48], [38, 49], [37, 49], [37, 48]]
    const area = geodesicAreaKm2(packMultiPolygon([[ring]]))
    expect(area).toBeCloseTo(referenceAreaKm2(ring), 6)
    expect(area).toBeGreaterThan(8200)
    expect(area).toBeLessThan(8350)
  })

  it('matches PolygonArea on random polygons, with or without the edge cache', () => {
    const cache = new EdgeAreaCache()
    fc.assert(
      fc.property(starRing, (ring) => {
        const reference = referenceAreaKm2(ring)
        expect(geodesicAreaKm2(packMultiPolygon([[ring]]))).toBeCloseTo(reference, 6)
        expect(geodesicAreaKm2(packMultiPolygon([[ring]]), cache)).toBeCloseTo(reference, 6)
      }),
      { numRuns: 60 },
    )
  })

  it('is unchanged when a ring is rotated or reversed (property)', () => {
    fc.assert(
      fc.property(starRing, fc.nat(), fc.boolean(), (ring, shift, reverse) => {
        const open = ring.slice(0, -1)
        const k = shift % open.length
        let moved = [...open.slice(k), ...open.slice(0, k)]
        if (reverse) moved = moved.reverse()
        const closed = [...moved, moved[0] as Position]
        const a = geodesicAreaKm2(packMultiPolygon([[ring]]))
        const b = geodesicAreaKm2(packMultiPolygon([[closed]]))
        expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * a)
      }),
      { numRuns: 100 },
    )
  })

  it('subtracts holes and gives a signed area by orientation', () => {
    const outer: Position[] = [[36, 47], [38, 47], [38, 49], [36, 49], [36, 47]]
    const hole: Position[] = [[36.5, 47.5], [37.5, 47.5], [37.5, 48.5], [36.5, 48.5], [36.5, 47.5]]
    const full = geodesicAreaKm2(packMultiPolygon([[outer]]))
    const holed = geodesicAreaKm2(packMultiPolygon([[outer, hole]]))
    expect(holed).toBeCloseTo(full - referenceAreaKm2(hole), 6)
    const packed = packMultiPolygon([[outer]])
    expect(ringSignedAreaM2(packed.xy, 0, 4)).toBeGreaterThan(0) // counter-clockwise
    const reversed = packMultiPolygon([[[...outer].reverse()]])
    expect(ringSignedAreaM2(reversed.xy, 0, 4)).toBeLessThan(0)
  })

  it('differs from a spherical formula by about 0.3% (why the ellipsoid matters)', () => {
    const ring: Position[] = [[37, 48], [38, 48], [38, 49], [37, 49], [37, 48]]
    const ellipsoidal = geodesicAreaKm2(packMultiPolygon([[ring]]))
    // spherical lat/lng cell on the authalic sphere R = 6371.0072 km
    const R = 6371.0072
    const spherical = R * R * ((Math.PI / 180) * 1) * (Math.sin((49 * Math.PI) / 180) - Math.sin((48 * Math.PI) / 180))
    const relative = Math.abs(ellipsoidal - spherical) / ellipsoidal
    expect(relative).toBeGreaterThan(0.001)
    expect(relative).toBeLessThan(0.01)
  })
})
