import type { LngLat } from '../domain/index.js'

// Points are keyed on the control map's own grid, 1e-6° (~0.1 m): integers that small are "small
// integers" to V8, which hashes them far faster than doubles or strings built from doubles.
const GRID = 1e6

/** A map keyed by point (and optionally a string such as a snapshot date). */
export class PointCache<T> {
  private readonly byLng = new Map<number, Map<number, Map<string, T>>>()

  get(at: LngLat, sub = ''): T | undefined {
    return this.byLng.get(Math.round(at[0] * GRID))?.get(Math.round(at[1] * GRID))?.get(sub)
  }

  set(at: LngLat, value: T, sub = ''): void {
    const x = Math.round(at[0] * GRID)
    const y = Math.round(at[1] * GRID)
    let byLat = this.byLng.get(x)
    if (!byLat) this.byLng.set(x, (byLat = new Map()))
    let bySub = byLat.get(y)
    if (!bySub) byLat.set(y, (bySub = new Map()))
    bySub.set(sub, value)
  }
}
