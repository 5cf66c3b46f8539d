import type { Analysis, ControlView, Issue } from '../domain/index.js'
import { extractClaims, linkClaimPlaces, linkDuplicateClaims } from '../extract/index.js'
import { geoparseText, type Gazetteer } from '../geoparse/index.js'
import type { IngestedDocument } from '../ingest/index.js'

/** What analysis needs besides the document: the gazetteer, and the control series when there is one. */
export interface AnalyzeDeps {
  readonly gazetteer: Gazetteer
  readonly control?: ControlView | null
}

/**
 * One ingested document → the `analyze --json` contract (../shared/DESIGN.md). The steps, in order:
 * extract claims, geoparse places, link places to the claims whose clauses name them, link repeated
 * claims; verification (verdicts and document findings) plugs in after the linking.
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
  // verify: verdicts for `claims` and document findings against `deps.control` and the gazetteer go here.
  const issues: Issue[] = [...extracted.issues, ...located.issues]
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
    },
    places: located.value,
    claims,
    findings: [...ingested.findings],
    ...(issues.length ? { issues } : {}),
  }
}
