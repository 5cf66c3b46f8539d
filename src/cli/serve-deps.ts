import type { ServeConfig, ServeDeps } from '../serve/index.js'
import type { Store } from '../store/index.js'

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
  return { config, store, uiDir, log, control: null, places: null, reports: null }
}
