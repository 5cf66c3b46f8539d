import type { ControlView, IsoDate, LngLat, Side } from '../domain/index.js'
import { PointCache } from './point-cache.js'

/**
 * Distance from a point to one side's territory on a date, km: positive when the point lies
 * outside it (how far that side still has to go), negative when inside (how deep inside it is).
 * Russian territory is the occupied area; Ukrainian territory is the rest of the covered map.
 * An advance by a side makes this number smaller, wherever the point lies. Null before the series.
 */
export function signedDistanceKm(view: ControlView, at: LngLat, date: IsoDate, side: Side, likelyInside = false): number | null {
  // Outside the occupied area the distance to it is the distance to the line (one point-in-polygon
  // test and one boundary search, no coverage test); inside, the depth comes from the status query.
  // A point that was inside last time is asked the status query first, which answers both.
  let toRussian: number
  const outside = likelyInside ? 0 : view.distanceToOccupiedKm(at, date)
  if (outside === null) return null
  if (outside > 0) toRussian = outside
  else {
    const status = view.statusAt(at, date)
    if (!status) return null
    const inside = (status.side ?? (status.status === 'occupied' ? 'occupied' : 'free')) === 'occupied'
    toRussian = inside ? -status.distanceToLineKm : status.distanceToLineKm
  }
  return side === 'RU' ? toRussian : -toRussian
}

/** Signed distances cached by point and snapshot date (claims about one town share them). */
export class SignedDistances {
  private readonly cache = new PointCache<number | null>()
  /** Whether each point was inside the occupied area when last asked (points rarely cross the line). */
  private readonly lastInside = new PointCache<boolean>()
  constructor(private readonly view: ControlView) {}

  /** The distance on the snapshot in force on `date`, and that snapshot's date. */
  get(at: LngLat, date: IsoDate, side: Side): { readonly km: number; readonly snapshot: IsoDate } | null {
    const snapshot = this.view.snapshotDateOn(date)
    if (snapshot === null) return null
    // Cached for Russian territory; Ukrainian-held ground is its complement, so the sign flips.
    let km = this.cache.get(at, snapshot)
    if (km === undefined) {
      km = signedDistanceKm(this.view, at, snapshot, 'RU', this.lastInside.get(at) ?? false)
      this.cache.set(at, km, snapshot)
      if (km !== null) this.lastInside.set(at, km < 0)
    }
    return km === null ? null : { km: side === 'RU' ? km : -km, snapshot }
  }
}
