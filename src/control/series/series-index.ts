import type { Box } from '../geometry/box.js'
import type { PackedGeometry } from '../geometry/packed-geometry.js'
import { diffEdges } from '../change/diff-edges.js'

/** What changed between two snapshots: the edges either has and the other lacks. */
export interface EdgeChange {
  /** [x1, y1, x2, y2] quadruples; empty when the two snapshots are the same territory. */
  readonly segments: Float64Array
  /** Box of `segments`, or null when there are none. */
  readonly box: Box | null
}

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

/**
 * The changed edges of a series: for each consecutive pair, given (the records the store keeps,
 * see pipeline/load-control-series.ts) or diffed on first use (diff-edges.ts, tens of µs a pair);
 * for any other pair, diffed on demand. Nothing is built for the whole series until a question
 * needs every pair (a point's history: `bands`).
 */
export class SeriesIndex {
  private readonly geometries: readonly PackedGeometry[]
  private readonly known: readonly (Float64Array | undefined)[]
  private readonly consecutiveChanges: (EdgeChange | undefined)[]
  private bandIndex: ChangedEdgeBands | null = null

  /** `known[i]`, when given, holds the changed edges between snapshot i and i + 1. */
  constructor(geometries: readonly PackedGeometry[], known: readonly (Float64Array | undefined)[] = []) {
    this.geometries = geometries
    this.known = known
    this.consecutiveChanges = new Array(Math.max(0, geometries.length - 1))
  }

  /** The changed edges between snapshot i and i + 1. */
  consecutive(i: number): EdgeChange {
    let change = this.consecutiveChanges[i]
    if (!change) {
      const known = this.known[i]
      change = known ? withBox(known) : this.changedEdges(i, i + 1)
      this.consecutiveChanges[i] = change
    }
    return change
  }

  /** The changed edges of all consecutive pairs by latitude band (built on first use). */
  bands(): ChangedEdgeBands {
    if (this.bandIndex) return this.bandIndex
    const lists = new Map<number, { pair: number[]; segments: number[] }>()
    for (let pair = 0; pair < this.consecutiveChanges.length; pair++) {
      const s = this.consecutive(pair).segments
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
    }
    const bands = new Map<number, { pair: Int32Array; segments: Float64Array }>()
    for (const [b, list] of lists) bands.set(b, { pair: Int32Array.from(list.pair), segments: Float64Array.from(list.segments) })
    this.bandIndex = { bandDeg: BAND_DEG, bands }
    return this.bandIndex
  }

  /** The edges snapshot i has and j lacks, and the reverse, as segments with their box. */
  changedEdges(i: number, j: number): EdgeChange {
    return withBox(diffEdges(this.geometries[i] as PackedGeometry, this.geometries[j] as PackedGeometry))
  }
}

function withBox(segments: Float64Array): EdgeChange {
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
