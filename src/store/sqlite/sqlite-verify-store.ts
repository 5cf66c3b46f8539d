import type BetterSqlite3 from 'better-sqlite3'
import type { Contradiction, Finding } from '../../domain/index.js'
import type { ContradictionQuery, StoredContradiction, VerificationRun, VerifyStore } from '../verify-store.js'

interface ContradictionRow {
  id: string
  claim_a: string
  claim_b: string
  document_a: string
  document_b: string
  speaker_a: string
  speaker_b: string
  place_id: string | null
  place_name: string | null
  window_start: string
  window_end: string
  reason: string
  detected_at: string
}

// The claim store keeps these finding fields in columns and the rest in extra_json (sqlite-claim-store.ts).
const FINDING_COLUMNS = new Set(['code', 'severity', 'message', 'span', 'suggestion'])

function toContradiction(r: ContradictionRow): StoredContradiction {
  return {
    id: r.id,
    claimIds: [r.claim_a, r.claim_b],
    documentIds: [r.document_a, r.document_b],
    speakers: [r.speaker_a, r.speaker_b],
    placeId: r.place_id,
    placeName: r.place_name,
    window: { start: r.window_start, end: r.window_end },
    reason: r.reason,
    detectedAt: r.detected_at,
  }
}

/** Verdicts, verification findings, contradictions and the run log in SQLite. */
export function createSqliteVerifyStore(db: BetterSqlite3.Database): VerifyStore {
  const updateVerdict = db.prepare('UPDATE claims SET verdict_json = ? WHERE id = ?')
  const deleteStageFindings = db.prepare("DELETE FROM findings WHERE document_id = ? AND json_extract(extra_json, '$.stage') = ?")
  const maxSeq = db.prepare('SELECT coalesce(max(seq), -1) AS seq FROM findings WHERE document_id = ?')
  const insertFinding = db.prepare(
    'INSERT INTO findings (document_id, seq, code, severity, message, span_start, span_end, suggestion, extra_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  )
  const claimExists = db.prepare('SELECT 1 FROM claims WHERE id = ?')
  const upsertContradiction = db.prepare(
    `INSERT INTO contradictions (id, claim_a, claim_b, document_a, document_b, speaker_a, speaker_b, place_id, place_name, window_start, window_end, reason, detected_at)
     VALUES (@id, @claim_a, @claim_b, @document_a, @document_b, @speaker_a, @speaker_b, @place_id, @place_name, @window_start, @window_end, @reason, @detected_at)
     ON CONFLICT(id) DO UPDATE SET document_a = excluded.document_a, document_b = excluded.document_b, speaker_a = excluded.speaker_a, speaker_b = excluded.speaker_b,
       place_id = excluded.place_id, place_name = excluded.place_name, window_start = excluded.window_start, window_end = excluded.window_end, reason = excluded.reason`,
  )
  const countContradictions = db.prepare('SELECT count(*) AS n FROM contradictions')
  const allIds = db.prepare('SELECT id FROM contradictions')
  const deleteContradiction = db.prepare('DELETE FROM contradictions WHERE id = ?')
  const insertRun = db.prepare(
    'INSERT INTO verification_runs (ran_at, checked_through, horizon_days, claims, statuses_json, findings, contradictions, seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  )
  const lastRun = db.prepare('SELECT * FROM verification_runs ORDER BY id DESC LIMIT 1')

  const saveVerdicts = db.transaction((verdicts: readonly { claimId: string; verdict: unknown }[]) => {
    let n = 0
    for (const v of verdicts) n += updateVerdict.run(JSON.stringify(v.verdict), v.claimId).changes
    return n
  })

  const replaceStageFindings = db.transaction((stage: string, documents: readonly { documentId: string; findings: readonly Finding[] }[]) => {
    for (const { documentId, findings } of documents) {
      deleteStageFindings.run(documentId, stage)
      let seq = (maxSeq.get(documentId) as { seq: number }).seq
      for (const f of findings) {
        const extra: Record<string, unknown> = {}
        for (const [k, v] of Object.entries(f)) if (!FINDING_COLUMNS.has(k) && v !== undefined) extra[k] = v
        extra.stage = stage
        insertFinding.run(documentId, ++seq, f.code, f.severity, f.message, f.span?.[0] ?? null, f.span?.[1] ?? null, f.suggestion, JSON.stringify(extra))
      }
    }
  })

  const saveContradictions = db.transaction((list: readonly Contradiction[], replaceAll: boolean) => {
    const now = new Date().toISOString()
    const kept: string[] = []
    for (const c of list) {
      if (!claimExists.get(c.claimIds[0]) || !claimExists.get(c.claimIds[1])) continue
      upsertContradiction.run({
        id: c.id,
        claim_a: c.claimIds[0],
        claim_b: c.claimIds[1],
        document_a: c.documentIds[0],
        document_b: c.documentIds[1],
        speaker_a: c.speakers[0],
        speaker_b: c.speakers[1],
        place_id: c.placeId,
        place_name: c.placeName,
        window_start: c.window.start,
        window_end: c.window.end,
        reason: c.reason,
        detected_at: now,
      })
      kept.push(c.id)
    }
    if (replaceAll) {
      // No temporary table: DDL would make SQLite re-prepare every statement of the connection.
      const keep = new Set(kept)
      for (const { id } of allIds.all() as { id: string }[]) if (!keep.has(id)) deleteContradiction.run(id)
    }
    return kept.length
  })

  return {
    async saveVerdicts(verdicts) {
      return saveVerdicts(verdicts)
    },
    async replaceStageFindings(stage, documents) {
      replaceStageFindings(stage, documents)
    },
    async saveContradictions(list, options = {}) {
      return saveContradictions(list, options.replaceAll ?? false)
    },
    async listContradictions(query: ContradictionQuery = {}) {
      const where: string[] = []
      const params: unknown[] = []
      if (query.claimId) {
        where.push('(claim_a = ? OR claim_b = ?)')
        params.push(query.claimId, query.claimId)
      }
      if (query.documentId) {
        where.push('(document_a = ? OR document_b = ?)')
        params.push(query.documentId, query.documentId)
      }
      if (query.placeId) {
        where.push('place_id = ?')
        params.push(query.placeId)
      }
      if (query.from) {
        where.push('window_end >= ?')
        params.push(query.from)
      }
      if (query.to) {
        where.push('window_start <= ?')
        params.push(query.to)
      }
      const sql = `SELECT * FROM contradictions ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY window_start DESC, id LIMIT ? OFFSET ?`
      return (db.prepare(sql).all(...params, query.limit ?? 1000, query.offset ?? 0) as ContradictionRow[]).map(toContradiction)
    },
    async countContradictions() {
      return (countContradictions.get() as { n: number }).n
    },
    async saveVerificationRun(run: VerificationRun) {
      insertRun.run(run.ranAt, run.checkedThrough, run.horizonDays, run.claims, JSON.stringify(run.statuses), run.findings, run.contradictions, run.seconds)
    },
    async lastVerificationRun() {
      const r = lastRun.get() as
        | { ran_at: string; checked_through: string | null; horizon_days: number; claims: number; statuses_json: string; findings: number; contradictions: number; seconds: number }
        | undefined
      if (!r) return null
      return {
        ranAt: r.ran_at,
        checkedThrough: r.checked_through,
        horizonDays: r.horizon_days,
        claims: r.claims,
        statuses: JSON.parse(r.statuses_json) as VerificationRun['statuses'],
        findings: r.findings,
        contradictions: r.contradictions,
        seconds: r.seconds,
      }
    },
  }
}
