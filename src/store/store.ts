import type { ClaimStore } from './claim-store.js'
import type { ControlStore } from './control-store.js'
import type { DocumentStore } from './document-store.js'
import type { VerifyStore } from './verify-store.js'

/** Which backend a store runs on. The CLI is the one place that picks (STYLE.md §2). */
export type Dialect = 'sqlite' | 'postgres'

export interface AppliedMigration {
  readonly id: number
  readonly name: string
  readonly appliedAt: string
}

/**
 * Persistence for every stage's results. Methods are async so that a server backend
 * (PostgreSQL) can implement the same interface as the embedded one (SQLite).
 * Each concern has its own interface file; `Store` is their intersection.
 */
export interface StoreBase {
  readonly dialect: Dialect
  /** Where the data lives (a file path, or a connection string with the password removed). */
  readonly location: string
  /** Applies pending migrations; returns the ones it applied. */
  migrate(): Promise<readonly AppliedMigration[]>
  appliedMigrations(): Promise<readonly AppliedMigration[]>
  close(): Promise<void>
}

export type Store = StoreBase & ControlStore & DocumentStore & ClaimStore & VerifyStore
