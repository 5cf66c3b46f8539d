import { beforeAll, describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { warmSlavicExtraction } from '../testing/slavic-extraction.js'
import { extractClaims } from './extract-claims.js'

// Round 17, real text: who struck, read from the target. (1) A side named inside the target phrase
// ("удар по украинскому аэродрому", "по складу боеприпасов ВС РФ", "атака на позиції ЗСУ") owns the
// target, so the other side struck. (2) A strike with no attacker named whose target lies in ground
// Russia holds (told as occupied, or in Crimea) was Ukraine's, whatever outlet tells it. (3) An
// attack on a depot, base, terminal, substation or airfield is a strike, not a ground assault. Our
// own sentences, none from a gold file or the VIINA pool.

type Row = { kind: Claim['kind']; actorSide: Claim['actorSide'] }

function claimsOf(text: string, lang: Lang, outlet: string | null = null): Row[] {
  const r = extractClaims({ id: 'doc-target', text, lang, publishedAt: '2023-09-12', outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide }))
}

describe('strike sides read from the target (uk, ru)', () => {
  beforeAll(warmSlavicExtraction, 120_000)

  it.each<[string, Lang, Row[]]>([
    // (1) the target's owner
    ['Артиллеристы нанесли удар по украинскому пункту управления под Купянском.', 'ru', [{ kind: 'strike', actorSide: 'RU' }]],
    ['Удар по складу горючего ВСУ в районе Краматорска.', 'ru', [{ kind: 'strike', actorSide: 'RU' }]],
    ['Точный удар по российскому штабу в Каховке.', 'ru', [{ kind: 'strike', actorSide: 'UA' }]],
    ['Удар дрона по складу пального окупантів у Новій Каховці.', 'uk', [{ kind: 'strike', actorSide: 'UA' }]],
    ['Ракетний удар по українському летовищу під Кременчуком.', 'uk', [{ kind: 'strike', actorSide: 'RU' }]],
    // a side named before the event word still acts
    ['ЗСУ завдали удару по російському складу під Токмаком.', 'uk', [{ kind: 'strike', actorSide: 'UA' }]],
    // (2) targets in ground Russia holds
    ['Вибухи біля аеродрому в окупованому Бердянську', 'uk', [{ kind: 'strike', actorSide: 'UA' }]],
    ['Удар по нафтобазі в тимчасово окупованому Ровеньках.', 'uk', [{ kind: 'strike', actorSide: 'UA' }]],
    ['В Евпатории прогремели взрывы.', 'ru', [{ kind: 'strike', actorSide: 'UA' }]],
    ['Ночью произошёл взрыв на складе под Джанкоем.', 'ru', [{ kind: 'strike', actorSide: 'UA' }]],
    // (3) an attack on an installation
    ['Ворог атакував нафтосховище на Житомирщині.', 'uk', [{ kind: 'strike', actorSide: 'RU' }]],
    ['ВСУ атаковали электроподстанцию в Каменке-Днепровской.', 'ru', [{ kind: 'strike', actorSide: 'UA' }]],
    ['Атака на аэродром в Таганроге', 'ru', [{ kind: 'strike', actorSide: 'UA' }]],
    // ground attacks stay assaults
    ['Окупанти атакували позиції ЗСУ біля Роботиного.', 'uk', [{ kind: 'assault', actorSide: 'RU' }]],
  ])('%s', (text, lang, rows) => {
    expect(claimsOf(text, lang)).toEqual(rows)
  })

  it('a capital named as where is no side', () => {
    expect(claimsOf('У Дарницькому районі Києва пожежа на складі після влучення уламків.', 'uk').map((r) => r.actorSide)).toEqual([null])
    expect(claimsOf('Київ завдав удару по Бєлгороду.', 'uk').map((r) => r.actorSide)).toEqual(['UA'])
  })

  it('a strike launched FROM occupied ground names no target there', () => {
    expect(claimsOf('Обстріл Нікополя з окупованого лівобережжя.', 'uk', 'Test Wire').map((r) => r.actorSide)).not.toContain('UA')
  })

  it('a word that only begins like Crimea is no Crimea', () => {
    expect(claimsOf('Вибух на газопроводі у Житомирі: на місці працюють криміналісти', 'uk').map((r) => r.actorSide)).toEqual([null])
  })
})
