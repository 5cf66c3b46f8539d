import type { Store } from '../store/index.js'
import type { ServeConfig } from './config.js'

/**
 * What the HTTP app is given. The CLI composes it (it is the one place that picks the store backend
 * and builds each stage's service); serve never imports a stage directly (STYLE.md §2).
 */
export interface ServeDeps {
  readonly config: ServeConfig
  readonly store: Store
  /** Directory of the built UI (dist/ui), or null to serve the API only. */
  readonly uiDir: string | null
  /** Where request errors of class 500 are logged. */
  readonly log: (line: string) => void
}
