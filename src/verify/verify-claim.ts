import type { Claim, IsoDate, Place, Side, Transition, Verdict, VerdictStatus } from '../domain/index.js'
import { statusExpectation, type StatusExpectation } from './claim-expectation.js'
import { claimWindow } from './claim-window.js'
import { addDays, formatWindow } from './dates.js'
import { describePlace, formatKm } from './describe.js'
import { judgeAdvanceClaim } from './judge-advance-claim.js'
import { judgeAreaClaim } from './judge-area-claim.js'
import { isDistanceToPlace, judgeDistanceClaim } from './judge-distance-claim.js'
import { judgeStatusClaim } from './judge-status-claim.js'
import { collectLookalikeChanges, type LookalikeChange } from './find-place-confusion.js'
import { isLasting, type PlaceTimeline, PlaceTimelines } from './place-timeline.js'
import { SignedDistances } from './signed-distance.js'
import { type ClaimWindow, DEFAULT_VERIFY_OPTIONS, type PlaceRef, type VerifyContext, type VerifyOptions } from './verify-context.js'

/** Something a claim's check noticed that becomes a document finding (verify-analysis.ts). */
export type ClaimNote =
  /** An event reported as new that the map shows long before (stale-event). */
  | { readonly kind: 'stale'; readonly place: PlaceRef; readonly since: IsoDate; readonly beforeSeries: boolean; readonly window: ClaimWindow }
  /** A figure that recomputes outside its tolerance (numeric-mismatch). */
  | { readonly kind: 'numeric-mismatch'; readonly message: string; readonly suggestion: string }
  /** A place claim the map contradicts: a candidate for place-confusion. */
  | { readonly kind: 'status-contradicted'; readonly place: PlaceRef; readonly expectation: StatusExpectation; readonly window: ClaimWindow }
  /** A publication-dated event the map shows only long after the publication date (a dateline hint). */
  | { readonly kind: 'later-event'; readonly place: PlaceRef; readonly mapDate: IsoDate; readonly window: ClaimWindow }

export interface ClaimCheck {
  readonly verdict: Verdict
  readonly notes: readonly ClaimNote[]
}

/** The window a claim is about and the expectation it states, as the other checks of a document need them. */
export interface ClaimReading {
  readonly window: ClaimWindow | null
  readonly expectation: StatusExpectation | null
  readonly settlements: readonly PlaceRef[]
}

const KINDS_THE_MAP_CANNOT_SHOW = new Set(['strike', 'evacuation', 'casualties', 'other'])
const AREA_KINDS = new Set(['area-change', 'capture', 'advance', 'withdrawal', 'control', 'other'])
const FRONT_KINDS = new Set(['assault', 'repelled', 'encirclement'])
// When one claim names several settlements ("captured X near Y"), which place's verdict speaks for
// the claim: the text does not say which place is the object, so the map's best agreement wins.
const PLACE_PRIORITY: Record<VerdictStatus, number> = { confirmed: 0, consistent: 1, pending: 2, contradicted: 3, unverifiable: 4 }

/**
 * Verifies claims against one control history (and, when given, the gazetteer and regions). Keeps
 * each place's timeline and distances for the run, so many claims about one town cost one lookup.
 * Never throws for bad claims: a claim without a date, a place or a checkable kind is `unverifiable`
 * with the reason.
 */
export class ClaimVerifier {
  readonly options: VerifyOptions
  readonly context: VerifyContext
  private readonly timelines: PlaceTimelines
  private readonly distances: SignedDistances
  private readonly lookalikes = new Map<string, readonly LookalikeChange[]>()
  /** Gross change by snapshot pair and region: area claims about the same period share it. */
  private readonly grossChanges = new Map<string, { gainedKm2: number; lostKm2: number } | null>()

  constructor(context: VerifyContext) {
    this.context = context
    this.options = { ...DEFAULT_VERIFY_OPTIONS, ...(context.options ?? {}) }
    this.timelines = new PlaceTimelines(context.control)
    this.distances = new SignedDistances(context.control)
  }

  /** The place's side-of-the-line history, or null outside the map's coverage. */
  timeline(place: PlaceRef): PlaceTimeline | null {
    return this.timelines.get([place.lon, place.lat])
  }

  /** The place's changes of side over the series (cheaper than its timeline: no status query). */
  transitions(place: PlaceRef): readonly Transition[] {
    return this.timelines.transitions([place.lon, place.lat])
  }

  /** The changes to `side` of the place's look-alike names, in date order (empty without a gazetteer). */
  lookalikeChanges(place: PlaceRef, side: 'occupied' | 'free'): readonly LookalikeChange[] {
    const directory = this.context.places
    if (!directory) return []
    const key = `${place.id}|${side}`
    let changes = this.lookalikes.get(key)
    if (!changes) {
      changes = collectLookalikeChanges(place, side, directory, (p) => this.transitions(p))
      this.lookalikes.set(key, changes)
    }
    return changes
  }

  /** How a claim reads for the map: its window, its stated side, its settlements. */
  read(claim: Claim, places: readonly Place[], publishedAt: IsoDate | null): ClaimReading {
    const w = claimWindow(claim, publishedAt)
    const e = statusExpectation(claim)
    return { window: w.ok ? w.window : null, expectation: e.ok ? e.value : null, settlements: places.filter(isSettlement) }
  }

  /** One claim: `places` are the document's places the claim indexes (resolved by the caller). */
  verifyClaim(claim: Claim, places: readonly Place[], publishedAt: IsoDate | null): ClaimCheck {
    const control = this.context.control
    const coverage = control.coverage
    const unverifiable = (reason: string): ClaimCheck => ({ verdict: { status: 'unverifiable', reason, lagDays: null, snapshots: [], checkedThrough: coverage?.end ?? null }, notes: [] })
    if (!coverage) return unverifiable('No control-map data was loaded to compare the claim with (import some, or analyse with --control DIR|DB).')
    const w = claimWindow(claim, publishedAt)
    const quantity = claim.quantity ?? null

    if (quantity && (quantity.unit === 'km2' || quantity.unit === 'percent') && AREA_KINDS.has(claim.kind) && Number.isFinite(quantity.value)) {
      if (!w.ok) return unverifiable(`The claim gives ${quantity.text} but ${w.reason}.`)
      const judged = judgeAreaClaim({
        view: control,
        regions: this.context.regions ?? null,
        quantity,
        measure: claim.kind === 'control' ? 'held' : 'change',
        actor: actorOf(claim),
        window: w.window,
        places,
        options: this.options,
        grossChange: (from, to, region) => this.grossChange(from, to, region),
      })
      return { verdict: judged.verdict, notes: judged.mismatch ? [{ kind: 'numeric-mismatch', ...judged.mismatch }] : [] }
    }
    const settlements = places.filter(isSettlement)
    if (quantity && quantity.unit === 'km' && Number.isFinite(quantity.value) && isDistanceToPlace(claim.sentence ?? '', quantity)) {
      const judged = judgeDistanceClaim({ distances: this.distances, coverage, quantity, places: settlements, actor: actorOf(claim), window: w.ok ? w.window : null, options: this.options })
      return { verdict: judged.verdict, notes: judged.mismatch ? [{ kind: 'numeric-mismatch', ...judged.mismatch }] : [] }
    }
    if (KINDS_THE_MAP_CANNOT_SHOW.has(claim.kind)) {
      return unverifiable(`A ${claim.kind} claim is not something the control map shows: it draws only who holds the ground.`)
    }
    if (!w.ok) return unverifiable(`Not checked: ${w.reason}.`)
    const window = w.window
    if (settlements.length === 0) {
      const others = places.filter((p) => !isSettlement(p))
      return unverifiable(
        others.length > 0
          ? `The claim names only ${others.map((p) => `${p.name} (${p.kind})`).join(', ')}, no settlement whose side of the line the map can show.`
          : 'The claim names no place, so there is nothing on the map to compare it with.',
      )
    }
    const outside = settlements.filter((p) => this.timeline(p) === null)
    const inside = settlements.filter((p) => this.timeline(p) !== null)
    if (inside.length === 0) {
      return unverifiable(`${outside.map(describeOutside).join('; ')}: outside the area the control map covers (Ukraine), so it cannot say who holds ${outside.length > 1 ? 'them' : 'it'}.`)
    }
    if (claim.kind === 'capture' || claim.kind === 'withdrawal' || claim.kind === 'control') return this.verifyStatusClaim(claim, inside, window)
    if (claim.kind === 'advance') return this.verifyAdvanceClaim(claim, inside, window)
    if (FRONT_KINDS.has(claim.kind)) return this.verifyFrontClaim(claim, inside, window)
    return unverifiable(`A ${claim.kind} claim is not something the control map shows.`)
  }

  private grossChange(from: IsoDate, to: IsoDate, region: string | undefined): { gainedKm2: number; lostKm2: number } | null {
    const control = this.context.control
    const key = `${control.snapshotDateOn(from)}|${control.snapshotDateOn(to)}|${region ?? ''}`
    let change = this.grossChanges.get(key)
    if (change === undefined) {
      const c = control.changeBetween(from, to, region)
      change = c ? { gainedKm2: c.gainedKm2, lostKm2: c.lostKm2 } : null
      this.grossChanges.set(key, change)
    }
    return change
  }

  private verifyStatusClaim(claim: Claim, places: readonly PlaceRef[], window: ClaimWindow): ClaimCheck {
    const e = statusExpectation(claim)
    const coverage = this.context.control.coverage
    if (!e.ok) return { verdict: { status: 'unverifiable', reason: `Not checked: ${e.reason}.`, lagDays: null, snapshots: [], checkedThrough: coverage?.end ?? null }, notes: [] }
    const expectation = e.value
    const H = this.options.horizonDays
    const results = places.map((place) => {
      const timeline = this.timeline(place) as PlaceTimeline
      const judged = judgeStatusClaim({ view: this.context.control, timeline, place, expectation, window, horizonDays: H })
      const notes: ClaimNote[] = []
      if (judged.staleSince && !expectation.negated && claim.modality !== 'expected') {
        notes.push({ kind: 'stale', place, since: judged.staleSince.date, beforeSeries: judged.staleSince.beforeSeries, window })
      }
      if (judged.verdict.status === 'contradicted') notes.push({ kind: 'status-contradicted', place, expectation, window })
      // A window read off the document's date — the date itself, or a relative one ("on Monday")
      // counted back from it — moves with a wrong dateline, so an event the map shows only long after
      // it points at the dateline.
      if (judged.verdict.status !== 'confirmed' && window.basis !== 'explicit' && expectation.type === 'event' && !expectation.negated) {
        const later = timeline.intervals.find((i) => i.side === expectation.side && !i.fromSeriesStart && i.start > addDays(window.end, H) && isLasting(i, H))
        if (later) notes.push({ kind: 'later-event', place, mapDate: later.start, window })
      }
      return { place, verdict: judged.verdict, notes }
    })
    const check = combine(results)
    const speakerNote =
      expectation.actorBasis === 'speaker'
        ? ` (The claim names no actor; the speaker's side, ${expectation.actor}, was taken.)`
        : expectation.actorBasis === 'speaker-opponent'
          ? ` (The claim names no actor; a denial by a speaker of one side is taken to be about the other side, ${expectation.actor}.)`
          : ''
    return speakerNote ? { ...check, verdict: { ...check.verdict, reason: check.verdict.reason + speakerNote } } : check
  }

  private verifyAdvanceClaim(claim: Claim, places: readonly PlaceRef[], window: ClaimWindow): ClaimCheck {
    const coverage = this.context.control.coverage as { start: IsoDate; end: IsoDate }
    const side = actorOf(claim)
    if (side === null) {
      return { verdict: { status: 'unverifiable', reason: 'Not checked: the claim does not say whose forces advanced, and the map can only measure one side’s advance.', lagDays: null, snapshots: [], checkedThrough: coverage.end }, notes: [] }
    }
    const results = places.map((place) => ({
      place,
      verdict: judgeAdvanceClaim({
        distances: this.distances,
        coverage,
        place,
        side,
        negated: claim.modality === 'denied' || claim.modality === 'premature',
        window,
        horizonDays: this.options.horizonDays,
        lookbackDays: this.options.advanceLookbackDays,
        toleranceKm: this.options.advanceToleranceKm,
      }),
      notes: [] as ClaimNote[],
    }))
    return combine(results)
  }

  /** Assaults, repelled attacks, encirclements: consistent when the place is at the front on the map. */
  private verifyFrontClaim(claim: Claim, places: readonly PlaceRef[], window: ClaimWindow): ClaimCheck {
    const coverage = this.context.control.coverage as { start: IsoDate; end: IsoDate }
    const limit = this.options.frontProximityKm
    const results = places.map((place) => {
      const base = { lagDays: null, checkedThrough: coverage.end }
      const says = `A ${claim.kind} claim at ${describePlace(place)} (${formatWindow(window)})`
      if (window.end < coverage.start) return { place, verdict: { status: 'unverifiable' as const, reason: `${says}: before the map series starts (${coverage.start}).`, snapshots: [], ...base }, notes: [] }
      if (window.end > coverage.end) return { place, verdict: { status: 'pending' as const, reason: `${says}: after the last snapshot (${coverage.end}).`, snapshots: [coverage.end], ...base }, notes: [] }
      const d = this.distances.get([place.lon, place.lat], window.end, 'RU')
      if (!d) return { place, verdict: { status: 'unverifiable' as const, reason: `${says}: no snapshot on that date.`, snapshots: [], ...base }, notes: [] }
      const km = Math.abs(d.km)
      if (km <= limit) {
        return { place, verdict: { status: 'consistent' as const, reason: `${says}. The map puts the line ${formatKm(km)} from ${place.name} (snapshot ${d.snapshot}): fighting there fits the map (within ${formatKm(limit)}).`, snapshots: [d.snapshot], ...base }, notes: [] }
      }
      return {
        place,
        verdict: {
          status: 'unverifiable' as const,
          reason: `${says}. The map puts the line ${formatKm(km)} from ${place.name} (snapshot ${d.snapshot}), farther than ${formatKm(limit)}: the map shows ground held, not raids or strikes behind the line, so it can neither support nor rule this out.`,
          snapshots: [d.snapshot],
          ...base,
        },
        notes: [],
      }
    })
    return combine(results)
  }
}

function isSettlement(p: PlaceRef): boolean {
  return p.kind === 'settlement'
}

function describeOutside(p: PlaceRef): string {
  return `${p.name} lies in ${p.admin1 ? `${p.admin1}, ` : ''}${p.country === 'UA' ? 'Ukraine' : p.country === 'RU' ? 'Russia' : p.country}`
}

/** The side whose action the claim reports: the claim's actor. */
function actorOf(claim: Claim): Side | null {
  return claim.actorSide === 'RU' || claim.actorSide === 'UA' ? claim.actorSide : null
}

function combine(results: readonly { place: PlaceRef; verdict: Verdict; notes: readonly ClaimNote[] }[]): ClaimCheck {
  const sorted = [...results].sort((a, b) => PLACE_PRIORITY[a.verdict.status] - PLACE_PRIORITY[b.verdict.status])
  const best = sorted[0] as (typeof results)[number]
  if (results.length === 1) return { verdict: best.verdict, notes: best.notes }
  const others = sorted.slice(1).map((r) => `${r.place.name}: ${r.verdict.status}`)
  // Findings follow the deciding place, and a contradicted claim's other contradicted places.
  const notes = best.verdict.status === 'contradicted' ? sorted.filter((r) => r.verdict.status === 'contradicted').flatMap((r) => r.notes) : best.notes
  return { verdict: { ...best.verdict, reason: `${best.verdict.reason} (The claim also names ${others.join('; ')}; the best-supported place decides.)` }, notes }
}
