import type BetterSqlite3 from 'better-sqlite3'
import type { ControlEdgeChange, ControlSaveResult, ControlSnapshot, ControlSnapshotInfo, ControlSnapshotInput, IsoDate, Issue, Severity } from '../../domain/index.js'
import type { ControlImportRecord, ControlStore } from '../control-store.js'
import { decodeFlatMultiPolygon, decodeMultiPolygon, encodeMultiPolygon } from '../geometry-blob.js'

interface SnapshotRow {
  date: string
  revision: number
  source: string
  origin: string
  geometry_sha256: string
  area_km2: number
  imported_at: string
}

interface SnapshotRowWithGeometry extends SnapshotRow {
  geometry: Buffer
}

const INFO_COLUMNS = 'date, revision, source, origin, geometry_sha256, area_km2, imported_at'
/** The latest revision of each date. */
const LATEST = `s.revision = (SELECT MAX(revision) FROM control_snapshots WHERE date = s.date)`

/** Control snapshots in SQLite: one row per (date, revision), geometry as a compact blob. */
export function createSqliteControlStore(db: BetterSqlite3.Database): ControlStore {
  const latestOf = db.prepare<[string], { revision: number; geometry_sha256: string }>(
    'SELECT revision, geometry_sha256 FROM control_snapshots WHERE date = ? ORDER BY revision DESC LIMIT 1',
  )
  const insert = db.prepare(
    `INSERT INTO control_snapshots (date, revision, source, origin, geometry_sha256, area_km2, geometry, imported_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const save = db.transaction((snapshots: readonly ControlSnapshotInput[], importedAt: string): ControlSaveResult[] => {
    const results: ControlSaveResult[] = []
    for (const s of snapshots) {
      const latest = latestOf.get(s.date)
      if (latest && latest.geometry_sha256 === s.geometrySha256) {
        results.push({ date: s.date, revision: latest.revision, outcome: 'unchanged' })
        continue
      }
      const revision = latest ? latest.revision + 1 : 1
      insert.run(s.date, revision, s.source, s.origin, s.geometrySha256, s.areaKm2, encodeMultiPolygon(s.geometry), importedAt)
      results.push({ date: s.date, revision, outcome: latest ? 'revised' : 'inserted' })
    }
    return results
  })
  // prepared on first use: a database opened read-only at an older schema lacks the table
  let insertChange: BetterSqlite3.Statement | null = null
  const saveChanges = db.transaction((changes: readonly ControlEdgeChange[]) => {
    insertChange ??= db.prepare('INSERT OR IGNORE INTO control_edge_changes (from_sha256, to_sha256, edges, segments) VALUES (?, ?, ?, ?)')
    for (const c of changes) insertChange.run(c.fromSha256, c.toSha256, c.segments.length / 4, Buffer.from(c.segments.buffer, c.segments.byteOffset, c.segments.byteLength))
  })
  const insertImport = db.prepare(
    `INSERT INTO control_imports (started_at, finished_at, paths, inserted, revised, unchanged, rejected) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertIssue = db.prepare(
    `INSERT INTO control_import_issues (import_id, seq, code, severity, message, source_id) VALUES (?, ?, ?, ?, ?, ?)`,
  )
  const recordImport = db.transaction((r: ControlImportRecord): number => {
    const id = Number(insertImport.run(r.startedAt, r.finishedAt, JSON.stringify(r.paths), r.inserted, r.revised, r.unchanged, r.rejected).lastInsertRowid)
    r.issues.forEach((issue, seq) => insertIssue.run(id, seq, issue.code, issue.severity, issue.message, issue.sourceId ?? null))
    return id
  })
  // The latest revision of each day in the range, with its geometry blob (both loaders decode it their way).
  const selectLatestWithGeometry = db.prepare(
    `SELECT ${INFO_COLUMNS}, geometry FROM control_snapshots s
     WHERE ${LATEST} AND (@from IS NULL OR date >= @from) AND (@to IS NULL OR date <= @to)
     ORDER BY date`,
  )
  const latestRowsWithGeometry = (options: { readonly from?: IsoDate; readonly to?: IsoDate }): SnapshotRowWithGeometry[] =>
    selectLatestWithGeometry.all({ from: options.from ?? null, to: options.to ?? null }) as SnapshotRowWithGeometry[]

  return {
    async saveControlSnapshots(snapshots) {
      return save(snapshots, new Date().toISOString())
    },

    async listControlSnapshots(options = {}) {
      const sql = options.allRevisions
        ? `SELECT ${INFO_COLUMNS} FROM control_snapshots ORDER BY date, revision`
        : `SELECT ${INFO_COLUMNS} FROM control_snapshots s WHERE ${LATEST} ORDER BY date`
      return (db.prepare(sql).all() as SnapshotRow[]).map(toInfo)
    },

    async loadControlSnapshots(options = {}) {
      const rows = latestRowsWithGeometry(options)
      return rows.map(toSnapshot)
    },

    async loadFlatControlSnapshots(options = {}) {
      const rows = latestRowsWithGeometry(options)
      return rows.map((row) => ({ ...toInfo(row), geometry: decodeFlatMultiPolygon(row.geometry) }))
    },

    async openFlatControlSnapshots(options = {}) {
      const snapshots = (
        db
          .prepare(
            `SELECT ${INFO_COLUMNS} FROM control_snapshots s
             WHERE ${LATEST} AND (@from IS NULL OR date >= @from) AND (@to IS NULL OR date <= @to)
             ORDER BY date`,
          )
          .all({ from: options.from ?? null, to: options.to ?? null }) as SnapshotRow[]
      ).map(toInfo)
      const read = db.prepare<[string, number], { geometry: Buffer }>('SELECT geometry FROM control_snapshots WHERE date = ? AND revision = ?')
      return {
        snapshots,
        readGeometry(date, revision) {
          const row = read.get(date, revision)
          if (!row) throw new Error(`control snapshot ${date} revision ${revision} is not in the store`)
          return decodeFlatMultiPolygon(row.geometry)
        },
      }
    },

    async saveControlEdgeChanges(changes) {
      saveChanges(changes)
    },

    async loadControlEdgeChanges(pairs) {
      // a database opened read-only at an older schema has no such table: nothing is kept there
      if (pairs.length === 0 || !hasTable(db, 'control_edge_changes')) return []
      const rows = db
        .prepare(
          `SELECT from_sha256, to_sha256, segments FROM control_edge_changes
           WHERE (from_sha256, to_sha256) IN (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?))`,
        )
        .all(JSON.stringify(pairs.map((p) => [p.fromSha256, p.toSha256]))) as { from_sha256: string; to_sha256: string; segments: Buffer }[]
      return rows.map((row): ControlEdgeChange => {
        const segments = new Float64Array(row.segments.byteLength / 8)
        new Uint8Array(segments.buffer).set(row.segments)
        return { fromSha256: row.from_sha256, toSha256: row.to_sha256, segments }
      })
    },

    async getControlSnapshot(date: IsoDate, revision?: number) {
      const row = (
        revision === undefined
          ? db.prepare(`SELECT ${INFO_COLUMNS}, geometry FROM control_snapshots WHERE date = ? ORDER BY revision DESC LIMIT 1`).get(date)
          : db.prepare(`SELECT ${INFO_COLUMNS}, geometry FROM control_snapshots WHERE date = ? AND revision = ?`).get(date, revision)
      ) as SnapshotRowWithGeometry | undefined
      return row ? toSnapshot(row) : null
    },

    async recordControlImport(record) {
      return recordImport(record)
    },

    async listControlImports(limit = 20) {
      const runs = db.prepare('SELECT * FROM control_imports ORDER BY id DESC LIMIT ?').all(limit) as {
        id: number
        started_at: string
        finished_at: string
        paths: string
        inserted: number
        revised: number
        unchanged: number
        rejected: number
      }[]
      const issuesOf = db.prepare('SELECT code, severity, message, source_id FROM control_import_issues WHERE import_id = ? ORDER BY seq')
      return runs.map((run) => ({
        id: run.id,
        startedAt: run.started_at,
        finishedAt: run.finished_at,
        paths: JSON.parse(run.paths) as string[],
        inserted: run.inserted,
        revised: run.revised,
        unchanged: run.unchanged,
        rejected: run.rejected,
        issues: (issuesOf.all(run.id) as { code: string; severity: Severity; message: string; source_id: string | null }[]).map(
          (i): Issue => ({ code: i.code, severity: i.severity, message: i.message, ...(i.source_id === null ? {} : { sourceId: i.source_id }) }),
        ),
      }))
    },
  }
}

function toInfo(row: SnapshotRow): ControlSnapshotInfo {
  return {
    date: row.date,
    revision: row.revision,
    source: row.source,
    origin: row.origin,
    geometrySha256: row.geometry_sha256,
    areaKm2: row.area_km2,
    importedAt: row.imported_at,
  }
}

function toSnapshot(row: SnapshotRowWithGeometry): ControlSnapshot & { readonly origin: string; readonly importedAt: string } {
  return { ...toInfo(row), geometry: decodeMultiPolygon(row.geometry) }
}

function hasTable(db: BetterSqlite3.Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined
}
