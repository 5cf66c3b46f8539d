// The line of contact in Donetsk and Luhansk oblasts from the Minsk agreements to the full-scale invasion
// (September 2014 - 23 February 2022), where that war's fighting was (and much of the next one's, below): a report of those years naming a
// village that several settlements of the two oblasts share ("Vodiane", "Novomykhailivka", "Troitske")
// means, most likely, the one on the line. No control map of those years ships (DeepState's series starts
// in July 2024), so the line is written here by hand: a polyline through the points between the front-line
// settlements each side held for those years (the OSCE Special Monitoring Mission's maps of the line),
// north-east to south-west, from the Russian border east of Stanytsia Luhanska along the Siverskyi Donets,
// round the Svitlodarsk bulge, past Horlivka, Avdiivka, the Donetsk airport, Marinka and Dokuchaievsk, down
// the Kalmius to the Azov coast at Shyrokyne. Good to about 10 km, enough for a prior that fades over 25 km.
import type { IsoDate } from '../domain/index.js'

/** [lat, lon] vertices of the line, north-east to south-west. */
const LINE: ReadonlyArray<readonly [number, number]> = [
  [48.63, 39.7], // the Russian border east of Stanytsia Luhanska
  [48.65, 39.48], // Stanytsia Luhanska (held by Ukraine) across the river from the separatists' bank
  [48.72, 39.23], // Shchastia
  [48.74, 38.97], // Trokhizbenka
  [48.73, 38.79], // Krymske
  [48.66, 38.54], // between Zolote and Pervomaisk
  [48.6, 38.42], // east of Popasna
  [48.4, 38.3], // the Svitlodarsk bulge, between Svitlodarsk and Debaltseve
  [48.38, 38.0], // between Maiorsk/Zaitseve and Horlivka
  [48.3, 37.88], // south of Toretsk, north of Horlivka's western edge
  [48.13, 37.8], // between Avdiivka and Yasynuvata
  [48.07, 37.71], // the Donetsk airport and Pisky
  [47.98, 37.56], // between Krasnohorivka/Marinka and Donetsk's western edge
  [47.84, 37.57], // between Novomykhailivka and Olenivka
  [47.7, 37.64], // between Novotroitske and Dokuchaievsk
  [47.54, 37.78], // Starohnativka, on the Kalmius
  [47.46, 37.87], // Hranitne
  [47.27, 37.78], // Pavlopil
  [47.15, 37.79], // Vodiane
  [47.09, 37.82], // Shyrokyne, on the coast
]

/**
 * The years the line held, from the first Minsk protocol (5 September 2014), and the months after the invasion
 * when the fighting of each oblast was still mostly along it: in Luhansk Oblast until the fall of Lysychansk
 * (3 July 2022; the front then left the oblast's old line for its western edge), in Donetsk Oblast until
 * the fall of Avdiivka (17 February 2024; Bakhmut, Avdiivka, Marinka and Vuhledar lay within 30 km of it).
 */
export const CONTACT_LINE_FROM = '2014-09-05'
const HELD_UNTIL: Readonly<Record<string, string>> = { 'Luhansk Oblast': '2022-07-04', 'Donetsk Oblast': '2024-02-17' }

/** Whether, on a report's date, the fighting in this oblast was mostly along the line. */
export function contactLineHeldOn(date: IsoDate | null | undefined, admin1: string): boolean {
  const until = HELD_UNTIL[admin1]
  return !!date && until !== undefined && date >= CONTACT_LINE_FROM && date < until
}

/** Whether, on a report's date, the line is evidence in any oblast. */
export function contactLineHeldAnywhereOn(date: IsoDate | null | undefined): boolean {
  return !!date && date >= CONTACT_LINE_FROM && date < '2024-02-17'
}

const CONTACT_LINE = [LINE]

/** Distance in km from a point to the line (planar, longitudes scaled at the point's latitude). */
export function distanceToContactLineKm(lat: number, lon: number): number {
  return distanceToLinesKm(CONTACT_LINE, lat, lon)
}

/**
 * Distance in km from a point to the nearest of `lines` (each a run of [lat, lon] vertices; planar, longitudes
 * scaled at the point's latitude): this line's and the 2022-2024 front lines' (front-lines-2022.ts).
 */
export function distanceToLinesKm(lines: ReadonlyArray<ReadonlyArray<readonly [number, number]>>, lat: number, lon: number): number {
  const kx = Math.cos((lat * Math.PI) / 180) * 111.32
  const ky = 110.57
  let best = Infinity
  for (const line of lines) {
    for (let i = 0; i + 1 < line.length; i++) {
      const [aLat, aLon] = line[i]!
      const [bLat, bLon] = line[i + 1]!
      const ax = (aLon - lon) * kx
      const ay = (aLat - lat) * ky
      const dx = (bLon - lon) * kx - ax
      const dy = (bLat - lat) * ky - ay
      const len2 = dx * dx + dy * dy
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2))
      const x = ax + t * dx
      const y = ay + t * dy
      const d = Math.sqrt(x * x + y * y)
      if (d < best) best = d
    }
  }
  return best
}
