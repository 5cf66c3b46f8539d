import type { ControlView, IsoDate, LngLat, Place } from '../domain/index.js'

// Convention 72 asked of the control history (round 20): who held the place a strike landed on, on the
// claim's date, is what the territorial-control map (DeepState's daily snapshots) draws. The map knows
// every village on both sides of the line, and a capture from the day the map drew it; the hand lists
// of held-ground-strike-side.ts know about a hundred towns and must be edited for each capture. The map
// answers only what it can: a settlement in Ukraine with a usable point, on a date its series covers,
// clear of the line. Everything else stays with the lists.

/** Where a place is, and how far its point may lie from the place itself (a hromada's centroid for a village the gazetteer has no point for). */
export interface PlacePoint {
  readonly at: LngLat
  readonly uncertaintyKm: number
}

/** The control history and how to place a resolved place on it, as the pipeline hands them to extraction. */
export interface HeldGroundMap {
  readonly control: ControlView
  /** The place's point, or null when it has none worth asking the map about. */
  pointOf(place: Place): PlacePoint | null
}

/** Who held a place on a date, and what said so: the map (with the snapshot it read), the map's first
 * snapshot for a date before its series (held-before-series.ts), or the hand lists. */
export interface GroundHolder {
  readonly holder: 'RU' | 'UA' | null
  readonly basis: 'control' | 'first-snapshot' | 'lists'
  /** The snapshot the map answered from (the latest on or before the date), when the map answered. */
  readonly snapshotDate: IsoDate | null
}

/**
 * The map's answer for a place on `on`, or null when the map cannot answer and the lists must:
 *  - a place that is not a settlement (a region's or a district's centroid says nothing of where in it a
 *    strike landed), or lies outside Ukraine: the map draws occupied Ukraine only, so its `free` near the
 *    border would put a Russian village on Ukrainian-held ground; Russia, Belarus and the rest keep the
 *    country rule of the lists;
 *  - a date before the series' first snapshot or after its last (the map past its end is silent about
 *    what changed since);
 *  - a point the series does not cover, or one within the edge band of the line or within its own
 *    uncertainty of it: the grey zone, where the map does not say who holds the ground.
 * `occupied` means Russia held the place on the snapshot in force on `on` (the latest on or before it);
 * `free`, Ukraine. `asked` keeps the answers of one run by point and date: each (place, date) is asked
 * of the map once, however many claims name the place.
 */
export function holderOnMap(place: Place, on: IsoDate | null, map: HeldGroundMap, asked: Map<string, GroundHolder | null>): GroundHolder | null {
  if (!on || place.kind !== 'settlement' || place.country !== 'UA') return null
  const coverage = map.control.coverage
  if (!coverage || on < coverage.start || on > coverage.end) return null
  const point = map.pointOf(place)
  if (!point) return null
  const key = `${point.at[0]},${point.at[1]},${point.uncertaintyKm}|${on}`
  const known = asked.get(key)
  if (known !== undefined) return known
  const status = map.control.statusAt(point.at, on)
  const answer: GroundHolder | null =
    !status || status.status === 'edge' || status.distanceToLineKm <= point.uncertaintyKm
      ? null
      : { holder: status.status === 'occupied' ? 'RU' : 'UA', basis: 'control', snapshotDate: status.snapshotDate }
  asked.set(key, answer)
  return answer
}
