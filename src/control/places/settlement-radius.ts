/**
 * How far a settlement reaches around its point, as the radius of a disc, when all we know of it is
 * its population (a gazetteer has points, not outlines).
 *
 * Model: the disc holds the population at URBAN_DENSITY_PER_KM2 people per km², a round figure of
 * the order of a small town's built-up density (it gives Pokrovsk, 60,127 people, a 3.1 km disc,
 * Kupiansk, 27,169, 2.1 km, a village of 800 people the 0.5 km floor). Villages are sparser than
 * that, so the disc never shrinks below MIN_RADIUS_KM, and a large city is capped at MAX_RADIUS_KM
 * (a disc answers "when did the line cross this town" well, "when did it cross Kharkiv" badly).
 * With no population, a settlement gets DEFAULT_RADIUS_KM. It is a yardstick for "the line reached
 * the town" / "the town was taken", not a boundary; `--radius-km` overrides it.
 */
export const URBAN_DENSITY_PER_KM2 = 2000
export const MIN_RADIUS_KM = 0.5
export const MAX_RADIUS_KM = 10
export const DEFAULT_RADIUS_KM = 1

export interface SettlementRadius {
  readonly radiusKm: number
  /** How the radius was chosen, in words for the output. */
  readonly basis: string
}

export function settlementRadiusKm(population: number | null | undefined): SettlementRadius {
  if (population === null || population === undefined || !(population > 0)) {
    return { radiusKm: DEFAULT_RADIUS_KM, basis: `no population known: ${DEFAULT_RADIUS_KM} km` }
  }
  const raw = Math.sqrt(population / URBAN_DENSITY_PER_KM2 / Math.PI)
  const radiusKm = Math.round(Math.min(MAX_RADIUS_KM, Math.max(MIN_RADIUS_KM, raw)) * 10) / 10
  const clamp = raw < MIN_RADIUS_KM ? `, at least ${MIN_RADIUS_KM} km` : raw > MAX_RADIUS_KM ? `, at most ${MAX_RADIUS_KM} km` : ''
  return { radiusKm, basis: `population ${population.toLocaleString('en-US')} at ${URBAN_DENSITY_PER_KM2.toLocaleString('en-US')} people per km²${clamp}` }
}
