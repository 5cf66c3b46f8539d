import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { canonicalVia } from './attribution/index.js'
import { extractClaims } from './extract-claims.js'

// Attribution, round 11: our own sentences for each class of phrasing the rules cover (speaker,
// speaker side, via, modality), with the everyday case beside it where one could be broken.

type Row = { kind: Claim['kind']; actorSide: Claim['actorSide']; speaker: string | null; side: string; via: string | null; modality: Claim['modality']; text: string }

function claimsOf(text: string, lang: Lang = 'en', outlet: string | null = 'Test Wire'): Row[] {
  const r = extractClaims({ id: 'doc-r11', text, lang, publishedAt: '2026-11-20', outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide, speaker: c.speaker.name, side: c.speaker.side, via: c.speaker.via, modality: c.modality, text: text.slice(c.span[0], c.span[1]) }))
}

describe('"as" after an opening adverb starts an according-to phrase, not a speaker', () => {
  it.each<[string, Lang, RegExp]>([
    ['Тим часом, як повідомили в Харківській ОВА, уночі росіяни вдарили дронами по Чугуєву.', 'uk', /ОВА/],
    ['Тем временем, как сообщили в администрации Белгородской области, ВСУ атаковали дроном Грайворон.', 'ru', /администрации/],
  ])('%s', (text, lang, speaker) => {
    const [c] = claimsOf(text, lang, 'Outlet')
    expect(c?.speaker).toMatch(speaker)
    expect(c?.speaker).not.toMatch(/^(?:як|как)$/u)
  })
})

describe('a title in another case points back to the person named before', () => {
  it('"за словами військового" after a soldier known by his call sign', () => {
    const rows = claimsOf('Росіяни зайшли на околицю Степногірська. Про це розповів командир роти з позивним «Сокіл». За словами військового, бої тривають біля школи.', 'uk', 'Outlet')
    expect(rows.at(-1)).toMatchObject({ speaker: 'Сокіл' })
  })
  it('"по словам главы региона" after a governor named in full', () => {
    const rows = claimsOf('ВСУ обстреляли Каменку, заявил губернатор области Иван Петров. По словам главы региона, ранены два человека.', 'ru', 'Outlet')
    expect(rows.at(-1)).toMatchObject({ speaker: 'Иван Петров' })
  })
})

describe('an inverted speech verb with a name between commas names the speaker of the sentence', () => {
  it.each<[string, Lang, string]>([
    ['Учора, каже «Граніт», росіяни тричі штурмували позиції біля Сіверська.', 'uk', 'Граніт'],
    ['Накануне, говорит Олег Смирнов, российские подразделения продвинулись у Кучеровки.', 'ru', 'Олег Смирнов'],
    ['On Monday, says Taras Melnyk, Russian troops entered the outskirts of Borova.', 'en', 'Taras Melnyk'],
  ])('%s', (text, lang, speaker) => {
    const [c] = claimsOf(text, lang, 'Outlet')
    expect(c?.speaker === speaker || c?.speaker?.endsWith(speaker.split(' ').at(-1)!)).toBe(true)
  })
})

describe('the via of a broadcast or channel, in its base form', () => {
  it('"в ефірі телемарафону" is the telethon', () => {
    const [c] = claimsOf('Російські війська просунулися біля Покровського. Про це в ефірі телемарафону розповів речник угруповання Іван Коваль.', 'uk', 'Outlet')
    expect(c?.via).toBe('телемарафон')
  })
  it('a channel named in quotes after "в эфире телеканала" is the via, not the country its name holds', () => {
    const [c] = claimsOf('Российские подразделения продвинулись у Степового, заявил Петр Иванов в эфире телеканала «Россия 1».', 'ru', 'Outlet')
    expect(c?.via).toBe('Россия 1')
  })
  it('a Telegram channel closing the speaker phrase after the verb', () => {
    const [c] = claimsOf('Беспилотник атаковал автомобиль в Рыльском районе, сообщил губернатор Иван Петров в своём Telegram-канале.', 'ru', 'Outlet')
    expect(c).toMatchObject({ speaker: 'Иван Петров', via: 'Telegram' })
  })
  it('an agency in the dative before the verb', () => {
    const [c] = claimsOf('В пресс-службе группировки войск «Запад» Интерфаксу сообщили, что за сутки ВСУ потеряли до 90 военнослужащих.', 'ru', 'Outlet')
    expect(c?.via).toBe('Interfax')
    expect(c?.speaker).not.toMatch(/Интерфакс/u)
  })
  it('case endings after a hyphen and broadcast nouns', () => {
    expect(canonicalVia('ТАСС-у')).toBe('TASS')
    expect(canonicalVia('телемарафону')).toBe('телемарафон')
  })
})

describe('a rebuttal told as an apposition after a comma or dash', () => {
  it('"— an announcement X dismissed days later as fabricated"', () => {
    const rows = claimsOf("Moscow said its forces had captured Novoivanivka — an announcement Ukraine's army dismissed days later as fabricated.")
    expect(rows).toEqual([
      expect.objectContaining({ kind: 'capture', modality: 'reported' }),
      expect.objectContaining({ kind: 'capture', modality: 'denied', side: 'UA' }),
    ])
  })
  it('"an assertion X flatly rejected as <the writer\'s clause>" leaves that clause to the sentence', () => {
    const rows = claimsOf('Russia said it had encircled Ukrainian troops near Siversk, an assertion Kyiv flatly rejected as Russian drones struck Kramatorsk again.')
    expect(rows.find((r) => r.kind === 'encirclement' && r.modality === 'denied')).toBeDefined()
    expect(rows.find((r) => r.kind === 'strike')).toBeDefined()
  })
  it('the claim rebutted in its own sentence is reported (judgement call 1)', () => {
    const rows = claimsOf('The Russian Defence Ministry said its troops had taken Yampil, a claim the Ukrainian military denied.')
    expect(rows[0]).toMatchObject({ kind: 'capture', modality: 'reported' })
    expect(rows[1]).toMatchObject({ kind: 'capture', modality: 'denied' })
  })
})

describe('a second source after a contrasting conjunction takes the clauses after it', () => {
  it('"…, однако, по данным X, …"', () => {
    const rows = claimsOf('В Минобороны России заявили о взятии Кучеровки, однако, по данным украинских военных, село по-прежнему контролируют ВСУ.', 'ru', 'Outlet')
    expect(rows.at(-1)?.speaker).toMatch(/украинских военных/u)
    expect(rows.at(-1)?.side).toBe('UA')
  })
})

describe('an official called by title is named in a later sentence', () => {
  it('wire copy: the spokesman of the lead named in the second paragraph', () => {
    const rows = claimsOf(
      'Russian troops have reached the outskirts of Borova, a Ukrainian brigade spokesman said on Monday.\n\nTaras Melnyk, spokesman for the 3rd brigade, told reporters that drones had destroyed six Russian tanks near the town.',
    )
    expect(rows[0]).toMatchObject({ speaker: 'Taras Melnyk', side: 'UA' })
  })
  it('a title nobody names later stays as it is', () => {
    const rows = claimsOf('Russian troops have reached the outskirts of Borova, a Ukrainian brigade spokesman said on Monday.\n\nThe weather is cold.')
    expect(rows[0]?.speaker).not.toBe('Taras Melnyk')
  })
})

describe('an institution the writer reports on is who a following "it" means', () => {
  it('"X made no mention of … It said its forces …"', () => {
    const rows = claimsOf(
      'A Ukrainian army spokesman said Russian troops had attacked near Lyman. The Russian Defence Ministry made no mention of Lyman in its briefing. It said its forces had struck fuel depots in Kramatorsk.',
    )
    expect(rows.at(-1)).toMatchObject({ kind: 'strike', actorSide: 'RU', side: 'RU' })
  })
})

describe('speakers from countries at war with neither side are independent', () => {
  it.each<[string, Lang]>([
    ['An Estonian military analyst said Russian troops had advanced near Pokrovsk.', 'en'],
    ['Финский аналитик заявил, что российские войска продвинулись у Покровска.', 'ru'],
  ])('%s', (text, lang) => {
    expect(claimsOf(text, lang, null)[0]?.side).toBe('independent')
  })
})

describe('a forecast told in the past tense is expected', () => {
  it('"she expected Russian units to storm …"', () => {
    expect(claimsOf('The commander told reporters she expected Russian units to storm Huliaipole before winter.')[0]?.modality).toBe('expected')
  })
  it('"had expected … to" of what happened is left to its verb', () => {
    const rows = claimsOf('Russian forces captured Bilytske on Monday.')
    expect(rows[0]?.modality).toBe('asserted')
  })
})

describe('the occasion of an answer and "предположил" frame the speaker', () => {
  it('"Отвечая на вопрос …, глава республики предположил, что …"', () => {
    const rows = claimsOf('Российские войска продвинулись у Северска, сообщил глава республики Иван Петров. Отвечая на вопрос журналистов, глава республики предположил, что ВСУ отступят из Северска.', 'ru', 'Outlet')
    expect(rows.at(-1)?.speaker).toBe('Иван Петров')
  })
})

describe('Mediazona named in Russian', () => {
  it('«Медиазона» and a second counter: the first is the speaker', () => {
    const [c] = claimsOf('«Медиазона» и журналисты-волонтёры подтвердили имена ещё 2 тысяч российских военных, погибших в октябре.', 'ru', 'Outlet')
    expect(c).toMatchObject({ speaker: 'Mediazona', side: 'independent' })
  })
})

describe('a quotation nobody is named for where it closes is the words of the person last spoken of', () => {
  it('a quoted paragraph after a sentence about the commander', () => {
    const rows = claimsOf(
      'Col. Andrii Bondar, who commands a brigade near Siversk, said on Friday that Russian drones had hit Kramatorsk. Asked about the winter, the colonel shrugged. "They are bringing armour to Zvanivka. I expect them to attack Siversk again within days."',
    )
    expect(rows.find((r) => r.text.includes('Siversk again'))?.speaker).toBe('Andrii Bondar')
  })
  it('with nobody named before, the quote stays with the outlet', () => {
    const rows = claimsOf('"Russian troops attacked Siversk again."', 'en', 'Test Wire')
    expect(rows[0]?.speaker).toBe('Test Wire')
  })
})

describe('channels named without their side are those the report spoke of before, or the outlet side\'s', () => {
  it('"Several of the channels said …" after Russian Telegram channels were named', () => {
    const rows = claimsOf('A clip posted on Russian Telegram channels on Sunday shows soldiers in Kupiansk. Several of the channels said the town had been captured.', 'en', 'Kyiv Independent')
    expect(rows.at(-1)).toMatchObject({ speaker: 'Russian Telegram channels', side: 'RU' })
  })
  it('"Ряд каналов поспешил объявить …" in a Russian channel', () => {
    const rows = claimsOf('Ряд каналов уже объявил о взятии Степногорска.', 'ru', 'Рыбарь')
    expect(rows[0]).toMatchObject({ speaker: 'Russian Telegram channels', side: 'RU' })
  })
  it('channels with no side anywhere keep their name', () => {
    const rows = claimsOf('Several channels said Russian troops had captured Borova.', 'en', null)
    expect(rows[0]?.speaker).not.toBe('Russian Telegram channels')
  })
})

describe('forecasts in a perfective future or a horizon in days are expected', () => {
  it.each<[string, Lang]>([
    ['По его словам, в ближайшие дни ВСУ попробуют контратаковать у Кучеровки.', 'ru'],
    ['Жителей двух сёл временно переселят в Курск.', 'ru'],
    ['Бои за Северск продлятся до лета.', 'ru'],
    ['Бої за Сіверськ триватимуть до літа.', 'uk'],
  ])('%s', (text, lang) => {
    expect(claimsOf(text, lang, 'Outlet')[0]?.modality).toBe('expected')
  })
})

describe('someone known only by a call sign or first name is named by it', () => {
  it('"A Ukrainian officer who gave only his call sign, "Bison", told Reuters …"', () => {
    const [c] = claimsOf('A Ukrainian sergeant who gave only his call sign, "Bison", told Reuters the Russians had attacked Siversk three times on Sunday.')
    expect(c).toMatchObject({ speaker: 'Bison', side: 'UA', via: 'Reuters' })
  })
})

describe('"…, he said, <participle> …" closes the clause before it', () => {
  it('"…, he said, pointing at a map …"', () => {
    const rows = claimsOf('Col. Petro Savchuk said on Friday that his brigade had held Lyman. His gunners have destroyed 14 Russian tanks near the town this week, he said, pointing at a map.')
    expect(rows.at(-1)?.speaker).toBe('Petro Savchuk')
  })
})

describe('who died is the victim: the actor of a toll told by "погибли", "загинули" is the other side', () => {
  it.each<[string, Lang, 'RU' | 'UA']>([
    ['Журналисты подтвердили имена 900 российских военных, погибших в сентябре.', 'ru', 'UA'],
    ['Під Покровськом загинули 12 російських військових.', 'uk', 'UA'],
    ['При обстреле Горловки украинскими военными погибли два человека.', 'ru', 'UA'],
  ])('%s', (text, lang, side) => {
    expect(claimsOf(text, lang, 'Outlet').find((r) => r.kind === 'casualties')?.actorSide).toBe(side)
  })
})

describe('"…, but in fact …" turns to the writer\'s own account against the claim before it', () => {
  it.each<[string, Lang, string]>([
    ["Russia's Defence Ministry said its troops had taken Zarichne, but in fact fighting is still going on in the village.", 'en', 'Test Wire'],
    ['Официально объявили о взятии Степногорска, но на самом деле бои идут на окраине.', 'ru', 'Рыбарь'],
  ])('%s', (text, lang, outlet) => {
    const rows = claimsOf(text, lang, outlet)
    expect(rows[0]).toMatchObject({ kind: 'capture', modality: 'reported', side: 'RU' })
    expect(rows.at(-1)?.speaker).toBe(lang === 'ru' ? 'Rybar' : outlet)
  })
})

describe('a named source opening a sentence is who "its analysts" in the next one are', () => {
  it('"DeepState, which …, has not … Its analysts said …"', () => {
    const rows = claimsOf('DeepState, which maps the front from open sources, has not updated the map around Borova. Its analysts said Russian troops had advanced near Kupiansk.', 'en', 'Test Wire')
    expect(rows.at(-1)).toMatchObject({ speaker: 'DeepState' })
  })
})

describe('who died after a strike told before them: the striker is the actor', () => {
  it('"ВСУ ударили по …, погибли двое мирных жителей"', () => {
    const rows = claimsOf('ВСУ ударили по Валуйкам из РСЗО, погибли двое мирных жителей.', 'ru', 'Outlet')
    expect(rows.find((r) => r.kind === 'casualties')?.actorSide).toBe('UA')
  })
})

describe('phrases that open like a speaker and name none, or name where the speakers serve', () => {
  it('"All told, …" is no speaker', () => {
    expect(claimsOf('All told, Russian troops have taken 4,100 sq km this year.', 'en', 'Test Wire')[0]?.speaker).toBe('Test Wire')
  })
  it('"В Курской области власти объявили …": the authorities speak, for the region\'s side', () => {
    const [c] = claimsOf('В Курской области власти объявили обязательную эвакуацию жителей двух сёл.', 'ru', 'Outlet')
    expect(c).toMatchObject({ speaker: 'власти', side: 'RU' })
  })
})

describe('hearsay from sources nobody names is reported', () => {
  it.each<[string, Lang]>([
    ['По данным наших источников, штурмовики закрепились у элеватора в Северске.', 'ru'],
    ['За даними наших джерел, росіяни зайшли в Піщане.', 'uk'],
    ['According to military sources, Russian troops entered Borova on Monday.', 'en'],
  ])('%s', (text, lang) => {
    expect(claimsOf(text, lang, 'Outlet')[0]?.modality).toBe('reported')
  })
})

describe('"too early to say so" answers the claim before it as premature', () => {
  it.each<[string, Lang, string]>([
    ["Russia's Defence Ministry said its troops had captured Kurakhove. It is too early to say so, Ukrainian officials said.", 'en', 'Reuters'],
    ['Вчера в Минобороны объявили о взятии Северска. Говорить об этом пока рано: бои идут в центре города.', 'ru', 'Рыбарь'],
  ])('%s', (text, lang, outlet) => {
    const rows = claimsOf(text, lang, outlet)
    expect(rows.find((r) => r.kind === 'capture' && r.modality === 'premature')).toBeDefined()
  })
})

describe('"too early to say whether …" asks about an event of its own; it answers no claim', () => {
  it('keeps the event of the question and its hedge', () => {
    const rows = claimsOf("Russia's Defence Ministry said its troops had taken Dalnie. Analysts said it was too early to say whether Russia's offensive had stalled.", 'en', 'Test Wire')
    expect(rows.some((r) => r.kind === 'capture' && r.modality === 'premature')).toBe(false)
  })
})
