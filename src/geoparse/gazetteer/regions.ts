// First-level regions (oblasts) the gazetteer knows, in the three languages. This table is written by
// hand because no input source carries all of it: KATOTTG gives the official Ukrainian adjective
// ("Донецька") and its code, GeoNames only English names under its own numbering (GeoNames UA.14 is
// Luhansk, KATOTTG UA14 is Donetsk), and the colloquial forms ("Донеччина", "Kharkivshchyna") are in
// no source at all. `code` is the KATOTTG / COD-AB oblast code for Ukraine (UA14) and the GeoNames
// admin1 code for Russia (RU.41); `iso` is ISO 3166-2. Russia's other federal subjects are in
// russian-regions.ts.
import { DEEP_RUSSIAN_REGIONS } from './russian-regions.js'

/** What a Russian federal subject is called: "Краснодарський край", "Республіка Татарстан". Oblast when absent. */
export type RegionForm = 'oblast' | 'krai' | 'republic' | 'okrug' | 'autonomous-oblast' | 'city'

export interface RegionDef {
  readonly code: string
  readonly iso: string
  readonly country: 'UA' | 'RU'
  /** English name as the gazetteer's admin1 string ("Donetsk Oblast"). */
  readonly name: string
  /** The English stem used with "region"/"oblast" ("Donetsk"), and its other Latin spellings. */
  readonly latinStems: readonly string[]
  /** Ukrainian adjective (feminine, as with "область"), or the full name for cities. */
  readonly ukAdjective: string
  readonly ruAdjective: string
  /**
   * Colloquial names that stand alone ("Донеччина", "Kharkivshchyna"; "Donbas" is not a region). Some
   * are also the name of the oblast's centre (Запоріжжя): the matcher then takes the region only after
   * "на" ("на Запоріжжі"), the city otherwise.
   */
  readonly standalone: readonly string[]
  /** The GeoNames admin1 code of the same region (for joining GeoNames rows). */
  readonly geonamesAdmin1: string
  /** True for the cities with special status (Kyiv, Sevastopol): their name is not an adjective. */
  readonly isCity?: boolean
  /** Russian federal subjects only (russian-regions.ts); absent: an oblast. */
  readonly form?: RegionForm
  /**
   * A Russian federal subject beyond the border oblasts: reports name it for deep strikes, and the
   * geoparser takes a place there over a Ukrainian namesake only with a cue (resolve-mentions.ts).
   */
  readonly deep?: boolean
  /** Other Ukrainian spellings of the adjective or name (Нижегородська beside Нижньогородська). */
  readonly ukAlternatives?: readonly string[]
}

export const REGIONS: readonly RegionDef[] = [
  { code: 'UA01', iso: 'UA-43', country: 'UA', name: 'Autonomous Republic of Crimea', latinStems: ['Crimea', 'Krym', 'Crimean'], ukAdjective: 'Кримська', ruAdjective: 'Крымская', standalone: ['Crimea', 'Krym', 'Крим', 'Крым', 'Автономна Республіка Крим', 'Республика Крым'], geonamesAdmin1: 'UA.11' },
  { code: 'UA05', iso: 'UA-05', country: 'UA', name: 'Vinnytsia Oblast', latinStems: ['Vinnytsia', 'Vinnytska', 'Vinnitsa', 'Vinnytsya', 'Vinnitskaya', 'Vinnytsia'], ukAdjective: 'Вінницька', ruAdjective: 'Винницкая', standalone: ['Вінниччина', 'Винничина', 'Vinnychchyna'], geonamesAdmin1: 'UA.23' },
  { code: 'UA07', iso: 'UA-07', country: 'UA', name: 'Volyn Oblast', latinStems: ['Volyn', 'Volynska', 'Volhynia', 'Volynskaya'], ukAdjective: 'Волинська', ruAdjective: 'Волынская', standalone: ['Волинь', 'Волынь', 'Volhynia'], geonamesAdmin1: 'UA.24' },
  { code: 'UA12', iso: 'UA-12', country: 'UA', name: 'Dnipropetrovsk Oblast', latinStems: ['Dnipropetrovsk', 'Dnipropetrovska', 'Dnepropetrovsk', 'Dnepropetrovskaya', 'Dnipro'], ukAdjective: 'Дніпропетровська', ruAdjective: 'Днепропетровская', standalone: ['Дніпропетровщина', 'Днепропетровщина', 'Dnipropetrovshchyna', 'Січеславщина'], geonamesAdmin1: 'UA.04' },
  { code: 'UA14', iso: 'UA-14', country: 'UA', name: 'Donetsk Oblast', latinStems: ['Donetsk', 'Donetska', 'Donetskaya'], ukAdjective: 'Донецька', ruAdjective: 'Донецкая', standalone: ['Донеччина', 'Донетчина', 'Donechchyna', 'DPR', 'ДНР', 'DNR', 'Donetsk People’s Republic', 'Donetsk Republic', 'Донецкая Народная Республика', 'Донецька народна республіка'], geonamesAdmin1: 'UA.05' },
  { code: 'UA18', iso: 'UA-18', country: 'UA', name: 'Zhytomyr Oblast', latinStems: ['Zhytomyr', 'Zhytomyrska', 'Zhitomir', 'Zhitomirskaya'], ukAdjective: 'Житомирська', ruAdjective: 'Житомирская', standalone: ['Житомирщина', 'Zhytomyrshchyna'], geonamesAdmin1: 'UA.27' },
  { code: 'UA21', iso: 'UA-21', country: 'UA', name: 'Zakarpattia Oblast', latinStems: ['Zakarpattia', 'Zakarpatska', 'Transcarpathian', 'Zakarpatskaya', 'Transcarpathia'], ukAdjective: 'Закарпатська', ruAdjective: 'Закарпатская', standalone: ['Закарпаття', 'Закарпатье', 'Transcarpathia', 'Zakarpattia'], geonamesAdmin1: 'UA.25' },
  { code: 'UA23', iso: 'UA-23', country: 'UA', name: 'Zaporizhzhia Oblast', latinStems: ['Zaporizhzhia', 'Zaporizka', 'Zaporozhye', 'Zaporizhia', 'Zaporozhskaya', 'Zaporizhzhya', 'Zaporozhe', 'Zaporizhzhia'], ukAdjective: 'Запорізька', ruAdjective: 'Запорожская', standalone: ['Запоріжжя', 'Запорожье'], geonamesAdmin1: 'UA.26' },
  { code: 'UA26', iso: 'UA-26', country: 'UA', name: 'Ivano-Frankivsk Oblast', latinStems: ['Ivano-Frankivsk', 'Ivano-Frankivska', 'Ivano-Frankovsk', 'Ivano-Frankovskaya'], ukAdjective: 'Івано-Франківська', ruAdjective: 'Ивано-Франковская', standalone: ['Прикарпаття', 'Прикарпатье', 'Ivano-Frankivshchyna', 'Івано-Франківщина', 'Франківщина', 'Франковщина'], geonamesAdmin1: 'UA.06' },
  { code: 'UA32', iso: 'UA-32', country: 'UA', name: 'Kyiv Oblast', latinStems: ['Kyiv', 'Kyivska', 'Kiev', 'Kievskaya'], ukAdjective: 'Київська', ruAdjective: 'Киевская', standalone: ['Київщина', 'Киевщина', 'Kyivshchyna'], geonamesAdmin1: 'UA.13' },
  { code: 'UA35', iso: 'UA-35', country: 'UA', name: 'Kirovohrad Oblast', latinStems: ['Kirovohrad', 'Kirovohradska', 'Kirovograd', 'Kirovogradskaya', 'Kropyvnytskyi'], ukAdjective: 'Кіровоградська', ruAdjective: 'Кировоградская', standalone: ['Кіровоградщина', 'Кировоградщина', 'Kirovohradshchyna'], geonamesAdmin1: 'UA.10' },
  { code: 'UA44', iso: 'UA-09', country: 'UA', name: 'Luhansk Oblast', latinStems: ['Luhansk', 'Luhanska', 'Lugansk', 'Luganskaya'], ukAdjective: 'Луганська', ruAdjective: 'Луганская', standalone: ['Луганщина', 'Luhanshchyna', 'LPR', 'ЛНР', 'LNR', 'Luhansk People’s Republic', 'Lugansk People’s Republic', 'Luhansk Republic', 'Lugansk Republic', 'Луганская Народная Республика', 'Луганська народна республіка'], geonamesAdmin1: 'UA.14' },
  { code: 'UA46', iso: 'UA-46', country: 'UA', name: 'Lviv Oblast', latinStems: ['Lviv', 'Lvivska', 'Lvov', 'Lvovskaya'], ukAdjective: 'Львівська', ruAdjective: 'Львовская', standalone: ['Львівщина', 'Львовщина', 'Lvivshchyna'], geonamesAdmin1: 'UA.15' },
  { code: 'UA48', iso: 'UA-48', country: 'UA', name: 'Mykolaiv Oblast', latinStems: ['Mykolaiv', 'Mykolaivska', 'Nikolaev', 'Nikolayev', 'Nikolaevskaya', 'Mykolayiv'], ukAdjective: 'Миколаївська', ruAdjective: 'Николаевская', standalone: ['Миколаївщина', 'Николаевщина', 'Mykolaivshchyna'], geonamesAdmin1: 'UA.16' },
  { code: 'UA51', iso: 'UA-51', country: 'UA', name: 'Odesa Oblast', latinStems: ['Odesa', 'Odeska', 'Odessa', 'Odesskaya'], ukAdjective: 'Одеська', ruAdjective: 'Одесская', standalone: ['Одещина', 'Одесчина', 'Odeshchyna'], geonamesAdmin1: 'UA.17' },
  { code: 'UA53', iso: 'UA-53', country: 'UA', name: 'Poltava Oblast', latinStems: ['Poltava', 'Poltavska', 'Poltavskaya'], ukAdjective: 'Полтавська', ruAdjective: 'Полтавская', standalone: ['Полтавщина', 'Poltavshchyna'], geonamesAdmin1: 'UA.18' },
  { code: 'UA56', iso: 'UA-56', country: 'UA', name: 'Rivne Oblast', latinStems: ['Rivne', 'Rivnenska', 'Rovno', 'Rovenskaya'], ukAdjective: 'Рівненська', ruAdjective: 'Ровенская', standalone: ['Рівненщина', 'Рівнещина', 'Ровенщина', 'Ровненщина', 'Rivnenshchyna'], geonamesAdmin1: 'UA.19' },
  { code: 'UA59', iso: 'UA-59', country: 'UA', name: 'Sumy Oblast', latinStems: ['Sumy', 'Sumska', 'Sumskaya'], ukAdjective: 'Сумська', ruAdjective: 'Сумская', standalone: ['Сумщина', 'Sumshchyna'], geonamesAdmin1: 'UA.21' },
  { code: 'UA61', iso: 'UA-61', country: 'UA', name: 'Ternopil Oblast', latinStems: ['Ternopil', 'Ternopilska', 'Ternopol', 'Ternopolskaya'], ukAdjective: 'Тернопільська', ruAdjective: 'Тернопольская', standalone: ['Тернопільщина', 'Тернопольщина', 'Ternopilshchyna'], geonamesAdmin1: 'UA.22' },
  { code: 'UA63', iso: 'UA-63', country: 'UA', name: 'Kharkiv Oblast', latinStems: ['Kharkiv', 'Kharkivska', 'Kharkov', 'Kharkovskaya'], ukAdjective: 'Харківська', ruAdjective: 'Харьковская', standalone: ['Харківщина', 'Харьковщина', 'Kharkivshchyna'], geonamesAdmin1: 'UA.07' },
  { code: 'UA65', iso: 'UA-65', country: 'UA', name: 'Kherson Oblast', latinStems: ['Kherson', 'Khersonska', 'Khersonskaya'], ukAdjective: 'Херсонська', ruAdjective: 'Херсонская', standalone: ['Херсонщина', 'Khersonshchyna'], geonamesAdmin1: 'UA.08' },
  { code: 'UA68', iso: 'UA-68', country: 'UA', name: 'Khmelnytskyi Oblast', latinStems: ['Khmelnytskyi', 'Khmelnytska', 'Khmelnitsky', 'Khmelnytsky', 'Khmelnitskaya'], ukAdjective: 'Хмельницька', ruAdjective: 'Хмельницкая', standalone: ['Хмельниччина', 'Хмельнитчина', 'Khmelnychchyna', 'Поділля'], geonamesAdmin1: 'UA.09' },
  { code: 'UA71', iso: 'UA-71', country: 'UA', name: 'Cherkasy Oblast', latinStems: ['Cherkasy', 'Cherkaska', 'Cherkassy', 'Cherkasskaya'], ukAdjective: 'Черкаська', ruAdjective: 'Черкасская', standalone: ['Черкащина', 'Черкасчина', 'Cherkashchyna'], geonamesAdmin1: 'UA.01' },
  { code: 'UA73', iso: 'UA-77', country: 'UA', name: 'Chernivtsi Oblast', latinStems: ['Chernivtsi', 'Chernivetska', 'Chernovtsy', 'Chernovitskaya'], ukAdjective: 'Чернівецька', ruAdjective: 'Черновицкая', standalone: ['Буковина', 'Bukovina', 'Bukovyna'], geonamesAdmin1: 'UA.03' },
  { code: 'UA74', iso: 'UA-74', country: 'UA', name: 'Chernihiv Oblast', latinStems: ['Chernihiv', 'Chernihivska', 'Chernigov', 'Chernigovskaya'], ukAdjective: 'Чернігівська', ruAdjective: 'Черниговская', standalone: ['Чернігівщина', 'Черниговщина', 'Chernihivshchyna'], geonamesAdmin1: 'UA.02' },
  { code: 'UA80', iso: 'UA-30', country: 'UA', name: 'Kyiv', latinStems: ['Kyiv City', 'Kiev City'], ukAdjective: 'Київ', ruAdjective: 'Киев', standalone: [], geonamesAdmin1: 'UA.12', isCity: true },
  { code: 'UA85', iso: 'UA-40', country: 'UA', name: 'Sevastopol', latinStems: ['Sevastopol City'], ukAdjective: 'Севастополь', ruAdjective: 'Севастополь', standalone: [], geonamesAdmin1: 'UA.20', isCity: true },
  { code: 'RU.09', iso: 'RU-BEL', country: 'RU', name: 'Belgorod Oblast', latinStems: ['Belgorod', 'Belgorodskaya', 'Bilhorod', 'Bilhorodska'], ukAdjective: 'Бєлгородська', ruAdjective: 'Белгородская', standalone: ['Белгородчина', 'Бєлгородщина', 'Белгородщина'], geonamesAdmin1: 'RU.09' },
  { code: 'RU.10', iso: 'RU-BRY', country: 'RU', name: 'Bryansk Oblast', latinStems: ['Bryansk', 'Bryanskaya', 'Briansk', 'Brianska'], ukAdjective: 'Брянська', ruAdjective: 'Брянская', standalone: ['Брянщина', 'Брянщина'], geonamesAdmin1: 'RU.10' },
  { code: 'RU.41', iso: 'RU-KRS', country: 'RU', name: 'Kursk Oblast', latinStems: ['Kursk', 'Kurskaya', 'Kurska'], ukAdjective: 'Курська', ruAdjective: 'Курская', standalone: ['Курщина', 'Kurshchyna'], geonamesAdmin1: 'RU.41' },
  { code: 'RU.61', iso: 'RU-ROS', country: 'RU', name: 'Rostov Oblast', latinStems: ['Rostov', 'Rostovskaya', 'Rostovska'], ukAdjective: 'Ростовська', ruAdjective: 'Ростовская', standalone: ['Ростовщина', 'Ростовщина'], geonamesAdmin1: 'RU.61' },
  { code: 'RU.86', iso: 'RU-VOR', country: 'RU', name: 'Voronezh Oblast', latinStems: ['Voronezh', 'Voronezhskaya', 'Voronezka'], ukAdjective: 'Воронезька', ruAdjective: 'Воронежская', standalone: ['Воронежчина', 'Воронежчина'], geonamesAdmin1: 'RU.86' },
  ...DEEP_RUSSIAN_REGIONS,
]

/**
 * A region's full Ukrainian and Russian names ("Донецька область", "Краснодарський край", "Республіка
 * Татарстан", "Чеченська Республіка"); a city's is its name.
 */
export function regionFullNames(r: RegionDef): { readonly uk: string; readonly ru: string } {
  return { uk: fullName(r.ukAdjective, r, 'uk'), ru: fullName(r.ruAdjective, r, 'ru') }
}

const NOUNS: Record<RegionForm, { readonly uk: string; readonly ru: string }> = {
  oblast: { uk: 'область', ru: 'область' },
  krai: { uk: 'край', ru: 'край' },
  republic: { uk: 'Республіка', ru: 'Республика' },
  okrug: { uk: 'автономний округ', ru: 'автономный округ' },
  'autonomous-oblast': { uk: 'автономна область', ru: 'автономная область' },
  city: { uk: '', ru: '' },
}

function fullName(name: string, r: RegionDef, lang: 'uk' | 'ru'): string {
  if (r.isCity) return name
  const form = r.form ?? 'oblast'
  const noun = NOUNS[form][lang]
  // A republic goes before its name ("Республіка Татарстан"), after an adjective ("Чеченська Республіка").
  if (form === 'republic') return /(?:ська|ская)$/.test(name) ? `${name} ${noun}` : `${noun} ${name}`
  return `${name} ${noun}`
}

/** The English nouns that follow a region's Latin stem ("Krasnodar Krai", "Saratov region"). */
export function regionLatinNouns(r: RegionDef): readonly string[] {
  switch (r.form ?? 'oblast') {
    case 'krai':
      return ['Krai', 'Kray', 'krai', 'region', 'Territory', 'territory']
    case 'republic':
      return ['Republic', 'republic']
    case 'okrug':
    case 'autonomous-oblast':
      return ['Autonomous Okrug', 'Autonomous Oblast', 'region', 'okrug']
    case 'city':
      return []
    default:
      // "Obl" is UCDP's location lines' abbreviation ("Luhansk Obl"): without it the stem alone matched the city.
      return ['Oblast', 'region', 'province', 'oblast', 'Obl']
  }
}

/** The region with this KATOTTG oblast name ("Донецька"), this code, or this GeoNames admin1 code. */
export function findRegion(by: { ukAdjective?: string; code?: string; geonamesAdmin1?: string }): RegionDef | undefined {
  return REGIONS.find(
    (r) =>
      (by.ukAdjective !== undefined && r.ukAdjective === by.ukAdjective) ||
      (by.code !== undefined && r.code === by.code) ||
      (by.geonamesAdmin1 !== undefined && r.geonamesAdmin1 === by.geonamesAdmin1),
  )
}
