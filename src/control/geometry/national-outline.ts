import type { MultiPolygonCoords } from '../../domain/index.js'
import { crossesRay } from './point-in-geometry.js'

const KM_PER_DEG_LAT = 111.2
/** Grid cell of the distance index, degrees (~5.6 km of latitude, ~3.5 km of longitude at 50°N). */
const CELL_DEG = 0.05
/** Latitude band of the inside test, degrees: the outline edges a horizontal ray can cross are all in its band. */
const BAND_DEG = 0.02

/**
 * A country's outline (its coast and its land borders) indexed for two questions asked of every
 * vertex of a control snapshot: how far is the point from the outline (up to a few km), and is it
 * inside the country. Built once from the country's first-level units: the edges two units share
 * (drawn identically on both sides, see data/regions/SOURCE.md) cancel, the rest is the outline.
 */
export class NationalOutline {
  /** [x1, y1, x2, y2] per outline edge. */
  readonly segments: Float64Array
  private readonly minCellX: number
  private readonly minCellY: number
  private readonly cellsX: number
  private readonly cellsY: number
  /** CSR: the edges touching grid cell c are cellEdge[cellStart[c] .. cellStart[c + 1]). */
  private readonly cellStart: Uint32Array
  private readonly cellEdge: Uint32Array
  private readonly minBand: number
  private readonly bandStart: Uint32Array
  private readonly bandEdge: Uint32Array

  constructor(units: readonly MultiPolygonCoords[]) {
    this.segments = outlineSegments(units)
    const s = this.segments
    const n = s.length / 4
    let minX = Infinity
    let minY = Infinity
    let maxX = -Infinity
    let maxY = -Infinity
    for (let k = 0; k < s.length; k += 2) {
      minX = Math.min(minX, s[k] as number)
      maxX = Math.max(maxX, s[k] as number)
      minY = Math.min(minY, s[k + 1] as number)
      maxY = Math.max(maxY, s[k + 1] as number)
    }
    if (n === 0) minX = minY = maxX = maxY = 0
    this.minCellX = Math.floor(minX / CELL_DEG)
    this.minCellY = Math.floor(minY / CELL_DEG)
    this.cellsX = Math.floor(maxX / CELL_DEG) - this.minCellX + 1
    this.cellsY = Math.floor(maxY / CELL_DEG) - this.minCellY + 1
    const cells = csr(
      this.cellsX * this.cellsY,
      n,
      (e, emit) => {
        const x0 = Math.floor(Math.min(s[4 * e] as number, s[4 * e + 2] as number) / CELL_DEG) - this.minCellX
        const x1 = Math.floor(Math.max(s[4 * e] as number, s[4 * e + 2] as number) / CELL_DEG) - this.minCellX
        const y0 = Math.floor(Math.min(s[4 * e + 1] as number, s[4 * e + 3] as number) / CELL_DEG) - this.minCellY
        const y1 = Math.floor(Math.max(s[4 * e + 1] as number, s[4 * e + 3] as number) / CELL_DEG) - this.minCellY
        for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) emit(y * this.cellsX + x)
      },
    )
    this.cellStart = cells.start
    this.cellEdge = cells.items
    this.minBand = Math.floor(minY / BAND_DEG)
    const bands = csr(Math.floor(maxY / BAND_DEG) - this.minBand + 1, n, (e, emit) => {
      const b0 = Math.floor(Math.min(s[4 * e + 1] as number, s[4 * e + 3] as number) / BAND_DEG) - this.minBand
      const b1 = Math.floor(Math.max(s[4 * e + 1] as number, s[4 * e + 3] as number) / BAND_DEG) - this.minBand
      for (let b = b0; b <= b1; b++) emit(b)
    })
    this.bandStart = bands.start
    this.bandEdge = bands.items
  }

  /** Whether the point is inside the country (even–odd over the outline edges of its latitude band). */
  contains(lng: number, lat: number): boolean {
    const b = Math.floor(lat / BAND_DEG) - this.minBand
    if (b < 0 || b + 1 >= this.bandStart.length) return false
    const s = this.segments
    let inside = false
    for (let k = this.bandStart[b] as number; k < (this.bandStart[b + 1] as number); k++) {
      const e = 4 * (this.bandEdge[k] as number)
      if (crossesRay(s[e] as number, s[e + 1] as number, s[e + 2] as number, s[e + 3] as number, lng, lat)) inside = !inside
    }
    return inside
  }

  /**
   * Whether the outline passes within `radiusKm` of the point (planar, in a plane tangent at the
   * point: good to well under 1% at these distances). `radiusKm` may be at most ~3 km: the 3×3 cells
   * around the point are searched.
   */
  isNear(lng: number, lat: number, radiusKm: number): boolean {
    const kmPerDegLng = KM_PER_DEG_LAT * Math.cos((lat * Math.PI) / 180)
    const cx = Math.floor(lng / CELL_DEG) - this.minCellX
    const cy = Math.floor(lat / CELL_DEG) - this.minCellY
    const s = this.segments
    const r2 = radiusKm * radiusKm
    for (let y = Math.max(0, cy - 1); y <= Math.min(this.cellsY - 1, cy + 1); y++) {
      for (let x = Math.max(0, cx - 1); x <= Math.min(this.cellsX - 1, cx + 1); x++) {
        const c = y * this.cellsX + x
        for (let k = this.cellStart[c] as number; k < (this.cellStart[c + 1] as number); k++) {
          const e = 4 * (this.cellEdge[k] as number)
          const ax = ((s[e] as number) - lng) * kmPerDegLng
          const ay = ((s[e + 1] as number) - lat) * KM_PER_DEG_LAT
          const dx = ((s[e + 2] as number) - lng) * kmPerDegLng - ax
          const dy = ((s[e + 3] as number) - lat) * KM_PER_DEG_LAT - ay
          const length2 = dx * dx + dy * dy
          const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2))
          const px = ax + t * dx
          const py = ay + t * dy
          if (px * px + py * py <= r2) return true
        }
      }
    }
    return false
  }
}

/**
 * The edges of the units' rings that no other ring runs back along: where two units meet, one
 * ring has the edge a→b and its neighbour b→a (or a→b, whatever their orientation), so both go.
 */
function outlineSegments(units: readonly MultiPolygonCoords[]): Float64Array {
  const count = new Map<string, number>()
  const edges: [number, number, number, number, string][] = []
  for (const unit of units) {
    for (const polygon of unit) {
      for (const ring of polygon) {
        const closed = ring.length > 1 && ring[0]?.[0] === ring[ring.length - 1]?.[0] && ring[0]?.[1] === ring[ring.length - 1]?.[1]
        const n = closed ? ring.length - 1 : ring.length
        for (let i = 0; i < n; i++) {
          const a = ring[i] as readonly number[]
          const b = ring[(i + 1) % n] as readonly number[]
          const x1 = a[0] as number
          const y1 = a[1] as number
          const x2 = b[0] as number
          const y2 = b[1] as number
          if (x1 === x2 && y1 === y2) continue
          const key = x1 < x2 || (x1 === x2 && y1 < y2) ? `${x1},${y1},${x2},${y2}` : `${x2},${y2},${x1},${y1}`
          count.set(key, (count.get(key) ?? 0) + 1)
          edges.push([x1, y1, x2, y2, key])
        }
      }
    }
  }
  const kept = edges.filter((e) => count.get(e[4]) === 1)
  const out = new Float64Array(4 * kept.length)
  kept.forEach((e, i) => out.set([e[0], e[1], e[2], e[3]], 4 * i))
  return out
}

/** Compressed rows: which items each of `rows` rows holds, from a function that emits an item's rows. */
function csr(rows: number, items: number, rowsOf: (item: number, emit: (row: number) => void) => void): { start: Uint32Array; items: Uint32Array } {
  const start = new Uint32Array(rows + 1)
  for (let i = 0; i < items; i++) rowsOf(i, (r) => (start[r + 1] = (start[r + 1] as number) + 1))
  for (let r = 0; r < rows; r++) start[r + 1] = (start[r + 1] as number) + (start[r] as number)
  const fill = start.slice(0, rows)
  const out = new Uint32Array(start[rows] as number)
  for (let i = 0; i < items; i++) rowsOf(i, (r) => (out[(fill[r] as number)++] = i))
  return { start, items: out }
}
