// Former (Soviet-era) and occupation-era names that reports still use, and Russian names no rule
// derives. Listed by hand because no input source has them in Cyrillic: KATOTTG has today's Ukrainian
// names only and GeoNames lists Latin forms of a few. Sources: the 2016 decommunisation renamings
// (Verkhovna Rada resolutions of 2016-02-04 and 2016-05-12), the 2024 renamings (resolution 3984-IX),
// and the names Russian outlets use for occupied towns. Keyed by the KATOTTG Ukrainian name and oblast.

export interface FormerName {
  /** Today's official Ukrainian name, as in KATOTTG. */
  readonly nameUk: string
  /** Oblast code (KATOTTG, e.g. UA14) that disambiguates the settlement. */
  readonly oblast: string
  /** The Russian name in use (null when the generated forms already give it). */
  readonly nameRu?: string
  /** Former and alternative names, Cyrillic and Latin. */
  readonly names: readonly string[]
}

export const FORMER_NAMES: readonly FormerName[] = [
  // Donetsk oblast
  { nameUk: 'Покровськ', oblast: 'UA14', nameRu: 'Покровск', names: ['Красноармійськ', 'Красноармейск', 'Krasnoarmeysk', 'Krasnoarmiisk', 'Krasnoarmiysk'] },
  { nameUk: 'Бахмут', oblast: 'UA14', nameRu: 'Бахмут', names: ['Артемівськ', 'Артемовск', 'Artemivsk', 'Artemovsk', 'Artyomovsk'] },
  { nameUk: 'Торецьк', oblast: 'UA14', nameRu: 'Торецк', names: ['Дзержинськ', 'Дзержинск', 'Dzerzhynsk', 'Dzerzhinsk'] },
  { nameUk: 'Мирноград', oblast: 'UA14', nameRu: 'Мирноград', names: ['Димитров', 'Dymytrov', 'Dimitrov'] },
  // The Russian agencies' English writes the axis after the Soviet name in one word ("the Krasnolimansk
  // direction", "Krasnoliman", "Krasnolymansk"), from Краснолиманское направление.
  { nameUk: 'Лиман', oblast: 'UA14', nameRu: 'Лиман', names: ['Красний Лиман', 'Красный Лиман', 'Krasnyi Lyman', 'Krasny Liman', 'Krasnyy Liman', 'Krasnoliman', 'Krasnolimansk', 'Krasnolymansk', 'Краснолиманск'] },
  { nameUk: 'Костянтинівка', oblast: 'UA14', nameRu: 'Константиновка', names: ['Konstantinovka', 'Kostyantynivka'] },
  { nameUk: 'Сіверськ', oblast: 'UA14', nameRu: 'Северск', names: ['Seversk'] },
  { nameUk: 'Часів Яр', oblast: 'UA14', nameRu: 'Часов Яр', names: ['Chasov Yar'] },
  { nameUk: 'Горлівка', oblast: 'UA14', nameRu: 'Горловка', names: ['Gorlovka'] },
  { nameUk: 'Єнакієве', oblast: 'UA14', nameRu: 'Енакиево', names: ['Орджонікідзе', 'Yenakiyevo', 'Enakievo'] },
  { nameUk: 'Макіївка', oblast: 'UA14', nameRu: 'Макеевка', names: ['Makeyevka', 'Makeevka'] },
  { nameUk: 'Вугледар', oblast: 'UA14', nameRu: 'Угледар', names: ['Ugledar'] },
  { nameUk: 'Авдіївка', oblast: 'UA14', nameRu: 'Авдеевка', names: ['Avdeyevka', 'Avdeevka'] },
  { nameUk: 'Мар’їнка', oblast: 'UA14', nameRu: 'Марьинка', names: ['Maryinka', 'Marinka', 'Mariinka'] },
  { nameUk: 'Курахове', oblast: 'UA14', nameRu: 'Курахово', names: ['Kurakhovo'] },
  { nameUk: 'Селидове', oblast: 'UA14', nameRu: 'Селидово', names: ['Selidovo'] },
  { nameUk: 'Новогродівка', oblast: 'UA14', nameRu: 'Новогродовка', names: ['Novogrodovka'] },
  { nameUk: 'Дружківка', oblast: 'UA14', nameRu: 'Дружковка', names: ['Druzhkovka'] },
  { nameUk: 'Слов’янськ', oblast: 'UA14', nameRu: 'Славянск', names: ['Slavyansk', 'Sloviansk', 'Slovyansk'] },
  { nameUk: 'Краматорськ', oblast: 'UA14', nameRu: 'Краматорск', names: [] },
  { nameUk: 'Чистякове', oblast: 'UA14', nameRu: 'Торез', names: ['Торез', 'Torez', 'Chystiakove'] },
  { nameUk: 'Кальміуське', oblast: 'UA14', nameRu: 'Комсомольское', names: ['Комсомольське', 'Komsomolske', 'Komsomolskoye'] },
  { nameUk: 'Бойківське', oblast: 'UA14', nameRu: 'Тельманово', names: ['Тельманове', 'Тельманово', 'Telmanove', 'Telmanovo'] },
  { nameUk: 'Шахтарськ', oblast: 'UA14', nameRu: 'Шахтерск', names: ['Shakhtyorsk', 'Shakhtersk'] },
  { nameUk: 'Харцизьк', oblast: 'UA14', nameRu: 'Харцызск', names: ['Khartsyzsk'] },
  { nameUk: 'Докучаєвськ', oblast: 'UA14', nameRu: 'Докучаевск', names: ['Dokuchayevsk'] },
  { nameUk: 'Волноваха', oblast: 'UA14', nameRu: 'Волноваха', names: [] },
  { nameUk: 'Маріуполь', oblast: 'UA14', nameRu: 'Мариуполь', names: ['Жданов', 'Zhdanov', 'Mariupol'] },
  { nameUk: 'Дебальцеве', oblast: 'UA14', nameRu: 'Дебальцево', names: ['Debaltsevo'] },
  { nameUk: 'Ясинувата', oblast: 'UA14', nameRu: 'Ясиноватая', names: ['Yasinovataya', 'Yasynuvata'] },
  { nameUk: 'Очеретине', oblast: 'UA14', nameRu: 'Очеретино', names: ['Ocheretino'] },
  { nameUk: 'Велика Новосілка', oblast: 'UA14', nameRu: 'Великая Новоселка', names: ['Velikaya Novoselka'] },
  { nameUk: 'Світлодарськ', oblast: 'UA14', nameRu: 'Светлодарск', names: ['Svetlodarsk'] },
  { nameUk: 'Соледар', oblast: 'UA14', nameRu: 'Соледар', names: [] },
  { nameUk: 'Вуглегірськ', oblast: 'UA14', nameRu: 'Углегорск', names: ['Uglegorsk'] },
  { nameUk: 'Новоазовськ', oblast: 'UA14', nameRu: 'Новоазовск', names: [] },
  { nameUk: 'Шахове', oblast: 'UA14', nameRu: 'Шахово', names: ['Shakhovo'] },
  // Luhansk oblast
  { nameUk: 'Сєвєродонецьк', oblast: 'UA44', nameRu: 'Северодонецк', names: ['Severodonetsk', 'Sieverodonetsk', 'Syevyerodonetsk'] },
  { nameUk: 'Лисичанськ', oblast: 'UA44', nameRu: 'Лисичанск', names: ['Lisichansk'] },
  { nameUk: 'Кадіївка', oblast: 'UA44', nameRu: 'Стаханов', names: ['Стаханов', 'Stakhanov', 'Kadiyevka', 'Kadievka'] },
  { nameUk: 'Хрустальний', oblast: 'UA44', nameRu: 'Красный Луч', names: ['Красний Луч', 'Красный Луч', 'Krasnyi Luch', 'Krasny Luch', 'Krasnyy Luch'] },
  { nameUk: 'Сорокине', oblast: 'UA44', nameRu: 'Краснодон', names: ['Краснодон', 'Krasnodon'] },
  { nameUk: 'Довжанськ', oblast: 'UA44', nameRu: 'Свердловск', names: ['Свердловськ', 'Свердловск', 'Sverdlovsk'] },
  { nameUk: 'Голубівка', oblast: 'UA44', nameRu: 'Кировск', names: ['Кіровськ', 'Кировск', 'Kirovsk'] },
  { nameUk: 'Кремінна', oblast: 'UA44', nameRu: 'Кременная', names: ['Kremennaya'] },
  { nameUk: 'Рубіжне', oblast: 'UA44', nameRu: 'Рубежное', names: ['Rubezhnoye', 'Rubezhnoe'] },
  { nameUk: 'Сватове', oblast: 'UA44', nameRu: 'Сватово', names: ['Svatovo'] },
  { nameUk: 'Старобільськ', oblast: 'UA44', nameRu: 'Старобельск', names: ['Starobelsk'] },
  { nameUk: 'Попасна', oblast: 'UA44', nameRu: 'Попасная', names: ['Popasnaya'] },
  { nameUk: 'Алчевськ', oblast: 'UA44', nameRu: 'Алчевск', names: ['Комунарськ', 'Коммунарск', 'Kommunarsk'] },
  { nameUk: 'Щастя', oblast: 'UA44', nameRu: 'Счастье', names: ['Schastye', 'Schastia'] },
  { nameUk: 'Антрацит', oblast: 'UA44', nameRu: 'Антрацит', names: [] },
  // Kharkiv oblast
  { nameUk: 'Куп’янськ', oblast: 'UA63', nameRu: 'Купянск', names: ['Kupyansk'] },
  { nameUk: 'Вовчанськ', oblast: 'UA63', nameRu: 'Волчанск', names: ['Volchansk'] },
  { nameUk: 'Ізюм', oblast: 'UA63', nameRu: 'Изюм', names: ['Izyum'] },
  { nameUk: 'Балаклія', oblast: 'UA63', nameRu: 'Балаклея', names: ['Balakleya'] },
  { nameUk: 'Чугуїв', oblast: 'UA63', nameRu: 'Чугуев', names: ['Chuguyev', 'Chuhuiv'] },
  { nameUk: 'Лозова', oblast: 'UA63', nameRu: 'Лозовая', names: ['Lozovaya'] },
  { nameUk: 'Харків', oblast: 'UA63', nameRu: 'Харьков', names: ['Kharkov'] },
  { nameUk: 'Первомайський', oblast: 'UA63', nameRu: 'Первомайский', names: [] },
  // Zaporizhzhia oblast
  { nameUk: 'Запоріжжя', oblast: 'UA23', nameRu: 'Запорожье', names: ['Zaporozhye', 'Zaporozhe', 'Zaporizhia'] },
  { nameUk: 'Енергодар', oblast: 'UA23', nameRu: 'Энергодар', names: ['Energodar'] },
  { nameUk: 'Гуляйполе', oblast: 'UA23', nameRu: 'Гуляйполе', names: ['Gulyaypole', 'Gulyaipole', 'Huliaipole'] },
  { nameUk: 'Оріхів', oblast: 'UA23', nameRu: 'Орехов', names: ['Orekhov'] },
  { nameUk: 'Мелітополь', oblast: 'UA23', nameRu: 'Мелитополь', names: [] },
  { nameUk: 'Бердянськ', oblast: 'UA23', nameRu: 'Бердянск', names: ['Осипенко', 'Osipenko'] },
  { nameUk: 'Пологи', oblast: 'UA23', nameRu: 'Пологи', names: [] },
  { nameUk: 'Токмак', oblast: 'UA23', nameRu: 'Токмак', names: [] },
  { nameUk: 'Кам’янка-Дніпровська', oblast: 'UA23', nameRu: 'Каменка-Днепровская', names: ['Kamenka-Dneprovskaya'] },
  { nameUk: 'Роботине', oblast: 'UA23', nameRu: 'Работино', names: ['Rabotino'] },
  // Dnipropetrovsk oblast
  { nameUk: 'Дніпро', oblast: 'UA12', nameRu: 'Днепр', names: ['Дніпропетровськ', 'Днепропетровск', 'Dnipropetrovsk', 'Dnepropetrovsk', 'Dnepr'] },
  { nameUk: 'Кам’янське', oblast: 'UA12', nameRu: 'Каменское', names: ['Дніпродзержинськ', 'Днепродзержинск', 'Dniprodzerzhynsk', 'Dneprodzerzhinsk'] },
  { nameUk: 'Покров', oblast: 'UA12', nameRu: 'Покров', names: ['Орджонікідзе', 'Орджоникидзе', 'Ordzhonikidze'] },
  { nameUk: 'Кривий Ріг', oblast: 'UA12', nameRu: 'Кривой Рог', names: ['Krivoy Rog', 'Kryvyi Rih'] },
  { nameUk: 'Шахтарське', oblast: 'UA12', nameRu: 'Першотравенск', names: ['Першотравенськ', 'Першотравенск', 'Pershotravensk'] },
  // Kirovohrad, Kherson, Mykolaiv, Odesa, Kyiv
  { nameUk: 'Кропивницький', oblast: 'UA35', nameRu: 'Кропивницкий', names: ['Кіровоград', 'Кировоград', 'Kirovohrad', 'Kirovograd', 'Єлисаветград', 'Елисаветград'] },
  { nameUk: 'Олешки', oblast: 'UA65', nameRu: 'Алешки', names: ['Цюрупинськ', 'Цюрупинск', 'Tsiurupynsk', 'Tsyurupinsk', 'Aleshki'] },
  { nameUk: 'Нова Каховка', oblast: 'UA65', nameRu: 'Новая Каховка', names: ['Novaya Kakhovka'] },
  { nameUk: 'Генічеськ', oblast: 'UA65', nameRu: 'Геническ', names: ['Genichesk'] },
  { nameUk: 'Гола Пристань', oblast: 'UA65', nameRu: 'Голая Пристань', names: ['Golaya Pristan'] },
  { nameUk: 'Снігурівка', oblast: 'UA48', nameRu: 'Снигирёвка', names: ['Snigirevka'] },
  { nameUk: 'Очаків', oblast: 'UA48', nameRu: 'Очаков', names: ['Ochakov'] },
  { nameUk: 'Миколаїв', oblast: 'UA48', nameRu: 'Николаев', names: ['Nikolaev', 'Nikolayev'] },
  { nameUk: 'Чорноморськ', oblast: 'UA51', nameRu: 'Черноморск', names: ['Іллічівськ', 'Ильичёвск', 'Illichivsk', 'Ilyichevsk'] },
  { nameUk: 'Білгород-Дністровський', oblast: 'UA51', nameRu: 'Белгород-Днестровский', names: ['Bilhorod-Dnistrovskyi', 'Akkerman'] },
  { nameUk: 'Одеса', oblast: 'UA51', nameRu: 'Одесса', names: ['Odessa'] },
  // Renamed Pivdenne in 2024 (resolution 3984-IX; KATOTTG of 2024-01 still has Южне): both names are in use.
  { nameUk: 'Южне', oblast: 'UA51', nameRu: 'Южный', names: ['Південне', 'Pivdenne', 'Южное', 'Yuzhnyi', 'Yuzhny', 'Yuzhnyy'] },
  { nameUk: 'Київ', oblast: 'UA80', nameRu: 'Киев', names: ['Kiev'] },
  { nameUk: 'Біла Церква', oblast: 'UA32', nameRu: 'Белая Церковь', names: ['Belaya Tserkov'] },
  { nameUk: 'Бориспіль', oblast: 'UA32', nameRu: 'Борисполь', names: ['Borispol'] },
  { nameUk: 'Хмельницький', oblast: 'UA68', nameRu: 'Хмельницкий', names: ['Проскурів', 'Проскуров', 'Proskuriv'] },
  // Not 'Станіслав' (its name until 1962): war reports mean the Kherson oblast village by it.
  { nameUk: 'Івано-Франківськ', oblast: 'UA26', nameRu: 'Ивано-Франковск', names: [] },
  { nameUk: 'Чернігів', oblast: 'UA74', nameRu: 'Чернигов', names: ['Chernigov'] },
  { nameUk: 'Львів', oblast: 'UA46', nameRu: 'Львов', names: ['Lvov', 'Lwów', 'Lemberg'] },
  // Crimea
  { nameUk: 'Сімферополь', oblast: 'UA01', nameRu: 'Симферополь', names: ['Simferopol'] },
  { nameUk: 'Джанкой', oblast: 'UA01', nameRu: 'Джанкой', names: ['Dzhankoi', 'Dzhankoy'] },
  { nameUk: 'Євпаторія', oblast: 'UA01', nameRu: 'Евпатория', names: ['Yevpatoria', 'Evpatoria'] },
  { nameUk: 'Феодосія', oblast: 'UA01', nameRu: 'Феодосия', names: ['Feodosia', 'Feodosiya'] },
  { nameUk: 'Керч', oblast: 'UA01', nameRu: 'Керчь', names: ['Kerch'] },
]
