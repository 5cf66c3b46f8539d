import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Round 15, helper 116: who said a claim and through what (gold conventions 3, 16, 21, 22, 27, 30,
// 34, 41). Our own sentences, one table per class of phrasing, in every language the class has.

type Row = { kind: Claim['kind']; speaker: string | null; side: string; via: string | null; text: string }

function claimsOf(text: string, lang: Lang = 'en', outlet: string | null = 'Test Wire'): Row[] {
  const r = extractClaims({ id: 'doc-r15-h116', text, lang, publishedAt: '2026-11-20', outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, speaker: c.speaker.name, side: c.speaker.side, via: c.speaker.via, text: text.slice(c.span[0], c.span[1]) }))
}

describe('class 1: the outlet an interviewee spoke to is the via of the whole interview (calls 22, 27)', () => {
  // The verbs: told / tells / рассказал / сказал / розповів; the outlet in the list, known to the entity
  // index only, or in guillemets in the dative; the interview continued by the surname, a title, a
  // pronoun, "По его прогнозу", "За його словами", in the same or a later paragraph.
  const cases: { name: string; lang: Lang; outlet: string; text: string; speaker: string; via: string }[] = [
    {
      name: 'told DW (an outlet the entity index knows), then the surname in later paragraphs',
      lang: 'en',
      outlet: 'Deutsche Welle',
      text: 'Russian units have pushed into Mala Tokmachka, district chief Petro Halych told DW on Tuesday.\n\nOn Monday night a drone hit a school in Orikhiv, Halych said, wounding a teacher.\n\nHalych said officials would evacuate 200 families from Stepnohirsk next week.',
      speaker: 'Petro Halych',
      via: 'DW',
    },
    {
      name: 'tells Sky News, present tense, leading',
      lang: 'en',
      outlet: 'Sky News',
      text: 'Major Danylo Rusak tells Sky News that Russian infantry entered Kupiansk from the north last week.\n\nRusak says his drone teams destroyed two tanks near Petropavlivka.',
      speaker: 'Danylo Rusak',
      via: 'Sky News',
    },
    {
      name: 'рассказал «Фонтанке» (its own outlet in the dative), then a pronoun and «По его словам»',
      lang: 'ru',
      outlet: 'Фонтанка',
      text: 'Доброволец с позывным «Кедр» рассказал «Фонтанке», что российские штурмовики зашли в Купянск с севера.\n\n«Наши закрепились у вокзала», — говорит он. По его словам, за неделю его рота потеряла ранеными шесть человек.',
      speaker: 'Кедр',
      via: 'Фонтанка',
    },
    {
      name: 'сказал «Новой газете» (an outlet the lists lack), trailing, with the speaker after it',
      lang: 'ru',
      outlet: 'Новая газета',
      text: 'Российские войска продвинулись у Тоненького, сказал «Новой газете» военный эксперт Олег Гусев. По его прогнозу, к весне Покровск будет окружён.',
      speaker: 'Олег Гусев',
      via: 'Новая газета',
    },
    {
      name: 'розповів «Дзеркалу тижня», then «Експерт також зазначив»',
      lang: 'uk',
      outlet: 'Дзеркало тижня',
      text: 'Російські війська просунулися біля Торецька, розповів «Дзеркалу тижня» військовий експерт Петро Гнатюк. Експерт також зазначив, що ворог штурмує Щербинівку.',
      speaker: 'Петро Гнатюк',
      via: 'Дзеркало тижня',
    },
    {
      name: 'рассказал «Известиям», then «Эксперт также отметил» and «По его прогнозу»',
      lang: 'ru',
      outlet: 'Известия',
      text: 'Российские подразделения продвинулись у Северска, рассказал «Известиям» военный эксперт Иван Пахомов.\n\nЭксперт также отметил, что ВСУ потеряли у Серебрянки два танка. По его прогнозу, к концу января Северск будет полностью освобождён.',
      speaker: 'Иван Пахомов',
      via: 'Izvestia',
    },
  ]
  for (const c of cases) {
    it(c.name, () => {
      const rows = claimsOf(c.text, c.lang, c.outlet)
      expect(rows.length).toBeGreaterThan(1)
      for (const r of rows) expect(r, r.text).toMatchObject({ speaker: c.speaker, via: c.via })
    })
  }
  it('a name in the nominative after the verb is the speaker, not an outlet', () => {
    const rows = claimsOf('«Наши зашли в Степногорск с востока», — добавил «Кедр».', 'ru', 'Фонтанка')
    expect(rows[0]).toMatchObject({ speaker: 'Кедр', via: null })
  })
  it('a forecast told by "По его прогнозу" keeps the speaker\'s side for a capture he expects', () => {
    const rows = claimsOf('Военный эксперт Иван Пахомов рассказал ТАСС, что бои идут у Северска. По его прогнозу, к концу января Северск будет освобождён.', 'ru', 'ТАСС')
    expect(rows.at(-1)).toMatchObject({ kind: 'capture', speaker: 'Иван Пахомов' })
  })
})

describe('class 2: an address printed under a heading that names it is the person speaking, not the office', () => {
  // The heading nouns: Звернення / Відеозвернення / Виступ, Обращение / Выступление, Address by /
  // Statement of / "X's evening address"; the person in the genitive, with a title, or possessive.
  const cases: { name: string; lang: Lang; outlet: string; text: string; speaker: string }[] = [
    {
      name: 'Звернення Президента України … (the office as outlet)',
      lang: 'uk',
      outlet: 'Офіс Президента України',
      text: 'Звернення Президента України Володимира Зеленського\n\nДоброго вечора! Сьогодні наші воїни звільнили Новоєгорівку. Минулої ночі Росія запустила по Харкову 40 дронів.',
      speaker: 'Volodymyr Zelensky',
    },
    {
      name: 'Щоденне відеозвернення …, present tense',
      lang: 'uk',
      outlet: 'president.gov.ua',
      text: 'Щоденне відеозвернення Володимира Зеленського\n\nНаші підрозділи утримують Куп\'янськ. Окупанти атакують біля Покровська.',
      speaker: 'Volodymyr Zelensky',
    },
    {
      name: 'Обращение Президента России … (Kremlin site)',
      lang: 'ru',
      outlet: 'Kremlin.ru',
      text: 'Обращение Президента России Владимира Путина\n\nНаши войска освободили Кураховку. Противник отступает под Купянском.',
      speaker: 'Vladimir Putin',
    },
    {
      name: 'Address by President … (English heading)',
      lang: 'en',
      outlet: 'Office of the President of Ukraine',
      text: 'Address by President Volodymyr Zelensky\n\nGood evening. Our soldiers retook Novoiehorivka this week. Overnight Russia launched 50 drones at Odesa.',
      speaker: 'Volodymyr Zelensky',
    },
    {
      name: "Zelensky's evening address (possessive heading)",
      lang: 'en',
      outlet: 'president.gov.ua',
      text: "Zelensky's evening address\n\nRussian troops keep attacking near Pokrovsk. Our forces repelled 20 assaults near Kostiantynivka today.",
      speaker: 'Volodymyr Zelensky',
    },
  ]
  for (const c of cases) {
    it(c.name, () => {
      const rows = claimsOf(c.text, c.lang, c.outlet)
      expect(rows.length).toBeGreaterThan(0)
      for (const r of rows) expect(r, r.text).toMatchObject({ speaker: c.speaker })
    })
  }
  it('a claim the address quotes from someone else keeps that speaker', () => {
    const rows = claimsOf('Звернення Президента України Володимира Зеленського\n\nРосійське Міноборони заявляє, що нібито взяло Сіверськ. Це брехня.', 'uk', 'Офіс Президента України')
    expect(rows[0]).toMatchObject({ speaker: expect.stringMatching(/Defen[cs]e Ministry|Міноборони/u) })
  })
  it('a headline that is not an address leaves the outlet speaking', () => {
    const rows = claimsOf('Звернення до громадян: евакуація з Куп\'янська триває\n\nВлада вивезла з Куп\'янська 300 людей.', 'uk', 'Суспільне')
    expect(rows[0]!.speaker).toBe('Suspilne')
  })
})

describe('class 3: a dash-printed interview\'s answers are the interviewee\'s, also after a question that names a group\'s claim (calls 22, 30)', () => {
  // The lead names the interviewee before the verb (розповів / рассказал, with a title or a call sign);
  // the questions quote what channels, the ministry or bloggers say; the answers deny it or tell events.
  const cases: { name: string; lang: Lang; outlet: string; text: string; speaker: string }[] = [
    {
      name: 'Ukrainian: a question quoting Russian channels, then answers in the first person',
      lang: 'uk',
      outlet: 'Громадське',
      text: 'Командир роти, що обороняє Сіверськ, капітан Олег Мирошник розповів Громадському, як минув тиждень.\n\n— Російські канали пишуть, що Сіверськ оточено. Це правда?\n\n— Ні. Ми тримаємо дорогу на Слов\'янськ.\n\n— Де зараз найважче?\n\n— Біля Звонівки. Вчора ми спалили там два танки.',
      speaker: 'Олег Мирошник',
    },
    {
      name: 'Russian: a question quoting Ukrainian officials, the interviewee known by his call sign',
      lang: 'ru',
      outlet: 'Фонтанка',
      text: 'Доброволец с позывным «Кедр» рассказал «Фонтанке» о боях за Купянск.\n\n— Украинские власти говорят, что город под их контролем. Так ли это?\n\n— Нет. Наши штурмовики заняли центр Купянска.\n\n— А что в Ковшаровке?\n\n— Там противник ещё держит промзону.',
      speaker: 'Кедр',
    },
    {
      name: 'Ukrainian: a question quoting the ministry, past-tense answers',
      lang: 'uk',
      outlet: 'NV',
      text: 'Начальник штабу бригади підполковник Віктор Лозинський розповів NV про бої біля Покровська.\n\n— Міноборони РФ заявляє, що взяло Родинське. Чи так це?\n\n— Ні, місто тримають наші підрозділи.\n\n— Що сталося минулого тижня?\n\n— Ми відійшли з двох позицій біля Мирнограда.',
      speaker: 'Віктор Лозинський',
    },
    {
      name: 'Russian: a question quoting bloggers, present-tense answers',
      lang: 'ru',
      outlet: 'Коммерсант',
      text: 'Командир батальона подполковник Сергей Белов рассказал «Коммерсанту», как идут бои у Северска.\n\n— Военкоры пишут, что ВСУ окружены в Северске. Это так?\n\n— Пока нет. Противник отходит к Славянску.\n\n— Где сейчас труднее всего?\n\n— У Серебрянки. Наши подразделения штурмуют опорный пункт.',
      speaker: 'Сергей Белов',
    },
    {
      name: 'Ukrainian: the lead in the present tense (розповідає)',
      lang: 'uk',
      outlet: 'Суспільне',
      text: 'Про ситуацію біля Куп\'янська розповідає командир батальйону майор Степан Ткачук.\n\n— Росіяни заявляють, що захопили Кучерівку. Це так?\n\n— Ні. Ворог намагався туди зайти, але ми його відбили.\n\n— Чого чекаєте далі?\n\n— Вони штурмують Петропавлівку щодня.',
      speaker: 'Степан Ткачук',
    },
  ]
  for (const c of cases) {
    it(c.name, () => {
      const rows = claimsOf(c.text, c.lang, c.outlet)
      // The claims told in a question (convention 30 gives them to the group) are left out here.
      const asked = c.text.split('\n').filter((line) => line.trimEnd().endsWith('?'))
      const answers = rows.filter((r) => !asked.some((line) => line.includes(r.text)))
      expect(answers.length).toBeGreaterThan(0)
      for (const r of answers) expect(r, r.text).toMatchObject({ speaker: c.speaker })
    })
  }
})

describe('class 4: a trailing attribution in wire and live-blog copy credits the official, and its counted results keep him (call 21)', () => {
  it('"Of those, …" after a present-tense "Ukraine\'s air force says"', () => {
    const rows = claimsOf("Russia launched 90 drones at Ukrainian cities overnight, Ukraine's air force says. Of those, 70 were shot down over the north.", 'en', 'Al Jazeera')
    expect(rows.length).toBe(2)
    for (const r of rows) expect(r.speaker, r.text).toMatch(/air force/iu)
  })
  it('"З них …" after "повідомили Повітряні сили"', () => {
    const rows = claimsOf('Уночі росіяни атакували Україну 80 дронами, повідомили в Повітряних силах. З них 60 збито над Київщиною.', 'uk', 'Суспільне')
    expect(rows.length).toBe(2)
    expect(rows[1]!.speaker).toBe(rows[0]!.speaker)
    expect(rows[1]!.speaker).not.toBe('Suspilne')
  })
  it('"Из них …" after "сообщило Минобороны"', () => {
    const rows = claimsOf('Ночью ВСУ запустили по Белгородской области 30 беспилотников, сообщило Минобороны России. Из них 25 сбиты над Шебекино.', 'ru', 'РБК')
    expect(rows.length).toBe(2)
    expect(rows[1]!.speaker).toBe(rows[0]!.speaker)
    expect(rows[1]!.speaker).not.toBe('RBC')
  })
  it('"…, the regional governor said, in the latest of …": an apposition on the news after the frame', () => {
    const rows = claimsOf('An oil depot in Klintsy caught fire after Ukrainian drones hit it overnight, the regional governor said, in the latest of a series of raids on Russian fuel sites.', 'en', 'The Telegraph')
    expect(rows[0]!.speaker).toMatch(/governor/u)
  })
  it('"…, Kharkiv mayor Ihor Terekhov says": present tense, a title before the name', () => {
    const rows = claimsOf('Three people were wounded when a glide bomb hit a school in Kharkiv, Kharkiv mayor Ihor Terekhov says.', 'en', 'Al Jazeera')
    for (const r of rows) expect(r.speaker).toBe('Ihor Terekhov')
  })
})

describe('class 5: a quote whose speaker comes after it, known by a call sign', () => {
  it('"…," said a sergeant … who gave only his call sign, Lys.', () => {
    const rows = claimsOf('"They are maybe five kilometers short of Pokrovske now," said a sergeant in the 47th Brigade who gave only his call sign, Vorona.', 'en', 'The New York Times')
    expect(rows[0]).toMatchObject({ speaker: 'Vorona' })
  })
  it('"…," said a marine who goes by the call sign Shershen (no comma)', () => {
    const rows = claimsOf('"We pulled out of Krynky last week," said a marine who goes by the call sign Shershen.', 'en', 'Reuters')
    expect(rows[0]).toMatchObject({ speaker: 'Shershen' })
  })
})

describe('class 6: unit and institution names as speakers keep their closing guillemet, their number and the nominative', () => {
  it('a numbered brigade with its name in guillemets, quoted', () => {
    const rows = claimsOf('Бійці відбили штурм біля Часового Яру, повідомили в 24 ОМБр «Ягайло».', 'uk', 'Суспільне')
    expect(rows[0]!.speaker).toBe('24 ОМБр «Ягайло»')
  })
  it('the same brigade as a channel (outlet "… (Telegram)") keeps the closing mark', () => {
    const rows = claimsOf('Вчора наші дронарі знищили дві БМП біля Часового Яру.', 'uk', '24 ОМБр «Ягайло» (Telegram)')
    expect(rows[0]!.speaker).toBe('24 ОМБр «Ягайло»')
  })
  it('"як повідомили в Силах оборони півдня": the nominative', () => {
    const rows = claimsOf('Як повідомили в Силах оборони півдня, ворог двічі атакував Кам\'янське.', 'uk', 'Цензор.НЕТ')
    expect(rows[0]!.speaker).toBe('Сили оборони півдня')
  })
  it('"в угрупованні «Схід» заявили": the nominative, present tense', () => {
    const rows = claimsOf('В угрупованні «Схід» заявляють, що ворог атакував Великомихайлівку.', 'uk', 'УНІАН')
    expect(rows[0]!.speaker).toMatch(/^угруповання «Схід»$/iu)
  })
  it('"в прокуратуре области сообщили": Russian', () => {
    const rows = claimsOf('В прокуратуре области сообщили, что дрон атаковал автобус в Шебекино.', 'ru', 'РБК')
    expect(rows[0]!.speaker).toMatch(/^прокуратура области$/iu)
  })
  it('a count of speakers is still no part of their name', () => {
    const rows = claimsOf('Two Ukrainian officers said Russian troops had entered Siversk.', 'en', 'Reuters')
    expect(rows[0]!.speaker).toBe('Ukrainian officers')
  })
})
