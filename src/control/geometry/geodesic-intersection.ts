import { gnomonicForward, gnomonicReverse } from './gnomonic.js'

/**
 * The point where the geodesic from a1 to a2 meets the geodesic from b1 to b2 (all [lng, lat]),
 * starting from a nearby guess: project the four ends gnomonically about the guess, intersect the
 * straight lines, project back, repeat (Karney 2013 §8; converges in two or three rounds at these
 * distances). Returns the guess unchanged when the lines are parallel.
 *
 * Why: the overlay computes crossings of edges as straight lines in lng/lat, but areas treat edges
 * as geodesics. A crossing placed on the straight line is up to a metre off a 10 km geodesic edge,
 * enough for gained − lost to miss area(D2) − area(D1) by a few thousand m². Moving each new
 * crossing onto both geodesics makes the change polygons the exact geodesic overlay.
 */
export function intersectGeodesics(
  a1: readonly [number, number],
  a2: readonly [number, number],
  b1: readonly [number, number],
  b2: readonly [number, number],
  guess: readonly [number, number],
): [number, number] {
  let [lng0, lat0] = guess
  for (let round = 0; round < 4; round++) {
    const [x1, y1] = gnomonicForward(lng0, lat0, a1[0], a1[1])
    const [x2, y2] = gnomonicForward(lng0, lat0, a2[0], a2[1])
    const [x3, y3] = gnomonicForward(lng0, lat0, b1[0], b1[1])
    const [x4, y4] = gnomonicForward(lng0, lat0, b2[0], b2[1])
    const denominator = (x1 - x2) * (y3 - y4) - (y1 - y2) * (x3 - x4)
    if (denominator === 0) return [lng0, lat0]
    const t = ((x1 - x3) * (y3 - y4) - (y1 - y3) * (x3 - x4)) / denominator
    const x = x1 + t * (x2 - x1)
    const y = y1 + t * (y2 - y1)
    const [lng, lat] = gnomonicReverse(lng0, lat0, x, y)
    const moved = Math.abs(lng - lng0) + Math.abs(lat - lat0)
    lng0 = lng
    lat0 = lat
    if (moved < 1e-12) break
  }
  return [lng0, lat0]
}
