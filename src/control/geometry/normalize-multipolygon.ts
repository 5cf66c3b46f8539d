import type { MultiPolygonCoords, Position } from '../../domain/index.js'
import { COORDINATE_SCALE, quantizeToGrid } from './quantize-coordinate.js'

/** A problem met while normalising, for the caller to turn into an Issue naming the file. */
export interface GeometryNote {
  readonly code: 'degenerate-ring' | 'dropped-z' | 'repeated-vertex'
  readonly message: string
}

export interface NormalizedGeometry {
  readonly coordinates: MultiPolygonCoords
  readonly notes: readonly GeometryNote[]
}

/**
 * The canonical form of a MultiPolygon, so that the same territory always has the same bytes (the
 * import is idempotent on its sha256) and every later step can rely on it:
 * - positions on the 1e-6° grid (quantize-coordinate.ts), a third coordinate (height) dropped;
 * - consecutive repeated vertices removed; rings of fewer than 3 distinct vertices or zero area dropped;
 * - exteriors counter-clockwise, holes clockwise (RFC 7946 §3.1.6, the right-hand rule);
 * - each ring starting at its lowest (lng, then lat) vertex; holes and polygons sorted by that vertex.
 * Rotating or reversing a ring, or reordering polygons, therefore never changes the result.
 */
export function normalizeMultiPolygon(polygons: MultiPolygonCoords): NormalizedGeometry {
  const notes: GeometryNote[] = []
  let hadZ = false
  let repeated = 0
  const outPolygons: number[][][] = [] // per polygon, its rings as flat arrays of grid integers
  polygons.forEach((polygon, p) => {
    const rings: number[][] = []
    for (let r = 0; r < polygon.length; r++) {
      const ring = polygon[r] as Position[]
      const flat: number[] = []
      for (const position of ring) {
        if (position.length > 2) hadZ = true
        const x = quantizeToGrid(position[0] as number)
        const y = quantizeToGrid(position[1] as number)
        const n = flat.length
        if (n >= 2 && flat[n - 2] === x && flat[n - 1] === y) {
          repeated++
          continue
        }
        flat.push(x, y)
      }
      // drop the GeoJSON closing vertex (and any repeats of the start at the end)
      while (flat.length >= 4 && flat[0] === flat[flat.length - 2] && flat[1] === flat[flat.length - 1]) flat.length -= 2
      const twiceArea = signedTwiceArea(flat)
      if (flat.length < 6 || twiceArea === 0) {
        notes.push({
          code: 'degenerate-ring',
          message: `polygon ${p} ${r === 0 ? 'exterior' : `hole ${r}`} ${flat.length < 6 ? `has only ${flat.length / 2} distinct vertices` : 'has zero net area (flat, or a figure-eight whose halves cancel)'}; dropped${r === 0 ? ' with its holes' : ''}`,
        })
        if (r === 0) return
        continue
      }
      const wantPositive = r === 0
      if (twiceArea > 0 !== wantPositive) reverseRing(flat)
      rings.push(rotateToLowest(flat))
    }
    const [exterior, ...holes] = rings
    if (!exterior) return
    holes.sort(compareRings)
    outPolygons.push([exterior, ...holes])
  })
  outPolygons.sort((a, b) => compareRings(a[0] as number[], b[0] as number[]))
  if (hadZ) notes.push({ code: 'dropped-z', message: 'positions carry a third coordinate (height); accepted, and only longitude and latitude kept' })
  if (repeated > 0) notes.push({ code: 'repeated-vertex', message: `${repeated} consecutive repeated vertices removed` })
  const coordinates: MultiPolygonCoords = outPolygons.map((polygon) =>
    polygon.map((flat) => {
      const ring: Position[] = []
      for (let i = 0; i < flat.length; i += 2) ring.push([(flat[i] as number) / COORDINATE_SCALE, (flat[i + 1] as number) / COORDINATE_SCALE])
      ring.push([(flat[0] as number) / COORDINATE_SCALE, (flat[1] as number) / COORDINATE_SCALE])
      return ring
    }),
  )
  return { coordinates, notes }
}

/** Twice the planar signed area (shoelace) of an open ring of grid integers; > 0 counter-clockwise. */
function signedTwiceArea(flat: readonly number[]): number {
  const n = flat.length / 2
  if (n < 3) return 0
  const x0 = flat[0] as number
  const y0 = flat[1] as number
  let sum = 0
  for (let i = 1; i + 1 < n; i++) {
    const x1 = (flat[2 * i] as number) - x0
    const y1 = (flat[2 * i + 1] as number) - y0
    const x2 = (flat[2 * i + 2] as number) - x0
    const y2 = (flat[2 * i + 3] as number) - y0
    sum += x1 * y2 - x2 * y1
  }
  return sum
}

function reverseRing(flat: number[]): void {
  const n = flat.length / 2
  for (let i = 0, j = n - 1; i < j; i++, j--) {
    const xi = flat[2 * i] as number
    const yi = flat[2 * i + 1] as number
    flat[2 * i] = flat[2 * j] as number
    flat[2 * i + 1] = flat[2 * j + 1] as number
    flat[2 * j] = xi
    flat[2 * j + 1] = yi
  }
}

function rotateToLowest(flat: number[]): number[] {
  const n = flat.length / 2
  let best = 0
  for (let i = 1; i < n; i++) {
    const x = flat[2 * i] as number
    const bx = flat[2 * best] as number
    if (x < bx || (x === bx && (flat[2 * i + 1] as number) < (flat[2 * best + 1] as number))) best = i
  }
  if (best === 0) return flat
  return [...flat.slice(2 * best), ...flat.slice(0, 2 * best)]
}

function compareRings(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const d = (a[i] as number) - (b[i] as number)
    if (d !== 0) return d
  }
  return a.length - b.length
}
