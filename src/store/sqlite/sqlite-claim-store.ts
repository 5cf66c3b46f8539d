import type BetterSqlite3 from 'better-sqlite3'
import type { Claim, ClaimKind, Finding, Modality, Place, Side, Speaker, TimeBasis } from '../../domain/index.js'
import type { ClaimQuery, ClaimRecord, ClaimStore, StoredAnalysis } from '../claim-store.js'

interface ClaimRow {
  id: string
  document_id: string
  kind: string
  actor_side: string | null
  speaker_json: string
  places_json: string
  time_start: string | null
  time_end: string | null
  time_basis: string
  quantity_json: string | null
  modality: string
  span_start: number
  span_end: number
  sentence: string
  verdict_json: string | null
  duplicate_of: string | null
  extra_json: string | null
}

/** Claim fields kept in their own columns; anything else a claim carries goes to `extra_json`. */
const CLAIM_FIELDS = new Set(['id', 'documentId', 'kind', 'actorSide', 'speaker', 'places', 'time', 'quantity', 'modality', 'span', 'sentence', 'verdict'])
const FINDING_FIELDS = new Set(['code', 'severity', 'message', 'span', 'suggestion'])

function extraOf(value: object, known: ReadonlySet<string>): string | null {
  const extra: Record<string, unknown> = {}
  for (const [key, v] of Object.entries(value)) {
    if (known.has(key) || v === undefined) continue
    // A duplicate link has its own column; only an explicit null needs remembering.
    if (key === 'duplicateOf' && v !== null) continue
    extra[key] = v
  }
  return Object.keys(extra).length ? JSON.stringify(extra) : null
}

function toClaim(row: ClaimRow): Claim {
  return {
    id: row.id,
    documentId: row.document_id,
    kind: row.kind as ClaimKind,
    actorSide: row.actor_side as Side | null,
    speaker: JSON.parse(row.speaker_json) as Speaker,
    places: JSON.parse(row.places_json) as number[],
    time: { start: row.time_start, end: row.time_end, basis: row.time_basis as TimeBasis },
    quantity: row.quantity_json === null ? null : (JSON.parse(row.quantity_json) as Claim['quantity']),
    modality: row.modality as Modality,
    span: [row.span_start, row.span_end],
    sentence: row.sentence,
    ...(row.verdict_json !== null ? { verdict: JSON.parse(row.verdict_json) as Claim['verdict'] } : {}),
    ...(row.duplicate_of !== null ? { duplicateOf: row.duplicate_of } : {}),
    ...(row.extra_json !== null ? (JSON.parse(row.extra_json) as object) : {}),
  }
}

/** Claims, document places and findings in SQLite. */
export function createSqliteClaimStore(db: BetterSqlite3.Database): ClaimStore {
  const deleteClaims = db.prepare('DELETE FROM claims WHERE document_id = ?')
  const deletePlaces = db.prepare('DELETE FROM document_places WHERE document_id = ?')
  const deleteFindings = db.prepare('DELETE FROM findings WHERE document_id = ?')
  const insertPlace = db.prepare('INSERT INTO document_places (document_id, idx, place_id, place_json) VALUES (?, ?, ?, ?)')
  const insertClaim = db.prepare(
    `INSERT INTO claims (id, document_id, seq, kind, actor_side, speaker_name, speaker_side, speaker_via, speaker_json, places_json, time_start, time_end, time_basis, quantity_json, modality, span_start, span_end, sentence, verdict_json, duplicate_of, extra_json)
     VALUES (@id, @document_id, @seq, @kind, @actor_side, @speaker_name, @speaker_side, @speaker_via, @speaker_json, @places_json, @time_start, @time_end, @time_basis, @quantity_json, @modality, @span_start, @span_end, @sentence, @verdict_json, @duplicate_of, @extra_json)`,
  )
  const insertClaimPlace = db.prepare('INSERT OR IGNORE INTO claim_places (claim_id, place_id) VALUES (?, ?)')
  const insertFinding = db.prepare(
    'INSERT INTO findings (document_id, seq, code, severity, message, span_start, span_end, suggestion, extra_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  )
  const selectPlaces = db.prepare('SELECT place_json FROM document_places WHERE document_id = ? ORDER BY idx')
  const selectClaims = db.prepare('SELECT * FROM claims WHERE document_id = ? ORDER BY seq')
  const selectFindings = db.prepare('SELECT * FROM findings WHERE document_id = ? ORDER BY seq')
  const selectClaim = db.prepare('SELECT * FROM claims WHERE id = ?')
  const documentExists = db.prepare('SELECT 1 FROM documents WHERE id = ?')
  const countClaims = db.prepare('SELECT count(*) AS n FROM claims')

  const placesOf = (documentId: string): Place[] =>
    (selectPlaces.all(documentId) as { place_json: string }[]).map((r) => JSON.parse(r.place_json) as Place)

  const saveAnalysis = db.transaction((documentId: string, analysis: StoredAnalysis) => {
    deleteClaims.run(documentId)
    deletePlaces.run(documentId)
    deleteFindings.run(documentId)
    analysis.places.forEach((place, i) => insertPlace.run(documentId, i, place.id, JSON.stringify(place)))
    analysis.claims.forEach((claim, seq) => {
      insertClaim.run({
        id: claim.id,
        document_id: documentId,
        seq,
        kind: claim.kind,
        actor_side: claim.actorSide,
        speaker_name: claim.speaker.name,
        speaker_side: claim.speaker.side,
        speaker_via: claim.speaker.via,
        speaker_json: JSON.stringify(claim.speaker),
        places_json: JSON.stringify(claim.places),
        time_start: claim.time.start,
        time_end: claim.time.end,
        time_basis: claim.time.basis,
        quantity_json: claim.quantity === null ? null : JSON.stringify(claim.quantity),
        modality: claim.modality,
        span_start: claim.span[0],
        span_end: claim.span[1],
        sentence: claim.sentence,
        verdict_json: claim.verdict === undefined ? null : JSON.stringify(claim.verdict),
        duplicate_of: claim.duplicateOf ?? null,
        extra_json: extraOf(claim, CLAIM_FIELDS),
      })
      for (const index of claim.places) {
        const place = analysis.places[index]
        if (place) insertClaimPlace.run(claim.id, place.id)
      }
    })
    analysis.findings.forEach((f, seq) =>
      insertFinding.run(documentId, seq, f.code, f.severity, f.message, f.span?.[0] ?? null, f.span?.[1] ?? null, f.suggestion, extraOf(f, FINDING_FIELDS)),
    )
  })

  const withPlaces = (rows: ClaimRow[]): ClaimRecord[] => {
    const cache = new Map<string, Place[]>()
    return rows.map((row) => {
      let places = cache.get(row.document_id)
      if (!places) {
        places = placesOf(row.document_id)
        cache.set(row.document_id, places)
      }
      const claim = toClaim(row)
      return { claim, places: claim.places.map((i) => places![i]).filter((p): p is Place => p !== undefined) }
    })
  }

  return {
    async saveAnalysis(documentId: string, analysis: StoredAnalysis) {
      saveAnalysis(documentId, analysis)
    },
    async getAnalysis(documentId: string) {
      if (!documentExists.get(documentId)) return null
      const findings = (selectFindings.all(documentId) as {
        code: string
        severity: string
        message: string
        span_start: number | null
        span_end: number | null
        suggestion: string | null
        extra_json: string | null
      }[]).map(
        (r): Finding => ({
          code: r.code as Finding['code'],
          severity: r.severity as Finding['severity'],
          message: r.message,
          span: r.span_start !== null && r.span_end !== null ? [r.span_start, r.span_end] : null,
          suggestion: r.suggestion,
          ...(r.extra_json !== null ? (JSON.parse(r.extra_json) as object) : {}),
        }),
      )
      return { places: placesOf(documentId), claims: (selectClaims.all(documentId) as ClaimRow[]).map(toClaim), findings }
    },
    async getClaim(id: string) {
      const row = selectClaim.get(id) as ClaimRow | undefined
      return row ? withPlaces([row])[0]! : null
    },
    async listClaims(query: ClaimQuery = {}) {
      const where: string[] = []
      const params: unknown[] = []
      const add = (clause: string, value: unknown): void => {
        where.push(clause)
        params.push(value)
      }
      if (query.documentId) add('c.document_id = ?', query.documentId)
      if (query.kind) add('c.kind = ?', query.kind)
      if (query.actorSide) add('c.actor_side = ?', query.actorSide)
      // A speaker is asked for by the name a claim gives or by the organisation's canonical name, under
      // which the source ledger keeps its record (Speaker.entity).
      if (query.speaker) {
        add("(c.speaker_name = ? OR json_extract(c.speaker_json, '$.entity') = ?)", query.speaker)
        params.push(query.speaker)
      }
      if (query.from) add('(c.time_end IS NULL OR c.time_end >= ?)', query.from)
      if (query.to) add('(c.time_start IS NULL OR c.time_start <= ?)', query.to)
      if (query.placeId) add('c.id IN (SELECT claim_id FROM claim_places WHERE place_id = ?)', query.placeId)
      const sql = `SELECT c.* FROM claims c ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.time_start DESC, c.document_id, c.seq LIMIT ? OFFSET ?`
      return withPlaces(db.prepare(sql).all(...params, query.limit ?? 100, query.offset ?? 0) as ClaimRow[])
    },
    async countClaims() {
      return (countClaims.get() as { n: number }).n
    },
  }
}
