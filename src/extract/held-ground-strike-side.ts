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
const UA_CITIES: ReadonlySet<string> = new Set([
  ...['Mykolaiv', 'Ochakiv', 'Voznesensk', 'Pervomaisk', 'Bashtanka', 'Nova Odesa', 'Yuzhnoukrainsk'].map((n) => `${n}|Mykolaiv Oblast`),
  ...['Dnipro', 'Kryvyi Rih', 'Kamianske', 'Nikopol', 'Pavlohrad', 'Marhanets', 'Zhovti Vody', 'Synelnykove', 'Novomoskovsk', 'Samar', 'Pokrov', 'Ternivka', 'Vilnohirsk', 'Pidhorodne', 'Piatykhatky', 'Apostolove'].map((n) => `${n}|Dnipropetrovsk Oblast`),
  ...['Sumy', 'Konotop', 'Shostka', 'Okhtyrka', 'Romny', 'Hlukhiv', 'Lebedyn', 'Trostianets', 'Bilopillia', 'Putyvl', 'Krolevets'].map((n) => `${n}|Sumy Oblast`),
  ...['Kharkiv', 'Chuhuiv', 'Izium', 'Balakliia', 'Lozova', 'Bohodukhiv', 'Zolochiv', 'Merefa', 'Krasnohrad', 'Berestyn', 'Pervomaiskyi', 'Zlatopil', 'Liubotyn', 'Derhachi', 'Valky', 'Zmiiv'].map((n) => `${n}|Kharkiv Oblast`),
  ...['Zaporizhzhia'].map((n) => `${n}|Zaporizhzhia Oblast`),
  ...['Kherson'].map((n) => `${n}|Kherson Oblast`),
  ...['Kramatorsk', 'Sloviansk', 'Druzhkivka'].map((n) => `${n}|Donetsk Oblast`),
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
  const since = place.kind === 'settlement' ? HELD_SINCE.get(`${place.name}|${place.admin1}`) : place.kind === 'region' && place.name === place.admin1 ? REGION_HELD_SINCE.get(place.admin1) : undefined
  return since !== undefined && on >= since
}

/** Whether a resolved place lies on ground Ukraine held on the date `on` (see the lists above). */
export function isUkrainianHeldGround(place: GroundPlace, on: string | null): boolean {
  if (!on || place.country !== 'UA' || place.admin1 === null) return false
  if (UA_OBLASTS.has(place.admin1)) return on >= UA_OBLASTS_SINCE
  if (on < UA_CITIES_SINCE) return false
  if (place.kind === 'region') return place.name === place.admin1 && UA_REGIONS_SINCE_AUTUMN_2022.has(place.admin1)
  return place.kind === 'settlement' && UA_CITIES.has(`${place.name}|${place.admin1}`)
}

/**
 * A strike whose own clause names no side (`anchor.sideUnnamed`) and whose linked places all lie on
 * ground one side holds on the claim's date was the other side's, whatever side the story's voice lent it.
 */
export function strikeSidesFromHeldGround(claims: readonly Claim[], anchors: readonly ClaimAnchor[], places: readonly Place[]): Claim[] {
  const byId = new Map(anchors.map((a) => [a.claimId, a]))
  return claims.map((claim) => {
    if (claim.kind !== 'strike' || claim.places.length === 0) return claim
    if (claim.modality !== 'asserted' && claim.modality !== 'reported' && claim.modality !== 'unverified') return claim
    const anchor = byId.get(claim.id)
    if (!anchor?.sideUnnamed) return claim
    const on = claim.time.end ?? claim.time.start
    const linked = claim.places.map((i) => places[i])
    if (linked.some((p) => p === undefined)) return claim
    if (claim.actorSide !== 'UA' && linked.every((p) => isRussianHeldGround(p!, on))) return { ...claim, actorSide: 'UA' }
    if (claim.actorSide !== 'RU' && !anchor.russianGroundNamed && linked.every((p) => isUkrainianHeldGround(p!, on))) return { ...claim, actorSide: 'RU' }
    return claim
  })
}
