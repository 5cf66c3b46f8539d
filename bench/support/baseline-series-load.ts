// The load path before edge-change records and flat geometries (commit 69550cf), kept as the
// baseline of bench/control.bench.ts: every snapshot decoded into GeoJSON arrays, packed again,
// and an edge index built over the whole series (every vertex interned, each snapshot's directed
// edges as sorted numeric keys, each consecutive pair diffed by a merge of two key arrays).
import { createControlSeries, type ControlSeries, type PackedGeometry } from '../../src/control/index.js'
import { VertexIndex } from '../../src/control/geometry/vertex-index.js'
import type { Store } from '../../src/store/index.js'

const MAX_VERTEX_ID = 2 ** 26

function snapshotEdgeKeys(geometry: PackedGeometry, vertices: VertexIndex): Float64Array {
  const { xy, ringStart } = geometry
  const ids = vertices.internAll(xy)
  const keys = new Float64Array(ids.length)
  for (let r = 0; r + 1 < ringStart.length; r++) {
    const start = ringStart[r]!
    const end = ringStart[r + 1]!
    for (let v = start; v < end; v++) keys[v] = ids[v]! * MAX_VERTEX_ID + ids[v + 1 < end ? v + 1 : start]!
  }
  return keys.sort()
}

function changedSegments(a: Float64Array, b: Float64Array, vertices: VertexIndex): Float64Array {
  const only: number[] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++
      j++
    } else if (a[i]! < b[j]!) only.push(a[i++]!)
    else only.push(b[j++]!)
  }
  while (i < a.length) only.push(a[i++]!)
  while (j < b.length) only.push(b[j++]!)
  const out = new Float64Array(only.length * 4)
  only.forEach((key, k) => {
    const from = Math.floor(key / MAX_VERTEX_ID)
    const to = key - from * MAX_VERTEX_ID
    out.set([vertices.lng(from), vertices.lat(from), vertices.lng(to), vertices.lat(to)], 4 * k)
  })
  return out
}

/** Loads the series the old way; returns it with the consecutive changed edges the old index built. */
export async function loadSeriesBaseline(store: Store): Promise<{ series: ControlSeries; consecutive: Float64Array[] }> {
  const snapshots = await store.loadControlSnapshots()
  const series = createControlSeries(snapshots, { regions: null })
  const vertices = new VertexIndex(1 << 15)
  const keys = series.snapshots.map((s) => snapshotEdgeKeys(s.geometry, vertices))
  const consecutive = keys.slice(1).map((k, i) => changedSegments(keys[i]!, k, vertices))
  return { series, consecutive }
}
