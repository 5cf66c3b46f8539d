import type { ActorSideBasis, Claim, IsoDate, Place, Side } from '../domain/index.js'
import type { ClaimAnchor } from './extract-claims.js'
import { holderOnMap, type GroundHolder, type HeldGroundMap } from './held-ground-on-map.js'
import { holderBeforeSeries } from './held-before-series.js'
import { holderByPeriod } from './holder-by-period.js'

// Convention 72 (real strike headlines): a strike whose clause names no attacker ("Крым атаковали
// дроны", "вибухи на підстанції в Алчевську", "Дрони атакують аеродром Кача") hit ground one side holds,
// so the other side struck. Ground Russia holds: Russia, Crimea and Sevastopol, and the cities of
// Donetsk and Luhansk oblasts occupied since 2014. The clause's words settle what they can during
// extraction (resolve-actor-side.ts RU_TARGET, RU_HELD_TARGET); this step asks, once places are
// linked to claims, the control map where the pipeline has one (held-ground-on-map.ts, round 20), and
// the hand lists below wherever it cannot answer: the lists are the fallback when no control history
// covers the place or the date (`analyze --no-control`, eval:extract, dates outside the series, the
// grey zone at the line, places outside Ukraine), and read the geoparser's country and region.

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

// Round 19 (audit of VIINA 2023-24 strike headlines: "У Маріуполі пролунали вибухи на аеродромі",
// "Всі «швидкі» Бердянська поїхали до аеродрому", "Подполье: взрыв … аэродрома Кривого Рога", "Ракетный
// удар по электроподстанции под Одессой"): the rule asked only about ground held since 2014, and only in
// one direction; the other direction was left to the outlet's voice, which a Russian agency's report of
// a strike on Ukraine turned around. Both directions now, by the claim's date:
//  - ground Russia took in 2022-2025 and has held since, each from the day it fell (settlements by name
//    and oblast, and Luhansk Oblast as a whole once Lysychansk fell);
//  - ground Ukraine holds: the oblasts no Russian soldier has held since the north was freed (April
//    2022), and the cities and the regions as a whole of the four oblasts whose edges Russia held or
//    entered, from the autumn 2022 counteroffensives on. Contested towns of the front (Kostiantynivka,
//    Pokrovsk, Kupiansk, Huliaipole, Orikhiv) are in neither list: the outlet's voice still decides there.
// A place the geoparser resolved in Ukraine does not overrule a clause that itself names Russia or
// occupied ground ("Слов'янський НПЗ у Росії").
/** Settlements Russia took in 2022-2025 and has held since: "name|oblast" -> the first day it held them. */
const HELD_SINCE: ReadonlyMap<string, string> = new Map([
  ...(['Melitopol', 'Berdiansk', 'Enerhodar', 'Tokmak', 'Polohy', 'Vasylivka', 'Dniprorudne', 'Prymorsk', 'Yakymivka', 'Kamianka-Dniprovska', 'Molochansk', 'Bilmak', 'Rozivka', 'Pryazovske'] as const).map((n): [string, string] => [`${n}|Zaporizhzhia Oblast`, '2022-03-10']),
  ...(['Nova Kakhovka', 'Kakhovka', 'Skadovsk', 'Henichesk', 'Oleshky', 'Hola Prystan', 'Chaplynka', 'Kalanchak', 'Hornostaivka', 'Nyzhni Sirohozy', 'Velyka Lepetykha', 'Nova Maiachka', 'Lazurne', 'Zaliznyi Port', 'Radensk'] as const).map((n): [string, string] => [`${n}|Kherson Oblast`, '2022-03-10']),
  ['Volnovakha|Donetsk Oblast', '2022-03-12'], ['Mariupol|Donetsk Oblast', '2022-05-20'], ['Manhush|Donetsk Oblast', '2022-03-10'],
  ['Svitlodarsk|Donetsk Oblast', '2022-05-25'], ['Vuhlehirsk|Donetsk Oblast', '2022-07-26'], ['Soledar|Donetsk Oblast', '2023-01-16'],
  ['Bakhmut|Donetsk Oblast', '2023-05-21'], ['Marinka|Donetsk Oblast', '2023-12-25'], ['Avdiivka|Donetsk Oblast', '2024-02-17'],
  ['Krasnohorivka|Donetsk Oblast', '2024-09-10'], ['Vuhledar|Donetsk Oblast', '2024-10-01'], ['Selydove|Donetsk Oblast', '2024-10-30'],
  ['Novohrodivka|Donetsk Oblast', '2024-09-18'], ['Hirnyk|Donetsk Oblast', '2024-10-20'], ['Kurakhove|Donetsk Oblast', '2025-01-06'],
  ['Velyka Novosilka|Donetsk Oblast', '2025-01-26'],
  ...(['Starobilsk', 'Svatove', 'Novoaidar', 'Shchastia', 'Bilovodsk', 'Milove', 'Markivka', 'Bilokurakyne', 'Novopskov', 'Stanytsia Luhanska'] as const).map((n): [string, string] => [`${n}|Luhansk Oblast`, '2022-03-10']),
  ['Kreminna|Luhansk Oblast', '2022-04-19'], ['Popasna|Luhansk Oblast', '2022-05-08'], ['Rubizhne|Luhansk Oblast', '2022-05-13'],
  ['Hirske|Luhansk Oblast', '2022-06-25'], ['Zolote|Luhansk Oblast', '2022-06-25'], ['Sievierodonetsk|Luhansk Oblast', '2022-06-25'],
  ['Lysychansk|Luhansk Oblast', '2022-07-03'], ['Pryvillia|Luhansk Oblast', '2022-07-03'],
])
/** Regions Russia holds as a whole, from the day the last city fell. */
const REGION_HELD_SINCE: ReadonlyMap<string, string> = new Map([['Luhansk Oblast', '2022-07-03']])
/** Oblasts Ukraine has held whole since the Russian army left the north (early April 2022). */
const UA_OBLASTS = new Set([
  'Kyiv', 'Kyiv Oblast', 'Lviv Oblast', 'Volyn Oblast', 'Rivne Oblast', 'Zakarpattia Oblast', 'Ivano-Frankivsk Oblast', 'Ternopil Oblast',
  'Khmelnytskyi Oblast', 'Chernivtsi Oblast', 'Vinnytsia Oblast', 'Zhytomyr Oblast', 'Cherkasy Oblast', 'Kirovohrad Oblast', 'Poltava Oblast',
  'Odesa Oblast', 'Chernihiv Oblast',
])
const UA_OBLASTS_SINCE = '2022-04-07'
/** Oblasts whose edges Russia has held or entered: the region as a whole, and its cities away from the line. */
const UA_REGIONS_SINCE_AUTUMN_2022 = new Set(['Mykolaiv Oblast', 'Dnipropetrovsk Oblast', 'Sumy Oblast', 'Kharkiv Oblast'])
// The cities Ukraine has held throughout (Dnipro, Kharkiv, Zaporizhzhia, Kramatorsk, ...) and the towns that
// changed hands in 2022 (Izium, Balakliia, Kherson, Trostianets) are answered by their periods
// (holder-by-period.ts), which are asked first; these are the front oblasts' other cities.
const UA_CITIES: ReadonlySet<string> = new Set([
  ...['Voznesensk', 'Bashtanka'].map((n) => `${n}|Mykolaiv Oblast`),
  ...['Konotop', 'Shostka', 'Romny', 'Hlukhiv', 'Lebedyn', 'Bilopillia', 'Putyvl', 'Krolevets'].map((n) => `${n}|Sumy Oblast`),
  ...['Zolochiv', 'Zlatopil'].map((n) => `${n}|Kharkiv Oblast`),
])
/** The Kharkiv and Kherson counteroffensives freed the last of these cities (Kherson, 11 November 2022). */
const UA_CITIES_SINCE = '2022-11-12'

type GroundPlace = Pick<Place, 'name' | 'admin1' | 'country' | 'kind'>

/**
 * Whether a resolved place lies on ground Russia held before 2022 (or is Russia's own); given the
 * claim's date, also ground it took since and has held from then on.
 */
export function isRussianHeldGround(place: GroundPlace, on?: string | null): boolean {
  if (place.country === 'RU') return true
  if (place.country !== 'UA') return false
  if (place.admin1 && HELD_ADMIN1.has(place.admin1)) return true
  if (place.kind === 'settlement' && place.admin1 !== null && OCCUPIED_OBLASTS.has(place.admin1) && HELD_SINCE_2014.has(place.name)) return true
  if (!on || place.admin1 === null) return false
  const period = listedPeriodHolder(place, on)
  if (period !== undefined) return period === 'RU'
  const since = place.kind === 'settlement' ? HELD_SINCE.get(`${place.name}|${place.admin1}`) : place.kind === 'region' && place.name === place.admin1 ? REGION_HELD_SINCE.get(place.admin1) : undefined
  return since !== undefined && on >= since
}

/** Whether a resolved place lies on ground Ukraine held on the date `on` (see the lists above). */
export function isUkrainianHeldGround(place: GroundPlace, on: string | null): boolean {
  if (!on || place.country !== 'UA' || place.admin1 === null) return false
  const period = listedPeriodHolder(place, on)
  if (period !== undefined) return period === 'UA'
  if (UA_OBLASTS.has(place.admin1)) return on >= UA_OBLASTS_SINCE
  if (on < UA_CITIES_SINCE) return false
  if (place.kind === 'region') return place.name === place.admin1 && UA_REGIONS_SINCE_AUTUMN_2022.has(place.admin1)
  return place.kind === 'settlement' && UA_CITIES.has(`${place.name}|${place.admin1}`)
}

/** A settlement's holder by its periods (holder-by-period.ts, round 20): both directions, by date; undefined when unlisted. */
function listedPeriodHolder(place: GroundPlace, on: string): Side | null | undefined {
  if (place.kind !== 'settlement' || place.admin1 === null) return undefined
  return holderByPeriod(place.name, place.admin1, on, HELD_SINCE.get(`${place.name}|${place.admin1}`))
}

/** Who held one of a strike's places, by its index in the document's places. */
export interface HeldGroundPlace extends GroundHolder {
  readonly index: number
}

/**
 * Why a strike told without its attacker got a side from where it landed (or did not): the date asked,
 * and each linked place's holder with what said so. A claim whose side it decides carries it as `actorSideBasis`.
 */
export interface HeldGroundInference {
  readonly claimId: string
  /** The claim's date asked: its time window's end (see strikeSidesFromHeldGround). */
  readonly on: IsoDate | null
  /** The side that does not hold the ground; null when a place's holder is unknown or the places disagree. */
  readonly side: Side | null
  readonly places: readonly HeldGroundPlace[]
}

/**
 * A strike whose own clause names no side (`anchor.sideUnnamed`) and whose linked places all lie on
 * ground one side holds on the claim's date was the other side's, whatever side the story's voice lent it;
 * so was a monitor caption's civilian toll told with its attack (`anchor.heldGroundToll`, convention 113).
 *
 * Who holds a place is asked, in order:
 *  1. the control map, when the pipeline has one (`map`; holderOnMap in held-ground-on-map.ts): a
 *     settlement in Ukraine with a point, on a date the series covers, clear of the line: `occupied` on
 *     the snapshot in force that day -> Russia holds it, `free` -> Ukraine;
 *  2. for a date from 24 February 2022 to the series' start, a settlement the lists do not answer for: the
 *     series' first snapshot, Ukrainian side, outside the areas Russia held and Ukraine retook in 2022-23
 *     (holderBeforeSeries in held-before-series.ts) -> Ukraine holds it;
 *  3. the hand lists above, for everything the map cannot answer: no control data (`analyze
 *     --no-control`, eval:extract), a date outside the series, the grey zone at the line, regions and
 *     districts, and places outside Ukraine (Russia and Belarus by their country, as before).
 * The date asked is the claim's time window's end (its start when it has no end): a strike's window is
 * a night or a day, or a bulletin's day, so its two ends are at most a day apart, and the map draws a
 * change days after it happens, so the later snapshot is the nearer to who held the ground at the time.
 * Places that disagree (one held by each side), or one whose holder nobody knows, give no side: the
 * claim keeps the side its clause's reading gave it. A clause that names its attacker is not asked at
 * all (`sideUnnamed` false), and one that names Russian or occupied ground is never turned Russian.
 */
export function strikeSidesFromHeldGround(claims: readonly Claim[], anchors: readonly ClaimAnchor[], places: readonly Place[], map?: HeldGroundMap | null): Claim[] {
  const inferred = new Map(inferHeldGroundSides(claims, anchors, places, map).map((i) => [i.claimId, i]))
  return claims.map((claim) => {
    const inference = inferred.get(claim.id)
    if (!inference?.side) return claim
    // The side is the rule's, whether or not the story's voice had lent the claim the same one: say why.
    const actorSideBasis: ActorSideBasis = {
      rule: 'held-ground',
      on: inference.on,
      places: inference.places.map((p) => ({ place: p.index, holder: p.holder, basis: p.basis, snapshotDate: p.snapshotDate })),
    }
    return { ...claim, actorSide: inference.side, actorSideBasis }
  })
}

/** The held-ground reading of every strike it applies to (see strikeSidesFromHeldGround), with its grounds. */
export function inferHeldGroundSides(claims: readonly Claim[], anchors: readonly ClaimAnchor[], places: readonly Place[], map?: HeldGroundMap | null): HeldGroundInference[] {
  const byId = new Map(anchors.map((a) => [a.claimId, a]))
  const asked = new Map<string, GroundHolder | null>()
  const out: HeldGroundInference[] = []
  for (const claim of claims) {
    if ((claim.kind !== 'strike' && claim.kind !== 'casualties') || claim.places.length === 0) continue
    if (claim.modality !== 'asserted' && claim.modality !== 'reported' && claim.modality !== 'unverified') continue
    const anchor = byId.get(claim.id)
    // (A caption's civilian toll told with its attack takes the strike's side there: convention 113.)
    if (!anchor || (claim.kind === 'strike' ? !anchor.sideUnnamed : !anchor.heldGroundToll)) continue
    const on = claim.time.end ?? claim.time.start
    const linked = claim.places.map((i) => places[i])
    if (linked.some((p) => p === undefined)) continue
    const held = claim.places.map((index, k): HeldGroundPlace => ({ index, ...holderOf(linked[k]!, on, map, asked) }))
    const side = held.every((h) => h.holder === 'RU') ? 'UA' : !anchor.russianGroundNamed && held.every((h) => h.holder === 'UA') ? 'RU' : null
    out.push({ claimId: claim.id, on, side, places: held })
  }
  return out
}

/** The map's answer where it has one, else the lists'. */
function holderOf(place: Place, on: IsoDate | null, map: HeldGroundMap | null | undefined, asked: Map<string, GroundHolder | null>): GroundHolder {
  const mapped = map ? holderOnMap(place, on, map, asked) : null
  if (mapped) return mapped
  const holder = isRussianHeldGround(place, on) ? 'RU' : isUkrainianHeldGround(place, on) ? 'UA' : null
  // A 2022-24 date before the series: the first snapshot's Ukrainian side, where no hand period speaks (a
  // period's null is a change of hands that week, convention 115, and stays null).
  if (holder === null && map && on && listedPeriodHolder(place, on) === undefined) {
    const first = holderBeforeSeries(place, on, map, asked)
    if (first) return first
  }
  return { holder, basis: 'lists', snapshotDate: null }
}
