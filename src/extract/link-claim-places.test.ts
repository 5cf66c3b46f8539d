import { describe, expect, it } from 'vitest'
import type { Claim, Place } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'
import { linkClaimPlaces, linkDuplicateClaims } from './link-claim-places.js'

/** A place found at the first occurrence of `mention` (a stand-in for the geoparser's output). */
function place(text: string, mention: string, kind: Place['kind'] = 'settlement', name = mention, occurrence = 0): Place {
  let at = -1
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(mention, at + 1)
  return { mention, span: [at, at + mention.length], id: `id-${name}`, name, admin1: null, country: 'UA', lat: 48, lon: 37, kind, confidence: 0.9, alternatives: [] }
}

function linked(text: string, places: (t: string) => Place[], lang: 'en' | 'uk' | 'ru' = 'en'): [string, string[]][] {
  const r = extractClaims({ id: 'd', text, lang, publishedAt: '2025-12-12', outlet: 'Test Wire' })
  const ps = places(text)
  return linkClaimPlaces(text, r.value.claims, r.value.anchors, ps).map((c) => [c.kind, c.places.map((i) => ps[i]!.name)])
}

describe('linkClaimPlaces', () => {
  it('links each claim to the places of its own clause', () => {
    expect(linked('Russian forces captured Siversk, but Ukrainian troops repelled attacks near Lyman.', (t) => [place(t, 'Siversk'), place(t, 'Lyman')])).toEqual([
      ['capture', ['Siversk']],
      ['repelled', ['Lyman']],
    ])
  })

  it('links "the town" to the settlement an earlier claim is about, not to places in asides or attributions', () => {
    expect(
      linked('Ukrainian troops pushed Russian forces out of Kindrashivka, said a spokesman for the Kharkiv group. Russian forces are trying to encircle the town, which lies on the Oskil River.', (t) => [
        place(t, 'Kindrashivka'),
        place(t, 'Kharkiv'),
        place(t, 'Oskil', 'river'),
      ]),
    ).toEqual([
      ['capture', ['Kindrashivka']],
      ['assault', ['Kindrashivka']],
    ])
  })

  it('drops a region when a settlement is named, and a reference point when the place itself is', () => {
    expect(
      linked('Ukrainian forces recaptured Kindrashivka north of Kupiansk in the Kharkiv region.', (t) => [place(t, 'Kindrashivka'), place(t, 'Kupiansk'), place(t, 'Kharkiv', 'settlement')]),
    ).toEqual([['capture', ['Kindrashivka']]])
  })

  it('leaves out places named in the attribution and in unit names', () => {
    expect(
      linked('Russian forces advanced near Pokrovsk, said a spokesman for the Kharkiv group. Battlegroup Dnepr units repelled attacks near Kamianske.', (t) => [
        place(t, 'Pokrovsk'),
        place(t, 'Kharkiv'),
        place(t, 'Dnepr', 'settlement', 'Dnipro'),
        place(t, 'Kamianske'),
      ]),
    ).toEqual([
      ['advance', ['Pokrovsk']],
      ['repelled', ['Kamianske']],
    ])
  })

  it.each<[string, 'uk' | 'ru', string, string]>([
    ['Подразделения группировки войск «Днепр» ведут зачистку села Приморское Запорожской области.', 'ru', 'Днепр', 'Приморское'],
    ['Подразделения группировки войск "Днепр" освободили Степногорск.', 'ru', 'Днепр', 'Степногорск'],
    ['Міноборони РФ заявило, що підрозділи угруповання «Дніпро» нібито звільнили Степногірськ.', 'uk', 'Дніпро', 'Степногірськ'],
    ['Угруповання військ «Дніпро» захопило Степногірськ.', 'uk', 'Дніпро', 'Степногірськ'],
  ])('leaves out a Russian group of forces named after a place: %s', (text, lang, unit, village) => {
    const claims = linked(text, (t) => [place(t, unit, 'settlement', 'Dnipro'), place(t, village)], lang)
    expect(claims).toHaveLength(1)
    expect(claims[0]![1]).toEqual([village])
  })

  it.each<[string, 'en' | 'uk' | 'ru', string, string]>([
    ['KHARKIV, Ukraine (AP) — Ukrainian troops have cleared Russian forces from Kindrashivka, a battalion commander said.', 'en', 'KHARKIV', 'Kindrashivka'],
    ["SUMY, Ukraine - Russia's defence ministry said its forces had captured Yablunivka.", 'en', 'SUMY', 'Yablunivka'],
    ['ДНІПРО, Україна — Окупанти зайняли село Іванівка.', 'uk', 'ДНІПРО', 'Іванівка'],
    ['ДОНЕЦК, 5 декабря — Российские войска заняли Ивановку.', 'ru', 'ДОНЕЦК', 'Ивановку'],
  ])('leaves out the city of a dateline in capitals: %s', (text, lang, city, village) => {
    const claims = linked(text, (t) => [place(t, city), place(t, village)], lang)
    expect(claims).toHaveLength(1)
    expect(claims[0]![1]).toEqual([village])
  })

  it.each<[string, 'uk' | 'ru', string, string]>([
    ['Южнее идёт зачистка Успеновки.', 'ru', 'Южнее', 'Успеновки'],
    ['Північніше окупанти атакували поблизу Іванівки.', 'uk', 'Північніше', 'Іванівки'],
  ])('leaves out a comparative of direction a gazetteer took for a village: %s', (text, lang, adverb, village) => {
    const claims = linked(text, (t) => [place(t, adverb, 'settlement', 'Yuzhne'), place(t, village)], lang)
    expect(claims).toHaveLength(1)
    expect(claims[0]![1]).toEqual([village])
  })

  it('lets a clause pointing back at "the city" take the sentence’s place', () => {
    expect(linked('Putin said Russian forces had taken Kupiansk and that Ukrainian troops in the city were surrounded.', (t) => [place(t, 'Kupiansk')])).toEqual([
      ['capture', ['Kupiansk']],
      ['encirclement', ['Kupiansk']],
    ])
  })
})

/** Places at each listed mention's first occurrence; a `[mention, kind]` pair gives the kind. */
function at(...mentions: (string | [string, Place['kind']])[]): (t: string) => Place[] {
  return (t) => mentions.map((m) => (typeof m === 'string' ? place(t, m) : place(t, m[0], m[1])))
}

describe('linkClaimPlaces: clause scope and context words', () => {
  it.each<[string, 'en' | 'uk' | 'ru', (string | [string, Place['kind']])[], string[]]>([
    ['On the Siversk direction, Russian troops attacked near Zvanivka and Vyimka.', 'en', ['Siversk', 'Zvanivka', 'Vyimka'], ['Zvanivka', 'Vyimka']],
    ['На Сіверському напрямку окупанти атакували поблизу Званівки та Виїмки.', 'uk', ['Сіверському', 'Званівки', 'Виїмки'], ['Званівки', 'Виїмки']],
    ['На Северском направлении ВСУ пытались атаковать у Звановки.', 'ru', ['Северском', 'Звановки'], ['Звановки']],
  ])('drops an axis named beside settlements: %s', (text, lang, mentions, expected) => {
    const claims = linked(text, at(...mentions), lang)
    expect(claims.length).toBeGreaterThan(0)
    expect(claims[0]![1]).toEqual(expected)
  })

  it.each<[string, 'en' | 'uk' | 'ru', string]>([
    ['Russian forces advanced on the Siversk direction.', 'en', 'Siversk'],
    ['На Сіверському напрямку окупанти атакували 12 разів.', 'uk', 'Сіверському'],
  ])('keeps the axis town when the clause names no settlement: %s', (text, lang, axis) => {
    expect(linked(text, at(axis), lang)[0]![1]).toEqual([axis])
  })

  it('drops a raion header and a city district beside the settlement', () => {
    const text = 'Ізюмський район: унаслідок обстрілу Балаклії поранено жінку.'
    const claims = linked(text, at(['Ізюмський район', 'district'], 'Балаклії'), 'uk')
    expect(claims.length).toBeGreaterThan(0)
    for (const [, names] of claims) expect(names).toEqual(['Балаклії'])
  })

  it.each<[string, 'en' | 'uk' | 'ru', string[], string[]]>([
    ['Russian troops captured Zvanivka, 9 km from Siversk.', 'en', ['Zvanivka', 'Siversk'], ['Zvanivka']],
    ['Окупанти захопили Званівку за 9 км від Сіверська.', 'uk', ['Званівку', 'Сіверська'], ['Званівку']],
    ['Российские войска освободили Звановку в 9 км от Северска.', 'ru', ['Звановку', 'Северска'], ['Звановку']],
    ['Russian troops captured Zvanivka, which lies on the road from Siversk to Bakhmut.', 'en', ['Zvanivka', 'Siversk', 'Bakhmut'], ['Zvanivka']],
  ])('drops a reference point when the clause names the place itself: %s', (text, lang, mentions, expected) => {
    expect(linked(text, at(...mentions), lang)[0]![1]).toEqual(expected)
  })

  it('drops both towns of a road named as a reference point', () => {
    expect(linked('Russian troops captured Zvanivka, the village on the road from Siversk to Bakhmut.', at('Zvanivka', 'Siversk', 'Bakhmut'))[0]![1]).toEqual(['Zvanivka'])
  })

  it.each<[string, 'en' | 'uk' | 'ru', string[], string[]]>([
    ['Russian drones attacked the Sumy region overnight. Air defence shot down 40 drones over the region, the governor said.', 'en', ['Sumy region'], ['Sumy region']],
    ['Росіяни атакували Сумщину дронами. Сили ППО збили над областю 40 безпілотників.', 'uk', ['Сумщину'], ['Сумщину']],
  ])('a clause pointing back at "the region" takes the region named before: %s', (text, lang, mentions, expected) => {
    const claims = linked(text, (t) => mentions.map((m) => place(t, m, 'region')), lang)
    expect(claims.at(-1)![1]).toEqual(expected)
  })

  it('a region named with its adjective is a name, not a pointer back', () => {
    const text = 'Росіяни атакували Сумщину дронами. Сили ППО збили над Харківською областю 40 безпілотників.'
    const claims = linked(text, (t) => [place(t, 'Сумщину', 'region')], 'uk')
    expect(claims.at(-1)![1]).toEqual([])
  })

  it.each<[string, 'en' | 'uk' | 'ru', string, string]>([
    ["Окупанти намагалися прорватися до Виїмки з боку Званівки, однак усі спроби зупинили.", 'uk', 'Виїмки', 'Званівки'],
    ['Противник пытался прорваться к Выемке со стороны Звановки.', 'ru', 'Выемке', 'Звановки'],
    ['Russian troops tried to break into Vyimka from the direction of Zvanivka.', 'en', 'Vyimka', 'Zvanivka'],
  ])('a place the attack comes from ("з боку", "со стороны") is a reference point: %s', (text, lang, target, from) => {
    expect(linked(text, at(target, from), lang)[0]![1]).toEqual([target])
  })

  it('drops a bracketed reference point after the place it locates', () => {
    expect(linked('Russian forces recently advanced west of Zvanivka (northeast of Siversk).', at('Zvanivka', 'Siversk'))[0]![1]).toEqual(['Zvanivka'])
  })

  it('drops a place named in a region’s descriptive aside', () => {
    const text = "In Russia's Kursk region, which borders Sumy, a Ukrainian drone hit a car in the town of Rylsk, the governor said."
    const claims = linked(text, at(['Kursk region', 'region'], 'Sumy', 'Rylsk'))
    expect(claims[0]![1]).toEqual(['Rylsk'])
  })

  it('keeps a reference point when "its centre" has nothing earlier to point at', () => {
    const claims = linked('Russian troops have advanced to within 5 km of Siversk, and the streets of its centre are empty.', at('Siversk'))
    expect(claims[0]![1]).toEqual(['Siversk'])
  })

  it('keeps a distance’s town when it is the only place (an advance on it)', () => {
    expect(linked('Russian troops have advanced to within 5 km of Siversk.', at('Siversk'))[0]![1]).toEqual(['Siversk'])
  })

  it('takes "the town" over a road’s town named only as a reference point', () => {
    const claims = linked('Russian forces captured Siversk on Monday. Ukrainian troops can now leave the town only along the Bakhmut road.', at('Siversk', 'Bakhmut'))
    expect(claims.at(-1)![1]).toEqual(['Siversk'])
  })

  it('never takes the yardstick of a comparison', () => {
    const claims = linked('Russian forces have seized 2,300 square kilometres this year, an area larger than Luxembourg.', at('Luxembourg'))
    expect(claims.length).toBeGreaterThan(0)
    expect(claims[0]![1]).toEqual([])
  })

  it.each<[string, 'en' | 'uk' | 'ru']>([
    ['The General Staff counted 120 Russian assaults across the whole front, with the Siversk sector the busiest.', 'en'],
    ['На всіх напрямках окупанти здійснили 140 атак, найбільше на Сіверському.', 'uk'],
  ])('gives a whole-front tally no place: %s', (text, lang) => {
    const claims = linked(text, at(text.includes('Siversk') ? 'Siversk' : 'Сіверському'), lang)
    expect(claims.length).toBeGreaterThan(0)
    expect(claims[0]![1]).toEqual([])
  })
})

describe('linkClaimPlaces: pointing back', () => {
  it.each<[string, 'en' | 'uk' | 'ru', string[]]>([
    ['Russian troops attacked 18 times near Zvanivka and Vyimka. Fifteen of those assaults were repelled, the General Staff said.', 'en', ['Zvanivka', 'Vyimka']],
    ['Окупанти 18 разів атакували поблизу Званівки та Виїмки. На цій ділянці Сили оборони відбили 15 атак.', 'uk', ['Званівки', 'Виїмки']],
    ['ВСУ 18 раз атаковали у Звановки и Выемки. Все атаки в этом районе отбиты.', 'ru', ['Звановки', 'Выемки']],
  ])('a clause pointing back at the last event takes all its places: %s', (text, lang, mentions) => {
    const claims = linked(text, at(...mentions), lang)
    expect(claims.length).toBeGreaterThanOrEqual(2)
    expect(claims.at(-1)![1]).toEqual(mentions)
  })

  it.each<[string, 'en' | 'uk' | 'ru', string[]]>([
    ['Russian troops tried 29 times to break through near Zvanivka and Vyimka. Ukrainian units held off 22 of them, the update said.', 'en', ['Zvanivka', 'Vyimka']],
    ['Окупанти 29 разів намагалися прорватися біля Званівки та Виїмки. 22 з них Сили оборони відбили.', 'uk', ['Званівки', 'Виїмки']],
    ['ВСУ 29 раз пытались прорваться у Звановки и Выемки. Из них 22 атаки отбиты.', 'ru', ['Звановки', 'Выемки']],
  ])('a count "of them" points back at the last event: %s', (text, lang, mentions) => {
    const claims = linked(text, at(...mentions), lang)
    expect(claims.length).toBeGreaterThanOrEqual(2)
    expect(claims.at(-1)![1]).toEqual(mentions)
  })

  it('"of them" beside a place of its own keeps that place', () => {
    const text = 'Russian troops attacked 18 times near Zvanivka. Twelve of them were repelled near Vyimka.'
    expect(linked(text, at('Zvanivka', 'Vyimka')).at(-1)![1]).toEqual(['Vyimka'])
  })

  it('"the village" is the settlement just named even when no claim was found in that sentence', () => {
    const text = 'Russian troops captured Zvanivka last week, the General Staff said. Russian milbloggers now write about Vyimka. The village remains contested.'
    expect(linked(text, at('Zvanivka', 'Vyimka')).at(-1)![1]).toEqual(['Vyimka'])
  })

  it('"the village" is the first settlement of the last claim, not a town named beside it', () => {
    const text = 'Russian troops have entered Zvanivka, a village east of Siversk, and are massing for a push on Siversk itself. Ukrainian units still hold the centre of the village.'
    expect(linked(text, at('Zvanivka', 'Siversk')).at(-1)![1]).toEqual(['Zvanivka'])
  })

  it('"the village" never points at a name in a link line', () => {
    const text = 'Ukrainian troops have recaptured Vyimka, the brigade said.\nRead also: Russians claim gains near Siversk\n"The enemy was pushed out of the village," the commander said.'
    expect(linked(text, at('Vyimka', 'Siversk')).at(-1)![1]).toEqual(['Vyimka'])
  })

  it.each<[string, 'en' | 'uk' | 'ru', string, string]>([
    ["Росіяни заявили, що захопили Званівку. Речник сказав, що українські підрозділи зачистили північну частину міста та просунулися до Виїмки.", 'uk', 'Званівку', 'Виїмки'],
    ['Россияне заявили о взятии Звановки. По его словам, ВСУ зачистили северную часть города и продвинулись к Выемке.', 'ru', 'Звановки', 'Выемке'],
    // (English: the extractor keeps 'cleared the northern part of the town and pushed on to Vyimka' as
    // one claim, whose own clause names Vyimka; the rule is for two claims.)
  ])('"the city" is the one named before, not a place after it that another claim names: %s', (text, lang, city, next) => {
    const claims = linked(text, at(city, next), lang)
    const cleared = claims.filter(([, names]) => names.includes(city))
    expect(cleared.length).toBeGreaterThanOrEqual(2)
    expect(claims.some(([, names]) => names.length === 1 && names[0] === next)).toBe(true)
    expect(claims.every(([, names]) => !(names.includes(city) && names.includes(next)))).toBe(true)
  })

  it.each<[string, 'en' | 'uk' | 'ru', string, string]>([
    ['Russian troops gained a foothold in Zvanivka, a village east of Siversk, and are preparing a push on Siversk itself, an officer said. He said Ukrainian units still held the southern half of the village.', 'en', 'Zvanivka', 'Siversk'],
    ['Russian troops entered the village of Vyimka and shelled Siversk, an officer said. He said Ukrainian units still held the southern half of the village.', 'en', 'Vyimka', 'Siversk'],
    ['Окупанти зайшли в село Виїмка і обстріляли Сіверськ. Сили оборони утримують південну частину села.', 'uk', 'Виїмка', 'Сіверськ'],
    ['Противник закрепился в Звановке — село восточнее Северска — и готовит удар по Северску. Подразделения ВСУ удерживают южную часть села.', 'ru', 'Звановке', 'Северску'],
  ])('"the village" is the settlement the text called a village, not a town named since: %s', (text, lang, village, town) => {
    const claims = linked(text, at(village, town), lang)
    expect(claims.at(-1)![1]).toEqual([village])
  })

  it('"the town" keeps the last claim\'s settlement, which the text need not call a town', () => {
    const text = 'Fact checkers matched the video to Zvanivka, a separate town east of Siversk. Several posts say Ukrainian troops are trapped in Siversk. Ukraine\'s military said its troops still held their positions across the town.'
    const places = (t: string) => [place(t, 'Zvanivka'), place(t, 'Siversk'), place(t, 'Siversk', 'settlement', 'Siversk', 1)]
    expect(linked(text, places).at(-1)![1]).toEqual(['Siversk'])
  })

  it('"the village" keeps the last claim\'s settlement when the text calls none a village', () => {
    const text = 'Russian troops entered Vyimka and shelled Siversk, an officer said. He said Ukrainian units still held the southern half of the village.'
    expect(linked(text, at('Vyimka', 'Siversk')).at(-1)![1]).toEqual(['Siversk'])
  })

  it('"the city" still takes the city its sentence names before it', () => {
    const text = 'Russian drones struck Zvanivka overnight, and fires broke out across the town.'
    expect(linked(text, at('Zvanivka')).every(([, names]) => names.length === 1 && names[0] === 'Zvanivka')).toBe(true)
  })

  it('a counted settlement noun points back at nothing', () => {
    const text = 'Окупанти захопили Званівку. Загалом ворог заявив про «звільнення» 12 населених пунктів за місяць.'
    const claims = linked(text, at('Званівку'), 'uk')
    expect(claims[0]![1]).toEqual(['Званівку'])
    for (const [, names] of claims.slice(1)) expect(names).toEqual([])
  })
})

describe('linkClaimPlaces: a share of the whole country', () => {
  it.each<[string, 'en' | 'uk' | 'ru', string]>([
    ['Russia now controls about 19.7% of Ukraine, Crimea included, analysts say.', 'en', 'Crimea'],
    ["Moscow now occupies just under 19.6 per cent of Ukraine's internationally recognised territory, including Crimea.", 'en', 'Crimea'],
    ['Станом на 31 липня росіяни контролюють 19,7% території України, включно з Кримом.', 'uk', 'Кримом'],
    ['Сейчас Россия контролирует около 19,4% территории Украины, включая Крым.', 'ru', 'Крым'],
  ])('takes no place: %s', (text, lang, region) => {
    const claims = linked(text, (t) => [place(t, region, 'region')], lang)
    expect(claims.length).toBeGreaterThan(0)
    for (const [, names] of claims) expect(names).toEqual([])
  })

  it('keeps the region of a share of a region', () => {
    const text = 'Russia controls about 75% of the Zaporizhzhia region, analysts say.'
    expect(linked(text, (t) => [place(t, 'Zaporizhzhia', 'region')]).map(([, p]) => p)).toEqual([['Zaporizhzhia']])
  })
})

describe('linkClaimPlaces: tolls', () => {
  it.each<[string, 'en' | 'uk' | 'ru', string]>([
    ['Overnight Russian drones struck Balakliia. Four people were wounded.', 'en', 'Balakliia'],
    ['Уночі росіяни вдарили по Балаклії. Поранено чотирьох людей.', 'uk', 'Балаклії'],
    ['Ночью ВСУ атаковали Шебекино беспилотниками. В результате атаки погиб мужчина.', 'ru', 'Шебекино'],
  ])('a toll right after a strike takes its place: %s', (text, lang, town) => {
    const claims = linked(text, at(town), lang)
    const toll = claims.filter(([kind]) => kind === 'casualties')
    expect(toll.length).toBeGreaterThan(0)
    for (const [, names] of toll) expect(names).toEqual([town])
  })

  it('a toll tied to the fight just told takes its place, an untied one does not', () => {
    const tied = linked('Наші штурмовики вибили ворога з лісосмуги біля Званівки. За добу бою противник втратив 17 осіб загиблими.', at('Званівки'), 'uk')
    expect(tied.filter(([k]) => k === 'casualties').map(([, p]) => p)).toEqual([['Званівки']])
    const untied = linked('Наші штурмовики вибили ворога з лісосмуги біля Званівки. Противник втратив 17 осіб загиблими.', at('Званівки'), 'uk')
    expect(untied.filter(([k]) => k === 'casualties').map(([, p]) => p)).toEqual([[]])
  })

  it.each<[string, 'en' | 'uk' | 'ru', string[]]>([
    ['У суботу штурмовики вибили ворога з лісосмуги біля Званівки. У неділю противник пробував контратакувати біля Виїмки. За дві доби боїв ворог втратив 41 особу вбитими та пораненими.', 'uk', ['Званівки', 'Виїмки']],
    ['В субботу штурмовики выбили противника из лесополосы у Звановки. В воскресенье противник пытался контратаковать у Выемки. За двое суток боёв противник потерял 41 человека убитыми и ранеными.', 'ru', ['Звановки', 'Выемки']],
    ['On Saturday assault troops drove the enemy out of a treeline near Zvanivka. On Sunday the enemy tried to counterattack near Vyimka. In two days of fighting the enemy lost 41 men killed and wounded.', 'en', ['Zvanivka', 'Vyimka']],
  ])('a toll over several days of fighting takes the places of all of those fights: %s', (text, lang, towns) => {
    const toll = linked(text, at(...towns), lang).filter(([kind]) => kind === 'casualties')
    expect(toll.length).toBeGreaterThan(0)
    for (const [, names] of toll) expect(names).toEqual(towns)
  })

  it.each<[string, 'en' | 'ru', string]>([
    ['Подразделения группировки «Юг» нанесли поражение живой силе ВСУ в районе Звановки. Потери ВСУ составили до 190 военнослужащих.', 'ru', 'Звановки'],
    ['Russian artillery struck Ukrainian positions near Zvanivka. Russian forces are suffering heavy losses, he said.', 'en', 'Zvanivka'],
  ])('a grouping’s total or a figureless toll takes no place: %s', (text, lang, town) => {
    const claims = linked(text, at(town), lang)
    const toll = claims.filter(([kind]) => kind === 'casualties')
    expect(toll.length).toBeGreaterThan(0)
    for (const [, names] of toll) expect(names).toEqual([])
  })
})

describe('linkDuplicateClaims', () => {
  it('links a repeated claim to the first, keeping both', () => {
    const base: Claim = {
      id: 'a', documentId: 'd', kind: 'capture', actorSide: 'RU', speaker: { name: 'X', side: 'RU', via: null }, places: [0], time: { start: '2025-12-12', end: '2025-12-12', basis: 'publication' },
      quantity: null, modality: 'asserted', span: [0, 5], sentence: 'x',
    }
    const out = linkDuplicateClaims([base, { ...base, id: 'b', span: [10, 15] }, { ...base, id: 'c', places: [1] }])
    expect(out.map((c) => c.duplicateOf ?? null)).toEqual([null, 'a', null])
  })
})
