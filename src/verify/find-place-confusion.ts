import type { ControlView, Finding, IsoDate, Span, Transition } from '../domain/index.js'
import type { StatusExpectation } from './claim-expectation.js'
import { addDays, formatWindow } from './dates.js'
import { describeLag, describePlace } from './describe.js'
import { greatCircleKm } from './judge-distance-claim.js'
import { judgeStatusClaim } from './judge-status-claim.js'
import type { PlaceTimeline } from './place-timeline.js'
import type { ClaimWindow, PlaceDirectory, PlaceRef, SimilarPlace } from './verify-context.js'

/** A similarly named settlement's change to one side of the line, on the first snapshot showing it. */
export interface LookalikeChange {
  readonly candidate: SimilarPlace
  readonly date: IsoDate
}

export interface PlaceConfusionInput {
  readonly view: ControlView
  readonly timelineOf: (place: PlaceRef) => PlaceTimeline | null
  /**
   * The changes to `side` of the place's look-alikes, in date order (the verifier builds them once
   * per place and side from the gazetteer's look-alikes and their transitions).
   */
  readonly lookalikeChanges: (place: PlaceRef, side: 'occupied' | 'free') => readonly LookalikeChange[]
  /** The place the contradicted claim names, and where the text names it. */
  readonly place: PlaceRef
  readonly span: Span | null
  readonly claimId: string
  readonly expectation: StatusExpectation
  readonly window: ClaimWindow
  readonly horizonDays: number
}

// Entries this close to the named place are the same town under another entry, not a different town.
const SAME_PLACE_KM = 3

/**
 * `place-confusion`: the map contradicts a claim about X, but a similarly named Y (Siversk for
 * Sievierodonetsk, Pokrovske for Pokrovsk) went to the claimed side within the horizon of the
 * claim's time. The claim is re-checked against each similarly named settlement the map covers;
 * one that the map confirms with a change near the claim (not a long-standing state) is suggested,
 * the most similar name first.
 */
export function findPlaceConfusion(input: PlaceConfusionInput): Finding | null {
  const { place, expectation, window } = input
  const matches: { candidate: PlaceRef; similarity: number; lagDays: number; mapDate: string }[] = []
  // A confirmation of Y with a lag needs Y to go to the claimed side within the horizon of the window.
  const from = addDays(window.start, -input.horizonDays)
  const to = addDays(window.end, input.horizonDays)
  const changes = input.lookalikeChanges(place, expectation.side)
  const seen = new Set<string>()
  for (let k = firstOnOrAfter(changes, from); k < changes.length && (changes[k] as LookalikeChange).date <= to; k++) {
    const candidate = (changes[k] as LookalikeChange).candidate
    if (seen.has(candidate.id)) continue
    seen.add(candidate.id)
    const timeline = input.timelineOf(candidate)
    if (!timeline) continue
    const judged = judgeStatusClaim({ view: input.view, timeline, place: candidate, expectation, window, horizonDays: input.horizonDays })
    const v = judged.verdict
    if (v.status !== 'confirmed' || v.lagDays === null || v.detail?.kind !== 'status' || v.detail.mapDate === null) continue
    matches.push({ candidate, similarity: candidate.similarity, lagDays: v.lagDays, mapDate: v.detail.mapDate })
  }
  if (matches.length === 0) return null
  // Several changes may qualify; the most similar name decides, then the change nearest the claim.
  matches.sort((a, b) => b.similarity - a.similarity || Math.abs(a.lagDays) - Math.abs(b.lagDays))
  const best = matches[0] as (typeof matches)[number]
  const others = matches.slice(1, 4).map((m) => describePlace(m.candidate))
  return {
    code: 'place-confusion',
    severity: 'warning',
    message:
      `The map contradicts the claim about ${describePlace(place)} (${formatWindow(window)}), but ${describePlace(best.candidate)}, a similarly named place, ` +
      `went ${expectation.side} on ${best.mapDate}: ${describeLag(best.lagDays)}. The report may mean ${best.candidate.name}.` +
      (others.length ? ` (Also similar and changed then: ${others.join(', ')}.)` : ''),
    span: input.span ? [input.span[0], input.span[1]] : null,
    suggestion: describePlace(best.candidate),
    stage: 'verify',
    claimId: input.claimId,
  }
}

/**
 * The changes to `side` of a place's look-alikes, in date order: every similarly named settlement
 * the map covers (other entries within 3 km of the place are the same town and are left out) with
 * each of its changes to that side.
 */
export function collectLookalikeChanges(
  place: PlaceRef,
  side: 'occupied' | 'free',
  directory: PlaceDirectory,
  transitionsOf: (place: PlaceRef) => readonly Transition[],
): LookalikeChange[] {
  const out: LookalikeChange[] = []
  for (const candidate of directory.similarlyNamed(place)) {
    if (candidate.id === place.id || candidate.kind !== 'settlement' || greatCircleKm(candidate, place) < SAME_PLACE_KM) continue
    for (const t of transitionsOf(candidate)) if (t.to === side) out.push({ candidate, date: t.date })
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}

function firstOnOrAfter(changes: readonly LookalikeChange[], date: IsoDate): number {
  let lo = 0
  let hi = changes.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((changes[mid] as LookalikeChange).date < date) lo = mid + 1
    else hi = mid
  }
  return lo
}
