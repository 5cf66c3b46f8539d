import type { Box } from '../geometry/box.js'
import type { PackedGeometry } from '../geometry/packed-geometry.js'
import { VertexIndex } from '../geometry/vertex-index.js'
import { buildSnapshotEdges, diffSnapshotEdges, edgeSegments } from '../change/snapshot-edges.js'

/** What changed between snapshot i and i + 1: the edges either has and the other lacks. */
export interface ConsecutiveChange {
  /** [x1, y1, x2, y2] quadruples; empty when the two snapshots are the same territory. */
  readonly segments: Float64Array
  /** Box of `segments`, or null when there are none. */
  readonly box: Box | null
}

/**
 * The edge structure of a whole series, built once: one vertex numbering for all snapshots, each
 * snapshot's sorted edge keys, and for each consecutive pair the edges that changed. Changes
 * between any two snapshots come from a merge of two key arrays, and a point's status over every
 * day from crossings with the (few) changed edges only (see `ControlSeries.transitions`).
 */
/**
 * Every changed edge of every consecutive pair, bucketed by latitude band: the edges that can
 * cross a horizontal ray at latitude y are all in band floor(y / BAND_DEG). Entries are in pair
 * order, so one pass over a band gives the crossing parity of each pair in turn.
 */
export interface ChangedEdgeBands {
  readonly bandDeg: number
  readonly bands: ReadonlyMap<number, { readonly pair: Int32Array; readonly segments: Float64Array }>
}

/** ~2 km: a changed edge (median length ~0.5 km) falls in one or two bands. */
const BAND_DEG = 0.02

export class SeriesIndex {
  readonly vertices = new VertexIndex(1 << 15)
  readonly edges: readonly Float64Array[]
  readonly consecutive: readonly ConsecutiveChange[]
  private bandIndex: ChangedEdgeBands | null = null

  constructor(geometries: readonly PackedGeometry[]) {
    this.edges = geometries.map((g) => buildSnapshotEdges(g, this.vertices))
    const consecutive: ConsecutiveChange[] = []
    for (let i = 0; i + 1 < this.edges.length; i++) consecutive.push(this.changedEdges(i, i + 1))
    this.consecutive = consecutive
  }

  /** The changed edges of all consecutive pairs by latitude band (built on first use). */
  bands(): ChangedEdgeBands {
    if (this.bandIndex) return this.bandIndex
    const lists = new Map<number, { pair: number[]; segments: number[] }>()
    this.consecutive.forEach((change, pair) => {
      const s = change.segments
      for (let k = 0; k < s.length; k += 4) {
        const y1 = s[k + 1] as number
        const y2 = s[k + 3] as number
        const first = Math.floor(Math.min(y1, y2) / BAND_DEG)
        const last = Math.floor(Math.max(y1, y2) / BAND_DEG)
        for (let b = first; b <= last; b++) {
          let list = lists.get(b)
          if (!list) lists.set(b, (list = { pair: [], segments: [] }))
          list.pair.push(pair)
          list.segments.push(s[k] as number, y1, s[k + 2] as number, y2)
        }
      }
    })
    const bands = new Map<number, { pair: Int32Array; segments: Float64Array }>()
    for (const [b, list] of lists) bands.set(b, { pair: Int32Array.from(list.pair), segments: Float64Array.from(list.segments) })
    this.bandIndex = { bandDeg: BAND_DEG, bands }
    return this.bandIndex
  }

  /** The edges snapshot i has and j lacks, and the reverse, as segments with their box. */
  changedEdges(i: number, j: number): ConsecutiveChange {
    const diff = diffSnapshotEdges(this.edges[i] as Float64Array, this.edges[j] as Float64Array)
    const segments = edgeSegments([diff.onlyA, diff.onlyB], this.vertices)
    if (segments.length === 0) return { segments, box: null }
    let minX = Infinity
    let minY = Infinity
    let maxX = -Infinity
    let maxY = -Infinity
    for (let k = 0; k < segments.length; k += 2) {
      const x = segments[k] as number
      const y = segments[k + 1] as number
      if (x < minX) minX = x
      if (x > maxX) maxX = x
      if (y < minY) minY = y
      if (y > maxY) maxY = y
    }
    return { segments, box: [minX, minY, maxX, maxY] }
  }
}
