import { existsSync, readFileSync } from 'node:fs'
import { EdgeAreaCache, type ControlSeries, createControlSeries, loadRegionLayer, parseControlGeoJson } from '../control/index.js'
import type { ControlSnapshot, IsoDate } from '../domain/index.js'
import { loadSampleSnapshots } from './control-sample.js'
import { sharedDataPath } from './shared-data.js'

/** The path of the shared DeepState file for a day. */
export function sharedControlFile(date: IsoDate): string {
  return sharedDataPath('deepstate-map-data', `deepstatemap_data_${date.replace(/-/g, '')}.geojson`)
}

/** A reason to skip when any of these days is missing from ../shared/data/deepstate-map-data, else null. */
export function sharedDaysSkipReason(dates: readonly IsoDate[]): string | null {
  const missing = dates.filter((d) => !existsSync(sharedControlFile(d)))
  return missing.length ? `needs ${missing.map(sharedControlFile).join(', ')} (the team's shared DeepState series), absent in this checkout` : null
}

/** Days of the full shared series, parsed as the import does (call only when `sharedDaysSkipReason` is null). */
export function loadSharedDays(dates: readonly IsoDate[]): ControlSnapshot[] {
  const cache = new EdgeAreaCache()
  return dates.map((date) => {
    const file = sharedControlFile(date)
    const parsed = parseControlGeoJson(readFileSync(file, 'utf8'), file, { source: 'DeepState', areaCache: cache })
    const snapshot = parsed.value[0]
    if (!snapshot) throw new Error(`${file}: ${parsed.issues.map((i) => i.message).join('; ')}`)
    return { ...snapshot, revision: 1 }
  })
}

/**
 * The bundled sample (44 real days) plus, when given, more real days from the shared series: a slice
 * small enough for unit tests that still holds the days a test's claims turn on.
 */
export function sampleSeriesWith(extraDays: readonly IsoDate[] = []): ControlSeries {
  const sample = loadSampleSnapshots()
  const have = new Set(sample.map((s) => s.date))
  const extra = loadSharedDays(extraDays.filter((d) => !have.has(d)))
  return createControlSeries([...sample, ...extra], { regions: loadRegionLayer() })
}
