import type { Analysis, Place } from '../domain/index.js'

/**
 * The one place a short report (a monitor caption, an agency headline) is about, as a reader comparing the
 * report's coded point would take it from `analyze --json`: the finest place the text names, and among
 * places as fine, the one a claim names (the earliest claim's first), else the first in the text. "Finest":
 * a settlement, city district or landmark before a river, a river before a raion, a raion before an oblast
 * or a region across oblasts (Donbas), those before a country. Null when the text names no place.
 *
 * Finest first, claims second: an agency headline's claim names the region ("killed in Donbas", "in the
 * Donetsk region") and its place line the village; on the UCDP rows before 2022 this reads 0.759 of rows
 * within 25 km of the coded point, against 0.739 for the finest place of the first claim naming one.
 */
export function reportPlace(analysis: Pick<Analysis, 'claims' | 'places'>): Place | null {
  let best: Place | null = null
  for (const claim of analysis.claims) {
    for (const i of claim.places) {
      const p = analysis.places[i]
      if (p && (best === null || grain(p) < grain(best))) best = p
    }
  }
  for (const p of analysis.places) if (best === null || grain(p) < grain(best)) best = p
  return best
}

function grain(p: Place): number {
  switch (p.kind) {
    case 'settlement':
      return 0
    case 'other':
      // A landmark (a plant, a bridge, an island) is as fine as a town; a region across oblasts (macro:donbas) as coarse as an oblast.
      return p.id.startsWith('macro:') ? 3 : 0
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
