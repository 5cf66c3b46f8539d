import type { PackedGeometry } from '../geometry/packed-geometry.js'
import { MAX_VERTEX_ID, type VertexIndex } from '../geometry/vertex-index.js'

/**
 * The directed edges of a snapshot as a sorted array of edge keys (`from * 2^26 + to`, vertex ids
 * from a VertexIndex shared by the whole series). With orientations normalised (exteriors
 * counter-clockwise, holes clockwise), an edge key says where the edge is and on which side the
 * occupied area lies, so two snapshots share an edge exactly when their boundaries agree there.
 */
export function buildSnapshotEdges(geometry: PackedGeometry, vertices: VertexIndex): Float64Array {
  const { xy, ringStart } = geometry
  const ids = vertices.internAll(xy)
  if (vertices.size > MAX_VERTEX_ID) throw new RangeError(`more than ${MAX_VERTEX_ID} distinct vertices in one series`)
  const keys = new Float64Array(ids.length)
  for (let r = 0; r + 1 < ringStart.length; r++) {
    const start = ringStart[r] as number
    const end = ringStart[r + 1] as number
    for (let v = start; v < end; v++) {
      const w = v + 1 < end ? v + 1 : start
      keys[v] = (ids[v] as number) * MAX_VERTEX_ID + (ids[w] as number)
    }
  }
  return keys.sort()
}

/** Edges only in `a` and only in `b`, by one merge of the two sorted key arrays. */
export function diffSnapshotEdges(a: Float64Array, b: Float64Array): { readonly onlyA: Float64Array; readonly onlyB: Float64Array } {
  const onlyA: number[] = []
  const onlyB: number[] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const x = a[i] as number
    const y = b[j] as number
    if (x === y) {
      i++
      j++
    } else if (x < y) {
      onlyA.push(x)
      i++
    } else {
      onlyB.push(y)
      j++
    }
  }
  while (i < a.length) onlyA.push(a[i++] as number)
  while (j < b.length) onlyB.push(b[j++] as number)
  return { onlyA: Float64Array.from(onlyA), onlyB: Float64Array.from(onlyB) }
}

/** The edges' coordinates as [x1, y1, x2, y2] quadruples. */
export function edgeSegments(keys: readonly Float64Array[], vertices: VertexIndex): Float64Array {
  let total = 0
  for (const k of keys) total += k.length
  const out = new Float64Array(total * 4)
  let o = 0
  for (const list of keys) {
    for (let i = 0; i < list.length; i++) {
      const key = list[i] as number
      const from = Math.floor(key / MAX_VERTEX_ID)
      const to = key - from * MAX_VERTEX_ID
      out[o++] = vertices.lng(from)
      out[o++] = vertices.lat(from)
      out[o++] = vertices.lng(to)
      out[o++] = vertices.lat(to)
    }
  }
  return out
}
