import type { ControlView, Place } from '../domain/index.js'
import type { HeldGroundMap, PlacePoint } from '../extract/index.js'
import type { Gazetteer } from '../geoparse/index.js'

/**
 * How far a gazetteer point may lie from the settlement it stands for, km, by how it was obtained: a
 * surveyed point is the place; a village no source had a point for sits at the centroid of its hromada
 * (ukrainian hromadas are mostly 200-1,000 km²: about 25 km from centroid to edge) or of its raion.
 * An oblast's centroid says nothing about which side of the line a village is on.
 */
const UNCERTAINTY_KM = { point: 0, 'hromada-centroid': 25, 'raion-centroid': 60, 'oblast-centroid': null } as const

/**
 * The control history as the held-ground strike rule asks it (convention 72): the view, and each
 * resolved place's point with how far off it may be, read from the place's gazetteer entry.
 */
export function heldGroundMap(control: ControlView, gazetteer: Gazetteer): HeldGroundMap {
  return {
    control,
    pointOf(place: Place): PlacePoint | null {
      const entry = gazetteer.get(place.id)
      if (!entry || !Number.isFinite(place.lat) || !Number.isFinite(place.lon)) return null
      const uncertaintyKm = UNCERTAINTY_KM[entry.coordinateBasis ?? 'point']
      return uncertaintyKm === null ? null : { at: [place.lon, place.lat], uncertaintyKm }
    },
  }
}
