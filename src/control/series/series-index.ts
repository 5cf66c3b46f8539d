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
export class SeriesIndex {
  readonly vertices = new VertexIndex(1 << 15)
  readonly edges: readonly Float64Array[]
  readonly consecutive: readonly ConsecutiveChange[]

  constructor(geometries: readonly PackedGeometry[]) {
    this.edges = geometries.map((g) => buildSnapshotEdges(g, this.vertices))
    const consecutive: ConsecutiveChange[] = []
    for (let i = 0; i + 1 < this.edges.length; i++) consecutive.push(this.changedEdges(i, i + 1))
    this.consecutive = consecutive
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
