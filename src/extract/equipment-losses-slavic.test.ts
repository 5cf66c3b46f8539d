import { beforeAll, describe, expect, it } from 'vitest'
import type { Lang } from '../domain/index.js'
import { warmSlavicExtraction } from '../testing/slavic-extraction.js'
import { extractClaims } from './extract-claims.js'

// Conventions 33 and 75: equipment hit or destroyed (aircraft, helicopters, drones on the ground,
// ships, air-defence systems) is `casualties`, as tanks already are; a strike on a named base,
// airfield or depot stays a strike, and attack drones the air defence brings down are no losses. Our
// own sentences, none from a gold file or the VIINA pool.

function kinds(text: string, lang: Lang): string[] {
  const r = extractClaims({ id: 'doc-equipment', text, lang, publishedAt: '2024-05-16', outlet: 'Liveuamap' })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => c.kind)
}

describe('equipment hit or destroyed is losses (uk, ru)', () => {
  beforeAll(warmSlavicExtraction, 120_000)

  it.each<[string, Lang]>([
    ['На аеродромі під Джанкоєм уражено два гелікоптери Мі-8', 'uk'],
    ['Сили оборони знищили три літаки на летовищі в Криму', 'uk'],
    ['Розвідники уразили російський дрон «Орлан» на стоянці біля Токмака', 'uk'],
    ['Оприлюднено відео знищення російських літаків на аеродромі в Міллерові', 'uk'],
    ['ВСУ поразили два вертолёта Ми-28 на площадке под Курском', 'ru'],
    ['Уничтожены три самолёта Су-25 на аэродроме в Ейске', 'ru'],
  ])('%s', (text, lang) => {
    expect(kinds(text, lang)[0]).toBe('casualties')
  })

  it.each<[string, Lang]>([
    ['Сили оборони уразили аеродром Саки в Криму', 'uk'],
    ['Дрони уразили пункт управління безпілотниками біля Олешок', 'uk'],
    ['Засобами ППО уражено 30 ударних БпЛА над Одещиною', 'uk'],
    ['ВСУ поразили аэродром в Бельбеке', 'ru'],
    ['Над Брянской областью уничтожены 12 беспилотников самолётного типа', 'ru'],
  ])('stays a strike: %s', (text, lang) => {
    expect(kinds(text, lang)[0]).toBe('strike')
  })
})
