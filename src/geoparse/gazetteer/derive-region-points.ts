// An oblast has no one point: the map draws it as its polygon, and the gazetteer's point for it is only
// what a row-level export, a marker and a distance measure use. That point was the mean of the oblast's
// raion centroids (COD-AB), which no data set codes. The conflict-event data set most used beside ours,
// UCDP GED, codes every event it can place no finer than an oblast (where_prec 4) at one point per oblast,
// and that point is not the centroid: Kherson Oblast is coded at the city of Kherson (57 km from the
// raions' mean), Zaporizhzhia Oblast at the city of Zaporizhzhia (75 km), Mykolaiv Oblast south of the
// centroid (64 km). A report naming only the oblast then lands where that data set puts such reports, so
// a row-level comparison with it measures the text's reading, not two conventions for an area's point.
//
// The rule, reproducible from the shared file (scripts/build-region-points.ts writes region-points.ts):
// for each oblast, the point UCDP codes most often for its where_prec 4 rows, kept when at least
// MIN_ROWS rows and more than half of the oblast's where_prec 4 rows have it (fewer is one coder's one
// choice, not a convention). Raions (where_prec 3) are not derived: UCDP's rows name the raions before the
// 2020 reform (490 of them, none with three rows in the file), the gazetteer's are the 136 of after it.
//
// Areas across oblasts (where_prec 5: "Donets Basin Area", "Southern Ukraine") get their point by the same rule,
// keyed by UCDP's name for the area (where_coordinates); the gazetteer's named regions (landmarks.ts) take it.
//
// Only the table's convention for a unit is used, never a row's point: nothing here is per row.
import { REGIONS, type RegionDef } from './regions.js'

/** A where_prec 4 row as the derivation reads it: UCDP's adm_1 ("Kherson oblast") and the coded point. */
export interface CodedRegionRow {
  readonly adm1: string
  readonly lat: number
  readonly lon: number
}

export interface DerivedRegionPoint {
  /** The region code of regions.ts (UA65 = Kherson Oblast). */
  readonly code: string
  /** UCDP's adm_1 as written. */
  readonly adm1: string
  readonly lat: number
  readonly lon: number
  /** Rows coded at this point, of the oblast's where_prec 4 rows. */
  readonly rows: number
  readonly ofRows: number
}

export const MIN_ROWS = 3

/** UCDP's adm_1 ("Zaporizhzhya oblast", "Kharkiv Oblast") as the gazetteer's Ukrainian region, by its Latin stems. */
export function regionOfAdm1(adm1: string): RegionDef | null {
  const stem = adm1.replace(/\s+(?:oblast|region|province)$/i, '').trim().toLowerCase()
  if (stem === '') return null
  return REGIONS.find((r) => r.country === 'UA' && !r.isCity && r.latinStems.some((s) => s.toLowerCase() === stem)) ?? null
}

/** The modal point of each oblast's where_prec 4 rows (see the rule above), ordered by region code. */
export function deriveRegionPoints(rows: readonly CodedRegionRow[]): DerivedRegionPoint[] {
  const byRegion = new Map<string, { adm1: string; points: Map<string, number> }>()
  for (const row of rows) {
    const region = regionOfAdm1(row.adm1)
    if (!region || !Number.isFinite(row.lat) || !Number.isFinite(row.lon)) continue
    const g = byRegion.get(region.code) ?? { adm1: row.adm1.trim(), points: new Map<string, number>() }
    byRegion.set(region.code, g)
    const key = `${row.lat},${row.lon}`
    g.points.set(key, (g.points.get(key) ?? 0) + 1)
  }
  const out: DerivedRegionPoint[] = []
  for (const [code, g] of byRegion) {
    const modal = modalPoint(g.points)
    if (modal) out.push({ code, adm1: g.adm1, ...modal })
  }
  return out.sort((a, b) => (a.code < b.code ? -1 : 1))
}

/** A where_prec 5-6 row as the derivation reads it: UCDP's name for the area ("Southern Ukraine") and the coded point. */
export interface CodedAreaRow {
  readonly area: string
  readonly lat: number
  readonly lon: number
}

export interface DerivedAreaPoint {
  /** UCDP's name for the area (where_coordinates), as written. */
  readonly area: string
  readonly lat: number
  readonly lon: number
  readonly rows: number
  readonly ofRows: number
}

/** The modal point of each area's rows, by the oblasts' rule (MIN_ROWS, more than half), ordered by name. */
export function deriveAreaPoints(rows: readonly CodedAreaRow[]): DerivedAreaPoint[] {
  const byArea = new Map<string, Map<string, number>>()
  for (const row of rows) {
    const area = row.area.trim()
    if (area === '' || !Number.isFinite(row.lat) || !Number.isFinite(row.lon)) continue
    const points = byArea.get(area) ?? new Map<string, number>()
    byArea.set(area, points)
    const key = `${row.lat},${row.lon}`
    points.set(key, (points.get(key) ?? 0) + 1)
  }
  const out: DerivedAreaPoint[] = []
  for (const [area, points] of byArea) {
    const modal = modalPoint(points)
    if (modal) out.push({ area, ...modal })
  }
  return out.sort((a, b) => (a.area < b.area ? -1 : 1))
}

/** The most frequent point of a tally (ties to the first in string order, so the table does not depend on row order), or null under the rule. */
function modalPoint(points: ReadonlyMap<string, number>): { lat: number; lon: number; rows: number; ofRows: number } | null {
  let total = 0
  for (const n of points.values()) total += n
  const [key, count] = [...points].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!
  if (count < MIN_ROWS || count * 2 <= total) return null
  const [lat, lon] = key.split(',').map(Number) as [number, number]
  return { lat, lon, rows: count, ofRows: total }
}
