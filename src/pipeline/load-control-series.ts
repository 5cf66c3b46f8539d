import { type ControlSeries, type ControlSeriesOptions, createControlSeries, loadRegionLayer } from '../control/index.js'
import type { IsoDate } from '../domain/index.js'
import type { Store } from '../store/index.js'

/**
 * The control history from the store as a ControlView (plus timelines and change polygons): the
 * latest revision of every date, with the shipped oblast layer for `region` arguments. This is how
 * verify, ledger, serve and the CLI get the series; they never read snapshots themselves.
 */
export async function loadControlSeries(
  store: Store,
  options: ControlSeriesOptions & { readonly from?: IsoDate; readonly to?: IsoDate } = {},
): Promise<ControlSeries> {
  const range = { ...(options.from ? { from: options.from } : {}), ...(options.to ? { to: options.to } : {}) }
  const snapshots = await store.loadControlSnapshots(range)
  return createControlSeries(snapshots, { regions: options.regions === undefined ? loadRegionLayer() : options.regions, ...(options.edgeKm === undefined ? {} : { edgeKm: options.edgeKm }) })
}
