import { createHash } from 'node:crypto'
import type { Analysis, Issue } from '../domain/index.js'
import { NotFoundError } from '../domain/index.js'
import type { Gazetteer } from '../geoparse/index.js'
import { gazetteerOnce } from './gazetteer-once.js'
import { fingerprintBands, ingestBytes } from '../ingest/index.js'
import { renderBriefHtml, renderBriefMarkdown } from '../ledger/index.js'
import { createClaimVerifier, loadControlSeries, loadDailyBrief, loadSourceLedger, saveVerifiedDocument, storeIngested, verifyDocument } from '../pipeline/index.js'
import type { ControlSeries } from '../control/index.js'
import { createPlaceSearch, createStoreReports, type ControlSource, type Ingestor, type LedgerSource, type PlaceSearch, type ReportSource, type ServeConfig, type ServeDeps } from '../serve/index.js'
import type { Store } from '../store/index.js'

/**
 * Ingest for `POST /api/documents`, the same pipeline as `frontline ingest`: raw bytes → documents
 * (raw input kept, near-duplicates linked) → claims, places and findings → stored; then, when there
 * is control data, verified (verdicts, findings, contradictions) as `frontline verify` would.
 * Without the gazetteer the documents are stored unanalysed and an issue says so.
 */
export function pipelineIngestor(
  store: Store,
  services: { readonly gazetteer: Gazetteer | null; readonly series: ControlSeries | null },
  reports: ReportSource & { forget(documentId: string): void },
): Ingestor {
  const verifier = services.series?.coverage ? createClaimVerifier(services.series, { gazetteer: services.gazetteer }) : null
  return async (bytes, origin, options) => {
    const ingested = ingestBytes(bytes, origin, { maxBytes: options.maxBytes, mediaType: options.mediaType, url: options.url })
    const issues: Issue[] = []
    const storedIds: string[] = []
    if (services.gazetteer) {
      const stored = await storeIngested(store, ingested, { gazetteer: services.gazetteer, control: services.series?.coverage ? services.series : null })
      issues.push(...stored.issues)
      for (const report of stored.documents) {
        storedIds.push(report.documentId)
        if (report.status !== 'stored' || !verifier) continue
        const analysis = await reports.getDocument(report.documentId)
        if (!analysis) continue
        const verified = await verifyDocument(analysis, verifier, store)
        await saveVerifiedDocument(store, verified.value)
        issues.push(...verified.issues)
      }
    } else {
      issues.push(...ingested.issues, { code: 'no-gazetteer', severity: 'warning', message: `${origin}: stored without analysis: no gazetteer is loaded` })
      if (ingested.value.raw) await store.saveRawInput(ingested.value.raw)
      for (const { document, findings } of ingested.value.documents) {
        const saved = await store.saveDocument(document, document.fingerprint ? fingerprintBands(document.fingerprint) : [])
        if (saved.inserted) await store.saveAnalysis(saved.document.id, { places: [], claims: [], findings })
        storedIds.push(saved.document.id)
      }
    }
    const analyses: Analysis[] = []
    for (const id of storedIds) {
      reports.forget(id)
      const analysis = await reports.getDocument(id)
      if (analysis) analyses.push(analysis)
    }
    return { analyses, issues }
  }
}

/** The control series as serve sees it, or null when the database has no snapshots. */
export function controlSourceOf(series: ControlSeries): ControlSource | null {
  if (!series.coverage) return null
  const infos = series.snapshots.map((s) => ({ date: s.date, revision: s.revision, areaKm2: s.areaKm2 }))
  const version = createHash('sha256')
    .update(series.snapshots.map((s) => `${s.date}:${s.revision}:${s.geometrySha256}`).join('|'))
    .digest('hex')
    .slice(0, 16)
  return {
    view: series,
    version,
    snapshots: () => infos,
    snapshotOn: async (date) => series.controlSnapshotOn(date),
    timeline: async (options) => series.timeline(options),
    resolveRegion: (name) => series.regions?.find(name)?.name ?? null,
  }
}

/**
 * Place search over the shipped gazetteer: its own whole-name lookup (case forms, transliterations,
 * former names) plus prefix completion. Null, with a log line, when the gazetteer is not there.
 * Entries are read from the gazetteer as the index is built (PlaceSearch.warm), not before serving.
 */
export function loadPlaceSearch(log: (line: string) => void, gazetteer: Gazetteer | null = loadShippedGazetteer(log)): PlaceSearch | null {
  return gazetteer ? createPlaceSearch(gazetteer, (name, limit) => gazetteer.lookup(name, { limit })) : null
}

/** The shipped gazetteer, or null (with a log line) when it is not there. */
export function loadShippedGazetteer(log: (line: string) => void): Gazetteer | null {
  try {
    return gazetteerOnce()
  } catch (error) {
    if (error instanceof NotFoundError) {
      log(`frontline serve: ${error.message}: place search and settlement names are off`)
      return null
    }
    throw error
  }
}

/**
 * The source ledger and the daily brief, computed from the store on each request (verification run
 * by `frontline verify` in another process shows up at once).
 */
export function storeLedger(store: Store, control: ControlSource | null, gazetteer: Gazetteer | null): LedgerSource {
  return {
    sources: () => loadSourceLedger(store),
    brief: async (date) => {
      const brief = await loadDailyBrief(store, control?.view ?? null, gazetteer, date)
      return { brief: { ...brief }, markdown: renderBriefMarkdown(brief), html: renderBriefHtml(brief) }
    },
  }
}

/**
 * Composes what the HTTP app needs from the store and the stages. The CLI is the one place that
 * builds stage services (serve never imports a stage, STYLE.md §2).
 */
export async function buildServeDeps(
  store: Store,
  config: ServeConfig,
  uiDir: string | null,
  log: (line: string) => void,
): Promise<ServeDeps> {
  const reports = createStoreReports(store)
  const series = await loadControlSeries(store)
  const control = controlSourceOf(series)
  const gazetteer = loadShippedGazetteer(log)
  return {
    config,
    store,
    uiDir,
    log,
    control,
    places: loadPlaceSearch(log, gazetteer),
    reports,
    ingest: pipelineIngestor(store, { gazetteer, series: control ? series : null }, reports),
    ledger: storeLedger(store, control, gazetteer),
  }
}
