import geographiclib from 'geographiclib-geodesic'
import type { PackedGeometry } from './packed-geometry.js'
import { EdgeTable } from './edge-table.js'
import { VertexIndex } from './vertex-index.js'

const { Geodesic } = geographiclib
const WGS84 = Geodesic.WGS84
/** Total area of the WGS84 ellipsoid, m²: 4π c², c² the authalic radius squared (Karney 2013, eq. 60). */
const ELLIPSOID_AREA_M2 = (() => {
  const a = 6378137
  const f = 1 / 298.257223563
  const b = a * (1 - f)
  const e = Math.sqrt(f * (2 - f))
  return 4 * Math.PI * ((a * a + (b * b * Math.atanh(e)) / e) / 2)
})()

/**
 * Geodesic area on the WGS84 ellipsoid, after C. F. F. Karney, "Algorithms for geodesics",
 * J. Geodesy 87 (2013) §6, through GeographicLib (geographiclib-geodesic). Each edge is a geodesic;
 * the area of a ring is the sum over its edges of S12 (the area between the edge and the equator),
 * reduced modulo the ellipsoid's area as GeographicLib's `PolygonArea.Compute` does. Because the sum
 * runs edge by edge, an `EdgeAreaCache` lets consecutive snapshots, which share almost all edges,
 * pay only for their new edges. Spherical formulas differ from this by ~0.3% at Ukraine's latitudes.
 */
export class EdgeAreaCache {
  private readonly edges = new EdgeTable()
  private s12 = new Float64Array(1 << 12)
  private readonly vertices: VertexIndex
  private hits = 0

  /** `vertices` may be shared with other users of the same series; coordinates must be on the grid. */
  constructor(vertices: VertexIndex = new VertexIndex()) {
    this.vertices = vertices
  }

  /** The id of a grid vertex, for `edgeS12ById`. */
  vertexId(lng: number, lat: number): number {
    return this.vertices.intern(lng, lat)
  }

  /** S12 of the edge between two interned vertices (computed once per distinct edge). */
  edgeS12ById(from: number, to: number, lng1: number, lat1: number, lng2: number, lat2: number): number {
    const before = this.edges.size
    const i = this.edges.add(from, to)
    if (i < before) {
      this.hits++
      return this.s12[i] as number
    }
    if (i >= this.s12.length) {
      const grown = new Float64Array(this.s12.length * 2)
      grown.set(this.s12)
      this.s12 = grown
    }
    const value = edgeS12(lng1, lat1, lng2, lat2)
    this.s12[i] = value
    return value
  }

  get stats(): { readonly hits: number; readonly misses: number } {
    return { hits: this.hits, misses: this.edges.size }
  }
}

function edgeS12(lng1: number, lat1: number, lng2: number, lat2: number): number {
  return WGS84.Inverse(lat1, lng1, lat2, lng2, Geodesic.AREA).S12 as number
}

/** GeographicLib's `transit`: +1/−1 when an edge crosses the prime meridian eastward/westward. */
function transit(lng1: number, lng2: number): number {
  const d = angleDiff(lng1, lng2)
  const a = angleNormalize(lng1)
  const b = angleNormalize(lng2)
  if (d > 0 && ((a < 0 && b >= 0) || (a > 0 && b === 0))) return 1
  if (d < 0 && a >= 0 && b < 0) return -1
  return 0
}

function angleNormalize(x: number): number {
  const y = ((x % 360) + 360) % 360
  return y > 180 ? y - 360 : y
}

function angleDiff(x: number, y: number): number {
  return angleNormalize(angleNormalize(y) - angleNormalize(x))
}

/**
 * Signed geodesic area of one ring in m², positive when counter-clockwise (seen from above), with
 * `-area0/2 < area <= area0/2`. `start`/`end` index vertices of the open ring in `xy`.
 */
export function ringSignedAreaM2(xy: Float64Array, start: number, end: number, cache?: EdgeAreaCache): number {
  const n = end - start
  if (n < 3) return 0
  // Neumaier summation: the result does not depend on where the ring starts (up to rounding)
  let sum = 0
  let compensation = 0
  let crossings = 0
  const firstId = cache ? cache.vertexId(xy[2 * start] as number, xy[2 * start + 1] as number) : 0
  let fromId = firstId
  for (let i = start; i < end; i++) {
    const j = i + 1 < end ? i + 1 : start
    const lng1 = xy[2 * i] as number
    const lat1 = xy[2 * i + 1] as number
    const lng2 = xy[2 * j] as number
    const lat2 = xy[2 * j + 1] as number
    let s: number
    if (cache) {
      const toId = j === start ? firstId : cache.vertexId(lng2, lat2)
      s = cache.edgeS12ById(fromId, toId, lng1, lat1, lng2, lat2)
      fromId = toId
    } else {
      s = edgeS12(lng1, lat1, lng2, lat2)
    }
    const t = sum + s
    compensation += Math.abs(sum) >= Math.abs(s) ? sum - t + s : s - t + sum
    sum = t
    // an edge with both ends strictly inside one hemisphere (0°, 180°) or (−180°, 0°) never transits
    if (!((lng1 > 0 && lng1 < 180 && lng2 > 0 && lng2 < 180) || (lng1 < 0 && lng1 > -180 && lng2 < 0 && lng2 > -180))) crossings += transit(lng1, lng2)
  }
  let area = remainder(sum + compensation, ELLIPSOID_AREA_M2)
  if (crossings & 1) area += (area < 0 ? 1 : -1) * (ELLIPSOID_AREA_M2 / 2)
  area = -area // GeographicLib sums clockwise-positive; we report counter-clockwise-positive
  if (area > ELLIPSOID_AREA_M2 / 2) area -= ELLIPSOID_AREA_M2
  else if (area <= -ELLIPSOID_AREA_M2 / 2) area += ELLIPSOID_AREA_M2
  return area
}

function remainder(x: number, y: number): number {
  const r = x % y
  if (r > y / 2) return r - y
  if (r < -y / 2) return r + y
  return r
}

/**
 * Area of a packed MultiPolygon in km²: each polygon is its exterior minus its holes, whatever the
 * orientation the rings were given in (so rotating or reversing a ring never changes it).
 */
export function geodesicAreaKm2(geometry: PackedGeometry, cache?: EdgeAreaCache): number {
  const { xy, ringStart, polygonStart } = geometry
  let total = 0
  for (let p = 0; p + 1 < polygonStart.length; p++) {
    const first = polygonStart[p] as number
    const last = polygonStart[p + 1] as number
    for (let r = first; r < last; r++) {
      const area = Math.abs(ringSignedAreaM2(xy, ringStart[r] as number, ringStart[r + 1] as number, cache))
      total += r === first ? area : -area
    }
  }
  return total / 1e6
}
