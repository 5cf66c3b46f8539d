import type { ControlView, IsoDate, LngLat } from '../domain/index.js'
import { daysBetween } from './dates.js'

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
 * Ukraine and the occupied areas: the map cannot say who holds it). One status query and one
 * transitions query per place; every date question after that is a lookup.
 */
export function buildPlaceTimeline(view: ControlView, at: LngLat): PlaceTimeline | null {
  const coverage = view.coverage
  if (!coverage || !view.covers(at)) return null
  const first = view.statusAt(at, coverage.start)
  if (!first) return null
  let side: 'occupied' | 'free' = first.side ?? (first.status === 'occupied' ? 'occupied' : 'free')
  const intervals: SideInterval[] = []
  let start = coverage.start
  let previousSnapshot: IsoDate | null = null
  for (const t of view.transitions(at)) {
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

/** Caches timelines by point for one verification run (claims about one town share one timeline). */
export class PlaceTimelines {
  private readonly cache = new Map<string, PlaceTimeline | null>()
  constructor(private readonly view: ControlView) {}

  get(at: LngLat): PlaceTimeline | null {
    const key = `${at[0]},${at[1]}`
    let timeline = this.cache.get(key)
    if (timeline === undefined) {
      timeline = buildPlaceTimeline(this.view, at)
      this.cache.set(key, timeline)
    }
    return timeline
  }
}
