import type { Command } from 'commander'
import type { CliContext } from '../context.js'
import { registerControlArea } from './control/control-area.js'
import { registerControlChange } from './control/control-change.js'
import { registerControlImport } from './control/control-import.js'
import { registerControlRegions } from './control/control-regions.js'
import { registerControlReport } from './control/control-report.js'
import { registerControlStatus } from './control/control-status.js'
import { registerControlTimeline } from './control/control-timeline.js'

/** `frontline control`: the territorial-control map history. */
export function registerControl(program: Command, ctx: CliContext): void {
  const control = program
    .command('control')
    .description(
      'The territorial-control map history (DeepState daily snapshots): import, area, change, status, timeline, report. ' +
        'Areas are geodesic on the WGS84 ellipsoid (GeographicLib, Karney 2013); every answer names the snapshot dates it used ' +
        '(the latest snapshot on or before each date asked).',
    )
  registerControlImport(control, ctx)
  registerControlArea(control, ctx)
  registerControlChange(control, ctx)
  registerControlStatus(control, ctx)
  registerControlTimeline(control, ctx)
  registerControlReport(control, ctx)
  registerControlRegions(control, ctx)
}
