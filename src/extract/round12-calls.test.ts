import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Gold conventions 17-20 (eval/extract/README.md, judgement calls settled in round 12), each as a
// class of phrasings. Our own sentences, in no gold file.

type Row = Pick<Claim, 'kind' | 'actorSide' | 'modality'> & { speaker: string | null }

function claimsOf(text: string, lang: Lang): Row[] {
  const r = extractClaims({ id: 'doc-r12', text, lang, publishedAt: '2026-11-20', outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide, modality: c.modality, speaker: c.speaker.name }))
}

describe('17: an announcement the writer calls hasty is the announcer’s premature claim', () => {
  it.each<[string, Lang, Row]>([
    ['Российское командование поспешило заявить об освобождении Торецкого.', 'ru', { kind: 'capture', actorSide: 'RU', modality: 'premature', speaker: 'Российское командование' }],
    ['Окупаційне командування поквапилося оголосити про захоплення Зеленого Гаю.', 'uk', { kind: 'capture', actorSide: 'RU', modality: 'premature', speaker: 'Окупаційне командування' }],
    ['У Кремлі поспішили заявити про оточення Костянтинівки.', 'uk', { kind: 'encirclement', actorSide: null, modality: 'premature', speaker: 'Kremlin' }],
    ['The Kremlin rushed to announce the capture of Kurylivka.', 'en', { kind: 'capture', actorSide: 'RU', modality: 'premature', speaker: 'Kremlin' }],
    ['Russian state media hastily claimed that Borova had fallen.', 'en', { kind: 'capture', actorSide: 'RU', modality: 'premature', speaker: 'Russian state media' }],
    ['Russian war bloggers were quick to claim that their troops had entered Kupiansk.', 'en', { kind: 'advance', actorSide: 'RU', modality: 'premature', speaker: 'Russian war bloggers' }],
  ])('%s', (text, lang, expected) => {
    expect(claimsOf(text, lang)[0]).toMatchObject(expected)
  })

  it('an adverb of haste before the speech verb: "поспешно объявило"', () => {
    expect(claimsOf('Минобороны России поспешно объявило о взятии Торецкого.', 'ru')[0]).toMatchObject({ kind: 'capture', actorSide: 'RU', modality: 'premature' })
  })

  it('the fighting set against the hasty claim in its sentence is not itself premature', () => {
    const rows = claimsOf('Moscow was quick to claim the capture of Andriivka, though fighting continued.', 'en')
    expect(rows.map((r) => [r.kind, r.modality])).toEqual([
      ['capture', 'premature'],
      ['control', 'reported'],
    ])
  })

  it('a claim already made ("успели объявить") stays a reported claim', () => {
    expect(claimsOf('В Минобороны России уже успели объявить о взятии Торецкого.', 'ru')[0]).toMatchObject({ kind: 'capture', modality: 'reported' })
  })
})

describe('18: advancing deep into the defence is an advance', () => {
  it.each<[string, Lang]>([
    ['Российские войска продвигаются вглубь украинской обороны под Гуляйполем.', 'ru'],
    ['Ворог просунувся вглиб нашої оборони на два кілометри біля Сіверська, повідомили в бригаді.', 'uk'],
    ['Russian forces have advanced deep into Ukrainian defences south of Pokrovske.', 'en'],
    ['The Russians pressed deeper into Ukrainian lines near Kupiansk on Monday.', 'en'],
  ])('%s', (text, lang) => {
    expect(claimsOf(text, lang)[0]).toMatchObject({ kind: 'advance', actorSide: 'RU', modality: 'asserted' })
  })

  it('beside the capture told in the same sentence', () => {
    const rows = claimsOf('Минобороны России сообщило, что подразделения группировки «Восток» продолжили продвижение вглубь обороны противника и освободили Новоегоровку.', 'ru')
    expect(rows.map((r) => r.kind)).toEqual(['advance', 'capture'])
  })
})

describe('19: ground held, told in answer to a capture claim, is the capture denied', () => {
  it.each<[string, Lang, Row]>([
    // a negated capture after the claim
    ['Russia said it had seized Torske. Torske has not fallen, a Ukrainian military spokesman said.', 'en', { kind: 'capture', actorSide: 'RU', modality: 'denied', speaker: 'Ukrainian military' }],
    // a holding set against the claim in its own sentence: the writer's answer
    ['Russia said it had seized Torske, but the village remains in Ukrainian hands.', 'en', { kind: 'capture', actorSide: 'RU', modality: 'denied', speaker: 'Test Wire' }],
    ['Міноборони РФ заявило про захоплення Торського, проте село досі тримають Сили оборони.', 'uk', { kind: 'capture', actorSide: 'RU', modality: 'denied', speaker: 'Test Wire' }],
    ['Минобороны России заявило о взятии Торского, однако село по-прежнему удерживают ВСУ.', 'ru', { kind: 'capture', actorSide: 'RU', modality: 'denied', speaker: 'Test Wire' }],
    // a holding in the next sentence, by its own speaker
    ['Russia said on Monday that its troops had captured Torske. Ukrainian officials said the village was still under Ukrainian control.', 'en', { kind: 'capture', actorSide: 'RU', modality: 'denied', speaker: 'Ukrainian officials' }],
    ['Минобороны России заявило о взятии Торского. ВСУ по-прежнему удерживают село, сообщил Трегубов.', 'ru', { kind: 'capture', actorSide: 'RU', modality: 'denied', speaker: 'Viktor Trehubov' }],
  ])('%s', (text, lang, expected) => {
    expect(claimsOf(text, lang).at(-1)).toMatchObject(expected)
  })

  it('the capture answered in its own sentence is reported', () => {
    expect(claimsOf('Russia said it had seized Torske, but the village remains in Ukrainian hands.', 'en')[0]).toMatchObject({ kind: 'capture', modality: 'reported' })
  })

  it('a holding that answers no capture is the holder’s control', () => {
    expect(claimsOf('The town remains under Ukrainian control.', 'en').map((r) => r.kind)).toEqual(['control'])
  })

  it('a holding after an order to take the place answers no claim', () => {
    const rows = claimsOf('Путин поручил освободить Курскую область до конца весны. ВСУ всё ещё удерживают часть Суджанского района.', 'ru')
    expect(rows.at(-1)).toMatchObject({ kind: 'control', actorSide: 'UA' })
  })

  it('a holding that elaborates the same side’s rebuttal stays control', () => {
    const rows = claimsOf('Moscow said its forces had taken Torske, a claim Kyiv rejected. Ukrainian units still hold the village, the General Staff said.', 'en')
    expect(rows.at(-1)).toMatchObject({ kind: 'control', actorSide: 'UA' })
  })
})

describe('20: a flag raised over a settlement is a capture, on a building or part of it an advance', () => {
  it.each<[string, Lang, Claim['kind']]>([
    ['Russian soldiers raised a flag over Hryshyne.', 'en', 'capture'],
    ['Бійці підняли прапор над Торецьком.', 'uk', 'capture'],
    ['Штурмовики підняли прапор у Зеленому Гаю.', 'uk', 'capture'],
    ['Десантники водрузили флаг над Новоегоровкой.', 'ru', 'capture'],
    ['Russian troops hoisted a flag on a high-rise in the east of Kostiantynivka.', 'en', 'advance'],
    ['Paratroopers planted a flag above Zarichne’s village administration.', 'en', 'advance'],
    ['Soldiers raised the flag over the town hall of Kupiansk-Vuzlovyi.', 'en', 'advance'],
    ['Бойцы установили флаг на окраине Купянска.', 'ru', 'advance'],
    ['Бойцы подняли флаг в центре Купянска.', 'ru', 'advance'],
    ['Окупанти вивісили прапор на будівлі школи в Мирнограді.', 'uk', 'advance'],
    ['Штурмовики підняли прапор у центрі Куп’янська.', 'uk', 'advance'],
  ])('%s', (text, lang, kind) => {
    expect(claimsOf(text, lang)[0]?.kind).toBe(kind)
  })
})
