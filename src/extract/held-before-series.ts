import type { IsoDate, Place } from '../domain/index.js'
import type { GroundHolder, HeldGroundMap } from './held-ground-on-map.js'

// Convention 72 before the control map's series (round 21): DeepState's history starts on 2024-07-08, and
// the hand lists (holder-by-period.ts) name about a hundred towns, so a 2022-23 strike on a village or small
// town Ukraine held throughout (Toretsk, Vuhledar, Chasiv Yar, Ukrainka) got no side. Ground on the
// Ukrainian side of the series' FIRST snapshot was Ukraine's from the first day of the full-scale
// invasion on, except where Russia held it in 2022-23 and Ukraine retook it (RETAKEN below): there the
// hand periods decide, or nobody does (convention 117). Ground occupied on the first snapshot says nothing
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
const RETAKEN_OBLASTS: ReadonlySet<string> = new Set(['Chernihiv Oblast', 'Sumy Oblast', 'Kharkiv Oblast', 'Kherson Oblast', 'Mykolaiv Oblast'])
const RETAKEN_BOXES: readonly { readonly admin1: string; readonly box: Box }[] = [
  { admin1: 'Kyiv Oblast', box: [29.0, 50.3, 32.2, 51.6] },
  { admin1: 'Zhytomyr Oblast', box: [27.8, 51.0, 29.6, 51.6] },
  // Lyman-Sviatohirsk: from Sviatohirsk and Bohorodychne (west) to Torske and Yampil (east), Siversk's north.
  { admin1: 'Donetsk Oblast', box: [37.3, 48.9, 38.3, 49.3] },
  // Velyka Novosilka's south: Neskuchne, Storozheve, Blahodatne, Makarivka, Staromaiorske, Urozhaine.
  { admin1: 'Donetsk Oblast', box: [36.55, 47.55, 36.95, 47.85] },
  // Klishchiivka, Andriivka, Kurdiumivka south of Bakhmut.
  { admin1: 'Donetsk Oblast', box: [37.85, 48.42, 38.05, 48.58] },
  // Robotyne, Verbove, Mala Tokmachka's front south of Orikhiv.
  { admin1: 'Zaporizhzhia Oblast', box: [35.6, 47.3, 36.2, 47.6] },
]

/** Whether a place lies where Russia held ground in 2022-23 and Ukraine later retook it (see RETAKEN_BOXES). */
export function inRetakenArea(place: Pick<Place, 'admin1' | 'lat' | 'lon'>): boolean {
  if (place.admin1 === null) return false
  if (RETAKEN_OBLASTS.has(place.admin1)) return true
  return RETAKEN_BOXES.some(({ admin1, box: [w, s, e, n] }) => admin1 === place.admin1 && place.lon >= w && place.lon <= e && place.lat >= s && place.lat <= n)
}

/**
 * Ukraine's hold on a settlement on `on`, a day from the invasion to the day before the series' first
 * snapshot, from that first snapshot: on its free side, farther from the line than the point's own
 * uncertainty, outside the retaken areas -> 'UA' with basis 'first-snapshot'; otherwise null (the lists
 * answer, or nobody). Only asked when the hand periods know nothing of the town. Unlike the map on its own
 * dates (holderOnMap), the edge band does not silence it: outside the retaken areas the line moved only
 * west from 2022 to July 2024, so a town at the line's free edge then (Chasiv Yar, 0.7 km from it) had been
 * Ukraine's all along; a front town Russia held part of in 2022 is in a retaken area or a hand list.
 */
export function holderBeforeSeries(place: Place, on: IsoDate | null, map: HeldGroundMap, asked: Map<string, GroundHolder | null>): GroundHolder | null {
  if (!on || place.kind !== 'settlement' || place.country !== 'UA') return null
  const coverage = map.control.coverage
  const day = on.slice(0, 10)
  if (!coverage || day < WAR_START || day >= coverage.start) return null
  if (inRetakenArea(place)) return null
  const point = map.pointOf(place)
  if (!point) return null
  const key = `${point.at[0]},${point.at[1]},${point.uncertaintyKm}|first`
  const known = asked.get(key)
  if (known !== undefined) return known
  const status = map.control.statusAt(point.at, coverage.start)
  const side = status ? status.side ?? (status.status === 'edge' ? null : status.status) : null
  const answer: GroundHolder | null =
    !status || side !== 'free' || status.distanceToLineKm <= point.uncertaintyKm
      ? null
      : { holder: 'UA', basis: 'first-snapshot', snapshotDate: status.snapshotDate }
  asked.set(key, answer)
  return answer
}
