import type { Command } from 'commander'
import type { CliContext } from '../../context.js'
import { formatKm2 } from '../../format.js'
import { writeJson } from '../../output.js'
import { dateOption, withControlSeries } from './series-access.js'

export function registerControlArea(control: Command, ctx: CliContext): void {
  control
    .command('area')
    .description('Occupied area on a date, in km², geodesic on the WGS84 ellipsoid (GeographicLib), from the snapshot in force then (the latest on or before the date)')
    .option('--date <YYYY-MM-DD>', 'the date (default: the last snapshot)')
    .option('--region <name>', 'only within this oblast (English, Ukrainian or Russian name, e.g. "Donetsk region", "Донецька область")')
    .option('--json', 'print the answer as JSON')
    .action(async (opts: { date?: string; region?: string; json?: boolean }) => {
      await withControlSeries(ctx, {}, (series) => {
        const date = dateOption(series, opts.date, '--date')
        const answer = series.areaOn(date, opts.region)
        if (!answer) throw new Error(`no snapshot on ${date}`)
        if (opts.json) {
          writeJson(ctx.io, { ...answer, method: 'geodesic area on the WGS84 ellipsoid (GeographicLib)' })
          return
        }
        ctx.io.stdout(
          `Occupied area${answer.region ? ` in ${answer.region}` : ''} on ${answer.date}: ${formatKm2(answer.areaKm2)} km² ` +
            `(snapshot ${answer.snapshotDate}; geodesic, WGS84 ellipsoid)\n`,
        )
      })
    })
}
