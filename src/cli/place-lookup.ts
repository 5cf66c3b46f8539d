import { type GazetteerEntry, NotFoundError } from '../domain/index.js'
import type { Gazetteer } from '../geoparse/index.js'
import { gazetteerOnce } from './gazetteer-once.js'

let gazetteer: Gazetteer | null = null

/**
 * `--place NAME` to a place, through the gazetteer: any language, spelling, case form or former name
 * ("Покровськ", "Krasnoarmeysk", "Северском"). Settlements first; when no settlement has the name, any
 * other kind (raion, oblast, river). Returns the best match and every other candidate the name could
 * mean, best first.
 */
export function lookupPlace(name: string): { readonly place: GazetteerEntry; readonly alternatives: readonly GazetteerEntry[]; readonly source: string } {
  gazetteer ??= gazetteerOnce()
  const settlements = gazetteer.lookup(name, { kind: 'settlement' })
  const results = settlements.length > 0 ? settlements : gazetteer.lookup(name)
  const [best, ...rest] = results
  if (!best) {
    throw new NotFoundError(`--place: ${JSON.stringify(name)} is not a place the gazetteer knows (${gazetteer.size} entries); check the spelling or use --at LON,LAT`)
  }
  return { place: best.entry, alternatives: rest.map((r) => r.entry), source: 'Frontline gazetteer' }
}
