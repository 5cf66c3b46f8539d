import type { Migration } from './migration.js'

/**
 * The boundary edges two consecutive snapshots do not share, keyed by the two geometries' sha256
 * (content, not date or revision, so a record never goes stale). Import derives them once; loading
 * a series then reads them instead of re-diffing every pair (docs/control.md, "Loading").
 * `segments` is little-endian float64 [lng1, lat1, lng2, lat2] quadruples.
 */
export const controlEdgeChangesMigration: Migration = {
  id: 11,
  name: 'control-edge-changes',
  sqlite: `
    CREATE TABLE control_edge_changes (
      from_sha256 TEXT    NOT NULL,
      to_sha256   TEXT    NOT NULL,
      edges       INTEGER NOT NULL,
      segments    BLOB    NOT NULL,
      PRIMARY KEY (from_sha256, to_sha256)
    ) WITHOUT ROWID;
  `,
  postgres: `
    CREATE TABLE control_edge_changes (
      from_sha256 TEXT    NOT NULL,
      to_sha256   TEXT    NOT NULL,
      edges       INTEGER NOT NULL,
      segments    BYTEA   NOT NULL,
      PRIMARY KEY (from_sha256, to_sha256)
    );
  `,
}
