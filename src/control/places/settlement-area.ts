import geographiclib from 'geographiclib-geodesic'
import type { IsoDate, LngLat } from '../../domain/index.js'
import type { Box } from '../geometry/box.js'
import { clipToBox } from '../change/compute-change.js'
import type { PackedGeometry } from '../geometry/packed-geometry.js'

const { Geodesic } = geographiclib
const WGS84 = Geodesic.WGS84

// A settlement is a point in a gazetteer, but the line crosses a town over days or months. We follow
// the occupied share of a disc around the point (its radius from the population, see
// settlement-radius.ts) and report when the line crossed it.

/** A disc on the ellipsoid around a settlement's point: the area whose occupied share we follow. */
export interface Disc {
  readonly center: LngLat
  readonly radiusKm: number
  /** A 64-gon whose vertices lie `radiusKm` along geodesics from the centre (lng/lat, counter-clockwise, open). */
  readonly ring: readonly (readonly [number, number])[]
  /** Box of the ring, padded by 1e-4°. */
  readonly box: Box
  /** Geodesic area of the 64-gon, km². */
  readonly areaKm2: number
  /** The ring in the local plane (see `toPlane`), where shares are measured. */
  readonly planeRing: Float64Array
  readonly planeArea: number
}

const SIDES = 64

export function makeDisc(center: LngLat, radiusKm: number): Disc {
  if (!(radiusKm > 0)) throw new RangeError(`disc radius ${radiusKm} km is not a positive distance`)
  const ring: [number, number][] = []
  for (let k = 0; k < SIDES; k++) {
    // azimuths clockwise from north; walking them backwards makes the ring counter-clockwise
    const p = WGS84.Direct(center[1], center[0], 360 - (360 * k) / SIDES, radiusKm * 1000)
    ring.push([p.lon2 as number, p.lat2 as number])
  }
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (const [x, y] of ring) {
    minX = Math.min(minX, x)
    minY = Math.min(minY, y)
    maxX = Math.max(maxX, x)
    maxY = Math.max(maxY, y)
  }
  const polygon = WGS84.Polygon(false)
  for (const [x, y] of ring) polygon.AddPoint(y, x)
  const areaKm2 = Math.abs(polygon.Compute(false, true).area as number) / 1e6
  const planeRing = new Float64Array(2 * SIDES)
  const k = Math.cos((center[1] * Math.PI) / 180)
  ring.forEach(([x, y], i) => {
    planeRing[2 * i] = (x - center[0]) * k
    planeRing[2 * i + 1] = y - center[1]
  })
  const pad = 1e-4
  return { center, radiusKm, ring, box: [minX - pad, minY - pad, maxX + pad, maxY + pad], areaKm2, planeRing, planeArea: Math.abs(planeAreaOf(planeRing)) }
}

/**
 * The share (0..1) of the disc inside the occupied area of a snapshot. The snapshot is cut to the
 * disc's box, then each ring to the disc (Sutherland–Hodgman against the convex 64-gon: a ring's
 * cut may hold zero-width seams, which add no area), exteriors counted, holes taken off. Areas are
 * measured in the plane tangent at the centre with longitudes scaled by cos(latitude): over a few km
 * the ratio of two areas is the ellipsoid's to ~1e-5.
 */
export function occupiedShare(geometry: PackedGeometry, disc: Disc): number {
  const [minX, minY, maxX, maxY] = geometry.box
  if (maxX < disc.box[0] || minX > disc.box[2] || maxY < disc.box[1] || minY > disc.box[3]) return 0
  const clipped = clipToBox(geometry, disc.box)
  const k = Math.cos((disc.center[1] * Math.PI) / 180)
  let area = 0
  for (const polygon of clipped) {
    polygon.forEach((ring, r) => {
      const plane = new Float64Array(2 * ring.length)
      ring.forEach(([x, y], i) => {
        plane[2 * i] = ((x as number) - disc.center[0]) * k
        plane[2 * i + 1] = (y as number) - disc.center[1]
      })
      const part = Math.abs(planeAreaOf(clipToConvex(plane, disc.planeRing)))
      area += r === 0 ? part : -part
    })
  }
  // rounding leaves a wholly covered disc at 1 - 2e-16: such noise is snapped to 0 and 1
  const share = area / disc.planeArea
  return share >= 1 - 1e-9 ? 1 : share <= 1e-9 ? 0 : share
}

/** Sutherland–Hodgman: the part of a ring (flat x,y; closing vertex optional) inside a convex counter-clockwise ring. */
export function clipToConvex(subject: Float64Array, clip: Float64Array): Float64Array {
  let input = subject
  const n = clip.length / 2
  for (let e = 0; e < n && input.length >= 6; e++) {
    const ax = clip[2 * e] as number
    const ay = clip[2 * e + 1] as number
    const bx = clip[(2 * e + 2) % clip.length] as number
    const by = clip[(2 * e + 3) % clip.length] as number
    const side = (x: number, y: number) => (bx - ax) * (y - ay) - (by - ay) * (x - ax)
    const out: number[] = []
    const m = input.length / 2
    let px = input[2 * m - 2] as number
    let py = input[2 * m - 1] as number
    let ps = side(px, py)
    for (let i = 0; i < m; i++) {
      const qx = input[2 * i] as number
      const qy = input[2 * i + 1] as number
      const qs = side(qx, qy)
      if ((ps >= 0) !== (qs >= 0)) {
        const t = ps / (ps - qs)
        out.push(px + t * (qx - px), py + t * (qy - py))
      }
      if (qs >= 0) out.push(qx, qy)
      px = qx
      py = qy
      ps = qs
    }
    input = Float64Array.from(out)
  }
  return input.length >= 6 ? input : new Float64Array(0)
}

/** Shoelace area of a flat ring (positive when counter-clockwise). */
function planeAreaOf(ring: Float64Array): number {
  const n = ring.length / 2
  let twice = 0
  for (let i = 0, j = n - 1; i < n; j = i++) twice += (ring[2 * j] as number) * (ring[2 * i + 1] as number) - (ring[2 * i] as number) * (ring[2 * j + 1] as number)
  return twice / 2
}

/** Whether a segment comes within the disc (tested in a plane tangent at the centre, with 1% to spare). */
export function segmentMeetsDisc(disc: Disc, x1: number, y1: number, x2: number, y2: number): boolean {
  const [minX, minY, maxX, maxY] = disc.box
  if (Math.max(x1, x2) < minX || Math.min(x1, x2) > maxX || Math.max(y1, y2) < minY || Math.min(y1, y2) > maxY) return false
  const [cx, cy] = disc.center
  const kx = Math.cos((cy * Math.PI) / 180) * 111.32
  const ky = 110.57
  const ax = (x1 - cx) * kx
  const ay = (y1 - cy) * ky
  const bx = (x2 - cx) * kx
  const by = (y2 - cy) * ky
  const dx = bx - ax
  const dy = by - ay
  const length2 = dx * dx + dy * dy
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2))
  return Math.hypot(ax + t * dx, ay + t * dy) <= disc.radiusKm * 1.01
}

/** The occupied share of a settlement's disc from a snapshot on (the first snapshot, or one where it changed). */
export interface ShareStep {
  /** First snapshot showing this share. */
  readonly date: IsoDate
  /** The snapshot before it (null for the series' first snapshot). */
  readonly previousSnapshotDate: IsoDate | null
  /** 0..1. */
  readonly occupiedShare: number
}

/** Below this share the disc counts as wholly free, above 1 − this as wholly occupied: slivers along the line are not a crossing. */
export const SPLIT_SHARE = 0.02

export type DiscSide = 'free' | 'occupied' | 'split'

export function discSide(share: number): DiscSide {
  return share <= SPLIT_SHARE ? 'free' : share >= 1 - SPLIT_SHARE ? 'occupied' : 'split'
}

/**
 * One passage of the line into a settlement's area: from the first snapshot with more than 2% of
 * the disc off the side it was wholly on, to the first snapshot with it wholly (≥ 98%) on a side
 * again: the other side (the town changed hands), the same side (an assault that did not hold), or
 * none yet (`to: 'split'`, the series ends inside the episode).
 */
export interface AreaCrossing {
  /** The side the disc was wholly on before; null when the series starts with it split. */
  readonly from: 'free' | 'occupied' | null
  readonly to: DiscSide
  /** First snapshot of the episode (the series' first when it starts split). */
  readonly firstDate: IsoDate
  /** The snapshot before `firstDate`, still wholly on the `from` side (null when the series starts split). */
  readonly previousSnapshotDate: IsoDate | null
  /** First snapshot with at least half of the disc on the side away from `from` (for `from: null`: on the side it ended on); null if never. */
  readonly halfDate: IsoDate | null
  /** First snapshot wholly on a side again (null while split). */
  readonly lastDate: IsoDate | null
  /** The largest share away from `from` during the episode (for `from: 'free'`, the most of the disc ever occupied in it). */
  readonly peakShare: number
  /** Occupied share at `lastDate`, or at the series' end while split. */
  readonly occupiedShareAfter: number
}

/** The crossings of a settlement's area, from its share history (ShareStep[] in date order). */
export function findAreaCrossings(steps: readonly ShareStep[]): AreaCrossing[] {
  const out: AreaCrossing[] = []
  const first = steps[0]
  if (!first) return out
  type Open = { from: 'free' | 'occupied' | null; firstDate: IsoDate; previousSnapshotDate: IsoDate | null; shares: { date: IsoDate; share: number }[] }
  const startSide = discSide(first.occupiedShare)
  let settled: 'free' | 'occupied' | null = startSide === 'split' ? null : startSide
  let open: Open | null = startSide === 'split' ? { from: null, firstDate: first.date, previousSnapshotDate: null, shares: [{ date: first.date, share: first.occupiedShare }] } : null
  const close = (o: Open, to: DiscSide, lastDate: IsoDate | null): AreaCrossing => {
    const away = (share: number) => (o.from === 'occupied' ? 1 - share : o.from === 'free' ? share : to === 'free' ? 1 - share : share)
    const half = o.shares.find((s) => away(s.share) >= 0.5)
    const last = o.shares[o.shares.length - 1] as { share: number }
    return {
      from: o.from,
      to,
      firstDate: o.firstDate,
      previousSnapshotDate: o.previousSnapshotDate,
      halfDate: half?.date ?? null,
      lastDate,
      peakShare: Math.max(...o.shares.map((s) => away(s.share))),
      occupiedShareAfter: last.share,
    }
  }
  for (const step of steps.slice(1)) {
    const side = discSide(step.occupiedShare)
    if (!open) {
      if (side === settled) continue
      open = { from: settled, firstDate: step.date, previousSnapshotDate: step.previousSnapshotDate, shares: [] }
    }
    open.shares.push({ date: step.date, share: step.occupiedShare })
    if (side !== 'split') {
      out.push(close(open, side, step.date))
      settled = side
      open = null
    }
  }
  if (open) out.push(close(open, 'split', null))
  return out
}
