import type { Side } from '../domain/index.js'

// Convention 72 before the control map (DeepState, from 2024-07-08): who held a town of the full-scale
// war on a date, in both directions. The older lists (held-ground-strike-side.ts) knew only the day a
// town fell to Russia and, for the front oblasts' cities, Ukraine from the autumn 2022 counteroffensives,
// so a March-June 2022 strike on Kharkiv, Mariupol or Bucha got no side (real-cir, round 20).
// Dates are from memory of ISW's daily assessments and the Wikipedia articles on each battle (no lookup):
// the day of the fall is the day the defenders left or the attacker's control was confirmed; the day of
// liberation, the day Ukrainian troops entered. A town changing hands answers nobody within
// CHANGE_WINDOW_DAYS of the change, either side: reports of that week disagree on who held what.

/** A holder from a date on; null for a town fought over with no holder (Irpin in March 2022). */
type Period = readonly [from: string, holder: Side | null]

/** The full-scale invasion. Never-occupied cities count as Ukrainian from its first day: Russian columns
 * reached the edges of Kharkiv, Sumy, Chernihiv and Mykolaiv in its first week, but held none of them,
 * and the strikes told on those days were Russia's; no grace days are needed. */
const WAR_START = '2022-02-24'
const CHANGE_WINDOW_DAYS = 3
const UA_THROUGHOUT: readonly Period[] = [[WAR_START, 'UA']]

const NEVER_OCCUPIED: Readonly<Record<string, readonly string[]>> = {
  // Kyiv and the oblast's cities the Russian advance of February-March 2022 did not reach.
  Kyiv: ['Kyiv'],
  'Kyiv Oblast': ['Brovary', 'Bila Tserkva', 'Boryspil', 'Fastiv', 'Vasylkiv', 'Obukhiv'],
  // Chernihiv was besieged (late February to 31 March 2022), never entered; Nizhyn and Pryluky were never reached.
  'Chernihiv Oblast': ['Chernihiv', 'Nizhyn', 'Pryluky'],
  // Sumy and Okhtyrka held through the fighting of February-March 2022.
  'Sumy Oblast': ['Sumy', 'Okhtyrka'],
  // Kharkiv held through the battle of Kharkiv (street fighting on 27 February 2022, repelled). Chuhuiv and
  // Derhachi (round 21, the monitor's 2022 captions of their shelling) were reached by no Russian unit:
  // ISW's assessments of March-May 2022 place the Russian line at Staryi Saltiv, Ruska Lozova and
  // Tsyrkuny, Chuhuiv's approaches (Malaia Rohan, Bezruky) retaken by Ukraine in March-May.
  'Kharkiv Oblast': ['Kharkiv', 'Lozova', 'Merefa', 'Bohodukhiv', 'Krasnohrad', 'Berestyn', 'Zmiiv', 'Liubotyn', 'Pervomaiskyi', 'Valky', 'Chuhuiv', 'Derhachi'],
  // No Russian soldier held ground in Dnipropetrovsk Oblast.
  'Dnipropetrovsk Oblast': ['Dnipro', 'Kryvyi Rih', 'Kamianske', 'Nikopol', 'Pavlohrad', 'Marhanets', 'Zhovti Vody', 'Synelnykove', 'Novomoskovsk', 'Samar', 'Pokrov', 'Ternivka', 'Vilnohirsk', 'Pidhorodne', 'Piatykhatky', 'Apostolove'],
  // Mykolaiv held through the battle of Mykolaiv (late February-April 2022).
  'Mykolaiv Oblast': ['Mykolaiv', 'Ochakiv', 'Pervomaisk', 'Yuzhnoukrainsk', 'Nova Odesa'],
  'Zaporizhzhia Oblast': ['Zaporizhzhia'],
  // Odesa Oblast's cities (Snake Island, held by Russia 24 February-30 June 2022, is no settlement).
  'Odesa Oblast': ['Odesa', 'Izmail', 'Chornomorsk', 'Bilhorod-Dnistrovskyi', 'Podilsk', 'Pivdenne'],
  // Sloviansk and Kramatorsk (held by Russian-led forces in April-July 2014, Ukrainian since) were never
  // reached in 2022-2024.
  'Donetsk Oblast': ['Kramatorsk', 'Sloviansk', 'Druzhkivka'],
}

/** Towns that changed hands after the first days of the invasion: "name|oblast" -> periods in date order. */
const CHANGED_HANDS: ReadonlyMap<string, readonly Period[]> = new Map<string, readonly Period[]>([
  // Kyiv Oblast: occupied in the first week of March 2022; the Russian army left on 30-31 March and
  // Ukrainian troops entered on 1 April (Bucha, Hostomel, Borodianka). Irpin was fought over street by
  // street from early March and declared freed on 28 March, but Ukraine defended it throughout: a besieged
  // town is its defender's ground until it falls (convention 118, which names Irpin in March 2022).
  ['Bucha|Kyiv Oblast', [[WAR_START, 'UA'], ['2022-03-03', 'RU'], ['2022-04-01', 'UA']]],
  ['Hostomel|Kyiv Oblast', [[WAR_START, 'UA'], ['2022-02-27', 'RU'], ['2022-04-01', 'UA']]],
  ['Borodianka|Kyiv Oblast', [[WAR_START, 'UA'], ['2022-03-01', 'RU'], ['2022-04-01', 'UA']]],
  ['Irpin|Kyiv Oblast', [[WAR_START, 'UA']]],
  // Makariv: fought over from 27 February (Russian units held parts of it), declared retaken on 22 March
  // 2022 ("the state flag of Ukraine was raised over the city of Makariv", the General Staff on Facebook;
  // CNN and Reuters, 22 March 2022; round 23).
  ['Makariv|Kyiv Oblast', [[WAR_START, 'UA'], ['2022-02-27', null], ['2022-03-22', 'UA']]],
  // Trostianets: occupied from the first days, freed on 26 March 2022.
  ['Trostianets|Sumy Oblast', [[WAR_START, 'RU'], ['2022-03-26', 'UA']]],
  // Kharkiv Oblast: Kupiansk surrendered on 27 February, Balakliia taken on 3 March, Izium on 1 April
  // 2022; the Kharkiv counteroffensive freed Balakliia on 8 September, Izium and Kupiansk on 10
  // September, Vovchansk on 11 September. Kupiansk and Vovchansk were front towns again from 2024
  // (Vovchansk from the May 2024 offensive): the map answers there.
  ['Izium|Kharkiv Oblast', [[WAR_START, 'UA'], ['2022-04-01', 'RU'], ['2022-09-10', 'UA']]],
  ['Balakliia|Kharkiv Oblast', [[WAR_START, 'UA'], ['2022-03-03', 'RU'], ['2022-09-08', 'UA']]],
  ['Kupiansk|Kharkiv Oblast', [[WAR_START, 'UA'], ['2022-02-27', 'RU'], ['2022-09-10', 'UA'], ['2024-07-08', null]]],
  ['Vovchansk|Kharkiv Oblast', [[WAR_START, 'RU'], ['2022-09-11', 'UA'], ['2024-05-10', null]]],
  // Kherson: taken on 2 March, freed on 11 November 2022.
  ['Kherson|Kherson Oblast', [[WAR_START, 'UA'], ['2022-03-02', 'RU'], ['2022-11-11', 'UA']]],
  // Lyman: taken on 26 May, freed on 1 October 2022.
  ['Lyman|Donetsk Oblast', [[WAR_START, 'UA'], ['2022-05-26', 'RU'], ['2022-10-01', 'UA']]],
])

/** Towns of HELD_SINCE Russia took after the first days: Ukrainian from the invasion to the day they fell. */
const UA_UNTIL_FALL: readonly string[] = [
  'Volnovakha|Donetsk Oblast', 'Mariupol|Donetsk Oblast', 'Svitlodarsk|Donetsk Oblast', 'Vuhlehirsk|Donetsk Oblast',
  'Soledar|Donetsk Oblast', 'Bakhmut|Donetsk Oblast', 'Marinka|Donetsk Oblast', 'Avdiivka|Donetsk Oblast',
  'Kreminna|Luhansk Oblast', 'Popasna|Luhansk Oblast', 'Rubizhne|Luhansk Oblast', 'Hirske|Luhansk Oblast',
  'Zolote|Luhansk Oblast', 'Sievierodonetsk|Luhansk Oblast', 'Lysychansk|Luhansk Oblast', 'Pryvillia|Luhansk Oblast',
]

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 86_400_000)
}

/**
 * Who held a town on `on` by the periods above: 'UA' or 'RU'; null when it was changing hands that
 * week or fought over with no holder, or the date is before the invasion; undefined when the town is in
 * no period list (the other lists answer). `heldSince` is HELD_SINCE's day of the fall, for its towns.
 */
export function holderByPeriod(name: string, admin1: string, on: string, heldSince?: string): Side | null | undefined {
  const key = `${name}|${admin1}`
  const periods = CHANGED_HANDS.get(key)
    ?? (NEVER_OCCUPIED[admin1]?.includes(name) ? UA_THROUGHOUT : undefined)
    ?? (heldSince !== undefined && UA_UNTIL_FALL.includes(key) ? [[WAR_START, 'UA'], [heldSince, 'RU']] as const : undefined)
  if (periods === undefined) return undefined
  const day = on.slice(0, 10)
  if (day < WAR_START) return null
  // The first period starts with the invasion, not with a change of hands: no window there.
  if (periods.slice(1).some(([from]) => Math.abs(daysBetween(day, from)) <= CHANGE_WINDOW_DAYS)) return null
  let holder: Side | null = null
  for (const [from, h] of periods) if (day >= from) holder = h
  return holder
}
