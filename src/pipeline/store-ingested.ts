import type { Analysis, Claim, Issue, Outcome } from '../domain/index.js'
import { fingerprintBands, fingerprintSimilarity, NEAR_DUPLICATE_SIMILARITY, type IngestResult } from '../ingest/index.js'
import type { Store } from '../store/index.js'
import { analyzeDocument, type AnalyzeDeps } from './run-pipeline.js'
import { linkStoredContradictions, verifierFor } from './verify-documents.js'

/** What happened to one document of an ingested input. */
export interface StoredDocumentReport {
  readonly origin: string
  readonly documentId: string
  /** `stored` for a new document; `unchanged` when the same text was stored before (nothing re-done). */
  readonly status: 'stored' | 'unchanged'
  /** The earlier document this one nearly repeats, when it does (linked, never dropped). */
  readonly duplicateOf: string | null
  readonly claims: number
  readonly findings: number
}

/**
 * Keeps an ingested input in the store: the raw bytes, each new document (linked to a near-duplicate
 * stored earlier), its analysis (places, claims, findings), and every issue met. Re-ingesting the same
 * text changes nothing. Claims repeating a stored claim of another document (same speaker, kind,
 * actor, place and time) are linked to it by `duplicateOf`. Every claim gets its verdict; claims that
 * contradict stored claims of other speakers are linked to them (stored as contradictions).
 */
export async function storeIngested(store: Store, ingested: Outcome<IngestResult>, deps: AnalyzeDeps): Promise<{ readonly documents: readonly StoredDocumentReport[]; readonly issues: readonly Issue[] }> {
  const issues: Issue[] = [...ingested.issues]
  const reports: StoredDocumentReport[] = []
  const { raw, documents } = ingested.value
  if (raw) await store.saveRawInput(raw)
  for (const item of documents) {
    const existing = await store.getDocument(item.document.id)
    if (existing) {
      reports.push({ origin: item.document.origin, documentId: existing.id, status: 'unchanged', duplicateOf: existing.duplicateOf, claims: 0, findings: 0 })
      continue
    }
    const keys = item.document.fingerprint ? fingerprintBands(item.document.fingerprint) : []
    let duplicateOf: string | null = null
    if (item.document.fingerprint && keys.length > 0) {
      for (const candidate of await store.findDocumentsByNearDuplicateKeys(keys)) {
        if (candidate.fingerprint && fingerprintSimilarity(candidate.fingerprint, item.document.fingerprint) >= NEAR_DUPLICATE_SIMILARITY) {
          duplicateOf = candidate.duplicateOf ?? candidate.id
          break
        }
      }
    }
    const saved = await store.saveDocument({ ...item.document, duplicateOf }, keys)
    if (!saved.inserted) {
      reports.push({ origin: item.document.origin, documentId: saved.document.id, status: 'unchanged', duplicateOf: saved.document.duplicateOf, claims: 0, findings: 0 })
      continue
    }
    const analysis = analyzeDocument({ ...item, document: saved.document }, deps)
    const claims = await linkStoredDuplicates(store, analysis)
    // Contradictions with what other documents in the store say about the same places and time;
    // stored after the claims they link.
    const verified = deps.verify === false ? null : await linkStoredContradictions(store, { ...analysis, claims, contradictions: analysis.contradictions ?? [] }, deps.verifier ?? verifierFor(deps.control ?? null, deps.gazetteer))
    await store.saveAnalysis(saved.document.id, { places: analysis.places, claims, findings: verified?.findings ?? analysis.findings })
    if (verified && verified.contradictions.length > 0) await store.saveContradictions(verified.contradictions)
    issues.push(...(analysis.issues ?? []))
    reports.push({ origin: item.document.origin, documentId: saved.document.id, status: 'stored', duplicateOf, claims: claims.length, findings: analysis.findings.length })
  }
  if (issues.length > 0) await store.saveIssues(issues)
  return { documents: reports, issues }
}

/** Links each new claim to an earlier stored claim it repeats (another document saying the same thing). */
async function linkStoredDuplicates(store: Store, analysis: Analysis): Promise<Claim[]> {
  const out: Claim[] = []
  for (const claim of analysis.claims) {
    if (claim.duplicateOf || !claim.speaker.name || claim.places.length === 0) {
      out.push(claim)
      continue
    }
    const placeIds = claim.places.map((i) => analysis.places[i]?.id).filter((id): id is string => Boolean(id)).sort()
    const candidates = await store.listClaims({
      speaker: claim.speaker.name,
      kind: claim.kind,
      placeId: placeIds[0]!,
      ...(claim.time.start ? { from: claim.time.start } : {}),
      ...(claim.time.end ? { to: claim.time.end } : {}),
      limit: 20,
    })
    const same = candidates.find(
      (c) =>
        c.claim.documentId !== claim.documentId &&
        c.claim.actorSide === claim.actorSide &&
        c.claim.time.start === claim.time.start &&
        c.claim.time.end === claim.time.end &&
        c.places.map((p) => p.id).sort().join(',') === placeIds.join(','),
    )
    out.push(same ? { ...claim, duplicateOf: same.claim.duplicateOf ?? same.claim.id } : claim)
  }
  return out
}
