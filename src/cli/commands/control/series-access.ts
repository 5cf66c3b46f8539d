import { type ControlSeries, parseIsoDate } from '../../../control/index.js'
import { InputError, type IsoDate, type LngLat, NotFoundError } from '../../../domain/index.js'
// Not pipeline/index.js: that brings every stage of the analysis (~0.5 s of module loading) to
// commands that only read the control series.
import { loadControlSeries } from '../../../pipeline/load-control-series.js'
import type { CliContext } from '../../context.js'

/** Opens the store, loads the control series, runs `fn`, closes the store. An empty series is a NotFoundError. */
export async function withControlSeries<T>(ctx: CliContext, options: { edgeKm?: number }, fn: (series: ControlSeries) => Promise<T> | T): Promise<T> {
  const store = await ctx.openStore()
  try {
    // lazy: geometries are read as questions need them, while the store is open (it is until fn returns)
    const series = await loadControlSeries(store, { lazy: true, ...(options.edgeKm === undefined ? {} : { edgeKm: options.edgeKm }) })
    if (!series.coverage) {
      throw new NotFoundError(`${store.location} has no control snapshots; import some first: frontline control import PATH (e.g. data/control-sample)`)
    }
    return await fn(series)
  } finally {
    await store.close()
  }
}

/** A date option, or the series' last snapshot date when absent. Before the series starts is a NotFoundError. */
export function dateOption(series: ControlSeries, value: string | undefined, option: string): IsoDate {
  const coverage = series.coverage as { start: IsoDate; end: IsoDate }
  if (value === undefined) return coverage.end
  const date = parseIsoDate(value, option)
  if (date < coverage.start) throw new NotFoundError(`${option} ${date} is before the series starts (${coverage.start}); no snapshot is in force then`)
  return date
}

/** `--at LON,LAT` (WGS84 degrees, GeoJSON order). */
export function parseLngLat(value: string): LngLat {
  const parts = value.split(',').map((p) => p.trim())
  const [lng, lat] = parts.map(Number)
  if (parts.length !== 2 || lng === undefined || lat === undefined || !Number.isFinite(lng) || !Number.isFinite(lat)) {
    throw new InputError(`--at: ${JSON.stringify(value)} is not a point; expected LON,LAT in degrees, e.g. 37.18,48.28`)
  }
  if (lng < -180 || lng > 180 || lat < -90 || lat > 90) {
    throw new InputError(`--at: ${value} is outside longitude -180..180 / latitude -90..90; expected LON,LAT in degrees`)
  }
  return [lng, lat]
}

/** A positive number option (km). */
export function parseKm(value: string, option: string): number {
  const km = Number(value)
  if (!Number.isFinite(km) || km < 0) throw new InputError(`${option}: ${JSON.stringify(value)} is not a distance; expected a number of km >= 0`)
  return km
}
