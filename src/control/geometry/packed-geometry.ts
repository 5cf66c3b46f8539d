import type { MultiPolygon, MultiPolygonCoords, Position } from '../../domain/index.js'

/**
 * A MultiPolygon in flat typed arrays, the form every computation of the control stage runs on
 * (point-in-polygon, edge diffs, area): no per-vertex objects, and each ring's bounding box at hand.
 * Rings are stored open (the closing vertex of GeoJSON is not repeated); vertex `i` of ring `r` is
 * at `xy[2 * (ringStart[r] + i)]`. Ring `polygonStart[p]` is the exterior of polygon `p`, the rings
 * after it up to `polygonStart[p + 1]` are its holes.
 */
export interface PackedGeometry {
  readonly xy: Float64Array
  readonly ringStart: Uint32Array
  readonly polygonStart: Uint32Array
  /** minX, minY, maxX, maxY per ring. */
  readonly ringBox: Float64Array
  /** minX, minY, maxX, maxY of everything (all +/-Infinity when empty). */
  readonly box: readonly [number, number, number, number]
}

export function ringCount(geometry: PackedGeometry): number {
  return geometry.ringStart.length - 1
}

export function polygonCount(geometry: PackedGeometry): number {
  return geometry.polygonStart.length - 1
}

export function vertexCount(geometry: PackedGeometry): number {
  return geometry.xy.length / 2
}

function isClosingDuplicate(ring: readonly Position[]): boolean {
  const first = ring[0]
  const last = ring[ring.length - 1]
  return ring.length > 1 && first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1]
}

/** Packs GeoJSON MultiPolygon coordinates (closed or open rings, 2-D or 3-D positions). */
export function packMultiPolygon(geometry: MultiPolygon | MultiPolygonCoords): PackedGeometry {
  const polygons = Array.isArray(geometry) ? geometry : (geometry as MultiPolygon).coordinates
  let vertices = 0
  let rings = 0
  for (const polygon of polygons) {
    for (const ring of polygon) {
      vertices += ring.length - (isClosingDuplicate(ring) ? 1 : 0)
      rings++
    }
  }
  const xy = new Float64Array(vertices * 2)
  const ringStart = new Uint32Array(rings + 1)
  const polygonStart = new Uint32Array(polygons.length + 1)
  const ringBox = new Float64Array(rings * 4)
  let v = 0
  let r = 0
  let p = 0
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (const polygon of polygons) {
    polygonStart[p++] = r
    for (const ring of polygon) {
      ringStart[r] = v
      const n = ring.length - (isClosingDuplicate(ring) ? 1 : 0)
      let rMinX = Infinity
      let rMinY = Infinity
      let rMaxX = -Infinity
      let rMaxY = -Infinity
      for (let i = 0; i < n; i++) {
        const position = ring[i] as Position
        const x = position[0] as number
        const y = position[1] as number
        xy[2 * v] = x
        xy[2 * v + 1] = y
        v++
        if (x < rMinX) rMinX = x
        if (x > rMaxX) rMaxX = x
        if (y < rMinY) rMinY = y
        if (y > rMaxY) rMaxY = y
      }
      ringBox[4 * r] = rMinX
      ringBox[4 * r + 1] = rMinY
      ringBox[4 * r + 2] = rMaxX
      ringBox[4 * r + 3] = rMaxY
      if (rMinX < minX) minX = rMinX
      if (rMinY < minY) minY = rMinY
      if (rMaxX > maxX) maxX = rMaxX
      if (rMaxY > maxY) maxY = rMaxY
      r++
    }
  }
  ringStart[r] = v
  polygonStart[p] = r
  return { xy, ringStart, polygonStart, ringBox, box: [minX, minY, maxX, maxY] }
}

/** Back to GeoJSON (rings closed, as RFC 7946 requires). */
export function unpackMultiPolygon(geometry: PackedGeometry): MultiPolygon {
  const { xy, ringStart, polygonStart } = geometry
  const coordinates: MultiPolygonCoords = []
  for (let p = 0; p + 1 < polygonStart.length; p++) {
    const polygon: Position[][] = []
    for (let r = polygonStart[p] as number; r < (polygonStart[p + 1] as number); r++) {
      const start = ringStart[r] as number
      const end = ringStart[r + 1] as number
      const ring: Position[] = []
      for (let i = start; i < end; i++) ring.push([xy[2 * i] as number, xy[2 * i + 1] as number])
      if (end > start) ring.push([xy[2 * start] as number, xy[2 * start + 1] as number])
      polygon.push(ring)
    }
    coordinates.push(polygon)
  }
  return { type: 'MultiPolygon', coordinates }
}

export const EMPTY_GEOMETRY: PackedGeometry = packMultiPolygon([])
