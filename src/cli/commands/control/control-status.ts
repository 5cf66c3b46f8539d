import type { Command } from 'commander'
import { InputError, type LngLat } from '../../../domain/index.js'
import type { CliContext } from '../../context.js'
import { formatKm2 } from '../../format.js'
import { writeJson } from '../../output.js'
import { lookupPlace } from '../../place-lookup.js'
import { dateOption, parseKm, parseLngLat, withControlSeries } from './series-access.js'

export function registerControlStatus(control: Command, ctx: CliContext): void {
  control
    .command('status')
    .description(
      'Status of a place or point on a date — occupied, free, or edge (within --edge-km of the line) — and every change ' +
        'between occupied and free over the whole series, with the dates of the snapshots on either side.',
    )
    .option('--place <name>', 'a place by name, in any language, spelling or case form (the gazetteer; settlements first)')
    .option('--at <lon,lat>', 'a point in WGS84 degrees, longitude first (e.g. 37.18,48.28)')
    .option('--date <YYYY-MM-DD>', 'the date (default: the last snapshot)')
    .option('--edge-km <km>', 'width of the edge band on either side of the line', '1')
    .option('--json', 'print the answer as JSON')
    .action(async (opts: { place?: string; at?: string; date?: string; edgeKm: string; json?: boolean }) => {
      if ((opts.place === undefined) === (opts.at === undefined)) throw new InputError('give exactly one of --place NAME or --at LON,LAT')
      const edgeKm = parseKm(opts.edgeKm, '--edge-km')
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
        const place = found
          ? { name: found.place.name, admin1: found.place.admin1, country: found.place.country, lat: found.place.lat, lon: found.place.lon, source: found.source, alternatives: found.alternatives.map((a) => ({ name: a.name, admin1: a.admin1, lat: a.lat, lon: a.lon })) }
          : null
        if (opts.json) {
          writeJson(ctx.io, { place, at, status, transitions, coverage })
          return
        }
        const { io } = ctx
        const label = place ? `${place.name}, ${place.admin1} (${place.lat}°N ${place.lon}°E, ${place.source})` : describePoint(at)
        const side = status.side === 'occupied' ? 'inside the occupied area' : 'outside the occupied area'
        io.stdout(
          `${label}\n` +
            `  on ${status.date} (snapshot ${status.snapshotDate}): ${status.status} — ${side}, ${formatKm2(status.distanceToLineKm, 2)} km from the line (edge band ${status.edgeKm} km)\n`,
        )
        if (transitions.length === 0) {
          io.stdout(`  no change between occupied and free over the series (${coverage?.start} .. ${coverage?.end}); ${status.side} throughout\n`)
        } else {
          io.stdout(`  ${transitions.length} change(s) over the series (${coverage?.start} .. ${coverage?.end}):\n`)
          for (const t of transitions) io.stdout(`    ${t.date}  ${t.from} → ${t.to}  (previous snapshot ${t.previousSnapshotDate})\n`)
        }
        if (place && place.alternatives.length > 0) {
          const shown = place.alternatives.slice(0, 5).map((a) => `${a.name}, ${a.admin1}`)
          const more = place.alternatives.length > 5 ? `; and ${place.alternatives.length - 5} more (--json lists all)` : ''
          io.stdout(`  (the name also fits: ${shown.join('; ')}${more})\n`)
        }
      })
    })
}

function describePoint(at: LngLat): string {
  return `point ${at[0]},${at[1]} (lon,lat)`
}
