import { gated } from '../text/index.js'

// Round 20 (audit of VIINA 2024 strike reports; the opened real-viina3): Russian oil, gas and port assets
// that the feeds name by their own name, with no Russian place the gazetteer resolves and no "Russian"
// beside them ("вузол нафтопроводу «Дружба»", "нафтоперекачувальна станція «Унеча»", "НПЗ
// «Лукойл-Волгограднафтопереробка»", "порт Тамань", "Туапсинський НПЗ"). A named asset knows its
// country: a strike on one whose clause names no attacker was Ukraine's (convention 72), as one on a
// Russian town is. One table, so that each fact is written once, with where it comes from:
//  - Druzhba: Transneft's trunk oil pipeline from Russia to Belarus, Ukraine, Hungary and Slovakia; the
//    struck nodes of 2025 (the Unecha and Nikolskoye pumping stations) are in Bryansk and Tambov oblasts
//    (Transneft; Reuters, 18 and 22 Aug 2025).
//  - Pumping stations: Unecha (Bryansk oblast, Druzhba), Nikolskoye (Tambov oblast, Druzhba),
//    Zenzevatka (Volgograd oblast), Kropotkinskaya (Krasnodar krai, the Caspian Pipeline Consortium's,
//    CPC press release 17 Feb 2025), Krymskaya (Krymsk, Krasnodar krai).
//  - Terminals and ports: Sheskharis (Novorossiysk, Transneft's Chernomortransneft), the CPC marine
//    terminal (near Novorossiysk), Ust-Luga and Primorsk (Leningrad oblast, Baltic oil ports; Primorsk
//    only as a port or terminal: Prymorsk in Zaporizhzhia oblast is a seaside town), Taman and Kavkaz
//    (Krasnodar krai).
//  - Refineries named by their town's adjective where that town is no gazetteer settlement or is a
//    Ukrainian namesake's: Tuapse (Rosneft), Slavyansk-na-Kubani (Slavyansk ECO; "Слов'янський НПЗ" is
//    not Sloviansk in Donetsk oblast, which has no refinery), Novoshakhtinsk, Ilsky and Afipsky (Krasnodar
//    krai), Kirishi (KINEF).
//  - Russian oil and gas companies, whose sites are in Russia: Lukoil, Rosneft, Gazprom Neft, Transneft,
//    Tatneft, Bashneft, Slavneft, Sibur, Taneco, KINEF, Novatek.
const Q = String.raw`[«"„“'”]?`
const PIPELINE = String.raw`(?:нафтопровод|нафтопровід|нефтепровод|трубопровод|трубопровід)\p{L}*\s+${Q}Дружб\p{L}*`
const STATION_NAME = String.raw`(?:Унеч|Нікольськ|Никольск|Зензеватк|Кропоткінськ|Кропоткинск|Кримськ|Крымск)\p{L}*`
const STATION = String.raw`(?:станці\p{L}*|станци\p{L}*|НПС|ЛВДС)\s+${Q}${STATION_NAME}`
const PORT = String.raw`(?:порт\p{L}{0,3}|термінал\p{L}*|терминал\p{L}*)\s+${Q}(?:Шесхарис|Усть-Луг\p{L}*|Приморськ\p{L}*|Приморск\p{L}*|Тамань|Тамані|Тамани|Кавказ)(?![\p{L}])|(?:Шесхарис|КТК|Каспійськ\p{L}* трубопровідн\p{L}* консорціум\p{L}*|Каспийск\p{L}* трубопроводн\p{L}* консорциум\p{L}*)`
const REFINERY_NOUN = String.raw`(?:НПЗ|нафтопереробн\p{L}*|нефтеперерабатывающ\p{L}*)`
const REFINERY_TOWN = String.raw`(?:Туапсинськ|Туапсинск|Слов['’ʼ]?янськ|Славянск|Новошахтинськ|Новошахтинск|Ільськ|Ильск|Афіпськ|Афипск|Кірішськ|Киришск)\p{L}*\s+${REFINERY_NOUN}`
const COMPANY = String.raw`(?:Лукойл|ЛУКОЙЛ|Роснефт|Роснафт|Газпром\s?нефт|Газпромнафт|Транснефт|Транснафт|Татнефт|Татнафт|Башнефт|Башнафт|Славнефт|Славнафт|Сибур|СИБУР|Танеко|ТАНЕКО|Кинеф|КИНЕФ|Кінеф|Новатэк|Новатек|НОВАТЭК)\p{L}*`

/** A Russian oil, gas or port asset named by its own name (see the table above). */
export const RU_NAMED_ASSET = gated(new RegExp(String.raw`(?<![\p{L}])(?:${PIPELINE}|${STATION}|${PORT}|${REFINERY_TOWN}|${COMPANY})`, 'u'))
