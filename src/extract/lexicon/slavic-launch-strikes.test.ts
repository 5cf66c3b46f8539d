import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../../domain/index.js'
import { extractClaims } from '../extract-claims.js'

// Round 24: a munition launched at a place ("по") in any order of verb, munition and target, the launch's
// participle and noun, and blasts heard with a count between verb and noun (slavic-launch-strikes.ts), a quadcopter as a word
// of war (military-context.ts), with
// the everyday sentences each class keeps out. Our own sentences, none from a gold file or a data set.

type Row = { kind: Claim['kind']; actorSide?: Claim['actorSide'] }

function claimsOf(text: string, lang: Lang): Row[] {
  const r = extractClaims({ id: 'doc-launch', text, lang, publishedAt: '2023-06-10', outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide }))
}

describe('launches at a place and blasts heard (uk, ru)', () => {
  it.each<[string, Lang, Row[]]>([
    // the munition before its target
    ['Росіяни запускають шахеди по енергетиці Одещини.', 'uk', [{ kind: 'strike', actorSide: 'RU' }]],
    ['Оккупанты выпускали ракеты по Николаеву с кораблей.', 'ru', [{ kind: 'strike', actorSide: 'RU' }]],
    // the verb last
    ['Дрони по Сумах окупанти запускали з-під Курська.', 'uk', [{ kind: 'strike', actorSide: 'RU' }]],
    // the participle and the noun
    ['Ракета, випущена окупантами по Запоріжжю, влучила в склад.', 'uk', [{ kind: 'strike', actorSide: 'RU' }]],
    ['Зафиксирован запуск ракет по аэродрому в Крыму.', 'ru', [{ kind: 'strike' }]],
    // blasts heard, with a count or adjectives between
    ['У Бердянську прогриміли чотири гучні вибухи.', 'uk', [{ kind: 'strike' }]],
    ['В Мелитополе прогремели три сильных взрыва.', 'ru', [{ kind: 'strike' }]],
    // a quadcopter is a word of war (military-context.ts), as a drone is
    ['Зафиксирован сброс гранаты с квадрокоптера на жилой дом.', 'ru', [{ kind: 'strike' }]],
  ])('%s', (text, lang, want) => {
    expect(claimsOf(text, lang)).toMatchObject(want)
  })

  it.each<[string, Lang]>([
    // made, not fired; a gas blast; a product launched
    ['Завод випустив за рік 2000 нових автобусів.', 'uk'],
    ['В подъезде раздались два взрыва газа.', 'ru'],
    ['Компанія запустила нову лінію з виробництва дронів.', 'uk'],
  ])('no claim: %s', (text, lang) => {
    expect(claimsOf(text, lang)).toEqual([])
  })
})
