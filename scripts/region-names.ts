// Names of the regions shipped in data/regions/oblasts.geojson: ISO 3166-2 code, English name (the
// Ukrainian national transliteration for Ukraine), the Ukrainian and Russian names, and the other
// spellings met in war reporting (older and Russian-based transliterations, adjective forms,
// city-based names). Matching ignores case, apostrophes, hyphens and the words oblast / region /
// область (src/control/regions/normalize-region-name.ts), so "Donetsk region", "Donetska oblast",
// "Донецька область" and "Донецкая обл." all find UA-14 without listing each form.
export interface RegionNames {
  readonly id: string
  readonly country: 'UA' | 'RU'
  readonly name: string
  readonly nameUk: string
  readonly nameRu: string
  /** The source file's own name for it (Ukrainian for Minregion, Russian for GIS-Lab). */
  readonly sourceName: string
  readonly aliases: readonly string[]
}

export const REGION_NAMES: readonly RegionNames[] = [
  { id: 'UA-05', country: 'UA', name: 'Vinnytsia Oblast', nameUk: 'Вінницька область', nameRu: 'Винницкая область', sourceName: 'Вінницька область', aliases: ['Vinnytsia', 'Vinnytska', 'Vinnitsa', 'Vinnitskaya', 'Vinnytsya', 'Винница', 'Вінниця', 'Вінниччина'] },
  { id: 'UA-07', country: 'UA', name: 'Volyn Oblast', nameUk: 'Волинська область', nameRu: 'Волынская область', sourceName: 'Волинська область', aliases: ['Volyn', 'Volynska', 'Volhynia', 'Volynskaya', 'Lutsk', 'Волинь', 'Волынь'] },
  { id: 'UA-09', country: 'UA', name: 'Luhansk Oblast', nameUk: 'Луганська область', nameRu: 'Луганская область', sourceName: 'Луганська область', aliases: ['Luhansk', 'Luhanska', 'Lugansk', 'Luganskaya', 'Luhanshchyna', 'Луганск', 'Луганськ', 'Луганщина', 'ЛНР', 'LNR', 'LPR'] },
  { id: 'UA-12', country: 'UA', name: 'Dnipropetrovsk Oblast', nameUk: 'Дніпропетровська область', nameRu: 'Днепропетровская область', sourceName: 'Дніпропетровська область', aliases: ['Dnipropetrovsk', 'Dnipropetrovska', 'Dnepropetrovsk', 'Dnepropetrovskaya', 'Dnipro', 'Dnipropetrovshchyna', 'Днепр', 'Дніпро', 'Дніпропетровщина', 'Днепропетровщина'] },
  { id: 'UA-14', country: 'UA', name: 'Donetsk Oblast', nameUk: 'Донецька область', nameRu: 'Донецкая область', sourceName: 'Донецька область', aliases: ['Donetsk', 'Donetska', 'Donetskaya', 'Donechchyna', 'Донецк', 'Донецьк', 'Донеччина', 'ДНР', 'DNR', 'DPR'] },
  { id: 'UA-18', country: 'UA', name: 'Zhytomyr Oblast', nameUk: 'Житомирська область', nameRu: 'Житомирская область', sourceName: 'Житомирська область', aliases: ['Zhytomyr', 'Zhytomyrska', 'Zhitomir', 'Zhitomirskaya', 'Житомир', 'Житомирщина'] },
  { id: 'UA-21', country: 'UA', name: 'Zakarpattia Oblast', nameUk: 'Закарпатська область', nameRu: 'Закарпатская область', sourceName: 'Закарпатська область', aliases: ['Zakarpattia', 'Zakarpatska', 'Transcarpathia', 'Zakarpattya', 'Zakarpatye', 'Zakarpatskaya', 'Uzhhorod', 'Закарпаття', 'Закарпатье'] },
  { id: 'UA-23', country: 'UA', name: 'Zaporizhzhia Oblast', nameUk: 'Запорізька область', nameRu: 'Запорожская область', sourceName: 'Запорізька область', aliases: ['Zaporizhzhia', 'Zaporizhia', 'Zaporizhzhya', 'Zaporizka', 'Zaporozhye', 'Zaporozhe', 'Zaporizhzhe', 'Zaporozhskaya', 'Запоріжжя', 'Запорожье'] },
  { id: 'UA-26', country: 'UA', name: 'Ivano-Frankivsk Oblast', nameUk: 'Івано-Франківська область', nameRu: 'Ивано-Франковская область', sourceName: 'Івано-Франківська область', aliases: ['Ivano-Frankivsk', 'Ivano-Frankivska', 'Ivano-Frankovsk', 'Ivano-Frankovskaya', 'Prykarpattia', 'Івано-Франківськ', 'Ивано-Франковск', 'Прикарпаття'] },
  { id: 'UA-30', country: 'UA', name: 'Kyiv City', nameUk: 'місто Київ', nameRu: 'город Киев', sourceName: 'Місто Київ', aliases: ['City of Kyiv', 'Kiev city', 'м. Київ', 'Киев город'] },
  { id: 'UA-32', country: 'UA', name: 'Kyiv Oblast', nameUk: 'Київська область', nameRu: 'Киевская область', sourceName: 'Київська область', aliases: ['Kyiv', 'Kyivska', 'Kiev', 'Kievskaya', 'Kyivshchyna', 'Київщина', 'Киевщина', 'Київ', 'Киев'] },
  { id: 'UA-35', country: 'UA', name: 'Kirovohrad Oblast', nameUk: 'Кіровоградська область', nameRu: 'Кировоградская область', sourceName: 'Кіровоградська область', aliases: ['Kirovohrad', 'Kirovohradska', 'Kirovograd', 'Kirovogradskaya', 'Kropyvnytskyi', 'Кропивницький', 'Кировоград', 'Кіровоградщина'] },
  { id: 'UA-40', country: 'UA', name: 'Sevastopol', nameUk: 'Севастополь', nameRu: 'Севастополь', sourceName: 'Місто Севастополь', aliases: ['Sevastopol city', 'Sebastopol', 'Місто Севастополь', 'м. Севастополь', 'город Севастополь'] },
  { id: 'UA-43', country: 'UA', name: 'Autonomous Republic of Crimea', nameUk: 'Автономна Республіка Крим', nameRu: 'Автономная Республика Крым', sourceName: 'Автономна Республіка Крим', aliases: ['Crimea', 'Krym', 'Krim', 'Republic of Crimea', 'Crimean peninsula', 'Крим', 'Крым', 'Республика Крым', 'АР Крим', 'АРК'] },
  { id: 'UA-46', country: 'UA', name: 'Lviv Oblast', nameUk: 'Львівська область', nameRu: 'Львовская область', sourceName: 'Львівська область', aliases: ['Lviv', 'Lvivska', 'Lvov', 'Lvovskaya', 'Lwow', 'Lemberg', 'Львів', 'Львов', 'Львівщина'] },
  { id: 'UA-48', country: 'UA', name: 'Mykolaiv Oblast', nameUk: 'Миколаївська область', nameRu: 'Николаевская область', sourceName: 'Миколаївська область', aliases: ['Mykolaiv', 'Mykolaivska', 'Mykolayiv', 'Nikolaev', 'Nikolayev', 'Nikolaevskaya', 'Миколаїв', 'Николаев', 'Миколаївщина'] },
  { id: 'UA-51', country: 'UA', name: 'Odesa Oblast', nameUk: 'Одеська область', nameRu: 'Одесская область', sourceName: 'Одеська область', aliases: ['Odesa', 'Odeska', 'Odessa', 'Odesskaya', 'Одеса', 'Одесса', 'Одещина'] },
  { id: 'UA-53', country: 'UA', name: 'Poltava Oblast', nameUk: 'Полтавська область', nameRu: 'Полтавская область', sourceName: 'Полтавська область', aliases: ['Poltava', 'Poltavska', 'Poltavskaya', 'Полтава', 'Полтавщина'] },
  { id: 'UA-56', country: 'UA', name: 'Rivne Oblast', nameUk: 'Рівненська область', nameRu: 'Ровенская область', sourceName: 'Рівненська область', aliases: ['Rivne', 'Rivnenska', 'Rovno', 'Rovenskaya', 'Рівне', 'Ровно', 'Рівненщина'] },
  { id: 'UA-59', country: 'UA', name: 'Sumy Oblast', nameUk: 'Сумська область', nameRu: 'Сумская область', sourceName: 'Сумська область', aliases: ['Sumy', 'Sumska', 'Sumskaya', 'Сумы', 'Суми', 'Сумщина'] },
  { id: 'UA-61', country: 'UA', name: 'Ternopil Oblast', nameUk: 'Тернопільська область', nameRu: 'Тернопольская область', sourceName: 'Тернопільська область', aliases: ['Ternopil', 'Ternopilska', 'Ternopol', 'Ternopolskaya', 'Тернопіль', 'Тернополь', 'Тернопільщина'] },
  { id: 'UA-63', country: 'UA', name: 'Kharkiv Oblast', nameUk: 'Харківська область', nameRu: 'Харьковская область', sourceName: 'Харківська область', aliases: ['Kharkiv', 'Kharkivska', 'Kharkov', 'Kharkovskaya', 'Kharkivshchyna', 'Харків', 'Харьков', 'Харківщина', 'Харьковщина'] },
  { id: 'UA-65', country: 'UA', name: 'Kherson Oblast', nameUk: 'Херсонська область', nameRu: 'Херсонская область', sourceName: 'Херсонська область', aliases: ['Kherson', 'Khersonska', 'Khersonskaya', 'Khersonshchyna', 'Херсон', 'Херсонщина'] },
  { id: 'UA-68', country: 'UA', name: 'Khmelnytskyi Oblast', nameUk: 'Хмельницька область', nameRu: 'Хмельницкая область', sourceName: 'Хмельницька область', aliases: ['Khmelnytskyi', 'Khmelnytska', 'Khmelnytsky', 'Khmelnitsky', 'Khmelnitskaya', 'Хмельницький', 'Хмельницкий', 'Хмельниччина'] },
  { id: 'UA-71', country: 'UA', name: 'Cherkasy Oblast', nameUk: 'Черкаська область', nameRu: 'Черкасская область', sourceName: 'Черкаська область', aliases: ['Cherkasy', 'Cherkaska', 'Cherkassy', 'Cherkasskaya', 'Черкаси', 'Черкассы', 'Черкащина'] },
  { id: 'UA-74', country: 'UA', name: 'Chernihiv Oblast', nameUk: 'Чернігівська область', nameRu: 'Черниговская область', sourceName: 'Чернігівська область', aliases: ['Chernihiv', 'Chernihivska', 'Chernigov', 'Chernigovskaya', 'Chernihivshchyna', 'Чернігів', 'Чернигов', 'Чернігівщина'] },
  { id: 'UA-77', country: 'UA', name: 'Chernivtsi Oblast', nameUk: 'Чернівецька область', nameRu: 'Черновицкая область', sourceName: 'Чернівецька область', aliases: ['Chernivtsi', 'Chernivetska', 'Chernovtsy', 'Chernovitskaya', 'Bukovina', 'Bukovyna', 'Чернівці', 'Черновцы', 'Буковина'] },
  { id: 'RU-BEL', country: 'RU', name: 'Belgorod Oblast', nameUk: 'Бєлгородська область', nameRu: 'Белгородская область', sourceName: 'Белгородская область', aliases: ['Belgorod', 'Belgorodskaya', 'Bilhorod', 'Bilgorod', 'Bilhorodska', 'Белгород', 'Бєлгород', 'Бєлгородщина', 'Белгородчина'] },
  { id: 'RU-BRY', country: 'RU', name: 'Bryansk Oblast', nameUk: 'Брянська область', nameRu: 'Брянская область', sourceName: 'Брянская область', aliases: ['Bryansk', 'Bryanskaya', 'Briansk', 'Brianska', 'Брянск', 'Брянськ', 'Брянщина'] },
  { id: 'RU-KRS', country: 'RU', name: 'Kursk Oblast', nameUk: 'Курська область', nameRu: 'Курская область', sourceName: 'Курская область', aliases: ['Kursk', 'Kurskaya', 'Kurska', 'Курск', 'Курськ', 'Курщина'] },
  { id: 'RU-ROS', country: 'RU', name: 'Rostov Oblast', nameUk: 'Ростовська область', nameRu: 'Ростовская область', sourceName: 'Ростовская область', aliases: ['Rostov', 'Rostovskaya', 'Rostovska', 'Rostov-on-Don', 'Ростов', 'Ростовщина'] },
  { id: 'RU-VOR', country: 'RU', name: 'Voronezh Oblast', nameUk: 'Воронізька область', nameRu: 'Воронежская область', sourceName: 'Воронежская область', aliases: ['Voronezh', 'Voronezhskaya', 'Voronizh', 'Voronizka', 'Воронеж', 'Воронiж'] },
]
