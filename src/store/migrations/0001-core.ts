import type { Migration } from './migration.js'

export const coreMigration: Migration = {
  id: 1,
  name: 'core',
  sqlite: `
    CREATE TABLE IF NOT EXISTS meta (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    );
  `,
  postgres: `
    CREATE TABLE IF NOT EXISTS meta (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    );
  `,
}
