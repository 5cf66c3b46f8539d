import type { Analysis, ControlView, Issue } from '../domain/index.js'
import { extractClaims, linkClaimPlaces, linkDuplicateClaims } from '../extract/index.js'
import { geoparseText, type Gazetteer } from '../geoparse/index.js'
import type { IngestedDocument } from '../ingest/index.js'
import { type ClaimVerifier, verifyAnalysis } from '../verify/index.js'
import { verifierFor } from './verify-documents.js'

/** What analysis needs besides the document: the gazetteer, and the control series when there is one. */
export interface AnalyzeDeps {
  readonly gazetteer: Gazetteer
  readonly control?: ControlView | null
  /** The verifier to use (default: one per control series and gazetteer, shared across documents). */
  readonly verifier?: ClaimVerifier | null
  /** false: stop after extraction and geoparsing (no verdicts; for measuring extraction alone). */
  readonly verify?: boolean
}

/**
 * One ingested document → the `analyze --json` contract (../shared/DESIGN.md). The steps, in order:
 * extract claims, geoparse places, link places to the claims whose clauses name them, link repeated
 * claims, then verify (a verdict on every claim, the document's findings, contradictions between its
 * speakers).
 */
export function analyzeDocument(ingested: IngestedDocument, deps: AnalyzeDeps): Analysis {
  const { document } = ingested
  const extracted = extractClaims(document)
  const located = geoparseText(document.text, deps.gazetteer, {
    publishedAt: document.publishedAt,
    lang: document.lang,
    control: deps.control ?? null,
    sourceId: document.origin,
  })
  const placed = linkClaimPlaces(document.text, extracted.value.claims, extracted.value.anchors, located.value)
  const claims = linkDuplicateClaims(placed)
  const issues: Issue[] = [...extracted.issues, ...located.issues]
  const analysis: Analysis = {
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
    },
    places: located.value,
    claims,
    findings: [...ingested.findings],
    ...(issues.length ? { issues } : {}),
  }
  if (deps.verify === false) return analysis
  // Verdicts for the claims, and the document's findings and contradictions, against the control history.
  const verified = verifyAnalysis(analysis, deps.verifier ?? verifierFor(deps.control ?? null, deps.gazetteer))
  const all = [...issues, ...verified.issues]
  const { issues: _, ...value } = verified.value
  return { ...value, ...(all.length ? { issues: all } : {}) }
}
