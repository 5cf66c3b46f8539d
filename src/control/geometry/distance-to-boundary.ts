import geographiclib from 'geographiclib-geodesic'
import type { FrontLine } from './front-line.js'
import type { PackedGeometry } from './packed-geometry.js'

const { Geodesic } = geographiclib
const WGS84 = Geodesic.WGS84
const A = 6378137
const E2 = (1 / 298.257223563) * (2 - 1 / 298.257223563)

/** The nearest point of a geometry's boundary to a point, and its geodesic distance. */
export interface NearestBoundaryPoint {
  readonly distanceKm: number
  readonly at: readonly [lng: number, lat: number]
  /** The nearest edge: the one from this vertex (index into the geometry's vertices) to the next of its ring. */
  readonly edge: number
}

/**
 * Distance from a point to the nearest edge of a geometry's boundary. The nearest edge point is
 * found in a plane tangent to the WGS84 ellipsoid at the query point (scales from the meridional
 * and prime-vertical radii of curvature; within 0.1% for distances up to ~100 km), then the
 * distance to it is the geodesic distance on the ellipsoid (GeographicLib). Null for an empty geometry.
 * With `only`, the edges it marks alone count (the front line, see front-line.ts); null when it marks none.
 */
export function nearestBoundaryPoint(geometry: PackedGeometry, lng: number, lat: number, only?: FrontLine): NearestBoundaryPoint | null {
  const { xy, ringStart } = geometry
  const ringBox = only ? only.ringBox : geometry.ringBox
  const mask = only?.isLine
  const phi = (lat * Math.PI) / 180
  const w = 1 - E2 * Math.sin(phi) ** 2
  const kmPerDegLat = ((A * (1 - E2)) / w ** 1.5) * (Math.PI / 180) / 1000
  const kmPerDegLng = ((A / Math.sqrt(w)) * Math.cos(phi) * (Math.PI / 180)) / 1000
  let best = Infinity
  let bestX = Number.NaN
  let bestY = Number.NaN
  let bestEdge = -1
  for (let r = 0; r + 1 < ringStart.length; r++) {
    // skip a ring whose box is farther than the best edge so far (or that has no edge to count)
    if ((ringBox[4 * r] as number) > (ringBox[4 * r + 2] as number)) continue
    const dxBox = Math.max((ringBox[4 * r] as number) - lng, 0, lng - (ringBox[4 * r + 2] as number)) * kmPerDegLng
    const dyBox = Math.max((ringBox[4 * r + 1] as number) - lat, 0, lat - (ringBox[4 * r + 3] as number)) * kmPerDegLat
    if (dxBox * dxBox + dyBox * dyBox > best) continue
    const start = ringStart[r] as number
    const end = ringStart[r + 1] as number
    for (let v = start; v < end; v++) {
      if (mask !== undefined && mask[v] === 0) continue
      const u = v + 1 < end ? v + 1 : start
      const ax = ((xy[2 * v] as number) - lng) * kmPerDegLng
      const ay = ((xy[2 * v + 1] as number) - lat) * kmPerDegLat
      const bx = ((xy[2 * u] as number) - lng) * kmPerDegLng
      const by = ((xy[2 * u + 1] as number) - lat) * kmPerDegLat
      const dx = bx - ax
      const dy = by - ay
      const length2 = dx * dx + dy * dy
      const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2))
      const cx = ax + t * dx
      const cy = ay + t * dy
      const d2 = cx * cx + cy * cy
      if (d2 < best) {
        best = d2
        bestX = cx
        bestY = cy
        bestEdge = v
      }
    }
  }
  if (!Number.isFinite(best)) return null
  const at: [number, number] = [lng + bestX / kmPerDegLng, lat + bestY / kmPerDegLat]
  const distanceM = best === 0 ? 0 : (WGS84.Inverse(lat, lng, at[1], at[0], Geodesic.DISTANCE).s12 as number)
  return { distanceKm: distanceM / 1000, at, edge: bestEdge }
}
