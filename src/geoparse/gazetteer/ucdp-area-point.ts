import { AREA_POINTS } from './region-points.js'

/**
 * The point UCDP GED codes an area across oblasts at ("Donets Basin Area", "Southern Ukraine": region-points.ts,
 * generated; derive-region-points.ts says why). Throws when the generated table lacks the area, so a stale table
 * fails at load, not by a silently missing place.
 */
export function ucdpAreaPoint(area: string): { readonly lat: number; readonly lon: number } {
  const p = AREA_POINTS.find((a) => a.area === area)
  if (!p) throw new Error(`region-points.ts has no area ${JSON.stringify(area)}: run npm run build:region-points`)
  return { lat: p.lat, lon: p.lon }
}
