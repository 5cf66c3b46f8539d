import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Attribution, round 13: our own sentences for each class of phrasing the rules cover (who speaks,
// and the side and time that follow from it), with the everyday case beside it where one could break.

type Row = { kind: Claim['kind']; actor: string | null; speaker: string | null; side: string; via: string | null; start: string | null; text: string }

function claimsOf(text: string, lang: Lang = 'en', outlet: string | null = 'Test Wire'): Row[] {
  const r = extractClaims({ id: 'doc-r13', text, lang, publishedAt: '2026-11-20', outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actor: c.actorSide, speaker: c.speaker.name, side: c.speaker.side, via: c.speaker.via, start: c.time.start, text: text.slice(c.span[0], c.span[1]) }))
}

describe('adverbials between a Ukrainian or Russian speaker and the verb are not part of the name', () => {
  it.each<[string, Lang, string]>([
    ['Російське Міноборони у вівторок уже вдруге за тиждень поспіхом оголосило про «звільнення» Костянтинівки.', 'uk', 'Russian Defense Ministry'],
    ['За ноябрь российское военное ведомство отчиталось о взятии 12 населённых пунктов.', 'ru', 'российское военное ведомство'],
    ['Власти Белгородской области в пятницу сообщили об эвакуации жителей двух сёл Грайворонского округа.', 'ru', 'Власти Белгородской области'],
  ])('%s', (text, lang, name) => {
    expect(claimsOf(text, lang, 'Вісник')[0]).toMatchObject({ speaker: name })
  })
  it('a period between the speaker and the verb dates what is counted, not the statement', () => {
    const [c] = claimsOf('«Медиазона» за последние две недели установила имена ещё 1 200 российских военных, погибших на фронте.', 'ru', 'Вёрстка')
    expect(c).toMatchObject({ kind: 'casualties', speaker: 'Mediazona', start: '2026-11-06' })
  })
})

describe('admissions and trumpeted claims are speech', () => {
  it('"визнав речник …" names the speaker, and "За його словами" continues him', () => {
    const rows = claimsOf('У Покровську українські підрозділи 2 листопада відійшли з центру міста, визнав речник угруповання «Хортиця» Віктор Трегубов. За його словами, за добу ворог втратив 60 військових.', 'uk', 'Вісник')
    expect(rows.map((r) => r.speaker)).toEqual(['Viktor Trehubov', 'Viktor Trehubov'])
  })
  it('"Генштаб … признал отход своих подразделений": the speaker\'s own units withdrew', () => {
    const [c] = claimsOf('Украинский Генштаб, в свою очередь, 3 ноября признал отход своих подразделений из Ивановки.', 'ru', 'Вёрстка')
    expect(c).toMatchObject({ kind: 'withdrawal', actor: 'UA', speaker: 'General Staff of the Armed Forces of Ukraine', start: '2026-11-03' })
  })
  it('"Кремлівські пропагандисти … трублять про «взяття»" is their claim', () => {
    const [c] = claimsOf('Кремлівські пропагандисти вже другий день трублять про «взяття» Новоселівки.', 'uk', 'DeepState')
    expect(c).toMatchObject({ kind: 'capture', speaker: 'Кремлівські пропагандисти', side: 'RU' })
  })
})

describe('a claim written down in haste ("поспешили записать X в освобождённые")', () => {
  it('"Некоторые каналы уже поспешили записать X в освобождённые" is the channels\' claim', () => {
    const [c] = claimsOf('Некоторые каналы уже поспешили записать Курдюмовку в освобождённые.', 'ru', 'Рыбарь')
    expect(c).toMatchObject({ kind: 'capture', speaker: 'Russian Telegram channels', side: 'RU' })
  })
  it('"Several Russian milbloggers" is named by the rest', () => {
    const [c] = claimsOf('Several Russian milbloggers said Russian troops had captured Novoselivka.', 'en', 'Test Wire')
    expect(c).toMatchObject({ speaker: 'Russian milbloggers', side: 'RU' })
  })
})

describe('English frames set inside the sentence', () => {
  it('", he said," between a toll and its detail', () => {
    const rows = claimsOf('Russian drones hit a bakery in Sumy overnight, Mayor Artem Kobzar said.\n\nThree were hurt, he said, one of them a teenager.', 'en', 'Test Wire')
    expect(rows.map((r) => r.speaker)).toEqual(['Artem Kobzar', 'Artem Kobzar'])
  })
  it('", the ministry said, using its usual term for …": the remark on wording is no claim', () => {
    const rows = claimsOf('Russia\'s Defence Ministry said air defence had downed 40 Ukrainian drones overnight.\n\nRussian troops also "liberated" Dalnie, a hamlet near Pokrovsk, the ministry said, using its standard term for ground it captures.', 'en', 'Test Wire')
    expect(rows).toHaveLength(2)
    expect(rows[1]).toMatchObject({ kind: 'capture', speaker: "Russia's Defence Ministry" })
  })
  it('"X, in its update, made no mention of Y but said …"', () => {
    const [c] = claimsOf('Ukraine\'s General Staff, in its morning update, made no mention of Dalnie but said there had been 140 clashes along the front.', 'en', 'Test Wire')
    expect(c).toMatchObject({ speaker: "Ukraine's General Staff" })
  })
  it('a setting with an aside between dashes before the speaker', () => {
    const [c] = claimsOf('Further south, in Velykomykhailivka — not the town of the same name in Kharkiv Oblast — soldiers of an assault brigade said Russian scouts had been probing their lines for a week.', 'en', 'Test Wire')
    expect(c).toMatchObject({ speaker: 'soldiers of an assault brigade' })
  })
  it('a clause that tells an event before the comma is content, not a setting', () => {
    const rows = claimsOf('Further west, a Russian glide bomb wrecked part of a school in Sloviansk overnight, regional governor Vadym Filashkin said, adding that nobody had been hurt.', 'en', 'Test Wire')
    expect(rows[0]).toMatchObject({ kind: 'strike', speaker: 'Vadym Filashkin' })
  })
})

describe('the commander named by a call sign in a relative clause', () => {
  it('"The commander, who goes by the call sign Lis, said …" is Lis, of the commander\'s side', () => {
    const rows = claimsOf('Did the Russians reach the farm? "Not yet," a Ukrainian company commander said. The commander, who goes by the call sign Lis, said his crews had destroyed four Russian tanks since Sunday.', 'en', 'Test Wire')
    expect(rows.at(-1)).toMatchObject({ speaker: 'Lis', side: 'UA' })
  })
})

describe('forecasts', () => {
  it('"He expects a push on X": a forecast verb with a noun phrase frames it', () => {
    const rows = claimsOf('"At the closest point they are about 12 kilometres from Kramatorsk," Col. Ivan Petrenko says. "My men see the Russians moving artillery to Zvanivka every night."\n\nHe expects a push on Raihorodok before the frost sets in.', 'en', 'The Guardian')
    expect(rows.at(-1)).toMatchObject({ speaker: 'Ivan Petrenko', actor: 'RU' })
  })
  it('"ordered the evacuation" is still an event, not a frame', () => {
    const rows = claimsOf('The governor ordered the evacuation of families from three villages near Vovchansk.', 'en', 'Test Wire')
    expect(rows[0]).toMatchObject({ kind: 'evacuation' })
  })
})

describe('a toll counted on keeps the speaker (call 21)', () => {
  it.each<[string, Lang]>([
    ['Речник Сил оборони півдня Владислав Волошин повідомив, що вночі окупанти скинули на Степногірськ дві авіабомби. Загинув чоловік, ще троє мешканців поранені.', 'uk'],
    ['Russian drones hit a bakery in Sumy overnight, Mayor Artem Kobzar said. Another nine were hurt.', 'en'],
  ])('%s', (text, lang) => {
    const rows = claimsOf(text, lang, 'Вісник')
    expect(rows).toHaveLength(2)
    expect(rows[1]!.speaker).toBe(rows[0]!.speaker)
    expect(rows[0]!.speaker).not.toBe('Вісник')
  })
  it('"also" still starts a new event', () => {
    const rows = claimsOf('Russian drones hit a bakery in Sumy overnight, Mayor Artem Kobzar said. Russian artillery also shelled Bilopillia.', 'en', 'Test Wire')
    expect(rows.at(-1)).toMatchObject({ speaker: 'Test Wire' })
  })
})

describe('an agency dateline with the country in brackets', () => {
  it('"Kherson (Ukraine) (AFP) - " is no part of the speaker', () => {
    const [c] = claimsOf('Kherson (Ukraine) (AFP) - Russia\'s army on Tuesday claimed to have captured the village of Prydniprovske.', 'en', 'AFP')
    expect(c!.speaker).not.toMatch(/Kherson/)
    expect(c).toMatchObject({ side: 'RU' })
  })
})
