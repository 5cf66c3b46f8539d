// Builds data/regions/oblasts.geojson, the region layer `--region` uses, from the team's reference
// boundaries (../shared/data/boundaries, see its SOURCE.md):
//   - Ukraine: Minregion 2020 oblasts (CC BY-SA), 27 units incl. Crimea, Kyiv and Sevastopol;
//   - Russia: the five border oblasts from GIS-Lab / OpenStreetMap (ODbL).
// Simplified with Douglas–Peucker at SIMPLIFY_KM, keeping shared borders shared: every vertex
// where the set of regions through it changes is an anchor, and each stretch between anchors is
// simplified on its own, so two neighbours simplify their common border identically (no slivers).
// Run: npx tsx scripts/build-regions.ts [BOUNDARIES_DIR]
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { findSelfIntersections } from '../src/control/geometry/find-self-intersections.js'
import { normalizeMultiPolygon } from '../src/control/geometry/normalize-multipolygon.js'
import { packMultiPolygon } from '../src/control/geometry/packed-geometry.js'
import { normalizeRegionName } from '../src/control/regions/normalize-region-name.js'
import { repoPath, sharedDataPath } from '../src/testing/shared-data.js'
import { REGION_NAMES } from './region-names.js'

const SIMPLIFY_KM = 0.25
const DECIMALS = 6

type Pt = [number, number]
type Ring = Pt[]
interface Feature { properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } }

const dir = process.argv[2] ?? sharedDataPath('boundaries')
const sources = [
  { file: 'ua_oblasts_minregion_2020.geojson', nameProperty: 'ADMIN_1' },
  { file: 'ru_border_oblasts_gislab_osm.geojson', nameProperty: 'name' },
]

const regions: { names: (typeof REGION_NAMES)[number]; polygons: Ring[][] }[] = []
for (const source of sources) {
  const collection = JSON.parse(readFileSync(join(dir, source.file), 'utf8')) as { features: Feature[] }
  for (const feature of collection.features) {
    const sourceName = String(feature.properties[source.nameProperty])
    const names = REGION_NAMES.find((r) => r.sourceName === sourceName)
    if (!names) throw new Error(`${source.file}: no names for region ${JSON.stringify(sourceName)} (add it to scripts/region-names.ts)`)
    const g = feature.geometry
    const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Ring[][]
    regions.push({ names, polygons: polygons.map((p) => p.map((ring) => ring.map(([x, y]) => [x as number, y as number] as Pt))) })
  }
}
const missing = REGION_NAMES.filter((n) => !regions.some((r) => r.names.id === n.id))
if (missing.length > 0) throw new Error(`no geometry for ${missing.map((m) => m.id).join(', ')}`)
checkAliasesAreUnambiguous()

// which regions pass through each vertex
const key = (p: Pt) => `${p[0]},${p[1]}`
const owners = new Map<string, Set<number>>()
regions.forEach((region, i) => {
  for (const polygon of region.polygons) for (const ring of polygon) for (const p of ring) {
    const set = owners.get(key(p)) ?? new Set<number>()
    set.add(i)
    owners.set(key(p), set)
  }
})
const signature = (p: Pt) => [...(owners.get(key(p)) ?? [])].sort((a, b) => a - b).join(',')

// Simplifying can make a ring cross itself or its neighbour where a border runs close to another
// (spits, reservoirs). Each round pins the original vertices near every new crossing as anchors,
// for all regions through them, and simplifies again.
const pinned = new Set<string>()
const originalCrossings = new Set(regions.flatMap((region) => crossingsOf(region.polygons).map((c) => key(c))))
let features = buildFeatures()
for (let round = 1; round <= 12; round++) {
  const fresh = features.flatMap((f) => crossingsOf(f.geometry.coordinates as Ring[][])).filter((c) => !originalCrossings.has(key(c)))
  if (fresh.length === 0) break
  for (const c of fresh) pinNear(c, 0.004 * round)
  features = buildFeatures()
  if (round === 12) console.warn(`still ${fresh.length} crossings after ${round} rounds`)
}

function buildFeatures() {
  return regions.map((region) => {
  const polygons: Ring[][] = []
  for (const polygon of region.polygons) {
    const rings: Ring[] = []
    for (const [r, ring] of polygon.entries()) {
      const simplified = simplifyRing(ring)
      if (simplified.length >= 4) rings.push(simplified)
      else if (r === 0) break
    }
    if (rings.length > 0) polygons.push(rings)
  }
  const { names } = region
  return {
    type: 'Feature',
    properties: { id: names.id, country: names.country, name: names.name, nameUk: names.nameUk, nameRu: names.nameRu, aliases: names.aliases },
    geometry: { type: 'MultiPolygon', coordinates: polygons.map((p) => p.map((ring) => ring.map(([x, y]) => [round(x), round(y)] as Pt))) },
  }
  })
}

function crossingsOf(polygons: Ring[][]): Pt[] {
  const packed = packMultiPolygon(normalizeMultiPolygon(polygons).coordinates)
  return findSelfIntersections(packed, 1000).map((c) => [c.at[0], c.at[1]] as Pt)
}

function pinNear(at: Pt, radiusDeg: number): void {
  for (const k of owners.keys()) {
    const [x, y] = k.split(',').map(Number) as [number, number]
    if (Math.abs(x - at[0]) <= radiusDeg && Math.abs(y - at[1]) <= radiusDeg) pinned.add(k)
  }
}

const out = {
  type: 'FeatureCollection',
  // See data/regions/SOURCE.md for origin, licenses and attribution.
  attribution: 'Ukraine: © Мінрегіон (Minregion), CC BY-SA; Russian border oblasts: © OpenStreetMap contributors / GIS-Lab, ODbL',
  features,
}
const target = repoPath('data', 'regions', 'oblasts.geojson')
writeFileSync(target, `${JSON.stringify(out)}\n`)
const vertices = features.reduce((n, f) => n + f.geometry.coordinates.flat(2).length, 0)
console.log(`${target}: ${features.length} regions, ${vertices} vertices`)

function simplifyRing(ring: Ring): Ring {
  const open = ring.slice(0, -1)
  const n = open.length
  const anchors: number[] = []
  for (let i = 0; i < n; i++) {
    const s = signature(open[i] as Pt)
    if (s !== signature(open[(i + n - 1) % n] as Pt) || s !== signature(open[(i + 1) % n] as Pt) || s.split(',').length >= 3 || pinned.has(key(open[i] as Pt))) anchors.push(i)
  }
  if (anchors.length === 0) {
    // no shared border (an island, or a region alone): anchor at its first and its farthest vertex
    let far = 0
    for (let i = 1; i < n; i++) if (distanceKm(open[0] as Pt, open[i] as Pt) > distanceKm(open[0] as Pt, open[far] as Pt)) far = i
    anchors.push(0, far)
  }
  const out: Ring = []
  for (let a = 0; a < anchors.length; a++) {
    const from = anchors[a] as number
    const to = anchors[(a + 1) % anchors.length] as number
    const stretch: Ring = []
    for (let i = from; ; i = (i + 1) % n) {
      stretch.push(open[i] as Pt)
      if (i === to && stretch.length > 1) break
      if (stretch.length > n + 1) break
    }
    // simplify each shared stretch in one canonical direction so both neighbours keep the same vertices
    const forward = key(stretch[0] as Pt) <= key(stretch[stretch.length - 1] as Pt)
    const kept = forward ? douglasPeucker(stretch) : douglasPeucker([...stretch].reverse()).reverse()
    out.push(...kept.slice(0, -1))
  }
  out.push(out[0] as Pt)
  return out
}

function douglasPeucker(points: Ring): Ring {
  if (points.length <= 2) return points
  const first = points[0] as Pt
  const last = points[points.length - 1] as Pt
  let worst = -1
  let worstDistance = 0
  for (let i = 1; i < points.length - 1; i++) {
    const d = segmentDistanceKm(points[i] as Pt, first, last)
    if (d > worstDistance) {
      worstDistance = d
      worst = i
    }
  }
  if (worst < 0 || worstDistance <= SIMPLIFY_KM) return [first, last]
  const left = douglasPeucker(points.slice(0, worst + 1))
  const right = douglasPeucker(points.slice(worst))
  return [...left.slice(0, -1), ...right]
}

function segmentDistanceKm(p: Pt, a: Pt, b: Pt): number {
  const kx = 111.32 * Math.cos((p[1] * Math.PI) / 180)
  const ky = 110.6
  const ax = (a[0] - p[0]) * kx
  const ay = (a[1] - p[1]) * ky
  const bx = (b[0] - p[0]) * kx
  const by = (b[1] - p[1]) * ky
  const dx = bx - ax
  const dy = by - ay
  const l2 = dx * dx + dy * dy
  const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / l2))
  return Math.hypot(ax + t * dx, ay + t * dy)
}

function distanceKm(a: Pt, b: Pt): number {
  return segmentDistanceKm(a, b, b)
}

function round(x: number): number {
  return Math.round(x * 10 ** DECIMALS) / 10 ** DECIMALS
}

function checkAliasesAreUnambiguous(): void {
  const seen = new Map<string, string>()
  for (const r of REGION_NAMES) {
    for (const name of new Set([r.id, r.name, r.nameUk, r.nameRu, ...r.aliases].map(normalizeRegionName))) {
      const other = seen.get(name)
      if (other && other !== r.id) throw new Error(`region name "${name}" would match both ${other} and ${r.id}`)
      seen.set(name, r.id)
    }
  }
}
