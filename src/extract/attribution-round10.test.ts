import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Attribution on unseen writing (round 10): replies that wave a claim away, a title before the name,
// speakers whose side their office, their broadcast or their own words give, "so assesses X", call
// signs, haste before the verb of speech. Our own sentences; a negative beside each positive.

type Row = { text: string; kind: Claim['kind']; speaker: string | null; side: string; via: string | null; modality: Claim['modality'] }

function claimsOf(text: string, lang: Lang, outlet: string | null = 'Test Wire'): Row[] {
  const r = extractClaims({ id: 'doc-r10', text, lang, publishedAt: '2026-10-10', outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ text: text.slice(c.span[0], c.span[1]), kind: c.kind, speaker: c.speaker.name, side: c.speaker.side, via: c.speaker.via, modality: c.modality }))
}

describe('a reply that waves the claim away stands for it, denied', () => {
  it.each<[string, string]>([
    ['Moscow said its troops had captured Ivanopillia. The brigade commander brushed the claim aside.', 'brushed the claim aside'],
    ['Moscow said its troops had captured Ivanopillia. The brigade commander brushed aside the reports.', 'brushed aside the reports'],
    ['Moscow said its troops had captured Ivanopillia. Kyiv waves the assertion away.', 'waves the assertion away'],
    ['Moscow said its troops had captured Ivanopillia. Ukraine\'s army shrugged off the claims.', 'shrugged off the claims'],
    ['Moscow said its troops had captured Ivanopillia. The governor downplayed the reports.', 'downplayed the reports'],
  ])('%s', (text, reply) => {
    const claims = claimsOf(text, 'en')
    const answer = claims.find((c) => c.text.includes(reply))
    expect(answer).toMatchObject({ kind: 'capture', modality: 'denied' })
  })

  it('in the sentence of the claim: "…, which Kyiv waved away as propaganda"', () => {
    const claims = claimsOf('The Kremlin claimed on Monday that Ukrainian troops in Vovchansk were surrounded, which Kyiv quickly waved away as propaganda.', 'en')
    expect(claims.map((c) => c.modality)).toEqual(['reported', 'denied'])
    expect(claims[1]).toMatchObject({ speaker: 'Kyiv', kind: 'encirclement' })
  })

  it('"called the announcement premature" answers the announcement before it', () => {
    const claims = claimsOf('Russia\'s Defence Ministry announced that its forces had captured Kurakhove. Ukraine\'s General Staff called the announcement premature.', 'en')
    expect(claims.at(-1)).toMatchObject({ kind: 'capture', modality: 'premature', side: 'UA' })
  })

  it('not a reply: waving, playing and a verification that could not be made', () => {
    const claims = claimsOf('Residents waved flags at the convoy. The mayor played the video to reporters. Russia said its forces had captured Ivanopillia. Reuters could not independently confirm that.', 'en')
    expect(claims).toHaveLength(1)
    expect(claims[0]!.modality).toBe('unverified')
  })

  it.each<[string, Lang]>([
    ['Ряд каналов поспешил объявить об окружении Купянска. Это не так — снабжение гарнизона идёт.', 'ru'],
    ['Росіяни поспішили оголосити про захоплення Куп\'янська. Це не так, місто тримають Сили оборони.', 'uk'],
  ])('"это не так" after a claim made in haste: %s', (text, lang) => {
    const claims = claimsOf(text, lang, 'Канал')
    // a claim the writer calls hasty is the announcer's premature claim (gold convention 17)
    expect(claims[0]!.modality).toBe('premature')
    expect(claims.some((c) => c.modality === 'denied' && c.kind === claims[0]!.kind)).toBe(true)
  })

  it('"не так" inside a clause is no denial ("не так давно", "не так быстро")', () => {
    const claims = claimsOf('Не так давно российские войска заняли Ивановку. Продвижение идет не так быстро, как ожидалось.', 'ru', 'Канал')
    expect(claims.every((c) => c.modality !== 'denied')).toBe(true)
  })
})

describe('a title before the name, in commas', () => {
  it('"the head of the X administration, Name Surname, reported on Telegram"', () => {
    const claims = claimsOf('Russian artillery shelled Nikopol 12 times overnight, the head of the regional military administration, Petro Ostapenko, reported on Telegram.', 'en')
    expect(claims[0]).toMatchObject({ speaker: 'Petro Ostapenko', via: 'Telegram', side: 'UA' })
  })

  it('not a title: a list of places before the verb', () => {
    const claims = claimsOf('Russian artillery shelled Nikopol, the nearby town, Marhanets, and Pokrov, officials said.', 'en')
    expect(claims[0]!.speaker).not.toMatch(/Marhanets|Pokrov/)
  })
})

describe('whose side a speaker of unnamed country is on', () => {
  it('serving in a unit, in a story filed from Ukraine', () => {
    const claims = claimsOf('KHARKIV, Ukraine (AP) — Russian troops entered the outskirts of Kupiansk, Ivan Petrenko, a spokesman for the brigade defending the town, told national television.', 'en', 'AP')
    expect(claims[0]).toMatchObject({ speaker: 'Ivan Petrenko', side: 'UA', via: 'national television' })
  })

  it('on the telethon', () => {
    const claims = claimsOf('Окупанти намагалися прорватися до Сіверська, розповів речник 3-го армійського корпусу Павло Коваль в ефірі телемарафону.', 'uk', 'Вісті')
    expect(claims[0]).toMatchObject({ side: 'UA' })
  })

  it('by the words they use for the other side', () => {
    expect(claimsOf('"The occupiers lost two tanks near Lyman," said Andrii Koval, a press officer.', 'en', null)[0]).toMatchObject({ speaker: 'Andrii Koval', side: 'UA' })
    expect(claimsOf('«Хохлы отступили из Новоселовки», — написал Сергей Кравцов.', 'ru', null)[0]).toMatchObject({ side: 'RU' })
    expect(claimsOf('"Our positions near Kamianka were attacked three times, and the Russians gained nothing," said Oleh Bondar.', 'en', null)[0]).toMatchObject({ side: 'UA' })
  })

  it('unknown when nothing says it: no dateline, no unit, neutral words', () => {
    const claims = claimsOf('Russian troops entered the outskirts of Kupiansk, said Ivan Petrenko, a local teacher.', 'en', null)
    expect(claims[0]).toMatchObject({ speaker: 'Ivan Petrenko', side: 'unknown' })
  })
})

describe('"so assesses X", call signs and interview vias', () => {
  it('names the speaker of the sentence before it, by call sign, with the outlet that spoke to them', () => {
    const claims = claimsOf('Російські війська просунулися до Костянтинівки на 3 кілометри. Так оцінює ситуацію командир роти однієї з бригад з позивним «Лис», з яким поспілкувалося «Суспільне».\n\n«Лис» вважає, що росіяни спробують обійти місто з півночі.', 'uk', 'Суспільне')
    expect(claims[0]).toMatchObject({ speaker: 'Лис', side: 'UA', via: 'Suspilne' })
    expect(claims.at(-1)).toMatchObject({ speaker: 'Лис', modality: 'expected' })
  })

  it('"Так" opening an ordinary sentence names nobody', () => {
    const claims = claimsOf('Так ворог атакував Покровськ тричі за добу.', 'uk', 'Суспільне')
    expect(claims[0]!.speaker).toBe('Suspilne')
  })
})

describe('the occasion before the speaker, and document-named speakers', () => {
  it('"Speaking to X by phone, he said …": the one named before, through X', () => {
    const claims = claimsOf('Russian troops entered Ivanivka, according to Petro Savchuk, a spokesman for the army. Speaking to Reuters by phone, he said fighting for Stepove was still going on.', 'en')
    expect(claims.at(-1)).toMatchObject({ speaker: 'Petro Savchuk', via: 'Reuters' })
  })

  it('"In its evening update it said …": the organisation named before', () => {
    const claims = claimsOf('Moscow said its troops had captured Ivanivka. Ukraine\'s General Staff called the claim false. In its evening update it said Ukrainian units had repelled six attacks near the village.', 'en', 'BBC')
    expect(claims.at(-1)).toMatchObject({ speaker: "Ukraine's General Staff", kind: 'repelled' })
  })

  it('not an occasion: a place opening the sentence', () => {
    const claims = claimsOf('In the south, Russian troops attacked Huliaipole.', 'en', 'BBC')
    expect(claims[0]!.speaker).toBe('BBC')
  })

  it.each<[string, string]>([
    ['Дроны атаковали Белгород, сообщил губернатор Белгородской области Вячеслав Гладков. Позже глава региона в Telegram-канале написал, что ранены двое.', 'Vyacheslav Gladkov'],
    ['Над регионом сбиты 12 беспилотников, сообщило Минобороны России в этот же день.', 'Russian Defense Ministry'],
  ])('a title, a channel or a day after the name is not part of it: %s', (text, speaker) => {
    expect(claimsOf(text, 'ru', 'Интерфакс').at(-1)!.speaker).toBe(speaker)
  })

  it('a name in straight quotes inside the speaker ("группировки "Север"")', () => {
    const claims = claimsOf('В пятницу вечером представитель группировки "Юг" сообщил, что российские подразделения отразили атаку у Часова Яра.', 'ru', 'Интерфакс')
    expect(claims[0]!.speaker).toBe('представитель группировки "Юг')
  })
})

// Gold convention 34 (round 15): a channel's own post has no via, whatever format it was read from.
describe('a post read from a Telegram export names no platform for its own voice', () => {
  const text = 'Вночі росіяни атакували Харків дронами, поранено двох людей.'
  it('the same words from an export, a page or a plain file name no platform', () => {
    for (const format of ['telegram', 'html', 'text'] as const) {
      const r = extractClaims({ id: 'tg', text, lang: 'uk', publishedAt: '2026-10-10', outlet: 'Олег Синєгубов', format })
      expect(r.value.claims.every((c) => c.speaker.via === null)).toBe(true)
    }
  })
})
