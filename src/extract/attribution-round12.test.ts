import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Attribution, round 12: our own sentences for each class of phrasing the rules cover (speaker,
// speaker side, via), with the everyday case beside it where one could be broken.

type Row = { kind: Claim['kind']; speaker: string | null; side: string; via: string | null; text: string }

function claimsOf(text: string, lang: Lang = 'en', outlet: string | null = 'Test Wire'): Row[] {
  const r = extractClaims({ id: 'doc-r12', text, lang, publishedAt: '2026-11-20', outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, speaker: c.speaker.name, side: c.speaker.side, via: c.speaker.via, text: text.slice(c.span[0], c.span[1]) }))
}

describe('an outlet the tables do not know takes its side from the report', () => {
  it('an English-language outlet is foreign press: independent', () => {
    const rows = claimsOf('Russian forces captured the village of Novoselivka last week.', 'en', 'The Evening Courier')
    expect(rows[0]).toMatchObject({ speaker: 'The Evening Courier', side: 'independent' })
  })
  it('a Russian channel that calls the other side "хохлы" is Russian', () => {
    const rows = claimsOf('Хохлы третий день кроют наши позиции под Купянском. Наши бойцы продвинулись у Петропавловки.', 'ru', 'Канал Полынь')
    expect(rows.length).toBeGreaterThan(0)
    for (const r of rows) expect(r).toMatchObject({ speaker: 'Канал Полынь', side: 'RU' })
  })
  it('a Russian-language outlet that says "оккупанты" is Ukrainian', () => {
    const rows = claimsOf('Оккупанты ночью обстреляли Никополь из артиллерии.', 'ru', 'Южный вестник')
    expect(rows[0]).toMatchObject({ side: 'UA' })
  })
  it('a Russian-language outlet with neutral words stays unknown', () => {
    const rows = claimsOf('Российские войска ночью обстреляли Никополь из артиллерии.', 'ru', 'Южный вестник')
    expect(rows[0]).toMatchObject({ side: 'unknown' })
  })
  it('a Ukrainian-language outlet is Ukrainian', () => {
    const rows = claimsOf('Російські війська вдарили по Нікополю з артилерії.', 'uk', 'Нікопольський вісник')
    expect(rows[0]).toMatchObject({ side: 'UA' })
  })
})

describe('a toll told right after an attributed event keeps its speaker and via (call 21)', () => {
  it.each<[string, Lang, string]>([
    ['Russian drones hit Lozova overnight, Governor Petro Marchenko wrote on Telegram. Four people were wounded.', 'en', 'Petro Marchenko'],
    ['Вночі окупанти вдарили по Лозовій, повідомив у Telegram голова ОВА Петро Марченко. Поранено чотирьох людей.', 'uk', 'Петро Марченко'],
    ['ВСУ атаковали Валуйки дронами, написал в своём телеграм-канале губернатор Пётр Марченко. Ранены четыре человека.', 'ru', 'Пётр Марченко'],
  ])('%s', (text, lang, name) => {
    const rows = claimsOf(text, lang, 'Outlet')
    expect(rows.length).toBe(2)
    expect(rows[1]).toMatchObject({ speaker: rows[0]!.speaker, via: 'Telegram' })
    expect(rows[0]!.speaker).toBe(name)
  })
  it('a new paragraph falls back to the outlet', () => {
    const rows = claimsOf('Russian drones hit Lozova overnight, Governor Petro Marchenko wrote on Telegram.\n\nFour people were wounded.', 'en', 'Outlet')
    expect(rows.at(-1)).toMatchObject({ speaker: 'Outlet', via: null })
  })
  it('a new event naming a force falls back to the outlet', () => {
    const rows = claimsOf('Russian drones hit Lozova overnight, Governor Petro Marchenko wrote on Telegram. Russian artillery also killed two people in Balakliia.', 'en', 'Outlet')
    expect(rows.at(-1)).toMatchObject({ speaker: 'Outlet', via: null })
  })
})

describe('a continuation of an official\'s own post carries its platform (call 16)', () => {
  it('"He added" after "wrote on Telegram"', () => {
    const rows = claimsOf('Governor Petro Marchenko wrote on Telegram that Russian troops shelled Lozova. He added that two people were killed in Balakliia.', 'en', 'Outlet')
    expect(rows.at(-1)).toMatchObject({ speaker: 'Petro Marchenko', via: 'Telegram' })
  })
  it('"За його словами" after "у своєму Telegram-каналі"', () => {
    const rows = claimsOf('Росіяни обстріляли Лозову, повідомив у своєму Telegram-каналі Петро Марченко. За його словами, у Балаклії загинули двоє людей.', 'uk', 'Outlet')
    expect(rows.at(-1)).toMatchObject({ via: 'Telegram' })
  })
  it('an outlet the speaker told is carried too since call 22 (attribution-round13.test.ts)', () => {
    const rows = claimsOf('Petro Marchenko told Reuters that Russian troops shelled Lozova. He said on Tuesday that two people were killed in Balakliia.', 'en', 'Outlet')
    expect(rows.at(-1)).toMatchObject({ speaker: 'Petro Marchenko', via: 'Reuters' })
  })
})

describe('a speaker named after the quote by a clause that gives the name or call sign', () => {
  it.each<[string, string]>([
    ['"We drove them out of Torske," said a platoon commander who goes by the call sign Bober.', 'Bober'],
    ['A gunner who gave his name only as Mykola said his crew had burned two Russian tanks near Torske.', 'Mykola'],
    ['A drone pilot identified only as Lis said Russian troops shelled Lyman overnight.', 'Lis'],
  ])('%s', (text, name) => {
    const [c] = claimsOf(text, 'en', 'Outlet')
    expect(c?.speaker).toBe(name)
  })
})

describe('speaker side from title and organisation words', () => {
  it.each<[string, Lang, string]>([
    ['Occupation official Pavel Ivanov said Russian forces had taken Stepnohirsk.', 'en', 'RU'],
    ['Ukrainian drones hit Kamianka-Dniprovska, the Moscow-appointed council said.', 'en', 'RU'],
    ['The 61st brigade said its drones destroyed three Russian tanks near Torske.', 'en', 'UA'],
    ['Russian forces captured Zarichne, the 44th brigade spokesman said.', 'en', 'UA'],
    ['Російські війська штурмували Куп\'янськ, повідомила Харківська обласна рада.', 'uk', 'UA'],
    ['Russian troops shelled Lyman, said a soldier who goes by Shuler.', 'en', 'UA'],
    ['Ukrainian drones hit our trenches near Kreminna, a Russian soldier said.', 'en', 'RU'],
  ])('%s', (text, lang, side) => {
    const [c] = claimsOf(text, lang, 'Outlet')
    expect(c?.side).toBe(side)
  })
})

describe('outlets and platforms a statement came through', () => {
  it.each<[string, Lang, string]>([
    ['Russian forces captured Zarichne, the 44th brigade spokesman told the national telethon.', 'en', 'national telethon'],
    ['Russian forces captured Torske, Pavel Ivanov said speaking on Rossiya-1.', 'en', 'Rossiya-1'],
    ['Russian troops advanced near Lyman, Viktor Trehubov said in an interview with RBC-Ukraine.', 'en', 'RBC-Ukraine'],
  ])('%s', (text, lang, via) => {
    const [c] = claimsOf(text, lang, 'Outlet')
    expect(c?.via).toBe(via)
  })
})

describe('an interview printed as labelled turns: the interviewee speaks the answers', () => {
  const text = `A company commander on the Lyman front

Capt. Oleh Vovk leads an infantry company near Lyman. The Daily Wire reached him by phone on Tuesday.

Daily Wire: Where are the Russians now?

Vovk: They stormed Torske twice last week. We still hold the school.

Daily Wire: The Russian ministry says the village has fallen.

Vovk: Not true. Yesterday we repelled four assaults near Zarichne. Our drones burned two tanks.

Daily Wire: What comes next?

Vovk: I think they will storm Lyman in the spring.`
  it('every claim of an answer is the interviewee\'s', () => {
    const rows = claimsOf(text, 'en', 'Daily Wire').filter((r) => !/ministry/u.test(r.text))
    expect(rows.length).toBeGreaterThan(2)
    for (const r of rows) expect(r.speaker).toBe('Vovk')
  })
  it('labels that open one paragraph each are no interview', () => {
    const rows = claimsOf('Lyman: Russian troops stormed Torske twice last week.\n\nKupiansk: Russian drones hit the station.', 'en', 'Daily Wire')
    for (const r of rows) expect(r.speaker).toBe('Daily Wire')
  })
})

describe('a result told right after an attributed event, naming no new place, keeps its speaker (call 21)', () => {
  it('"Россияне отступили, понеся потери" after a recapture', () => {
    const rows = claimsOf('ВСУ отбили село Ивановка, сообщил командир батальона. Россияне отступили, понеся большие потери.', 'ru', 'Outlet')
    for (const r of rows) expect(r.speaker).toBe('командир батальона')
  })
  it('a hit recorded without its weapon', () => {
    const rows = claimsOf('Протягом доби росіяни вдарили по Лозовій, повідомили в Харківській ОВА. У Лозовій зафіксовано влучання в адмінбудівлю.', 'uk', 'Outlet')
    expect(rows.at(-1)!.speaker).toBe(rows[0]!.speaker)
  })
  it('"also" and a new place make a new event', () => {
    const rows = claimsOf('Russian drones hit Lozova overnight, Governor Petro Marchenko wrote on Telegram. Drones also hit Balakliia.', 'en', 'Outlet')
    expect(rows.at(-1)).toMatchObject({ speaker: 'Outlet' })
  })
})

describe('a speaker phrase without the date or period of its statement', () => {
  it.each<[string, Lang]>([
    ['Російське Міноборони ще 5 жовтня заявило про захоплення Торського.', 'uk'],
    ['За последние две недели октября Минобороны России объявило о взятии Торского.', 'ru'],
  ])('%s', (text, lang) => {
    const [c] = claimsOf(text, lang, 'Outlet')
    expect(c?.speaker).toBe('Russian Defense Ministry')
  })
  it('a call sign given "as" a name', () => {
    const [c] = claimsOf('Russian troops captured Borova last week, said an officer, who gave his call sign as Kobra.', 'en', 'Outlet')
    expect(c?.speaker).toBe('Kobra')
  })
  it('an agency named in quotes after the verb is the via', () => {
    const [c] = claimsOf('Российские войска подошли к Лиману, сообщил «Интерфаксу» Иван Петров.', 'ru', 'Outlet')
    expect(c).toMatchObject({ speaker: 'Иван Петров', via: 'Interfax' })
  })
})

describe('"the commander, who asked to be identified by his call sign, X" points back to the commander', () => {
  it('keeps the side of the commander introduced before', () => {
    const rows = claimsOf('Russian troops entered Torske, a Ukrainian battalion commander said on Monday.\n\n"They come at night," said the commander, who asked to be identified only by his call sign, Bober. He said his company had abandoned two trenches near Zarichne.', 'en', 'Outlet')
    expect(rows.at(-1)).toMatchObject({ side: 'UA' })
  })
})
