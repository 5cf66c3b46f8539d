import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../../domain/index.js'
import { extractClaims } from '../extract-claims.js'

// Round 14: classes of Ukrainian and Russian reporting told without the usual word, across genres
// (oblast heads' and governors' posts, General Staff and MoD bulletins, Air Force posts, milbloggers,
// analyses): tolls told by what followed the strike (hospital, a body under rubble, "did not survive"),
// forecasts in the first person and in the future of snatching verbs, area rates and areas that grew,
// "most hit" lines and drones put out of action told drones first, evacuations told as placement,
// equipment burnt or knocked out told object first, and the sides' slang names. Each class with the
// everyday or neighbouring sentences its guard keeps apart. Our own sentences, none from a gold file.

type Row = { kind: Claim['kind']; actorSide?: Claim['actorSide']; modality?: Claim['modality']; value?: number | null }

function claimsOf(text: string, lang: Lang, outlet = 'Test Wire'): Row[] {
  const r = extractClaims({ id: 'doc-round14', text, lang, publishedAt: '2026-11-20', outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide, modality: c.modality, value: c.quantity?.value ?? null }))
}

const UA = 'Генштаб ЗСУ'
const RU = 'Минобороны России'

describe('a toll told by what followed the strike', () => {
  it.each<[string, Lang, string, Row[]]>([
    ['Уночі росіяни вдарили дроном по Херсону. Двох людей госпіталізовано.', 'uk', UA, [{ kind: 'strike', actorSide: 'RU' }, { kind: 'casualties', actorSide: 'RU', value: 2 }]],
    ['Ворог атакував Суми ракетами. До лікарні доставили трьох мешканців.', 'uk', UA, [{ kind: 'strike', actorSide: 'RU' }, { kind: 'casualties', actorSide: 'RU', value: 3 }]],
    ['Після російського удару по Краматорську рятувальники з-під завалів дістали тіло жінки.', 'uk', UA, [{ kind: 'strike', actorSide: 'RU' }, { kind: 'casualties', actorSide: 'RU' }]],
    ['Росіяни скинули КАБ на Куп\'янськ. Поранений чоловік не вижив.', 'uk', UA, [{ kind: 'strike', actorSide: 'RU' }, { kind: 'casualties', actorSide: 'RU', modality: 'asserted' }]],
    ['Окупанти обстріляли Хороше з артилерії. Двох жінок зранило уламками.', 'uk', UA, [{ kind: 'strike', actorSide: 'RU' }, { kind: 'casualties', actorSide: 'RU', value: 2 }]],
    ['Украинский дрон атаковал рынок в Шебекино. Двое мирных жителей госпитализированы.', 'ru', RU, [{ kind: 'strike', actorSide: 'UA' }, { kind: 'casualties', actorSide: 'UA', value: 2 }]],
    ['ВСУ обстреляли Горловку. В больницу доставлены трое местных жителей.', 'ru', RU, [{ kind: 'strike', actorSide: 'UA' }, { kind: 'casualties', actorSide: 'UA', value: 3 }]],
    ['После удара ВСУ по Белгороду спасатели извлекли из-под завалов тело мужчины.', 'ru', RU, [{ kind: 'strike', actorSide: 'UA' }, { kind: 'casualties', actorSide: 'UA' }]],
    ['Дрон ВСУ атаковал машину в Грайвороне. Раненый водитель не выжил.', 'ru', RU, [{ kind: 'strike', actorSide: 'UA' }, { kind: 'casualties', actorSide: 'UA', modality: 'asserted' }]],
    ['Украинские артиллеристы обстреляли Каменку. За медпомощью обратились пятеро жителей.', 'ru', RU, [{ kind: 'strike', actorSide: 'UA' }, { kind: 'casualties', actorSide: 'UA', value: 5 }]],
    ['Росіяни вдарили по Харкову керованою бомбою. Травмувалися четверо людей.', 'uk', UA, [{ kind: 'strike', actorSide: 'RU' }, { kind: 'casualties', actorSide: 'RU', value: 4 }]],
    ['Ворог обстріляв Чорнобаївку. Медики надають допомогу трьом потерпілим.', 'uk', UA, [{ kind: 'strike', actorSide: 'RU' }, { kind: 'casualties', actorSide: 'RU' }]],
    ['ВСУ атаковали Рыльск дронами. Травмы получили трое мирных жителей.', 'ru', RU, [{ kind: 'strike', actorSide: 'UA' }, { kind: 'casualties', actorSide: 'UA', value: 3 }]],
    ['Украинская ракета попала в склад в Курске. Охранник скончался на месте.', 'ru', RU, [{ kind: 'strike', actorSide: 'UA' }, { kind: 'casualties', actorSide: 'UA' }]],
  ])('%s', (text, lang, outlet, expected) => {
    expect(claimsOf(text, lang, outlet)).toMatchObject(expected)
  })
  it.each<[string, Lang]>([
    ['Через отруєння грибами двох дітей госпіталізовано.', 'uk'],
    ['У ДТП під Полтавою водій не вижив.', 'uk'],
    ['Туристів, які заблукали в Карпатах, доставили до лікарні.', 'uk'],
    ['После отравления в столовой двое детей госпитализированы.', 'ru'],
    ['В ДТП на трассе под Тулой водитель не выжил.', 'ru'],
    ['Известный актёр скончался в возрасте 80 лет.', 'ru'],
    ['На тренуванні травмувалися двоє футболістів.', 'uk'],
    ['Грибников, заблудившихся в лесу, доставили в больницу.', 'ru'],
  ])('leaves %s alone', (text, lang) => {
    expect(claimsOf(text, lang)).toEqual([])
  })
})

describe('a forecast in the first person or in the future of a snatching verb', () => {
  it.each<[string, Lang, string, Row[]]>([
    ['Бригада відбила дві атаки біля Кліщіївки. Кліщіївку звільнимо ще до весни.', 'uk', UA, [{ kind: 'repelled', actorSide: 'UA' }, { kind: 'capture', actorSide: 'UA', modality: 'expected' }]],
    ['До Нового року окупанти, за нашими оцінками, відхоплять близько 300 км².', 'uk', UA, [{ kind: 'area-change', actorSide: 'RU', modality: 'expected', value: 300 }]],
    ['За прогнозом аналітиків, у грудні ворог відкусить ще 150 кв. км.', 'uk', UA, [{ kind: 'area-change', actorSide: 'RU', modality: 'expected', value: 150 }]],
    ['Ворог готується до штурму Костянтинівки.', 'uk', UA, [{ kind: 'assault', actorSide: 'RU', modality: 'expected' }]],
    ['Найближчим часом ворог спробує оточити Покровськ.', 'uk', UA, [{ kind: 'assault', actorSide: 'RU', modality: 'expected' }]],
    ['Противник атакует у Степногорска. Степногорск освободим до весны.', 'ru', RU, [{ kind: 'assault', actorSide: 'UA' }, { kind: 'capture', actorSide: 'RU', modality: 'expected' }]],
    ['До конца года наши оттяпают ещё 300 кв. км.', 'ru', RU, [{ kind: 'area-change', actorSide: 'RU', modality: 'expected', value: 300 }]],
    ['ВСУ готовятся к штурму Кучеровки.', 'ru', RU, [{ kind: 'assault', actorSide: 'UA', modality: 'expected' }]],
    ['В ближайшее время хохлы попытаются отбить Степногорск.', 'ru', RU, [{ kind: 'assault', actorSide: 'UA', modality: 'expected' }]],
    ['Хохлы обстреливают наши позиции у Часова Яра. Часов Яр будет наш ещё до зимы.', 'ru', RU, [{ kind: 'strike', actorSide: 'UA' }, { kind: 'capture', actorSide: 'RU', modality: 'expected' }]],
  ])('%s', (text, lang, outlet, expected) => {
    expect(claimsOf(text, lang, outlet)).toMatchObject(expected)
  })
  it.each<[string, Lang]>([
    // gold convention 32: a forecast that an event will not happen is no claim
    ['Ми не очікуємо наступу на Запоріжжя цієї зими.', 'uk'],
    ['Наступного тижня погода буде нашою союзницею.', 'uk'],
    ['Діти за вечір відкусять половину торта.', 'uk'],
    ['Мы не ожидаем штурма Запорожья в этом году.', 'ru'],
    ['Конкуренты отхватят часть рынка уже в этом году.', 'ru'],
  ])('leaves %s alone', (text, lang) => {
    expect(claimsOf(text, lang)).toEqual([])
  })
})

describe('an area rate, or an area that grew', () => {
  it.each<[string, Lang, string, Row[]]>([
    ['Під Костянтинівкою швидкість окупантів менша — близько 9 км² на тиждень.', 'uk', UA, [{ kind: 'area-change', value: 9 }]],
    ['Темп просування росіян упав до 14 кв. км на добу.', 'uk', UA, [{ kind: 'area-change', actorSide: 'RU', value: 14 }]],
    ['Площа окупованої території за жовтень зросла на 412 км².', 'uk', UA, [{ kind: 'area-change', value: 412 }]],
    ['Загальна площа захопленої ворогом території за місяць збільшилася ще на 87 км².', 'uk', UA, [{ kind: 'area-change', actorSide: 'RU', value: 87 }]],
    ['Ворог щодоби захоплює в середньому 12 кв. км.', 'uk', UA, [{ kind: 'area-change', actorSide: 'RU', value: 12 }]],
    ['Темп наступления — около 15 кв. км в сутки.', 'ru', RU, [{ kind: 'area-change', value: 15 }]],
    ['В среднем ВС РФ занимают по 18 кв. км в день.', 'ru', RU, [{ kind: 'area-change', actorSide: 'RU', value: 18 }]],
    ['Площадь под контролем ВС РФ выросла на 400 кв. км за месяц.', 'ru', RU, [{ kind: 'area-change', actorSide: 'RU', value: 400 }]],
    ['Скорость продвижения противника на этом участке — до 6 кв. км в неделю.', 'ru', RU, [{ kind: 'area-change', value: 6 }]],
    ['Общая площадь освобождённых территорий с начала года увеличилась до 3900 квадратных километров.', 'ru', RU, [{ kind: 'area-change', actorSide: 'RU', value: 3900 }]],
  ])('%s', (text, lang, outlet, expected) => {
    expect(claimsOf(text, lang, outlet)).toMatchObject(expected)
  })
  it.each<[string, Lang]>([
    ['Площа посівів соняшнику за рік зросла на 300 гектарів.', 'uk'],
    ['Темп будівництва — близько 2 км дороги на тиждень.', 'uk'],
    ['Темп роста цен — около 5% в месяц.', 'ru'],
    ['Площадь лесных пожаров за неделю выросла на 40 гектаров.', 'ru'],
  ])('leaves %s alone', (text, lang) => {
    expect(claimsOf(text, lang)).toEqual([])
  })
})

describe('"most hit" lines and drones put out of action', () => {
  it.each<[string, Lang, string, Row[]]>([
    ['Уночі ворог запустив 120 дронів. Найбільше дісталося Сумщині й Полтавщині.', 'uk', UA, [{ kind: 'strike', actorSide: 'RU', value: 120 }, { kind: 'strike', actorSide: 'RU' }]],
    ['Протягом доби росіяни 300 разів обстріляли область. Найсильніше постраждала Нікопольська громада.', 'uk', UA, [{ kind: 'strike', actorSide: 'RU', value: 300 }, { kind: 'strike', actorSide: 'RU' }]],
    ['Уночі окупанти атакували південь дронами. Найбільше постраждала Одещина.', 'uk', UA, [{ kind: 'strike', actorSide: 'RU' }, { kind: 'strike', actorSide: 'RU' }]],
    ['Сили ППО знешкодили 95 ударних дронів.', 'uk', UA, [{ kind: 'strike', actorSide: 'RU', value: 95 }]],
    ['Над Полтавщиною збито 4 крилаті ракети.', 'uk', UA, [{ kind: 'strike', actorSide: 'RU', value: 4 }]],
    ['Ночью ВСУ запустили 60 беспилотников. Больше всего досталось Брянской области.', 'ru', RU, [{ kind: 'strike', actorSide: 'UA', value: 60 }, { kind: 'strike', actorSide: 'UA' }]],
    ['Средствами ПВО нейтрализованы 20 беспилотников.', 'ru', RU, [{ kind: 'strike', actorSide: 'UA', value: 20 }]],
    ['Над Брянской областью 54 украинских беспилотника уничтожены.', 'ru', RU, [{ kind: 'strike', actorSide: 'UA', value: 54 }]],
    ['Накануне ВСУ обрушили на округ 80 снарядов. Сильнее всего пострадало Шебекино.', 'ru', RU, [{ kind: 'strike', actorSide: 'UA', value: 80 }, { kind: 'strike', actorSide: 'UA' }]],
    ['Ночью ВСУ атаковали регион дронами, основной удар пришёлся на Курскую область.', 'ru', RU, [{ kind: 'strike', actorSide: 'UA' }]],
  ])('%s', (text, lang, outlet, expected) => {
    expect(claimsOf(text, lang, outlet)).toMatchObject(expected)
  })
  it.each<[string, Lang]>([
    ['Найбільше у цьому сезоні дісталося фанатам «Динаміо».', 'uk'],
    ['Больше всего в этом сезоне досталось болельщикам «Торпедо».', 'ru'],
  ])('leaves %s alone', (text, lang) => {
    expect(claimsOf(text, lang)).toEqual([])
  })
})

describe('an evacuation told as placement or resettlement', () => {
  it.each<[string, Lang, string, Row[]]>([
    ['Після обстрілів переселених мешканців тимчасово розмістили в Дніпрі.', 'uk', UA, [{ kind: 'evacuation', actorSide: null }]],
    ['Евакуйованих родин з Покровська поселили в модульному містечку.', 'uk', UA, [{ kind: 'evacuation', actorSide: null }]],
    ['Через обстріли 40 дітей з Куп\'янська тимчасово розміщено в пункті тимчасового перебування.', 'uk', UA, [{ kind: 'evacuation', actorSide: null, value: 40 }]],
    ['З Покровської громади вивезли ще 57 людей.', 'uk', UA, [{ kind: 'evacuation', actorSide: null, value: 57 }]],
    ['Для сімей з дітьми в 11 селах Куп\'янської громади оголошено примусову евакуацію.', 'uk', UA, [{ kind: 'evacuation', actorSide: null }]],
    ['Из-за обстрелов семьи с детьми из Шебекино будут расселены по общежитиям Белгорода.', 'ru', RU, [{ kind: 'evacuation', actorSide: null, modality: 'expected' }]],
    ['Ещё 40 человек вывезли из Тёткино в безопасные районы.', 'ru', RU, [{ kind: 'evacuation', actorSide: null, value: 40 }]],
    ['Из-за обстрелов жители Сущан временно размещены в брянском ПВР.', 'ru', RU, [{ kind: 'evacuation', actorSide: null }]],
    ['Отселение из приграничных сёл продлится до весны.', 'ru', RU, [{ kind: 'evacuation', actorSide: null, modality: 'expected' }]],
    ['Эвакуированных из Суджи поселили в общежитиях Курска.', 'ru', RU, [{ kind: 'evacuation', actorSide: null }]],
  ])('%s', (text, lang, outlet, expected) => {
    expect(claimsOf(text, lang, outlet)).toMatchObject(expected)
  })
  it.each<[string, Lang]>([
    ['Гостей фестивалю розмістили в готелях Львова.', 'uk'],
    ['Участники форума размещены в гостиницах Москвы.', 'ru'],
  ])('leaves %s alone', (text, lang) => {
    expect(claimsOf(text, lang)).toEqual([])
  })
})

describe('equipment burnt or knocked out', () => {
  it.each<[string, Lang, string, Row[]]>([
    ['Танк окупантів підбито на під\'їзді до Торецька.', 'uk', UA, [{ kind: 'casualties', actorSide: 'UA' }]],
    ['Дві БМП росіян згоріли на околиці Покровська.', 'uk', UA, [{ kind: 'casualties', actorSide: 'UA', value: 2 }]],
    ['Біля Ямполя дві ворожі машини залишилися догоряти в полі.', 'uk', UA, [{ kind: 'casualties', actorSide: 'UA' }]],
    ['Наші дронарі спалили російський танк біля Часового Яру.', 'uk', UA, [{ kind: 'casualties', actorSide: 'UA' }]],
    ['Біля Покровська знищено 14 одиниць техніки ворога.', 'uk', UA, [{ kind: 'casualties', actorSide: 'UA', value: 14 }]],
    ['Под Кучеровкой сгорели два хохлятских танка.', 'ru', RU, [{ kind: 'casualties', actorSide: 'RU', value: 2 }]],
    ['Наши расчёты выбили три машины ВСУ у Степногорска.', 'ru', RU, [{ kind: 'casualties', actorSide: 'RU', value: 3 }]],
    ['Уничтожено 12 единиц бронетехники ВСУ.', 'ru', RU, [{ kind: 'casualties', actorSide: 'RU', value: 12 }]],
    ['Подбит ещё один «Леопард» у Работино.', 'ru', RU, [{ kind: 'casualties', actorSide: 'RU' }]],
    ['Две БМП противника сгорели у самой окраины Степногорска.', 'ru', RU, [{ kind: 'casualties', actorSide: 'RU', value: 2 }]],
  ])('%s', (text, lang, outlet, expected) => {
    expect(claimsOf(text, lang, outlet)).toMatchObject(expected)
  })
  it.each<[string, Lang]>([
    ['Хулиганы выбили стекло в машине соседа.', 'ru'],
    ['Вночі в гаражі згоріли дві старі машини.', 'uk'],
  ])('leaves %s alone', (text, lang) => {
    expect(claimsOf(text, lang)).toEqual([])
  })
})

describe('the sides by their slang names', () => {
  it.each<[string, Lang, string, Row[]]>([
    ['Нацики снова пытались зайти в Кучеровку.', 'ru', RU, [{ kind: 'assault', actorSide: 'UA' }]],
    ['Укронацисты снова обстреляли Горловку из «Градов».', 'ru', RU, [{ kind: 'strike', actorSide: 'UA' }]],
    ['Русня знову лізе на Ямпіль.', 'uk', UA, [{ kind: 'assault', actorSide: 'RU' }]],
    ['Орки обстріляли Нікополь з артилерії.', 'uk', UA, [{ kind: 'strike', actorSide: 'RU' }]],
    ['Кацапы обстреляли Херсон из миномётов.', 'ru', 'Кубань.Реалии', [{ kind: 'strike', actorSide: 'RU' }]],
  ])('%s', (text, lang, outlet, expected) => {
    expect(claimsOf(text, lang, outlet)).toMatchObject(expected)
  })
})

describe('a force still present in part of a place', () => {
  it.each<[string, Lang, string, Row[]]>([
    ['Ворог штурмує Торецьк. У місті досі перебувають наші підрозділи.', 'uk', UA, [{ kind: 'assault', actorSide: 'RU' }, { kind: 'control', actorSide: 'UA' }]],
    ['Окупанти й далі перебувають на північній околиці Сіверська.', 'uk', UA, [{ kind: 'control', actorSide: 'RU' }]],
    ['Наші штурмовики досі знаходяться в центрі Торецька.', 'uk', UA, [{ kind: 'control', actorSide: 'UA' }]],
    ['Хохлы штурмуют Кучеровку. ВСУ всё ещё находятся в северной части посёлка.', 'ru', RU, [{ kind: 'assault', actorSide: 'UA' }, { kind: 'control', actorSide: 'UA' }]],
    ['В промзоне Константиновки по-прежнему находятся наши подразделения.', 'ru', RU, [{ kind: 'control', actorSide: 'RU' }]],
    ['Противник пока находится на западной окраине Степногорска.', 'ru', RU, [{ kind: 'control', actorSide: 'UA' }]],
  ])('%s', (text, lang, outlet, expected) => {
    expect(claimsOf(text, lang, outlet)).toMatchObject(expected)
  })
  it.each<[string, Lang]>([
    ['У місті залишаються близько двох тисяч жителів.', 'uk'],
    ['Ворог обстріляв Краматорськ. У місті досі перебувають близько 50 тисяч жителів.', 'uk'],
    ['ВСУ обстреляли Горловку. В городе находятся около 200 тысяч жителей.', 'ru'],
    ['Наші підрозділи перебувають у постійній готовності.', 'uk'],
    ['В городе остаются около трёх тысяч мирных жителей.', 'ru'],
  ])('leaves %s alone', (text, lang) => {
    expect(claimsOf(text, lang).filter((c) => c.kind === 'control')).toEqual([])
  })
})

describe('an intention to encircle or outflank is an attack (convention 4)', () => {
  it.each<[string, Lang, string, Row[]]>([
    ['Окупанти планують оточити Покровськ.', 'uk', UA, [{ kind: 'assault', actorSide: 'RU', modality: 'expected' }]],
    ['Ворог хоче взяти Костянтинівку в кліщі ще до зими.', 'uk', UA, [{ kind: 'assault', actorSide: 'RU', modality: 'expected' }]],
    ['Росіяни збираються обійти Сіверськ з півночі.', 'uk', UA, [{ kind: 'assault', actorSide: 'RU', modality: 'expected' }]],
    ['Противник планирует окружить Мирноград до весны.', 'ru', RU, [{ kind: 'assault', actorSide: 'UA', modality: 'expected' }]],
    ['Наши собираются взять Константиновку в клещи.', 'ru', RU, [{ kind: 'assault', actorSide: 'RU', modality: 'expected' }]],
    ['ВСУ хотят обойти Работино с запада.', 'ru', RU, [{ kind: 'assault', actorSide: 'UA', modality: 'expected' }]],
  ])('%s', (text, lang, outlet, expected) => {
    expect(claimsOf(text, lang, outlet)).toMatchObject(expected)
  })
})

describe('a place told as already ours, and a line reached', () => {
  it.each<[string, Lang, string, Row[]]>([
    ['Хохлы откатились из последних домов. Кучеровка фактически уже наша.', 'ru', RU, [{ kind: 'withdrawal', actorSide: 'UA' }, { kind: 'capture', actorSide: 'RU' }]],
    ['Хохлы бежали из посёлка. Степногорск теперь наш!', 'ru', RU, [{ kind: 'withdrawal', actorSide: 'UA' }, { kind: 'capture', actorSide: 'RU' }]],
    ['Ворог відступив з висоти. Кліщіївка тепер наша.', 'uk', UA, [{ kind: 'withdrawal', actorSide: 'RU' }, { kind: 'capture', actorSide: 'UA' }]],
    ['К концу месяца наши войска дойдут до окраин Орехова.', 'ru', RU, [{ kind: 'advance', actorSide: 'RU', modality: 'expected' }]],
    ['Российская армия дошла до административной границы Днепропетровской области.', 'ru', RU, [{ kind: 'advance', actorSide: 'RU' }]],
    ['Окупанти дійшли до околиць Гуляйполя.', 'uk', UA, [{ kind: 'advance', actorSide: 'RU' }]],
    ['Ворог, ймовірно, дійде до адмінкордону Дніпропетровщини вже взимку.', 'uk', UA, [{ kind: 'advance', actorSide: 'RU', modality: 'expected' }]],
  ])('%s', (text, lang, outlet, expected) => {
    expect(claimsOf(text, lang, outlet)).toMatchObject(expected)
  })
  it.each<[string, Lang]>([
    ['Наш корреспондент уже наш человек в Киеве.', 'ru'],
    ['Дом теперь наш.', 'ru'],
    ['Сторони дійшли згоди щодо обміну полоненими.', 'uk'],
    ['Украина и Россия дошли до финала переговоров по обмену.', 'ru'],
  ])('leaves %s alone', (text, lang) => {
    expect(claimsOf(text, lang).filter((c) => c.kind === 'capture' || c.kind === 'advance')).toEqual([])
  })
})
