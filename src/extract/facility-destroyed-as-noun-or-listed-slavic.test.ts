import { beforeAll, describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { warmSlavicExtraction } from '../testing/slavic-extraction.js'
import { extractClaims } from './extract-claims.js'

// Round 23, a random sample of the VIINA dev pool (80 rows, seed 2311): two ways Ukrainian and Russian
// headlines tell a depot, a fuel base or an airfield destroyed were read as no claim or as a loss.
//  - The destruction as a noun after a verb of confirming or telling ("підтвердили знищення нафтобази",
//    "повідомив подробиці знищення складу", "сообщило об уничтожении склада"): no claim (3 rows of 80),
//    where "ураження складу" / "поражение склада" already gave a strike.
//  - A facility listed after equipment or men under one verb of destroying ("уничтожили гаубицу, склад
//    боеприпасов и живую силу", "знищили 85 росіян, три гармати та склад"): one loss claim, the strike
//    lost (3 rows of 80). Two things hit are two claims (convention 128): the equipment a loss (75), the
//    depot a strike. Our own sentences.

function claimsOf(text: string, lang: Lang): readonly Claim[] {
  const r = extractClaims({ id: 'doc-facility-noun', text, lang, publishedAt: '2023-05-02', outlet: null })
  expect(r.issues).toEqual([])
  return r.value.claims
}
const kindsOf = (text: string, lang: Lang): Claim['kind'][] => claimsOf(text, lang).map((c) => c.kind)

describe('the destruction of a facility told as a noun is a strike (uk, ru)', () => {
  beforeAll(warmSlavicExtraction, 120_000)

  it.each<[string, Lang]>([
    ['Сили оборони підтвердили знищення нафтобази окупантів у Джанкої.', 'uk'],
    ['Голова ОВА розповів подробиці знищення ворожого складу боєприпасів біля Кадіївки.', 'uk'],
    ['У Генштабі повідомили про знищення аеродрому в Саках.', 'uk'],
    ['ВСУ подтвердили уничтожение нефтебазы в Макеевке.', 'ru'],
    ['Минобороны России сообщило об уничтожении склада горючего под Запорожьем.', 'ru'],
    ['Украинская разведка заявила об уничтожении штаба в Новой Каховке.', 'ru'],
  ])('%s', (text, lang) => {
    expect(kindsOf(text, lang)).toEqual(['strike'])
  })

  it('keeps the side the sentence gives the strike', () => {
    expect(claimsOf('Минобороны России сообщило об уничтожении склада боеприпасов ВСУ под Харьковом.', 'ru').map((c) => c.actorSide)).toEqual(['RU'])
    expect(claimsOf('Сили оборони підтвердили знищення складу боєприпасів росіян у Токмаку.', 'uk').map((c) => c.actorSide)).toEqual(['UA'])
  })

  it.each<[string, Lang]>([
    // equipment destroyed stays a loss; a warehouse of goods or a word like "складність" is no facility
    ['Сили оборони підтвердили знищення двох російських літаків на аеродромі.', 'uk'],
  ])('%s stays a loss', (text, lang) => {
    expect(kindsOf(text, lang)).toEqual(['casualties'])
  })

  it.each<[string, Lang]>([
    ['Мер говорив про знищення складності бюрократії у місті.', 'uk'],
    ['Депутаты обсудили уничтожение складских запасов зерна.', 'ru'],
  ])('%s is no claim', (text, lang) => {
    expect(kindsOf(text, lang)).toEqual([])
  })
})

describe('a facility listed after equipment or men under one verb of destroying is a strike of its own (uk, ru)', () => {
  beforeAll(warmSlavicExtraction, 120_000)

  it.each<[string, Lang]>([
    ['ЗСУ знищили гармату та склад боєприпасів у Токмаку.', 'uk'],
    ['Десантники знищили дві САУ і польовий склад пального біля Бахмута.', 'uk'],
    ['Артилеристи знищили ворожу техніку й штаб у Мелітополі.', 'uk'],
    ['ВСУ уничтожили миномет и склад боеприпасов в районе Клинового.', 'ru'],
    ['Российские войска уничтожили гаубицу, склад боеприпасов и живую силу под Курахово.', 'ru'],
    ['Армия уничтожила технику и нефтебазу противника под Донецком.', 'ru'],
  ])('%s', (text, lang) => {
    const claims = claimsOf(text, lang)
    expect(claims.map((c) => c.kind)).toEqual(['casualties', 'strike'])
    expect(claims[1]!.actorSide).toBe(claims[0]!.actorSide)
    expect(claims[1]!.quantity).toBeNull()
  })

  it.each<[string, Lang, Claim['kind'][]]>([
    // the facility first: one strike; equipment only: one loss; personnel ("особовий склад") is no depot
    ['ЗСУ знищили склад боєприпасів і дві гармати у Токмаку.', 'uk', ['strike']],
    ['ВСУ уничтожили два танка и БМП под Авдеевкой.', 'ru', ['casualties']],
    ['Сили оборони знищили танк та особовий склад противника.', 'uk', ['casualties']],
    // a hedge and a place before the depot make no list of losses
    ['Сили оборони знищили на Херсонщині, попередньо, російський склад пального.', 'uk', ['strike']],
  ])('%s', (text, lang, kinds) => {
    expect(kindsOf(text, lang)).toEqual(kinds)
  })
})
