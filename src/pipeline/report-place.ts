import type { Analysis, Place } from '../domain/index.js'

/**
 * The one place a short report (a monitor caption, an agency headline) is about, as a reader comparing the
 * report's coded point would take it from `analyze --json`: the finest place of the first claim that names
 * one; for a report without such a claim, the finest place its text names, the first of equals. "Finest":
 * a settlement, city district or landmark before a river, a river before a raion, a raion before an oblast,
 * an oblast before a country. Null when the text names no place.
 */
export function reportPlace(analysis: Pick<Analysis, 'claims' | 'places'>): Place | null {
  for (const claim of analysis.claims) {
    const named = claim.places.map((i) => analysis.places[i]).filter((p): p is Place => p !== undefined)
    if (named.length > 0) return finest(named)
  }
  return analysis.places.length > 0 ? finest(analysis.places) : null
}

function finest(places: readonly Place[]): Place {
  let best = places[0]!
  for (const p of places) if (grain(p) < grain(best)) best = p
  return best
}

function grain(p: Place): number {
  switch (p.kind) {
    case 'settlement':
    case 'other':
      return 0
    case 'district':
      // Raions are districts too ("Pokrovskyi Raion", "Glushkovsky District"); a city's district is finer.
      return p.id.startsWith('raion:') ? 2 : 0
    case 'river':
      return 1
    case 'region':
      return 3
    case 'country':
      return 4
  }
}
