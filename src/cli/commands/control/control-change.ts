import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Command } from 'commander'
import { parseIsoDate } from '../../../control/index.js'
import { type ChangeAnswer, InputError } from '../../../domain/index.js'
import type { CliContext } from '../../context.js'
import { formatKm2, formatSignedKm2 } from '../../format.js'
import { writeJson } from '../../output.js'
import { dateOption, withControlSeries } from './series-access.js'

export function registerControlChange(control: Command, ctx: CliContext): void {
  control
    .command('change')
    .description(
      'Territory that changed hands between two dates: gained (occupied at --to, not at --from), lost (the reverse) and net, ' +
        'in km² (geodesic, WGS84 ellipsoid), with the change polygons. Each date uses the snapshot in force then.',
    )
    .requiredOption('--from <YYYY-MM-DD>', 'the earlier date')
    .requiredOption('--to <YYYY-MM-DD>', 'the later date')
    .option('--region <name>', 'only within this oblast (English, Ukrainian or Russian name)')
    .option('--geojson <file>', 'write the gained and lost polygons as a GeoJSON FeatureCollection (simplestyle colours)')
    .option('--json', 'print the answer as JSON (with the polygons)')
    .action(async (opts: { from: string; to: string; region?: string; geojson?: string; json?: boolean }) => {
      await withControlSeries(ctx, {}, async (series) => {
        const from = dateOption(series, parseIsoDate(opts.from, '--from'), '--from')
        const to = dateOption(series, parseIsoDate(opts.to, '--to'), '--to')
        if (from > to) throw new InputError(`--from ${from} is after --to ${to}; expected from <= to`)
        const answer = series.changeBetween(from, to, opts.region) as ChangeAnswer
        if (opts.geojson) await writeFile(resolve(ctx.io.cwd, opts.geojson), `${JSON.stringify(changeFeatureCollection(answer))}\n`)
        if (opts.json) {
          writeJson(ctx.io, { ...answer, method: 'geodesic area on the WGS84 ellipsoid (GeographicLib)' })
          return
        }
        const { io } = ctx
        io.stdout(
          `Change${answer.region ? ` in ${answer.region}` : ''} from ${answer.from} to ${answer.to} ` +
            `(snapshots ${answer.snapshotFrom} → ${answer.snapshotTo}; geodesic km², WGS84 ellipsoid):\n` +
            `  gained  ${formatKm2(answer.gainedKm2).padStart(12)} km²  (${answer.gained.coordinates.length} polygons)\n` +
            `  lost    ${formatKm2(answer.lostKm2).padStart(12)} km²  (${answer.lost.coordinates.length} polygons)\n` +
            `  net     ${formatSignedKm2(answer.netKm2).padStart(12)} km²\n`,
        )
        if (opts.geojson) io.stdout(`Polygons written to ${opts.geojson}\n`)
      })
    })
}

/** The change as GeoJSON: one feature per side, coloured for any viewer (simplestyle-spec 1.1). */
export function changeFeatureCollection(answer: ChangeAnswer) {
  const common = { from: answer.from, to: answer.to, snapshotFrom: answer.snapshotFrom, snapshotTo: answer.snapshotTo, region: answer.region }
  return {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { kind: 'gained', ...common, areaKm2: answer.gainedKm2, fill: '#c0392b', 'fill-opacity': 0.5, stroke: '#922b21' }, geometry: answer.gained },
      { type: 'Feature', properties: { kind: 'lost', ...common, areaKm2: answer.lostKm2, fill: '#2471a3', 'fill-opacity': 0.5, stroke: '#1a5276' }, geometry: answer.lost },
    ],
  }
}
