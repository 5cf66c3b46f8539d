// The front line (control/geometry/front-line.ts) on real DeepState days (../shared/data):
//   1. working out which boundary edges are line, per snapshot (once per geometry)
//   2. the distance query statusAt makes, to the land front, against the old one (the nearest edge
//      of the whole boundary), side by side in this process over the gazetteer's settlements in
//      Ukraine; the ratio is new / old (target: no more than ~2x)
//   3. the figure that changes: settlements inside the occupied area that were `edge` (within 1 km
//      of the whole boundary) and are now `occupied` (over 1 km from the land front)
import { loadavg } from 'node:os'
import { loadRegionLayer } from '../src/control/index.js'
import { nearestBoundaryPoint } from '../src/control/geometry/distance-to-boundary.js'
import { findFrontLine, measureToFrontLine } from '../src/control/geometry/front-line.js'
import { NationalOutline } from '../src/control/geometry/national-outline.js'
import { packMultiPolygon } from '../src/control/geometry/packed-geometry.js'
import { isPointInGeometry } from '../src/control/geometry/point-in-geometry.js'
import { OUTLINE_TOLERANCE_KM } from '../src/control/series/control-series.js'
import { loadGazetteer } from '../src/geoparse/index.js'
import { loadSharedDays, sharedDaysSkipReason } from '../src/testing/control-slice.js'

const DAYS = ['2024-12-01', '2025-06-01', '2025-12-01', '2026-06-01']
const skip = sharedDaysSkipReason(DAYS)
if (skip) {
  console.log(`front-line: skipped (${skip})`)
  process.exit(0)
}
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 1 ? 4 : 2)} ms`)
console.log(`load average at start: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`)

const t0 = performance.now()
const outline = new NationalOutline(loadRegionLayer().regions.filter((r) => r.country === 'UA').map((r) => r.coordinates))
console.log(`outline: ${outline.segments.length / 4} edges from the oblast layer, indexed in ${fmt(performance.now() - t0)}`)

const settlements = loadGazetteer().entries.filter((e) => e.kind === 'settlement' && e.country === 'UA')
const points = settlements.map((e) => [e.lon, e.lat] as const)
console.log(`${points.length} gazetteer settlements in Ukraine`)

for (const snapshot of loadSharedDays(DAYS)) {
  const g = packMultiPolygon(snapshot.geometry)
  // 1. classification (best of 5: it runs once per geometry)
  let classifyMs = Infinity
  let line = findFrontLine(g, outline, OUTLINE_TOLERANCE_KM)
  for (let k = 0; k < 5; k++) {
    const s = performance.now()
    line = findFrontLine(g, outline, OUTLINE_TOLERANCE_KM)
    classifyMs = Math.min(classifyMs, performance.now() - s)
  }
  const inside = points.map(([x, y]) => isPointInGeometry(g, x, y))
  // 2. A/B, alternating rounds so load spikes fall on both
  const oldKm = new Float64Array(points.length)
  const newKm = new Float64Array(points.length)
  const nearKm = new Float64Array(points.length)
  let oldMs = 0
  let newMs = 0
  for (let round = 0; round < 3; round++) {
    let s = performance.now()
    for (let i = 0; i < points.length; i++) oldKm[i] = nearestBoundaryPoint(g, points[i]![0], points[i]![1])?.distanceKm ?? Infinity
    oldMs += performance.now() - s
    s = performance.now()
    for (let i = 0; i < points.length; i++) {
      const d = measureToFrontLine(g, line, inside[i]!, points[i]![0], points[i]![1])
      newKm[i] = d.toLineKm
      nearKm[i] = d.toBoundaryKm
    }
    newMs += performance.now() - s
  }
  // 3. status at the default 1 km edge band, old and new
  const EDGE_KM = 1
  let insideCount = 0
  let edgeToOccupied = 0
  let freeToEdge = 0
  const examples: string[] = []
  for (let i = 0; i < points.length; i++) {
    const oldStatus = oldKm[i]! <= EDGE_KM ? 'edge' : inside[i] ? 'occupied' : 'free'
    const newStatus = newKm[i]! <= EDGE_KM || nearKm[i]! <= EDGE_KM ? 'edge' : inside[i] ? 'occupied' : 'free'
    if (inside[i]) insideCount++
    if (oldStatus === 'edge' && newStatus === 'occupied') {
      edgeToOccupied++
      if (examples.length < 8) examples.push(`${settlements[i]!.name} ${oldKm[i]!.toFixed(1)} -> ${newKm[i]!.toFixed(0)} km`)
    }
    if (oldStatus !== newStatus && newStatus === 'edge') freeToEdge++
  }
  const perOld = (oldMs / 3 / points.length) * 1000
  const perNew = (newMs / 3 / points.length) * 1000
  console.log(
    `${snapshot.date}: ${g.xy.length / 2} vertices, ${line.lineEdges} of them front line; classified in ${fmt(classifyMs)}\n` +
      `  distance query: new (to the land front) ${perNew.toFixed(1)} µs per point, old (whole boundary) ${perOld.toFixed(1)} µs; ratio new/old ${(perNew / perOld).toFixed(2)}×\n` +
      `  settlements inside the occupied area: ${insideCount}; edge -> occupied: ${edgeToOccupied} (e.g. ${examples.join('; ')}); newly edge: ${freeToEdge}`,
  )
}
console.log(`load average at end: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`)
