// Landmarks and a historical region that reports name in place of a town, and that no source of the
// gazetteer has: a plant, a bridge, an airport, Donbas. Written by hand; each point is a fact with its
// source beside it (a Wikipedia article's coordinates, or a centroid computed from a boundary file of
// ../shared/data). Only landmarks whose name leads far from them: "Hostomel airport", "Donetsk airport"
// and "the Antonivskyi bridge" already resolve to a town a few kilometres off (Hostomel, Donetsk,
// Antonivka), which extraction gold writes too; "Antonov airport" went to a village Antoniv 100 km away,
// "the Zaporizhzhia NPP" to Zaporizhzhia, 55 km from the plant at Enerhodar, "Azovstal" and "Gorky Park"
// nowhere.

import type { PlaceKind } from '../../domain/index.js'
import { ucdpAreaPoint } from './ucdp-area-point.js'
const UCDP_SOURCE = '../shared/data/ucdp-ged-ukraine (UCDP GED, CC BY 4.0: Sundberg & Melander 2013; Davies et al.)'

export interface Landmark {
  /** Entry id: `landmark:<slug>`, or `macro:<slug>` for a region across oblasts (coarse, like an oblast). */
  readonly id: string
  readonly kind: PlaceKind
  readonly name: string
  readonly nameUk: string | null
  readonly nameRu: string | null
  /** Other spellings reports use (the loose Latin key folds case, doubled letters and й/и/і). */
  readonly variants: readonly string[]
  /** The region code of regions.ts (UA14 = Donetsk Oblast), or null for a place across oblasts. */
  readonly regionCode: string | null
  readonly lat: number
  readonly lon: number
  /** Where the point comes from. */
  readonly source: string
}

export const LANDMARKS: readonly Landmark[] = [
  {
    id: 'landmark:azovstal',
    kind: 'other',
    name: 'Azovstal',
    nameUk: 'Азовсталь',
    nameRu: 'Азовсталь',
    // (and its name in English, run together as captions type it: "the Azovsteel factory", "AzovSteel")
    variants: ['Azovstal Iron and Steel Works', 'Azovstal steel plant', 'Azovstal plant', 'Azovstal Steelworks', 'Azov-Stal', 'Azovstal’', 'Azowstal', 'Azovsteel', 'Azov Steel'],
    regionCode: 'UA14',
    lat: 47.098,
    lon: 37.61,
    source: 'en.wikipedia.org/wiki/Azovstal_iron_and_steel_works (oldid 1082500187): 47°05′53″N 37°36′36″E',
  },
  {
    id: 'landmark:zaporizhzhia-npp',
    kind: 'other',
    name: 'Zaporizhzhia Nuclear Power Plant',
    nameUk: 'Запорізька АЕС',
    nameRu: 'Запорожская АЭС',
    variants: [
      'Zaporizhzhia NPP', 'Zaporizhia NPP', 'Zaporizhzhya NPP', 'Zaporozhye NPP', 'Zaporozhie NPP', 'Zaporizhzhia nuclear plant',
      'Zaporizhzhia Nuclear Power Station', 'Zaporizhia Nuclear Power Plant', 'Zaporizhzhya Nuclear Power Plant', 'Zaporozhye Nuclear Power Plant',
      'Zaporizhia nuclear plant', 'Zaporozhye nuclear plant', 'Запорізька атомна електростанція', 'Запорожская атомная электростанция',
    ],
    regionCode: 'UA23',
    lat: 47.50833,
    lon: 34.58444,
    source: 'en.wikipedia.org/wiki/Zaporizhzhia_Nuclear_Power_Plant: 47°30′30″N 34°35′04″E',
  },
  {
    id: 'landmark:crimean-bridge',
    kind: 'other',
    name: 'Crimean Bridge',
    nameUk: 'Кримський міст',
    nameRu: 'Крымский мост',
    variants: ['Kerch Bridge', 'Kerch Strait Bridge', 'Crimea Bridge', 'Kerch Strait bridge', 'Керченський міст', 'Керченский мост'],
    regionCode: null,
    lat: 45.3086,
    lon: 36.5061,
    source: 'en.wikipedia.org/wiki/Crimean_Bridge: 45°18′31″N 36°30′22″E',
  },
  {
    id: 'landmark:antonov-airport',
    kind: 'other',
    name: 'Antonov Airport',
    nameUk: 'Аеропорт «Антонов»',
    nameRu: 'Аэропорт «Антонов»',
    // (and "Antonovo airport", a form reports used in the first days of the invasion, which otherwise reads as
    // the village Antonove of Mykolaiv Oblast)
    variants: ['Antonov International Airport', 'Antonov airfield', 'Antonov Airport Hostomel', 'Antonovo airport', 'Antonovo airfield'],
    regionCode: 'UA32',
    lat: 50.60361,
    lon: 30.19194,
    source: 'de.wikipedia.org/wiki/Flughafen_Kiew-Hostomel: 50°36′13″N 30°11′31″E',
  },
  {
    // Kharkiv's central park, shelled again and again in the spring of 2022: "Gorky Park" in a war report is
    // this one ("Gorky" alone is on the common-word list, so the name went nowhere). Moscow's park of the
    // name is told apart by Moscow named with it (a place inside a town far from it yields to the town,
    // report-place.ts).
    id: 'landmark:gorky-park-kharkiv',
    kind: 'other',
    name: 'Gorky Park',
    nameUk: null,
    nameRu: null,
    variants: ['Gorky Central Park', 'Maxim Gorky Central Park', 'Gorkiy Park', 'Gorki Park', 'Gorky Park Kharkiv'],
    regionCode: 'UA63',
    lat: 50.018,
    lon: 36.242,
    source: 'approximate (to about half a kilometre): the park at Sumska Street 81, north of Kharkiv city centre',
  },
  {
    // A burial-mound hill and war memorial near Saurivka, fought over in the summer of 2014 and named alone
    // in reports of that fighting ("clashes at Savur-Mohyla"). The physical register has it (a "гора"),
    // but the build keeps only that register's rivers, reservoirs, islands and spits: its 5,000 hills
    // would shadow towns of the same names.
    id: 'landmark:savur-mohyla',
    kind: 'other',
    name: 'Savur-Mohyla',
    nameUk: 'Савур-Могила',
    nameRu: 'Саур-Могила',
    variants: ['Savur Mohyla', 'Saur-Mohyla', 'Saur Mohyla', 'Saur-Mogila', 'Saur Mogila', 'Savur-Mogila', 'Savur Mogila', 'Saur-Mogyla', 'Савур Могила', 'Саур Могила'],
    regionCode: 'UA14',
    lat: 47.922222,
    lon: 38.743056,
    source: 'State Register of Geographical Names of Ukraine, physical objects, reg. no. Ф-6717 (N 47° 55′ 20″ E 38° 44′ 35″), ../shared/data/ua-geonames-register-physical (CC BY 4.0)',
  },
  {
    // A historical region across two oblasts: Donetsk and Luhansk (extraction's convention 116 writes it
    // "Donbas"). A region has no one point; its point is the one UCDP GED codes "Donets Basin Area" at
    // (where_prec 5, 48.15 38.65, in its rows of 2014-2021 in ../shared/data/ucdp-ged-ukraine), so
    // that a report naming only Donbas lands where the conflict-event data set most used with ours
    // puts it. (It was the area centroid of the two oblasts' polygons, 48.5223 38.3543: 47 km off
    // that point, and no nearer to any event.)
    id: 'macro:donbas',
    kind: 'other',
    name: 'Donbas',
    nameUk: 'Донбас',
    nameRu: 'Донбасс',
    variants: ['Donbass', 'Donets Basin', 'Donets basin area', 'Donetsk Basin', 'Донецький басейн', 'Донецкий бассейн'],
    regionCode: null,
    ...ucdpAreaPoint('Donets Basin Area'),
    source: `UCDP GED point of "Donets Basin Area" (where_prec 5), ${UCDP_SOURCE}`,
  },
]

/** English and Russian names of places a source has under its Ukrainian name only, keyed by that name and kind. */
export const EXTRA_NAMES: readonly { readonly nameUk: string; readonly kind: PlaceKind; readonly variants: readonly string[]; readonly source: string }[] = [
  // The island of the physical register (Зміїний, 45.255 30.204): reports say "Snake Island".
  { nameUk: 'Зміїний', kind: 'other', variants: ['Snake Island', 'Zmiinyi Island', 'Zmeinyi', 'Zmeiny', 'Zmeiny Island', 'Змеиный', 'острів Зміїний', 'остров Змеиный'], source: 'English and Russian names of the island' },
]
