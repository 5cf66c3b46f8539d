import type { LngLat } from '../domain/index.js'

/**
 * A map keyed by point (and optionally a string such as a snapshot date): nested maps on the two
 * coordinates, because building a string key from two doubles costs more than the lookups it saves.
 */
export class PointCache<T> {
  private readonly byLng = new Map<number, Map<number, Map<string, T>>>()

  get(at: LngLat, sub = ''): T | undefined {
    return this.byLng.get(at[0])?.get(at[1])?.get(sub)
  }

  set(at: LngLat, value: T, sub = ''): void {
    let byLat = this.byLng.get(at[0])
    if (!byLat) this.byLng.set(at[0], (byLat = new Map()))
    let bySub = byLat.get(at[1])
    if (!bySub) byLat.set(at[1], (bySub = new Map()))
    bySub.set(sub, value)
  }

  has(at: LngLat, sub = ''): boolean {
    return this.byLng.get(at[0])?.get(at[1])?.has(sub) ?? false
  }
}
