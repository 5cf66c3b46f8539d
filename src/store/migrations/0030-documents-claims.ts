import type { Migration } from './migration.js'

/**
 * Documents (with the raw inputs they came from), their place mentions, claims, findings, and the
 * issues met while reading them. Claims keep every contract field in columns (queryable) and any
 * field added later in `extra_json`, so a claim loads back exactly as saved.
 */
export const documentsClaimsMigration: Migration = {
  id: 30,
  name: 'documents-claims',
  sqlite: `
    CREATE TABLE raw_inputs (
      sha256      TEXT PRIMARY KEY,
      origin      TEXT NOT NULL,
      format      TEXT NOT NULL,
      encoding    TEXT,
      size_bytes  INTEGER NOT NULL,
      bytes       BLOB NOT NULL,
      received_at TEXT NOT NULL
    );

    CREATE TABLE documents (
      id                 TEXT PRIMARY KEY,
      text_sha256        TEXT NOT NULL UNIQUE,
      raw_sha256         TEXT NOT NULL REFERENCES raw_inputs(sha256),
      title              TEXT,
      byline             TEXT,
      outlet             TEXT,
      url                TEXT,
      origin             TEXT NOT NULL,
      format             TEXT NOT NULL,
      published_at       TEXT,
      published_at_basis TEXT NOT NULL,
      lang               TEXT NOT NULL,
      text               TEXT NOT NULL,
      duplicate_of       TEXT REFERENCES documents(id),
      fingerprint        TEXT,
      ingested_at        TEXT NOT NULL
    );
    CREATE INDEX documents_published_at ON documents(published_at);
    CREATE INDEX documents_outlet ON documents(outlet);

    -- LSH band keys of each document's fingerprint: near-duplicate candidates by key lookup.
    CREATE TABLE document_near_duplicate_keys (
      key         TEXT NOT NULL,
      document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      PRIMARY KEY (key, document_id)
    );

    CREATE TABLE document_places (
      document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      idx         INTEGER NOT NULL,
      place_id    TEXT NOT NULL,
      place_json  TEXT NOT NULL,
      PRIMARY KEY (document_id, idx)
    );
    CREATE INDEX document_places_place ON document_places(place_id);

    CREATE TABLE claims (
      id            TEXT PRIMARY KEY,
      document_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      seq           INTEGER NOT NULL,
      kind          TEXT NOT NULL,
      actor_side    TEXT,
      speaker_name  TEXT,
      speaker_side  TEXT NOT NULL,
      speaker_via   TEXT,
      speaker_json  TEXT NOT NULL,
      places_json   TEXT NOT NULL,
      time_start    TEXT,
      time_end      TEXT,
      time_basis    TEXT NOT NULL,
      quantity_json TEXT,
      modality      TEXT NOT NULL,
      span_start    INTEGER NOT NULL,
      span_end      INTEGER NOT NULL,
      sentence      TEXT NOT NULL,
      verdict_json  TEXT,
      duplicate_of  TEXT,
      extra_json    TEXT
    );
    CREATE INDEX claims_document ON claims(document_id, seq);
    CREATE INDEX claims_kind ON claims(kind);
    CREATE INDEX claims_speaker ON claims(speaker_name);
    CREATE INDEX claims_time ON claims(time_start, time_end);

    CREATE TABLE claim_places (
      claim_id    TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
      place_id    TEXT NOT NULL,
      PRIMARY KEY (claim_id, place_id)
    );
    CREATE INDEX claim_places_place ON claim_places(place_id);

    CREATE TABLE findings (
      id          INTEGER PRIMARY KEY AUTOINCREMENT,
      document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      seq         INTEGER NOT NULL,
      code        TEXT NOT NULL,
      severity    TEXT NOT NULL,
      message     TEXT NOT NULL,
      span_start  INTEGER,
      span_end    INTEGER,
      suggestion  TEXT,
      extra_json  TEXT
    );
    CREATE INDEX findings_document ON findings(document_id, seq);
    CREATE INDEX findings_code ON findings(code);

    CREATE TABLE issues (
      id          INTEGER PRIMARY KEY AUTOINCREMENT,
      code        TEXT NOT NULL,
      severity    TEXT NOT NULL,
      message     TEXT NOT NULL,
      source_id   TEXT,
      span_start  INTEGER,
      span_end    INTEGER,
      input_json  TEXT,
      recorded_at TEXT NOT NULL
    );
    CREATE INDEX issues_source ON issues(source_id);
  `,
}
