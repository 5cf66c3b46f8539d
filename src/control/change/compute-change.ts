import polygonClipping, { type MultiPolygon as PcMultiPolygon, type Polygon as PcPolygon } from 'polygon-clipping'
import type { MultiPolygonCoords } from '../../domain/index.js'
import type { Box } from '../geometry/box.js'
import { clipRingToBox } from '../geometry/clip-ring-to-box.js'
import { intersectGeodesics } from '../geometry/geodesic-intersection.js'
import { CHUNK, type PackedGeometry, unpackMultiPolygon } from '../geometry/packed-geometry.js'
import { COORDINATE_SCALE } from '../geometry/quantize-coordinate.js'
import { findChangeWindows } from './find-change-windows.js'
import { diffEdges } from './diff-edges.js'

/** What changed between two snapshots, as polygons in lng/lat degrees. */
export interface ChangeGeometry {
  /** In `to`, not in `from`. */
  readonly gained: MultiPolygonCoords
  /** In `from`, not in `to`. */
  readonly lost: MultiPolygonCoords
  /** The boxes the overlay ran in (everything outside them is the same in both snapshots). */
  readonly windows: readonly Box[]
}

/**
 * Gained and lost polygons between two snapshots, computed only where they differ.
 *
 * Consecutive days of the series share almost every edge (a median of 33 of ~3,000 edges change).
 * We take the edges one snapshot has and the other lacks (diff-edges.ts), box them into disjoint
 * windows that contain the whole difference (find-change-windows.ts), clip both snapshots to each
 * window (Sutherland–Hodgman, linear in the vertex count) and run the polygon overlay
 * (polygon-clipping, Martinez-style sweep) on those small pieces only. Outside the windows the two
 * snapshots coincide, so nothing is lost; the cost follows the size of the change, not of the map.
 * When the windows cover most of the map (two dates far apart) this degrades to the whole overlay.
 */
export function computeChange(from: PackedGeometry, to: PackedGeometry, changedSegments: Float64Array): ChangeGeometry {
  const windows = findChangeWindows(changedSegments)
  const gained: PcMultiPolygon = []
  const lost: PcMultiPolygon = []
  for (const window of windows) {
    let windowGained: PcMultiPolygon
    let windowLost: PcMultiPolygon
    try {
      const a = clipToBox(from, window)
      const b = clipToBox(to, window)
      windowGained = b.length === 0 ? [] : a.length > 0 ? polygonClipping.difference(b, a) : polygonClipping.union(b)
      windowLost = a.length === 0 ? [] : b.length > 0 ? polygonClipping.difference(a, b) : polygonClipping.union(a)
    } catch {
      // polygon-clipping has known failures on rare degenerate inputs (its issue tracker lists some);
      // the clipped pieces are such an input more often than whole rings are, so fall back to the
      // overlay of the whole snapshots, kept to this window
      const box: PcPolygon = [[[window[0], window[1]], [window[2], window[1]], [window[2], window[3]], [window[0], window[3]], [window[0], window[1]]]]
      const a = unpackMultiPolygon(from).coordinates as PcMultiPolygon
      const b = unpackMultiPolygon(to).coordinates as PcMultiPolygon
      windowGained = polygonClipping.intersection(polygonClipping.difference(b, a), box)
      windowLost = polygonClipping.intersection(polygonClipping.difference(a, b), box)
    }
    if (windowGained.length + windowLost.length === 0) continue
    moveCrossingsOntoGeodesics([windowGained, windowLost], () => edgesNear(from, window), () => edgesNear(to, window))
    gained.push(...windowGained)
    lost.push(...windowLost)
  }
  return { gained, lost, windows }
}

/**
 * The overlay puts each crossing of two edges on their straight lines in lng/lat; areas treat edges
 * as geodesics. Every result vertex that is not an input vertex (inputs lie on the 1e-6° grid) is a
 * crossing of an edge of `from` with an edge of `to`: move it to where the two geodesics cross
 * (geodesic-intersection.ts), the same way everywhere it occurs, so that gained − lost equals
 * area(to) − area(from) to rounding. A vertex that lies on only one snapshot's edges (an input
 * vertex of the other, off the grid only by the input's own precision) is left as it is.
 */
function moveCrossingsOntoGeodesics(results: PcMultiPolygon[], getEdgesFrom: () => Float64Array, getEdgesTo: () => Float64Array): void {
  const moved = new Map<string, [number, number]>()
  let edgesFrom: Float64Array | null = null
  let edgesTo: Float64Array | null = null
  for (const multi of results) {
    for (const polygon of multi) {
      for (const ring of polygon) {
        for (let i = 0; i < ring.length; i++) {
          const point = ring[i] as [number, number]
          if (isGridPoint(point[0]) && isGridPoint(point[1])) continue
          const key = `${point[0]},${point[1]}`
          let target = moved.get(key)
          if (target === undefined) {
            edgesFrom ??= getEdgesFrom()
            edgesTo ??= getEdgesTo()
            const edgeA = edgeThrough(edgesFrom, point)
            const edgeB = edgeThrough(edgesTo, point)
            target = edgeA && edgeB ? intersectGeodesics(edgeA[0], edgeA[1], edgeB[0], edgeB[1], point) : point
            moved.set(key, target)
          }
          ring[i] = target
        }
      }
    }
  }
}

function isGridPoint(value: number): boolean {
  return Math.round(value * COORDINATE_SCALE) / COORDINATE_SCALE === value
}

/** The original edges of a geometry whose boxes meet a window, as [x1, y1, x2, y2] quadruples. */
function edgesNear(geometry: PackedGeometry, box: Box): Float64Array {
  const { xy, ringStart, ringBox, chunkBox, ringChunkStart } = geometry
  const out: number[] = []
  for (let r = 0; r + 1 < ringStart.length; r++) {
    if ((ringBox[4 * r + 2] as number) < box[0] || (ringBox[4 * r] as number) > box[2] || (ringBox[4 * r + 3] as number) < box[1] || (ringBox[4 * r + 1] as number) > box[3]) continue
    const start = ringStart[r] as number
    const end = ringStart[r + 1] as number
    for (let v = start; v < end; v++) {
      // skip a chunk of vertices whose box misses the window (an edge leaving its last vertex may still reach in)
      if ((v - start) % CHUNK === 0 && v + CHUNK < end) {
        const k = 4 * ((ringChunkStart[r] as number) + (v - start) / CHUNK)
        if ((chunkBox[k + 2] as number) < box[0] || (chunkBox[k] as number) > box[2] || (chunkBox[k + 3] as number) < box[1] || (chunkBox[k + 1] as number) > box[3]) {
          v += CHUNK - 2 // the loop's v++ lands on the chunk's last vertex, whose edge leaves the chunk
          continue
        }
      }
      const w = v + 1 < end ? v + 1 : start
      const x1 = xy[2 * v] as number
      const y1 = xy[2 * v + 1] as number
      const x2 = xy[2 * w] as number
      const y2 = xy[2 * w + 1] as number
      if (Math.max(x1, x2) < box[0] || Math.min(x1, x2) > box[2] || Math.max(y1, y2) < box[1] || Math.min(y1, y2) > box[3]) continue
      out.push(x1, y1, x2, y2)
    }
  }
  return Float64Array.from(out)
}

/** An edge passing through the point (to ~1e-9°, the overlay's rounding), or null. */
function edgeThrough(edges: Float64Array, point: readonly [number, number]): [[number, number], [number, number]] | null {
  const [px, py] = point
  const tolerance = 1e-9
  for (let i = 0; i < edges.length; i += 4) {
    const x1 = edges[i] as number
    const y1 = edges[i + 1] as number
    const x2 = edges[i + 2] as number
    const y2 = edges[i + 3] as number
    if (px < Math.min(x1, x2) - tolerance || px > Math.max(x1, x2) + tolerance) continue
    if (py < Math.min(y1, y2) - tolerance || py > Math.max(y1, y2) + tolerance) continue
    const dx = x2 - x1
    const dy = y2 - y1
    const length = Math.hypot(dx, dy)
    if (length === 0) continue
    if (Math.abs((px - x1) * dy - (py - y1) * dx) / length <= tolerance) return [[x1, y1], [x2, y2]]
  }
  return null
}

/** `computeChange` for two geometries whose changed edges are not known yet. */
export function computeChangeBetween(from: PackedGeometry, to: PackedGeometry): ChangeGeometry {
  return computeChange(from, to, diffEdges(from, to))
}

/** The part of a packed geometry inside a box, as polygon-clipping input (bridges on the border allowed). */
export function clipToBox(geometry: PackedGeometry, box: Box): PcMultiPolygon {
  const { xy, ringStart, polygonStart, ringBox } = geometry
  const out: PcMultiPolygon = []
  for (let p = 0; p + 1 < polygonStart.length; p++) {
    const first = polygonStart[p] as number
    const last = polygonStart[p + 1] as number
    const polygon: PcPolygon = []
    for (let r = first; r < last; r++) {
      const minX = ringBox[4 * r] as number
      const minY = ringBox[4 * r + 1] as number
      const maxX = ringBox[4 * r + 2] as number
      const maxY = ringBox[4 * r + 3] as number
      if (maxX < box[0] || minX > box[2] || maxY < box[1] || minY > box[3]) {
        if (r === first) break // the exterior misses the box: so does the polygon
        continue
      }
      const start = ringStart[r] as number
      const end = ringStart[r + 1] as number
      let flat: number[] | null
      if (minX >= box[0] && maxX <= box[2] && minY >= box[1] && maxY <= box[3]) {
        flat = Array.from(xy.subarray(2 * start, 2 * end))
      } else {
        flat = clipRingToBox(geometry, r, box)
      }
      if (flat === null) {
        if (r === first) break
        continue
      }
      const ring: [number, number][] = []
      for (let i = 0; i < flat.length; i += 2) ring.push([flat[i] as number, flat[i + 1] as number])
      ring.push([flat[0] as number, flat[1] as number])
      polygon.push(ring)
    }
    if (polygon.length > 0) out.push(polygon)
  }
  return out
}
