// Round 15 (helper 115): the extractor's side of gold conventions 33-44 (eval/extract/README.md),
// one describe block per class. Our own sentences, none from any gold file.
import { describe, expect, it } from 'vitest'
import type { Place } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'
import { linkClaimPlaces } from './link-claim-places.js'

type Lang = 'en' | 'uk' | 'ru'
function claims(text: string, lang: Lang, outlet = 'Test Wire', publishedAt = '2027-03-15', format?: 'telegram' | 'text') {
  return extractClaims({ id: 'd', text, lang, publishedAt, outlet, ...(format ? { format } : {}) }).value.claims
}

// 34: when the report is a channel's own post (a Telegram export, or a feed named "Account
// (Telegram)", "Account | Telegram", "Telegram-канал «…»"), the claims in its own voice have no via;
// a via stays where the text itself names one.
describe('34: a channel\'s own post has no via', () => {
  it.each<[string, Lang, string]>([
    ['47 ОМБр (Telegram)', 'uk', 'Наші оператори дронів знищили дві БМП біля Покровська. Ворог втратив 12 піхотинців.'],
    ['Военный дневник (Telegram)', 'ru', 'Наши штурмовики продвинулись у Кременной на 500 метров. Противник отошёл на запасные позиции.'],
    ['Евгений Балицкий (Telegram)', 'ru', 'Сегодня утром ВСУ обстреляли Энергодар, повреждена подстанция.'],
    ['DeepState on Telegram', 'en', 'The enemy advanced near Siversk and in Yampil.'],
    ['Telegram-канал «Северный фронт»', 'ru', 'Под Волчанском противник дважды атаковал наши позиции, обе атаки отбиты.'],
    ['Полтавська ОВА | Telegram', 'uk', 'Уночі ворожі дрони атакували Кременчук, пошкоджено склад.'],
  ])('%s', (outlet, lang, text) => {
    const got = claims(text, lang, outlet)
    expect(got.length).toBeGreaterThan(0)
    for (const c of got) expect(c.speaker.via).toBeNull()
  })

  it('a post read from a Telegram export: the channel\'s own voice names no platform', () => {
    const got = claims('Вночі росіяни атакували Харків дронами, поранено двох людей.', 'uk', 'Олег Синєгубов', '2026-10-10', 'telegram')
    expect(got.length).toBeGreaterThan(0)
    for (const c of got) expect(c.speaker).toMatchObject({ name: 'Oleh Syniehubov', via: null })
  })

  it('a via the text names is kept, in a wire story and in a post', () => {
    const wire = claims('Russian drones hit Sumy overnight, governor Oleh Hryhorov wrote on Telegram.', 'en', 'Reuters')
    expect(wire[0]!.speaker).toMatchObject({ name: 'Oleh Hryhorov', via: 'Telegram' })
    const post = claims('Губернатор Курской области Александр Хинштейн сообщил ТАСС, что ВСУ атаковали дронами Рыльск.', 'ru', 'Военный дневник (Telegram)')
    expect(post[0]!.speaker.via).toBe('TASS')
  })
})

// 42: the reporting verb sets the modality of a claim told without a rebuttal: "says", "announced",
// "объявило", "заявило про" keep it `asserted`; "claims", "утверждает", "стверджують", "нібито" make it
// `reported`; and so does a rebuttal in the same or the next sentence. "No comment" is no rebuttal.
describe('42: the reporting verb and a rebuttal in the next sentence set the modality', () => {
  const modalityOf = (text: string, lang: Lang, kind = 'capture') => claims(text, lang).filter((c) => c.kind === kind).map((c) => c.modality)
  it.each<[string, Lang]>([
    ["Russia's Defence Ministry said on Monday its forces had captured Novoselivka. Ukraine's military rejected the claim, saying fighting continues on the village's edge.", 'en'],
    ['Russia said its troops had seized Bilohorivka. Kyiv dismissed the report as propaganda.', 'en'],
    ['Генштаб ВСУ заявил, что украинские подразделения вернули контроль над Ивановкой. В Минобороны России эту информацию опровергли.', 'ru'],
    ['Міноборони РФ заявило про захоплення Торського. У Генштабі ЗСУ цю заяву спростували.', 'uk'],
  ])('rebutted in the next sentence: reported, and the rebuttal denied: %s', (text, lang) => {
    expect(modalityOf(text, lang)).toEqual(['reported', 'denied'])
  })

  it('an advance rebutted in the next sentence ("Российские власти это отрицают")', () => {
    expect(modalityOf('Украинские военные заявили, что отбили позиции у Степногорска. Российские власти это отрицают.', 'ru', 'advance')).toEqual(['reported', 'denied'])
  })

  it.each<[string, Lang]>([
    ["Russia's Defence Ministry says its forces have taken Yampil. Kyiv has not commented.", 'en'],
    ["Russia's Defence Ministry announced on Sunday that its forces had taken Yampil.", 'en'],
    ['Минобороны объявило о взятии Ямполя.', 'ru'],
    ['Міноборони РФ заявило про захоплення Ямполя.', 'uk'],
  ])('a neutral verb keeps asserted: %s', (text, lang) => {
    expect(modalityOf(text, lang)).toEqual(['asserted'])
  })

  it.each<[string, Lang]>([
    ['Russia claims its forces have taken Yampil.', 'en'],
    ['Минобороны утверждает, что российские войска заняли Ямполь.', 'ru'],
    ['Окупанти стверджують, що захопили Ямпіль.', 'uk'],
    ['Росіяни нібито захопили Ямпіль, повідомляють російські канали.', 'uk'],
  ])('a distancing verb or word makes it reported: %s', (text, lang) => {
    expect(modalityOf(text, lang)).toEqual(['reported'])
  })

  it('a rebuttal two sentences on, after the writer\'s own narration, changes neither', () => {
    const got = claims('Russia said its troops had seized Bilohorivka. Separately, a drone hit Sumy. Kyiv dismissed the report as propaganda.', 'en')
    expect(got.filter((c) => c.kind === 'capture')[0]!.modality).toBe('asserted')
    expect(got.filter((c) => c.kind === 'strike')[0]!.modality).toBe('asserted')
  })
})

// 39: a figure for a whole region, told with no settlement, is placed at the region the sentence or
// the report's lead names. Tolls and "над областю" counts were already; an evacuation counted for the
// region's front-line or border areas as a whole now is too. (Place mentions given by hand, as the
// geoparser would find them: the region's name, and a raion where the text names one.)
function regionPlaces(text: string, lang: Lang, mentions: [string, Place['kind']][]): string[] {
  const r = extractClaims({ id: 'd', text, lang, publishedAt: '2027-03-15', outlet: 'Test Wire' })
  const ps: Place[] = mentions.map(([m, kind]) => {
    const i = text.indexOf(m)
    return { mention: m, span: [i, i + m.length], id: `id-${m}`, name: m, admin1: null, country: 'UA', lat: 48, lon: 37, kind, confidence: 0.9, alternatives: [] }
  })
  const linked = linkClaimPlaces(text, r.value.claims, r.value.anchors, ps).filter((c) => c.kind === 'evacuation')
  expect(linked.length).toBe(1)
  return linked[0]!.places.map((i) => ps[i]!.name)
}

describe('39: a region-wide evacuation figure is placed at the region', () => {
  it.each<[string, Lang, string]>([
    ['Донеччина за минулу добу\n\nРосіяни вбили двох мешканців міста. За добу з прифронтових територій вивезли 187 людей, серед них 21 дитину.', 'uk', 'Донеччина'],
    ['Fighting flared in the Sumy Oblast on Monday. More than 40,000 people have left the border areas since January, Governor Oleh Hryhorov said.', 'en', 'Sumy Oblast'],
    ["Russia's Belgorod region has come under heavy shelling this week. More than 3,000 residents have been evacuated from border districts, the governor said.", 'en', 'Belgorod region'],
    ['Обстановка в Курской области за сутки. С приграничных территорий с начала недели отселены ещё 64 человека.', 'ru', 'Курской области'],
    ['В Курской области продолжаются обстрелы. Из приграничных сёл с начала недели отселены ещё 64 человека.', 'ru', 'Курской области'],
    ['На Харківщині тривають обстріли. Із прикордонних громад за тиждень евакуювали 312 людей.', 'uk', 'Харківщині'],
  ])('%s', (text, lang, region) => {
    expect(regionPlaces(text, lang, [[region, 'region']])).toEqual([region])
  })

  it('a raion the clause names is the place, not the region', () => {
    const text = "На Харківщині тривають обстріли. Із прикордонних сіл Куп'янського району за тиждень евакуювали 312 людей."
    expect(regionPlaces(text, 'uk', [['Харківщині', 'region'], ["Куп'янського району", 'district']])).toEqual(["Куп'янського району"])
  })

  it('an evacuation from a named town, or told without a figure, takes no region', () => {
    expect(regionPlaces('На Харківщині тривають обстріли. Евакуація з прикордонних громад триватиме.', 'uk', [['Харківщині', 'region']])).toEqual([])
  })
})

// 36: a toll told with its cause in a prepositional phrase ("від удару FPV-дрона загинула", "от удара
// беспилотника погиб", "killed in a drone attack", "wounded by a drone strike") is one casualties claim
// of the cause's side; the cause gives a strike only when told with a target of its own.
describe('36: a toll with its cause gives no strike', () => {
  const kinds = (text: string, lang: Lang, outlet?: string) => claims(text, lang, outlet).map((c) => [c.kind, c.actorSide])
  it.each<[string, Lang, string | undefined, string]>([
    ['У Херсоні від удару FPV-дрона загинула 67-річна жінка.', 'uk', undefined, 'RU'],
    ['У Херсоні від удару російського FPV-дрона загинула 67-річна жінка.', 'uk', undefined, 'RU'],
    ['В Алешках от удара украинского беспилотника погиб мирный житель.', 'ru', undefined, 'UA'],
    ['В Алешках от удара FPV-дрона погиб мирный житель.', 'ru', 'ТАСС', 'UA'],
    ['In Nikopol, a woman was killed in a drone attack, officials said.', 'en', undefined, 'RU'],
    ['In Belgorod, a man was wounded by a Ukrainian drone strike, the governor said.', 'en', undefined, 'UA'],
  ])('%s', (text, lang, outlet, side) => {
    expect(kinds(text, lang, outlet)).toEqual([['casualties', side]])
  })

  it('a strike told with a target of its own stays a strike beside its toll', () => {
    expect(kinds('A glide bomb gutted a school in Kramatorsk, killing a guard.', 'en').map((k) => k[0])).toEqual(['strike', 'casualties'])
    expect(kinds('Російський дрон атакував автобус у Херсоні, загинула пасажирка.', 'uk').map((k) => k[0])).toEqual(['strike', 'casualties'])
  })
})

describe('36: a weapon "dropped by a jet" is no cause phrase', () => {
  it('the strike a weapon did, told with its toll after it, stays', () => {
    const got = claims('Overnight, a glide bomb dropped by a Russian jet flattened a house in Bilozerske, killing a woman, the governor wrote.', 'en')
    expect(got.map((c) => c.kind)).toEqual(['strike', 'casualties'])
  })
})

describe('36: a cause with a target of its own, after a side\'s acronym, stays a strike', () => {
  it('"После удара ВСУ по Белгороду …"', () => {
    expect(claims('После удара ВСУ по Курску спасатели достали из-под завалов двух пострадавших.', 'ru').map((c) => c.kind)).toContain('strike')
  })
})

// 37: a repulse whose sentence tells the attack in a clause of its own ("у який росіяни кинули …",
// "in which Russia threw …", "в которую противник бросил …") is the defender's `repelled` and the
// attacker's `assault` with the clause's figure; "відбили п'ять атак" stays one claim.
describe('37: a repulse with the attack\'s own clause', () => {
  const rows = (text: string, lang: Lang) => claims(text, lang).map((c) => [c.kind, c.actorSide, c.quantity?.value ?? null])
  it.each<[string, Lang, number]>([
    ['Біля Покровська наші воїни зупинили штурм, у який окупанти кинули 15 одиниць техніки.', 'uk', 15],
    ['Ukrainian troops repelled an assault near Pokrovsk in which Russia threw 20 armoured vehicles.', 'en', 20],
    ['Під Ямполем захисники відбили атаку, в яку ворог кинув 12 бронемашин.', 'uk', 12],
    ['Ukrainian forces beat back an attack near Siversk during which Russia used 14 vehicles, the brigade said.', 'en', 14],
  ])('%s', (text, lang, figure) => {
    expect(rows(text, lang)).toEqual([
      ['repelled', 'UA', null],
      ['assault', 'RU', figure],
    ])
  })

  it('a repulse of counted attacks, with no clause of the attack, stays one claim', () => {
    expect(rows("Сили оборони відбили п'ять атак біля Ямполя.", 'uk')).toEqual([['repelled', 'UA', 5]])
    expect(rows('Ukrainian troops repelled 14 assaults near Pokrovsk, the General Staff said.', 'en').map((r) => r[0])).toEqual(['repelled'])
  })
})
