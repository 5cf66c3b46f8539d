import { type ControlSeries, loadRegionLayer } from '../control/index.js'
import type { Analysis, Contradiction, ControlView, Dispute, Document, Finding, Outcome, Place, VerdictStatus } from '../domain/index.js'
import type { Gazetteer } from '../geoparse/index.js'
import type { Store, VerificationRun } from '../store/index.js'
import { addDays } from '../text/index.js'
import {
  ClaimVerifier,
  type ComparableClaim,
  comparableClaim,
  contradictionFindings,
  findContradictions,
  linkAcrossDocuments,
  NO_CONTROL,
  type PlaceDirectory,
  type VerifiedAnalysis,
  verifyAnalysis,
  type VerifyOptions,
} from '../verify/index.js'
import { placeDirectoryFromGazetteer, regionDirectoryFromLayer } from './verify-ports.js'

const VERIFY_STAGE = 'verify'
const PAGE = 500

/**
 * A verifier over a control history (none: every map check is unverifiable, with that reason), with
 * the series' oblast layer (else the shipped one) for areas and shares and, when given, the gazetteer
 * (or a place directory already built from it) for place-confusion checks. One verifier serves a
 * whole run (it keeps each place's history); make a new one when the series changes.
 */
export function createClaimVerifier(
  control: ControlView | null,
  services: { readonly gazetteer?: Gazetteer | null; readonly places?: PlaceDirectory | null; readonly options?: Partial<VerifyOptions> } = {},
): ClaimVerifier {
  const layer = control && 'regions' in control ? (control as ControlSeries).regions : loadRegionLayer()
  return new ClaimVerifier({
    control: control ?? NO_CONTROL,
    regions: regionDirectoryFromLayer(layer),
    places: services.places ?? (services.gazetteer ? placeDirectoryFromGazetteer(services.gazetteer) : null),
    ...(services.options ? { options: services.options } : {}),
  })
}

/**
 * Verifies one analysed document. With a store, its claims are also compared with the stored claims
 * about the same places and time (and, for claims about the whole front, the stored advance claims
 * of that time), so a contradiction with an earlier report is found when the later one arrives.
 */
export async function verifyDocument(analysis: Analysis, verifier: ClaimVerifier, store: Store | null = null): Promise<Outcome<VerifiedAnalysis>> {
  const related = store ? await relatedClaims(analysis, verifier, store) : []
  return verifyAnalysis(analysis, verifier, { related })
}

const verifiers = new WeakMap<object, Map<Gazetteer | null, ClaimVerifier>>()

/**
 * The verifier for a control history and gazetteer, made once and kept while both are alive, so
 * the documents of one `analyze` or `ingest` run share each place's history.
 */
export function verifierFor(control: ControlView | null, gazetteer: Gazetteer | null): ClaimVerifier {
  const key = control ?? NO_CONTROL
  let byGazetteer = verifiers.get(key)
  if (!byGazetteer) verifiers.set(key, (byGazetteer = new Map()))
  let verifier = byGazetteer.get(gazetteer)
  if (!verifier) byGazetteer.set(gazetteer, (verifier = createClaimVerifier(control, { gazetteer })))
  return verifier
}

/**
 * Links a just-verified document's claims with the stored claims of other documents that say the
 * opposite (same place and time, different speaker): the contradictions found, and the document's
 * findings with a `contradiction` finding for each. Saving them (after the claims) is the caller's.
 */
export async function linkStoredContradictions(store: Store, verified: VerifiedAnalysis, verifier: ClaimVerifier): Promise<VerifiedAnalysis> {
  const related = await relatedClaims(verified, verifier, store)
  if (related.length === 0) return verified
  const doc = verified.document
  const outlet = typeof doc.outlet === 'string' ? doc.outlet : null
  const own = verified.claims.flatMap((c) => {
    const cc = comparableClaim(c, placesOf(verified, c.places), { id: doc.id, publishedAt: doc.publishedAt, outlet })
    return cc ? [cc] : []
  })
  const ids = new Set(own.map((c) => c.claimId))
  const found = findContradictions([...own, ...related], { slackDays: verifier.options.contradictionSlackDays, involving: ids })
  const known = new Set(verified.contradictions.map((c) => c.id))
  const added = found.filter((c) => !known.has(c.id))
  if (added.length === 0) return verified
  return { ...verified, contradictions: [...verified.contradictions, ...added], findings: [...verified.findings, ...contradictionFindings(added, verified.claims)] }
}

/**
 * How many contradiction links across documents each claim gets in one `analyze` batch (its nearest
 * in time); every further pair is counted in the batch's disputes. Bounds the output: a batch of
 * many reports on one front has pairs in the square of its size (300 reports: 23,000 pairs, 93 MB).
 */
export const CROSS_LINKS_PER_CLAIM = 3

/**
 * Links the claims of documents analysed together (one `analyze` run over several reports) with
 * those of the other documents that say the opposite: each document gets the contradictions its
 * claims are part of (at most `CROSS_LINKS_PER_CLAIM` per claim, nearest in time, plus those that
 * chose it), a `contradiction` finding on each such claim, and the disputes its claims are in (per
 * place and stance: who says what on each side, how many pairs, how many listed). Contradictions
 * inside one document were found when it was verified and are kept as they are.
 */
export function linkContradictionsAcross(analyses: readonly Analysis[], verifier: ClaimVerifier, perClaim = CROSS_LINKS_PER_CLAIM): Analysis[] {
  if (analyses.length < 2) return [...analyses]
  const comparable: ComparableClaim[] = []
  for (const a of analyses) {
    const doc = a.document
    const outlet = typeof doc.outlet === 'string' ? doc.outlet : null
    for (const c of a.claims) {
      const cc = comparableClaim(c, placesOf(a, c.places), { id: doc.id, publishedAt: doc.publishedAt, outlet })
      if (cc) comparable.push(cc)
    }
  }
  const links = linkAcrossDocuments(comparable, { slackDays: verifier.options.contradictionSlackDays, perClaim })
  if (links.contradictions.length === 0) return [...analyses]
  // Each document's contradictions and disputes, in the order found, gathered in one pass (filtering
  // the whole list for every document would cost documents × links).
  const byDocument = new Map<string, Contradiction[]>()
  for (const c of links.contradictions) {
    // Its two document ids differ, so it is listed once under each.
    for (const id of c.documentIds) {
      const list = byDocument.get(id)
      if (list) list.push(c)
      else byDocument.set(id, [c])
    }
  }
  const disputesOf = new Map<string, Dispute[]>()
  for (const { members, ...dispute } of links.disputes) {
    const own = new Map<string, string[]>()
    for (const m of members) {
      const list = own.get(m.documentId)
      if (list) list.push(m.claimId)
      else own.set(m.documentId, [m.claimId])
    }
    for (const [documentId, claimIds] of own) {
      const list = disputesOf.get(documentId)
      const entry: Dispute = { ...dispute, claimIds }
      if (list) list.push(entry)
      else disputesOf.set(documentId, [entry])
    }
  }
  return analyses.map((a) => {
    const mine = byDocument.get(a.document.id)
    const disputes = disputesOf.get(a.document.id)
    if (mine === undefined && disputes === undefined) return a
    return {
      ...a,
      contradictions: [...(a.contradictions ?? []), ...(mine ?? [])],
      findings: [...a.findings, ...contradictionFindings(mine ?? [], a.claims)],
      ...(disputes ? { disputes: [...(a.disputes ?? []), ...disputes] } : {}),
    }
  })
}

/** Saves what verifying a stored document produced: verdicts, its verification findings, its contradictions. */
export async function saveVerifiedDocument(store: Store, verified: VerifiedAnalysis): Promise<void> {
  await store.saveVerdicts(verified.claims.flatMap((c) => (c.verdict ? [{ claimId: c.id, verdict: c.verdict }] : [])))
  await store.replaceStageFindings(VERIFY_STAGE, [{ documentId: verified.document.id, findings: verified.findings.filter((f) => f.stage === VERIFY_STAGE) }])
  await store.saveContradictions(verified.contradictions)
}

async function relatedClaims(analysis: Analysis, verifier: ClaimVerifier, store: Store): Promise<ComparableClaim[]> {
  const slack = verifier.options.contradictionSlackDays
  const windows = analysis.claims.map((c) => verifier.read(c, placesOf(analysis, c.places), analysis.document.publishedAt))
  const dated = windows.flatMap((w) => (w.window ? [w.window] : []))
  if (dated.length === 0) return []
  const from = dated.reduce((m, w) => (w.start < m ? w.start : m), dated[0]!.start)
  const to = dated.reduce((m, w) => (w.end > m ? w.end : m), dated[0]!.end)
  const range = { from: addDays(from, -slack), to: addDays(to, slack) }
  const placeIds = new Set(windows.flatMap((w) => w.settlements.map((p) => p.id)))
  const rows = []
  for (const placeId of placeIds) rows.push(...(await store.listClaims({ placeId, ...range, limit: 10_000 })))
  if (analysis.claims.some((c) => c.kind === 'advance')) rows.push(...(await store.listClaims({ kind: 'advance', ...range, limit: 10_000 })).filter((r) => r.places.every((p) => p.kind !== 'settlement')))
  const documents = new Map<string, Document | null>()
  const out: ComparableClaim[] = []
  for (const row of rows) {
    if (row.claim.documentId === analysis.document.id) continue
    let doc = documents.get(row.claim.documentId)
    if (doc === undefined) {
      doc = await store.getDocument(row.claim.documentId)
      documents.set(row.claim.documentId, doc)
    }
    const c = comparableClaim(row.claim, row.places, { id: row.claim.documentId, publishedAt: doc?.publishedAt ?? null, outlet: doc?.outlet ?? null })
    if (c) out.push(c)
  }
  return out
}

/**
 * Re-verifies every stored claim against the series (after new control data arrive, pending
 * verdicts may settle): verdicts updated in place, each document's verification findings replaced,
 * the contradictions recomputed over all stored claims, and the run logged.
 */
export async function verifyStoredClaims(
  store: Store,
  verifier: ClaimVerifier,
  options: { readonly onProgress?: (done: number, total: number) => void; readonly now?: () => Date } = {},
): Promise<VerificationRun> {
  const started = performance.now()
  const total = await store.countDocuments()
  const statuses: Partial<Record<VerdictStatus, number>> = {}
  const comparable: ComparableClaim[] = []
  const verified: { analysis: VerifiedAnalysis; findings: Finding[] }[] = []
  let claims = 0
  let done = 0
  for (let offset = 0; ; offset += PAGE) {
    const documents = await store.listDocuments({ limit: PAGE, offset })
    if (documents.length === 0) break
    for (const document of documents) {
      const stored = await store.getAnalysis(document.id)
      if (!stored) continue
      const analysis: Analysis = { document: { ...document }, places: stored.places, claims: stored.claims, findings: stored.findings }
      const result = verifyAnalysis(analysis, verifier, { contradictions: false }).value
      for (const c of result.claims) {
        claims++
        if (c.verdict) statuses[c.verdict.status] = (statuses[c.verdict.status] ?? 0) + 1
        const cc = comparableClaim(c, placesOf(analysis, c.places), { id: document.id, publishedAt: document.publishedAt, outlet: document.outlet })
        if (cc) comparable.push(cc)
      }
      // Contradiction findings come from the run over all documents below.
      verified.push({ analysis: result, findings: result.findings.filter((f) => f.stage === VERIFY_STAGE && f.code !== 'contradiction') })
      options.onProgress?.(++done, total)
    }
  }
  const contradictions = findContradictions(comparable, { slackDays: verifier.options.contradictionSlackDays })
  const byDocument = new Map<string, typeof contradictions>()
  for (const c of contradictions) for (const d of new Set(c.documentIds)) byDocument.set(d, [...(byDocument.get(d) ?? []), c])
  const documentFindings = verified.map(({ analysis, findings: own }) => ({
    documentId: analysis.document.id,
    findings: [...own, ...contradictionFindings(byDocument.get(analysis.document.id) ?? [], analysis.claims)],
  }))
  const findings = documentFindings.reduce((n, d) => n + d.findings.length, 0)
  await store.saveVerdicts(verified.flatMap(({ analysis }) => analysis.claims.flatMap((c) => (c.verdict ? [{ claimId: c.id, verdict: c.verdict }] : []))))
  await store.replaceStageFindings(VERIFY_STAGE, documentFindings)
  await store.saveContradictions(contradictions, { replaceAll: true })
  const run: VerificationRun = {
    ranAt: (options.now?.() ?? new Date()).toISOString(),
    checkedThrough: verifier.context.control.coverage?.end ?? null,
    horizonDays: verifier.options.horizonDays,
    claims,
    statuses,
    findings,
    contradictions: contradictions.length,
    seconds: Math.round((performance.now() - started) / 10) / 100,
  }
  await store.saveVerificationRun(run)
  return run
}

function placesOf(analysis: { readonly places: readonly Place[] }, indexes: readonly number[]): Place[] {
  return indexes.flatMap((i) => (analysis.places[i] ? [analysis.places[i] as Place] : []))
}
