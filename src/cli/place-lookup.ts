import { builtinSettlements, findBuiltinSettlements } from '../control/index.js'
import { type GazetteerEntry, NotFoundError } from '../domain/index.js'

/**
 * `--place NAME` to a settlement. For now the control stage's small built-in list (GeoNames);
 * when the gazetteer lands, this is the one function to switch to it.
 * Returns the best match and the other candidates the name could mean.
 */
export function lookupPlace(name: string): { readonly place: GazetteerEntry; readonly alternatives: readonly GazetteerEntry[]; readonly source: string } {
  const [place, ...alternatives] = findBuiltinSettlements(name)
  if (!place) {
    throw new NotFoundError(
      `--place: ${JSON.stringify(name)} is not in the built-in settlement list (${builtinSettlements().length} front-line towns and cities); use --at LON,LAT for any point`,
    )
  }
  return { place, alternatives, source: 'built-in settlement list, GeoNames CC BY 4.0' }
}
