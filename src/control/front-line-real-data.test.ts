// The front line on a real DeepState day (../shared/data/deepstate-map-data): coastal towns deep in
// occupied ground are far from it, towns by the land front are as near as the boundary says.
// Skipped, with the reason, when the team's shared data is absent.
import { describe, expect, it } from 'vitest'
import type { LngLat } from '../domain/index.js'
import { loadSharedDays, sharedDaysSkipReason } from '../testing/control-slice.js'
import { nearestBoundaryPoint } from './geometry/distance-to-boundary.js'
import { packMultiPolygon } from './geometry/packed-geometry.js'
import { createControlSeries, loadRegionLayer } from './index.js'

const DAY = '2025-06-01'
const skipReason = sharedDaysSkipReason([DAY])
const suite = skipReason ? describe.skip : describe

// GeoNames coordinates (cities500)
const COASTAL: Record<string, LngLat> = {
  Kerch: [36.4703, 45.3607],
  Feodosiia: [35.3792, 45.0319],
  Berdiansk: [36.7845, 46.7558],
  Skadovsk: [32.9112, 46.1166],
}
const BY_THE_FRONT: Record<string, LngLat> = {
  Pokrovsk: [37.1818, 48.282],
  Kupiansk: [37.6167, 49.7106],
  Vovchansk: [36.9413, 50.2908],
  Oleshky: [32.7183, 46.6235], // the Dnipro's left bank: a river bank inside Ukraine is line
}

suite(`the front line on DeepState ${DAY}${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  const [snapshot] = skipReason ? [] : loadSharedDays([DAY])
  const series = skipReason ? null : createControlSeries(snapshot ? [snapshot] : [], { regions: loadRegionLayer() })

  it.each(Object.entries(COASTAL))('%s, on the coast deep in occupied ground, is over 50 km from the line and occupied', (_, at) => {
    const status = series?.statusAt(at, DAY)
    expect(status?.status).toBe('occupied')
    expect(status?.distanceToLineKm).toBeGreaterThan(50)
  })

  it.each(Object.entries(BY_THE_FRONT))('%s, by the land front, keeps its distance to the boundary (under 10 km)', (_, at) => {
    const status = series?.statusAt(at, DAY)
    const boundary = nearestBoundaryPoint(packMultiPolygon((snapshot as NonNullable<typeof snapshot>).geometry), at[0], at[1])
    expect(status?.distanceToLineKm).toBeLessThan(10)
    expect(status?.distanceToLineKm).toBeCloseTo(boundary?.distanceKm as number, 6)
  })
})
