import type { Box } from './box.js'
import { CHUNK, type PackedGeometry } from './packed-geometry.js'

/**
 * Sutherland–Hodgman clipping of one ring to a box (Sutherland & Hodgman, "Reentrant polygon
 * clipping", CACM 17(1), 1974). Returns the open ring as a flat [x0, y0, x1, y1, …] array, or null
 * when nothing of it is inside.
 *
 * For a concave ring the result may run back and forth along the box's border ("bridges" of zero
 * area). That is what we want here: the winding number of every point inside the box is the same
 * as for the original ring, and the polygon overlay we feed the result to (polygon-clipping, which
 * merges coincident edges and sums their windings) cancels the bridges. Points the pass merely
 * slides along one side are dropped, so a ring contributes O(vertices inside + corners).
 * Deterministic: the same input edge clips to the same output on every call, which is what lets
 * the two snapshots of a change agree exactly outside their differences.
 */
export function clipRingToBox(geometry: PackedGeometry, ring: number, box: Box): number[] | null {
  let points = dropRunsOutside(geometry, ring, box)
  if (points.length < 6) return null
  points = clipAgainst(points, 0, box[0], false) // x >= minX
  if (points.length < 6) return null
  points = clipAgainst(points, 0, box[2], true) // x <= maxX
  if (points.length < 6) return null
  points = clipAgainst(points, 1, box[1], false) // y >= minY
  if (points.length < 6) return null
  points = clipAgainst(points, 1, box[3], true) // y <= maxY
  if (points.length < 6) return null
  points = dropCollinearOnBorder(points, box)
  return points.length >= 6 ? points : null
}

/**
 * Cohen–Sutherland outcodes: a run of consecutive vertices all beyond the same side of the box
 * (say, all west of it) stays in that half-plane, and so does the straight edge from its first to
 * its last vertex; swapping one for the other changes no winding number inside the box. Keeping
 * only the ends of such runs shrinks a 2,500-vertex front line to the few dozen vertices near a
 * small window before the four clipping passes.
 */
function dropRunsOutside(geometry: PackedGeometry, ring: number, box: Box): number[] {
  const { xy, ringStart, chunkBox, ringChunkStart } = geometry
  const start = ringStart[ring] as number
  const n = (ringStart[ring + 1] as number) - start
  const firstChunk = ringChunkStart[ring] as number
  const code = (i: number): number => {
    const x = xy[2 * (start + i)] as number
    const y = xy[2 * (start + i) + 1] as number
    return (x < box[0] ? 1 : 0) | (x > box[2] ? 2 : 0) | (y < box[1] ? 4 : 0) | (y > box[3] ? 8 : 0)
  }
  // the sides a whole chunk lies beyond (each of its vertices has at least these bits)
  const chunkCode = (c: number): number => {
    const k = 4 * (firstChunk + c)
    return ((chunkBox[k + 2] as number) < box[0] ? 1 : 0) | ((chunkBox[k] as number) > box[2] ? 2 : 0) | ((chunkBox[k + 3] as number) < box[1] ? 4 : 0) | ((chunkBox[k + 1] as number) > box[3] ? 8 : 0)
  }
  let all = 15
  for (let c = 0; c * CHUNK < n && all !== 0; c++) all &= chunkCode(c)
  if (all !== 0) return [] // the whole ring lies beyond one side
  // Walk from vertex 0 (kept). A run extends while every vertex in it, its first included, shares an
  // outside side; only its first and last vertex are kept. Position n is vertex 0 again. A chunk
  // that lies wholly beyond a side the run shares is crossed in one step (using only the chunk's
  // common sides can end a run early, which keeps a vertex more, never one too few).
  const out: number[] = [xy[2 * start] as number, xy[2 * start + 1] as number]
  let runStart = 0
  while (runStart < n) {
    let mask = code(runStart % n)
    let runEnd = runStart
    while (runEnd + 1 <= n) {
      const next = runEnd + 1
      if (next < n && next % CHUNK === 0 && next + CHUNK <= n) {
        const whole = mask & chunkCode(next / CHUNK)
        if (whole !== 0) {
          mask = whole
          runEnd = next + CHUNK - 1
          continue
        }
      }
      const c = code(next % n)
      if ((mask & c) === 0) break
      mask &= c
      runEnd = next
    }
    if (runEnd === runStart) runEnd = runStart + 1 // no run here: the next vertex is kept as it is
    if (runEnd < n) out.push(xy[2 * (start + runEnd)] as number, xy[2 * (start + runEnd) + 1] as number)
    runStart = runEnd
  }
  return out
}

/** One pass: keep the side `coord <= limit` (upper) or `coord >= limit` (lower) of an axis line. */
function clipAgainst(points: readonly number[], axis: 0 | 1, limit: number, upper: boolean): number[] {
  const out: number[] = []
  const n = points.length / 2
  const inside = (i: number) => (upper ? (points[2 * i + axis] as number) <= limit : (points[2 * i + axis] as number) >= limit)
  let prev = n - 1
  let prevInside = inside(prev)
  for (let i = 0; i < n; i++) {
    const currInside = inside(i)
    if (currInside !== prevInside) {
      const px = points[2 * prev] as number
      const py = points[2 * prev + 1] as number
      const cx = points[2 * i] as number
      const cy = points[2 * i + 1] as number
      const pa = axis === 0 ? px : py
      const ca = axis === 0 ? cx : cy
      const t = (limit - pa) / (ca - pa)
      if (axis === 0) out.push(limit, py + t * (cy - py))
      else out.push(px + t * (cx - px), limit)
    }
    if (currInside) out.push(points[2 * i] as number, points[2 * i + 1] as number)
    prev = i
    prevInside = currInside
  }
  return out
}

/** Removes a vertex whose neighbours and itself lie on the same side of the box (a pure slide along it). */
function dropCollinearOnBorder(points: number[], box: Box): number[] {
  let changed = true
  let current = points
  while (changed && current.length >= 8) {
    changed = false
    const n = current.length / 2
    const sides: number[] = []
    for (let i = 0; i < n; i++) sides.push(sideOf(current, i, box))
    const keep: number[] = []
    for (let i = 0; i < n; i++) {
      // all three on one side line: the middle one only slides along it
      const common = (sides[(i + n - 1) % n] as number) & (sides[i] as number) & (sides[(i + 1) % n] as number)
      if (common !== 0) {
        changed = true
        sides[i] = 0 // never drop two neighbours in the same sweep
        continue
      }
      keep.push(current[2 * i] as number, current[2 * i + 1] as number)
    }
    current = keep
  }
  // drop consecutive duplicates produced by clipping at a vertex lying on the border
  const out: number[] = []
  for (let i = 0; i < current.length; i += 2) {
    const n = out.length
    if (n >= 2 && out[n - 2] === current[i] && out[n - 1] === current[i + 1]) continue
    out.push(current[i] as number, current[i + 1] as number)
  }
  while (out.length >= 4 && out[0] === out[out.length - 2] && out[1] === out[out.length - 1]) out.length -= 2
  return out
}

/** Bit mask of the box sides a point lies on (a corner lies on two). */
function sideOf(points: readonly number[], i: number, box: Box): number {
  const x = points[2 * i] as number
  const y = points[2 * i + 1] as number
  return (x === box[0] ? 1 : 0) | (x === box[2] ? 2 : 0) | (y === box[1] ? 4 : 0) | (y === box[3] ? 8 : 0)
}
