import type { ControlView, IsoDate, LngLat, Transition } from '../domain/index.js'
import { daysBetween } from './dates.js'
import { PointCache } from './point-cache.js'

/** A stretch of time during which the map kept a place on one side of the line. */
export interface SideInterval {
  readonly side: 'occupied' | 'free'
  /** First snapshot date showing this side (for the first interval: the series start). */
  readonly start: IsoDate
  /** First snapshot date showing the other side again (exclusive), or null when it still holds at the series end. */
  readonly end: IsoDate | null
  /** The last snapshot of the previous side (null for the first interval). */
  readonly previousSnapshot: IsoDate | null
  /** The first interval: the side was already so when the series starts, since an unknown date. */
  readonly fromSeriesStart: boolean
}

/** A place's sides over the whole series, from its first status and its transitions. */
export interface PlaceTimeline {
  readonly at: LngLat
  readonly coverage: { readonly start: IsoDate; readonly end: IsoDate }
  readonly intervals: readonly SideInterval[]
}

/**
 * The place's timeline, or null when the series is empty or does not cover the point (outside
 * Ukraine and the occupied areas: the map cannot say who holds it). The first side comes from the
 * first transition when there is one (a point that ever changed sides is covered); only a point that
 * never changed needs a coverage test and a point-in-polygon query.
 */
export function buildPlaceTimeline(view: ControlView, at: LngLat, known?: readonly Transition[]): PlaceTimeline | null {
  const coverage = view.coverage
  if (!coverage) return null
  const transitions = known ?? view.transitions(at)
  let side: 'occupied' | 'free'
  const firstChange = transitions[0]
  if (firstChange) side = firstChange.from
  else {
    // Never changed: one side throughout. Distance 0 to the occupied area means inside it.
    if (!view.covers(at)) return null
    const d = view.distanceToOccupiedKm(at, coverage.start)
    if (d === null) return null
    side = d === 0 ? 'occupied' : 'free'
  }
  const intervals: SideInterval[] = []
  let start = coverage.start
  let previousSnapshot: IsoDate | null = null
  for (const t of transitions) {
    intervals.push({ side, start, end: t.date, previousSnapshot, fromSeriesStart: previousSnapshot === null })
    side = t.to
    start = t.date
    previousSnapshot = t.previousSnapshotDate
  }
  intervals.push({ side, start, end: null, previousSnapshot, fromSeriesStart: previousSnapshot === null })
  return { at, coverage, intervals }
}

/** The interval in force on `date` (the first one for dates before the series; the last after it). */
export function intervalOn(timeline: PlaceTimeline, date: IsoDate): SideInterval {
  const list = timeline.intervals
  let lo = 0
  let hi = list.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((list[mid] as SideInterval).start <= date) lo = mid
    else hi = mid - 1
  }
  return list[lo] as SideInterval
}

/** Whether an interval lasted at least `days` (one still holding at the series end counts as lasting). */
export function isLasting(interval: SideInterval, days: number): boolean {
  return interval.end === null || daysBetween(interval.start, interval.end) >= days
}

/**
 * Caches each point's transitions and timeline for one verification run (claims about one town
 * share them; place-confusion checks look at many look-alike towns' transitions first and build a
 * timeline only for those that changed near the claim).
 */
export class PlaceTimelines {
  private readonly timelines = new PointCache<PlaceTimeline | null>()
  private readonly changes = new PointCache<readonly Transition[]>()
  constructor(private readonly view: ControlView) {}

  transitions(at: LngLat): readonly Transition[] {
    let t = this.changes.get(at)
    if (t === undefined) {
      t = this.view.transitions(at)
      this.changes.set(at, t)
    }
    return t
  }

  get(at: LngLat): PlaceTimeline | null {
    let timeline = this.timelines.get(at)
    if (timeline === undefined) {
      timeline = buildPlaceTimeline(this.view, at, this.transitions(at))
      this.timelines.set(at, timeline)
    }
    return timeline
  }
}
