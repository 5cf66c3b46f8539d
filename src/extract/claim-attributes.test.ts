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
    // a gain that failed did not happen
    ['Russian troops failed to capture Lyman.', 'en', [{ kind: 'capture', actorSide: 'RU', modality: 'denied' }]],
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
