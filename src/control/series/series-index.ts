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
export const BAND_DEG = 0.02

/**
 * The changed edges of a series: for each consecutive pair, given (the records the store keeps,
 * see pipeline/load-control-series.ts) or diffed on first use (diff-edges.ts, tens of µs a pair);
 * for any other pair, diffed on demand. Nothing is built for the whole series until a question
 * needs every pair (a point's history: `bands`).
 */
export class SeriesIndex {
  private readonly geometry: (i: number) => PackedGeometry
  private readonly known: readonly (Float64Array | undefined)[]
  private readonly consecutiveChanges: (EdgeChange | undefined)[]
  private bandIndex: ChangedEdgeBands | null = null
  private readonly singleBands = new Map<number, { readonly pair: Int32Array; readonly segments: Float64Array } | null>()

  /**
   * `geometry(i)` gives snapshot i (0 <= i < count), asked only for pairs not in `known`; `known[i]`,
   * when given, holds the changed edges between snapshot i and i + 1.
   */
  constructor(count: number, geometry: (i: number) => PackedGeometry, known: readonly (Float64Array | undefined)[] = []) {
    this.geometry = geometry
    this.known = known
    this.consecutiveChanges = new Array(Math.max(0, count - 1))
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

  /**
   * The changed edges of every consecutive pair that reach latitude `y`'s band (null when none do):
   * one band of `bands()`, gathered alone while few are asked for (a status question needs one,
   * and one pass over the ~30,000 changed edges of the full series is far cheaper than bucketing
   * them all); from the 17th distinct band on, all bands are built at once.
   */
  bandAt(y: number): { readonly pair: Int32Array; readonly segments: Float64Array } | null {
    const b = Math.floor(y / BAND_DEG)
    if (this.bandIndex) return this.bandIndex.bands.get(b) ?? null
    const known = this.singleBands.get(b)
    if (known !== undefined) return known
    if (this.singleBands.size >= 16) return this.bands().bands.get(b) ?? null
    const pairs = this.consecutiveChanges.length
    let n = 0
    for (let pair = 0; pair < pairs; pair++) {
      const s = this.consecutive(pair).segments
      for (let k = 0; k < s.length; k += 4) if (inBand(b, s[k + 1] as number, s[k + 3] as number)) n++
    }
    let band: { pair: Int32Array; segments: Float64Array } | null = null
    if (n > 0) {
      band = { pair: new Int32Array(n), segments: new Float64Array(4 * n) }
      let m = 0
      for (let pair = 0; pair < pairs; pair++) {
        const s = this.consecutive(pair).segments
        for (let k = 0; k < s.length; k += 4) {
          if (!inBand(b, s[k + 1] as number, s[k + 3] as number)) continue
          band.pair[m] = pair
          band.segments.set(s.subarray(k, k + 4), 4 * m++)
        }
      }
    }
    this.singleBands.set(b, band)
    return band
  }

  /** The changed edges of all consecutive pairs by latitude band (built on first use). */
  bands(): ChangedEdgeBands {
    if (this.bandIndex) return this.bandIndex
    // two passes over the segments: count each band's entries, then fill typed arrays in place
    const counts = new Map<number, number>()
    const pairs = this.consecutiveChanges.length
    for (let pair = 0; pair < pairs; pair++) {
      const s = this.consecutive(pair).segments
      for (let k = 0; k < s.length; k += 4) {
        const [first, last] = bandRange(s[k + 1] as number, s[k + 3] as number)
        for (let b = first; b <= last; b++) counts.set(b, (counts.get(b) ?? 0) + 1)
      }
    }
    const bands = new Map<number, { pair: Int32Array; segments: Float64Array }>()
    const filled = new Map<number, number>()
    for (const [b, n] of counts) {
      bands.set(b, { pair: new Int32Array(n), segments: new Float64Array(4 * n) })
      filled.set(b, 0)
    }
    for (let pair = 0; pair < pairs; pair++) {
      const s = this.consecutive(pair).segments
      for (let k = 0; k < s.length; k += 4) {
        const [first, last] = bandRange(s[k + 1] as number, s[k + 3] as number)
        for (let b = first; b <= last; b++) {
          const band = bands.get(b) as { pair: Int32Array; segments: Float64Array }
          const n = filled.get(b) as number
          band.pair[n] = pair
          band.segments.set(s.subarray(k, k + 4), 4 * n)
          filled.set(b, n + 1)
        }
      }
    }
    this.bandIndex = { bandDeg: BAND_DEG, bands }
    return this.bandIndex
  }

  /** The edges snapshot i has and j lacks, and the reverse, as segments with their box. */
  changedEdges(i: number, j: number): EdgeChange {
    return withBox(diffEdges(this.geometry(i), this.geometry(j)))
  }
}

function inBand(b: number, y1: number, y2: number): boolean {
  return Math.floor(Math.min(y1, y2) / BAND_DEG) <= b && Math.floor(Math.max(y1, y2) / BAND_DEG) >= b
}

function bandRange(y1: number, y2: number): [number, number] {
  return [Math.floor(Math.min(y1, y2) / BAND_DEG), Math.floor(Math.max(y1, y2) / BAND_DEG)]
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
