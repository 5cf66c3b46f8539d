// The front lines of the full-scale war from the invasion (24 February 2022) to the start of the control map
// that ships (DeepState's series, 8 July 2024), written by hand as contact-line.ts writes the 2014-2022 line:
// a report of those months naming a village that several settlements share ("Andriivka", "Kamianka",
// "Oleksandrivka, Kherson Oblast") most likely means the one where the fighting was on the report's date.
// Each period is a few polylines through the places the two sides held against each other (from the
// widely published daily maps of those months: ISW's, the Ukrainian General Staff's and DeepState's own
// archive); good to 10-20 km, enough for a prior that fades over 25 km. Not a control map: no area, no
// side, nothing verify may read as a holding.
//
//  - 24 Feb - 8 Apr 2022: the northern fronts (the arc west and north-west of Kyiv from the Belarusian
//    border by Ivankiv and Borodianka to Makariv, Bucha and Irpin; east of Kyiv by Brovary; round Chernihiv
//    and along the Kozelets-Nizhyn road; Konotop, Sumy, Trostianets and Okhtyrka; round Kharkiv), the
//    Izium and Luhansk fronts, the line of contact in Donetsk Oblast, Volnovakha and Mariupol (until the
//    Azovstal surrender on 20 May), the
//    Zaporizhzhia front by Huliaipole, Orikhiv and Vasylivka, and the Kherson-Mykolaiv front to Voznesensk.
//    The northern arcs stay until 30 April: the weeks after the withdrawal were when the damage there was
//    filmed and reported.
//  - 9 Apr - 5 Sep 2022: north and east of Kharkiv, the Izium salient (Balakliia, Izium, Dovhenke,
//    Sviatohirsk, Lyman), Sievierodonetsk-Lysychansk and Popasna, then Siversk-Soledar-Bakhmut, the old line
//    from Horlivka to Marinka, Vuhledar, the Zaporizhzhia front, the Dnipro by Enerhodar and Nikopol, and
//    the Inhulets front of Kherson Oblast from the Dnipro by Vysokopillia and Davydiv Brid to Snihurivka and
//    the coast by Oleksandrivka.
//  - 6 Sep - 11 Nov 2022: after the Kharkiv counter-offensive, the Oskil from the border by Kupiansk,
//    Svatove-Kreminna, Siversk, Soledar and Bakhmut; the south as before.
//  From 9 April 2022 on, also the Ukrainian side of the border with Russia from the Belarusian tripoint to
//  Luhansk Oblast, shelled across every day.
//  - 12 Nov 2022 - 7 Jul 2024: Kupiansk-Svatove-Kreminna, Siversk, Bakhmut and Chasiv Yar, Avdiivka,
//    Marinka, Vuhledar, the Zaporizhzhia front by Robotyne, and the Dnipro from Nikopol to the sea.
import type { IsoDate } from '../domain/index.js'

type Line = ReadonlyArray<readonly [number, number]>

const KYIV_WEST: Line = [[51.25, 29.35], [50.95, 29.55], [50.62, 29.72], [50.47, 29.8], [50.45, 30.0], [50.48, 30.18], [50.52, 30.25], [50.57, 30.33], [50.6, 30.5]]
const KYIV_EAST_CHERNIHIV: Line = [[50.62, 30.85], [50.55, 31.0], [50.5, 31.3], [50.62, 31.6], [50.85, 31.8], [51.05, 31.9], [51.3, 31.6], [51.4, 31.3], [51.5, 31.1], [51.6, 31.3], [51.48, 31.5]]
const SUMY: Line = [[51.45, 32.8], [51.25, 33.2], [51.0, 34.3], [50.9, 34.75], [50.6, 34.95], [50.48, 34.95], [50.3, 34.9], [50.2, 35.3]]
const KHARKIV_2022_SPRING: Line = [[50.4, 36.0], [50.15, 36.3], [50.05, 36.45], [49.95, 36.5], [49.85, 36.7], [49.6, 36.85], [49.45, 36.9], [49.3, 37.1], [49.2, 37.3]]
const LUHANSK_2022_SPRING: Line = [[49.2, 37.9], [49.05, 38.2], [49.0, 38.38], [48.95, 38.5], [48.8, 38.55], [48.63, 38.4], [48.5, 38.28], [48.4, 38.3]]
// The 2014-2022 line from Horlivka to Marinka (contact-line.ts), which both sides held into 2024.
const DONETSK_OLD_LINE: Line = [[48.4, 38.3], [48.38, 38.0], [48.3, 37.88], [48.13, 37.8], [48.07, 37.71], [47.98, 37.56]]
const DONETSK_SOUTH_2022_SPRING: Line = [[47.98, 37.56], [47.84, 37.45], [47.7, 37.55], [47.6, 37.5], [47.25, 37.6], [47.1, 37.55]]
const ZAPORIZHZHIA: Line = [[47.98, 37.56], [47.85, 37.35], [47.78, 37.25], [47.74, 37.0], [47.74, 36.75], [47.7, 36.5], [47.66, 36.25], [47.6, 35.95], [47.55, 35.75], [47.55, 35.4], [47.55, 35.15], [47.5, 34.75], [47.55, 34.4]]
const KHERSON_2022_SPRING: Line = [[47.55, 34.4], [47.3, 33.9], [47.12, 33.4], [47.1, 33.1], [47.2, 32.7], [47.56, 31.35], [47.0, 32.2], [46.9, 31.95], [46.62, 32.1]]
const KHERSON_2022_SUMMER: Line = [[47.6, 34.2], [47.48, 33.9], [47.5, 33.5], [47.35, 33.35], [47.1, 33.22], [47.08, 32.85], [46.95, 32.55], [46.8, 32.3], [46.6, 32.12]]
const KHARKIV_IZIUM_2022_SUMMER: Line = [[50.4, 36.1], [50.25, 36.45], [50.17, 36.8], [50.0, 36.85], [49.85, 36.9], [49.7, 36.85], [49.47, 36.85], [49.4, 37.0], [49.3, 37.1], [49.1, 37.3], [49.0, 37.45], [49.03, 37.6], [49.05, 37.8], [48.98, 37.9]]
const LUHANSK_BAKHMUT_2022_SUMMER: Line = [[48.98, 37.9], [48.95, 38.0], [48.92, 38.2], [48.87, 38.35], [48.72, 38.3], [48.63, 38.2], [48.6, 38.05], [48.45, 38.0], [48.38, 38.0]]
const OSKIL_BAKHMUT_2022_AUTUMN: Line = [[50.35, 38.05], [50.0, 37.85], [49.75, 37.75], [49.55, 37.9], [49.4, 38.05], [49.2, 38.1], [49.05, 38.2], [48.95, 38.1], [48.87, 38.05], [48.7, 38.05], [48.6, 38.0], [48.45, 37.95], [48.38, 38.0]]
const LYMAN_2022_AUTUMN: Line = [[49.05, 37.75], [48.98, 37.81], [48.95, 38.0]]
const OSKIL_AVDIIVKA_2023: Line = [[50.3, 37.95], [49.75, 37.75], [49.6, 37.95], [49.3, 38.1], [49.05, 38.15], [48.95, 38.05], [48.87, 38.05], [48.7, 38.05], [48.6, 37.95], [48.58, 37.84], [48.45, 37.85], [48.3, 37.85], [48.15, 37.75], [48.07, 37.68], [47.98, 37.55]]
const ZAPORIZHZHIA_2023: Line = [[47.98, 37.55], [47.9, 37.45], [47.8, 37.25], [47.75, 37.0], [47.73, 36.75], [47.65, 36.4], [47.6, 36.1], [47.47, 35.85], [47.5, 35.55], [47.55, 35.2], [47.5, 34.8], [47.5, 34.6]]
// The Ukrainian side of the border with Russia from the Belarusian tripoint to Luhansk Oblast: shelled
// across it every day from the withdrawal from the north on.
const RUSSIAN_BORDER: Line = [[52.37, 31.78], [52.3, 32.5], [52.2, 33.2], [52.0, 33.6], [51.85, 34.0], [51.6, 34.2], [51.3, 34.4], [51.2, 35.0], [50.95, 35.4], [50.6, 35.6], [50.4, 35.9], [50.38, 36.2], [50.3, 36.6], [50.3, 36.95], [50.15, 37.4], [50.0, 37.8]]
// Mariupol, besieged from 1 March to the Azovstal garrison's surrender on 20 May 2022.
const MARIUPOL: Line = [[47.15, 37.45], [47.12, 37.55], [47.08, 37.62]]
const DNIPRO_KHERSON: Line = [[47.5, 34.6], [47.4, 34.1], [47.1, 33.7], [46.8, 33.4], [46.65, 32.75], [46.55, 32.2]]

const PERIODS: ReadonlyArray<{ readonly from: IsoDate; readonly to: IsoDate; readonly lines: readonly Line[] }> = [
  { from: '2022-02-24', to: '2022-04-09', lines: [KYIV_WEST, KYIV_EAST_CHERNIHIV, SUMY, KHARKIV_2022_SPRING, LUHANSK_2022_SPRING, DONETSK_OLD_LINE, DONETSK_SOUTH_2022_SPRING, ZAPORIZHZHIA, KHERSON_2022_SPRING] },
  { from: '2022-04-09', to: '2022-05-01', lines: [RUSSIAN_BORDER, KYIV_WEST, KYIV_EAST_CHERNIHIV, SUMY, KHARKIV_IZIUM_2022_SUMMER, LUHANSK_2022_SPRING, DONETSK_OLD_LINE, MARIUPOL, ZAPORIZHZHIA, KHERSON_2022_SUMMER] },
  { from: '2022-05-01', to: '2022-05-21', lines: [RUSSIAN_BORDER, KHARKIV_IZIUM_2022_SUMMER, LUHANSK_2022_SPRING, LUHANSK_BAKHMUT_2022_SUMMER, DONETSK_OLD_LINE, MARIUPOL, ZAPORIZHZHIA, KHERSON_2022_SUMMER] },
  { from: '2022-05-21', to: '2022-07-04', lines: [RUSSIAN_BORDER, KHARKIV_IZIUM_2022_SUMMER, LUHANSK_2022_SPRING, LUHANSK_BAKHMUT_2022_SUMMER, DONETSK_OLD_LINE, ZAPORIZHZHIA, KHERSON_2022_SUMMER] },
  { from: '2022-07-04', to: '2022-09-06', lines: [RUSSIAN_BORDER, KHARKIV_IZIUM_2022_SUMMER, LUHANSK_BAKHMUT_2022_SUMMER, DONETSK_OLD_LINE, ZAPORIZHZHIA, KHERSON_2022_SUMMER] },
  { from: '2022-09-06', to: '2022-11-12', lines: [RUSSIAN_BORDER, OSKIL_BAKHMUT_2022_AUTUMN, LYMAN_2022_AUTUMN, DONETSK_OLD_LINE, ZAPORIZHZHIA, KHERSON_2022_SUMMER] },
  { from: '2022-11-12', to: '2024-07-08', lines: [RUSSIAN_BORDER, OSKIL_AVDIIVKA_2023, ZAPORIZHZHIA_2023, DNIPRO_KHERSON] },
]

export const FRONT_LINES_FROM = PERIODS[0]!.from
export const FRONT_LINES_TO = PERIODS[PERIODS.length - 1]!.to

/** The lines of a report's date, or null outside 24 February 2022 - 7 July 2024. */
export function frontLinesOn(date: IsoDate | null | undefined): readonly Line[] | null {
  if (!date) return null
  for (const p of PERIODS) if (date >= p.from && date < p.to) return p.lines
  return null
}
