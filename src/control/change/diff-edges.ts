import type { PackedGeometry } from '../geometry/packed-geometry.js'
import { COORDINATE_SCALE } from '../geometry/quantize-coordinate.js'

/**
 * The directed boundary edges one snapshot has and the other lacks, as [x1, y1, x2, y2]
 * quadruples: first those only `a` has (in `a`'s order), then those only `b` has (in `b`'s order).
 *
 * With orientations normalised (exteriors counter-clockwise, holes clockwise), a directed edge says
 * where the boundary is and on which side the occupied area lies, so two snapshots agree wherever
 * they share a directed edge, and everything that differs between them is bounded by these edges.
 * One hash table over `a`'s edges (keys: the four grid coordinates, 1e-6°, compared exactly) and one
 * probe per edge of `b`: linear in the two snapshots' sizes (~3,000 edges each: tens of µs), so
 * any two snapshots can be diffed on demand, with no index over the whole series.
 */
export function diffEdges(a: PackedGeometry, b: PackedGeometry): Float64Array {
  const edgesA = a.xy.length / 2
  let capacity = 16
  while (capacity < edgesA * 2) capacity <<= 1
  const mask = capacity - 1
  const keys = new Int32Array(capacity * 4)
  // how many of `a`'s edges with this key are not yet matched by one of `b`'s (0 = empty slot
  // when `used` is 0); a valid snapshot has each directed edge once, but nothing here assumes it
  const remaining = new Int32Array(capacity)
  const used = new Uint8Array(capacity)
  const slotOfA = new Int32Array(edgesA)

  const find = (x1: number, y1: number, x2: number, y2: number): number => {
    let slot = hashEdge(x1, y1, x2, y2) & mask
    while (used[slot] === 1) {
      const k = 4 * slot
      if (keys[k] === x1 && keys[k + 1] === y1 && keys[k + 2] === x2 && keys[k + 3] === y2) return slot
      slot = (slot + 1) & mask
    }
    return -1 - slot // not there: -1 - the empty slot where it would go
  }

  forEachEdge(a, (e, x1, y1, x2, y2) => {
    let slot = find(x1, y1, x2, y2)
    if (slot < 0) {
      slot = -1 - slot
      used[slot] = 1
      const k = 4 * slot
      keys[k] = x1
      keys[k + 1] = y1
      keys[k + 2] = x2
      keys[k + 3] = y2
    }
    remaining[slot] = (remaining[slot] as number) + 1
    slotOfA[e] = slot
  })
  // how many of `a`'s copies of each key `b` matched: those are the first copies in `a`'s order,
  // so with repeated edges the ones reported are the later copies (the plain multiset difference)
  const matched = new Int32Array(capacity)
  const onlyB: number[] = []
  forEachEdge(b, (e, x1, y1, x2, y2) => {
    const slot = find(x1, y1, x2, y2)
    if (slot >= 0 && (remaining[slot] as number) > 0) {
      remaining[slot] = (remaining[slot] as number) - 1
      matched[slot] = (matched[slot] as number) + 1
      return
    }
    onlyB.push(e)
  })
  const onlyA: number[] = []
  forEachEdge(a, (e) => {
    const slot = slotOfA[e] as number
    if ((matched[slot] as number) > 0) matched[slot] = (matched[slot] as number) - 1
    else onlyA.push(e)
  })
  const out = new Float64Array(4 * (onlyA.length + onlyB.length))
  let o = 0
  for (const [geometry, edges] of [[a, onlyA], [b, onlyB]] as const) {
    const next = nextVertex(geometry)
    for (const e of edges) {
      const w = next(e)
      out[o++] = geometry.xy[2 * e] as number
      out[o++] = geometry.xy[2 * e + 1] as number
      out[o++] = geometry.xy[2 * w] as number
      out[o++] = geometry.xy[2 * w + 1] as number
    }
  }
  return out
}

/** Calls `fn` with each edge (numbered by its first vertex) on the 1e-6° grid, in geometry order. */
function forEachEdge(geometry: PackedGeometry, fn: (edge: number, x1: number, y1: number, x2: number, y2: number) => void): void {
  const { xy, ringStart } = geometry
  for (let r = 0; r + 1 < ringStart.length; r++) {
    const start = ringStart[r] as number
    const end = ringStart[r + 1] as number
    if (end - start < 2) continue
    let x1 = Math.round((xy[2 * start] as number) * COORDINATE_SCALE)
    let y1 = Math.round((xy[2 * start + 1] as number) * COORDINATE_SCALE)
    const firstX = x1
    const firstY = y1
    for (let v = start; v < end; v++) {
      const last = v + 1 === end
      const x2 = last ? firstX : Math.round((xy[2 * v + 2] as number) * COORDINATE_SCALE)
      const y2 = last ? firstY : Math.round((xy[2 * v + 3] as number) * COORDINATE_SCALE)
      fn(v, x1, y1, x2, y2)
      x1 = x2
      y1 = y2
    }
  }
}

/** For a geometry, the function from a vertex to the next one around its ring. */
function nextVertex(geometry: PackedGeometry): (v: number) => number {
  const { ringStart } = geometry
  // ring of each vertex by binary search: only called for the few changed edges
  return (v) => {
    let lo = 0
    let hi = ringStart.length - 2
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((ringStart[mid] as number) <= v) lo = mid
      else hi = mid - 1
    }
    return v + 1 < (ringStart[lo + 1] as number) ? v + 1 : (ringStart[lo] as number)
  }
}

function hashEdge(x1: number, y1: number, x2: number, y2: number): number {
  let h = Math.imul(x1, 0x9e3779b1)
  h = Math.imul(h ^ (h >>> 15) ^ y1, 0x85ebca77)
  h = Math.imul(h ^ (h >>> 13) ^ x2, 0xc2b2ae3d)
  h = Math.imul(h ^ (h >>> 16) ^ y2, 0x27d4eb2f)
  return (h ^ (h >>> 15)) >>> 0
}
