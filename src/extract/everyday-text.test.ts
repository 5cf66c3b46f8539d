import { describe, expect, it } from 'vitest'
import type { Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Everyday text: sentences of our own, with no war in them, that use the lexicons' event words in
// their everyday senses (leaving a city, taking over a business, a goalkeeper's save, a heart attack,
// a strike over pay, a stock market that advanced). Before the military-context guard
// (military-context.ts) the rules made 38 claims of these 61 sentences; none is a claim. Round 12 added
// sentences that name a city (a name no longer vouches for war when sports, markets or the weather
// are the clause's subject or prize) and munitions bought rather than fired.
const EVERYDAY: Record<Lang, string[]> = {
  en: [
    'The family drove out of the city early on Saturday to visit relatives in the hills.',
    'The council spent billions on shells for the new sports hall and a car park.',
    'Stock prices advanced for a third straight day on Friday.',
    'The young striker captured the attention of scouts from three clubs.',
    'The company took over a rival bakery in the town last year.',
    'She took control of the family business after her father retired.',
    'Dock workers went on strike over pay on Monday.',
    'He suffered a heart attack while jogging in the park.',
    "The band's new single hit the top of the charts within a week.",
    'The home team pushed forward in the second half and scored twice.',
    'Our neighbours moved into a new flat near the river.',
    'The chess champion captured the queen on the twentieth move.',
    'The photographer captured the sunset over the lake.',
    'The farmer cleared the field of stones before ploughing.',
    'The children retreated to the garden when the rain stopped.',
    "Critics shot down the director's latest film.",
    'The shop launched a new range of winter coats.',
    'The museum was evacuated during a fire drill on Tuesday.',
    'The goalkeeper fought off three shots in the last ten minutes.',
    'A heavy lorry hit a lamp post on the ring road, blocking traffic for an hour.',
    'The talks broke down after the union rejected the offer.',
    // Round 12: sports, markets and weather that name a city, attempts at records, munitions bought.
    'She tried to break the national record in Lviv on her third jump.',
    'The visiting team captured the title in Kharkiv after a penalty shoot-out.',
    'Shares fell sharply in Kyiv on Monday while grain prices advanced.',
    'A heat wave struck Odesa on Tuesday, and temperatures topped 38 degrees.',
    'The storm left the village near Poltava in ruins.',
    'A late snowstorm hit Dnipro overnight and closed the airport.',
    'The ministry spent billions on shells for the museum of military history.',
  ],
  uk: [
    'Родина виїхала з міста на вихідні до бабусі.',
    'Фабрика випустила дві тисячі пар взуття за місяць.',
    'Люди вийшли з дому, щоб подивитися на салют.',
    'Він зайшов у магазин по хліб.',
    'Ціни на хліб піднялися на п’ять відсотків.',
    'Наша команда захопила лідерство в чемпіонаті.',
    'Діти захопилися новою грою.',
    'Вона відбила м’яч і виграла сет.',
    'Футболісти атакували ворота суперника весь другий тайм.',
    'Компанія просунулася в рейтингу на три позиції.',
    'Мама вийшла з магазину з двома пакетами.',
    'Ми переїхали до нового будинку в Полтаві.',
    'Бабуся звільнила кімнату для онуків.',
    'Туристи пройшли через ліс до озера.',
    'Учні залишили клас після дзвінка.',
    'Він вдарив по м’ячу і забив гол.',
    'Сусід закрив магазин на обід і поїхав додому.',
    'Студенти зайняли всі місця в залі.',
    'Кіт вибіг на вулицю і сховався під машиною.',
    'Завод відвантажив сто тонн зерна в порт Одеси.',
    'Ураган зруйнував дахи кількох будинків в Одесі.',
    'Збірна Львова захопила титул чемпіона України з волейболу.',
    'Акції металургійних компаній у Києві обвалилися на п’ять відсотків.',
  ],
  ru: [
    'Люди вышли из дома, чтобы встретить гостей.',
    'Он зашёл в магазин за молоком.',
    'Завод выпустил 97 новых автобусов.',
    'Семья уехала из города на дачу.',
    'Команда захватила лидерство в турнире.',
    'Студенты заняли все места в аудитории.',
    'Цены на бензин выросли за месяц на три процента.',
    'Он ударил по мячу, и мяч попал в штангу.',
    'Бабушка освободила комнату для внуков.',
    'Компания продвинулась в рейтинге на две позиции.',
    'Туристы прошли через лес к озеру.',
    'Дети отступили от края бассейна.',
    'Футболисты атаковали ворота соперника весь второй тайм.',
    'Вратарь отбил пенальти в конце матча.',
    'Школьники покинули класс после звонка.',
    'Мы переехали в новую квартиру в Харькове.',
    'Магазин закрылся на обед.',
    'Рынок акций обвалился на четыре процента.',
    'Кошка выбежала на улицу и спряталась под машиной.',
    'Она взяла под контроль семейный бюджет.',
    'Снегопад накрыл Харьков в ночь на среду.',
    'Сборная Днепра захватила кубок страны по гандболу.',
    'Буря обрушилась на Одессу и повалила деревья.',
  ],
}

function claimsOf(text: string, lang: Lang, outlet: string | null = null): string[] {
  const r = extractClaims({ id: 'doc-everyday', text, lang, publishedAt: '2026-11-20', outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => `${c.kind}: ${text.slice(c.span[0], c.span[1])}`)
}

describe('an event word in everyday text, with nothing of war near it, is no claim', () => {
  for (const lang of ['en', 'uk', 'ru'] as const) {
    it(`${lang}: ${EVERYDAY[lang].length} sentences, no claim`, () => {
      expect(EVERYDAY[lang].flatMap((s) => claimsOf(s, lang))).toEqual([])
    })
  }

  it('whatever side the outlet is on', () => {
    expect(EVERYDAY.uk.flatMap((s) => claimsOf(s, 'uk', 'Суспільне'))).toEqual([])
    expect(EVERYDAY.ru.flatMap((s) => claimsOf(s, 'ru', 'ТАСС'))).toEqual([])
  })

  it('a whole everyday report, read as one document', () => {
    const match = 'The visitors attacked from the first whistle and pushed forward down the left. Their striker captured the headlines with two goals. The home side retreated into defence and held on until the final minutes.'
    expect(claimsOf(match, 'en')).toEqual([])
    const day = 'Вранці родина виїхала з міста на дачу. Діти вийшли з дому раніше за всіх. Батько зайшов у магазин по воду, а мама звільнила багажник для речей.'
    expect(claimsOf(day, 'uk')).toEqual([])
    const market = 'Акции компании за неделю продвинулись на 4%. Конкурент захватил треть рынка. Инвесторы покинули сектор после отчёта.'
    expect(claimsOf(market, 'ru')).toEqual([])
  })
})

describe('the same words with war near them stay claims', () => {
  it.each<[string, Lang, string]>([
    ['Russian troops drove Ukrainian units out of the village after three days of fighting.', 'en', 'capture'],
    ['The enemy retreated to the tree line when the drones arrived.', 'en', 'withdrawal'],
    ['Ворог зайшов у промзону на півночі міста.', 'uk', 'advance'],
    ['Наші бійці вийшли з Кліщіївки на нові рубежі.', 'uk', 'withdrawal'],
    ['Подразделения ВСУ покинули село под Купянском.', 'ru', 'withdrawal'],
    ['Противник отступил от края лесополосы.', 'ru', 'withdrawal'],
  ])('%s', (text, lang, kind) => {
    expect(claimsOf(text, lang).map((c) => c.split(':')[0])).toContain(kind)
  })

  it('a weather or market sentence inside a war report stays everyday', () => {
    const report = 'Russian drones hit Odesa overnight, the governor said. A heat wave struck the city on Tuesday. Grain prices advanced in Kyiv.'
    expect(claimsOf(report, 'en').map((c) => c.split(':')[0])).toEqual(['strike'])
  })

  it('war words keep the claim: a storm of a town, a side before the verb, shells fired', () => {
    expect(claimsOf('Bad weather slowed Russian advances near Pokrovsk.', 'en').map((c) => c.split(':')[0])).toContain('advance')
    expect(claimsOf('The enemy shells Nikopol with artillery every night.', 'en').map((c) => c.split(':')[0])).toContain('strike')
    expect(claimsOf('Russian troops storm Kupiansk from the north.', 'en').map((c) => c.split(':')[0])).toContain('assault')
  })

  it('a sentence with no word of war of its own takes it from its neighbours', () => {
    // A toll after the strike it results from; a headline over its body.
    expect(claimsOf('Дрони атакували Харків уночі. Постраждали двоє чоловіків.', 'uk').map((c) => c.split(':')[0])).toEqual(['strike', 'casualties'])
    expect(claimsOf('Slower, but still grinding forward\n\nRussian forces gained 410 sq km in May, down from 520 in April.', 'en').map((c) => c.split(':')[0])).toContain('area-change')
    expect(claimsOf('Жителей сёл возле Грайворона вывозят в Белгород. Обстрелы приграничья не прекращаются.', 'ru').map((c) => c.split(':')[0])).toContain('evacuation')
  })
})
