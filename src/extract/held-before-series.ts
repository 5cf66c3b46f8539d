import type { IsoDate, Place } from '../domain/index.js'
import type { GroundHolder, HeldGroundMap } from './held-ground-on-map.js'

// Convention 72 before the control map's series (round 21): DeepState's history starts on 2024-07-08, and
// the hand lists (holder-by-period.ts) name about a hundred towns, so a 2022-23 strike on a village or small
// town Ukraine held throughout (Toretsk, Vuhledar, Chasiv Yar, Ukrainka) got no side. Ground on the
// Ukrainian side of the series' FIRST snapshot was Ukraine's from the first day of the full-scale
// invasion on, except where Russia held it in 2022-23 and Ukraine retook it (RETAKEN below): there the
// hand periods decide, or nobody does (convention 117), until the day the area was retaken. Ground occupied on the first snapshot says nothing
// of 2022 (Avdiivka, Bakhmut, Marinka were Ukrainian then): the lists answer, as before. Before 24
// February 2022 the 2014-22 line was elsewhere: the rule does not answer.

const WAR_START = '2022-02-24'

/** A box [west, south, east, north] in degrees. */
type Box = readonly [number, number, number, number]

/**
 * Where Russia held ground in 2022-23 that Ukraine held again by 2024-07-08 (dates from memory of ISW's
 * daily assessments and the Wikipedia articles on each operation; no lookup):
 *  - Kyiv Oblast north of 50.3°N (Bucha, Irpin, Borodianka, Makariv, Motyzhyn, Ivankiv; Brovary raion's north),
 *    Chernihiv and Sumy oblasts: occupied in part from 24-27 February, left by 2-4 April 2022 (ISW, 2-6 April
 *    2022); the oblast's south (Obukhiv, Ukrainka, Bila Tserkva, Fastiv) was never reached;
 *  - Kharkiv Oblast (north, east and south of Kharkiv): occupied February-April, freed 6 September-early
 *    October 2022 (ISW, Kharkiv counteroffensive); the whole oblast, the never-occupied cities are listed;
 *  - Kherson Oblast's right bank: freed by 11 November 2022; the left bank is occupied on the first snapshot;
 *  - Mykolaiv Oblast: its south-east fringe (Snihurivka, Kinburn spit villages) occupied until November 2022;
 *    the whole oblast, its held cities are listed;
 *  - Zhytomyr Oblast's north (Narodychi, Ovruch raion's border villages): crossed February-March 2022;
 *  - Donetsk Oblast's north (Lyman, Sviatohirsk, Yampil, Torske, Drobysheve): May-October 2022;
 *  - the 2023 counteroffensive's villages: Robotyne (Zaporizhzhia Oblast, 28 August 2023), Staromaiorske,
 *    Urozhaine, Neskuchne, Blahodatne, Storozheve, Makarivka (Donetsk Oblast, June-August 2023),
 *    Klishchiivka and Andriivka south of Bakhmut (September 2023).
 */
// Once Ukraine had retaken an area (and until the series starts), its first-snapshot Ukrainian side answers
// there too (round 23, dev-pool sample: a 2022 strike on Konotop, Makariv or a Kyiv Oblast village after the
// north was freed got no side). The dates are when the last Russian unit had left, from the statements of the
// day: Kyiv Oblast, "the whole Kyiv region is freed" (deputy defence minister Hanna Maliar, 2 April 2022;
// Reuters), Chernihiv Oblast and Zhytomyr Oblast's north the same week (ISW, 6 April 2022: Russian forces
// had completed their withdrawal to Belarus), taken as 7 April as UA_OBLASTS_SINCE is; Sumy Oblast, "no
// longer occupied any towns or villages" (governor Dmytro Zhyvytskyi, 4 April 2022, Reuters) and declared
// clear on 8 April (Kyiv Independent); Kharkiv Oblast and the Lyman area after the Kharkiv counteroffensive
// and Lyman's liberation (1 October 2022; the Oskil's east bank villages through the first week of
// October, ISW); the right bank of Kherson and Mykolaiv Oblast with Kherson (11 November 2022); the 2023
// villages on the days named above. A village Russia took again before the series is occupied on its first
// snapshot, and stays unanswered.
const RETAKEN_OBLASTS: ReadonlyMap<string, IsoDate> = new Map([
  ['Chernihiv Oblast', '2022-04-07'], ['Sumy Oblast', '2022-04-08'], ['Kharkiv Oblast', '2022-10-08'], ['Kherson Oblast', '2022-11-12'], ['Mykolaiv Oblast', '2022-11-12'],
])
const RETAKEN_BOXES: readonly { readonly admin1: string; readonly box: Box; readonly retakenBy: IsoDate }[] = [
  { admin1: 'Kyiv Oblast', box: [29.0, 50.3, 32.2, 51.6], retakenBy: '2022-04-07' },
  { admin1: 'Zhytomyr Oblast', box: [27.8, 51.0, 29.6, 51.6], retakenBy: '2022-04-07' },
  // Lyman-Sviatohirsk: from Sviatohirsk and Bohorodychne (west) to Torske and Yampil (east), Siversk's north.
  { admin1: 'Donetsk Oblast', box: [37.3, 48.9, 38.3, 49.3], retakenBy: '2022-10-08' },
  // Velyka Novosilka's south: Neskuchne, Storozheve, Blahodatne, Makarivka, Staromaiorske, Urozhaine (16 August 2023).
  { admin1: 'Donetsk Oblast', box: [36.55, 47.55, 36.95, 47.85], retakenBy: '2023-08-17' },
  // Klishchiivka, Andriivka, Kurdiumivka south of Bakhmut (Klishchiivka and Andriivka, 17 September 2023).
  { admin1: 'Donetsk Oblast', box: [37.85, 48.42, 38.05, 48.58], retakenBy: '2023-09-18' },
  // Robotyne, Verbove, Mala Tokmachka's front south of Orikhiv (Robotyne, 28 August 2023).
  { admin1: 'Zaporizhzhia Oblast', box: [35.6, 47.3, 36.2, 47.6], retakenBy: '2023-08-29' },
]

/** Whether a place lies where Russia held ground in 2022-23 and Ukraine later retook it (see RETAKEN_BOXES). */
export function inRetakenArea(place: Pick<Place, 'admin1' | 'lat' | 'lon'>): boolean {
  return retakenBy(place) !== null
}

/** The day from which Ukraine held again the retaken area a place lies in; null outside them. */
export function retakenBy(place: Pick<Place, 'admin1' | 'lat' | 'lon'>): IsoDate | null {
  if (place.admin1 === null) return null
  const oblast = RETAKEN_OBLASTS.get(place.admin1)
  if (oblast !== undefined) return oblast
  return RETAKEN_BOXES.find(({ admin1, box: [w, s, e, n] }) => admin1 === place.admin1 && place.lon >= w && place.lon <= e && place.lat >= s && place.lat <= n)?.retakenBy ?? null
}

/**
 * Ukraine's hold on a settlement on `on`, a day from the invasion to the day before the series' first
 * snapshot, from that first snapshot: on its free side, farther from the line than the point's own
 * uncertainty, outside the retaken areas or in one after the day Ukraine had retaken it (and off the line's
 * edge band there) -> 'UA' with basis 'first-snapshot'; in Luhansk Oblast from 3 July 2022, on its occupied
 * side well behind the line -> 'RU'; otherwise null (the lists answer, or nobody). Only asked when the hand periods know nothing of the town. Unlike the map on its own
 * dates (holderOnMap), the edge band does not silence it: outside the retaken areas the line moved only
 * west from 2022 to July 2024, so a town at the line's free edge then (Chasiv Yar, 0.7 km from it) had been
 * Ukraine's all along; a front town Russia held part of in 2022 is in a retaken area or a hand list.
 */
export function holderBeforeSeries(place: Place, on: IsoDate | null, map: HeldGroundMap, asked: Map<string, GroundHolder | null>): GroundHolder | null {
  if (!on || place.kind !== 'settlement' || place.country !== 'UA') return null
  const coverage = map.control.coverage
  const day = on.slice(0, 10)
  if (!coverage || day < WAR_START || day >= coverage.start) return null
  // (A retaken area answers from the day Ukraine held it again, and not at the line's edge, which moved
  // both ways there.)
  const retaken = retakenBy(place)
  if (retaken !== null && day < retaken) return null
  const point = map.pointOf(place)
  if (!point) return null
  // (The answer depends on the area's kind, not the day, once past the checks above: one question per kind and point.)
  const deepLuhansk = place.admin1 === 'Luhansk Oblast'
  const key = `${point.at[0]},${point.at[1]},${point.uncertaintyKm}|first${retaken !== null ? '|retaken' : ''}${deepLuhansk ? '|luhansk' : ''}`
  let answer = asked.get(key)
  if (answer === undefined) {
    const status = map.control.statusAt(point.at, coverage.start)
    const side = status ? status.side ?? (status.status === 'edge' ? null : status.status) : null
    answer =
      !status || status.distanceToLineKm <= point.uncertaintyKm ? null
      : side === 'free' && !(retaken !== null && status.status === 'edge') ? { holder: 'UA', basis: 'first-snapshot', snapshotDate: status.snapshotDate }
      : side === 'occupied' && deepLuhansk && status.distanceToLineKm > LUHANSK_DEPTH_KM + point.uncertaintyKm ? { holder: 'RU', basis: 'first-snapshot', snapshotDate: status.snapshotDate }
      : null
    asked.set(key, answer)
  }
  // Luhansk Oblast behind the line: Russia held the whole oblast from Lysychansk's fall (3 July 2022) to the
  // series, but for the villages Ukraine retook at its western edge in September-October 2022 (Bilohorivka,
  // Nevske), within a few kilometres of the line on the first snapshot. A settlement occupied on it and
  // LUHANSK_DEPTH_KM behind the line (Irmino and Kadiivka's other towns) was Russia's from that day on.
  if (answer?.holder === 'RU' && day < LUHANSK_HELD_SINCE) return null
  return answer
}

const LUHANSK_HELD_SINCE = '2022-07-03'
const LUHANSK_DEPTH_KM = 15
