import { parseServeConfig, type ServeConfigInput, type ServeDeps } from '../serve/index.js'
import { openSqliteStore } from '../store/index.js'

/** Deps for in-process API tests: an in-memory store and the default config (plus overrides). */
export async function memoryServeDeps(
  config: Partial<ServeConfigInput> = {},
  extra: Partial<Omit<ServeDeps, 'config' | 'store'>> = {},
): Promise<ServeDeps & { readonly logged: string[] }> {
  const logged: string[] = []
  return {
    config: parseServeConfig(config, 'test config'),
    store: await openSqliteStore({ path: ':memory:' }),
    uiDir: null,
    control: null,
    places: null,
    reports: null,
    ingest: null,
    ledger: null,
    log: (line) => void logged.push(line),
    ...extra,
    logged,
  }
}
