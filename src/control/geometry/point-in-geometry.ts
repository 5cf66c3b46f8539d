import type { PackedGeometry } from './packed-geometry.js'

/**
 * Whether a ray from (px, py) toward +x crosses the edge, by the even–odd rule with half-open
 * spans in y (W. R. Franklin, "PNPOLY", and turf's boolean-point-in-polygon). The endpoints are put
 * in a canonical order first, so the answer does not depend on the edge's direction: the series
 * index relies on that to flip a point's status by the parity of crossings with changed edges only.
 */
export function crossesRay(x1: number, y1: number, x2: number, y2: number, px: number, py: number): boolean {
  if (y1 > py === y2 > py) return false // both ends on one side: the common case, decided before any swap
  if (y1 > y2 || (y1 === y2 && x1 > x2)) {
    const tx = x1
    const ty = y1
    x1 = x2
    y1 = y2
    x2 = tx
    y2 = ty
  }
  return px < ((x2 - x1) * (py - y1)) / (y2 - y1) + x1
}

/** Even–odd point in (multi)polygon: inside an exterior and not inside one of its holes. */
export function isPointInGeometry(geometry: PackedGeometry, px: number, py: number): boolean {
  const { xy, ringStart, ringBox } = geometry
  let inside = false
  for (let r = 0; r + 1 < ringStart.length; r++) {
    // a ring whose box the ray misses contributes no crossing
    if (py < (ringBox[4 * r + 1] as number) || py > (ringBox[4 * r + 3] as number) || px > (ringBox[4 * r + 2] as number)) continue
    const start = ringStart[r] as number
    const end = ringStart[r + 1] as number
    for (let v = start; v < end; v++) {
      const w = v + 1 < end ? v + 1 : start
      if (crossesRay(xy[2 * v] as number, xy[2 * v + 1] as number, xy[2 * w] as number, xy[2 * w + 1] as number, px, py)) inside = !inside
    }
  }
  return inside
}
