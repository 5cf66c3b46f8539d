import type { Analysis, Claim, Contradiction, Finding, Issue, Outcome, Place } from '../domain/index.js'
import { daysBetween, formatWindow } from './dates.js'
import { describePlace, formatDays } from './describe.js'
import { type ComparableClaim, comparableClaim, findContradictions } from './find-contradictions.js'
import { findPlaceConfusion } from './find-place-confusion.js'
import { findRegionMismatches } from './find-region-mismatches.js'
import { type ClaimNote, ClaimVerifier } from './verify-claim.js'
import type { VerifyContext } from './verify-context.js'

/** An analysis with verdicts on its claims, the verification findings, and the contradictions found. */
export interface VerifiedAnalysis extends Analysis {
  readonly contradictions: readonly Contradiction[]
}

export interface VerifyAnalysisOptions {
  /** Claims from other documents to look for contradictions with (the pipeline reads them from the store). */
  readonly related?: readonly ComparableClaim[]
  /** false: leave contradictions to the caller (a run over many documents links them all at once). */
  readonly contradictions?: boolean
}

/**
 * Verifies one analysed document: a verdict on every claim, then the document's findings —
 * `place-region-mismatch`, `place-confusion`, `stale-event`, `numeric-mismatch`, a
 * `dateline-mismatch` when the map shows the reported events only long after the document's date
 * (unless extraction already reported one), and a `contradiction` for each claim another speaker
 * contradicts. Findings of earlier stages are kept; earlier verification findings are replaced, so
 * verifying again gives the same result.
 */
export function verifyAnalysis(analysis: Analysis, verifierOrContext: ClaimVerifier | VerifyContext, options: VerifyAnalysisOptions = {}): Outcome<VerifiedAnalysis> {
  const verifier = verifierOrContext instanceof ClaimVerifier ? verifierOrContext : new ClaimVerifier(verifierOrContext)
  const issues: Issue[] = []
  const doc = analysis.document
  const publishedAt = doc.publishedAt
  const outlet = typeof doc.outlet === 'string' ? doc.outlet : null
  const placesOf = (claim: Claim): Place[] => {
    const out: Place[] = []
    for (const i of Array.isArray(claim.places) ? claim.places : []) {
      const p = analysis.places[i]
      if (p) out.push(p)
      else {
        issues.push({
          code: 'verify-place-index',
          severity: 'warning',
          message: `${doc.id}: claim ${claim.id} refers to place ${i}, but the document has ${analysis.places.length} place(s) (0..${analysis.places.length - 1}); that reference is ignored`,
          sourceId: doc.id,
          input: { claimId: claim.id, index: i },
        })
      }
    }
    return out
  }

  const findings: Finding[] = []
  const notes: { claim: Claim; places: Place[]; note: ClaimNote }[] = []
  const comparable: ComparableClaim[] = []
  const claims = analysis.claims.map((claim) => {
    const places = placesOf(claim)
    const check = verifier.verifyClaim(claim, places, publishedAt)
    for (const note of check.notes) notes.push({ claim, places, note })
    if (options.contradictions !== false) {
      const c = comparableClaim(claim, places, { id: doc.id, publishedAt, outlet })
      if (c) comparable.push(c)
    }
    return { ...claim, verdict: check.verdict }
  })

  findings.push(...findRegionMismatches(analysis.places, verifier.context.places ?? null))
  const laterEvents: { claim: Claim; note: Extract<ClaimNote, { kind: 'later-event' }> }[] = []
  const confusionSeen = new Set<string>()
  for (const { claim, places, note } of notes) {
    if (note.kind === 'stale') {
      const since = note.beforeSeries ? `since before the series starts (${note.since})` : `since ${note.since}, ${formatDays(daysBetween(note.since, note.window.start))} before`
      findings.push({
        code: 'stale-event',
        severity: note.window.basis === 'publication' ? 'info' : 'warning',
        message: `Reported as new (${formatWindow(note.window)}), but the map shows ${describePlace(note.place)} on that side of the line ${since}.`,
        span: [claim.span[0], claim.span[1]],
        suggestion: null,
        stage: 'verify',
        claimId: claim.id,
      })
    } else if (note.kind === 'numeric-mismatch') {
      findings.push({ code: 'numeric-mismatch', severity: 'warning', message: note.message, span: [claim.span[0], claim.span[1]], suggestion: note.suggestion, stage: 'verify', claimId: claim.id })
    } else if (note.kind === 'status-contradicted') {
      const directory = verifier.context.places
      const key = `${note.place.id}|${note.expectation.side}|${note.window.start}|${note.window.end}`
      if (!directory || confusionSeen.has(key)) continue
      confusionSeen.add(key)
      const mention = places.find((p) => p.id === note.place.id)
      const finding = findPlaceConfusion({
        view: verifier.context.control,
        timelineOf: (p) => verifier.timeline(p),
        lookalikeChanges: (p, side) => verifier.lookalikeChanges(p, side),
        place: note.place,
        span: mention?.span ?? claim.span,
        claimId: claim.id,
        expectation: note.expectation,
        window: note.window,
        horizonDays: verifier.options.horizonDays,
      })
      if (finding) findings.push(finding)
    } else {
      laterEvents.push({ claim, note })
    }
  }
  const kept = analysis.findings.filter((f) => f.stage !== 'verify')
  if (laterEvents.length > 0 && publishedAt && !kept.some((f) => f.code === 'dateline-mismatch')) {
    laterEvents.sort((a, b) => (a.note.mapDate < b.note.mapDate ? -1 : 1))
    const first = laterEvents[0] as (typeof laterEvents)[number]
    const shown = laterEvents.slice(0, 3).map((e) => `${describePlace(e.note.place)} from ${e.note.mapDate}`)
    findings.push({
      code: 'dateline-mismatch',
      severity: 'warning',
      message:
        `The document is dated ${publishedAt}, but the map shows what it reports only later (${shown.join('; ')}), ` +
        `${formatDays(daysBetween(publishedAt, first.note.mapDate))} after that date: the dateline may be wrong.`,
      span: [first.claim.span[0], first.claim.span[1]],
      suggestion: `on or after ${first.note.mapDate}`,
      stage: 'verify',
      claimId: first.claim.id,
    })
  }

  const ownIds = new Set(comparable.map((c) => c.claimId))
  const contradictions = findContradictions([...comparable, ...(options.related ?? []).filter((c) => !ownIds.has(c.claimId))], {
    slackDays: verifier.options.contradictionSlackDays,
    involving: ownIds,
  })
  findings.push(...contradictionFindings(contradictions, claims))

  return { value: { ...analysis, claims, findings: [...kept, ...findings], contradictions }, issues }
}

/** A `contradiction` finding on each of this document's claims that another speaker contradicts. */
export function contradictionFindings(contradictions: readonly Contradiction[], claims: readonly Claim[]): Finding[] {
  const byId = new Map(claims.map((c) => [c.id, c]))
  const out: Finding[] = []
  for (const c of contradictions) {
    c.claimIds.forEach((id, k) => {
      const claim = byId.get(id)
      if (!claim) return
      const other = 1 - k
      out.push({
        code: 'contradiction',
        severity: 'info',
        message: `${c.speakers[other]} says the opposite${c.placeName ? ` about ${c.placeName}` : ''} (${formatWindow(c.window)}): ${c.reason}`,
        span: [claim.span[0], claim.span[1]],
        suggestion: null,
        stage: 'verify',
        claimId: id,
        relatedClaimIds: [c.claimIds[other] as string],
      })
    })
  }
  return out
}
