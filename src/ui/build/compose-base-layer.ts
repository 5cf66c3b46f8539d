// The map's base layer as one GeoJSON source, composed at build time (vite.config.ts) from the shipped
// display files. One source instead of three: MapLibre's worker fetches, parses and indexes one file
// and cuts one set of tiles for the first view, and the page draws the tile clipping masks once per
// frame instead of once for each source its layers switch between (software WebGL pays for every
// pass: bench/page-load). The layers pick their features by `layer`.
//
// Oblast outlines become lines, each border between two oblasts once: the region layer's polygons
// share their common borders vertex for vertex, so drawing every ring drew each inner border twice
// (about a third of all segments). Coordinates are rounded for display (4 decimals, ~10 m).
//
// Pure and free of Node and DOM types: vite.config.ts runs it in Node, its test under vitest.

type Position = number[]

export interface PlainGeometry {
  readonly type: string
  readonly coordinates: unknown
}

export interface PlainFeature {
  readonly type: 'Feature'
  readonly properties: Record<string, unknown> | null
  readonly geometry: PlainGeometry | null
}

export interface PlainFeatureCollection {
  readonly type: 'FeatureCollection'
  readonly features: readonly PlainFeature[]
}

/** The value of a base-layer feature's `layer` property, which the style's filters select on. */
export type BaseLayerKind = 'country' | 'oblast' | 'river'

export interface BaseLayerInputs {
  /** Country polygons with `name_en` (the style tints Ukraine by it). */
  readonly countries: PlainFeatureCollection
  /** Region (oblast) polygons that share their common borders vertex for vertex. */
  readonly oblasts: PlainFeatureCollection
  /** River lines. */
  readonly rivers: PlainFeatureCollection
}

export function composeBaseLayer(inputs: BaseLayerInputs, decimals = 4): PlainFeatureCollection {
  const round = rounder(decimals)
  const features: PlainFeature[] = []
  for (const country of inputs.countries.features) {
    if (!country.geometry) continue
    features.push(baseFeature('country', roundCoordinates(country.geometry, round), { name_en: country.properties?.name_en ?? null }))
  }
  const drawn = new Set<string>()
  for (const oblast of inputs.oblasts.features) {
    const lines = polygonRings(oblast.geometry).flatMap((ring) => newSegmentRuns(ring.map((p) => p.map(round)), drawn))
    if (lines.length) features.push(baseFeature('oblast', { type: 'MultiLineString', coordinates: lines }, {}))
  }
  for (const river of inputs.rivers.features) {
    if (river.geometry) features.push(baseFeature('river', roundCoordinates(river.geometry, round), {}))
  }
  return { type: 'FeatureCollection', features }
}

function baseFeature(layer: BaseLayerKind, geometry: PlainGeometry, properties: Record<string, unknown>): PlainFeature {
  return { type: 'Feature', properties: { layer, ...properties }, geometry }
}

function rounder(decimals: number): (value: number) => number {
  const factor = 10 ** decimals
  return (value) => Math.round(value * factor) / factor
}

function isPosition(value: unknown): value is Position {
  return Array.isArray(value) && typeof value[0] === 'number'
}

/** A copy of the geometry with every coordinate rounded and repeated points dropped. */
function roundCoordinates(geometry: PlainGeometry, round: (value: number) => number): PlainGeometry {
  const walk = (value: unknown): unknown => {
    if (isPosition(value)) return value.map(round)
    if (!Array.isArray(value)) return value
    const items = value.map(walk)
    if (!isPosition(items[0])) return items
    return (items as Position[]).filter((p, i, all) => i === 0 || !samePosition(p, all[i - 1] as Position))
  }
  return { type: geometry.type, coordinates: walk(geometry.coordinates) }
}

function samePosition(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1]
}

/** The rings of a Polygon or MultiPolygon (none for any other geometry). */
function polygonRings(geometry: PlainGeometry | null): Position[][] {
  if (geometry?.type === 'Polygon') return geometry.coordinates as Position[][]
  if (geometry?.type === 'MultiPolygon') return (geometry.coordinates as Position[][][]).flat()
  return []
}

/**
 * The runs of the ring's segments that no earlier ring drew (each segment keyed by its two ends in
 * either direction), recording the new ones in `drawn`.
 */
function newSegmentRuns(ring: readonly Position[], drawn: Set<string>): Position[][] {
  const runs: Position[][] = []
  let run: Position[] = []
  for (let i = 1; i < ring.length; i++) {
    const a = ring[i - 1] as Position
    const b = ring[i] as Position
    if (samePosition(a, b)) continue
    const [ka, kb] = [`${a[0]},${a[1]}`, `${b[0]},${b[1]}`]
    const key = ka < kb ? `${ka} ${kb}` : `${kb} ${ka}`
    if (drawn.has(key)) {
      if (run.length > 1) runs.push(run)
      run = []
      continue
    }
    drawn.add(key)
    if (run.length === 0) run.push(a)
    run.push(b)
  }
  if (run.length > 1) runs.push(run)
  return runs
}
