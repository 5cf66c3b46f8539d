import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Round 26, helper 215: deixis relative to the speaker. The nominative pronoun nearest the event word is its
// subject whatever adverbial stands before it, a verb in the first person plural says "we" by itself, and a
// channel that is itself a party speaks its own words. Our own sentences (none from a gold file).

type Row = { kind: Claim['kind']; actorSide: Claim['actorSide'] }

function claimsOf(text: string, lang: Lang, outlet: string | null): Row[] {
  const r = extractClaims({ id: 'doc-deixis', text, lang, publishedAt: '2026-11-20', outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide }))
}

describe('a pronoun subject after a fronted adverbial, in a party\'s own words', () => {
  it.each<[string, string, Lang, string | null, Row]>([
    ['uk: "Минулої ночі вони зайшли" in a quote', '«Минулої ночі вони зайшли на східну околицю Іванівки», — розповів командир роти з позивним «Граф».', 'uk', 'Суспільне', { kind: 'advance', actorSide: 'RU' }],
    ['uk: "Так, вони зачепилися" in a quote', '«Так, вони зачепилися за дві хати в Роздолівці. Далі не пройшли», — сказав речник бригади.', 'uk', 'Суспільне', { kind: 'advance', actorSide: 'RU' }],
    ['ru: "На прошлой неделе мы зашли"', '«На прошлой неделе мы зашли в Белогоровку с юга», — рассказал командир штурмового отряда с позывным «Лис».', 'ru', 'РИА Новости', { kind: 'advance', actorSide: 'RU' }],
    ['uk: a forecast of "вони спробують обійти"', '«Думаю, до кінця місяця вони спробують обійти Сіверськ з півночі», — сказав командир батальйону.', 'uk', 'Суспільне', { kind: 'assault', actorSide: 'RU' }],
  ])('%s', (_name, text, lang, outlet, expected) => {
    expect(claimsOf(text, lang, outlet)).toContainEqual(expected)
  })

  it('"we" that only counts the other side\'s attempts is no actor', () => {
    expect(claimsOf('«Минулої доби ми нарахували 14 штурмів біля Торського», — розповів речник бригади.', 'uk', 'Суспільне')).toContainEqual({ kind: 'assault', actorSide: 'RU' })
  })
})

describe('a verb in the first person plural and a party channel\'s own voice', () => {
  it.each<[string, string, Lang, string | null, Row]>([
    ['uk: "штурми відбиваємо" after the enemy\'s attempts', 'Окупанти щодня лізуть до Сіверська, але всі штурми відбиваємо.', 'uk', 'Пресслужба 54-ї ОМБр', { kind: 'repelled', actorSide: 'UA' }],
    ['ru: "атаки отбиваем" in a war blogger\'s post', 'Противник трижды за ночь пытался зайти в Ступочки, все атаки отбиваем.', 'ru', 'Военкор Иван Петров', { kind: 'repelled', actorSide: 'RU' }],
    ['ru: "наша пехота" in a war blogger\'s own post', 'Вчера наша пехота зацепилась за окраину Северска.', 'ru', 'Военкор Иван Петров', { kind: 'advance', actorSide: 'RU' }],
  ])('%s', (_name, text, lang, outlet, expected) => {
    expect(claimsOf(text, lang, outlet)).toContainEqual(expected)
  })
})
