import type { Analysis, Issue } from '../domain/index.js'
import { fingerprintBands, ingestBytes } from '../ingest/index.js'
import { createStoreReports, type Ingestor, type ServeConfig, type ServeDeps } from '../serve/index.js'
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
  return { config, store, uiDir, log, control: null, places: null, reports, ingest: storeIngestor(store, reports.forget) }
}
