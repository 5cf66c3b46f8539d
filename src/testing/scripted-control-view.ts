import type { AreaAnswer, ChangeAnswer, ControlView, IsoDate, LngLat, MultiPolygon, StatusAnswer, Transition } from '../domain/index.js'
import { addDays } from '../text/index.js'

export interface ScriptedPoint {
  readonly initial: 'occupied' | 'free'
  /** [first day showing the new side, the side]. */
  readonly changes?: readonly (readonly [IsoDate, 'occupied' | 'free'])[]
  /** Distance to the line on a date, km (default 5). */
  readonly distanceKm?: (date: IsoDate) => number
}

/**
 * A ControlView with a snapshot every day from `start` to `end` and scripted sides per point, for
 * unit tests of rules that need exact, hand-made histories (real series are in the other tests).
 */
export function scriptedControlView(options: {
  readonly start: IsoDate
  readonly end: IsoDate
  readonly points: Readonly<Record<string, ScriptedPoint>>
  readonly areaKm2?: (date: IsoDate, region?: string) => number
}): ControlView {
  const key = (at: LngLat): string => `${at[0]},${at[1]}`
  const snapshotDateOn = (date: IsoDate): IsoDate | null => (date < options.start ? null : date > options.end ? options.end : date)
  const sideOn = (p: ScriptedPoint, date: IsoDate): 'occupied' | 'free' => {
    let side = p.initial
    for (const [d, s] of p.changes ?? []) if (d <= date) side = s
    return side
  }
  return {
    coverage: { start: options.start, end: options.end },
    snapshotDateOn,
    covers: (at) => options.points[key(at)] !== undefined,
    statusAt(at, date): StatusAnswer | null {
      const p = options.points[key(at)]
      const snapshot = snapshotDateOn(date)
      if (!p || !snapshot) return null
      const side = sideOn(p, snapshot)
      const distance = p.distanceKm?.(snapshot) ?? 5
      return { at, date, snapshotDate: snapshot, status: distance <= 1 ? 'edge' : side, distanceToLineKm: distance, edgeKm: 1, side }
    },
    transitions(at): readonly Transition[] {
      const p = options.points[key(at)]
      if (!p) return []
      const out: Transition[] = []
      let side = p.initial
      for (const [d, s] of p.changes ?? []) {
        if (s === side) continue
        out.push({ date: d, previousSnapshotDate: addDays(d, -1), from: side, to: s })
        side = s
      }
      return out
    },
    areaOn(date, region): AreaAnswer | null {
      const snapshot = snapshotDateOn(date)
      if (!snapshot || !options.areaKm2) return null
      return { date, snapshotDate: snapshot, areaKm2: options.areaKm2(snapshot, region), region: region ?? null }
    },
    changeBetween(from, to, region): ChangeAnswer | null {
      const a = snapshotDateOn(from)
      const b = snapshotDateOn(to)
      if (!a || !b || !options.areaKm2) return null
      const net = options.areaKm2(b, region) - options.areaKm2(a, region)
      const empty: MultiPolygon = { type: 'MultiPolygon', coordinates: [] }
      return { from, to, snapshotFrom: a, snapshotTo: b, region: region ?? null, gainedKm2: Math.max(net, 0), lostKm2: Math.max(-net, 0), netKm2: net, gained: empty, lost: empty }
    },
    distanceToOccupiedKm(at, date): number | null {
      const s = this.statusAt(at, date)
      return s ? (s.side === 'occupied' ? 0 : s.distanceToLineKm) : null
    },
  }
}
