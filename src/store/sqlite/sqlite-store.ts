import Database from 'better-sqlite3'
import { migrations } from '../migrations/index.js'
import type { AppliedMigration, Store, StoreBase } from '../store.js'
import { createSqliteClaimStore } from './sqlite-claim-store.js'
import { createSqliteControlStore } from './sqlite-control-store.js'
import { createSqliteDocumentStore } from './sqlite-document-store.js'
import { listAppliedSqlite, migrateSqlite } from './sqlite-migrator.js'
import { createSqliteVerifyStore } from './sqlite-verify-store.js'

export interface SqliteStoreOptions {
  /** A file path, or `:memory:`. */
  readonly path: string
  readonly readonly?: boolean
}

/**
 * Opens (creating if needed) a SQLite database and applies pending migrations. The store is
 * composed from one part per concern (sqlite-<concern>-store.ts), each over the same connection.
 */
export async function openSqliteStore(options: SqliteStoreOptions): Promise<Store> {
  const db = new Database(options.path, { readonly: options.readonly ?? false })
  if (!options.readonly) {
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = NORMAL')
  }
  db.pragma('foreign_keys = ON')
  if (!options.readonly) migrateSqlite(db, migrations)
  const base: StoreBase = {
    dialect: 'sqlite',
    location: options.path,
    async migrate(): Promise<readonly AppliedMigration[]> {
      return migrateSqlite(db, migrations)
    },
    async appliedMigrations(): Promise<readonly AppliedMigration[]> {
      return listAppliedSqlite(db)
    },
    async close(): Promise<void> {
      db.close()
    },
  }
  return { ...base, ...createSqliteControlStore(db), ...createSqliteDocumentStore(db), ...createSqliteClaimStore(db), ...createSqliteVerifyStore(db) }
}
