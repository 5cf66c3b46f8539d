import type { Claim, Place } from '../domain/index.js'
import type { ClaimAnchor } from './extract-claims.js'

// Convention 72 (real strike headlines): a strike whose clause names no attacker ("Крым атаковали
// дроны", "вибухи на підстанції в Алчевську", "Дрони атакують аеродром Кача") hit ground one side holds,
// so the other side struck. Ground Russia holds: Russia, Crimea and Sevastopol, and the cities of
// Donetsk and Luhansk oblasts occupied since 2014. The clause's words settle what they can during
// extraction (resolve-actor-side.ts RU_TARGET, RU_HELD_TARGET); this step asks the geoparser, which
// knows a resolved place's country and region, once places are linked to claims.

/** Admin1 names of the peninsula Russia has held since 2014. */
const HELD_ADMIN1 = new Set(['Autonomous Republic of Crimea', 'Sevastopol'])
/** Cities and towns of Donetsk and Luhansk oblasts held by Russia since 2014 (gazetteer names). */
const HELD_SINCE_2014 = new Set([
  'Donetsk', 'Luhansk', 'Horlivka', 'Makiivka', 'Alchevsk', 'Khartsyzk', 'Yenakiieve', 'Debaltseve', 'Dovzhansk',
  'Rovenky', 'Antratsyt', 'Khrustalnyi', 'Kadiivka', 'Chystiakove', 'Snizhne', 'Shakhtarsk', 'Ilovaisk', 'Brianka',
  'Zuhres', 'Amvrosiivka', 'Perevalsk', 'Molodohvardiisk', 'Sorokyne', 'Sukhodilsk', 'Lutuhyne', 'Zymohiria',
  'Kirovsk', 'Holubivka', 'Khrestivka', 'Zhdanivka', 'Yasynuvata', 'Dokuchaievsk', 'Novoazovsk', 'Torez', 'Stakhanov',
])
const OCCUPIED_OBLASTS = new Set(['Donetsk Oblast', 'Luhansk Oblast'])

/** Whether a resolved place lies on ground Russia held before 2022 (or is Russia's own). */
export function isRussianHeldGround(place: Pick<Place, 'name' | 'admin1' | 'country' | 'kind'>): boolean {
  if (place.country === 'RU') return true
  if (place.country !== 'UA') return false
  if (place.admin1 && HELD_ADMIN1.has(place.admin1)) return true
  return place.kind === 'settlement' && place.admin1 !== null && OCCUPIED_OBLASTS.has(place.admin1) && HELD_SINCE_2014.has(place.name)
}

/**
 * A strike whose own clause names no side (`anchor.sideUnnamed`) and whose linked places all lie on
 * ground Russia holds was Ukraine's, whatever side the story's voice lent it.
 */
export function strikeSidesFromHeldGround(claims: readonly Claim[], anchors: readonly ClaimAnchor[], places: readonly Place[]): Claim[] {
  const byId = new Map(anchors.map((a) => [a.claimId, a]))
  return claims.map((claim) => {
    if (claim.kind !== 'strike' || claim.actorSide === 'UA' || claim.places.length === 0) return claim
    if (claim.modality !== 'asserted' && claim.modality !== 'reported' && claim.modality !== 'unverified') return claim
    if (!byId.get(claim.id)?.sideUnnamed) return claim
    if (!claim.places.every((i) => places[i] !== undefined && isRussianHeldGround(places[i]!))) return claim
    return { ...claim, actorSide: 'UA' }
  })
}
