import type { IsoDate } from '../../domain/index.js'
import { geodesicAreaKm2 } from '../geometry/geodesic-area.js'
import { packMultiPolygon } from '../geometry/packed-geometry.js'
import type { ControlSeries } from '../series/control-series.js'
import { addMonths, daysBetween } from '../series/iso-dates.js'

export interface ChangeFigures {
  readonly from: IsoDate
  readonly to: IsoDate
  readonly snapshotFrom: IsoDate
  readonly snapshotTo: IsoDate
  readonly gainedKm2: number
  readonly lostKm2: number
  readonly netKm2: number
}

export interface ControlReport {
  readonly coverage: { readonly start: IsoDate; readonly end: IsoDate }
  readonly snapshots: number
  /** Calendar days in the coverage with no snapshot of their own (the previous one stays in force). */
  readonly daysWithoutSnapshot: number
  readonly areaStartKm2: number
  readonly areaEndKm2: number
  /** Start to end, as one change (gross figures net out back-and-forth). */
  readonly whole: ChangeFigures
  /** Per calendar year: the map in force on 1 January to the one on 1 January next (clipped to the coverage). */
  readonly years: readonly ChangeFigures[]
  /** Per calendar month, the 1st to the 1st of the next (clipped), with the area at its end; months add up to years. */
  readonly months: readonly (ChangeFigures & { readonly areaEndKm2: number })[]
  /** The consecutive-snapshot changes with the largest gain and the largest loss. */
  readonly biggestGains: readonly ChangeFigures[]
  readonly biggestLosses: readonly ChangeFigures[]
  /** Start to end per Ukrainian oblast, largest net first (oblasts with no change left out). */
  readonly regions: readonly (ChangeFigures & { readonly region: string; readonly regionId: string })[]
}

/**
 * The statistics report of a loaded series (`frontline control report`): coverage, area at both
 * ends, change per year and month, the biggest single-update gains and losses, and change per
 * oblast. Every figure names its snapshot dates. All areas geodesic on the WGS84 ellipsoid.
 */
export function computeControlReport(series: ControlSeries, options: { readonly top?: number } = {}): ControlReport | null {
  const coverage = series.coverage
  if (!coverage) return null
  const top = options.top ?? 5
  const change = (from: IsoDate, to: IsoDate, region?: string): ChangeFigures => {
    const c = series.changeBetween(from, to, region)
    if (!c) throw new Error(`no snapshot on ${from}`)
    return { from, to, snapshotFrom: c.snapshotFrom, snapshotTo: c.snapshotTo, gainedKm2: c.gainedKm2, lostKm2: c.lostKm2, netKm2: c.netKm2 }
  }

  // periods are [start, next start): consecutive ones share their boundary map, so they add up
  const years: ChangeFigures[] = []
  for (let year = Number(coverage.start.slice(0, 4)); year <= Number(coverage.end.slice(0, 4)); year++) {
    const from = maxDate(`${year}-01-01`, coverage.start)
    const to = minDate(`${year + 1}-01-01`, coverage.end)
    if (from < to || years.length === 0) years.push(change(from, to))
  }
  const months: (ChangeFigures & { areaEndKm2: number })[] = []
  for (let monthStart = `${coverage.start.slice(0, 7)}-01`; monthStart <= coverage.end; monthStart = addMonths(monthStart, 1)) {
    const from = maxDate(monthStart, coverage.start)
    const to = minDate(addMonths(monthStart, 1), coverage.end)
    if (from < to || months.length === 0) months.push({ ...change(from, to), areaEndKm2: series.areaOn(to)?.areaKm2 ?? Number.NaN })
  }

  const steps: ChangeFigures[] = []
  for (let i = 0; i + 1 < series.snapshots.length; i++) {
    const g = series.changeGeometry(i, i + 1)
    if (g.gained.length === 0 && g.lost.length === 0) continue
    const a = series.snapshots[i]!
    const b = series.snapshots[i + 1]!
    const gainedKm2 = geodesicAreaKm2(packMultiPolygon(g.gained))
    const lostKm2 = geodesicAreaKm2(packMultiPolygon(g.lost))
    steps.push({ from: a.date, to: b.date, snapshotFrom: a.date, snapshotTo: b.date, gainedKm2, lostKm2, netKm2: gainedKm2 - lostKm2 })
  }
  const biggestGains = [...steps].sort((x, y) => y.gainedKm2 - x.gainedKm2).slice(0, top).filter((s) => s.gainedKm2 > 0)
  const biggestLosses = [...steps].sort((x, y) => y.lostKm2 - x.lostKm2).slice(0, top).filter((s) => s.lostKm2 > 0)

  const whole = change(coverage.start, coverage.end)
  const regions = (series.regions?.regions ?? [])
    .filter((r) => r.country === 'UA')
    .map((r) => ({ ...change(coverage.start, coverage.end, r.id), region: r.name, regionId: r.id }))
    .filter((r) => r.gainedKm2 + r.lostKm2 >= 0.05)
    .sort((x, y) => Math.abs(y.netKm2) - Math.abs(x.netKm2))

  return {
    coverage,
    snapshots: series.snapshots.length,
    daysWithoutSnapshot: daysBetween(coverage.start, coverage.end) + 1 - series.snapshots.length,
    areaStartKm2: series.snapshots[0]!.areaKm2,
    areaEndKm2: series.snapshots[series.snapshots.length - 1]!.areaKm2,
    whole,
    years,
    months,
    biggestGains,
    biggestLosses,
    regions,
  }
}

function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b
}

function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b
}
