import fc from 'fast-check'
import polygonClipping, { type Polygon as PcPolygon } from 'polygon-clipping'
import { describe, expect, it } from 'vitest'
import type { MultiPolygonCoords } from '../../domain/index.js'
import { packMultiPolygon } from '../geometry/packed-geometry.js'
import { clipToConvex, findAreaCrossings, makeDisc, occupiedShare, type ShareStep } from './settlement-area.js'
import { settlementRadiusKm } from './settlement-radius.js'

const POKROVSK: [number, number] = [37.17585, 48.28198]

/** An axis-aligned box as a MultiPolygon, optionally with holes. */
function box(minX: number, minY: number, maxX: number, maxY: number, holes: [number, number, number, number][] = []): MultiPolygonCoords {
  const ring = (a: number, b: number, c: number, d: number, ccw: boolean) =>
    ccw ? [[a, b], [c, b], [c, d], [a, d], [a, b]] : [[a, b], [a, d], [c, d], [c, b], [a, b]]
  return [[ring(minX, minY, maxX, maxY, true), ...holes.map(([a, b, c, d]) => ring(a, b, c, d, false))]]
}

function shoelace(flat: Float64Array | number[][]): number {
  const pts: [number, number][] = Array.isArray(flat) ? (flat as [number, number][]) : Array.from({ length: flat.length / 2 }, (_, i) => [flat[2 * i]!, flat[2 * i + 1]!])
  let twice = 0
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) twice += pts[j]![0] * pts[i]![1] - pts[i]![0] * pts[j]![1]
  return Math.abs(twice / 2)
}

describe('settlement area: disc and occupied share', () => {
  it('a disc of radius r has the geodesic area of a circle of radius r (to the 64-gon\'s 0.16%)', () => {
    for (const r of [0.5, 3.1, 10]) {
      const disc = makeDisc(POKROVSK, r)
      expect(disc.ring).toHaveLength(64)
      const circle = Math.PI * r * r
      expect(disc.areaKm2 / circle).toBeGreaterThan(0.997)
      expect(disc.areaKm2 / circle).toBeLessThan(1)
    }
    expect(() => makeDisc(POKROVSK, 0)).toThrow(RangeError)
  })

  it('share is 1 inside, 0 outside, ~half when the line runs through the centre, and a hole is taken off', () => {
    const disc = makeDisc(POKROVSK, 2)
    const [x, y] = POKROVSK
    expect(occupiedShare(packMultiPolygon(box(x - 1, y - 1, x + 1, y + 1)), disc)).toBeCloseTo(1, 9)
    expect(occupiedShare(packMultiPolygon(box(x + 1, y - 1, x + 2, y + 1)), disc)).toBe(0)
    expect(occupiedShare(packMultiPolygon(box(x - 1, y - 1, x, y + 1)), disc)).toBeCloseTo(0.5, 3)
    expect(occupiedShare(packMultiPolygon(box(x - 1, y, x + 1, y + 1)), disc)).toBeCloseTo(0.5, 3)
    // the same box with the western half cut out as a hole: the eastern half is left
    expect(occupiedShare(packMultiPolygon(box(x - 1, y - 1, x + 1, y + 1, [[x - 0.5, y - 0.5, x, y + 0.5]])), disc)).toBeCloseTo(0.5, 3)
  })

  it('a territory and its complement within a larger box share the disc between them (property)', () => {
    const disc = makeDisc(POKROVSK, 3)
    const [x, y] = POKROVSK
    const d = 0.06 // ~4-7 km: rectangles that cut the disc in every way
    const rect = fc
      .tuple(fc.double({ min: -d, max: d, noNaN: true }), fc.double({ min: -d, max: d, noNaN: true }), fc.double({ min: -d, max: d, noNaN: true }), fc.double({ min: -d, max: d, noNaN: true }))
      .filter(([a, b, c, e]) => Math.abs(a - c) > 1e-4 && Math.abs(b - e) > 1e-4)
      .map(([a, b, c, e]): [number, number, number, number] => [x + Math.min(a, c), y + Math.min(b, e), x + Math.max(a, c), y + Math.max(b, e)])
    fc.assert(
      fc.property(rect, (r) => {
        const inside = occupiedShare(packMultiPolygon(box(...r)), disc)
        const outside = occupiedShare(packMultiPolygon(box(x - 1, y - 1, x + 1, y + 1, [r])), disc)
        expect(inside).toBeGreaterThanOrEqual(0)
        expect(inside + outside).toBeCloseTo(1, 9)
      }),
      { numRuns: 200 },
    )
  })

  it('clipping a ring to the convex disc gives the area polygon-clipping gives (property, non-convex rings)', () => {
    const disc = makeDisc([0, 0], 100)
    const clip = disc.planeRing
    const clipRing = Array.from({ length: clip.length / 2 }, (_, i) => [clip[2 * i]!, clip[2 * i + 1]!] as [number, number])
    // star-shaped rings around a random centre: simple, and non-convex
    const ring = fc.tuple(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }), fc.array(fc.double({ min: 0.05, max: 1.5, noNaN: true }), { minLength: 3, maxLength: 30 }))
    fc.assert(
      fc.property(ring, ([cx, cy, radii]) => {
        const pts = radii.map((r, i): [number, number] => [cx + r * Math.cos((2 * Math.PI * i) / radii.length), cy + r * Math.sin((2 * Math.PI * i) / radii.length)])
        const ours = shoelace(clipToConvex(Float64Array.from(pts.flat()), clip))
        const theirs = polygonClipping
          .intersection([[...pts, pts[0]!]] as PcPolygon, [[...clipRing, clipRing[0]!]] as PcPolygon)
          .reduce((sum, polygon) => sum + shoelace(polygon[0]!) - polygon.slice(1).reduce((h, hole) => h + shoelace(hole), 0), 0)
        expect(ours).toBeCloseTo(theirs, 9)
      }),
      { numRuns: 200 },
    )
  })
})

describe('settlement area: crossings', () => {
  const steps = (...pairs: [string, number][]): ShareStep[] => pairs.map(([date, share], i) => ({ date, previousSnapshotDate: i === 0 ? null : `prev-${date}`, occupiedShare: share }))

  it('a town taken: from the first day over 2% to the first day at 98%, with the day half of it went across', () => {
    expect(findAreaCrossings(steps(['2025-01-01', 0], ['2025-02-01', 0.01], ['2025-03-01', 0.1], ['2025-04-01', 0.6], ['2025-05-01', 0.99]))).toEqual([
      { from: 'free', to: 'occupied', firstDate: '2025-03-01', previousSnapshotDate: 'prev-2025-03-01', halfDate: '2025-04-01', lastDate: '2025-05-01', peakShare: 0.99, occupiedShareAfter: 0.99 },
    ])
  })

  it('an assault that did not hold, a town retaken, one split at either end of the series, and slivers that are no crossing', () => {
    expect(findAreaCrossings(steps(['a', 0], ['b', 0.3], ['c', 0.1], ['d', 0]))).toEqual([
      { from: 'free', to: 'free', firstDate: 'b', previousSnapshotDate: 'prev-b', halfDate: null, lastDate: 'd', peakShare: 0.3, occupiedShareAfter: 0 },
    ])
    expect(findAreaCrossings(steps(['a', 1], ['b', 0.4], ['c', 0]))[0]).toMatchObject({ from: 'occupied', to: 'free', halfDate: 'b', lastDate: 'c', peakShare: 1 })
    expect(findAreaCrossings(steps(['a', 0.3], ['b', 0.7], ['c', 1]))).toEqual([
      { from: null, to: 'occupied', firstDate: 'a', previousSnapshotDate: null, halfDate: 'b', lastDate: 'c', peakShare: 1, occupiedShareAfter: 1 },
    ])
    expect(findAreaCrossings(steps(['a', 0], ['b', 0.2]))).toEqual([
      { from: 'free', to: 'split', firstDate: 'b', previousSnapshotDate: 'prev-b', halfDate: null, lastDate: null, peakShare: 0.2, occupiedShareAfter: 0.2 },
    ])
    expect(findAreaCrossings(steps(['a', 0], ['b', 0.015], ['c', 0.985], ['d', 1]))).toEqual([
      { from: 'free', to: 'occupied', firstDate: 'c', previousSnapshotDate: 'prev-c', halfDate: 'c', lastDate: 'c', peakShare: 0.985, occupiedShareAfter: 0.985 },
    ])
    expect(findAreaCrossings([])).toEqual([])
  })
})

describe('settlement radius', () => {
  it('holds the population at 2,000 per km², between 0.5 and 10 km, 1 km when unknown', () => {
    expect(settlementRadiusKm(60_127).radiusKm).toBe(3.1)
    expect(settlementRadiusKm(800)).toMatchObject({ radiusKm: 0.5 })
    expect(settlementRadiusKm(1_433_886)).toMatchObject({ radiusKm: 10 })
    expect(settlementRadiusKm(null)).toMatchObject({ radiusKm: 1 })
    expect(settlementRadiusKm(0).radiusKm).toBe(1)
  })
})
