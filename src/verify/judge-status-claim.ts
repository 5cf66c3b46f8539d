import type { ControlView, IsoDate, Verdict } from '../domain/index.js'
import type { StatusExpectation } from './claim-expectation.js'
import { addDays, daysBetween, daysFromWindow, formatWindow, minDate } from './dates.js'
import { describeLag, describePlace, formatDays } from './describe.js'
import { intervalOn, isLasting, type PlaceTimeline, type SideInterval } from './place-timeline.js'
import type { ClaimWindow, PlaceRef } from './verify-context.js'

export interface StatusJudgement {
  readonly verdict: Verdict
  /**
   * Set when an event is reported as new but the map shows the place on the claimed side since
   * long before (more than the horizon before the claim): a `stale-event` finding.
   */
  readonly staleSince?: { readonly date: IsoDate; readonly beforeSeries: boolean }
}

export interface StatusClaimInput {
  readonly view: ControlView
  readonly timeline: PlaceTimeline
  readonly place: PlaceRef
  readonly expectation: StatusExpectation
  readonly window: ClaimWindow
  readonly horizonDays: number
}

/**
 * A capture / withdrawal / control claim (or its denial) against one place's side of the line.
 *
 * - `confirmed` when the map shows the claimed side in a stretch that lasts at least the horizon
 *   (or still holds at the series end) and that, for an event, begins within the horizon before
 *   or after the claim's time, and for a state covers the claim's time or begins within the
 *   horizon after it. `lagDays` = the first snapshot showing it − the claim's time.
 * - `contradicted` when, once the horizon has passed, the map shows the other side at its end
 *   (a brief showing of the claimed side that did not last does not save the claim), or when an
 *   event is reported long after the map showed it (stale).
 * - `consistent` when the map shows the claimed side at the horizon's end but not for long enough
 *   to count as settled; `pending` when the horizon has not passed and the map does not show it yet;
 *   `unverifiable` for a time before the series.
 */
export function judgeStatusClaim(input: StatusClaimInput): StatusJudgement {
  const { view, timeline, place, expectation, window, horizonDays: H } = input
  const { coverage } = timeline
  const S = expectation.side
  const other = S === 'occupied' ? 'free' : 'occupied'
  const label = describePlace(place)
  const says = `${expectation.says(label)} (${formatWindow(window)}${window.basis === 'publication' ? ', the publication date' : ''})`
  const horizonEnd = addDays(window.end, H)
  const earliest = expectation.type === 'event' ? addDays(window.start, -H) : window.start
  const base = { horizonDays: H, checkedThrough: coverage.end }
  const detail = (mapDate: IsoDate | null): Verdict['detail'] => ({ kind: 'status', placeId: place.id, placeName: place.name, expected: S, claimType: expectation.type, mapDate })
  const snap = (date: IsoDate): IsoDate | null => view.snapshotDateOn(date)
  const snapshots = (...dates: (IsoDate | null | undefined)[]): IsoDate[] => [...new Set(dates.filter((d): d is IsoDate => typeof d === 'string'))].sort()
  const since = (i: SideInterval): string => (i.fromSeriesStart ? `since before the series starts (${coverage.start})` : `since ${i.start}`)

  if (window.end < coverage.start) {
    return { verdict: { status: 'unverifiable', reason: `${says}: that is before the map series starts (${coverage.start}), so the map cannot show it.`, lagDays: null, snapshots: [], ...base, detail: detail(null) } }
  }

  const candidates = timeline.intervals.filter((i) =>
    i.side !== S
      ? false
      : expectation.type === 'event'
        ? !i.fromSeriesStart && i.start >= earliest && i.start <= horizonEnd
        : i.start <= horizonEnd && (i.end === null || i.end > window.start),
  )
  const lasting = candidates.filter((i) => isLasting(i, H))
  const chosen = pickInterval(lasting, window, expectation.type)
  if (chosen) {
    const inWindow = chosen.start <= window.end
    const longStanding = expectation.type === 'state' && inWindow && (chosen.fromSeriesStart || chosen.start < addDays(window.start, -H))
    const lagDays = longStanding ? null : daysFromWindow(window, chosen.start)
    const held = chosen.end === null ? `and still so on the last snapshot (${coverage.end})` : `for ${formatDays(daysBetween(chosen.start, chosen.end))} (until ${chosen.end})`
    const reason = longStanding
      ? `${says}. The map shows ${label} ${S} ${since(chosen)}, ${held} — a standing situation, so there is no lag to measure.`
      : `${says}. The map shows ${label} ${S} from ${chosen.start}${chosen.previousSnapshot ? ` (${other} on ${chosen.previousSnapshot})` : ''}, ${held}: ${describeLag(lagDays as number)}.`
    return {
      verdict: {
        status: 'confirmed',
        reason,
        lagDays,
        snapshots: longStanding ? snapshots(snap(minDate(window.end, coverage.end))) : snapshots(chosen.previousSnapshot, chosen.start),
        ...base,
        detail: detail(chosen.fromSeriesStart ? null : chosen.start),
      },
    }
  }

  const brief = candidates.filter((i) => !isLasting(i, H))
  const briefNote = brief.length
    ? `; it showed it ${S} only briefly (${brief.map((i) => `${i.start}..${i.end} (${i.end ? formatDays(daysBetween(i.start, i.end)) : ''})`).join(', ')}), not the ${H} days a settled change needs`
    : ''
  const current = intervalOn(timeline, minDate(window.end, coverage.end))

  if (expectation.type === 'event' && current.side === S && !candidates.includes(current)) {
    // Already on the claimed side long before the claim: the event is not new.
    if (current.fromSeriesStart && earliest < coverage.start) {
      return {
        verdict: {
          status: 'unverifiable',
          reason: `${says}. The map shows ${label} ${S} from the series start (${coverage.start}) on; a change in the ${H} days before the claim would fall partly before the series, so the map cannot date it.`,
          lagDays: null,
          snapshots: snapshots(coverage.start, snap(minDate(window.end, coverage.end))),
          ...base,
          detail: detail(null),
        },
      }
    }
    const reason = current.fromSeriesStart
      ? `${says}. The map shows ${label} ${S} from before the series starts (${coverage.start}) through the claim, with no change near it: as far as the map shows, nothing changed hands there.`
      : `${says}. The map shows ${label} ${S} since ${current.start}, ${formatDays(daysBetween(current.start, window.start))} before the claim, with no change within ${H} days of it: what is reported as new happened long before.`
    return {
      verdict: {
        status: 'contradicted',
        reason,
        lagDays: null,
        snapshots: snapshots(current.fromSeriesStart ? coverage.start : current.start, current.previousSnapshot, snap(minDate(window.end, coverage.end))),
        ...base,
        detail: detail(current.fromSeriesStart ? null : current.start),
      },
      staleSince: { date: current.fromSeriesStart ? coverage.start : current.start, beforeSeries: current.fromSeriesStart },
    }
  }

  if (coverage.end < horizonEnd) {
    const last = intervalOn(timeline, coverage.end)
    return {
      verdict: {
        status: 'pending',
        reason: `${says}. The map does not show it yet: ${label} is ${last.side} on the last snapshot (${coverage.end}), ${since(last)}${briefNote}; the ${H}-day horizon runs to ${horizonEnd}.`,
        lagDays: null,
        snapshots: snapshots(snap(minDate(window.end, coverage.end)), coverage.end),
        ...base,
        detail: detail(null),
      },
    }
  }

  const atHorizon = intervalOn(timeline, horizonEnd)
  if (atHorizon.side !== S) {
    return {
      verdict: {
        status: 'contradicted',
        reason: `${says}. The map shows ${label} ${atHorizon.side} ${since(atHorizon)} and still on ${horizonEnd}, ${H} days after the claim${briefNote}.`,
        lagDays: null,
        snapshots: snapshots(snap(minDate(window.end, coverage.end)), atHorizon.fromSeriesStart ? null : atHorizon.start, atHorizon.previousSnapshot, snap(horizonEnd)),
        ...base,
        detail: detail(null),
      },
    }
  }
  return {
    verdict: {
      status: 'consistent',
      reason: `${says}. The map shows ${label} ${S} from ${atHorizon.start}, but not for the ${H} days that make a change settled (${other} again from ${atHorizon.end ?? '?'}): not contradicted, not confirmed.`,
      lagDays: null,
      snapshots: snapshots(atHorizon.previousSnapshot, atHorizon.start, atHorizon.end),
      ...base,
      detail: detail(atHorizon.start),
    },
  }
}

/** The interval that decides: for an event the one nearest the claim's time; for a state the one covering it, else the first after. */
function pickInterval(intervals: readonly SideInterval[], window: ClaimWindow, type: 'event' | 'state'): SideInterval | null {
  if (intervals.length === 0) return null
  if (type === 'state') return intervals.find((i) => i.start <= window.end) ?? (intervals[0] as SideInterval)
  let best = intervals[0] as SideInterval
  for (const i of intervals) if (Math.abs(daysFromWindow(window, i.start)) < Math.abs(daysFromWindow(window, best.start))) best = i
  return best
}
