// `npm run build:basemap`: derives the map's local base layer (data/basemap/) from the team's
// reference data in ../shared/data/boundaries, so the UI needs no tile, font or glyph server.
// Rivers come from GSHHG (WDBII rivers) through GMT when `gmt` is installed (Debian: gmt, gmt-gshhg-low);
// without it the committed rivers file is kept. See data/basemap/SOURCE.md.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import polygonClipping from 'polygon-clipping'
import type { MultiPolygon, Position, Ring } from '../src/domain/index.js'
import { roundMultiPolygon, simplifyLine, simplifyMultiPolygon } from '../src/serve/simplify-geometry.js'
import { repoPath, sharedDataPath, sharedDataSkipReason } from '../src/testing/shared-data.js'

/** The theatre the UI shows: Ukraine, its neighbours' edges, the Russian border oblasts. */
const BBOX: [number, number, number, number] = [18, 42, 46, 56.5]
const TOLERANCE_DEG = 0.004
const DECIMALS = 4

/** Country names in the three languages, for the ones inside the box; others keep their English name. */
const COUNTRIES: Record<string, [uk: string, ru: string]> = {
  Ukraine: ['Україна', 'Украина'],
  Russia: ['Росія', 'Россия'],
  Belarus: ['Білорусь', 'Беларусь'],
  Poland: ['Польща', 'Польша'],
  Moldova: ['Молдова', 'Молдова'],
  Romania: ['Румунія', 'Румыния'],
  Hungary: ['Угорщина', 'Венгрия'],
  Slovakia: ['Словаччина', 'Словакия'],
  Georgia: ['Грузія', 'Грузия'],
  Turkey: ['Туреччина', 'Турция'],
  Bulgaria: ['Болгарія', 'Болгария'],
  Lithuania: ['Литва', 'Литва'],
  Latvia: ['Латвія', 'Латвия'],
}

interface Topology {
  transform: { scale: [number, number]; translate: [number, number] }
  arcs: [number, number][][]
  objects: Record<string, { geometries: { type: string; arcs: unknown; properties?: { name?: string } }[] }>
}

/** TopoJSON arcs are quantised and delta-encoded; a negative index ~i means arc i reversed. */
function decodeArcs(topology: Topology): Position[][] {
  const [sx, sy] = topology.transform.scale
  const [tx, ty] = topology.transform.translate
  return topology.arcs.map((arc) => {
    let x = 0
    let y = 0
    return arc.map(([dx, dy]) => {
      x += dx
      y += dy
      return [x * sx + tx, y * sy + ty]
    })
  })
}

function ringOf(arcIndexes: number[], arcs: Position[][]): Ring {
  const ring: Position[] = []
  for (const index of arcIndexes) {
    const arc = index >= 0 ? (arcs[index] as Position[]) : [...(arcs[~index] as Position[])].reverse()
    ring.push(...(ring.length ? arc.slice(1) : arc))
  }
  return ring
}

function toMultiPolygon(type: string, arcIndexes: unknown, arcs: Position[][]): MultiPolygon | null {
  if (type === 'Polygon') return { type: 'MultiPolygon', coordinates: [(arcIndexes as number[][]).map((r) => ringOf(r, arcs))] }
  if (type === 'MultiPolygon') {
    return { type: 'MultiPolygon', coordinates: (arcIndexes as number[][][]).map((p) => p.map((r) => ringOf(r, arcs))) }
  }
  return null
}

const box: [number, number][][] = [
  [
    [BBOX[0], BBOX[1]],
    [BBOX[2], BBOX[1]],
    [BBOX[2], BBOX[3]],
    [BBOX[0], BBOX[3]],
    [BBOX[0], BBOX[1]],
  ],
]

function clipToBox(geometry: MultiPolygon): MultiPolygon {
  const clipped = polygonClipping.intersection(geometry.coordinates as polygonClipping.MultiPolygon, box)
  return { type: 'MultiPolygon', coordinates: clipped as Position[][][] }
}

function forDisplay(geometry: MultiPolygon): MultiPolygon {
  return roundMultiPolygon(simplifyMultiPolygon(geometry, TOLERANCE_DEG), DECIMALS)
}

function feature(geometry: unknown, properties: Record<string, unknown>) {
  return { type: 'Feature', properties, geometry }
}

function writeLayer(name: string, features: unknown[]): void {
  const path = repoPath('data', 'basemap', `${name}.geojson`)
  const text = `${JSON.stringify({ type: 'FeatureCollection', features })}\n`
  writeFileSync(path, text)
  console.log(`basemap: ${path}: ${features.length} features, ${(text.length / 1024).toFixed(0)} kB`)
}

function buildCountries(): void {
  const topology = JSON.parse(readFileSync(sharedDataPath('boundaries', 'world-atlas_countries-50m.json'), 'utf8')) as Topology
  const arcs = decodeArcs(topology)
  const features = []
  for (const g of topology.objects.countries?.geometries ?? []) {
    const geometry = toMultiPolygon(g.type, g.arcs, arcs)
    if (!geometry) continue
    const clipped = forDisplay(clipToBox(geometry))
    if (clipped.coordinates.length === 0) continue
    const en = g.properties?.name ?? 'unknown'
    const [uk, ru] = COUNTRIES[en] ?? [en, en]
    features.push(feature(clipped, { name_en: en, name_uk: uk, name_ru: ru }))
  }
  writeLayer('countries', features)
}

/**
 * Oblast outlines come from the project's region layer (data/regions/oblasts.geojson, shipped by the
 * control stage); here only one label point per oblast is derived from it (a polygon label would
 * repeat in every tile the polygon crosses), with the names in the three languages.
 */
function buildOblastLabels(): void {
  type Fc = { features: { properties: { id: string; country: string; name: string; nameUk: string; nameRu: string }; geometry: MultiPolygon }[] }
  const layer = JSON.parse(readFileSync(repoPath('data', 'regions', 'oblasts.geojson'), 'utf8')) as Fc
  writeLayer(
    'oblast-labels',
    layer.features.map((f) =>
      feature({ type: 'Point', coordinates: labelPoint(f.geometry) }, { id: f.properties.id, country: f.properties.country, name_en: f.properties.name, name_uk: f.properties.nameUk, name_ru: f.properties.nameRu }),
    ),
  )
}

/** The area-weighted centroid of the largest outer ring (planar; oblasts are convex enough for a label). */
function labelPoint(geometry: MultiPolygon): [number, number] {
  let best: { area: number; x: number; y: number } = { area: -1, x: 0, y: 0 }
  for (const polygon of geometry.coordinates) {
    const ring = polygon[0] ?? []
    let a = 0
    let cx = 0
    let cy = 0
    for (let i = 0; i < ring.length - 1; i++) {
      const [x0, y0] = ring[i] as [number, number]
      const [x1, y1] = ring[i + 1] as [number, number]
      const cross = x0 * y1 - x1 * y0
      a += cross
      cx += (x0 + x1) * cross
      cy += (y0 + y1) * cross
    }
    if (Math.abs(a) > best.area) best = { area: Math.abs(a), x: cx / (3 * a), y: cy / (3 * a) }
  }
  return [Math.round(best.x * 1e4) / 1e4, Math.round(best.y * 1e4) / 1e4]
}

/** GMT's multi-segment text (`>` headers, "lon<TAB>lat" rows) → simplified LineStrings. */
function buildRivers(): void {
  let text: string
  try {
    text = execFileSync('gmt', ['coast', `-R${BBOX[0]}/${BBOX[2]}/${BBOX[1]}/${BBOX[3]}`, '-Di', '-I1', '-I2', '-I3', '-M'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
  } catch {
    console.log('basemap: gmt not available (apt-get install gmt gmt-gshhg-low): keeping the committed rivers layer')
    return
  }
  const lines: Position[][] = []
  let current: Position[] = []
  for (const row of text.split('\n')) {
    if (row.startsWith('>')) {
      if (current.length > 1) lines.push(current)
      current = []
    } else if (row.trim()) {
      const [lon, lat] = row.trim().split(/\s+/).map(Number)
      current.push([lon as number, lat as number])
    }
  }
  if (current.length > 1) lines.push(current)
  const f = 10 ** DECIMALS
  const features = lines
    .map((line) => simplifyLine(line, TOLERANCE_DEG / 2).map((p) => [Math.round((p[0] as number) * f) / f, Math.round((p[1] as number) * f) / f]))
    .filter((line) => line.length > 1)
    .map((coordinates) => feature({ type: 'LineString', coordinates }, {}))
  writeLayer('rivers', features)
}

const skip = sharedDataSkipReason('boundaries')
if (skip) {
  console.error(`build-basemap: ${skip}`)
  process.exit(1)
}
mkdirSync(repoPath('data', 'basemap'), { recursive: true })
buildCountries()
buildOblastLabels()
buildRivers()
