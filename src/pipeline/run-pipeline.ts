import type { Analysis, Claim, ControlView, Issue, Place } from '../domain/index.js'
import { extractClaims, linkClaimPlaces, linkDuplicateClaims, strikeSidesFromHeldGround, type ClaimAnchor } from '../extract/index.js'
import { geoparseText, placeRegionPointers, placeVagueAreas, type Gazetteer } from '../geoparse/index.js'
import type { IngestedDocument } from '../ingest/index.js'
import { type ClaimVerifier, verifyAnalysis } from '../verify/index.js'
import { datedByEventRecord } from './event-record-times.js'
import { heldGroundMap } from './held-ground-map.js'
import { reportPlaceIndex } from './report-place.js'
import { verifierFor } from './verify-documents.js'

/** What analysis needs besides the document: the gazetteer, and the control series when there is one. */
export interface AnalyzeDeps {
  readonly gazetteer: Gazetteer
  readonly control?: ControlView | null
  /**
   * Asked by the held-ground strike rule only, when `control` is absent: a view holding the control series'
   * first snapshot (the bundled sample's, 2024-07-08; cli/load-control.ts), whose Ukrainian side answers for
   * 2022-24 dates before the series (held-before-series.ts). It ranks no place and judges no claim.
   */
  readonly firstSnapshot?: ControlView | null
  /** The verifier to use (default: one per control series and gazetteer, shared across documents). */
  readonly verifier?: ClaimVerifier | null
  /** false: stop after extraction and geoparsing (no verdicts; for measuring extraction alone). */
  readonly verify?: boolean
}

/** What the steps hand on: the document, and what each step has found so far. */
interface PipelineState {
  readonly ingested: IngestedDocument
  readonly claims: readonly Claim[]
  readonly anchors: readonly ClaimAnchor[]
  readonly places: readonly Place[]
  readonly issues: readonly Issue[]
}

/**
 * One ingested document → the `analyze --json` contract (../shared/DESIGN.md), as a list of named
 * steps: extract claims, geoparse places, link places to the claims whose clauses name them, link
 * repeated claims, then verify (a verdict on every claim, the document's findings, contradictions
 * between its speakers) unless `deps.verify` is false.
 */
export function analyzeDocument(ingested: IngestedDocument, deps: AnalyzeDeps): Analysis {
  let state: PipelineState = { ingested, claims: [], anchors: [], places: [], issues: [] }
  state = extractStep(state)
  state = geoparseStep(state, deps)
  state = linkPlacesStep(state, deps)
  state = linkRepeatedClaimsStep(state)
  state = vagueAreaStep(state)
  const analysis = toAnalysis(state)
  return deps.verify === false ? analysis : verifyStep(analysis, deps)
}

/** Sentences → claims (kind, sides, speaker, modality, time, quantity), with each claim's clause. */
function extractStep(state: PipelineState): PipelineState {
  const extracted = extractClaims(state.ingested.document)
  // A record of an event dataset dates its claims by the event's period (event-record-times.ts).
  const claims = datedByEventRecord(extracted.value.claims, state.ingested.document)
  return { ...state, claims, anchors: extracted.value.anchors, issues: [...state.issues, ...extracted.issues] }
}

/** Place names in the text, resolved against the gazetteer (and the front line when there is one), and region pointers. */
function geoparseStep(state: PipelineState, deps: AnalyzeDeps): PipelineState {
  const { document } = state.ingested
  const located = geoparseText(document.text, deps.gazetteer, { publishedAt: document.publishedAt, lang: document.lang, control: deps.control ?? null, sourceId: document.origin })
  // "над областю", "over the region": the region the report is about, as places of their own (convention 39).
  const places = placeRegionPointers(document.text, located.value, deps.gazetteer)
  return { ...state, places, issues: [...state.issues, ...located.issues] }
}

/** Each claim gets the places its own clause names. */
function linkPlacesStep(state: PipelineState, deps: AnalyzeDeps): PipelineState {
  const linked = linkClaimPlaces(state.ingested.document.text, state.claims, state.anchors, state.places)
  // A strike told without its attacker on ground one side holds was the other side's (convention 72):
  // who held it is asked of the control history when there is one, else of extraction's hand lists.
  // Without a control history, the series' first snapshot still answers for dates before the series.
  const view = deps.control ?? deps.firstSnapshot ?? null
  const map = view ? heldGroundMap(view, deps.gazetteer) : null
  return { ...state, claims: strikeSidesFromHeldGround(linked, state.anchors, state.places, map) }
}

/** A claim the document repeats points to its first statement (`duplicateOf`). */
function linkRepeatedClaimsStep(state: PipelineState): PipelineState {
  return { ...state, claims: linkDuplicateClaims(state.claims, state.places) }
}

/**
 * "Killed in eastern Ukraine", "in the ATO zone": a report naming no place but the part of the country the war
 * was in gets that area as a place, after the claims took theirs (an area is no claim's place: convention 104),
 * so that the report's place (report-place.ts) is the area's point rather than none (geoparse/vague-areas.ts).
 */
function vagueAreaStep(state: PipelineState): PipelineState {
  const { document } = state.ingested
  return { ...state, places: placeVagueAreas(document.text, state.places, document.publishedAt) }
}

/** Verdicts for the claims, and the document's findings and contradictions, against the control history. */
function verifyStep(analysis: Analysis, deps: AnalyzeDeps): Analysis {
  const verified = verifyAnalysis(analysis, deps.verifier ?? verifierFor(deps.control ?? null, deps.gazetteer))
  const issues = [...(analysis.issues ?? []), ...verified.issues]
  const { issues: _, ...value } = verified.value
  return { ...value, ...(issues.length ? { issues } : {}) }
}

function toAnalysis(state: PipelineState): Analysis {
  const { document } = state.ingested
  return {
    document: {
      id: document.id,
      title: document.title,
      byline: document.byline,
      outlet: document.outlet,
      url: document.url,
      origin: document.origin,
      format: document.format,
      publishedAt: document.publishedAt,
      publishedAtBasis: document.publishedAtBasis,
      lang: document.lang,
      duplicateOf: document.duplicateOf,
      text: document.text,
      ...(document.eventPeriod ? { eventPeriod: document.eventPeriod } : {}),
      ...(document.placeLine ? { placeLine: document.placeLine } : {}),
    },
    places: state.places,
    // The place the report as a whole is about (report-place.ts): an index into places, or null.
    reportPlace: reportPlaceIndex({ claims: state.claims, places: state.places, document: { text: document.text, placeLine: document.placeLine } }),
    claims: state.claims,
    findings: [...state.ingested.findings],
    ...(state.issues.length ? { issues: state.issues } : {}),
  }
}
