import type { ChangeAnswer, ControlView, IsoDate, MultiPolygon, Place } from '../domain/index.js'
import type { Gazetteer } from '../geoparse/index.js'
import type { BriefClaim, BriefFinding, ChangedSettlement, DailyBrief } from '../ledger/index.js'
import type { Store } from '../store/index.js'
import { addDays } from '../text/index.js'

const PAGE = 500
// Findings that are not reporting errors (cleaning notes), or are listed in their own section.
const NOT_IN_FINDINGS = new Set(['boilerplate-removed', 'contradiction'])

/**
 * The settlements (surveyed gazetteer points) whose side of the line differs between the change's
 * two snapshots: candidates are the settlements near each gained or lost polygon, each checked on
 * both snapshots, so a settlement counts only when the map moved it across the line.
 */
export function findChangedSettlements(view: ControlView, gazetteer: Gazetteer, change: ChangeAnswer): ChangedSettlement[] {
  const found = new Map<string, ChangedSettlement>()
  for (const geometry of [change.gained, change.lost] as MultiPolygon[]) {
    for (const polygon of geometry.coordinates) {
      const ring = polygon[0]
      if (!ring || ring.length === 0) continue
      let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity]
      for (const [x, y] of ring as [number, number][]) {
        if (x < minX) minX = x
        if (x > maxX) maxX = x
        if (y < minY) minY = y
        if (y > maxY) maxY = y
      }
      const lat = (minY + maxY) / 2
      const lon = (minX + maxX) / 2
      const radiusKm = Math.hypot(((maxX - minX) / 2) * 111.32 * Math.cos((lat * Math.PI) / 180), ((maxY - minY) / 2) * 110.6) + 1
      for (const { entry } of gazetteer.nearest(lat, lon, { maxKm: radiusKm, limit: 2_000, kind: 'settlement' })) {
        if (found.has(entry.id)) continue
        const at = [entry.lon, entry.lat] as const
        const before = view.statusAt(at, change.snapshotFrom)
        const after = view.statusAt(at, change.snapshotTo)
        if (!before?.side || !after?.side || before.side === after.side) continue
        found.set(entry.id, { id: entry.id, name: entry.name, admin1: entry.admin1, from: before.side, to: after.side })
      }
    }
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
}

/**
 * The daily brief for `date`: the change between the snapshots in force the day before and on the
 * day, the settlements that changed hands (named from the gazetteer), the claims of that day's
 * documents with their verdicts, the contradictions over the day, and that day's reporting errors.
 */
export async function loadDailyBrief(store: Store, view: ControlView | null, gazetteer: Gazetteer | null, date: IsoDate): Promise<DailyBrief> {
  const notes: string[] = []
  let area: DailyBrief['area'] = null
  let settlements: ChangedSettlement[] = []
  let snapshots: DailyBrief['snapshots'] = { before: null, on: null }
  if (view?.coverage) {
    const change = view.changeBetween(addDays(date, -1), date) ?? view.changeBetween(date, date)
    const held = view.areaOn(date)
    snapshots = { before: view.snapshotDateOn(addDays(date, -1)), on: view.snapshotDateOn(date) }
    if (change && held) {
      area = { gainedKm2: change.gainedKm2, lostKm2: change.lostKm2, netKm2: change.netKm2, occupiedKm2: held.areaKm2 }
      if (gazetteer) settlements = findChangedSettlements(view, gazetteer, change)
      else notes.push('No gazetteer loaded: settlements that changed hands are not named.')
    } else notes.push(`No control snapshot is in force on ${date} (the series covers ${view.coverage.start}..${view.coverage.end}).`)
    if (snapshots.on !== null && snapshots.on !== date) notes.push(`The map has no snapshot dated ${date}; the one in force is ${snapshots.on}.`)
  } else notes.push('No control series loaded: territory and settlements are not covered.')

  const claims: BriefClaim[] = []
  const findings: BriefFinding[] = []
  for (let offset = 0; ; offset += PAGE) {
    const documents = await store.listDocuments({ from: date, to: date, limit: PAGE, offset })
    for (const doc of documents) {
      const analysis = await store.getAnalysis(doc.id)
      if (!analysis) continue
      const ref = { id: doc.id, title: doc.title, outlet: doc.outlet }
      for (const claim of analysis.claims) {
        if (claim.duplicateOf) continue
        const placeNames = claim.places.flatMap((i) => (analysis.places[i] ? [(analysis.places[i] as Place).name] : []))
        claims.push({ claim, document: ref, placeNames })
      }
      for (const finding of analysis.findings) if (!NOT_IN_FINDINGS.has(finding.code)) findings.push({ finding, document: ref })
    }
    if (documents.length < PAGE) break
  }
  const contradictions = await store.listContradictions({ from: date, to: date, limit: 1_000 })
  return { date, snapshots, area, settlements, claims, contradictions, findings, notes }
}
