// Words around a name that change what it means, and names that are also common words or people.
// All lists are lower case and compared with the word's exact key (name-key.ts `nameKey`), Cyrillic
// words after reduction to their nominative candidates.

/**
 * English words that, after loose transliteration folding, equal the name of some place in the
 * gazetteer ("Police" ~ Polytsi, "Progress" ~ Prohres, "Star" ~ Star', "Nova"). Derived by intersecting
 * the wamerican word list (Debian package `wamerican`) with the gazetteer's one-word Latin names in
 * November 2026, plus a few peace/war words the issue names. Such a word is taken for a place only
 * after a place cue ("the village of Step").
 */
export const ENGLISH_COMMON_WORDS: ReadonlySet<string> = new Set(
  (
    'ass aviator babel baby balky bar bassi bazaar beer begun belie belle bells bier bile billow billy bitten borrow ' +
    'bred breech breed buddy byline chop coop cop covey dacha dell dill dimer dimmer ditch dummy egress emcee flora ' +
    'gag gate gay goody gore gory gotten grannie granny gulley gully gust gut gutter hag hah hart hat hate hay hockey ' +
    'hollowly homey homy hooray horny human hut jar jazzy jerky karakul kooky lats lazy lees less lies lone looney ' +
    'loonie loony loopy luck lug male mallow mane mania many mare maria marine mars martini maxim mile milky monkey ' +
    'mull never newer nib nice nosey nosy nova odes omit pal pall penny perky pesky piggy pioneer play plug police ' +
    'policy polygon port postal potash pristine progress prone ray renew rev rig ripen rivets roomy rune sad saga ' +
    'saki sallow sally sari say selects sell senna shabbier shack shaggy shammy shyly side signal sill simmer sine ' +
    'sinew siren size slot smile snow sob solar spas spat star stare steep step stir sugar sumo tall tender tern tin ' +
    'row tine took torch ugly valley vary vigor villa warez wary well wetly widen will wily wiry worms ' +
    'peace mirny mirnyy mir victory glory freedom liman pobeda druzhba slava svoboda zarya mayak frontier front ' +
    'union central north south east west new old sunny pleasant green red white black golden friendship hope ' +
    // transliterated common nouns and names of things that are also village names
    'maidan skhid khutir yar polyana poliana osa shakhtar shakhtyor zorya dynamo molotov gorky kazak kozak svobody ' +
    'tamara maria olga nadia vera lyuba sofia anna ' +
    // cities abroad that some village also carries as a former or alternate name
    'paris london berlin washington brussels warsaw vienna rome madrid ankara istanbul beijing tokyo minsk vilnius ' +
    'riga tallinn prague budapest bucharest chisinau tbilisi baku yerevan helsinki stockholm oslo copenhagen geneva ' +
    'moscow moskva petersburg bethlehem jerusalem cairo'
  ).split(' '),
)

/**
 * Ukrainian and Russian common nouns and adjectives that are also village names ("Мир", "Перемога",
 * "Мирне"). Mid-sentence and capitalised they are names; at the start of a sentence only after a cue.
 */
export const CYRILLIC_COMMON_WORDS: ReadonlySet<string> = new Set(
  (
    'мир перемога победа свобода слава дружба надія надежда воля зоря заря маяк прогрес прогресс степ степь гай поле ' +
    'озеро балка яр лука дача хутір хутор луг гора брід брод кут ставок сад садки криниця ліс лес діброва дубрава ' +
    'шахта радість радость мирне мирний мирное мирный нова новая нове новое новий новый красна красная красне красное ' +
    'вільне вольное весела веселе веселое зелене зеленое широке широкое степове степное лісове лесное садове садовое ' +
    'польове полевое перше первое друге комунар коммунар жовтень октябрь червоне червоное центральне центральное ' +
    'південне южное північне северное східне восточное західне западное сонячне солнечное молодіжне молодежное ' +
    'урожайне урожайное привільне привольное майське майское травневе відродження возрождение зірка звезда ' +
    'нива тиха тихое тихе спокійне спокойное добре доброе піски пески ' +
    // 'Тим часом' (meanwhile) opens sentences; Тим is also a town in Kursk oblast.
    'тим ' +
    // Prepositions that open a sentence ('Біля Білицького …': Біля is also a form of the village Біле).
    'біля поблизу під над між вздовж около возле под между вдоль близ ' +
    // Words that open a bulletin's line or sentence ('Бойові дії:', 'Атаки тривають', 'Червень-2026:').
    'бойові бойове боевые боевое атаки атака удари удары січень лютий березень квітень травень червень липень серпень ' +
    'вересень листопад грудень январь февраль март апрель май июнь июль август сентябрь ноябрь декабрь ' +
    // Words that open a quoted line and are also towns in Russia ('«Мама, …»': Mama, Irkutsk oblast).
    'мама начало ' +
    // Subjects that open strike headlines and are also villages ('Партизани знищили склад': Partyzany;
    // 'Ударні дрони атакували': Udarne).
    'партизани партизаны ударні ударные ударний ударный ' +
    // Ordinals that open a sentence of time ('Третю добу палає нафтобаза': Tretie) and the railway
    // ('Залізницю закрили': Zaliznytsia).
    'третє третя третій третье третья третий залізниця'
  ).split(' '),
)

/**
 * Words that start the names of forces and institutions and are capitalised anywhere in a sentence
 * ("Сили оборони", "Збройні сили", "Войска"): never a village, even where one has the name (Сили).
 */
export const CYRILLIC_INSTITUTION_WORDS: ReadonlySet<string> = new Set(
  (
    'сили силы війська войска армія армия оборони обороны гвардія гвардия флот штаб міністерство министерство ' +
    'служба управління управление угруповання группировка бригада полк батальйон батальон корпус дивізія дивизия'
  ).split(' '),
)

/** Words before a name that say it is a settlement ("village of", "с.", "селище"). */
export const PLACE_CUES_BEFORE: ReadonlySet<string> = new Set(
  (
    'village villages town towns city cities settlement settlements hamlet hamlets township near outside ' +
    'с сел село села селі селе селом селища селище селищі смт пгт пос поселок посёлок поселка посёлка поселке ' +
    'деревня деревни деревне хутор хутора хуторе м місто міста місті містечко г город города городе городом ' +
    'населений населенный пункт пункта пункті пункте нп районі районе'
  ).split(' '),
)

/**
 * Words before a capitalised word that make it no place: a street or square named after a person or a
 * town ("на вулиці Шевченка", "на улице Харьковской", "проспекті Перемоги"), and a call sign or nickname
 * ("з позивним «Кобзар»", "позывной Тур", "the call sign Tur"): the name is the street's or the soldier's.
 */
export const NOT_PLACE_BEFORE: ReadonlySet<string> = new Set(
  (
    'вулиця вулиці вулицю вулицею вул провулок провулку провулка провулком проспект проспекту проспекті проспектом просп ' +
    'бульвар бульвару бульварі бульваром узвіз узвозі улица улицы улице улицу улицей ул переулок переулка переулке проспекта проспекте ' +
    'позивний позивного позивним позивному позывной позывного позывным псевдо псевдонім псевдонімом псевдоним псевдонимом callsign nickname sign'
  ).split(' '),
)

/** Words after a name that make it a street ("Shevchenko Street", "Sumska St", "Peremohy Avenue"). */
export const STREET_NOUNS_AFTER: ReadonlySet<string> = new Set('street st avenue ave boulevard blvd lane prospekt'.split(' '))

/** Words after a name that say it is a settlement ("Smile village", "Kuteinikov town"). */
export const SETTLEMENT_NOUNS_AFTER: ReadonlySet<string> = new Set(
  'village villages town city settlement hamlet township село селище місто поселок посёлок город деревня хутор'.split(' '),
)

/** Region nouns ("Donetsk region", "Луганської області"): a name followed by one is qualified. */
export const REGION_NOUNS: ReadonlySet<string> = new Set('region oblast province obl область обл області областю'.split(' '))

/** Words after a one-word name that say what it is: a district, a direction, a river. */
export const DISTRICT_NOUNS: ReadonlySet<string> = new Set(
  // A hromada (community, okrug) is named after its centre: "Оріхівської громади" is Orikhiv's.
  (
    'raion rayon district районі район района районе районом районах р н ' +
    'hromada громада громади громаді громаду громадою громад громадах громадами община общины общине общину общиной ' +
    'округ округа округе округу округом'
  ).split(' '),
)

/** "Pokrovsk direction", "Покровське направлення", "на Покровському напрямку": the axis named after a town. */
export const DIRECTION_NOUNS: ReadonlySet<string> = new Set(
  (
    'direction directions axis axes sector front bridgehead ' +
    'напрямок напрямку напрямі напрямках напрямки напрямків напрям ділянка ділянці ділянки плацдарм плацдармі ' +
    'направление направлении направлению направления направлениях участок участке участка плацдарме ' +
    // "в тылу Бахмутского фронта", "на Запорізькому фронті": a front named after a town is its axis.
    'фронт фронта фронте фронту фронті фронтом'
  ).split(' '),
)

/** Words next to a name that say it is a river ("the Oskil River", "річка Оскіл", "р. Сейм"). */
export const RIVER_CUES: ReadonlySet<string> = new Set(
  (
    'river rivers річка річки річці річку річкою річок ріки річці р река реки реке реку рекой рек ' +
    'reservoir водосховище водосховища водосховищі водохранилище водохранилища island острів острова острові остров ' +
    'spit коса косі косе'
  ).split(' '),
)

/**
 * Words before a name that put it on the water: a bank, a delta, a floodplain or "along" ("на лівому
 * березі Дніпра", "левобережье Днепра", "в дельті Дніпра", "уздовж Оскола", "вдоль Днепра"). Before the
 * name only: after it the same words start a new phrase. Cyrillic words are matched by nominative.
 */
export const WATER_BEFORE: ReadonlySet<string> = new Set(
  (
    'берег березі лівобережжя правобережжя левобережье правобережье узбережжя побережье дельта гирло устье пойма заплава ' +
    'уздовж вздовж вдоль понад bank banks shore shores delta mouth floodplain'
  ).split(' '),
)

/** English words before "the" + a name that make the name a river: "bridges over the Oskil", "along the Dnipro". */
export const WATER_BEFORE_THE: ReadonlySet<string> = new Set('over along across beyond behind up down'.split(' '))

/** Titles and given names: a capitalised word right after one of them is a person's name, not a place. */
export const PERSON_CUES: ReadonlySet<string> = new Set(
  (
    'president mr mrs ms dr prof gen general colonel col lt lieutenant major sergeant sgt captain capt commander ' +
    'marshal minister governor mayor spokesman spokesperson premier senator chancellor pope saint st ' +
    'президент генерал генерала генералом полковник полковника міністр министр губернатор мер мэр пан пані ' +
    'господин госпожа командувач командующий речник спикер святий святой ' +
    'volodymyr vladimir oleksandr aleksandr alexander alexandr sergei sergey serhiy serhii dmitry dmitri dmytro ' +
    'andriy andrii andrei andrey mykola nikolai nikolay ivan yuri yuriy yurii oleg oleh igor ihor viktor victor ' +
    'vitali vitaliy vitalii valeriy valerii valery yevgeny yevgeniy yevhen evgeny pavlo pavel petro pyotr mikhail ' +
    'mykhailo maksym maxim denys denis anton kyrylo kirill ramzan emmanuel joe donald olaf boris antony lloyd jens ' +
    'ursula rishi keir recep xi mark oleksiy oleksii alexei alexey ruslan arseniy vasyl vasily hennadiy gennady ' +
    'konstantin kostiantyn anatoly anatolii valentyn taras yulia iryna irina olena elena natalia tetiana tatiana ' +
    'yaroslav myroslav sviatoslav sviatoslav vyacheslav viacheslav stanislav ' +
    'ярослав мирослав святослав вячеслав в\'ячеслав станіслав станислав ' +
    'olha olga svitlana svetlana lyudmila liudmyla rustem kyrylo vadym vadim artem artyom bohdan bogdan ' +
    'володимир владимир олександр александр сергій сергей дмитро дмитрий андрій андрей микола николай іван иван ' +
    'юрій юрий олег ігор игорь віктор виктор віталій виталий валерій валерий євген евгений павло павел петро петр ' +
    'михайло михаил максим денис антон кирило кирилл рамзан олексій алексей руслан василь василий геннадій геннадий ' +
    'костянтин константин анатолій анатолий тарас юлія юлия ірина ирина олена елена наталія наталья тетяна татьяна ' +
    'ольга світлана светлана рустем вадим артем богдан'
  ).split(' '),
)

/**
 * Surnames of people the war reports name constantly, which case forms or transliteration could turn
 * into village names (Зеленського ~ Зеленське, Залужного ~ Залужне, Лапін ~ Лапин).
 */
export const KNOWN_SURNAMES: ReadonlySet<string> = new Set(
  (
    'zelensky zelenskyy zelenskyi zelenskiy putin shoigu gerasimov syrskyi syrsky zaluzhnyi zaluzhny budanov prigozhin ' +
    'kadyrov peskov lavrov medvedev kuleba umerov reznikov danilov yermak klitschko poroshenko tymoshenko shmyhal biden ' +
    'trump macron scholz stoltenberg rutte lukashenko belousov pushilin pasechnik saldo balitsky girkin strelkov ' +
    'surovikin lapin gladkov khinshtein smirnov bogomaz starovoit terekhov syniehubov synegubov filashkin lysak rogov ' +
    'fedorov kim gorbachev stalin lenin bandera gagarin pugachev ' +
    'зеленський зеленский путін путин шойгу герасимов сирський сырский залужний залужный буданов пригожин кадиров ' +
    'кадыров пєсков песков лавров медведєв медведев кулеба умєров умеров резніков резников данілов данилов єрмак ' +
    'ермак кличко порошенко тимошенко шмигаль байден трамп макрон шольц лукашенко бєлоусов белоусов пушилін пушилин ' +
    'пасічник пасечник сальдо балицький балицкий гіркін гиркин стрєлков стрелков суровікін суровикин лапін лапин ' +
    'гладков хінштейн хинштейн смирнов богомаз старовойт терехов синєгубов синегубов філашкін филашкин лисак рогов ' +
    'федоров горбачов горбачев сталін сталин ленін ленин бандера гагарін гагарин пугачов пугачев'
  ).split(' '),
)

/**
 * Adjectives of nationality and language that are also case forms of town names (Українська is the
 * genitive of Українськ): the adjective in "Українська правда", a menu's "Українська" is far more
 * common, so such a word is a place only after a cue ("біля Українська"). Compared as written.
 */
export const NATIONALITY_ADJECTIVES: ReadonlySet<string> = new Set(
  (
    'українська український українське українські української українського українському українським українською ' +
    'украинская украинский украинское украинские украинской украинского украинскому украинским ' +
    'російська російський російське російські російської русская русский русское русские русской ' +
    'англійська английская англійський английский'
  ).split(' '),
)

/**
 * Capitalised words that make the place name before them an outlet's masthead ("the Kyiv Independent",
 * "Kyiv Post", "Odesa Journal", "Kharkiv Today"): the outlet is not where the event happened.
 */
export const OUTLET_WORDS: ReadonlySet<string> = new Set(
  'independent post times herald journal today insider telegraph tribune gazette observer chronicle inquirer'.split(' '),
)

/**
 * Words for "year" after a name ("до Нового року", "с Нового года"): the holiday, not a village
 * called Нове / Новое.
 */
export const YEAR_WORDS: ReadonlySet<string> = new Set('рік року році роком год года году годом'.split(' '))
