import { COORDINATE_SCALE } from './quantize-coordinate.js'
import type { PackedGeometry } from './packed-geometry.js'

/** Where two edges of a geometry meet in a way a valid polygon never does. */
export interface EdgeIntersection {
  readonly kind: 'crossing' | 'overlap' | 'touch'
  /** A point of the intersection, [lng, lat]. */
  readonly at: readonly [number, number]
  /** The two rings (indexes into the packed geometry) and the edge index within each. */
  readonly ringA: number
  readonly edgeA: number
  readonly ringB: number
  readonly edgeB: number
}

/**
 * Finds edges that cross or overlap (OGC Simple Features: the rings of a valid polygon may meet
 * only at single touching points, never cross). `touch` reports a vertex of one ring lying on
 * another ring, or a ring touching itself (OGC: "ring self-intersection"): legal between an exterior
 * and its hole in OGC, suspicious elsewhere, so it is reported separately.
 *
 * Coordinates must be on the 1e-6° grid (see quantize-coordinate.ts): orientation tests then run on
 * integer differences and are exact while the differences stay below ~9e7 (90°), which holds for
 * any polygon of the theatre. A sweep over edges sorted by their western end keeps it near
 * O(n log n + k) on the real series.
 */
export function findSelfIntersections(geometry: PackedGeometry, limit = 20): EdgeIntersection[] {
  const { xy, ringStart } = geometry
  const rings = ringStart.length - 1
  const edgeCount = xy.length / 2
  if (edgeCount >= 2 ** 20) throw new RangeError(`findSelfIntersections: ${edgeCount} edges is more than 2^20`)
  // edge e goes from vertex e to the next vertex of its ring
  const ax = new Float64Array(edgeCount)
  const ay = new Float64Array(edgeCount)
  const bx = new Float64Array(edgeCount)
  const by = new Float64Array(edgeCount)
  const ringOf = new Uint32Array(edgeCount)
  for (let r = 0; r < rings; r++) {
    const start = ringStart[r] as number
    const end = ringStart[r + 1] as number
    for (let v = start; v < end; v++) {
      const w = v + 1 < end ? v + 1 : start
      ax[v] = Math.round((xy[2 * v] as number) * COORDINATE_SCALE)
      ay[v] = Math.round((xy[2 * v + 1] as number) * COORDINATE_SCALE)
      bx[v] = Math.round((xy[2 * w] as number) * COORDINATE_SCALE)
      by[v] = Math.round((xy[2 * w + 1] as number) * COORDINATE_SCALE)
      ringOf[v] = r
    }
  }
  // edges by western end: one native sort of `(minX − lowest minX) · 2^20 + edge` keys
  const minX = new Float64Array(edgeCount)
  let lowest = Infinity
  for (let e = 0; e < edgeCount; e++) {
    minX[e] = Math.min(ax[e] as number, bx[e] as number)
    if ((minX[e] as number) < lowest) lowest = minX[e] as number
  }
  const keys = new Float64Array(edgeCount)
  for (let e = 0; e < edgeCount; e++) keys[e] = ((minX[e] as number) - lowest) * 2 ** 20 + e
  keys.sort()
  const order = new Uint32Array(edgeCount)
  for (let i = 0; i < edgeCount; i++) order[i] = (keys[i] as number) % 2 ** 20

  const found: EdgeIntersection[] = []
  for (let i = 0; i < edgeCount && found.length < limit; i++) {
    const e = order[i] as number
    const eMaxX = Math.max(ax[e] as number, bx[e] as number)
    const eMinY = Math.min(ay[e] as number, by[e] as number)
    const eMaxY = Math.max(ay[e] as number, by[e] as number)
    for (let j = i + 1; j < edgeCount; j++) {
      const f = order[j] as number
      if ((minX[f] as number) > eMaxX) break
      if (Math.max(ay[f] as number, by[f] as number) < eMinY || Math.min(ay[f] as number, by[f] as number) > eMaxY) continue
      const kind = classify(e, f)
      if (kind === null) continue
      found.push({ kind: kind.kind, at: [kind.x / COORDINATE_SCALE, kind.y / COORDINATE_SCALE], ringA: ringOf[e] as number, edgeA: e - (ringStart[ringOf[e] as number] as number), ringB: ringOf[f] as number, edgeB: f - (ringStart[ringOf[f] as number] as number) })
      if (found.length >= limit) break
    }
  }
  return found

  function classify(e: number, f: number): { kind: EdgeIntersection['kind']; x: number; y: number } | null {
    const x1 = ax[e] as number, y1 = ay[e] as number, x2 = bx[e] as number, y2 = by[e] as number
    const x3 = ax[f] as number, y3 = ay[f] as number, x4 = bx[f] as number, y4 = by[f] as number
    const d1 = orient(x3, y3, x4, y4, x1, y1)
    const d2 = orient(x3, y3, x4, y4, x2, y2)
    const d3 = orient(x1, y1, x2, y2, x3, y3)
    const d4 = orient(x1, y1, x2, y2, x4, y4)
    if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
      // proper crossing: report the crossing point
      const t = d1 / (d1 - d2)
      return { kind: 'crossing', x: x1 + t * (x2 - x1), y: y1 + t * (y2 - y1) }
    }
    if (d1 === 0 && d2 === 0) {
      // collinear: overlapping if they share more than a point
      const overlap = collinearOverlap(x1, y1, x2, y2, x3, y3, x4, y4)
      if (overlap) return { kind: 'overlap', x: overlap[0], y: overlap[1] }
      // collinear and meeting at one point: a touch unless that point is their shared ring vertex
    }
    const adjacent = ringOf[e] === ringOf[f] && (bx[e] === x3 && by[e] === y3 && isNext(e, f) || (bx[f] === x1 && by[f] === y1 && isNext(f, e)))
    // an endpoint of one edge on the other edge (including a shared vertex of non-adjacent edges)
    const touches: [number, number][] = []
    if (d1 === 0 && onSegment(x3, y3, x4, y4, x1, y1)) touches.push([x1, y1])
    if (d2 === 0 && onSegment(x3, y3, x4, y4, x2, y2)) touches.push([x2, y2])
    if (d3 === 0 && onSegment(x1, y1, x2, y2, x3, y3)) touches.push([x3, y3])
    if (d4 === 0 && onSegment(x1, y1, x2, y2, x4, y4)) touches.push([x4, y4])
    for (const [x, y] of touches) {
      const isSharedVertexOfAdjacent = adjacent && ((x === x3 && y === y3 && x === x2 && y === y2) || (x === x1 && y === y1 && x === x4 && y === y4))
      if (!isSharedVertexOfAdjacent) return { kind: 'touch', x, y }
    }
    return null
  }

  function isNext(e: number, f: number): boolean {
    const r = ringOf[e] as number
    const start = ringStart[r] as number
    const end = ringStart[r + 1] as number
    return f === (e + 1 < end ? e + 1 : start)
  }
}

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax)
}

function onSegment(ax: number, ay: number, bx: number, by: number, px: number, py: number): boolean {
  return Math.min(ax, bx) <= px && px <= Math.max(ax, bx) && Math.min(ay, by) <= py && py <= Math.max(ay, by)
}

function collinearOverlap(x1: number, y1: number, x2: number, y2: number, x3: number, y3: number, x4: number, y4: number): [number, number] | null {
  // project on the longer axis of the first segment
  const useX = Math.abs(x2 - x1) >= Math.abs(y2 - y1)
  const a1 = useX ? Math.min(x1, x2) : Math.min(y1, y2)
  const a2 = useX ? Math.max(x1, x2) : Math.max(y1, y2)
  const b1 = useX ? Math.min(x3, x4) : Math.min(y3, y4)
  const b2 = useX ? Math.max(x3, x4) : Math.max(y3, y4)
  const lo = Math.max(a1, b1)
  const hi = Math.min(a2, b2)
  if (hi <= lo) return null
  const mid = (lo + hi) / 2
  if (useX) {
    const t = x2 === x1 ? 0 : (mid - x1) / (x2 - x1)
    return [mid, y1 + t * (y2 - y1)]
  }
  const t = y2 === y1 ? 0 : (mid - y1) / (y2 - y1)
  return [x1 + t * (x2 - x1), mid]
}
