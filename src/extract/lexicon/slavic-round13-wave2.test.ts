import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../../domain/index.js'
import { extractClaims } from '../extract-claims.js'

// Round 13, wave 2 (helper 100): Ukrainian and Russian classes the twelfth blind set lost. Our own
// sentences, none from a gold file.

type Row = { kind: Claim['kind']; actorSide?: Claim['actorSide']; modality?: Claim['modality'] }

function claimsOf(text: string, lang: Lang, outlet = 'Test Wire'): Row[] {
  const r = extractClaims({ id: 'doc-r13w2', text, lang, publishedAt: '2026-11-20', outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide, modality: c.modality }))
}

function expectRows(text: string, lang: Lang, expected: Row[], outlet?: string): void {
  const got = claimsOf(text, lang, outlet)
  if (expected.length === 0) expect(got).toEqual([])
  else expect(got).toEqual(expect.arrayContaining(expected.map((e) => expect.objectContaining(e))))
}

describe('a threat cancels the encirclement it names, not the withdrawal it caused', () => {
  it.each<[string, Lang, Row[]]>([
    ['На Харківщині через загрозу оточення наші бійці вийшли з Петрівки, щоб зберегти людей.', 'uk', [{ kind: 'withdrawal', actorSide: 'UA' }]],
    ['Из-за угрозы окружения наши бойцы отошли из Ивановки.', 'ru', [{ kind: 'withdrawal' }]],
  ])('%s', (text, lang, expected) => expectRows(text, lang, expected))
})

describe('fire told by what it covered or who took the worst of it', () => {
  it.each<[string, Lang, Row[], string?]>([
    ['Дружківку ворог накрив із «Градів».', 'uk', [{ kind: 'strike', actorSide: 'RU' }]],
    ['Село окупанти накрили артилерією.', 'uk', [{ kind: 'strike', actorSide: 'RU' }]],
    ['Найбільше дісталося Сумщині та Чернігівщині.', 'uk', [{ kind: 'strike', actorSide: 'RU' }], 'Повітряні сили ЗСУ'],
    ['Оккупанты накрыли посёлок из «Ураганов».', 'ru', [{ kind: 'strike' }]],
    // weather and a table cloth are no fire
    ['Туман накрив місто.', 'uk', []],
    ['Снег накрыл поля.', 'ru', []],
  ])('%s', (text, lang, expected, outlet) => expectRows(text, lang, expected, outlet))
})

describe('a build-up may name where it goes before the units', () => {
  it.each<[string, Lang, Row[]]>([
    ['Окупанти підтягують до Покровська свіжі резерви.', 'uk', [{ kind: 'other', actorSide: 'RU' }]],
    ['Противник подтягивает к Торецку новые штурмовые подразделения.', 'ru', [{ kind: 'other' }]],
  ])('%s', (text, lang, expected) => expectRows(text, lang, expected))
})

describe('an air-raid status line and a damage heading tell no attack of their own', () => {
  it.each<[string, Lang, Row[]]>([
    ['Атака триває, у небі ще кілька ворожих дронів.', 'uk', []],
    ['Наслідки ворожих атак на Сумщину за минулу добу', 'uk', []],
  ])('%s', (text, lang, expected) => expectRows(text, lang, expected))
})

describe('Russian holding, burnt-out armour, shelter and forecasts', () => {
  it.each<[string, Lang, Row[], string?]>([
    ['Бахмут целиком контролируется российской армией.', 'ru', [{ kind: 'control', actorSide: 'RU' }]],
    ['В Часовом Яре наши по-прежнему держат вокзал и соседние улицы.', 'ru', [{ kind: 'control', actorSide: 'RU' }], 'Минобороны России'],
    ['Оба танка остались догорать на обочине.', 'ru', [{ kind: 'casualties' }]],
    ['Жители трёх сёл временно размещены в пункте временного размещения.', 'ru', [{ kind: 'evacuation' }]],
    ['Переселение жителей Алешек продолжится до весны.', 'ru', [{ kind: 'evacuation', modality: 'expected' }]],
    ['Мешканців тимчасово розміщені в пункті тимчасового перебування.', 'uk', [{ kind: 'evacuation' }]],
    ['До весны Часов Яр будет наш.', 'ru', [{ kind: 'capture', modality: 'expected' }]],
    ['Часов Яр, думаю, возьмём ещё до весны.', 'ru', [{ kind: 'capture', actorSide: 'RU', modality: 'expected' }], 'Минобороны России'],
    ['Погода будет наша.', 'ru', []],
    // the people an earlier claim moved, placed: no evacuation of its own
    ['Все они размещены в пунктах временного размещения в Курске.', 'ru', []],
    ['Усі вони розміщені в пункті тимчасового перебування у Сумах.', 'uk', []],
  ])('%s', (text, lang, expected, outlet) => expectRows(text, lang, expected, outlet))
})

describe("the MoD's result phrase after the step it reports is no strike of its own", () => {
  it('продвинулись …, нанеся поражение', () => {
    const rows = claimsOf('Подразделения продвинулись в центре Торецка, нанеся поражение формированиям бригады ВСУ.', 'ru', 'Минобороны России')
    expect(rows.map((r) => r.kind)).toEqual(['advance'])
  })
})
