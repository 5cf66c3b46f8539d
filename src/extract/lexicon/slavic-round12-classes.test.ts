import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../../domain/index.js'
import { extractClaims } from '../extract-claims.js'

// Round 12: structural classes of Ukrainian and Russian reporting that every writer hits: two
// attacks in one bulletin sentence, each with its own count; trying to reach a place (an attack, not
// ground gained); buildings that "suffered" (damage, not a toll); vehicles left behind (a loss);
// repelling told by a gerund; a success or a total told in the future. Each class with the everyday
// or neighbouring sentences its guard keeps apart. Our own sentences, none from a gold file.

type Row = { kind: Claim['kind']; actorSide?: Claim['actorSide']; modality?: Claim['modality']; value?: number | null }

function claimsOf(text: string, lang: Lang): Row[] {
  const r = extractClaims({ id: 'doc-round12', text, lang, publishedAt: '2026-11-20', outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide, modality: c.modality, value: c.quantity?.value ?? null }))
}

describe('two attacks in one sentence, each counted', () => {
  it.each<[string, Lang, Row[]]>([
    ['Окупанти скинули на передній край 75 керованих авіабомб, а також задіяли 2900 дронів-камікадзе.', 'uk', [{ kind: 'strike', actorSide: 'RU', value: 75 }, { kind: 'strike', actorSide: 'RU', value: 2900 }]],
    ['ВСУ сбросили на приграничье 14 авиабомб, а также применили 230 беспилотников.', 'ru', [{ kind: 'strike', actorSide: 'UA', value: 14 }, { kind: 'strike', actorSide: 'UA', value: 230 }]],
    // a participle that details the first attack stays part of it
    ['Ворог завдав 44 авіаційних ударів, скинувши 97 керованих авіабомб.', 'uk', [{ kind: 'strike', actorSide: 'RU', value: 44 }]],
  ])('%s', (text, lang, expected) => {
    expect(claimsOf(text, lang)).toMatchObject(expected)
  })
})

describe('trying to reach a place is an attack', () => {
  it.each<[string, Lang, Row[]]>([
    ['Аналітики вважають, що взимку ворог спробує вийти до околиць Краматорська.', 'uk', [{ kind: 'assault', actorSide: 'RU', modality: 'expected' }]],
    ['Противник попытается выйти к окраинам Орехова.', 'ru', [{ kind: 'assault' }]],
    ['Окупанти намагаються зайти в Торське малими групами.', 'uk', [{ kind: 'assault', actorSide: 'RU' }]],
    // reaching it, told as done, stays ground gained
    ['Противник вийшов до околиць Гуляйполя.', 'uk', [{ kind: 'advance', actorSide: 'RU' }]],
  ])('%s', (text, lang, expected) => {
    expect(claimsOf(text, lang)).toMatchObject(expected)
  })
})

describe('buildings that suffered, vehicles left behind', () => {
  it.each<[string, Lang, Row[]]>([
    ['Після атаки дронів у Ромнах постраждали дахи трьох будинків.', 'uk', [{ kind: 'strike' }]],
    ['Из-за падения обломков беспилотника в Курске пострадали окна школы.', 'ru', [{ kind: 'strike' }]],
    // people who suffered are a toll
    ['Из-за падения обломков беспилотника в Курске пострадали двое мужчин.', 'ru', [{ kind: 'casualties' }]],
    ['Під Ямполем росіяни відкотилися, залишивши на полі два танки.', 'uk', [{ kind: 'withdrawal' }, { kind: 'casualties' }]],
    // falling back right after the attempt is how the attempt ended (convention 13)
    ['Окупанти намагалися прорватися біля Ямполя, але відкотилися.', 'uk', [{ kind: 'assault', actorSide: 'RU' }]],
    ['ВСУ пытались прорваться у Теткино, но отошли из Глушково.', 'ru', [{ kind: 'assault' }, { kind: 'withdrawal' }]],
    // positions or a village left are a withdrawal
    ['Підрозділ залишив позиції біля Ямполя.', 'uk', [{ kind: 'withdrawal' }]],
  ])('%s', (text, lang, expected) => {
    expect(claimsOf(text, lang)).toMatchObject(expected)
  })
  it('leaves a car left in a yard alone', () => {
    expect(claimsOf('Сусід залишив машину у дворі і пішов на роботу.', 'uk')).toEqual([])
  })
})

describe('repelling told by a gerund, success and totals told in the future', () => {
  it.each<[string, Lang, Row[]]>([
    ['Штурмовики продвинулись у Купянска, отразив три контратаки противника.', 'ru', [{ kind: 'advance' }, { kind: 'repelled', value: 3 }]],
    ['Глава области уверен, что посёлок под Покровском удастся освободить к весне.', 'ru', [{ kind: 'capture', modality: 'expected' }]],
    ['Якщо темп не зміниться, до кінця року окупована площа сягне 5000 км².', 'uk', [{ kind: 'area-change', modality: 'expected' }]],
    ['К концу года захваченная площадь превысит 4 тыс. км².', 'ru', [{ kind: 'area-change', modality: 'expected' }]],
  ])('%s', (text, lang, expected) => {
    expect(claimsOf(text, lang)).toMatchObject(expected)
  })
})

describe('area figures told without a verb', () => {
  it.each<[string, Lang, Row[]]>([
    // a period, a dash, a figure: the same tally for another period, and its side
    ['У вересні ворог окупував 350 км². Торік за той самий місяць — 240 км².', 'uk', [{ kind: 'area-change', actorSide: 'RU', value: 350 }, { kind: 'area-change', actorSide: 'RU', value: 240 }]],
    ['За полгода армия России заняла около 2 тыс. кв. км. Для сравнения: за тот же период прошлого года — 1,6 тыс. кв. км.', 'ru', [{ kind: 'area-change', value: 2000 }, { kind: 'area-change', value: 1600 }]],
    // a part of the total, or its largest share, with where
    ['За тиждень окупанти захопили ще 60 км². Ще 25 км² — на Покровському напрямку.', 'uk', [{ kind: 'area-change', actorSide: 'RU', value: 60 }, { kind: 'area-change', actorSide: 'RU', value: 25 }]],
    ['За неделю российские войска заняли 70 км². Больше всего — на Покровском направлении.', 'ru', [{ kind: 'area-change', actorSide: 'RU', value: 70 }, { kind: 'area-change', actorSide: 'RU' }]],
  ])('%s', (text, lang, expected) => {
    expect(claimsOf(text, lang)).toMatchObject(expected)
  })
  it.each<[string, Lang]>([
    // an area described, not changing hands; the largest share of attacks, not of ground
    ['Площа громади — 300 км².', 'uk'],
    ['Площадь района — около 1,2 тыс. кв. км.', 'ru'],
  ])('no claim: %s', (text, lang) => {
    expect(claimsOf(text, lang)).toEqual([])
  })
  it('reads the largest share of attacks as no area change', () => {
    expect(claimsOf('За добу ворог 40 разів атакував наші позиції. Найбільше — на Покровському напрямку.', 'uk').map((c) => c.kind)).not.toContain('area-change')
  })
})

describe("soldiers' slang for destroying, and some of them destroyed", () => {
  it.each<[string, Lang, Row[]]>([
    ['Операторы бригады минусанули два танка у Ямполя.', 'ru', [{ kind: 'casualties', value: 2 }]],
    ['Пілоти бригади мінуснули три БМП біля Покровська.', 'uk', [{ kind: 'casualties', value: 3 }]],
    ['Расчёт обнулил вражескую САУ под Северском.', 'ru', [{ kind: 'casualties' }]],
    ['За ночь ПВО приземлили 12 беспилотников над Курском.', 'ru', [{ kind: 'strike', value: 12 }]],
    ['Ворог ішов трьома БМП, дві з них знищили наші дронарі.', 'uk', [{ kind: 'casualties', actorSide: 'UA' }]],
    ['Противник пытался прорваться тремя БМП у Глушково, две из них сожгли дроны.', 'ru', [{ kind: 'assault' }, { kind: 'casualties' }]],
  ])('%s', (text, lang, expected) => {
    expect(claimsOf(text, lang)).toMatchObject(expected)
  })
  it.each<[string, Lang]>([
    ['Команда обнулила счёт во втором тайме.', 'ru'],
    ['У цього рішення є плюси й мінуси.', 'uk'],
  ])('no claim: %s', (text, lang) => {
    expect(claimsOf(text, lang)).toEqual([])
  })
})

describe('a second share or area of a gapped verb', () => {
  it.each<[string, Lang, Row[]]>([
    ['Нині Росія контролює 19% території України і понад 80% Луганщини.', 'uk', [{ kind: 'control', actorSide: 'RU', value: 19 }, { kind: 'control', actorSide: 'RU', value: 80 }]],
    ['Российская армия заняла 300 км² в Донецкой области и ещё 40 км² в Запорожской.', 'ru', [{ kind: 'area-change', actorSide: 'RU', value: 300 }, { kind: 'area-change', actorSide: 'RU', value: 40 }]],
    // one figure and a place without one is one claim
    ['Россия контролирует около 19% территории Украины и почти всю Луганскую область.', 'ru', [{ kind: 'control', actorSide: 'RU', value: 19 }]],
  ])('%s', (text, lang, expected) => {
    const claims = claimsOf(text, lang)
    expect(claims).toHaveLength(expected.length)
    expect(claims).toMatchObject(expected)
  })
})

describe('a hit told by what is left', () => {
  it.each<[string, Lang, Row[]]>([
    ['Вночі росіяни атакували Сумщину дронами. У Ромнах будинок залишився без даху.', 'uk', [{ kind: 'strike', actorSide: 'RU' }, { kind: 'strike' }]],
    ['Ночью ВСУ атаковали область беспилотниками. В Грайвороне от склада остались одни руины.', 'ru', [{ kind: 'strike', actorSide: 'UA' }, { kind: 'strike' }]],
  ])('%s', (text, lang, expected) => {
    expect(claimsOf(text, lang)).toMatchObject(expected)
  })
  it.each<[string, Lang]>([
    ['Сусід залишився без роботи.', 'uk'],
    ['Дом остался без хозяина.', 'ru'],
  ])('no claim: %s', (text, lang) => {
    expect(claimsOf(text, lang)).toEqual([])
  })
})
