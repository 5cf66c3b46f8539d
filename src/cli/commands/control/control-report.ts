import type { Command } from 'commander'
import { type ChangeFigures, type ControlReport, computeControlReport } from '../../../control/index.js'
import type { CliContext } from '../../context.js'
import { formatKm2, formatSignedKm2, formatTable } from '../../format.js'
import { writeJson } from '../../output.js'
import { withControlSeries } from './series-access.js'

export function registerControlReport(control: Command, ctx: CliContext): void {
  control
    .command('report')
    .description(
      'Statistics report of the control series in the database: coverage, occupied area at both ends, change per year and month, ' +
        'the biggest single-update gains and losses, and change per oblast (km², geodesic, WGS84 ellipsoid; every figure names its snapshots)',
    )
    .option('--top <n>', 'how many of the biggest updates to list', '5')
    .option('--json', 'print the report as JSON')
    .action(async (opts: { top: string; json?: boolean }) => {
      await withControlSeries(ctx, {}, async (series) => {
        const store = await ctx.openStore()
        const revisions = await store.listControlSnapshots({ allRevisions: true }).finally(() => store.close())
        const report = computeControlReport(series, { top: Math.max(1, Number.parseInt(opts.top, 10) || 5) }) as ControlReport
        const revised = revisions.length - series.snapshots.length
        if (opts.json) {
          writeJson(ctx.io, { ...report, revisionsKept: revised, method: 'geodesic area on the WGS84 ellipsoid (GeographicLib)' })
          return
        }
        ctx.io.stdout(formatControlReport(report, revised))
      })
    })
}

export function formatControlReport(r: ControlReport, revisionsKept: number): string {
  const out: string[] = []
  const change = (c: ChangeFigures) => `${formatSignedKm2(c.netKm2)} km² net (gained ${formatKm2(c.gainedKm2)}, lost ${formatKm2(c.lostKm2)})`
  out.push('Control series report (areas in km², geodesic on the WGS84 ellipsoid)')
  out.push('')
  out.push(`Series: ${r.snapshots} snapshots, ${r.coverage.start} .. ${r.coverage.end}; ${r.daysWithoutSnapshot} days without their own snapshot (the previous one holds); ${revisionsKept} older revisions kept`)
  out.push(`Occupied: ${formatKm2(r.areaStartKm2)} km² on ${r.coverage.start}, ${formatKm2(r.areaEndKm2)} km² on ${r.coverage.end}`)
  out.push(`Whole period: ${change(r.whole)}`)
  out.push('')
  out.push('By year (map in force on 1 January to the one on 1 January next, within the series):')
  out.push(
    formatTable(
      ['year', 'snapshots', 'gained', 'lost', 'net'],
      r.years.map((y) => [y.from.slice(0, 4), `${y.snapshotFrom} → ${y.snapshotTo}`, formatKm2(y.gainedKm2), formatKm2(y.lostKm2), formatSignedKm2(y.netKm2)]),
    ),
  )
  out.push('')
  out.push('By month (1st to 1st):')
  out.push(
    formatTable(
      ['month', 'snapshots', 'area at end', 'gained', 'lost', 'net'],
      r.months.map((m) => [m.from.slice(0, 7), `${m.snapshotFrom} → ${m.snapshotTo}`, formatKm2(m.areaEndKm2), formatKm2(m.gainedKm2), formatKm2(m.lostKm2), formatSignedKm2(m.netKm2)]),
    ),
  )
  const steps = (title: string, list: readonly ChangeFigures[]) => {
    out.push('')
    out.push(title)
    out.push(formatTable(['snapshots', 'gained', 'lost', 'net'], list.map((s) => [`${s.snapshotFrom} → ${s.snapshotTo}`, formatKm2(s.gainedKm2), formatKm2(s.lostKm2), formatSignedKm2(s.netKm2)])))
  }
  steps('Biggest gains between consecutive snapshots:', r.biggestGains)
  steps('Biggest losses between consecutive snapshots:', r.biggestLosses)
  if (r.regions.length > 0) {
    out.push('')
    out.push(`By oblast, ${r.coverage.start} → ${r.coverage.end}:`)
    out.push(formatTable(['oblast', 'gained', 'lost', 'net'], r.regions.map((g) => [g.region, formatKm2(g.gainedKm2), formatKm2(g.lostKm2), formatSignedKm2(g.netKm2)])))
  }
  return `${out.join('\n')}\n`
}
