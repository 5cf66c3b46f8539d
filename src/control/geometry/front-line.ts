import { nearestBoundaryPoint } from './distance-to-boundary.js'
import type { NationalOutline } from './national-outline.js'
import type { PackedGeometry } from './packed-geometry.js'

/**
 * Which edges of an occupied area's boundary are the front line: those that face ground the other
 * side holds. The rest run along the sea coast or along the state border (with Russia, Belarus),
 * where there is no front: a town on the Crimean or Azov coast is deep in occupied ground however
 * near the boundary's coastal stretch it lies. River banks inside the country (the Dnipro, the
 * Kakhovka reservoir) are inside the outline, so they stay line.
 */
export interface FrontLine {
  /** 1 when the edge from vertex v to the next vertex of its ring is front line, else 0. */
  readonly isLine: Uint8Array
  /** minX, minY, maxX, maxY of each ring's line edges (Infinity, Infinity, -Infinity, -Infinity when it has none). */
  readonly ringBox: Float64Array
  /** How many edges are line. */
  readonly lineEdges: number
}

/**
 * The front line of a geometry: an edge is not line when both its ends and its midpoint lie off
 * the country's land, i.e. outside the outline or within `toleranceKm` of it (the control map and
 * the outline are drawn from different sources: their coasts and borders differ by up to ~1 km).
 * One pass over the vertices, each asked of the outline's grid once.
 */
export function findFrontLine(geometry: PackedGeometry, outline: NationalOutline, toleranceKm: number): FrontLine {
  const { xy, ringStart } = geometry
  const vertices = xy.length / 2
  const offLand = new Uint8Array(vertices)
  for (let v = 0; v < vertices; v++) offLand[v] = isOffLand(outline, xy[2 * v] as number, xy[2 * v + 1] as number, toleranceKm) ? 1 : 0
  const isLine = new Uint8Array(vertices)
  const rings = ringStart.length - 1
  const ringBox = new Float64Array(4 * rings)
  let lineEdges = 0
  for (let r = 0; r < rings; r++) {
    let minX = Infinity
    let minY = Infinity
    let maxX = -Infinity
    let maxY = -Infinity
    const start = ringStart[r] as number
    const end = ringStart[r + 1] as number
    for (let v = start; v < end; v++) {
      const u = v + 1 < end ? v + 1 : start
      const x1 = xy[2 * v] as number
      const y1 = xy[2 * v + 1] as number
      const x2 = xy[2 * u] as number
      const y2 = xy[2 * u + 1] as number
      const line = offLand[v] === 0 || offLand[u] === 0 || !isOffLand(outline, (x1 + x2) / 2, (y1 + y2) / 2, toleranceKm)
      if (!line) continue
      isLine[v] = 1
      lineEdges++
      minX = Math.min(minX, x1, x2)
      minY = Math.min(minY, y1, y2)
      maxX = Math.max(maxX, x1, x2)
      maxY = Math.max(maxY, y1, y2)
    }
    ringBox.set([minX, minY, maxX, maxY], 4 * r)
  }
  return { isLine, ringBox, lineEdges }
}

/** The whole boundary as line (no outline known): what the distance meant before the outline was used. */
export function wholeBoundary(geometry: PackedGeometry): FrontLine {
  return { isLine: new Uint8Array(geometry.xy.length / 2).fill(1), ringBox: geometry.ringBox, lineEdges: geometry.xy.length / 2 }
}

function isOffLand(outline: NationalOutline, lng: number, lat: number, toleranceKm: number): boolean {
  return outline.isNear(lng, lat, toleranceKm) || !outline.contains(lng, lat)
}

/** How far a point is from the front line, and (outside the occupied area) from the whole boundary. */
export interface LineDistance {
  /** To the nearest line edge, km; Infinity when there is none. */
  readonly toLineKm: number
  /** To the nearest boundary edge, line or not, km: asked only outside (Infinity inside). */
  readonly toBoundaryKm: number
}

/**
 * The distances `statusAt` needs. Inside the occupied area only the line counts (the coast is no
 * front): one pass over the line edges. Outside, the whole boundary is searched first (a point at sea
 * or across the border is as unsure by the coast as by the line); its nearest edge is mostly line
 * (points asked about lie by the front), and only when it is not is the line searched as well.
 */
export function measureToFrontLine(geometry: PackedGeometry, line: FrontLine, inside: boolean, lng: number, lat: number): LineDistance {
  if (inside) return { toLineKm: nearestBoundaryPoint(geometry, lng, lat, line)?.distanceKm ?? Infinity, toBoundaryKm: Infinity }
  const nearest = nearestBoundaryPoint(geometry, lng, lat)
  if (!nearest) return { toLineKm: Infinity, toBoundaryKm: Infinity }
  if (line.isLine[nearest.edge] === 1) return { toLineKm: nearest.distanceKm, toBoundaryKm: nearest.distanceKm }
  return { toLineKm: nearestBoundaryPoint(geometry, lng, lat, line)?.distanceKm ?? Infinity, toBoundaryKm: nearest.distanceKm }
}
