import type { Migration } from './migration.js'

/**
 * Verification: contradictions between stored claims (deleted with either claim, so re-analysing a
 * document drops its links until verification finds them again) and the log of verification runs.
 * Verdicts are stored on the claims (claims.verdict_json, migration 30) and findings in `findings`
 * with their stage in extra_json; the index below finds a document's verification findings.
 */
export const verificationMigration: Migration = {
  id: 40,
  name: 'verification',
  sqlite: `
    CREATE TABLE contradictions (
      id           TEXT PRIMARY KEY,
      claim_a      TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
      claim_b      TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
      document_a   TEXT NOT NULL,
      document_b   TEXT NOT NULL,
      speaker_a    TEXT NOT NULL,
      speaker_b    TEXT NOT NULL,
      place_id     TEXT,
      place_name   TEXT,
      window_start TEXT NOT NULL,
      window_end   TEXT NOT NULL,
      reason       TEXT NOT NULL,
      detected_at  TEXT NOT NULL
    );
    CREATE INDEX contradictions_claim_a ON contradictions(claim_a);
    CREATE INDEX contradictions_claim_b ON contradictions(claim_b);
    CREATE INDEX contradictions_document_a ON contradictions(document_a);
    CREATE INDEX contradictions_document_b ON contradictions(document_b);
    CREATE INDEX contradictions_place ON contradictions(place_id);
    CREATE INDEX contradictions_window ON contradictions(window_start, window_end);

    CREATE INDEX findings_stage ON findings(document_id, json_extract(extra_json, '$.stage'));

    CREATE TABLE verification_runs (
      id              INTEGER PRIMARY KEY AUTOINCREMENT,
      ran_at          TEXT NOT NULL,
      checked_through TEXT,
      horizon_days    INTEGER NOT NULL,
      claims          INTEGER NOT NULL,
      statuses_json   TEXT NOT NULL,
      findings        INTEGER NOT NULL,
      contradictions  INTEGER NOT NULL,
      seconds         REAL NOT NULL
    );
  `,
}
