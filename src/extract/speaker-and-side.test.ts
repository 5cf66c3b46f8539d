import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { resolveSpeakerPhrase, SpeakerContext } from './attribution/index.js'
import { extractClaims } from './extract-claims.js'

// Speaker noun phrases, the person versus the outlet, document back-references, actor side from
// grammar and modality from findings. Our own sentences, one rule per block, in the languages the
// rule is written for, with negative cases beside the positive ones.

type Row = Partial<{ kind: Claim['kind']; actorSide: Claim['actorSide']; speaker: string | null; side: string; via: string | null; modality: Claim['modality'] }>

function claimsOf(text: string, lang: Lang = 'en', outlet: string | null = 'Test Wire'): Row[] {
  const r = extractClaims({ id: 'doc-speaker', text, lang, publishedAt: '2026-03-13', outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide, speaker: c.speaker.name, side: c.speaker.side, via: c.speaker.via, modality: c.modality }))
}

function speakerOf(...phrases: string[]): string | null | undefined {
  const context = new SpeakerContext()
  let last: string | null | undefined
  for (const p of phrases) last = resolveSpeakerPhrase(p, context)?.speaker.name
  return last
}

describe('speaker noun phrases: what the phrase names, without counts, participles or outlets', () => {
  it.each<[string[], string | null | undefined]>([
    // a count or quantifier is not who speaks
    [['Several Russian war correspondents'], 'Russian war correspondents'],
    [['three Ukrainian medics'], 'Ukrainian medics'],
    [['some of the channels'], 'channels'],
    [['кілька російських воєнкорів'], 'російських воєнкорів'],
    [['несколько военкоров'], 'военкоров'],
    // ... unless nothing but a pronoun or a unit would be left
    [['some of them'], 'some of them'],
    // a title before "for"/"of" and an organisation: the capitals after it are no person's name
    [["a spokeswoman for Ukraine's Northern operational command"], "spokeswoman for Ukraine's Northern operational command"],
    [['the commander of the Western Group of forces'], 'commander of the Western Group of forces'],
    // a person named in full keeps the name
    [['Olena Koval, spokeswoman for the 47th Mechanized Brigade'], 'Olena Koval'],
    // a participle describing the speaker is not part of the name
    [['a Ukrainian medic serving near Siversk'], 'Ukrainian medic'],
    [['two officers interviewed on Friday'], 'officers'],
    // a first name or call sign with an apposition that titles a person; a relative clause describes
    [['Serhii, a 40-year-old platoon commander whose unit holds a treeline'], 'Serhii'],
    [['Kharkiv, the regional centre'], 'Kharkiv, the regional centre'],
    // a rate is nobody
    [['cent'], undefined],
  ])('%j names %j', (phrases, expected) => {
    expect(speakerOf(...phrases)).toBe(expected)
  })
})

describe('back-references to a speaker\'s document', () => {
  it.each<[string[], string | null | undefined]>([
    [["Ukraine's General Staff", 'the report'], 'General Staff of the Armed Forces of Ukraine'],
    [["Ukraine's General Staff", 'the evening summary'], 'General Staff of the Armed Forces of Ukraine'],
    [["Russia's Defense Ministry", 'the daily bulletin'], 'Russian Defense Ministry'],
    [["the General Staff's morning update"], 'General Staff of the Armed Forces of Ukraine'],
    [['Генштаб ЗСУ', 'у вечірньому зведенні'], 'General Staff of the Armed Forces of Ukraine'],
    [['Минобороны России', 'в сводке'], 'Russian Defense Ministry'],
  ])('%j is %j', (phrases, expected) => {
    expect(speakerOf(...phrases)).toBe(expected)
  })

  it('a document the text has not tied to anyone names no speaker of its own', () => {
    expect(speakerOf('the report')).toBeUndefined()
  })

  it('"the report said" after the General Staff is the General Staff, and not hearsay', () => {
    const claims = claimsOf("Ukraine's General Staff said Russian troops attacked 40 times near Siversk. Thirty of those attacks were repulsed, the report said.")
    expect(claims.at(-1)).toMatchObject({ speaker: "Ukraine's General Staff", side: 'UA', modality: 'asserted' })
  })

  it('"reports say" with no one behind them stays hearsay', () => {
    expect(claimsOf('Reports say Russian troops captured Siversk.')).toMatchObject([{ kind: 'capture', modality: 'reported' }])
  })
})

describe('a speech verb after a determiner is a noun: the verb comes later', () => {
  it.each<[string, string]>([
    ['Some of the posts also claim that Russian troops captured Siversk.', 'posts'],
    ['Those reports say that Russian troops captured Siversk.', 'Those reports'],
  ])('%s', (text, speaker) => {
    expect(claimsOf(text)[0]).toMatchObject({ kind: 'capture', speaker })
  })
})

describe('"per cent" is a rate, not a source', () => {
  it('takes the speaker named after it', () => {
    expect(claimsOf('Russia now occupies 19 per cent of Ukraine, the ministry said.', 'en', null)[0]?.speaker).not.toBe('cent')
  })
  it('"per" before a source still cites it', () => {
    expect(claimsOf('Russian troops captured Zarichne, per the Ukrainian military.')[0]).toMatchObject({ speaker: 'Ukrainian military' })
  })
})

describe('the person who spoke is the speaker; the outlet they spoke through is the via', () => {
  it.each<[string, Lang, Row]>([
    [
      'Ivan Petrenko, the Kremlin-appointed head of the occupied part of the Zaporizhzhia region, went further on Monday, telling Russian state television that Ukrainian units near Orikhiv were surrounded.',
      'en',
      { speaker: 'Ivan Petrenko', via: 'Russian state television' },
    ],
    ["Russia's Defense Ministry published a video on Monday, saying its troops had captured Zarichne.", 'en', { kind: 'capture', speaker: "Russia's Defense Ministry" }],
    ['Sergei Ivanov was quoted by the state news agency RIA Novosti as saying that Russian troops had captured Zarichne.', 'en', { kind: 'capture', speaker: 'Sergei Ivanov', via: 'RIA Novosti' }],
    ['Российские войска вышли к окраинам Константиновки. Об этом в интервью ТАСС заявил военный эксперт Андрей Марочко.', 'ru', { kind: 'advance', speaker: 'Andrei Marochko', via: 'TASS' }],
  ])('%s', (text, lang, expected) => {
    expect(claimsOf(text, lang, 'The Daily Wire')).toContainEqual(expect.objectContaining(expected))
  })

  it('an event before ", saying" is no speech frame', () => {
    expect(claimsOf('Russian forces advanced near Lyman, saying nothing of their losses.')[0]).toMatchObject({ kind: 'advance', speaker: 'Test Wire' })
  })

  it('"he said, after …" keeps the person named before', () => {
    const claims = claimsOf('"We hold the line," said Petro, a 35-year-old company commander. His men withdrew from Zarichne, he said, after Russian troops cut the road.')
    expect(claims.find((c) => c.kind === 'withdrawal')).toMatchObject({ speaker: 'Petro' })
  })
})

describe('actor side from grammar', () => {
  it.each<[string, Lang, Claim['actorSide']]>([
    // a verb after "and" shares the clause's opening subject, not the first verb's object
    ['Ukrainian marines pushed Russian assault groups back and restored control over the village, the brigade said.', 'en', 'UA'],
    // a siege told as the subject's state names the encircled side: the encircler acts
    ['Posts on Telegram say Ukrainian troops are trapped in Siversk.', 'en', 'RU'],
    ['Ukrainian units in Siversk were "practically in a cauldron," the governor said.', 'en', 'RU'],
    ['Пушилин заявил, что подразделения ВСУ оказались в котле под Константиновкой.', 'ru', 'RU'],
    // ... but a progressive verb is the encircler's own doing
    ['The general said Russian troops were closing the ring around Siversk.', 'en', 'RU'],
    ['Russian forces besieged Siversk, the general said.', 'en', 'RU'],
    // a side between a determiner and the event noun is its actor, whatever stands further away
    // A forecast under a weather condition (convention 54: a supposed war event, "if Russian troops reach the road", would be no claim).
    ['Analysts say that if the weather turns, a Ukrainian withdrawal from Siversk could follow.', 'en', 'UA'],
    // a bare "troops" after a verb is its object: the named subject acts
    ['Voloshyn said Russian forces continue to mass troops near Orikhiv and may attempt to storm it.', 'en', 'RU'],
  ])('%s', (text, lang, side) => {
    const claims = claimsOf(text, lang, 'Ukrinform')
    expect(claims.length).toBeGreaterThan(0)
    expect(claims.at(-1)!.actorSide).toBe(side)
  })
})

describe('modality from findings', () => {
  it.each<[string, Lang, Claim['modality']]>([
    // a check that found nothing denies the claim
    ['AFP found no evidence that Russian troops entered Siversk.', 'en', 'denied'],
    ['The fact-checkers saw no sign of a Russian breakthrough near Siversk.', 'en', 'denied'],
    ['Журналісти не знайшли жодних доказів того, що російські війська увійшли до Сіверська.', 'uk', 'denied'],
    ['Журналисты не нашли никаких доказательств того, что российские войска вошли в Северск.', 'ru', 'denied'],
    // not having seen confirmation is no denial
    ['Russian milbloggers claimed that Russian troops entered Siversk, though ISW has yet to see visual confirmation.', 'en', 'unverified'],
    ['ISW has not observed confirmation that Russian troops entered Siversk.', 'en', 'unverified'],
    // too early to credit a claim: premature
    ['ISW assesses that it is too early to credit Russian claims about a breakthrough near Siversk.', 'en', 'premature'],
  ])('%s', (text, lang, modality) => {
    const claims = claimsOf(text, lang)
    expect(claims.length).toBeGreaterThan(0)
    expect(claims.at(-1)!.modality).toBe(modality)
  })
})

describe('a strike or toll whose attacker is unnamed, told by an official or a person, hit the speaker\'s side', () => {
  it.each<[string, Lang, Claim['actorSide']]>([
    ['A drone hit a private house in Zaporizhzhia overnight, governor Ivan Fedorov said.', 'en', 'RU'],
    ['Керована авіабомба влучила в приватний будинок у Золочеві, повідомив голова ОВА Олег Синєгубов.', 'uk', 'RU'],
    ['FPV-дрон атаковал остановку в Шебекино, сообщил губернатор Вячеслав Гладков.', 'ru', 'UA'],
  ])('%s', (text, lang, side) => {
    const claims = claimsOf(text, lang)
    expect(claims.length).toBeGreaterThan(0)
    expect(claims[0]!.actorSide).toBe(side)
  })

  it('a military command reporting a strike in the passive is not taken for its target', () => {
    const claims = claimsOf('Поражены объекты энергетики в Харьковской области, сообщили в Минобороны России.', 'ru')
    expect(claims.map((c) => c.actorSide)).not.toContain('UA')
  })

  it('the outlet in its own voice gives no side', () => {
    const claims = claimsOf('A drone hit a private house in Zaporizhzhia overnight.', 'en', 'Test Wire')
    expect(claims[0]?.actorSide ?? null).toBeNull()
  })
})

describe('modality scope', () => {
  it.each<[string, Lang, Claim['modality'][]]>([
    // a negated ceasing is going on
    ['Ворог не полишає спроб прорватися до Ямполя.', 'uk', ['asserted']],
    ['Противник не прекращает попыток штурмовать Часов Яр.', 'ru', ['asserted']],
    ['Russian troops have not ceased their attacks on Siversk, the brigade said.', 'en', ['asserted']],
    // ... a negated event in the speaker's own voice is no claim (gold convention 12)
    ['Russian troops did not capture Siversk, the brigade said.', 'en', []],
    // a hedge between commas qualifies what follows it, not what precedes it
    ['Наши штурмовики продвигаются в Константиновке, по неподтверждённой информации, передовые группы вышли к улице Громовой.', 'ru', ['asserted', 'unverified']],
    // a claim in an aside does not make the main clause hearsay
    ['Moscow holds roughly 75 percent of the Zaporizhzhia region, which it claims to have annexed in 2022.', 'en', ['asserted']],
    ['Russia claims to hold 75 percent of the Zaporizhzhia region.', 'en', ['reported']],
    // "too early" said of talk of an event
    ['Говорить об освобождении Северска, о котором сообщило Минобороны, пока рано.', 'ru', ['premature']],
    ['Говорити про захоплення Сіверська, про яке заявило Міноборони РФ, поки що зарано.', 'uk', ['premature']],
    // a possibility
    ['Analysts say a Ukrainian withdrawal from Siversk could follow within weeks.', 'en', ['expected']],
  ])('%s', (text, lang, modalities) => {
    expect(claimsOf(text, lang).map((c) => c.modality)).toEqual(modalities)
  })
})
