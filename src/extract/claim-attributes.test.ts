import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'
import { inScareQuotes } from './resolve-modality.js'

// The attributes of claims that are found: actor side, modality, time, speaker. Our own sentences in
// the phrasings real reports use, one rule per block, EN/UK/RU. 2025-12-12 is a Friday.

type Row = Partial<{ kind: Claim['kind']; actorSide: Claim['actorSide']; speaker: string | null; side: string; modality: Claim['modality']; start: string | null; end: string | null }>

function claimsOf(text: string, lang: Lang = 'en', outlet: string | null = 'Test Wire', publishedAt = '2025-12-12'): Row[] {
  const r = extractClaims({ id: 'doc-attributes', text, lang, publishedAt, outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide, speaker: c.speaker.name, side: c.speaker.side, modality: c.modality, start: c.time.start, end: c.time.end }))
}

describe('modality: an event word in scare quotes is reported, not asserted', () => {
  it.each<[string, Lang, Row[]]>([
    ['Gerasimov told Putin that Kupiansk had been "liberated."', 'en', [{ kind: 'capture', modality: 'reported' }]],
    ['The ministry said Russian troops had “liberated” the village of Yablunivka.', 'en', [{ kind: 'capture', modality: 'reported' }]],
    ['Росіяни «звільнили» Ямпіль, стверджує Міноборони РФ.', 'uk', [{ kind: 'capture', modality: 'reported' }]],
    ['Российские войска «освободили» Ямполь, сообщили в Минобороны России.', 'ru', [{ kind: 'capture', modality: 'reported' }]],
  ])('%s', (text, lang, expected) => {
    expect(claimsOf(text, lang)).toMatchObject(expected)
  })

  it.each<[string, Lang, Row[]]>([
    // a quotation is a statement, not a word held at arm's length
    ['"We liberated Yampil," the general said.', 'en', [{ kind: 'capture', modality: 'asserted' }]],
    ['Генерал заявив: «Ми звільнили Ямпіль».', 'uk', [{ kind: 'capture', modality: 'asserted' }]],
  ])('%s', (text, lang, expected) => {
    expect(claimsOf(text, lang)).toMatchObject(expected)
  })

  it('reads quotation marks, not apostrophes', () => {
    const text = "Russia's troops captured Kyiv’s outskirts"
    expect(inScareQuotes(text, [text.indexOf('captured'), text.indexOf('captured') + 8])).toBe(false)
  })
})

describe('modality: unverified and hearsay markers', () => {
  it.each<[string, Lang, Row[]]>([
    ['Russian milbloggers claimed that Russian forces seized Rusyn Yar, but ISW has not observed visual confirmation of this claim.', 'en', [{ kind: 'capture', modality: 'unverified' }]],
    ['За неперевіреними даними, ворог просунувся в Покровську.', 'uk', [{ kind: 'advance', modality: 'unverified' }]],
    ['По непроверенным данным, российские войска вошли в Северск.', 'ru', [{ kind: 'advance', modality: 'unverified' }]],
    ['Военный эксперт Андрей Марочко сообщил со ссылкой на источники, что российские войска вошли в Северск.', 'ru', [{ kind: 'advance', modality: 'reported' }]],
    ['Речник бригади з посиланням на джерела повідомив, що окупанти зайшли в Сіверськ.', 'uk', [{ kind: 'advance', modality: 'reported' }]],
    ['Russian troops entered Siversk, the newspaper said, citing unnamed military sources.', 'en', [{ kind: 'advance', modality: 'reported' }]],
  ])('%s', (text, lang, expected) => {
    expect(claimsOf(text, lang)).toMatchObject(expected)
  })
})

describe('modality: "too early to speak of" is premature', () => {
  it.each<[string, Lang, Row[]]>([
    ['Ворог увійшов у Сіверськ, але говорити про повне захоплення міста поки що зарано.', 'uk', [{ kind: 'advance', modality: 'asserted' }, { kind: 'capture', modality: 'premature' }]],
    ['Наши войска вошли в Северск, но говорить о полном освобождении города пока рано.', 'ru', [{ kind: 'advance', modality: 'asserted' }, { kind: 'capture', modality: 'premature' }]],
  ])('%s', (text, lang, expected) => {
    expect(claimsOf(text, lang)).toMatchObject(expected)
  })

  it('leaves "рано утром" alone', () => {
    expect(claimsOf('Рано утром российские войска вошли в Северск.', 'ru')).toMatchObject([{ kind: 'advance', modality: 'asserted' }])
  })
})

describe('modality: a failed attempt still happened', () => {
  it.each<[string, Lang, Row[]]>([
    ['ВСУ безуспешно пытались контратаковать у Степногорска.', 'ru', [{ kind: 'assault', actorSide: 'UA', modality: 'asserted' }]],
    ['Окупанти безуспішно штурмували позиції біля Покровська.', 'uk', [{ kind: 'assault', actorSide: 'RU', modality: 'asserted' }]],
    ['Russian troops unsuccessfully attacked Ukrainian positions near Lyman.', 'en', [{ kind: 'assault', actorSide: 'RU', modality: 'asserted' }]],
    // an attack told as failing is the attacker's assault (gold convention 13), not a denied capture
    ['Russian troops failed to capture Lyman.', 'en', [{ kind: 'assault', actorSide: 'RU', modality: 'asserted' }]],
  ])('%s', (text, lang, expected) => {
    expect(claimsOf(text, lang)).toMatchObject(expected)
  })
})

describe('side: the agent of a passive named after the verb', () => {
  it.each<[string, Lang, Row[]]>([
    ['Yampil was retaken by Ukrainian forces last week.', 'en', [{ kind: 'capture', actorSide: 'UA' }]],
    ['Ukrainian positions near Lyman were attacked by Russian assault groups.', 'en', [{ kind: 'assault', actorSide: 'RU' }]],
    ['Ямпіль захоплено російськими військами.', 'uk', [{ kind: 'capture', actorSide: 'RU' }]],
    ['Село було захоплене окупантами ще влітку.', 'uk', [{ kind: 'capture', actorSide: 'RU' }]],
    ['Село звільнено силами 93-ї окремої механізованої бригади.', 'uk', [{ kind: 'capture', actorSide: 'UA' }]],
    ['Позиції ЗСУ біля Покровська атаковано російськими штурмовими групами.', 'uk', [{ kind: 'assault', actorSide: 'RU' }]],
    ['Ямполь захвачен российскими войсками.', 'ru', [{ kind: 'capture', actorSide: 'RU' }]],
    ['Село было освобождено украинскими военными.', 'ru', [{ kind: 'capture', actorSide: 'UA' }]],
    ['Населённый пункт освобождён подразделениями группировки войск «Центр».', 'ru', [{ kind: 'capture', actorSide: 'RU' }]],
    ['Купянск взят под контроль ВСУ.', 'ru', [{ kind: 'capture', actorSide: 'UA' }]],
    // the patient before a passive, no agent: the other side did it
    ['Позиции ВСУ у Красноармейска атакованы.', 'ru', [{ kind: 'assault', actorSide: 'RU' }]],
  ])('%s', (text, lang, expected) => {
    expect(claimsOf(text, lang, null)).toMatchObject(expected)
  })
})

describe('side: a participle after soldiers is passive only without an object', () => {
  it.each<[string, Row[]]>([
    ['Russia said its troops captured Yampil.', [{ kind: 'capture', actorSide: 'RU' }]],
    ['The Russian Defence Ministry said its troops captured Yampil on Monday.', [{ kind: 'capture', actorSide: 'RU' }]],
    ['152,142 Russian servicemen killed in Ukraine, the General Staff said.', [{ kind: 'casualties', actorSide: 'UA' }]],
  ])('%s', (text, expected) => {
    expect(claimsOf(text, 'en', null)).toMatchObject(expected)
  })
})

describe('rebuttals in the sentence of the claim they answer', () => {
  it.each<[string, Lang, Row[]]>([
    ['Russia said its troops captured Yampil on Monday, but Kyiv denied the claim.', 'en', [
      { kind: 'capture', actorSide: 'RU', speaker: 'Russia', modality: 'reported', start: '2025-12-08' },
      { kind: 'capture', actorSide: 'RU', speaker: 'Kyiv', side: 'UA', modality: 'denied', start: '2025-12-08' },
    ]],
    ['Російське Міноборони заявило про захоплення Степногірська, однак Київ швидко спростував цю інформацію.', 'uk', [
      { kind: 'capture', actorSide: 'RU', speaker: 'Russian Defense Ministry' },
      { kind: 'capture', actorSide: 'RU', speaker: 'Kyiv', side: 'UA', modality: 'denied' },
    ]],
    ['Окупанти заявили, що захопили Ямпіль, але в Генштабі ЗСУ це спростували.', 'uk', [
      { kind: 'capture', actorSide: 'RU' },
      { kind: 'capture', actorSide: 'RU', speaker: 'General Staff of the Armed Forces of Ukraine', modality: 'denied' },
    ]],
    ['Минобороны России заявило об освобождении Ямполя, но Киев опроверг это заявление.', 'ru', [
      { kind: 'capture', actorSide: 'RU', speaker: 'Russian Defense Ministry' },
      { kind: 'capture', actorSide: 'RU', speaker: 'Kyiv', modality: 'denied' },
    ]],
    ['Минобороны России заявило об освобождении Ямполя, однако в ВСУ эту информацию опровергли.', 'ru', [
      { kind: 'capture', speaker: 'Russian Defense Ministry' },
      { kind: 'capture', speaker: 'Ukrainian military', side: 'UA', modality: 'denied' },
    ]],
  ])('%s', (text, lang, expected) => {
    const got = claimsOf(text, lang, null)
    expect(got).toHaveLength(expected.length)
    expect(got).toMatchObject(expected)
  })

  it('gives "dismissed a claim by Y that A" two claims: Y\'s and the rebuttal', () => {
    expect(claimsOf("Hordiienko dismissed a claim by Russia's Defense Ministry that Moscow's troops had captured Derylove.", 'en', null)).toMatchObject([
      { kind: 'capture', actorSide: 'RU', speaker: "Russia's Defense Ministry", modality: 'reported' },
      { kind: 'capture', actorSide: 'RU', speaker: 'Hordiienko', modality: 'denied' },
    ])
  })

  it('lets a rebuttal of gains answer them ("insist those gains are exaggerated")', () => {
    expect(claimsOf("Russia's Defense Ministry claimed the capture of 190 villages this year. Ukrainian officials insist those gains are exaggerated.", 'en', null)).toMatchObject([
      { kind: 'capture', speaker: "Russia's Defense Ministry", modality: 'reported' },
      { kind: 'capture', speaker: 'Ukrainian officials', modality: 'denied' },
    ])
  })
})

describe('time: "the same day" is the day named last', () => {
  it.each<[string, Lang, Row[]]>([
    ["Putin said on Monday that Kupiansk had been captured. Ukraine's General Staff rejected the claim the same day, saying its units still controlled the city.", 'en', [
      { kind: 'capture', start: '2025-12-08' },
      { kind: 'capture', modality: 'denied', start: '2025-12-08' },
      { kind: 'control', actorSide: 'UA', start: '2025-12-08' },
    ]],
    ['Міноборони РФ 8 грудня заявило про захоплення Сіверська. Того ж дня Генштаб ЗСУ повідомив, що Сили оборони утримують позиції в місті.', 'uk', [
      { kind: 'capture', start: '2025-12-08' },
      { kind: 'control', actorSide: 'UA', start: '2025-12-08' },
    ]],
  ])('%s', (text, lang, expected) => {
    const got = claimsOf(text, lang, null)
    for (const row of expected) expect(got).toContainEqual(expect.objectContaining(row))
  })
})

describe('time: a report window in the lead dates the later undated items (gold call 11)', () => {
  // Published Friday 2025-12-12: the past day is [2025-12-11, 2025-12-12].
  it.each<[string, Lang, Row[]]>([
    ['Протягом минулої доби зафіксовано 184 бойових зіткнення. На Покровському напрямку ворог 52 рази атакував позиції наших захисників. Сили оборони зупинили 47 атак.', 'uk', [
      { kind: 'assault', start: '2025-12-11', end: '2025-12-12' },
      { kind: 'repelled', start: '2025-12-11', end: '2025-12-12' },
    ]],
    ['За прошедшие сутки ВСУ атаковали 19 населённых пунктов Белгородской области. В Грайвороне дрон атаковал автомобиль, ранены двое мирных жителей.', 'ru', [
      { kind: 'strike', start: '2025-12-11', end: '2025-12-12' },
      { kind: 'casualties', start: '2025-12-11', end: '2025-12-12' },
    ]],
    ['Russian forces shelled Kupiansk district 26 times over the past day, the head of the regional administration said. Russian troops also attacked Ukrainian positions near Kurylivka.', 'en', [
      { kind: 'assault', start: '2025-12-11', end: '2025-12-12' },
    ]],
    // A time outside the window opening a later sentence ends it: the items after take their own time.
    ['Протягом минулої доби ворог 40 разів атакував на Покровському напрямку. 8 грудня росіяни захопили Рівне. Сили оборони відбили три атаки біля Родинського.', 'uk', [
      { kind: 'capture', start: '2025-12-08', end: '2025-12-08' },
      { kind: 'repelled', start: '2025-12-12', end: '2025-12-12' },
    ]],
  ])('%s', (text, lang, expected) => {
    const got = claimsOf(text, lang, null)
    for (const row of expected) expect(got).toContainEqual(expect.objectContaining(row))
  })

  it.each<[string, Lang, Row[]]>([
    // A window closing a statement about one thing, or stated later in the story, dates only its own sentence.
    ['Российские войска освободили Петропавловку. Средствами ПВО за сутки сбиты 162 беспилотника. Также ВС РФ нанесли удар по объектам энергетики.', 'ru', [
      { kind: 'capture', start: '2025-12-12', end: '2025-12-12' },
      { kind: 'strike', start: '2025-12-12', end: '2025-12-12' },
    ]],
    ['Російські війська атакували Харків дронами. Мер міста повідомив про поранених. Начальник ОВА додав, що протягом доби окупанти обстріляли 12 населених пунктів. Також оголошено евакуацію з 9 сіл. Евакуацію продовжать.', 'uk', [
      { kind: 'evacuation', start: '2025-12-12', end: '2025-12-12' },
    ]],
  ])('no window: %s', (text, lang, expected) => {
    const got = claimsOf(text, lang, null)
    for (const row of expected) expect(got).toContainEqual(expect.objectContaining(row))
  })
})

describe('time: "the same period" is the period named last', () => {
  it.each<[string, Lang, Row[]]>([
    ['Russian forces captured 2,140 square kilometres of Ukrainian land in the first half of 2025, according to an analysis of DeepState maps. June alone accounted for about 520 sq km, the largest monthly haul since November. Ukraine clawed back some 23 square miles over the same six months.', 'en', [
      { kind: 'area-change', actorSide: 'UA', start: '2025-01-01', end: '2025-06-30' },
    ]],
    ['У першому кварталі 2025 року окупанти захопили 1 100 км² української території. Сили оборони за той самий період повернули 31 км².', 'uk', [
      { kind: 'area-change', actorSide: 'UA', start: '2025-01-01', end: '2025-03-31' },
    ]],
    ['В мае российская армия заняла около 450 кв. км. ВСУ за тот же период вернули 20 кв. км.', 'ru', [
      { kind: 'area-change', actorSide: 'UA', start: '2025-05-01', end: '2025-05-31' },
    ]],
  ])('%s', (text, lang, expected) => {
    const got = claimsOf(text, lang, null)
    for (const row of expected) expect(got).toContainEqual(expect.objectContaining(row))
  })
})

describe('speakers known by office', () => {
  it.each<[string, Lang, string, string]>([
    ['Росіяни скинули на Краматорськ дві авіабомби, повідомив начальник Краматорської МВА Олександр Гончаренко.', 'uk', 'Олександр Гончаренко', 'UA'],
    ['Российские войска обстреляли Херсон, сообщил глава военной администрации Херсона Роман Мрочко.', 'ru', 'Роман Мрочко', 'UA'],
    ['Российские войска находятся в трёх километрах от Славянска, заявил командир спецназа «Ахмат» Апти Алаудинов.', 'ru', 'Апти Алаудинов', 'RU'],
    ['Russian drones hit Druzhkivka overnight, the head of the city military administration said.', 'en', 'head of the city military administration', 'UA'],
  ])('%s', (text, lang, speaker, side) => {
    expect(claimsOf(text, lang, null)[0]).toMatchObject({ speaker, side })
  })

  it('keeps the side of an abbreviation to the abbreviation, not to any word that contains its letters', () => {
    expect(claimsOf('Российские войска вошли в Северск, заявила Мария Захарова.', 'ru', null)[0]).toMatchObject({ side: 'RU' })
  })
})

describe('a speaker referred back to is the one "he" means next', () => {
  it('reads "The commander, who spoke on condition of anonymity, said" and the "He said" after it', () => {
    const text =
      'Ukrainian troops have cleared Russian forces from Kupiansk, a Ukrainian battalion commander said Thursday. Gen. Valery Gerasimov told President Vladimir Putin on Nov. 20 that Kupiansk had been captured. ' +
      'The commander, who spoke on condition of anonymity because he was not authorized to speak publicly, said small Russian groups remained in basements. He said Ukrainian forces had also retaken Kindrashivka.'
    const got = claimsOf(text, 'en', 'Associated Press')
    expect(got.at(-1)).toMatchObject({ kind: 'capture', actorSide: 'UA', speaker: 'Ukrainian battalion commander', side: 'UA' })
  })

  it.each<[string, Lang]>([
    ['Окупанти обстріляли Краматорськ, повідомив начальник МВА Олександр Гончаренко. Він нагадав, що росіяни минулого тижня атакували місто дронами.', 'uk'],
    ['Украинские войска обстреляли Горловку, сообщил глава города Иван Приходько. Он напомнил, что ВСУ накануне атаковали город дронами.', 'ru'],
  ])('%s', (text, lang) => {
    const got = claimsOf(text, lang, 'Новини')
    expect(got.at(-1)!.speaker).toBe(got[0]!.speaker)
  })
})

describe('a side worked out for a speaker holds when they are referred back to', () => {
  it('keeps the governor of a named region Ukrainian in "he added"', () => {
    const got = claimsOf('Russian missiles struck Kharkiv overnight, the governor said. Two people were killed and 14 wounded, he added.', 'en', null)
    expect(got).toMatchObject([{ kind: 'strike', speaker: 'governor', side: 'UA' }, { kind: 'casualties', speaker: 'governor', side: 'UA' }])
  })
})

describe('time: a period compared with does not date the claim', () => {
  it.each<[string, Lang, string, Row[]]>([
    ['За березень ворог окупував 289 км² української території, це на 23% менше, ніж у лютому.', 'uk', '2026-04-02', [{ kind: 'area-change', start: '2026-03-01', end: '2026-03-31' }]],
    ['За март российские войска заняли 420 кв. км, что на 10% больше, чем в феврале.', 'ru', '2026-04-02', [{ kind: 'area-change', start: '2026-03-01', end: '2026-03-31' }]],
    ['Russian forces seized 420 square kilometers in March, 10% more than in February.', 'en', '2026-04-02', [{ kind: 'area-change', start: '2026-03-01', end: '2026-03-31' }]],
  ])('%s', (text, lang, publishedAt, expected) => {
    expect(claimsOf(text, lang, null, publishedAt)).toMatchObject(expected)
  })
})

describe('the denier speaks again after the claim it answers', () => {
  it('gives ", saying …" after "dismissed a claim by Y that A" back to the denier', () => {
    const got = claimsOf("Hordiienko dismissed a claim by Russia's Defense Ministry that Moscow's troops had captured Derylove, saying Ukrainian soldiers still hold the northern part of the village.", 'en', null)
    expect(got).toContainEqual(expect.objectContaining({ kind: 'capture', speaker: "Russia's Defense Ministry", modality: 'reported' }))
    expect(got).toContainEqual(expect.objectContaining({ kind: 'control', actorSide: 'UA', speaker: 'Hordiienko', modality: 'asserted' }))
    expect(got).toContainEqual(expect.objectContaining({ kind: 'capture', speaker: 'Hordiienko', modality: 'denied' }))
  })
})

describe('speaker: "Про це заявив X" / "Об этом сообщил X" names who said the sentences before it', () => {
  it.each<[string, Lang, Row[]]>([
    [
      "У Куп'янську немає російських військових, місто повністю під контролем Сил оборони. Про це в ефірі телемарафону заявив речник угруповання військ Павло Кравчук.",
      'uk',
      [{ kind: 'control', speaker: 'Павло Кравчук', side: 'UA' }],
    ],
    [
      'Российские штурмовые подразделения закрепились на северной окраине Константиновки. Об этом ТАСС сообщил глава ДНР Денис Пушилин.',
      'ru',
      [{ kind: 'advance', speaker: 'Denis Pushilin', side: 'RU' }],
    ],
    [
      'Российские войска продвинулись у Часова Яра. Об этом сообщил журналистам глава ДНР Денис Пушилин.',
      'ru',
      [{ kind: 'advance', speaker: 'Denis Pushilin', side: 'RU' }],
    ],
  ])('%s', (text, lang, expected) => {
    expect(claimsOf(text, lang, null)).toMatchObject(expected)
  })

  it('keeps the speaker for a following "За його словами"', () => {
    const text = "Місто під контролем Сил оборони. Про це заявив речник угруповання Павло Кравчук. За його словами, окупанти намагалися прорватися до Куп'янська-Вузлового."
    expect(claimsOf(text, 'uk', null).map((c) => c.speaker)).toEqual(['Павло Кравчук', 'Павло Кравчук'])
  })

  it('is not a frame when nobody is named after the verb', () => {
    const text = 'Российские войска продвинулись у Часова Яра. Об этом сообщили.'
    expect(claimsOf(text, 'ru', null)).toMatchObject([{ kind: 'advance', speaker: null }])
  })
})

describe('speaker: a place adjunct opening the sentence is not part of the speaker', () => {
  it.each<[string, Lang, Row[]]>([
    [
      "In Russia's Belgorod region, which borders Kharkiv, governor Vyacheslav Gladkov said a Ukrainian drone had hit a car in the town of Shebekino.",
      'en',
      [{ kind: 'strike', speaker: 'Vyacheslav Gladkov', side: 'RU' }],
    ],
    ['In the Kursk region, acting governor Alexander Khinshtein said Ukrainian drones struck a substation in Lgov.', 'en', [{ kind: 'strike', speaker: 'Alexander Khinshtein' }]],
  ])('%s', (text, lang, expected) => {
    expect(claimsOf(text, lang)).toMatchObject(expected)
  })
})

describe('rebuttal in the passive: "…, a claim swiftly rejected by Kyiv"', () => {
  it.each<[string, Row[]]>([
    [
      "Russia's defence ministry said its forces had captured Kupiansk-Vuzlovyi, a claim swiftly rejected by Kyiv.",
      [{ kind: 'capture', modality: 'reported', side: 'RU' }, { kind: 'capture', modality: 'denied', speaker: 'Kyiv', side: 'UA' }],
    ],
    [
      'The Russian Defence Ministry said its troops had taken Yampil, a report denied by the Ukrainian military.',
      [{ kind: 'capture', modality: 'reported', side: 'RU' }, { kind: 'capture', modality: 'denied', side: 'UA' }],
    ],
  ])('%s', (text, expected) => {
    expect(claimsOf(text)).toMatchObject(expected)
  })
})
