import type { Command } from 'commander'
import { type AreaCrossing, type ControlSeries, findAreaCrossings, makeDisc, type SettlementRadius, settlementRadiusKm } from '../../../control/index.js'
import { type IsoDate, InputError, type LngLat } from '../../../domain/index.js'
import type { CliContext } from '../../context.js'
import { formatKm2 } from '../../format.js'
import { writeJson } from '../../output.js'
import { lookupPlace } from '../../place-lookup.js'
import { dateOption, parseKm, parseLngLat, withControlSeries } from './series-access.js'

export function registerControlStatus(control: Command, ctx: CliContext): void {
  control
    .command('status')
    .description(
      'Status of a place or point on a date — occupied, free, or edge (within --edge-km of the front line) — and every change ' +
        'between occupied and free over the whole series, with the dates of the snapshots on either side. ' +
        'For a place, also when the line crossed its area: a disc around its point sized from its population ' +
        '(2,000 people per km², 0.5-10 km; --radius-km overrides), from the first snapshot with more than 2% of it ' +
        'across to the first with 98% or more on one side, with the day half of it was across.',
    )
    .option('--place <name>', 'a place by name, in any language, spelling or case form (the gazetteer; settlements first)')
    .option('--at <lon,lat>', 'a point in WGS84 degrees, longitude first (e.g. 37.18,48.28)')
    .option('--date <YYYY-MM-DD>', 'the date (default: the last snapshot)')
    .option('--edge-km <km>', 'width of the edge band on either side of the front line', '1')
    .option('--radius-km <km>', "radius of the settlement's area (default: from its population; with --at, no area unless given)")
    .option('--json', 'print the answer as JSON')
    .action(async (opts: { place?: string; at?: string; date?: string; edgeKm: string; radiusKm?: string; json?: boolean }) => {
      if ((opts.place === undefined) === (opts.at === undefined)) throw new InputError('give exactly one of --place NAME or --at LON,LAT')
      const edgeKm = parseKm(opts.edgeKm, '--edge-km')
      const radiusOption = opts.radiusKm === undefined ? undefined : parseKm(opts.radiusKm, '--radius-km')
      if (radiusOption === 0) throw new InputError('--radius-km: 0 is not a radius; expected a number of km > 0')
      const found = opts.place === undefined ? null : lookupPlace(opts.place)
      const at: LngLat = found ? [found.place.lon, found.place.lat] : parseLngLat(opts.at as string)
      await withControlSeries(ctx, { edgeKm }, (series) => {
        const date = dateOption(series, opts.date, '--date')
        if (!series.covers(at)) {
          throw new InputError(`${describePoint(at)} is outside the area the control map covers (Ukraine); it cannot say who holds it`)
        }
        const status = series.statusAt(at, date)
        if (!status) throw new Error(`no status for ${at.join(',')} on ${date}`)
        const transitions = series.transitions(at)
        const coverage = series.coverage
        const radius: SettlementRadius | null =
          radiusOption !== undefined ? { radiusKm: radiusOption, basis: '--radius-km' } : found ? settlementRadiusKm(found.place.population) : null
        const area = radius ? settlementArea(series, at, radius, status.snapshotDate) : null
        const place = found
          ? { name: found.place.name, admin1: found.place.admin1, country: found.place.country, lat: found.place.lat, lon: found.place.lon, source: found.source, alternatives: found.alternatives.map((a) => ({ name: a.name, admin1: a.admin1, lat: a.lat, lon: a.lon })) }
          : null
        if (opts.json) {
          writeJson(ctx.io, { place, at, status, transitions, area, coverage })
          return
        }
        const { io } = ctx
        const label = place ? `${place.name}, ${place.admin1} (${place.lat}°N ${place.lon}°E, ${place.source})` : describePoint(at)
        const side = status.side === 'occupied' ? 'inside the occupied area' : 'outside the occupied area'
        io.stdout(
          `${label}\n` +
            `  on ${status.date} (snapshot ${status.snapshotDate}): ${status.status} — ${side}, ${describeLineDistance(status.distanceToLineKm)} (edge band ${status.edgeKm} km)\n`,
        )
        if (transitions.length === 0) {
          io.stdout(`  no change between occupied and free over the series (${coverage?.start} .. ${coverage?.end}); ${status.side} throughout\n`)
        } else {
          io.stdout(`  ${transitions.length} change(s) over the series (${coverage?.start} .. ${coverage?.end}):\n`)
          for (const t of transitions) io.stdout(`    ${t.date}  ${t.from} → ${t.to}  (previous snapshot ${t.previousSnapshotDate})\n`)
        }
        if (area) io.stdout(describeArea(area, status.snapshotDate))
        if (place && place.alternatives.length > 0) {
          const shown = place.alternatives.slice(0, 5).map((a) => `${a.name}, ${a.admin1}`)
          const more = place.alternatives.length > 5 ? `; and ${place.alternatives.length - 5} more (--json lists all)` : ''
          io.stdout(`  (the name also fits: ${shown.join('; ')}${more})\n`)
        }
      })
    })
}

interface SettlementAreaAnswer {
  readonly radiusKm: number
  /** How the radius was chosen. */
  readonly basis: string
  readonly areaKm2: number
  /** Occupied share of the disc on the snapshot the status used. */
  readonly occupiedShare: number
  readonly crossings: readonly AreaCrossing[]
  /** The share from the first snapshot on, and at every snapshot where it changed. */
  readonly steps: readonly { readonly date: IsoDate; readonly previousSnapshotDate: IsoDate | null; readonly occupiedShare: number }[]
}

function settlementArea(series: ControlSeries, at: LngLat, radius: SettlementRadius, snapshotDate: IsoDate): SettlementAreaAnswer {
  const disc = makeDisc(at, radius.radiusKm)
  const steps = series.shareHistory(disc)
  const current = steps.filter((s) => s.date <= snapshotDate).at(-1)
  return { radiusKm: radius.radiusKm, basis: radius.basis, areaKm2: disc.areaKm2, occupiedShare: current?.occupiedShare ?? 0, crossings: findAreaCrossings(steps), steps }
}

const percent = (share: number) => `${Math.round(share * 100)}%`

function describeArea(area: SettlementAreaAnswer, snapshotDate: IsoDate): string {
  let out = `  its area (disc of ${area.radiusKm} km, ${formatKm2(area.areaKm2, 1)} km²; ${area.basis}): ${percent(area.occupiedShare)} occupied on ${snapshotDate}\n`
  if (area.crossings.length === 0) return `${out}    the line never crossed it over the series (never more than 2% across)\n`
  for (const c of area.crossings) {
    const start = c.from === null ? `already split when the series starts (${c.firstDate})` : `first over 2% across ${c.firstDate} (previous snapshot ${c.previousSnapshotDate})`
    const half = c.halfDate ? `half across ${c.halfDate}` : `never half across (at most ${percent(c.peakShare)})`
    const end = c.to === 'split' ? `still split at the series' end (${percent(c.occupiedShareAfter)} occupied)` : `wholly ${c.to} ${c.lastDate}`
    const what = c.to === 'split' ? 'line in the area' : c.from === c.to ? `${c.from} again: did not hold` : `${c.from ?? 'split'} → ${c.to}`
    out += `    ${c.firstDate} .. ${c.lastDate ?? 'now'}  ${what}: ${start}; ${half}; ${end}\n`
  }
  return out
}

function describePoint(at: LngLat): string {
  return `point ${at[0]},${at[1]} (lon,lat)`
}

/**
 * The distance to the front line: the land front, the part of the occupied area's boundary facing
 * ground Ukraine holds (not its coast nor the state border; control/geometry/front-line.ts).
 */
function describeLineDistance(km: number): string {
  return Number.isFinite(km) ? `${formatKm2(km, 2)} km from the front line (the land front: coast and state border excluded)` : 'no front line on this snapshot'
}
