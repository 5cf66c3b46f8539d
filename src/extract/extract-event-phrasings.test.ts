import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Events reported without their dictionary word (a strike without "strike"/"удар", an evacuation
// without "evacuate", attacks repelled in the first person, an advance through part of a town), and
// the look-alikes that are no event at all. Our own sentences in the styles of wire copy, General
// Staff and MoD bulletins, regional administrations and Telegram posts.

type Row = { kind: Claim['kind']; actorSide?: Claim['actorSide']; modality?: Claim['modality'] }

function kindsOf(text: string, lang: Lang): Row[] {
  const r = extractClaims({ id: 'doc-events', text, lang, publishedAt: '2025-12-12', outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide, modality: c.modality }))
}

describe('a strike without the word "strike"', () => {
  it.each<[string, Lang, Row[]]>([
    ['A Russian glide bomb slammed into a residential building in Kharkiv.', 'en', [{ kind: 'strike', actorSide: 'RU' }]],
    ['An Iskander missile smashed into a hotel in the city centre.', 'en', [{ kind: 'strike' }]],
    ['Kherson came under artillery fire on Sunday.', 'en', [{ kind: 'strike' }]],
    ['Russian troops fired on Kherson 34 times over the past day.', 'en', [{ kind: 'strike', actorSide: 'RU' }]],
    ['Russian forces opened fire on Beryslav from across the Dnipro.', 'en', [{ kind: 'strike', actorSide: 'RU' }]],
    ['Explosions rocked Kharkiv overnight, the mayor said.', 'en', [{ kind: 'strike' }]],
    ['Moscow unleashed a barrage of 500 drones and 40 missiles on Ukraine.', 'en', [{ kind: 'strike', actorSide: 'RU' }]],
    ['Russian forces used glide bombs against Kostiantynivka.', 'en', [{ kind: 'strike', actorSide: 'RU' }]],
    ['Росіяни вдарили по Краматорську ракетою «Іскандер».', 'uk', [{ kind: 'strike', actorSide: 'RU' }]],
    ['Ворог поцілив у багатоповерхівку в Харкові.', 'uk', [{ kind: 'strike', actorSide: 'RU' }]],
    ['Окупанти гатили по Херсону з артилерії.', 'uk', [{ kind: 'strike', actorSide: 'RU' }]],
    ['Зафіксовано влучання в житловий будинок у Запоріжжі.', 'uk', [{ kind: 'strike' }]],
    ['Противник запустив по Україні 68 дронів та 5 ракет.', 'uk', [{ kind: 'strike', actorSide: 'RU' }]],
    ['Ворог застосував КАБи по Костянтинівці.', 'uk', [{ kind: 'strike', actorSide: 'RU' }]],
    ['Дрон вдарив по автомобілю комунальників у Херсоні.', 'uk', [{ kind: 'strike' }]],
    ['У Харкові пролунали вибухи.', 'uk', [{ kind: 'strike' }]],
    ['FPV-дрон ударил по легковому автомобилю в Шебекино.', 'ru', [{ kind: 'strike' }]],
    ['ВСУ ударили по Белгороду ракетами.', 'ru', [{ kind: 'strike', actorSide: 'UA' }]],
    ['ВСУ выпустили по Белгороду 12 ракет.', 'ru', [{ kind: 'strike', actorSide: 'UA' }]],
    ['ВСУ применили HIMARS по Лисичанску.', 'ru', [{ kind: 'strike', actorSide: 'UA' }]],
    ['Беспилотник врезался в многоэтажку в Курске.', 'ru', [{ kind: 'strike' }]],
    ['В Белгороде прогремели взрывы.', 'ru', [{ kind: 'strike' }]],
    ['Вечером снова прилетело по Белгороду.', 'ru', [{ kind: 'strike' }]],
  ])('%s', (text, lang, expected) => {
    expect(kindsOf(text, lang)).toMatchObject(expected)
  })

  it.each<[string, Lang]>([
    ['The shares hit a record high on Friday.', 'en'],
    ['Stock markets hit a new record.', 'en'],
    ['The two sides struck a deal on prisoner exchanges.', 'en'],
    ['Russia struck a balance between the two.', 'en'],
    ['He was hit by a car near the station.', 'en'],
    ['He was fired on Monday.', 'en'],
    ['The policy came under fire from critics.', 'en'],
    ['The bodies of two civilians were recovered from the rubble.', 'en'],
    ['The economy recovered slowly.', 'en'],
    ['Спортсмен вдарив по м\'ячу.', 'uk'],
    ['Ціни вдарили по гаманцях покупців.', 'uk'],
    ['Зеленський прилетів до Вашингтона.', 'uk'],
    ['Ворог запустив нову пропаганду.', 'uk'],
    ['Морозы ударили по урожаю.', 'ru'],
    ['Путин прилетел в Минск.', 'ru'],
    ['Рынок упал на 3%.', 'ru'],
  ])('no event: %s', (text, lang) => {
    expect(kindsOf(text, lang)).toEqual([])
  })
})

describe('an evacuation without "evacuate"', () => {
  it.each<[string, Lang, Row[]]>([
    ['Authorities on Tuesday ordered families with children to leave 11 more villages around Dobropillia.', 'en', [{ kind: 'evacuation', modality: 'asserted' }]],
    ['Officials urged residents to leave the city.', 'en', [{ kind: 'evacuation' }]],
    ['Volunteers took 40 residents out of Kostiantynivka on Monday.', 'en', [{ kind: 'evacuation' }]],
    ['About 300 people were bussed out of Pokrovsk this week.', 'en', [{ kind: 'evacuation' }]],
    ['З прифронтових громад області вивезли 1 318 людей.', 'uk', [{ kind: 'evacuation' }]],
    ['Волонтери вивезли з Покровська ще 30 людей.', 'uk', [{ kind: 'evacuation' }]],
    ['Мешканців прикордонних сіл продовжують вивозити.', 'uk', [{ kind: 'evacuation' }]],
    ['Из Белгородской области вывезли более 500 детей.', 'ru', [{ kind: 'evacuation' }]],
    ['Жителей приграничных сёл продолжают вывозить в пункты временного размещения.', 'ru', [{ kind: 'evacuation' }]],
  ])('%s', (text, lang, expected) => {
    expect(kindsOf(text, lang)).toMatchObject(expected)
  })

  it('ordering troops to take a place still frames a future capture, not an evacuation', () => {
    expect(kindsOf('Putin ordered the army to capture Kupiansk.', 'en')).toMatchObject([{ kind: 'capture', actorSide: 'RU', modality: 'expected' }])
  })

  it.each<[string, Lang]>([
    ['З Покровська вивезли зерно.', 'uk'],
    ['Окупанти вивезли з музею картини.', 'uk'],
    ['Из порта вывезли партию угля.', 'ru'],
  ])('goods are not people: %s', (text, lang) => {
    expect(kindsOf(text, lang)).toEqual([])
  })
})

describe('attacks held back, and attacks in other words', () => {
  it.each<[string, Lang]>([
    ['Ukrainian soldiers carried assault rifles.', 'en'],
    ['The 95th Air Assault Brigade received new armoured vehicles.', 'en'],
  ])('a unit or a weapon named "assault" is no attack: %s', (text, lang) => {
    expect(kindsOf(text, lang).filter((c) => c.kind === 'assault')).toEqual([])
  })

  it.each<[string, Lang, Row[]]>([
    ['Russian infantry tried to slip into Druzhkivka in small groups but were stopped by drone crews.', 'en', [{ kind: 'assault', actorSide: 'RU' }, { kind: 'repelled', actorSide: 'UA' }]],
    ['Russian troops are trying to outflank Pokrovsk from the east.', 'en', [{ kind: 'assault', actorSide: 'RU' }]],
    ['In Vovchansk, the enemy tried to regain lost positions but was repelled.', 'en', [{ kind: 'assault', actorSide: 'RU' }, { kind: 'repelled', actorSide: 'UA' }]],
    ['The enemy continues to throw infantry at our positions near Pokrovsk.', 'en', [{ kind: 'assault', actorSide: 'RU' }]],
    ['The assault was beaten off within an hour.', 'en', [{ kind: 'repelled' }]],
    ['Russian forces conducted a company-sized mechanized assault near Pokrovsk.', 'en', [{ kind: 'assault', actorSide: 'RU' }]],
    ['Russian forces conducted a reinforced platoon-sized mechanized assault in the Novopavlivka direction.', 'en', [{ kind: 'assault', actorSide: 'RU' }]],
    // gold convention 4: a flanking move told as ground gained is an advance; the ring closing an encirclement
    ['Russian forces are enveloping Pokrovsk from the east and west.', 'en', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Russian forces will likely attempt to envelop Kostiantynivka from the west.', 'en', [{ kind: 'assault', actorSide: 'RU', modality: 'expected' }]],
    ['Russian troops are closing the ring around Myrnohrad.', 'en', [{ kind: 'encirclement', actorSide: 'RU' }]],
    ['Российские войска обошли Купянск с запада.', 'ru', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Окупанти намагаються взяти Покровськ у кліщі.', 'uk', [{ kind: 'assault', actorSide: 'RU' }]],
    ['Российские войска замыкают кольцо вокруг Мирнограда.', 'ru', [{ kind: 'encirclement', actorSide: 'RU' }]],
    ['Russian forces have broken into Huliaipole.', 'en', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Окупанти здійснили 31 штурмову дію в районі Білицького.', 'uk', [{ kind: 'assault', actorSide: 'RU' }]],
    ['Всі штурми відбиваємо.', 'uk', [{ kind: 'repelled' }]],
    ['Наші воїни стримують наступ ворога біля Покровська.', 'uk', [{ kind: 'repelled', actorSide: 'UA' }]],
    ['Ворог кидає піхоту на наші позиції біля Костянтинівки.', 'uk', [{ kind: 'assault', actorSide: 'RU' }]],
    ['Ворог намагався відбити втрачені позиції біля Степногірська.', 'uk', [{ kind: 'assault', actorSide: 'RU' }]],
    ['Все атаки отбиваем.', 'ru', [{ kind: 'repelled' }]],
    ['Украинская диверсионная группа пыталась проникнуть на территорию региона.', 'ru', [{ kind: 'assault', actorSide: 'UA' }]],
    ['Противник бросает пехоту на наши позиции у Купянска.', 'ru', [{ kind: 'assault' }]],
  ])('%s', (text, lang, expected) => {
    expect(kindsOf(text, lang)).toMatchObject(expected)
  })
})

describe('part of a town cleared is an advance; people and equipment destroyed are losses', () => {
  it.each<[string, Lang, Row[]]>([
    ["Ukrainian troops have cleared Russian forces from most of Kupiansk's northern neighborhoods.", 'en', [{ kind: 'advance', actorSide: 'UA' }]],
    ['Russian troops have cleared Ukrainian forces from parts of Siversk.', 'en', [{ kind: 'advance', actorSide: 'RU' }]],
    // the whole settlement is still a capture
    ['Russian troops have cleared Ukrainian forces from Siversk.', 'en', [{ kind: 'capture', actorSide: 'RU' }]],
    ['"Assault units are completing the clearing of Ilyinovka," the general said.', 'en', [{ kind: 'advance' }]],
    ['According to him, the Ukrainian army has lost over 9,000 servicemen since March.', 'en', [{ kind: 'casualties', actorSide: 'RU' }]],
    ['At least 11 people were hurt.', 'en', [{ kind: 'casualties' }]],
    // a depot destroyed is a strike on a place (gold conventions; blind7 and blind9 annotate "уничтожен(ы)
    // склад боеприпасов" so), a tank destroyed a loss
    ['Сили оборони знищили склад боєприпасів окупантів.', 'uk', [{ kind: 'strike', actorSide: 'UA' }]],
    ['Сили оборони знищили танк окупантів.', 'uk', [{ kind: 'casualties', actorSide: 'UA' }]],
    ['За неделю уничтожили около 300 российских военных.', 'ru', [{ kind: 'casualties' }]],
    ['Противник отвёл часть сил из района Зелёного Гая.', 'ru', [{ kind: 'withdrawal' }]],
    ['Ворог відвів частину підрозділів від Куп\'янська.', 'uk', [{ kind: 'withdrawal', actorSide: 'RU' }]],
  ])('%s', (text, lang, expected) => {
    expect(kindsOf(text, lang)).toMatchObject(expected)
  })
})

describe('the pace of gains, a hold on a place, soldiers\' words for attacking', () => {
  it.each<[string, Lang, Row[]]>([
    ["Russia's gains in Ukraine slowed in October.", 'en', [{ kind: 'area-change', actorSide: 'RU' }]],
    ["The pace of Russia's advance picked up in September.", 'en', [{ kind: 'area-change', actorSide: 'RU' }]],
    ['Темпи російського просування сповільнилися в жовтні.', 'uk', [{ kind: 'area-change', actorSide: 'RU' }]],
    ['Темпы продвижения российских войск замедлились.', 'ru', [{ kind: 'area-change', actorSide: 'RU' }]],
    ['Russian troops consolidated their hold on Dyliivka.', 'en', [{ kind: 'control', actorSide: 'RU' }]],
    ['Small Russian groups remained in basements near the city center.', 'en', [{ kind: 'control', actorSide: 'RU' }]],
    ['Орки вперто лізуть до Ямполя та Торського.', 'uk', [{ kind: 'assault', actorSide: 'RU' }]],
    ['Росіяни продовжують тиснути на Покровськ.', 'uk', [{ kind: 'assault', actorSide: 'RU' }]],
    ['A Russian assault group of 12 soldiers was wiped out near Kupiansk.', 'en', [{ kind: 'casualties', actorSide: 'UA' }]],
    ['Сили оборони ліквідували 1 020 окупантів за добу.', 'uk', [{ kind: 'casualties', actorSide: 'UA' }]],
    ['Росіяни скинули на Херсон вибухівку з дрона.', 'uk', [{ kind: 'strike', actorSide: 'RU' }]],
    ['A Russian drone dropped explosives on a car in Nikopol.', 'en', [{ kind: 'strike', actorSide: 'RU' }]],
    ['Из-за обстрелов жителей Шебекино переселяют в Белгород.', 'ru', [{ kind: 'evacuation' }]],
    // a reflexive passive: the attackers named before are the ones stopped
    ['ВСУ лезут в Родинское малыми группами, все попытки пресекаются.', 'ru', [{ kind: 'assault', actorSide: 'UA' }, { kind: 'repelled', actorSide: 'RU' }]],
  ])('%s', (text, lang, expected) => {
    expect(kindsOf(text, lang)).toMatchObject(expected)
  })

  it.each<[string, Lang]>([
    ['Talks on a ceasefire stalled in October.', 'en'],
    ['Prices remained in line with forecasts.', 'en'],
    ['Ціни тиснуть на бюджет.', 'uk'],
    ['Діти лізуть на дерева.', 'uk'],
  ])('no event: %s', (text, lang) => {
    expect(kindsOf(text, lang)).toEqual([])
  })
})

describe('settlements and an area taken in one clause; talk of taking control', () => {
  it.each<[string, Lang, Row[]]>([
    ['Russian troops have liberated 52 settlements and more than 1,700 square kilometers of territory since the beginning of the year.', 'en', [{ kind: 'capture', actorSide: 'RU' }, { kind: 'area-change', actorSide: 'RU' }]],
    ['С начала года российские войска освободили 190 населённых пунктов и более 4,5 тыс. кв. км территории.', 'ru', [{ kind: 'capture', actorSide: 'RU' }, { kind: 'area-change', actorSide: 'RU' }]],
    ['Від початку року окупанти захопили 40 сіл та понад 2 тисячі км².', 'uk', [{ kind: 'capture', actorSide: 'RU' }, { kind: 'area-change', actorSide: 'RU' }]],
    // an area alone, or settlements alone, is one claim
    ['Russian forces captured 3,386 square kilometers in the first ten months of 2025.', 'en', [{ kind: 'area-change', actorSide: 'RU' }]],
    ['Russian forces captured 12 villages last month.', 'en', [{ kind: 'capture', actorSide: 'RU' }]],
    ['Южнее идёт зачистка Успеновки, но говорить о полном контроле над селом пока рано.', 'ru', [{ kind: 'advance' }, { kind: 'capture', modality: 'premature' }]],
    ['Говорити про повний контроль над селом зарано.', 'uk', [{ kind: 'capture', modality: 'premature' }]],
    ['Минобороны заявило об установлении контроля над Успеновкой.', 'ru', [{ kind: 'capture', actorSide: 'RU' }]],
    // houses, blocks, positions overrun: part of a town, ground gained; a town overrun is taken
    ['Russian troops seized several buildings in the centre of Pokrovsk.', 'en', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Russian forces overran Ukrainian positions near Toretsk.', 'en', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Russian forces overran Toretsk in February.', 'en', [{ kind: 'capture', actorSide: 'RU' }]],
    ['Окупанти зайняли кілька будинків на околиці Покровська.', 'uk', [{ kind: 'advance', actorSide: 'RU' }]],
    ['ВСУ заняли несколько домов на окраине Купянска.', 'ru', [{ kind: 'advance', actorSide: 'UA' }]],
    ['Ukrainian forces are holding back Russian assaults near Pokrovsk.', 'en', [{ kind: 'repelled', actorSide: 'UA' }]],
  ])('%s', (text, lang, expected) => {
    const claims = kindsOf(text, lang)
    expect(claims).toMatchObject(expected)
    expect(claims).toHaveLength(expected.length)
  })

  it('gives the settlements claim their count and the area claim its area', () => {
    const r = extractClaims({ id: 'doc-events', text: 'Russian troops have liberated 52 settlements and more than 1,700 square kilometers of territory.', lang: 'en', publishedAt: '2025-12-12', outlet: 'TASS' })
    expect(r.value.claims.map((c) => [c.kind, c.quantity?.value, c.quantity?.unit])).toEqual([
      ['capture', 52, 'other'],
      ['area-change', 1700, 'km2'],
    ])
  })
})

describe('attempts are assaults, whatever stands between "tried" and the verb', () => {
  it.each<[string, Lang, Row[]]>([
    ['Russian infantry tried on Thursday to cross the river south of Siversk.', 'en', [{ kind: 'assault', actorSide: 'RU', modality: 'asserted' }]],
    ['Russian units attempted repeatedly to break through near Kurakhove.', 'en', [{ kind: 'assault', actorSide: 'RU' }]],
    ['The Russians tried again to push towards Orikhiv overnight.', 'en', [{ kind: 'assault', actorSide: 'RU' }]],
    ['Russian troops tried and failed to storm Chasiv Yar.', 'en', [{ kind: 'assault', actorSide: 'RU', modality: 'asserted' }]],
    // "failed to advance" is an attack told as failing: the attacker's assault (gold convention 13)
    ['Russian forces failed to advance near Kupiansk.', 'en', [{ kind: 'assault', actorSide: 'RU', modality: 'asserted' }]],
    ['Russian forces made several attempts to force a crossing of the Oskil.', 'en', [{ kind: 'assault', actorSide: 'RU' }]],
    ['Russian forces are sending motorcycle groups to infiltrate Ukrainian positions near Hulyaipole.', 'en', [{ kind: 'assault', actorSide: 'RU' }]],
    ['Russian troops launched a failed breakthrough attempt near Lyman.', 'en', [{ kind: 'assault', actorSide: 'RU' }]],
    // the attempt a defender stops is the object of the repelling: one claim
    ['Ukrainian defenders repelled an attempt to break through near Pokrovsk.', 'en', [{ kind: 'repelled', actorSide: 'UA' }]],
    ['Ворог кілька разів намагався форсувати річку біля Сіверська.', 'uk', [{ kind: 'assault', actorSide: 'RU' }]],
    ['Окупанти вчора вночі намагалися прослизнути до Мирнограда.', 'uk', [{ kind: 'assault', actorSide: 'RU' }]],
    ['Сили оборони зірвали спробу прориву ворога біля Покровська.', 'uk', [{ kind: 'repelled', actorSide: 'UA' }]],
    ['Противник несколько раз пытался переправиться через реку у Северска.', 'ru', [{ kind: 'assault' }]],
    ['ВСУ предприняли попытку прорыва у Тёткино.', 'ru', [{ kind: 'assault', actorSide: 'UA' }]],
  ])('%s', (text, lang, expected) => {
    expect(kindsOf(text, lang)).toEqual(expected.map((e) => expect.objectContaining(e)))
  })
})

describe('damage reported on its own is a strike; beside an attack or a toll it is part of it', () => {
  it.each<[string, Lang, Row[]]>([
    ['A drone damaged a kindergarten in Sumy, the governor said.', 'en', [{ kind: 'strike' }]],
    ['Three houses were destroyed in Bilozerske overnight.', 'en', [{ kind: 'strike' }]],
    ['У Краматорську пошкоджено дві багатоповерхівки та автомобілі.', 'uk', [{ kind: 'strike' }]],
    ['У селі Велика Писарівка внаслідок обстрілу зруйновано будинок культури.', 'uk', [{ kind: 'strike' }]],
    ['В Шебекино повреждены два частных дома и легковой автомобиль.', 'ru', [{ kind: 'strike' }]],
    ['В селе Муром беспилотник сбросил взрывное устройство на хозяйственную постройку.', 'ru', [{ kind: 'strike' }]],
    // beside an attack or its toll: one claim each, no separate damage claim
    ['Russian drones attacked Odesa overnight, damaging port infrastructure.', 'en', [{ kind: 'strike', actorSide: 'RU' }]],
    ['Поранено трьох людей, пошкоджено багатоповерхівку.', 'uk', [{ kind: 'casualties' }]],
    ['ВСУ обстреляли Рыльск, повреждена подстанция.', 'ru', [{ kind: 'strike', actorSide: 'UA' }]],
  ])('%s', (text, lang, expected) => {
    expect(kindsOf(text, lang)).toEqual(expected.map((e) => expect.objectContaining(e)))
  })

  it.each<[string, Lang]>([
    ['Russian drones attacked Sumy overnight. A school and two houses were damaged.', 'en'],
    ['Вночі ворог атакував Запоріжжя дронами. Пошкоджено приватні будинки.', 'uk'],
    ['Ночью ВСУ атаковали Курск беспилотниками. Повреждена линия электропередачи.', 'ru'],
  ])('damage right after a strike, naming no place of its own, is that strike: %s', (text, lang) => {
    expect(kindsOf(text, lang).map((c) => c.kind)).toEqual(['strike'])
  })

  it.each<[string, Lang]>([
    ['A drone hit a garage in Kherson, but no one was hurt.', 'en'],
    ['Ночью дрон атаковал Грайворон. Пострадавших нет.', 'ru'],
    ['Вночі дрони атакували Суми, минулося без жертв.', 'uk'],
  ])('a toll of nothing is no claim: %s', (text, lang) => {
    expect(kindsOf(text, lang).map((c) => c.kind)).toEqual(['strike'])
  })
})

describe('area analyses: ground passing under control, and a second period with its verb left out', () => {
  type AreaRow = { kind: Claim['kind']; actorSide?: Claim['actorSide']; km2?: number; start?: string | null }
  function areas(text: string, lang: Lang): AreaRow[] {
    const r = extractClaims({ id: 'doc-areas', text, lang, publishedAt: '2025-12-12', outlet: 'Test Wire' })
    return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide, km2: c.quantity?.unit === 'km2' ? c.quantity.value : undefined, start: c.time.start }))
  }
  it.each<[string, Lang, AreaRow[]]>([
    ['Российская армия заняла 240 кв. км за ноябрь, тогда как за октябрь — 410 кв. км.', 'ru', [{ kind: 'area-change', km2: 240, start: '2025-11-01' }, { kind: 'area-change', km2: 410, start: '2025-10-01' }]],
    ['У листопаді окупанти захопили 505 км², а в жовтні — 461 км².', 'uk', [{ kind: 'area-change', actorSide: 'RU', km2: 505, start: '2025-11-01' }, { kind: 'area-change', actorSide: 'RU', km2: 461, start: '2025-10-01' }]],
    ['Russian forces seized 505 sq km in November and 461 sq km in October.', 'en', [{ kind: 'area-change', actorSide: 'RU', km2: 505, start: '2025-11-01' }, { kind: 'area-change', actorSide: 'RU', km2: 461, start: '2025-10-01' }]],
    ['More than 3,100 square kilometers came under Russian control this year.', 'en', [{ kind: 'area-change', actorSide: 'RU', km2: 3100 }]],
    ['С начала года под контроль российских войск перешли более 3,1 тыс. кв. км.', 'ru', [{ kind: 'area-change', actorSide: 'RU', km2: 3100 }]],
    ['Село Андріївка перейшло під контроль Сил оборони.', 'uk', [{ kind: 'capture', actorSide: 'UA' }]],
  ])('%s', (text, lang, expected) => {
    expect(areas(text, lang)).toEqual(expected.map((e) => expect.objectContaining(e)))
  })
})
