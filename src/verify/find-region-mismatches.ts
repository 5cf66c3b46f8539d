import type { Finding, Place } from '../domain/index.js'
import type { PlaceDirectory } from './verify-context.js'

/**
 * `place-region-mismatch`: the geoparser records `statedAdmin1` when the text puts a place in a
 * region it does not lie in ("Sievierodonetsk in the Donetsk region"). Kept as a finding, once per
 * place and stated region, with the region the gazetteer gives as the suggestion. When a gazetteer is
 * at hand, a stated region that is only another name of the place's own region is dropped.
 */
export function findRegionMismatches(places: readonly Place[], directory: PlaceDirectory | null): Finding[] {
  const seen = new Set<string>()
  const out: Finding[] = []
  for (const place of places) {
    const stated = place.statedAdmin1
    if (!stated || !place.admin1) continue
    const statedAdmin1 = directory?.resolveAdmin1(stated.name) ?? stated.name
    if (statedAdmin1 === place.admin1) continue
    const key = `${place.id}|${statedAdmin1}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push({
      code: 'place-region-mismatch',
      severity: 'warning',
      message: `The text places ${place.mention} (${place.name}) in ${stated.name}, but ${place.name} lies in ${place.admin1}.`,
      span: [stated.span[0], stated.span[1]],
      suggestion: place.admin1,
      stage: 'verify',
      claimId: null,
    })
  }
  return out
}
