import polygonClipping, { type MultiPolygon as PcMultiPolygon } from 'polygon-clipping'
import type { MultiPolygonCoords } from '../../domain/index.js'

/**
 * The baseline: the polygon overlay on the two whole snapshots (what turf's `difference` does).
 * Used by the benchmark for comparison and by tests as the reference the incremental method must match.
 */
export function computeChangeNaive(from: MultiPolygonCoords, to: MultiPolygonCoords): { gained: MultiPolygonCoords; lost: MultiPolygonCoords } {
  const a = from as PcMultiPolygon
  const b = to as PcMultiPolygon
  return { gained: polygonClipping.difference(b, a), lost: polygonClipping.difference(a, b) }
}
