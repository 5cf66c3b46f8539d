import type BetterSqlite3 from 'better-sqlite3'
import type { ControlStore } from '../control-store.js'

/** Control snapshots in SQLite. Filled in by the control-engine work. */
export function createSqliteControlStore(_db: BetterSqlite3.Database): ControlStore {
  return {}
}
