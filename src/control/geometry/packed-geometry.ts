import type { FlatMultiPolygon, MultiPolygon, MultiPolygonCoords, Position } from '../../domain/index.js'

/**
 * A MultiPolygon in flat typed arrays, the form every computation of the control stage runs on
 * (point-in-polygon, edge diffs, area): no per-vertex objects, and each ring's bounding box at hand.
 * Rings are stored open (the closing vertex of GeoJSON is not repeated); vertex `i` of ring `r` is
 * at `xy[2 * (ringStart[r] + i)]`. Ring `polygonStart[p]` is the exterior of polygon `p`, the rings
 * after it up to `polygonStart[p + 1]` are its holes.
 */
export interface PackedGeometry extends FlatMultiPolygon {
  /** minX, minY, maxX, maxY per ring. */
  readonly ringBox: Float64Array
  /**
   * Boxes of runs of CHUNK consecutive vertices: chunk c of ring r starts at vertex
   * ringStart[r] + c·CHUNK, and its box is at 4·(ringChunkStart[r] + c). Lets a window test skip
   * a whole stretch of a 2,500-vertex ring that lies beyond one side of it.
   */
  readonly chunkBox: Float64Array
  readonly ringChunkStart: Uint32Array
  /** minX, minY, maxX, maxY of everything (all +/-Infinity when empty). */
  readonly box: readonly [number, number, number, number]
}

/** Vertices per chunk (see PackedGeometry.chunkBox). */
export const CHUNK = 32

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
  let v = 0
  let r = 0
  let p = 0
  for (const polygon of polygons) {
    polygonStart[p++] = r
    for (const ring of polygon) {
      ringStart[r++] = v
      const n = ring.length - (isClosingDuplicate(ring) ? 1 : 0)
      for (let i = 0; i < n; i++) {
        const position = ring[i] as Position
        xy[2 * v] = position[0] as number
        xy[2 * v + 1] = position[1] as number
        v++
      }
    }
  }
  ringStart[r] = v
  polygonStart[p] = r
  return packFlatMultiPolygon({ xy, ringStart, polygonStart })
}

/** Adds the boxes (per ring, per chunk, overall) to flat arrays as the store loads them; the arrays are shared, not copied. */
export function packFlatMultiPolygon(flat: FlatMultiPolygon): PackedGeometry {
  const { xy, ringStart, polygonStart } = flat
  const rings = ringStart.length - 1
  const ringBox = new Float64Array(rings * 4)
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (let r = 0; r < rings; r++) {
    let rMinX = Infinity
    let rMinY = Infinity
    let rMaxX = -Infinity
    let rMaxY = -Infinity
    for (let v = ringStart[r] as number; v < (ringStart[r + 1] as number); v++) {
      const x = xy[2 * v] as number
      const y = xy[2 * v + 1] as number
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
  }
  const { chunkBox, ringChunkStart } = buildChunks(xy, ringStart)
  return { xy, ringStart, polygonStart, ringBox, chunkBox, ringChunkStart, box: [minX, minY, maxX, maxY] }
}

function buildChunks(xy: Float64Array, ringStart: Uint32Array): { chunkBox: Float64Array; ringChunkStart: Uint32Array } {
  const rings = ringStart.length - 1
  const ringChunkStart = new Uint32Array(rings + 1)
  let chunks = 0
  for (let r = 0; r < rings; r++) {
    ringChunkStart[r] = chunks
    chunks += Math.ceil(((ringStart[r + 1] as number) - (ringStart[r] as number)) / CHUNK)
  }
  ringChunkStart[rings] = chunks
  const chunkBox = new Float64Array(chunks * 4)
  for (let r = 0; r < rings; r++) {
    const start = ringStart[r] as number
    const end = ringStart[r + 1] as number
    for (let c = ringChunkStart[r] as number, v = start; v < end; c++, v += CHUNK) {
      let minX = Infinity
      let minY = Infinity
      let maxX = -Infinity
      let maxY = -Infinity
      for (let i = v; i < Math.min(v + CHUNK, end); i++) {
        const x = xy[2 * i] as number
        const y = xy[2 * i + 1] as number
        if (x < minX) minX = x
        if (x > maxX) maxX = x
        if (y < minY) minY = y
        if (y > maxY) maxY = y
      }
      chunkBox[4 * c] = minX
      chunkBox[4 * c + 1] = minY
      chunkBox[4 * c + 2] = maxX
      chunkBox[4 * c + 3] = maxY
    }
  }
  return { chunkBox, ringChunkStart }
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
