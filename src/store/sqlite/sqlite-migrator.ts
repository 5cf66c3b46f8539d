import type BetterSqlite3 from 'better-sqlite3'
import type { Migration } from '../migrations/index.js'
import type { AppliedMigration } from '../store.js'

const LEDGER = `CREATE TABLE IF NOT EXISTS schema_migrations (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`

/** Applies each pending migration in its own transaction, in id order. */
export function migrateSqlite(db: BetterSqlite3.Database, all: readonly Migration[]): AppliedMigration[] {
  db.exec(LEDGER)
  const done = new Set(listAppliedSqlite(db).map((m) => m.id))
  const applied: AppliedMigration[] = []
  const record = db.prepare('INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)')
  for (const migration of all) {
    if (done.has(migration.id)) continue
    const appliedAt = new Date().toISOString()
    db.transaction(() => {
      db.exec(migration.sqlite)
      record.run(migration.id, migration.name, appliedAt)
    })()
    applied.push({ id: migration.id, name: migration.name, appliedAt })
  }
  return applied
}

export function listAppliedSqlite(db: BetterSqlite3.Database): AppliedMigration[] {
  db.exec(LEDGER)
  const rows = db.prepare('SELECT id, name, applied_at FROM schema_migrations ORDER BY id').all() as {
    id: number
    name: string
    applied_at: string
  }[]
  return rows.map((r) => ({ id: r.id, name: r.name, appliedAt: r.applied_at }))
}
