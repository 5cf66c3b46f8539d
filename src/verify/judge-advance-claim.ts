import type { IsoDate, Side, Verdict } from '../domain/index.js'
import { addDays, daysBetween, formatWindow, minDate } from './dates.js'
import { describePlace, formatDays, formatKm } from './describe.js'
import type { SignedDistances } from './signed-distance.js'
import type { ClaimWindow, PlaceRef } from './verify-context.js'

export interface AdvanceClaimInput {
  readonly distances: SignedDistances
  readonly coverage: { readonly start: IsoDate; readonly end: IsoDate }
  readonly place: PlaceRef
  readonly side: Side
  /** Denied: the claim says the side did not advance ("little meaningful progress"). */
  readonly negated: boolean
  readonly window: ClaimWindow
  readonly horizonDays: number
  readonly lookbackDays: number
  readonly toleranceKm: number
}

const FORCES: Record<Side, string> = { RU: 'Russian forces', UA: 'Ukrainian forces' }
/** Follow-up checks after the window's end, as fractions of the horizon (then refined by bisection). */
const CHECK_FRACTIONS = [0, 1]
/** Bisection stops when the first snapshot showing the move is known to within this many days. */
const BISECT_DAYS = 3

/**
 * "Advancing toward X" / "progress near X": compares the distance from X to the advancing side's
 * territory before the claim's window (its start, or `lookbackDays` before a one-day claim) with the
 * distance at its end and at the horizon's end (bisected to within 3 days of the first snapshot
 * that shows a move). `consistent` as soon as that side came closer by
 * more than the tolerance (`lagDays`: when the map first showed it, after the window's end);
 * `contradicted` when the line instead moved away and still is farther at the horizon's end;
 * `pending` while the horizon has not passed; `unverifiable` when the map shows no movement larger
 * than the tolerance (an advance smaller than the map draws). A denied advance is the reverse:
 * consistent when the line did not come closer, contradicted when it did.
 */
export function judgeAdvanceClaim(input: AdvanceClaimInput): Verdict {
  const { distances, coverage, place, side, window, horizonDays: H, toleranceKm: tol } = input
  const label = describePlace(place)
  const says = `${FORCES[side]} ${input.negated ? 'made no advance' : 'advanced'} toward or near ${label} (${formatWindow(window)})`
  const base = { horizonDays: H, checkedThrough: coverage.end }
  const at = [place.lon, place.lat] as const
  if (window.end < coverage.start || window.start < coverage.start) {
    return { status: 'unverifiable', reason: `${says}: that begins before the map series starts (${coverage.start}).`, lagDays: null, snapshots: [], ...base }
  }
  const beforeDate = window.start === window.end ? addDays(window.start, -input.lookbackDays) : window.start
  const before = distances.get(at, beforeDate < coverage.start ? coverage.start : beforeDate, side)
  if (!before) return { status: 'unverifiable', reason: `${says}: no snapshot before the claim.`, lagDays: null, snapshots: [], ...base }
  const horizonEnd = addDays(window.end, H)
  const lastCheck = minDate(horizonEnd, coverage.end)
  const detail = (after: { km: number; snapshot: IsoDate }): Verdict['detail'] => ({
    kind: 'advance',
    placeId: place.id,
    placeName: place.name,
    side,
    distanceBeforeKm: round3(before.km),
    distanceAfterKm: round3(after.km),
    before: before.snapshot,
    after: after.snapshot,
    toleranceKm: tol,
  })
  const describeDistance = (km: number): string => (km >= 0 ? `${formatKm(km)} from ${side === 'RU' ? 'the occupied area' : 'Ukrainian-held ground'}` : `${formatKm(-km)} inside ${side === 'RU' ? 'the occupied area' : 'Ukrainian-held ground'}`)

  // Find the first check at which the side had come closer, then bisect to the first such snapshot.
  let previous: IsoDate = window.end
  let closer: { km: number; snapshot: IsoDate } | null = null
  if (window.end <= coverage.end) {
    for (const f of CHECK_FRACTIONS) {
      const date = minDate(addDays(window.end, Math.round(f * H)), lastCheck)
      const d = distances.get(at, date, side)
      if (d && before.km - d.km > tol) {
        closer = d
        let lo = previous
        let hi = date
        while (daysBetween(lo, hi) > BISECT_DAYS && f > 0) {
          const mid = addDays(lo, Math.floor(daysBetween(lo, hi) / 2))
          const m = distances.get(at, mid, side)
          if (m && before.km - m.km > tol) {
            hi = mid
            closer = m
          } else lo = mid
        }
        break
      }
      previous = date
      if (date === lastCheck) break
    }
  }
  if (closer) {
    const lagDays = Math.max(0, daysBetween(window.end, closer.snapshot))
    const movement = `the line came ${formatKm(before.km - closer.km)} closer: ${describeDistance(before.km)} on ${before.snapshot}, ${describeDistance(closer.km)} on ${closer.snapshot}`
    if (input.negated) {
      return { status: 'contradicted', reason: `${says}. But ${movement}.`, lagDays: null, snapshots: [before.snapshot, closer.snapshot], ...base, detail: detail(closer) }
    }
    return {
      status: 'consistent',
      reason: `${says}. The map agrees: ${movement}${lagDays > 0 ? ` (${formatDays(lagDays)} after the claim)` : ''}.`,
      lagDays,
      snapshots: [before.snapshot, closer.snapshot],
      ...base,
      detail: detail(closer),
    }
  }
  if (coverage.end < horizonEnd) {
    const now = distances.get(at, coverage.end, side)
    return {
      status: 'pending',
      reason: `${says}. The map shows no advance yet (${describeDistance(before.km)} on ${before.snapshot}${now ? `, ${describeDistance(now.km)} on ${now.snapshot}` : ''}); the ${H}-day horizon runs to ${horizonEnd}.`,
      lagDays: null,
      snapshots: now ? [before.snapshot, now.snapshot] : [before.snapshot],
      ...base,
      ...(now ? { detail: detail(now) } : {}),
    }
  }
  const end = distances.get(at, horizonEnd, side) as { km: number; snapshot: IsoDate }
  const receded = end.km - before.km > tol
  const change = `${describeDistance(before.km)} on ${before.snapshot}, ${describeDistance(end.km)} on ${end.snapshot}`
  if (input.negated) {
    return { status: 'consistent', reason: `${says}. The map agrees: no advance through the ${H}-day horizon (${change}).`, lagDays: null, snapshots: [before.snapshot, end.snapshot], ...base, detail: detail(end) }
  }
  if (receded) {
    return { status: 'contradicted', reason: `${says}. The map shows the line moving away instead (${change}), and still so ${H} days after the claim.`, lagDays: null, snapshots: [before.snapshot, end.snapshot], ...base, detail: detail(end) }
  }
  return {
    status: 'unverifiable',
    reason: `${says}. The map shows no movement of the line larger than ${formatKm(tol)} near ${label} through the ${H}-day horizon (${change}); it cannot confirm or rule out an advance smaller than it draws.`,
    lagDays: null,
    snapshots: [before.snapshot, end.snapshot],
    ...base,
    detail: detail(end),
  }
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000
}
