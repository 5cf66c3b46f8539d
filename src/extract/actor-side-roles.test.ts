import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Round 16, actor side by the roles in the clause: the owner of a launched weapon, a passive or a
// death with a subject of its own after a clause whose subject did something else, and a country's
// name used as a place. Our own sentences, none from a gold file.

type Row = { kind: Claim['kind']; actorSide: Claim['actorSide'] }

function claimsOf(text: string, lang: Lang, outlet: string | null): Row[] {
  const r = extractClaims({ id: 'doc-side-roles', text, lang, publishedAt: '2026-11-20', outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide }))
}

type Case = [string, string, Lang, string | null, Row]

// Class: the weapon's owner is the attacker, whether the clause makes the weapon its subject, the
// object after "from", a subject after the verb (Ukrainian and Russian word order) or a genitive
// after the weapon word; also for the toll the weapon caused.
describe('actor side: the owner of the weapon', () => {
  it.each<Case>([
    ['"took a hit from", en', 'Overnight a grain silo in Okhtyrka took a hit from a Russian missile.', 'en', 'Test Wire', { kind: 'strike', actorSide: 'RU' }],
    ['"a bomb from a jet", en', 'On Monday a guided bomb dropped from a Russian warplane flattened the clinic in Balakliia.', 'en', 'Test Wire', { kind: 'strike', actorSide: 'RU' }],
    ['subject after the verb, uk', 'Увечері у Павлограді склад пошкодив ворожий дрон.', 'uk', 'Дніпропетровська ОВА', { kind: 'strike', actorSide: 'RU' }],
    ['genitive after the weapon word, ru', 'Ночью Новую Каховку атаковали беспилотники ВСУ.', 'ru', 'Владимир Сальдо (Telegram)', { kind: 'strike', actorSide: 'UA' }],
    ['a toll caused by the weapon, uk', 'Внаслідок удару ворожих дронів по Нікополю загинув 60-річний чоловік.', 'uk', 'Дніпропетровська ОВА', { kind: 'casualties', actorSide: 'RU' }],
  ])('%s', (_name, text, lang, outlet, expected) => {
    expect(claimsOf(text, lang, outlet)).toContainEqual(expected)
  })

  it('a store of drones is a target, not the weapon', () => {
    const rows = claimsOf('Наши артиллеристы накрыли склад беспилотников ВСУ у Гуляйполя.', 'ru', 'Минобороны России')
    expect(rows).toContainEqual({ kind: 'strike', actorSide: 'RU' })
  })

  it('a control point of drones is a target, not the weapon', () => {
    const rows = claimsOf('Расчёты поразили пять пунктов управления беспилотниками ВСУ под Херсоном.', 'ru', 'Минобороны России')
    expect(rows.every((r) => r.actorSide !== 'UA')).toBe(true)
  })
})

// Class: a passive or a death word after a clause whose subject did something else keeps that
// subject as its agent when it has a subject of its own ("освобождён населённый пункт …", "загинула
// жінка", "and the school was destroyed"); it still flips when its subject is the shared one ("but
// were pushed back", "и были отброшены огнём") or an attack ("обе попытки сорваны").
describe('actor side: a passive or a death with a subject of its own', () => {
  it.each<Case>([
    ['MoD asyndetic passive, ru', 'Подразделения группировки войск «Восток» продолжили наступление, взят под контроль населённый пункт Зелёное Поле.', 'ru', 'Минобороны России', { kind: 'capture', actorSide: 'RU' }],
    ['a death after the attack, uk', 'Окупанти обстріляли Херсон з артилерії, загинула 70-річна жінка.', 'uk', 'Херсонська ОВА', { kind: 'casualties', actorSide: 'RU' }],
    ['a death after the attack, ru', 'ВСУ обстреляли Горловку, погиб мужчина.', 'ru', 'ТАСС', { kind: 'casualties', actorSide: 'UA' }],
  ])('%s', (_name, text, lang, outlet, expected) => {
    expect(claimsOf(text, lang, outlet)).toContainEqual(expected)
  })

  it.each<Case>([
    ['shared subject with an auxiliary, ru', 'Противник пытался атаковать у Новогродовки, но был отброшен огнём миномётов.', 'ru', 'Минобороны России', { kind: 'repelled', actorSide: 'RU' }],
    ['an attack as the subject, uk', 'Окупанти двічі намагалися зайти в село, обидві спроби зупинено.', 'uk', '47 ОМБр (Telegram)', { kind: 'repelled', actorSide: 'UA' }],
    ['shared subject, en', 'Russian infantry tried to storm the village but were repelled.', 'en', 'Test Wire', { kind: 'repelled', actorSide: 'UA' }],
  ])('still flips: %s', (_name, text, lang, outlet, expected) => {
    expect(claimsOf(text, lang, outlet)).toContainEqual(expected)
  })
})

// Class: a country's name as a place, in a dateline or after "in", is no actor.
describe('actor side: a country named as a place', () => {
  it('a dateline is no subject', () => {
    const rows = claimsOf('Sumy, Ukraine (Test Wire) — Three glide bombs slammed into a depot in Sumy on Friday.', 'en', 'Test Wire')
    expect(rows.some((r) => r.kind === 'strike')).toBe(true)
    expect(rows.every((r) => r.actorSide !== 'UA')).toBe(true)
  })
  it('a month before a comma is no dateline', () => {
    expect(claimsOf('In October, Russia seized 410 square kilometres, DeepState said.', 'en', 'Test Wire')).toContainEqual({ kind: 'area-change', actorSide: 'RU' })
  })
})
