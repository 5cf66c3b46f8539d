import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// The actor's side from how a force is named: by the actions of a grouping in the instrumental
// before a passive, by a brigade's number and abbreviation, by an arm ('піхота', 'пехота', 'infantry'),
// and a siege told as the state its subject is in ('оказались в полуокружении'). Our own sentences;
// positives and negatives per rule.

function sidesOf(text: string, lang: Lang, outlet: string | null = 'Test Wire'): { kind: Claim['kind']; side: Claim['actorSide'] }[] {
  const r = extractClaims({ id: 'doc-forces', text, lang, publishedAt: '2026-08-20', outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, side: c.actorSide }))
}

describe('the actions or efforts of a force before a passive are its agency', () => {
  it.each<[string, Lang, Claim['actorSide']]>([
    ['Активными действиями подразделений группировки войск «Центр» освобождён населённый пункт Кучеров Яр.', 'ru', 'RU'],
    ['Зусиллями бійців 93-ї ОМБр звільнено Андріївку.', 'uk', 'UA'],
    // English names the agent with 'by' (the instrumental's counterpart)
    ['The village of Kucheriv Yar was seized by Russian troops.', 'en', 'RU'],
  ])('%s', (text, lang, side) => {
    expect(sidesOf(text, lang, 'Минобороны России')[0]).toMatchObject({ kind: 'capture', side })
  })

  it('a force named as the patient of a passive is not its agent', () => {
    expect(sidesOf('Позиции подразделений ВСУ у Каменского поражены авиацией.', 'ru', 'Минобороны России')[0]?.side).toBe('RU')
  })
})

describe('a siege told as the state its subject is in names the encircled side', () => {
  it.each<[string, Lang]>([
    ['ВСУ "фактически оказались в полуокружении" под Константиновкой.', 'ru'],
    ['ЗСУ опинилися в оточенні під Костянтинівкою.', 'uk'],
    ['Ukrainian units were practically in a cauldron near Kostiantynivka.', 'en'],
  ])('%s', (text, lang) => {
    expect(sidesOf(text, lang)[0]).toMatchObject({ kind: 'encirclement', side: 'RU' })
  })

  it('an active siege keeps its subject', () => {
    expect(sidesOf('Российские войска замкнули кольцо вокруг Константиновки.', 'ru')[0]).toMatchObject({ kind: 'encirclement', side: 'RU' })
    expect(sidesOf('Українські війська оточили ворожу групу в лісосмузі біля Білицького.', 'uk')[0]?.side).toBe('UA')
  })
})

describe('a brigade by its number and abbreviation, and an arm named with its side', () => {
  it.each<[string, Lang, Claim['actorSide']]>([
    ['У суботу штурмовики 59-ї ОШБр вибили російську піхоту з двох лісосмуг на північ від Білицького.', 'uk', 'UA'],
    ['Бійці 93 ОМБр відкинули ворога від Андріївки.', 'uk', 'UA'],
    ['Російська піхота просунулася біля Білицького.', 'uk', 'RU'],
    ['Российская пехота продвинулась у Белицкого.', 'ru', 'RU'],
    ['Russian infantry advanced near Bilytske.', 'en', 'RU'],
  ])('%s', (text, lang, side) => {
    expect(sidesOf(text, lang)[0]?.side).toBe(side)
  })

  it('the brigade as the target of an attack is not the attacker', () => {
    expect(sidesOf('Ворог атакував позиції 59-ї ОШБр біля Білицького.', 'uk')[0]).toMatchObject({ side: 'RU' })
  })

  it('a number and a word that is no brigade name nothing', () => {
    expect(sidesOf('Противник 12 разів штурмував позиції біля Білицького.', 'uk')[0]).toMatchObject({ side: 'RU' })
  })
})
