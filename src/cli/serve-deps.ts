import type { Analysis, Issue } from '../domain/index.js'
import { ingestBytes } from '../ingest/index.js'
import { createAnalysisIndex, type Ingestor, type ServeConfig, type ServeDeps } from '../serve/index.js'
import type { Store } from '../store/index.js'

/**
 * Ingest for `POST /api/documents`: raw bytes → documents with their findings. Extraction, geoparsing
 * and verification join here as those stages land in the pipeline.
 */
export const ingestForServe: Ingestor = async (bytes, origin, options) => {
  const outcome = ingestBytes(bytes, origin, { maxBytes: options.maxBytes, mediaType: options.mediaType, url: options.url })
  const issues: Issue[] = [...outcome.issues]
  const analyses: Analysis[] = outcome.value.documents.map(({ document, findings }) => ({
    document: { ...document },
    places: [],
    claims: [],
    findings,
  }))
  return { analyses, issues }
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
  return { config, store, uiDir, log, control: null, places: null, reports: createAnalysisIndex(), ingest: ingestForServe }
}
