import type { Command } from 'commander'
import { parseIsoDate, type TimelineStepSize } from '../../../control/index.js'
import { InputError } from '../../../domain/index.js'
import type { CliContext } from '../../context.js'
import { formatKm2, formatSignedKm2, formatTable } from '../../format.js'
import { writeJson } from '../../output.js'
import { dateOption, withControlSeries } from './series-access.js'

const STEPS: readonly TimelineStepSize[] = ['day', 'week', 'month']

export function registerControlTimeline(control: Command, ctx: CliContext): void {
  control
    .command('timeline')
    .description('Occupied area and its change (gained, lost, net km²; geodesic, WGS84 ellipsoid) per day, week or month, each row naming its snapshot')
    .option('--step <step>', 'day, week or month', 'month')
    .option('--from <YYYY-MM-DD>', 'first row (default: the first snapshot)')
    .option('--to <YYYY-MM-DD>', 'last row (default: the last snapshot)')
    .option('--region <name>', 'only within this oblast (English, Ukrainian or Russian name)')
    .option('--json', 'print the rows as JSON')
    .action(async (opts: { step: string; from?: string; to?: string; region?: string; json?: boolean }) => {
      if (!STEPS.includes(opts.step as TimelineStepSize)) throw new InputError(`--step: ${JSON.stringify(opts.step)} is not a step; expected day, week or month`)
      await withControlSeries(ctx, {}, (series) => {
        const coverage = series.coverage as { start: string; end: string }
        const from = opts.from === undefined ? coverage.start : dateOption(series, parseIsoDate(opts.from, '--from'), '--from')
        const to = opts.to === undefined ? coverage.end : parseIsoDate(opts.to, '--to')
        const steps = series.timeline({ step: opts.step as TimelineStepSize, from, to, ...(opts.region === undefined ? {} : { region: opts.region }) })
        const region = opts.region === undefined ? null : series.resolveRegion(opts.region).name
        if (opts.json) {
          writeJson(ctx.io, { step: opts.step, from, to, region, method: 'geodesic area on the WGS84 ellipsoid (GeographicLib)', steps })
          return
        }
        ctx.io.stdout(`Occupied area${region ? ` in ${region}` : ''} by ${opts.step}, ${from} .. ${to} (km², geodesic, WGS84 ellipsoid; change since the previous row):\n`)
        ctx.io.stdout(
          `${formatTable(
            ['date', 'snapshot', 'area km²', 'gained', 'lost', 'net'],
            steps.map((s) => [s.date, s.snapshotDate, formatKm2(s.areaKm2), formatKm2(s.gainedKm2), formatKm2(s.lostKm2), formatSignedKm2(s.netKm2)]),
          )}\n`,
        )
      })
    })
}
