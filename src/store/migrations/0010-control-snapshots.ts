import type { Migration } from './migration.js'

/** Control snapshots with every revision kept, and the log of import runs with their issues. */
export const controlSnapshotsMigration: Migration = {
  id: 10,
  name: 'control-snapshots',
  sqlite: `
    CREATE TABLE control_snapshots (
      date            TEXT    NOT NULL,
      revision        INTEGER NOT NULL,
      source          TEXT    NOT NULL,
      origin          TEXT    NOT NULL,
      geometry_sha256 TEXT    NOT NULL,
      area_km2        REAL    NOT NULL,
      geometry        BLOB    NOT NULL,
      imported_at     TEXT    NOT NULL,
      PRIMARY KEY (date, revision)
    ) WITHOUT ROWID;
    CREATE TABLE control_imports (
      id          INTEGER PRIMARY KEY,
      started_at  TEXT    NOT NULL,
      finished_at TEXT    NOT NULL,
      paths       TEXT    NOT NULL,
      inserted    INTEGER NOT NULL,
      revised     INTEGER NOT NULL,
      unchanged   INTEGER NOT NULL,
      rejected    INTEGER NOT NULL
    );
    CREATE TABLE control_import_issues (
      import_id INTEGER NOT NULL REFERENCES control_imports(id) ON DELETE CASCADE,
      seq       INTEGER NOT NULL,
      code      TEXT    NOT NULL,
      severity  TEXT    NOT NULL,
      message   TEXT    NOT NULL,
      source_id TEXT,
      PRIMARY KEY (import_id, seq)
    );
  `,
  postgres: `
    CREATE TABLE control_snapshots (
      date            DATE             NOT NULL,
      revision        INTEGER          NOT NULL,
      source          TEXT             NOT NULL,
      origin          TEXT             NOT NULL,
      geometry_sha256 TEXT             NOT NULL,
      area_km2        DOUBLE PRECISION NOT NULL,
      geometry        BYTEA            NOT NULL,
      imported_at     TIMESTAMPTZ      NOT NULL,
      PRIMARY KEY (date, revision)
    );
    CREATE TABLE control_imports (
      id          BIGSERIAL PRIMARY KEY,
      started_at  TIMESTAMPTZ NOT NULL,
      finished_at TIMESTAMPTZ NOT NULL,
      paths       JSONB       NOT NULL,
      inserted    INTEGER     NOT NULL,
      revised     INTEGER     NOT NULL,
      unchanged   INTEGER     NOT NULL,
      rejected    INTEGER     NOT NULL
    );
    CREATE TABLE control_import_issues (
      import_id BIGINT  NOT NULL REFERENCES control_imports(id) ON DELETE CASCADE,
      seq       INTEGER NOT NULL,
      code      TEXT    NOT NULL,
      severity  TEXT    NOT NULL,
      message   TEXT    NOT NULL,
      source_id TEXT,
      PRIMARY KEY (import_id, seq)
    );
  `,
}
