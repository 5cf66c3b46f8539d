// Douglas–Peucker simplification for display (Douglas & Peucker 1973, "Algorithms for the reduction of
// the number of points required to represent a digitized line"). Tolerance in degrees, applied to
// [lng, lat] as planar coordinates: it is for drawing at a zoom, never for area figures, which always
// come from the full geometry. Rings that collapse below a triangle are dropped; a polygon whose outer
// ring collapses is dropped with its holes.
import type { MultiPolygon, Position, Ring } from '../domain/index.js'

/** Squared distance from p to the segment a–b. */
function segmentDistanceSq(p: Position, a: Position, b: Position): number {
  const ax = a[0] as number
  const ay = a[1] as number
  let dx = (b[0] as number) - ax
  let dy = (b[1] as number) - ay
  let x = ax
  let y = ay
  if (dx !== 0 || dy !== 0) {
    const t = (((p[0] as number) - ax) * dx + ((p[1] as number) - ay) * dy) / (dx * dx + dy * dy)
    if (t > 1) {
      x = b[0] as number
      y = b[1] as number
    } else if (t > 0) {
      x += dx * t
      y += dy * t
    }
  }
  dx = (p[0] as number) - x
  dy = (p[1] as number) - y
  return dx * dx + dy * dy
}

/** Keeps the points of a polyline that lie farther than `tolerance` from the simplified line (iterative, no recursion). */
export function simplifyLine(points: readonly Position[], tolerance: number): Position[] {
  const n = points.length
  if (n <= 2 || tolerance <= 0) return points.map((p) => [p[0] as number, p[1] as number])
  const keep = new Uint8Array(n)
  keep[0] = 1
  keep[n - 1] = 1
  const toleranceSq = tolerance * tolerance
  const stack: number[] = [0, n - 1]
  while (stack.length) {
    const last = stack.pop() as number
    const first = stack.pop() as number
    let maxSq = 0
    let index = -1
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistanceSq(points[i] as Position, points[first] as Position, points[last] as Position)
      if (d > maxSq) {
        maxSq = d
        index = i
      }
    }
    if (index >= 0 && maxSq > toleranceSq) {
      keep[index] = 1
      stack.push(first, index, index, last)
    }
  }
  const out: Position[] = []
  for (let i = 0; i < n; i++) if (keep[i]) out.push([points[i]?.[0] as number, points[i]?.[1] as number])
  return out
}

/**
 * A closed ring: split at the point farthest from the start, so that a ring whose start and end
 * coincide does not collapse to a line between them.
 */
export function simplifyRing(ring: Ring, tolerance: number): Ring | null {
  if (ring.length < 4) return null
  if (tolerance <= 0) return ring.map((p) => [p[0] as number, p[1] as number])
  const start = ring[0] as Position
  let far = 1
  let farSq = -1
  for (let i = 1; i < ring.length - 1; i++) {
    const p = ring[i] as Position
    const d = ((p[0] as number) - (start[0] as number)) ** 2 + ((p[1] as number) - (start[1] as number)) ** 2
    if (d > farSq) {
      farSq = d
      far = i
    }
  }
  const a = simplifyLine(ring.slice(0, far + 1), tolerance)
  const b = simplifyLine(ring.slice(far), tolerance)
  const out = [...a, ...b.slice(1)]
  return out.length >= 4 ? out : null
}

export function simplifyMultiPolygon(geometry: MultiPolygon, tolerance: number): MultiPolygon {
  const polygons: Ring[][] = []
  for (const polygon of geometry.coordinates) {
    const outer = polygon[0] ? simplifyRing(polygon[0], tolerance) : null
    if (!outer) continue
    const holes = polygon.slice(1).flatMap((hole) => {
      const simplified = simplifyRing(hole, tolerance)
      return simplified ? [simplified] : []
    })
    polygons.push([outer, ...holes])
  }
  return { type: 'MultiPolygon', coordinates: polygons }
}

/** Rounds coordinates to `decimals` places (5 ≈ 1 m): smaller responses, nothing visible lost. */
export function roundMultiPolygon(geometry: MultiPolygon, decimals: number): MultiPolygon {
  const f = 10 ** decimals
  return {
    type: 'MultiPolygon',
    coordinates: geometry.coordinates.map((polygon) =>
      polygon.map((ring) => ring.map((p) => [Math.round((p[0] as number) * f) / f, Math.round((p[1] as number) * f) / f])),
    ),
  }
}

/**
 * The tolerance that is invisible at a web-map zoom: about half a screen pixel (256-pixel tiles) in
 * degrees of longitude at that zoom.
 */
export function toleranceForZoom(zoom: number): number {
  return 360 / (256 * 2 ** zoom) / 2
}
