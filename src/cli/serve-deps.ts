import { createHash } from 'node:crypto'
import type { Analysis, Issue } from '../domain/index.js'
import { NotFoundError } from '../domain/index.js'
import { type Gazetteer, loadGazetteer } from '../geoparse/index.js'
import { fingerprintBands, ingestBytes } from '../ingest/index.js'
import { renderBriefHtml, renderBriefMarkdown } from '../ledger/index.js'
import { loadControlSeries, loadDailyBrief, loadSourceLedger } from '../pipeline/index.js'
import { createPlaceSearch, createStoreReports, type ControlSource, type Ingestor, type LedgerSource, type PlaceSearch, type ServeConfig, type ServeDeps } from '../serve/index.js'
import type { Store } from '../store/index.js'

/**
 * Ingest for `POST /api/documents`: raw bytes → documents (kept in the store with their raw input,
 * findings and issues). Extraction, geoparsing and verification join here as the pipeline grows.
 */
export function storeIngestor(store: Store, onStored: (documentId: string) => void = () => {}): Ingestor {
  return async (bytes, origin, options) => {
    const outcome = ingestBytes(bytes, origin, { maxBytes: options.maxBytes, mediaType: options.mediaType, url: options.url })
    const issues: Issue[] = [...outcome.issues]
    if (outcome.value.raw) await store.saveRawInput(outcome.value.raw)
    const analyses: Analysis[] = []
    for (const { document, findings } of outcome.value.documents) {
      const keys = document.fingerprint ? fingerprintBands(document.fingerprint) : []
      const saved = await store.saveDocument(document, keys)
      const analysis: Analysis = { document: { ...saved.document }, places: [], claims: [], findings }
      await store.saveAnalysis(saved.document.id, { places: analysis.places, claims: analysis.claims, findings: analysis.findings })
      onStored(saved.document.id)
      analyses.push(analysis)
    }
    if (issues.length) await store.saveIssues(issues)
    return { analyses, issues }
  }
}

/** The control series from the store for serve, or null when the database has no snapshots. */
export async function loadControlSource(store: Store): Promise<ControlSource | null> {
  const series = await loadControlSeries(store)
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
 */
export function loadPlaceSearch(log: (line: string) => void, gazetteer: Gazetteer | null = loadShippedGazetteer(log)): PlaceSearch | null {
  return gazetteer ? createPlaceSearch(gazetteer.entries, (name, limit) => gazetteer.lookup(name, { limit })) : null
}

/** The shipped gazetteer, or null (with a log line) when it is not there. */
export function loadShippedGazetteer(log: (line: string) => void): Gazetteer | null {
  try {
    return loadGazetteer()
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
  const control = await loadControlSource(store)
  const gazetteer = loadShippedGazetteer(log)
  return {
    config,
    store,
    uiDir,
    log,
    control,
    places: loadPlaceSearch(log, gazetteer),
    reports,
    ingest: storeIngestor(store, reports.forget),
    ledger: storeLedger(store, control, gazetteer),
  }
}
