import fc from 'fast-check'
import polygonClipping from 'polygon-clipping'
import { describe, expect, it, vi } from 'vitest'
import type { MultiPolygonCoords, Position } from '../../domain/index.js'
import { loadSampleSnapshots } from '../../testing/control-sample.js'
import { geodesicAreaKm2 } from '../geometry/geodesic-area.js'
import { packMultiPolygon } from '../geometry/packed-geometry.js'
import { computeChangeBetween } from './compute-change.js'
import { computeChangeNaive } from './compute-change-naive.js'

const area = (polygons: MultiPolygonCoords) => geodesicAreaKm2(packMultiPolygon(polygons))
const snapshots = loadSampleSnapshots()

describe('computeChange (incremental, windows around the changed edges)', () => {
  it('matches the whole-geometry overlay on consecutive sample days', () => {
    // the sample's single-day steps (days around the biggest changes) and two month-long ones
    const pairs = [['2024-11-22', '2024-11-23'], ['2025-05-24', '2025-05-25'], ['2025-11-24', '2025-11-25'], ['2026-08-12', '2026-08-13'], ['2025-08-01', '2025-09-01']]
    for (const [from, to] of pairs) {
      const a = snapshots.find((s) => s.date === from)!
      const b = snapshots.find((s) => s.date === to)!
      const fast = computeChangeBetween(packMultiPolygon(a.geometry), packMultiPolygon(b.geometry))
      const naive = computeChangeNaive(a.geometry.coordinates, b.geometry.coordinates)
      // the baseline leaves crossings on the straight lng/lat lines; ours moves them onto the geodesics (≤ a few 100 m²)
      expect(area(fast.gained)).toBeCloseTo(area(naive.gained), 3)
      expect(area(fast.lost)).toBeCloseTo(area(naive.lost), 3)
      expect(fast.gained.length).toBe(naive.gained.length)
      expect(fast.lost.length).toBe(naive.lost.length)
      // the overlay ran only in small windows, not over the whole map
      const [minX, , maxX] = packMultiPolygon(a.geometry).box
      const covered = fast.windows.reduce((sum, w) => sum + (w[2] - w[0]), 0)
      if (to !== '2025-09-01') expect(covered).toBeLessThan((maxX - minX) / 2)
    }
  })

  it('gained − lost = area(D2) − area(D1) within 0.01% for any two sample dates (property)', () => {
    fc.assert(
      fc.property(fc.nat({ max: snapshots.length - 1 }), fc.nat({ max: snapshots.length - 1 }), (i, j) => {
        const a = snapshots[i]!
        const b = snapshots[j]!
        const change = computeChangeBetween(packMultiPolygon(a.geometry), packMultiPolygon(b.geometry))
        const net = area(change.gained) - area(change.lost)
        const expected = b.areaKm2 - a.areaKm2
        // 0.01% of the difference, with a floor of 1 m² for days that barely differ
        expect(Math.abs(net - expected)).toBeLessThanOrEqual(Math.max(1e-4 * Math.abs(expected), 1e-6))
      }),
      { numRuns: 12 },
    )
  })

  it('handles polygons appearing, vanishing and holes opening', () => {
    const square = (x: number, y: number, size: number): Position[] => [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]
    const hole: Position[] = [[37.02, 48.02], [37.02, 48.04], [37.04, 48.04], [37.04, 48.02], [37.02, 48.02]]
    const a = packMultiPolygon([[square(37, 48, 0.1)], [square(36, 47, 0.05)]])
    const b = packMultiPolygon([[square(37, 48, 0.1), hole], [square(35, 46, 0.05)]])
    const change = computeChangeBetween(a, b)
    expect(area(change.gained)).toBeCloseTo(area([[square(35, 46, 0.05)]]), 6)
    expect(area(change.lost)).toBeCloseTo(area([[square(36, 47, 0.05)]]) + area([[[...hole].reverse()]]), 6)
  })

  it('falls back to the whole overlay for a window polygon-clipping fails on', () => {
    const a = snapshots.find((s) => s.date === '2025-05-24')!
    const b = snapshots.find((s) => s.date === '2025-05-25')!
    const expected = computeChangeBetween(packMultiPolygon(a.geometry), packMultiPolygon(b.geometry))
    const real = polygonClipping.difference
    const spy = vi.spyOn(polygonClipping, 'difference').mockImplementationOnce(() => {
      throw new Error('Unable to complete output ring')
    })
    try {
      const recovered = computeChangeBetween(packMultiPolygon(a.geometry), packMultiPolygon(b.geometry))
      expect(spy).toHaveBeenCalled()
      expect(area(recovered.gained)).toBeCloseTo(area(expected.gained), 3)
      expect(area(recovered.lost)).toBeCloseTo(area(expected.lost), 3)
    } finally {
      spy.mockRestore()
    }
    expect(polygonClipping.difference).toBe(real)
  })

  it('finds no change between a snapshot and itself', () => {
    const g = packMultiPolygon(snapshots[0]!.geometry)
    const change = computeChangeBetween(g, g)
    expect(change).toEqual({ gained: [], lost: [], windows: [] })
  })
})
