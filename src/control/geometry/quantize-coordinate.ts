/**
 * Coordinates are kept on a grid of 1e-6 degree (about 0.11 m north–south): RFC 7946 §11.2 notes
 * that six decimal places (~10 cm) are enough for any GeoJSON position. The DeepState series is
 * exported sometimes with six and sometimes with seven decimals; on the six-decimal days the
 * exporter rounds `x * 1e6` half-to-even (numpy's `round`). We round the same way so that an
 * unchanged vertex keeps the same value whatever the export precision: a day re-exported at another
 * precision is then recognised as unchanged instead of looking like 1,500 changed edges.
 */
export const COORDINATE_SCALE = 1e6

/** The grid index of a coordinate: `round_half_even(x * 1e6)`, an integer. */
export function quantizeToGrid(value: number): number {
  const scaled = value * COORDINATE_SCALE
  let rounded = Math.round(scaled) // ties go toward +∞ here …
  if (rounded - scaled === 0.5 && rounded % 2 !== 0) rounded -= 1 // … and to the even neighbour instead
  return rounded
}

/** The coordinate on the 1e-6° grid (the value stored and used for every computation). */
export function quantizeCoordinate(value: number): number {
  return quantizeToGrid(value) / COORDINATE_SCALE
}
