// Place linking, round 10: words that point at a settlement without naming it (parts of a town, "the
// two villages", "із цих штурмів", "туда", "the attack"), context that is not the event's place (a
// raion beside its village, where evacuees were taken, a road's towns, a capital that speaks or acts),
// and a city's district mapped to its city. Sentences written by the team for these tests.
import { describe, expect, it } from 'vitest'
import type { Place } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'
import { linkClaimPlaces } from './link-claim-places.js'

function place(text: string, mention: string, kind: Place['kind'] = 'settlement', name = mention, occurrence = 0): Place {
  let at = -1
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(mention, at + 1)
  if (at < 0) throw new Error(`no "${mention}" in the test text`)
  return { mention, span: [at, at + mention.length], id: `id-${name}`, name, admin1: null, country: 'UA', lat: 48, lon: 37, kind, confidence: 0.9, alternatives: [] }
}

/** Stand-in places at every occurrence of each mention (the same id for the same name). */
function at(...mentions: string[]): (t: string) => Place[] {
  return (t) =>
    mentions.flatMap((m) => {
      const out: Place[] = []
      for (let i = t.indexOf(m), k = 0; i >= 0; i = t.indexOf(m, i + 1), k++) out.push(place(t, m, 'settlement', m, k))
      return out
    })
}

function linked(text: string, places: (t: string) => Place[], lang: 'en' | 'uk' | 'ru'): [string, string[]][] {
  const r = extractClaims({ id: 'd', text, lang, publishedAt: '2026-10-12', outlet: 'Test Wire' })
  const ps = places(text)
  return linkClaimPlaces(text, r.value.claims, r.value.anchors, ps).map((c) => [c.kind, c.places.map((i) => ps[i]!.name)])
}

/** The places of the claims whose text contains `words`. */
function placesOf(claims: [string, string[]][], text: string, lang: 'en' | 'uk' | 'ru', places: (t: string) => Place[], words: string): string[][] {
  const r = extractClaims({ id: 'd', text, lang, publishedAt: '2026-10-12', outlet: 'Test Wire' })
  const ps = places(text)
  return linkClaimPlaces(text, r.value.claims, r.value.anchors, ps)
    .filter((c) => text.slice(c.span[0], c.span[1]).includes(words))
    .map((c) => c.places.map((i) => ps[i]!.name))
}

describe('parts of a town point at the town last told', () => {
  it.each<[string, 'en' | 'uk' | 'ru', string, string]>([
    ['Russian troops pushed into Siversk on Monday. Their assault groups later advanced into the hospital district.', 'en', 'Siversk', 'advanced'],
    ['Росіяни увійшли до Сіверська. Їхні штурмовики закріпилися в районі лікарні.', 'uk', 'Сіверська', 'закріпилися'],
    ['Российские штурмовики вошли в Северск. Позже они закрепились в районе больницы и ведут бои в жилых кварталах.', 'ru', 'Северск', 'закрепились'],
    ['Ворог увірвався в Сіверськ. Бої точаться на околицях, окупанти закріпилися в приватному секторі.', 'uk', 'Сіверськ', 'закріпилися'],
  ])('%s', (text, lang, town, words) => {
    const got = placesOf([], text, lang, at(town), words)
    expect(got.length).toBeGreaterThan(0)
    for (const names of got) expect(names).toEqual([town])
  })

  it('a clause naming its own place keeps it, and "the district of" a named place is that place', () => {
    const text = 'Russian troops pushed into Siversk on Monday. Ukrainian forces struck an ammunition depot in Lysychansk.'
    expect(placesOf([], text, 'en', at('Siversk', 'Lysychansk'), 'ammunition')).toEqual([['Lysychansk']])
  })

  it('"в районе" before a name is the name, not a pointer', () => {
    const text = 'Российские войска заняли Северск. Бои идут в районе Выемки.'
    for (const names of placesOf([], text, 'ru', at('Северск', 'Выемки'), 'Бои')) expect(names).toEqual(['Выемки'])
  })
})

describe('pointers back at the events just told', () => {
  it.each<[string, 'uk' | 'ru', string]>([
    ['Ворог 27 разів атакував поблизу Званівки та Виїмки. Двадцять із цих штурмів наші захисники відбили.', 'uk', 'відбили'],
    ['Противник 27 раз атаковал у Звановки и Выемки. Двадцать из этих атак отражены.', 'ru', 'отражены'],
  ])('"із цих штурмів", "из этих атак": %s', (text, lang, words) => {
    const towns = lang === 'uk' ? ['Званівки', 'Виїмки'] : ['Звановки', 'Выемки']
    expect(placesOf([], text, lang, at(...towns), words)).toEqual([towns])
  })

  it('"туда" with the reserves\' town a reference point ("из-под") is the event\'s ground', () => {
    const text = 'Российские подразделения вошли в восточные кварталы Дружковки. Противник перебрасывает туда резервы из-под Краматорска.'
    const got = placesOf([], text, 'ru', at('Дружковки', 'Краматорска'), 'перебрасывает')
    expect(got.length).toBeGreaterThan(0)
    for (const names of got) expect(names).toEqual(['Дружковки'])
  })

  it('"из-под" beside the event\'s own place is a reference point; alone it stays', () => {
    const text = 'ВСУ перебрасывают к Покровску подкрепления из-под Доброполья.'
    expect(placesOf([], text, 'ru', at('Покровску', 'Доброполья'), 'перебрасывают')).toEqual([['Покровску']])
    const alone = 'ВСУ отошли из-под Доброполья.'
    expect(placesOf([], alone, 'ru', at('Доброполья'), 'отошли')).toEqual([['Доброполья']])
  })

  it.each<[string, 'en' | 'uk' | 'ru', string[], string]>([
    ['Russian infantry entered Zarichne, and heavy fighting went on for Torske. Ukrainian drone teams destroyed six armoured vehicles around the two villages this week.', 'en', ['Zarichne', 'Torske'], 'destroyed'],
    ['Ворог зайшов у Зарічне, бої тривають за Торське. Наші дрони знищили шість бронемашин біля обох сіл.', 'uk', ['Зарічне', 'Торське'], 'знищили'],
  ])('"the two villages", "обох сіл" are the last two settlements: %s', (text, lang, towns, words) => {
    expect(placesOf([], text, lang, at(...towns), words)).toEqual([towns])
  })

  it('a counted pointer with fewer settlements before it points at nothing extra', () => {
    const text = 'Ukrainian drone teams destroyed six armoured vehicles around the two villages near Torske this week.'
    for (const names of placesOf([], text, 'en', at('Torske'), 'destroyed')) expect(names).toEqual(['Torske'])
  })

  it.each<[string, 'en' | 'uk' | 'ru', string, string]>([
    ['Позавчора противник пробував відбити позиції біля Дробишевого. Атаку зупинили на рубежі річки.', 'uk', 'Дробишевого', 'Атаку'],
    // A repulse named as the defender's act; "Атака захлебнулась" alone is no second claim (convention 13).
    ['В Купянске-Узловом противник пытался выбить наших бойцов со станции. Атаку отбили.', 'ru', 'Купянске-Узловом', 'Атаку'],
    ['Russian troops tried to advance toward Ostapivske, but Ukrainian defenders stopped them.', 'en', 'Ostapivske', 'stopped'],
  ])('a repulse of "the attack" or of "them" is at the attack\'s place: %s', (text, lang, town, words) => {
    const got = placesOf([], text, lang, at(town), words)
    expect(got.length).toBeGreaterThan(0)
    for (const names of got) expect(names).toEqual([town])
  })
})

describe('context that is not the place of the event', () => {
  it.each<[string, 'en' | 'ru' | 'uk', string[], string, string[]]>([
    ['В Шебекинском округе в селе Новая Таволжанка дрон атаковал автомобиль.', 'ru', ['Шебекинском', 'Новая Таволжанка'], 'дрон', ['Новая Таволжанка']],
    ['In the Pokrovsk district, Russian troops tried to advance toward Udachne.', 'en', ['Pokrovsk', 'Udachne'], 'advance', ['Udachne']],
  ])('a raion or okrug beside a settlement in it: %s', (text, lang, mentions, words, expected) => {
    expect(placesOf([], text, lang, at(...mentions), words)).toEqual([expected])
  })

  it('a raion alone is the place', () => {
    const text = 'Russian troops shelled the Nikopol district 14 times overnight.'
    expect(placesOf([], text, 'en', at('Nikopol'), 'shelled')).toEqual([['Nikopol']])
  })

  it.each<[string, 'en' | 'ru' | 'uk', string[], string, string[]]>([
    ['Authorities said 120 people from villages of the Shebekino district had been resettled in Belgorod dormitories since Monday.', 'en', ['Shebekino', 'Belgorod'], 'resettled', ['Shebekino']],
    ['Из сёл Грайворонского округа отселены 40 человек, все они размещены в пунктах временного размещения в Белгороде.', 'ru', ['Грайворонского', 'Белгороде'], 'отселены', ['Грайворонского']],
  ])('where evacuees were taken is not where they left: %s', (text, lang, mentions, words, expected) => {
    expect(placesOf([], text, lang, at(...mentions), words)).toEqual([expected])
  })

  it('a road named by its two towns is a reference point', () => {
    const text = 'Ворог намагався прорватися до траси Покровськ — Добропілля через Удачне.'
    expect(placesOf([], text, 'uk', at('Покровськ', 'Добропілля', 'Удачне'), 'прорватися')).toEqual([['Удачне']])
  })

  it.each<[string, string, string[]]>([
    ['Moscow said its troops had encircled Kupiansk, which Kyiv flatly waved away as fiction.', 'encircled', ['Kupiansk']],
    ['Kyiv has stepped up drone attacks on Russian oil depots since August.', 'attacks', []],
  ])('a capital that speaks or acts is its government: %s', (text, words, expected) => {
    for (const names of placesOf([], text, 'en', at('Kupiansk', 'Kyiv'), words)) expect(names).toEqual(expected)
  })

  it('a capital that is acted on stays the place', () => {
    const text = 'Kyiv was hit by a barrage of drones overnight, the city administration said.'
    const got = placesOf([], text, 'en', at('Kyiv'), 'hit')
    expect(got.length).toBeGreaterThan(0)
    for (const names of got) expect(names).toEqual(['Kyiv'])
  })
})

describe('a city district is in its city', () => {
  it('maps the district to the city the text names', () => {
    const text = 'Уночі росіяни атакували Запоріжжя дронами. Унаслідок атаки в Дніпровському районі поранено п’ятьох людей.'
    const ps = (t: string): Place[] => [place(t, 'Запоріжжя'), place(t, 'Дніпровському районі', 'district', 'Dniprovskyi District (Запоріжжя)')]
    const got = placesOf([], text, 'uk', ps, 'поранено')
    expect(got.length).toBeGreaterThan(0)
    for (const names of got) expect(names).toEqual(['Запоріжжя'])
  })

  it('keeps the district when the text never names its city', () => {
    const text = 'Унаслідок удару в Дніпровському районі поранено п’ятьох людей.'
    const ps = (t: string): Place[] => [place(t, 'Дніпровському районі', 'district', 'Dniprovskyi District (Запоріжжя)')]
    for (const names of placesOf([], text, 'uk', ps, 'поранено')) expect(names).toEqual(['Dniprovskyi District (Запоріжжя)'])
  })
})
