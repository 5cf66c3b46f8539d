import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// The inventory of ways reporting tells each kind of event, per language: verbs of movement with
// their particles, idioms, nominalisations, and in Ukrainian and Russian the other aspect, tense,
// reflexive and participle of each verb. Our own sentences (none from the gold sets), in the styles
// of wire copy, analysts, General Staff and MoD bulletins and Telegram posts; and, for each new
// word, the everyday senses in which it reports no event.

type Row = { kind: Claim['kind']; actorSide?: Claim['actorSide'] }

function kindsOf(text: string, lang: Lang, outlet = 'Test Wire'): Row[] {
  const r = extractClaims({ id: 'doc-inventory', text, lang, publishedAt: '2026-03-12', outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide }))
}

describe('advance: slow, stealthy or forceful movement with its direction', () => {
  it.each<[string, Lang, Row[]]>([
    ['Russian units crept closer to Siversk over the weekend.', 'en', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Russian troops have edged to within 4 km (2.5 miles) of Huliaipole.', 'en', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Small Russian groups keep sneaking into the northern districts of Myrnohrad.', 'en', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Ukrainian assault troops inched forward south of Kupiansk.', 'en', [{ kind: 'advance', actorSide: 'UA' }]],
    ['Russian forces pushed west of Pokrovsk along the railway line.', 'en', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Russian infantry advanced up Shevchenko Avenue in the city centre.', 'en', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Russian troops fought their way into the eastern outskirts of Lyman.', 'en', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Russian forces have made inroads into the industrial zone of Toretsk.', 'en', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Ukrainian marines secured a foothold on the left bank near Krynky.', 'en', [{ kind: 'advance', actorSide: 'UA' }]],
    ['Ukrainian forces took back several positions near Stupochky.', 'en', [{ kind: 'advance', actorSide: 'UA' }]],
    ['Окупанти підібралися впритул до Мирнограда.', 'uk', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Росіяни потіснили наші підрозділи біля Торецька.', 'uk', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Ворог окопався на околиці Степногірська.', 'uk', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Окупанти увірвалися до Покровська з півдня.', 'uk', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Штурмовики ВС РФ вплотную подошли к Константиновке.', 'ru', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Российские подразделения потеснили противника у Северска.', 'ru', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Российские войска закрепляются на окраине Гуляйполя.', 'ru', [{ kind: 'advance', actorSide: 'RU' }]],
    ['ВСУ вгрызаются в оборону у Купянска.', 'ru', [{ kind: 'advance', actorSide: 'UA' }]],
  ])('%s', (text, lang, expected) => {
    expect(kindsOf(text, lang)).toMatchObject(expected)
  })
})

describe('capture, withdrawal and encirclement in other words', () => {
  it.each<[string, Lang, Row[]]>([
    ['Ukrainian troops clawed back Novoyehorivka last week.', 'en', [{ kind: 'capture', actorSide: 'UA' }]],
    ['Russian forces took over Bilohorivka after a month of fighting.', 'en', [{ kind: 'capture', actorSide: 'RU' }]],
    ['Russian forces wrested Dvorichna from Ukrainian control in March.', 'en', [{ kind: 'capture', actorSide: 'RU' }]],
    ['Ukraine won back about 60 sq km over the winter.', 'en', [{ kind: 'area-change', actorSide: 'UA' }]],
    // a flag on a building claims ground in the town, not the town (gold convention 20)
    ['Footage showed Russian paratroopers planting a flag on the town hall in Siversk.', 'en', [{ kind: 'advance', actorSide: 'RU' }]],
    ['The Russian army said its units had "fully cleared" Novomykhailivka.', 'en', [{ kind: 'capture', actorSide: 'RU' }]],
    ['Ukrainian troops gave up two strongpoints near Kurakhove.', 'en', [{ kind: 'withdrawal', actorSide: 'UA' }]],
    ['Ukrainian units ceded ground east of Zaporizhzhia.', 'en', [{ kind: 'withdrawal', actorSide: 'UA' }]],
    ['Russian drones severed the main supply route into Pokrovsk.', 'en', [{ kind: 'encirclement', actorSide: 'RU' }]],
    ['The garrison now depends on the only road left open from Kramatorsk.', 'en', [{ kind: 'encirclement' }]],
    ['Росіяни взяли Торське.', 'uk', [{ kind: 'capture', actorSide: 'RU' }]],
    ['Сили оборони відвоювали Новоіванівку.', 'uk', [{ kind: 'capture', actorSide: 'UA' }]],
    ['Окупанти відкотилися від Кіндратівки.', 'uk', [{ kind: 'withdrawal', actorSide: 'RU' }]],
    ['Ворог здав два опорні пункти під Вовчанськом.', 'uk', [{ kind: 'withdrawal', actorSide: 'RU' }]],
    ['Росіяни перерізали логістику на Мирноград.', 'uk', [{ kind: 'encirclement', actorSide: 'RU' }]],
    ['ВСУ отвоевали Малую Локню.', 'ru', [{ kind: 'capture', actorSide: 'UA' }]],
    ['Противник откатывается к Димитрову.', 'ru', [{ kind: 'withdrawal', actorSide: 'UA' }]],
    ['ВСУ начали выводить подразделения из Часова Яра.', 'ru', [{ kind: 'withdrawal', actorSide: 'UA' }]],
    ['ВС РФ перерезали дорогу на Родинское.', 'ru', [{ kind: 'encirclement', actorSide: 'RU' }]],
  ])('%s', (text, lang, expected) => {
    expect(kindsOf(text, lang, lang === 'ru' ? 'ТАСС' : 'Test Wire')).toMatchObject(expected)
  })
})

describe('strikes, losses, evacuations, occupation and build-ups in other words', () => {
  it.each<[string, Lang, Row[]]>([
    // A weapon that wrecked something is a strike of its own beside the toll.
    ['A Russian missile gutted a shopping centre in Kharkiv, injuring 11 people.', 'en', [{ kind: 'strike', actorSide: 'RU' }, { kind: 'casualties' }]],
    ['Russian drones ripped through a dormitory in Odesa.', 'en', [{ kind: 'strike', actorSide: 'RU' }]],
    ['Ukrainian drones set two fuel tanks on fire at a depot in Tambov.', 'en', [{ kind: 'strike', actorSide: 'UA' }]],
    ['Ukrainian gunners knocked out three Russian tanks near Vovchansk.', 'en', [{ kind: 'casualties', actorSide: 'UA' }]],
    ['Volunteers bused 200 residents out of Druzhkivka.', 'en', [{ kind: 'evacuation' }]],
    ['About 80 families were relocated to safer areas.', 'en', [{ kind: 'evacuation' }]],
    ['Russian commanders are massing armour near Kupiansk.', 'en', [{ kind: 'other', actorSide: 'RU' }]],
    ['Ukrainian forces broke up a Russian assault near Lyman.', 'en', [{ kind: 'repelled', actorSide: 'UA' }]],
    ['Окупанти накрили Нікополь з артилерії.', 'uk', [{ kind: 'strike', actorSide: 'RU' }]],
    ['Під обстрілом опинилися 9 громад області.', 'uk', [{ kind: 'strike' }]],
    ['Наші оператори підбили танк і спалили три мотоцикли.', 'uk', [{ kind: 'casualties' }]],
    ['Двох окупантів узяли в полон.', 'uk', [{ kind: 'casualties' }]],
    ['Начальник ОВА закликав родини з дітьми негайно виїхати з міста.', 'uk', [{ kind: 'evacuation' }]],
    ['Під окупацією залишається близько 20% території країни.', 'uk', [{ kind: 'control' }]],
    ['Противник нарощує угруповання на Запорізькому напрямку.', 'uk', [{ kind: 'other', actorSide: 'RU' }]],
    ['ВСУ накрыли Донецк из РСЗО.', 'ru', [{ kind: 'strike', actorSide: 'UA' }]],
    ['ВСУ атаковали Горловку 14 беспилотниками.', 'ru', [{ kind: 'strike', actorSide: 'UA' }]],
    ['Расчёты дронов сожгли два БТР противника.', 'ru', [{ kind: 'casualties' }]],
    ['Трое военнослужащих ВСУ взяты в плен.', 'ru', [{ kind: 'casualties' }]],
    ['Губернатор призвал жителей приграничных сёл уехать.', 'ru', [{ kind: 'evacuation' }]],
  ])('%s', (text, lang, expected) => {
    expect(kindsOf(text, lang)).toMatchObject(expected)
  })
})

describe('kinds kept apart', () => {
  it.each<[string, Lang, Row[]]>([
    // An attempt to move out of a place is an assault, not the place retaken.
    ['Russian troops tried to push south out of Kurakhove twice on Friday.', 'en', [{ kind: 'assault', actorSide: 'RU' }]],
    // Taken from someone's control is a capture, not a statement of control.
    ['Russian forces wrested Petropavlivka from Ukrainian control.', 'en', [{ kind: 'capture', actorSide: 'RU' }]],
    // Gathering forces is other activity; the attack it may lead to is a forecast of its own.
    ['Russian forces continue to mass troops near Orikhiv and may try to storm it in the coming days.', 'en', [{ kind: 'other', actorSide: 'RU' }, { kind: 'assault' }]],
    // An attempt to cut roads is an assault.
    ['The enemy is trying to cut the roads into the town.', 'en', [{ kind: 'assault' }]],
    // A flag raised as evidence of a capture named in the same sentence is not a second claim.
    ['Footage shows Russian soldiers raising a flag in Toretsk, indicating that Russian forces seized the town.', 'en', [{ kind: 'capture', actorSide: 'RU' }]],
  ])('%s', (text, lang, expected) => {
    const claims = kindsOf(text, lang)
    expect(claims).toHaveLength(expected.length)
    expect(claims).toMatchObject(expected)
  })
})

describe('the same words in their everyday senses', () => {
  it.each<[string, Lang]>([
    ['The senator was cleared of all charges.', 'en'],
    ['The cabinet took a decision on Monday.', 'en'],
    ['Critics tore into the new budget.', 'en'],
    ['Higher fuel costs pushed up prices in June.', 'en'],
    ['The company moved into a new office.', 'en'],
    ['The economy slipped into recession.', 'en'],
    ['She raised a red flag over the proposal.', 'en'],
    ['The minister gave up smoking.', 'en'],
    ['Prices crept up in the spring.', 'en'],
    ['The mayor reached Washington on Tuesday.', 'en'],
    ['Студенти взяли участь у конференції.', 'uk'],
    ['Господиня накрила стіл для гостей.', 'uk'],
    ['Він здав іспит з математики.', 'uk'],
    ['Пропозиції взяті до уваги.', 'uk'],
    ['Студенты сдали экзамен.', 'ru'],
    ['Подозреваемый взят под стражу.', 'ru'],
    ['Мать накрыла стол к празднику.', 'ru'],
    ['Компания наращивает продажи.', 'ru'],
  ])('no event: %s', (text, lang) => {
    expect(kindsOf(text, lang)).toEqual([])
  })
})

describe('fighting with no side as its subject says the place is contested (gold convention 9)', () => {
  it.each<[string, Lang, Row[]]>([
    ['Fighting for Novoselivka is still going on, a brigade spokesman said.', 'en', [{ kind: 'control', actorSide: null }]],
    ['Street fighting continues in the eastern districts of Myrnohrad.', 'en', [{ kind: 'control', actorSide: null }]],
    ['Тривають запеклі бої за Торецьк.', 'uk', [{ kind: 'control', actorSide: null }]],
    ['Бої за південну околицю міста досі тривають.', 'uk', [{ kind: 'control', actorSide: null }]],
    ['Бои за Северск продолжаются.', 'ru', [{ kind: 'control', actorSide: null }]],
    ['В Гуляйполе идут уличные бои.', 'ru', [{ kind: 'control', actorSide: null }]],
    // A side as the subject keeps its assault, even beside houses; a tally of clashes stays an assault.
    ['Russian units are fighting in the residential blocks of Pokrovsk.', 'en', [{ kind: 'assault', actorSide: 'RU' }]],
    ['Four clashes are still ongoing.', 'en', [{ kind: 'assault', actorSide: null }]],
    ['Окупанти ведуть бої на околицях Часового Яру.', 'uk', [{ kind: 'assault', actorSide: 'RU' }]],
    ['Три боєзіткнення тривають досі.', 'uk', [{ kind: 'assault', actorSide: null }]],
    ['ВСУ ведут бои в промзоне Купянска.', 'ru', [{ kind: 'assault', actorSide: 'UA' }]],
  ])('%s', (text, lang, expected) => {
    const claims = kindsOf(text, lang)
    expect(claims).toHaveLength(expected.length)
    expect(claims).toMatchObject(expected)
  })
})

describe('gains named by what produced them, crossings, positions taken, places held', () => {
  it.each<[string, Lang, Row[]]>([
    ['Russian assaults near Siversk yielded only marginal gains.', 'en', [{ kind: 'assault' }, { kind: 'advance' }]],
    ['Russian units crossed into the Kharkiv region near Vovchansk.', 'en', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Russian troops entered the neighbouring village of Yablunivka.', 'en', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Ukrainian troops are still holding Siversk.', 'en', [{ kind: 'control', actorSide: 'UA' }]],
    ['Ukrainian marines were still defending the village.', 'en', [{ kind: 'control', actorSide: 'UA' }]],
    // "reserves for a push" cancels the push, not the build-up.
    ['Russian commanders are bringing up reserves for an assault on Orikhiv.', 'en', [{ kind: 'other', actorSide: 'RU' }]],
    ['Российские подразделения продвинулись, заняв более выгодные рубежи.', 'ru', [{ kind: 'advance', actorSide: 'RU' }, { kind: 'advance', actorSide: 'RU' }]],
    ['Окупанти зайняли вигідніші позиції біля Ямполя.', 'uk', [{ kind: 'advance', actorSide: 'RU' }]],
  ])('%s', (text, lang, expected) => {
    expect(kindsOf(text, lang)).toMatchObject(expected)
  })

  it.each<[string, Lang]>([
    ['The talks produced no results.', 'en'],
    ['The candidate crossed into the lead in the polls.', 'en'],
    ['The court will hold Kovalenko in custody.', 'en'],
  ])('no event: %s', (text, lang) => {
    expect(kindsOf(text, lang)).toEqual([])
  })
})

describe('area-change told without an event verb: a haul, a total, a share, an area of what was taken', () => {
  type AreaRow = { kind: Claim['kind']; actorSide?: Claim['actorSide']; km2?: number }
  function areasOf(text: string, lang: Lang): AreaRow[] {
    const r = extractClaims({ id: 'doc-area', text, lang, publishedAt: '2026-03-12', outlet: 'Test Wire' })
    return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide, ...(c.quantity?.unit === 'km2' ? { km2: c.quantity.value } : {}) }))
  }
  it.each<[string, Lang, AreaRow[]]>([
    ["July's figure brings Russia's haul for the first seven months to about 2,750 sq km.", 'en', [{ kind: 'area-change', actorSide: 'RU', km2: 2750 }]],
    ["Russia's tally since January now stands at 2,900 square kilometres.", 'en', [{ kind: 'area-change', actorSide: 'RU', km2: 2900 }]],
    ['The push in Zaporizhzhia took the total since January to 1.3 thousand square kilometres.', 'en', [{ kind: 'area-change', km2: 1300 }]],
    ['The Pokrovsk sector accounted for 230 sq km of Russian gains in July.', 'en', [{ kind: 'area-change', actorSide: 'RU', km2: 230 }]],
    ["Some 230 sq km of July's gains were in the Dnipropetrovsk region.", 'en', [{ kind: 'area-change', km2: 230 }]],
    ['The advance takes Russia\'s total gains this year to 3,100 square kilometres.', 'en', [{ kind: 'area-change', actorSide: 'RU', km2: 3100 }]],
    // advances that made up an area figure are that figure's claim
    ['June accounted for about 520 sq km, the largest monthly haul, driven mostly by advances around Kostiantynivka.', 'en', [{ kind: 'area-change', km2: 520 }]],
    ['Площа окупованих у липні територій склала 574 км².', 'uk', [{ kind: 'area-change', km2: 574 }]],
    ['Окупована росіянами площа з початку року перевищила 2,7 тис. кв. км.', 'uk', [{ kind: 'area-change', actorSide: 'RU', km2: 2700 }]],
    ['На Дніпропетровщину припало близько 230 км² цих втрат.', 'uk', [{ kind: 'area-change', km2: 230 }]],
    ['Ще 120 км² припадає на Запорізьку область.', 'uk', [{ kind: 'area-change', km2: 120 }]],
    ['Площадь оккупированных в июле территорий составила 574 кв. км.', 'ru', [{ kind: 'area-change', km2: 574 }]],
    ['На долю Донецкой области пришлось около 230 кв. км.', 'ru', [{ kind: 'area-change', km2: 230 }]],
    ['Еще 120 кв. км приходится на Запорожскую область.', 'ru', [{ kind: 'area-change', km2: 120 }]],
    ['Площадь освобождённых с начала года территорий превысила 4 тыс. кв. км, заявили в Минобороны.', 'ru', [{ kind: 'area-change', km2: 4000 }]],
  ])('%s', (text, lang, expected) => {
    expect(areasOf(text, lang)).toEqual(expected.map((e) => expect.objectContaining(e)))
  })

  it.each<[string, Lang]>([
    // the same words with no ground changing hands: an area that is no gain, a haul or share of something else
    ['The region covers 26,500 sq km.', 'en'],
    ['The total area of the park is 230 sq km.', 'en'],
    ['The fishing haul was 2,000 tonnes.', 'en'],
    ['Pensions account for 30% of the budget.', 'en'],
    ['The wildfire burned 230 sq km of forest.', 'en'],
    ['Площа області становить 26,5 тис. км².', 'uk'],
    ['Площа парку склала 230 км².', 'uk'],
    ['На пенсіонерів припало 30% видатків.', 'uk'],
    ['Площадь области составляет 26,5 тыс. кв. км.', 'ru'],
    ['На долю пенсионеров пришлось 30% расходов.', 'ru'],
    ['Нам пришлось ждать два часа.', 'ru'],
  ])('no claim: %s', (text, lang) => {
    expect(areasOf(text, lang)).toEqual([])
  })
})

describe('evacuation told as an order or a plan', () => {
  it.each<[string, Lang, Row[]]>([
    ['The governor ordered residents of 11 more frontier settlements in two communities to leave.', 'en', [{ kind: 'evacuation' }]],
    ['Residents of Kupiansk were urged to leave.', 'en', [{ kind: 'evacuation' }]],
    ['The authorities would temporarily move residents of six frontier villages to temporary housing.', 'en', [{ kind: 'evacuation' }]],
    ['Officials plan to relocate residents of five villages near the border.', 'en', [{ kind: 'evacuation' }]],
    ['Жителів шести сіл тимчасово переселять.', 'uk', [{ kind: 'evacuation' }]],
    ["Мешканців закликали покинути Куп'янськ.", 'uk', [{ kind: 'evacuation' }]],
    ['Власти решили временно переселить жителей трёх сёл.', 'ru', [{ kind: 'evacuation' }]],
    ['В ближайшие дни вывоз жителей продолжится.', 'ru', [{ kind: 'evacuation' }]],
    ['Жителей призвали покинуть Шебекино.', 'ru', [{ kind: 'evacuation' }]],
  ])('%s', (text, lang, expected) => {
    expect(kindsOf(text, lang)).toMatchObject(expected)
  })
  it.each<[string, Lang]>([
    ['The company ordered staff to leave the office.', 'en'],
    ['She was told to leave the meeting.', 'en'],
    ['The speech moved people to tears.', 'en'],
    ['Переселенці отримають виплати.', 'uk'],
    ['Вывоз мусора продолжится в ближайшие дни.', 'ru'],
  ])('no event: %s', (text, lang) => {
    expect(kindsOf(text, lang)).toEqual([])
  })
})

describe('control told as holding, also object first', () => {
  it.each<[string, Lang, Row[]]>([
    ['Попри заяви росіян, село тримають Сили оборони.', 'uk', [{ kind: 'control', actorSide: 'UA' }]],
    ['Місто досі утримують українські військові.', 'uk', [{ kind: 'control', actorSide: 'UA' }]],
    ["Куп'янськ залишається в руках українських військ.", 'uk', [{ kind: 'control', actorSide: 'UA' }]],
    ['Город удерживают ВСУ.', 'ru', [{ kind: 'control', actorSide: 'UA' }]],
    ['Село по-прежнему контролируют российские войска.', 'ru', [{ kind: 'control', actorSide: 'RU' }]],
    ['Город всё ещё в руках украинских военных.', 'ru', [{ kind: 'control', actorSide: 'UA' }]],
    ['Российские войска держат северную часть Купянска.', 'ru', [{ kind: 'control', actorSide: 'RU' }]],
    ['The village is still held by Ukrainian forces.', 'en', [{ kind: 'control', actorSide: 'UA' }]],
  ])('%s', (text, lang, expected) => {
    expect(kindsOf(text, lang)).toMatchObject(expected)
  })
  it.each<[string, Lang]>([
    ["Він тримає кав'ярню в центрі міста.", 'uk'],
    ['Он держит магазин в центре города.', 'ru'],
    ['The decision remains in the hands of the court.', 'en'],
    ['The record is still held by a Kenyan runner.', 'en'],
  ])('no event: %s', (text, lang) => {
    expect(kindsOf(text, lang)).toEqual([])
  })
})

describe('events in idioms: set ablaze, swallowed up, bitten past, slipped behind, накрыла, отработала по, лишился', () => {
  it.each<[string, Lang, Row[]]>([
    ['Ukrainian drones set fire to an oil storage site in Rylsk.', 'en', [{ kind: 'strike', actorSide: 'UA' }]],
    ['Russian missiles set several warehouses in the port ablaze.', 'en', [{ kind: 'strike', actorSide: 'RU' }]],
    ['Russian troops have swallowed up at least four villages east of the town.', 'en', [{ kind: 'capture', actorSide: 'RU' }]],
    ['Russian troops have bitten some 12km past the regional boundary since May.', 'en', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Russian soldiers slipped behind the village on motorcycles.', 'en', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Air defence crews brought down 46 Ukrainian drones above the Kursk region.', 'en', [{ kind: 'strike', actorSide: 'UA' }]],
    ['Russian forces now sit roughly five miles from its outskirts.', 'en', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Russian commanders had gathered dozens of armored vehicles near Mala Tokmachka.', 'en', [{ kind: 'other', actorSide: 'RU' }]],
    ['The fight for the village goes on day and night.', 'en', [{ kind: 'control', actorSide: null }]],
    ['Наша артилерія накрила скупчення піхоти біля Торецька.', 'uk', [{ kind: 'strike' }]],
    ['Наші аеророзвідники фіксують скупчення піхоти біля Нового Шахового.', 'uk', [{ kind: 'other' }]],
    ['Артиллерия накрыла место расположения подразделения ВСУ у Каменского.', 'ru', [{ kind: 'strike' }]],
    ['По Купянску-Узловому отработала наша авиация.', 'ru', [{ kind: 'strike' }]],
    ['Противник лишился до 120 военнослужащих.', 'ru', [{ kind: 'casualties' }]],
  ])('%s', (text, lang, expected) => {
    expect(kindsOf(text, lang)).toMatchObject(expected)
  })
  it.each<[string, Lang]>([
    ['She set the table ablaze with candles.', 'en'],
    ['The project was behind schedule.', 'en'],
    ['Rising costs have bitten into profits.', 'en'],
    ['The company swallowed up its rivals.', 'en'],
    ['Бригада отработала смену без происшествий.', 'ru'],
    ['Он лишился работы.', 'ru'],
    ['Снег накрыл город.', 'ru'],
    ['Туман накрив місто.', 'uk'],
  ])('no event: %s', (text, lang) => {
    expect(kindsOf(text, lang)).toEqual([])
  })
})
