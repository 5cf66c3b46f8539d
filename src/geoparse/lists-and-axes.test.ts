// Rules found by running real reports through the pipeline, tested on sentences the team wrote in the
// three languages: a noun after a list applies to the whole list (regions, directions, districts);
// regions by their colloquial names; axis adjectives name their town (with the adjective's vowel
// change undone); the places a report lists together, and the axis a sentence names, outweigh a
// far-away namesake.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Place } from '../domain/index.js'
import { type Gazetteer, geoparseText, loadGazetteer } from './index.js'

let g: Gazetteer
beforeAll(() => {
  g = loadGazetteer()
})

function places(text: string): Place[] {
  return geoparseText(text, g).value
}

/** The n-th place (0-based) whose mention starts with `mention`. */
function placeFor(text: string, mention: string, n = 0): Place | undefined {
  return places(text).filter((p) => p.mention.startsWith(mention))[n]
}

interface Row {
  readonly text: string
  readonly mention: string
  readonly name: string
  readonly admin1?: string
  readonly kind?: Place['kind']
  readonly n?: number
}

function table(rows: readonly Row[]) {
  it.each(rows)('$text → $mention = $name', (row) => {
    const p = placeFor(row.text, row.mention, row.n)
    expect(p, `no place for '${row.mention}' in: ${JSON.stringify(places(row.text).map((x) => x.mention))}`).toBeDefined()
    expect(p!.name).toBe(row.name)
    if (row.admin1) expect(p!.admin1).toBe(row.admin1)
    if (row.kind) expect(p!.kind).toBe(row.kind)
    expect(row.text.slice(p!.span[0], p!.span[1])).toBe(p!.mention)
  })
}

describe('a list of regions before a plural noun names regions, not their capitals', () => {
  table([
    { text: 'Russian strikes hit the Zaporizhzhia and Dnipropetrovsk regions overnight.', mention: 'Zaporizhzhia', name: 'Zaporizhzhia Oblast', kind: 'region' },
    { text: 'Russian strikes hit the Zaporizhzhia and Dnipropetrovsk regions overnight.', mention: 'Dnipropetrovsk', name: 'Dnipropetrovsk Oblast', kind: 'region' },
    { text: 'At the junction of Donetsk, Dnipropetrovsk and Zaporizhzhia regions, Russian units were pushed back.', mention: 'Donetsk', name: 'Donetsk Oblast', kind: 'region' },
    { text: 'Air defence was active in the Odesa, Vinnytsia and Kyiv oblasts.', mention: 'Vinnytsia', name: 'Vinnytsia Oblast', kind: 'region' },
    { text: 'Обстріли Донецької та Запорізької областей не припинялися.', mention: 'Донецької', name: 'Donetsk Oblast', kind: 'region' },
    { text: 'Тривога у Харківській, Сумській і Чернігівській областях.', mention: 'Сумській', name: 'Sumy Oblast', kind: 'region' },
    { text: 'Бои идут в Запорожской и Херсонской областях.', mention: 'Запорожской', name: 'Zaporizhzhia Oblast', kind: 'region' },
    { text: 'Беспилотники сбиты над Донецкой и Луганской области.', mention: 'Донецкой', name: 'Donetsk Oblast', kind: 'region' },
    // A Russian district names its centre town (find-mentions.ts russianDistrictTowns).
    { text: 'Удары по Глушковскому и Суджанскому районам Курской области.', mention: 'Глушковскому', name: 'Glushkovsky District', kind: 'district' },
  ])

  it('keeps a town before a singular noun in English ("Zaporizhzhia and the Dnipropetrovsk region")', () => {
    expect(placeFor('Strikes on Zaporizhzhia and Dnipropetrovsk region.', 'Zaporizhzhia')?.kind).toBe('settlement')
    expect(placeFor('Strikes on Zaporizhzhia and the Dnipropetrovsk region.', 'Zaporizhzhia')?.kind).toBe('settlement')
  })

  it('ends the list at an item that names no region ("Kupiansk, Kharkiv and Sumy regions")', () => {
    const text = 'Shelling of Kupiansk, Kharkiv and Sumy regions.'
    expect(placeFor(text, 'Kupiansk')?.kind).toBe('settlement')
    expect(placeFor(text, 'Kharkiv')?.kind).toBe('region')
  })
})

describe('regions by their colloquial names', () => {
  table([
    { text: 'Ворог обстріляв населені пункти на Запоріжжі.', mention: 'Запоріжжі', name: 'Zaporizhzhia Oblast', kind: 'region' },
    { text: 'У Запоріжжі пролунали вибухи.', mention: 'Запоріжжі', name: 'Zaporizhzhia', kind: 'settlement' },
    { text: 'Росія готує наступ на Запоріжжя.', mention: 'Запоріжжя', name: 'Zaporizhzhia', kind: 'settlement' },
    { text: 'Обстановка на Запорожье остается тяжелой.', mention: 'Запорожье', name: 'Zaporizhzhia Oblast', kind: 'region' },
    { text: 'В Запорожье прогремели взрывы.', mention: 'Запорожье', name: 'Zaporizhzhia', kind: 'settlement' },
    { text: 'На Донеччині загинули двоє цивільних, на Харківщині — один.', mention: 'Харківщині', name: 'Kharkiv Oblast', kind: 'region' },
    { text: 'На Харківщині та Сумщині обстріляли Краснопілля, Білопілля й Велику Писарівку.', mention: 'Харківщині', name: 'Kharkiv Oblast', kind: 'region' },
    { text: 'На Донетчине и Харьковщине продолжаются бои.', mention: 'Донетчине', name: 'Donetsk Oblast', kind: 'region' },
    { text: 'Russian shelling in Kharkivshchyna killed two.', mention: 'Kharkivshchyna', name: 'Kharkiv Oblast', kind: 'region' },
  ])
})

describe('axis adjectives name the town the axis is named after', () => {
  table([
    { text: 'Найбільше атак — на Гуляйпільському напрямку.', mention: 'Гуляйпільському', name: 'Huliaipole', admin1: 'Zaporizhzhia Oblast' },
    { text: 'На Курахівському напрямку ворог атакував 12 разів.', mention: 'Курахівському', name: 'Kurakhove', admin1: 'Donetsk Oblast' },
    { text: 'На Костянтинівському напрямку тривають бої.', mention: 'Костянтинівському', name: 'Kostiantynivka', admin1: 'Donetsk Oblast' },
    { text: 'На Гуляйпольском направлении противник наступал.', mention: 'Гуляйпольском', name: 'Huliaipole', admin1: 'Zaporizhzhia Oblast' },
    { text: 'На Кураховском направлении отражено 20 атак.', mention: 'Кураховском', name: 'Kurakhove', admin1: 'Donetsk Oblast' },
    { text: 'The enemy was most active on the Huliaipilske direction.', mention: 'Huliaipilske', name: 'Huliaipole', admin1: 'Zaporizhzhia Oblast' },
    { text: 'Fighting continued on the Kurakhivskyi axis.', mention: 'Kurakhivskyi', name: 'Kurakhove', admin1: 'Donetsk Oblast' },
    { text: 'Бої тривають на Покровському та Костянтинівському напрямках.', mention: 'Покровському', name: 'Pokrovsk', admin1: 'Donetsk Oblast' },
    { text: 'Бої тривають на Покровському та Костянтинівському напрямках.', mention: 'Костянтинівському', name: 'Kostiantynivka', admin1: 'Donetsk Oblast' },
    { text: 'Наступление на Купянском и Лиманском направлениях.', mention: 'Лиманском', name: 'Lyman', admin1: 'Donetsk Oblast' },
    { text: 'Fighting continues on the Kupiansk, Lyman, Sloviansk and Kostiantynivka directions.', mention: 'Lyman', name: 'Lyman', admin1: 'Donetsk Oblast' },
  ])

  it('reads a lower-case axis adjective as the capitalised one ("на константиновском направлении")', () => {
    const rows = [
      { text: 'Около 700 кв. км российская армия заняла на константиновском направлении.', mention: 'константиновском', name: 'Kostiantynivka' },
      { text: 'На покровському напрямку ворог атакував 20 разів.', mention: 'покровському', name: 'Pokrovsk' },
      { text: 'Бої тривають на лиманському та костянтинівському напрямках.', mention: 'лиманському', name: 'Lyman' },
      { text: 'Бої тривають на лиманському та костянтинівському напрямках.', mention: 'костянтинівському', name: 'Kostiantynivka' },
      { text: 'Наступление идёт на гуляйпольском, ореховском направлениях.', mention: 'гуляйпольском', name: 'Huliaipole' },
      { text: "Ворог тисне на куп'янському напрямку.", mention: "куп'янському", name: 'Kupiansk' },
    ]
    for (const row of rows) expect(placeFor(row.text, row.mention)?.name, row.text).toBe(row.name)
  })

  it('leaves lower-case words before a direction noun that name no town, and lower-case adjectives before other nouns', () => {
    for (const text of [
      'На южном направлении и на основном направлении противник активен.',
      'Противник отошёл в обратном направлении.',
      'На цьому напрямку ворог активний, на всіх напрямках тривають бої.',
      'Бої у покровському районі тривали всю ніч.',
      'the pokrovsk direction was quiet',
    ])
      expect(places(text), text).toEqual([])
  })

  it('does not take a former name of a city for an axis ("Oleksandrivsk direction" is not Zaporizhzhia)', () => {
    const p = placeFor('Syrskyi said that on the Oleksandrivsk direction the enemy lost ground.', 'Oleksandrivsk')!
    expect(p.name).not.toBe('Zaporizhzhia')
    expect(p.alternatives.some((a) => a.name === 'Oleksandrivka' && a.admin1 === 'Donetsk Oblast')).toBe(true)
  })

  it('still reads a curated former name as the town (Artemovsk, Krasny Liman)', () => {
    expect(placeFor('Бои в Артемовске продолжаются.', 'Артемовске')?.name).toBe('Bakhmut')
    expect(placeFor('Krasny Liman was liberated in October.', 'Krasny Liman')?.name).toBe('Lyman')
  })
})

describe('case forms found in real reports', () => {
  table([
    { text: 'Бої точилися біля Ступочок і Кліщіївки.', mention: 'Ступочок', name: 'Stupochky', admin1: 'Donetsk Oblast' },
    { text: 'Окупанти обстріляли околиці Кринок.', mention: 'Кринок', name: 'Krynky', admin1: 'Kherson Oblast' },
    { text: 'ВС РФ заняли Поддубное.', mention: 'Поддубное', name: 'Piddubne', admin1: 'Donetsk Oblast' },
    { text: 'Бои в районе Суджанского района Курской области.', mention: 'Суджанского', name: 'Sudzhansky District', admin1: 'Kursk Oblast' },
  ])

  it('finds Russian spellings of Ukrainian villages that differ by a rule, not by a letter', () => {
    const rows = [
      { text: 'Противник пытался контратаковать у Николайполья.', mention: 'Николайполья', name: 'Mykolaipillia' },
      { text: 'Российские войска закрепились в промзоне Алексеево-Дружковки.', mention: 'Алексеево-Дружковки', name: 'Oleksiievo-Druzhkivka' },
      { text: 'ВС РФ освободили Купянск-Узловой.', mention: 'Купянск-Узловой', name: 'Kupiansk-Vuzlovyi' },
      { text: 'Бои идут в Купянске-Узловом.', mention: 'Купянске-Узловом', name: 'Kupiansk-Vuzlovyi' },
      { text: 'Штурмовики зашли в Иванополье с юга.', mention: 'Иванополье', name: 'Ivanopillia' },
      { text: 'Подразделения выбили противника из Малых Щербаков.', mention: 'Малых Щербаков', name: 'Mali Shcherbaky' },
      { text: 'Подразделения ВСУ начали отход с позиций у Ступочек.', mention: 'Ступочек', name: 'Stupochky' },
      { text: 'Продолжаем вывозить жителей Тёткино.', mention: 'Тёткино', name: 'Tëtkino' },
      { text: 'Удар по Теткино Курской области.', mention: 'Теткино', name: 'Tëtkino' },
    ]
    for (const row of rows) expect(placeFor(row.text, row.mention)?.name, row.text).toBe(row.name)
    // The Ukrainian and English spellings still find them.
    expect(placeFor("Бої тривають у Куп'янську-Вузловому.", "Куп'янську-Вузловому")?.name).toBe('Kupiansk-Vuzlovyi')
    expect(placeFor('Fighting near Mykolaipillia and Stupochky.', 'Mykolaipillia')?.name).toBe('Mykolaipillia')
  })

  it('does not take an outlet masthead or "Тим часом" for a place', () => {
    expect(places('Sapozhnyk said in an interview with the Kyiv Independent that the attack failed.')).toEqual([])
    expect(places('The Kyiv Post reported the strike.')).toEqual([])
    expect(places("Тим часом російська авіація б'є по місту.")).toEqual([])
    expect(placeFor('Russian missiles struck Kyiv overnight.', 'Kyiv')?.name).toBe('Kyiv')
    expect(placeFor('Дрон атакував Тим у Курській області.', 'Тим')?.name).toBe('Tim')
  })

  it('does not take a language label for a town ("Українська")', () => {
    expect(places('Мова: Українська. Читайте також: Українська правда.')).toEqual([])
  })
})

// A General Staff-style summary, written by the team, that names strikes far from the front first
// (Odesa, Vinnytsia) and then axis after axis. Every namesake below has a far-away twin.
const REPORTS = {
  en: `Overnight, the enemy attacked Ukraine with 120 drones; air defence was active in the Odesa, Vinnytsia and Kyiv regions. Debris fell in Odesa.
On the Lyman direction, Russian forces attacked 11 times near Zarichne, Torske, Yampol, Serebrianka and towards Siversk.
On the Novopavlivka direction, fighting took place near Uspenivka, Horikhove and Novoocheretuvate.
On the Huliaipole direction, Russian troops attacked near Zelenyi Hai and Uspenivka.`,
  uk: `Вночі ворог атакував Україну 120 дронами; протиповітряна оборона працювала в Одеській, Вінницькій і Київській областях. Уламки впали в Одесі.
На Лиманському напрямку російські війська 11 разів атакували біля Зарічного, Торського, Ямполя, Серебрянки та в бік Сіверська.
На Новопавлівському напрямку бої тривали біля Успенівки, Горіхового та Новоочеретуватого.
На Гуляйпільському напрямку окупанти атакували біля Зеленого Гаю та Успенівки.`,
  ru: `Ночью противник атаковал Украину 120 дронами; ПВО работала в Одесской, Винницкой и Киевской областях. Обломки упали в Одессе.
На Лиманском направлении российские войска 11 раз атаковали у Заречного, Торского, Ямполя, Серебрянки и в сторону Северска.
На Новопавловском направлении бои шли у Успеновки и Новоочеретоватого.
На Гуляйпольском направлении оккупанты атаковали у Зеленого Гая и Успеновки.`,
}

describe('two names listed together lie together', () => {
  // Each text names the Donetsk front first, so a Donetsk namesake (Sartana, once Приморское) has the
  // document's regional prior; the village listed with a Zaporizhzhia town is still the Zaporizhzhia one
  // (the Russian text resolved to Sartana before names listed together counted double).
  it.each([
    ['ru', 'Подразделения группировки «Юг» освободили Русин Яр Донецкой Народной Республики. В Константиновке продолжаются бои. Поражены скопления живой силы ВСУ в районах Степногорска и Приморского.', 'Приморского'],
    ['uk', 'Росіяни заявили про захоплення Русиного Яру в Донецькій області. У Костянтинівці тривають бої. Уражено скупчення ворога в районах Степногірська та Приморського.', 'Приморського'],
    ['en', 'Russia said it took Rusyn Yar in the Donetsk region. Fighting continues in Kostiantynivka. Russian strikes hit Ukrainian troops near Stepnohirsk and Prymorske.', 'Prymorske'],
  ])('%s: the village listed with Stepnohirsk is the Zaporizhzhia one', (_lang, text, mention) => {
    expect(placeFor(text, mention)).toMatchObject({ name: 'Prymorske', admin1: 'Zaporizhzhia Oblast' })
  })

  it('a name only in a later sentence is not listed with it', () => {
    const text = 'Бои у Русина Яра продолжаются, а в Приморском под Мариуполем прогремели взрывы. Степногорск обстрелян.'
    expect(placeFor(text, 'Приморском')?.admin1).toBe('Donetsk Oblast')
  })
})

describe('the places a report lists together outweigh a far-away namesake', () => {
  const names = {
    en: { yampil: 'Yampol', uspenivka: 'Uspenivka', odesaRegion: 'Odesa', odesa: 'Odesa' },
    uk: { yampil: 'Ямполя', uspenivka: 'Успенівки', odesaRegion: 'Одеській', odesa: 'Одесі' },
    ru: { yampil: 'Ямполя', uspenivka: 'Успеновки', odesaRegion: 'Одесской', odesa: 'Одессе' },
  }
  it.each(['en', 'uk', 'ru'] as const)('%s: Yampil by Siversk, each Uspenivka on its own axis, the regions as regions', (lang) => {
    const text = REPORTS[lang]
    const n = names[lang]
    expect(placeFor(text, n.yampil)).toMatchObject({ name: 'Yampil', admin1: 'Donetsk Oblast' })
    // The Novopavlivka-axis Uspenivka is the Donetsk one, the Huliaipole-axis one the Zaporizhzhia one.
    expect(placeFor(text, n.uspenivka, 0)?.admin1).toBe('Donetsk Oblast')
    expect(placeFor(text, n.uspenivka, 1)?.admin1).toBe('Zaporizhzhia Oblast')
    expect(placeFor(text, n.odesaRegion, 0)).toMatchObject({ kind: 'region', admin1: 'Odesa Oblast' })
    expect(places(text).find((p) => p.mention.startsWith(n.odesa) && p.kind === 'settlement')?.name).toBe('Odesa')
  })
})

// README convention 25: a town named as a noun before a list of hromada or raion adjectives is the
// town itself, not a raion named after it (phrasings of our own).
describe('a town before a list of hromadas stays a town', () => {
  table([
    { text: 'Вранці окупанти вдарили по Нікополю, Марганецькій та Червоногригорівській громадах.', mention: 'Нікополю', name: 'Nikopol', kind: 'settlement' },
    { text: 'Дрони атакували Нікополь, Марганецьку й Червоногригорівську громади.', mention: 'Нікополь', name: 'Nikopol', kind: 'settlement' },
    { text: 'Дрони атакували Нікополь, Марганецьку й Червоногригорівську громади.', mention: 'Марганецьку', name: 'Marhanets' },
  ])
})
