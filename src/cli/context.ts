import { resolve } from 'node:path'
import type { Store } from '../store/index.js'
import type { CliIo } from './io.js'

/** What every command gets: its IO and the way to the store. */
export interface CliContext {
  readonly io: CliIo
  /** The database path: `--db`, else `FRONTLINE_DB`, else `./frontline.db`. */
  dbPath(): string
  /** Opens the store (migrating it). The CLI is the one place that picks the backend. */
  openStore(): Promise<Store>
  /** Sets the exit code for a command that finished but met problems (e.g. some files failed to import). */
  setExitCode(code: number): void
  readonly exitCode: () => number
}

export function createContext(io: CliIo, getDbOption: () => string | undefined): CliContext {
  const dbPath = () => resolve(io.cwd, getDbOption() ?? io.env.FRONTLINE_DB ?? 'frontline.db')
  let exitCode = 0
  return {
    io,
    dbPath,
    // The store's modules (and SQLite's) load only when a command opens it: `analyze` mostly never does.
    openStore: async () => (await import('../store/index.js')).openSqliteStore({ path: dbPath() }),
    setExitCode: (code) => {
      exitCode = Math.max(exitCode, code)
    },
    exitCode: () => exitCode,
  }
}
