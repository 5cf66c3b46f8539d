import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Round 14, helper 106: actor side and speaker side on unseen text, by class. Our own sentences (none
// from a gold file): whose side a soldier, resident or local office quoted without a side word is on,
// and who a pronoun or possessive in a belligerent speaker's own words means.

type Row = { kind: Claim['kind']; actorSide: Claim['actorSide']; speaker: string | null; side: string }

function claimsOf(text: string, lang: Lang = 'en', outlet: string | null = 'Test Wire'): Row[] {
  const r = extractClaims({ id: 'doc-side', text, lang, publishedAt: '2026-11-20', outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide, speaker: c.speaker.name, side: c.speaker.side }))
}

describe('speaker side: someone serving, living or holding office where the story is told from', () => {
  it.each<[string, string, Lang, string | null, Partial<Row>]>([
    // a rank and a unit in an apposition after the name, in a story filed from Ukraine
    ['rank and unit apposition', 'ZAPORIZHZHIA, Ukraine (Test Wire) — Russian drones hit a fuel depot near Orikhiv overnight, said Capt. Mykola Derkach, who commands an artillery battery there.', 'en', 'Test Wire', { kind: 'strike', actorSide: 'RU', side: 'UA' }],
    // a call sign, no dateline: the story's own words call the other side "the Russians"
    ['call sign, the story names the Russians', 'The Russians have shelled the pontoon crossing for a week. "They hit the crossing near Sviatohirsk again at dawn," said a sapper who gave his name as Bober.', 'en', 'Test Wire', { kind: 'strike', actorSide: 'RU', speaker: 'Bober', side: 'UA' }],
    // a resident by first name and age
    ['resident by first name and age', 'KRAMATORSK, Ukraine — "They shelled our street in Kramatorsk twice last night," said Nadiia, 72, sweeping glass from her porch.', 'en', 'Test Wire', { kind: 'strike', actorSide: 'RU', side: 'UA' }],
    // a local office named by what it is
    ['a district prosecutor\'s office', 'IZMAIL, Ukraine (Test Wire) — A drone struck a grain terminal in Izmail on Tuesday, the district prosecutor\'s office said.', 'en', 'Test Wire', { kind: 'strike', actorSide: 'RU', side: 'UA' }],
    // a Ukrainian outlet's soldier by call sign
    ['uk: call sign in a Ukrainian outlet', '«Вони знову штурмували Торське малими групами», — розповів боєць з позивним «Сокіл».', 'uk', 'Суспільне', { kind: 'assault', actorSide: 'RU', side: 'UA' }],
    // a Russian outlet's platoon commander by call sign
    ['ru: call sign in a Russian outlet', '«Их пехота трижды пыталась зайти в посадку у Ямполя», — рассказал РИА Новости командир взвода с позывным «Туман».', 'ru', 'РИА Новости', { kind: 'assault', actorSide: 'UA', side: 'RU' }],
  ])('%s', (_name, text, lang, outlet, expected) => {
    expect(claimsOf(text, lang, outlet)).toContainEqual(expect.objectContaining(expected))
  })

  it('an analyst named with a think tank stays independent, and a bare name in an unplaced story stays unknown', () => {
    expect(claimsOf('"They will keep pushing toward Pokrovsk through the winter," said Jack Miller, a researcher at a London think tank.')[0]).toMatchObject({ side: 'independent' })
    expect(claimsOf('Russian troops entered Siversk on Monday, John Smith said.')[0]).toMatchObject({ speaker: 'John Smith', side: 'unknown' })
  })
})

describe('pronoun and possessive actors in a belligerent speaker\'s own words', () => {
  it.each<[string, string, Lang, string | null, Partial<Row>]>([
    ['"we" pulled back', 'SLOVIANSK, Ukraine — Lt. Col. Petro Hnyda commands a battalion of the 24th Brigade. "We pulled back from the last two houses in Novoselivka on Sunday," Hnyda said.', 'en', 'Test Wire', { kind: 'withdrawal', actorSide: 'UA' }],
    ['"they" in a quote that closes in its own sentence', 'KHARKIV, Ukraine (Test Wire) — "They advanced about 300 meters toward Zelenyi Hai overnight," said Sgt. Ivan Palii, a platoon commander.', 'en', 'Test Wire', { kind: 'advance', actorSide: 'RU' }],
    ['"my gunners" as the subject', 'KHARKIV, Ukraine (Test Wire) — "My gunners destroyed two of their tanks near Toretsk," said Maj. Oleh Kulyk, a battery commander.', 'en', 'Test Wire', { kind: 'casualties', actorSide: 'UA' }],
    ['counting is no acting', 'KHARKIV, Ukraine (Test Wire) — "Yesterday we recorded 17 assaults near Kostiantynivka," said Lt. Olha Serhiienko, a brigade spokeswoman.', 'en', 'Test Wire', { kind: 'assault', actorSide: 'RU' }],
    ['uk: "вони" in a quote', '«Вони просунулися на кілька сотень метрів біля Андріївки», — розповів командир роти з позивним «Вітер».', 'uk', 'Суспільне', { kind: 'advance', actorSide: 'RU' }],
    ['uk: "ми" repelled', '«Вчора ми відбили три штурми біля Торського», — розповів командир роти з позивним «Вітер».', 'uk', 'Суспільне', { kind: 'repelled', actorSide: 'UA' }],
    ['ru: "они" in a quote', '«Они двумя группами пытались контратаковать нас под Каменским», — рассказал штурмовик с позывным «Гром».', 'ru', 'РИА Новости', { kind: 'assault', actorSide: 'UA' }],
    ['ru: "наши" possessive', '«Наши расчёты уничтожили у Степногорска два их танка», — рассказал штурмовик с позывным «Гром».', 'ru', 'РИА Новости', { kind: 'casualties', actorSide: 'RU' }],
  ])('%s', (_name, text, lang, outlet, expected) => {
    expect(claimsOf(text, lang, outlet)).toContainEqual(expect.objectContaining(expected))
  })
})

describe('a forecast of an attack without its side is the other side\'s', () => {
  it.each<[string, string, Lang, string | null, Partial<Row>]>([
    ['en: "He expects an assault on X"', 'KHARKIV, Ukraine (Test Wire) — Russian drones hit a depot in Balakliia, said Maj. Denys Yarema, a battalion commander. He expects an assault on Kupiansk-Vuzlovyi once the river freezes.', 'en', 'Test Wire', { kind: 'assault', actorSide: 'RU', side: 'UA' }],
    ['en: "predicts a push toward X"', 'Sgt. Maksym Kuzmenko, a drone pilot with the 57th Brigade, predicts a push toward Novopavlivka after the first frost.', 'en', 'Test Wire', { actorSide: 'RU', side: 'UA' }],
    ['ru: "ожидает контрнаступления"', 'Командир батальона с позывным «Шторм» ожидает контрнаступления у Работино в ближайшие недели.', 'ru', 'Звезда', { kind: 'assault', actorSide: 'UA', side: 'RU' }],
  ])('%s', (_name, text, lang, outlet, expected) => {
    expect(claimsOf(text, lang, outlet)).toContainEqual(expect.objectContaining(expected))
  })
})

describe('who speaks: a person\'s office, a certainty after a quote, the outlet\'s correspondent', () => {
  it('"his press service said" is the person last named', () => {
    expect(claimsOf('Russian drones hit Sumy overnight, Governor Oleh Hryhorov said. Later on Monday a missile struck a depot in Shostka, his press service said.').at(-1)).toMatchObject({ speaker: 'Oleh Hryhorov', side: 'UA' })
  })
  it('"«…», — уверен командир" attributes the quote', () => {
    expect(claimsOf('«Каменское мы возьмём до весны», — уверен командир батальона с позывным «Шторм».', 'ru', 'Звезда')[0]).toMatchObject({ kind: 'capture', actorSide: 'RU', speaker: 'Шторм', side: 'RU' })
  })
  it('a Russian state broadcaster\'s correspondent speaks from its side', () => {
    expect(claimsOf('Штурмовики группировки «Восток» продвинулись у Великой Новоселки, сообщил корреспондент телеканала.', 'ru', 'Звезда')[0]).toMatchObject({ side: 'RU' })
  })
})

describe('strikes and tolls told without their attacker: where, and who tells it', () => {
  it.each<[string, string, Lang, string | null, Partial<Row>]>([
    // a target inside Russia was hit by Ukraine, whoever tells it
    ['en: a target in a Russian region', "A drone hit an oil depot in Russia's Bryansk region overnight, the General Staff said.", 'en', 'Test Wire', { kind: 'strike', actorSide: 'UA' }],
    ['uk: у Курській області уражено', 'У Курській області уражено нафтобазу, повідомили в Генштабі ЗСУ.', 'uk', 'Суспільне', { kind: 'strike', actorSide: 'UA' }],
    // hits someone records landed on their side
    ['en: strikes recorded, the Air Force said', 'ODESA, Ukraine (Test Wire) — Strikes were recorded in nine settlements, the Air Force said.', 'en', 'Test Wire', { kind: 'strike', actorSide: 'RU', side: 'UA' }],
    ['uk: зафіксовано влучання', 'Зафіксовано влучання у п’яти локаціях, повідомили Повітряні сили ЗСУ.', 'uk', 'Суспільне', { kind: 'strike', actorSide: 'RU' }],
    ['ru: зафиксированы попадания', 'В Белгородской области зафиксированы попадания в три жилых дома, сообщил губернатор Вячеслав Гладков.', 'ru', 'ТАСС', { kind: 'strike', actorSide: 'UA' }],
    // a command telling in the passive that a target was hit tells its own strike
    ['ru: поражены склады (MoD)', 'Поражены склады боеприпасов в 140 районах, сообщили в Минобороны России.', 'ru', 'ТАСС', { kind: 'strike', actorSide: 'RU' }],
    ['uk: уражено склад (General Staff)', 'Уражено склад пального поблизу Донецька, повідомив Генштаб ЗСУ.', 'uk', 'Суспільне', { kind: 'strike', actorSide: 'UA' }],
    // a regional military administration is a civil office: the strike it tells is the other side's
    ['en: a regional military administration', 'A drone struck a minibus in Nikopol, the Dnipropetrovsk regional military administration said.', 'en', 'Test Wire', { kind: 'strike', actorSide: 'RU' }],
    // the story's own voice, filed from one side's ground (the dateline, also after a headline)
    ['en: dateline in Ukraine', 'KHERSON, Ukraine (Test Wire) — Drones struck a market in the Dniprovskyi district on Tuesday morning.', 'en', 'Test Wire', { kind: 'strike', actorSide: 'RU' }],
    ['en: dateline in Russia', 'KURSK, Russia (Test Wire) — Two drones hit an apartment block overnight, injuring three people.', 'en', 'Test Wire', { kind: 'strike', actorSide: 'UA' }],
    ['en: dateline under a headline', 'A winter of drones on the Dnipro\n\nKHERSON, Ukraine — Shelling wrecked a pharmacy on Perekopska Street overnight.', 'en', 'Test Wire', { kind: 'strike', actorSide: 'RU' }],
  ])('%s', (_name, text, lang, outlet, expected) => {
    expect(claimsOf(text, lang, outlet)).toContainEqual(expect.objectContaining(expected))
  })
})
