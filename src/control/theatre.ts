import type { Box } from './geometry/box.js'

/**
 * The theatre the control series can speak about: Ukraine (22.1–40.2°E, 44.4–52.4°N) and the
 * Russian oblasts on its border (Bryansk, Kursk, Belgorod, Voronezh, Rostov: up to 53.9°N and
 * 44.3°E), with about half a degree to spare. A polygon of a snapshot lying wholly outside it is
 * not territory of this war: the live DeepState map has at times carried joke polygons far away
 * (the import reports and excludes them, never silently).
 */
export const THEATRE_BOX: Box = [21.5, 43.8, 44.8, 54.4]

/** Rough distance in km from a point to the theatre box (0 inside), for messages. */
export function distanceToTheatreKm(lng: number, lat: number): number {
  const dx = lng < THEATRE_BOX[0] ? THEATRE_BOX[0] - lng : lng > THEATRE_BOX[2] ? lng - THEATRE_BOX[2] : 0
  const dy = lat < THEATRE_BOX[1] ? THEATRE_BOX[1] - lat : lat > THEATRE_BOX[3] ? lat - THEATRE_BOX[3] : 0
  const kmPerDegLng = 111.32 * Math.cos((Math.min(Math.abs(lat), 89) * Math.PI) / 180)
  return Math.hypot(dx * kmPerDegLng, dy * 110.6)
}
