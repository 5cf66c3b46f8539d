import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../../domain/index.js'
import { extractClaims } from '../extract-claims.js'

// Round 13: classes of Ukrainian and Russian reporting the round-12 first runs lost: Telegram item
// lines that count blasts without a verb, ground held in the first person or by holders who stay on,
// equipment destroyed told object first, men finished off, people cut by shrapnel, testing the
// defence, pressing on a place, people moved to safety, power cut by a strike, a share of the country
// told as what is occupied and a region's share coordinated after it. Each class with the everyday or
// neighbouring sentences its guard keeps apart. Our own sentences, none from a gold file.

type Row = { kind: Claim['kind']; actorSide?: Claim['actorSide']; modality?: Claim['modality']; value?: number | null }

function claimsOf(text: string, lang: Lang, outlet = 'Test Wire'): Row[] {
  const r = extractClaims({ id: 'doc-round13', text, lang, publishedAt: '2026-11-20', outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide, modality: c.modality, value: c.quantity?.value ?? null }))
}

const UA = 'Генштаб ЗСУ'
const RU = 'Минобороны России'

describe('a Telegram item line that counts blasts', () => {
  it.each<[string, Lang, string, Row[]]>([
    ['Протягом доби ворог 40 разів обстріляв Сумщину. Конотопська громада: 14 вибухів.', 'uk', UA, [{ kind: 'strike', actorSide: 'RU', value: 40 }, { kind: 'strike', actorSide: 'RU', value: 14 }]],
    ['За сутки ВСУ обстреляли 20 населённых пунктов. Шебекинский округ — 9 прилётов.', 'ru', RU, [{ kind: 'strike', actorSide: 'UA', value: 20 }, { kind: 'strike', actorSide: 'UA', value: 9 }]],
  ])('%s', (text, lang, outlet, expected) => {
    expect(claimsOf(text, lang, outlet)).toMatchObject(expected)
  })
  it.each<[string, Lang]>([
    ['Аеропорт за день прийняв 40 рейсів. Наступного тижня очікують 12 прильотів.', 'uk'],
    ['Аэропорт за выходные обслужил 180 прилётов и вылетов.', 'ru'],
    ['У кафе стався вибух газу.', 'uk'],
  ])('leaves %s alone', (text, lang) => {
    expect(claimsOf(text, lang)).toEqual([])
  })
})

describe('ground held', () => {
  it.each<[string, Lang, string, Row[]]>([
    ['Росіяни штурмували наші позиції колоною техніки. Новопавлівку тримаємо.', 'uk', UA, [{ kind: 'assault', actorSide: 'RU' }, { kind: 'control', actorSide: 'UA' }]],
    ['Хохлы дважды лезли на Кучеровку. Кучеровку держим.', 'ru', RU, [{ kind: 'assault', actorSide: 'UA' }, { kind: 'control', actorSide: 'RU' }]],
    // staying on in answer to a capture claim is its rebuttal (convention 19)
    ['Міноборони РФ заявило про захоплення Торецька. Насправді у північних кварталах міста досі тримаються підрозділи 100-ї бригади.', 'uk', UA, [{ kind: 'capture', actorSide: 'RU' }, { kind: 'capture', actorSide: 'RU', modality: 'denied' }]],
  ])('%s', (text, lang, outlet, expected) => {
    expect(claimsOf(text, lang, outlet)).toMatchObject(expected)
  })
  it.each<[string, Lang]>([
    ['Тримаємо Донеччину! Дякуємо всім, хто донатить на дрони.', 'uk'],
    ['Ворог щодня обстрілює місто, але ми тримаємося.', 'uk'],
    ['Ціни на пальне тримаються на рівні минулого місяця.', 'uk'],
    ['Держим кулаки за наших бойцов!', 'ru'],
  ])('leaves %s alone', (text, lang) => {
    expect(claimsOf(text, lang).filter((c) => c.kind === 'control')).toEqual([])
  })
})

describe('losses told by idiom', () => {
  it.each<[string, Lang, string, Row[]]>([
    ['Росіяни пробували прорватися колоною з шести машин. Чотири машини наші пілоти розібрали ще на підходах.', 'uk', UA, [{ kind: 'assault', actorSide: 'RU' }, { kind: 'casualties', actorSide: 'UA', value: 4 }]],
    ['Кадыровцы пытались штурмовать Теткино. Две БМП наши операторы разобрали ещё на подходе.', 'ru', RU, [{ kind: 'assault' }, { kind: 'casualties', actorSide: 'RU', value: 2 }]],
    ['Десант, що встиг зістрибнути з броні, добили мінометники.', 'uk', UA, [{ kind: 'casualties', actorSide: 'UA' }]],
    ['Пехоту, которая успела спешиться, добили наши артиллеристы.', 'ru', RU, [{ kind: 'casualties', actorSide: 'RU' }]],
    ['Уночі дрон атакував Балаклію. Водія посікло уламками, його госпіталізували.', 'uk', UA, [{ kind: 'strike' }, { kind: 'casualties' }]],
    ['В Судже дрон ВСУ ударил по автомобилю. Пассажира посекло осколками.', 'ru', RU, [{ kind: 'strike', actorSide: 'UA' }, { kind: 'casualties', actorSide: 'UA' }]],
  ])('%s', (text, lang, outlet, expected) => {
    expect(claimsOf(text, lang, outlet)).toMatchObject(expected)
  })
  it.each<[string, Lang]>([
    ['Дві старі машини сусіди розібрали на запчастини.', 'uk'],
    ['Команда добила сезон перемогою.', 'uk'],
    ['Добили проект к концу квартала.', 'ru'],
  ])('leaves %s alone', (text, lang) => {
    expect(claimsOf(text, lang)).toEqual([])
  })
})

describe('attacks in other words', () => {
  it.each<[string, Lang, string, Row[]]>([
    ['Ворог прощупує нашу оборону малими групами біля Гуляйполя.', 'uk', UA, [{ kind: 'assault', actorSide: 'RU' }]],
    ['Противник прощупывает оборону у Каменского малыми группами.', 'ru', RU, [{ kind: 'assault', actorSide: 'UA' }]],
    ['Противник давит на Северск с севера.', 'ru', RU, [{ kind: 'assault', actorSide: 'UA' }]],
    ['Наши войска продолжают теснить противника на Покровском направлении.', 'ru', RU, [{ kind: 'advance', actorSide: 'RU' }]],
    ['По Миколаєву ворог вдарив балістикою.', 'uk', UA, [{ kind: 'strike', actorSide: 'RU' }]],
  ])('%s', (text, lang, outlet, expected) => {
    expect(claimsOf(text, lang, outlet)).toMatchObject(expected)
  })
  it.each<[string, Lang]>([
    ['Лікар прощупує живіт пацієнта.', 'uk'],
    ['Начальник давит на подчинённых.', 'ru'],
  ])('leaves %s alone', (text, lang) => {
    expect(claimsOf(text, lang)).toEqual([])
  })
})

describe('people moved to safety, power cut by a strike', () => {
  it.each<[string, Lang, string, Row[]]>([
    ['Через обстріли за тиждень 37 мешканців громади перевезли в безпечніші місця.', 'uk', UA, [{ kind: 'evacuation', value: 37 }]],
    ['Из-за обстрелов за неделю в безопасные места перевезли 40 жителей Глушковского района.', 'ru', RU, [{ kind: 'evacuation', value: 40 }]],
    ['Уночі ворог атакував дронами енергетичну інфраструктуру Одещини, знеструмлено 40 тисяч абонентів.', 'uk', UA, [{ kind: 'strike', actorSide: 'RU' }]],
    ['ВСУ атаковали Белгород беспилотниками. Без света остались 20 тысяч жителей.', 'ru', RU, [{ kind: 'strike', actorSide: 'UA' }]],
  ])('%s', (text, lang, outlet, expected) => {
    expect(claimsOf(text, lang, outlet)).toMatchObject(expected)
  })
  it.each<[string, Lang]>([
    ['Меблі перевезли в новий офіс.', 'uk'],
    ['Через планові ремонтні роботи 300 абонентів залишилися без світла.', 'uk'],
    ['Из-за урагана без света остались 5 тысяч домов.', 'ru'],
  ])('leaves %s alone', (text, lang) => {
    expect(claimsOf(text, lang)).toEqual([])
  })
})

describe('a share told as what is occupied, and a region coordinated after it', () => {
  it.each<[string, Lang, string, Row[]]>([
    ['Загалом окупованими нині є 18,9% української території, зокрема майже 99% Луганщини.', 'uk', UA, [{ kind: 'control', actorSide: 'RU', value: 18.9 }, { kind: 'control', actorSide: 'RU', value: 99 }]],
    ['Россия контролирует около 19% территории Украины, в том числе около 75% Херсонской области.', 'ru', RU, [{ kind: 'control', actorSide: 'RU', value: 19 }, { kind: 'control', actorSide: 'RU', value: 75 }]],
  ])('%s', (text, lang, outlet, expected) => {
    expect(claimsOf(text, lang, outlet)).toMatchObject(expected)
  })
  it('leaves a share of a budget alone', () => {
    expect(claimsOf('Видатки на оборону зросли на 12%, зокрема понад 40% пішло на дрони.', 'uk')).toEqual([])
  })
})

describe('a gain the attacker failed to make is its attack (convention 13)', () => {
  it.each<[string, Lang, string, Row[]]>([
    ['Ворог не зміг просунутися біля Торецька.', 'uk', UA, [{ kind: 'assault', actorSide: 'RU', modality: 'asserted' }]],
    ['Окупанти так і не змогли прорватися до Гуляйполя.', 'uk', UA, [{ kind: 'assault', actorSide: 'RU', modality: 'asserted' }]],
    ['ВСУ так и не удалось прорваться к Курахово.', 'ru', RU, [{ kind: 'assault', actorSide: 'UA', modality: 'asserted' }]],
    // answering a capture claimed just before, it is that claim's rebuttal
    ['Міноборони РФ заявило про захоплення Кіндратівки. Насправді росіянам не вдалося захопити Кіндратівку.', 'uk', UA, [{ kind: 'capture', modality: 'asserted' }, { kind: 'capture', actorSide: 'RU', modality: 'denied' }]],
  ])('%s', (text, lang, outlet, expected) => {
    expect(claimsOf(text, lang, outlet)).toMatchObject(expected)
  })
})

describe('a condition and the step it would force', () => {
  it.each<[string, Lang]>([
    ['Якщо ворог прорве оборону, доведеться відходити до Сіверська.', 'uk'],
    ['Если не подвезут снаряды, к концу недели придётся отходить за реку.', 'ru'],
  ])('leaves %s alone', (text, lang) => {
    expect(claimsOf(text, lang)).toEqual([])
  })
  it('keeps a step told as done', () => {
    expect(claimsOf('Нашому підрозділу довелося відійти з позицій біля Сіверська.', 'uk', UA)).toMatchObject([{ kind: 'withdrawal', actorSide: 'UA' }])
  })
})

describe('a strike counted over a period, with its toll after a comma', () => {
  it.each<[string, Lang, string, Row[]]>([
    ['Миколаївщина: за добу росіяни обстріляли 14 населених пунктів, поранено трьох людей.', 'uk', UA, [{ kind: 'strike', actorSide: 'RU', value: 14 }, { kind: 'casualties', actorSide: 'RU', value: 3 }]],
    ['За сутки ВСУ обстреляли 9 сёл Курской области, ранены двое мирных жителей.', 'ru', RU, [{ kind: 'strike', actorSide: 'UA', value: 9 }, { kind: 'casualties', actorSide: 'UA', value: 2 }]],
    // a noun after the period is the toll's circumstance
    ['За три доби боїв загинули четверо військових.', 'uk', UA, [{ kind: 'casualties' }]],
  ])('%s', (text, lang, outlet, expected) => {
    const got = claimsOf(text, lang, outlet)
    expect(got).toMatchObject(expected)
    expect(got).toHaveLength(expected.length)
  })
})
