// Convention 73: a fire, blaze or smoke at a military, fuel or energy site (an oil depot, refinery,
// ammunition depot, substation, airfield, terminal) with no other cause given reports a strike's
// aftermath; a fire with another cause (gas, welding, lightning) or at a home or a forest is no claim.
// (Like every listed event word, it needs a word of war in its sentence or the one before:
// military-context.ts.) Sentences written by the team.
import { beforeAll, describe, expect, it } from 'vitest'
import { kindsAndModalities, warmSlavicExtraction } from '../testing/slavic-extraction.js'

beforeAll(() => warmSlavicExtraction(), 60_000)

const kinds = (text: string, lang: 'uk' | 'ru') => kindsAndModalities(text, lang).map(([k]) => k)

describe('a fire at a military, fuel or energy site is a strike', () => {
  it.each([
    ['Під Луганськом уже другу годину палає велика нафтобаза.', 'uk'],
    ['У місті досі горять склади боєприпасів.', 'uk'],
    ['Стовп диму здіймається над військовим аеродромом.', 'uk'],
    ['В окупованому місті пожежа спалахнула вранці на тяговій підстанції.', 'uk'],
    ['В Донецке с ночи пылает нефтебаза.', 'ru'],
    ['Столб дыма поднимается над аэродромом у Саки.', 'ru'],
    ['Жители оккупированного города сообщили о пожаре на электроподстанции.', 'ru'],
  ] as const)('%s', (text, lang) => {
    expect(kinds(text, lang)).toEqual(['strike'])
  })
})

describe('a fire with another cause, or at a home or a forest, is no strike', () => {
  it.each([
    ['На нафтобазі горить резервуар після удару блискавки.', 'uk'],
    ['Пожежа в лісі неподалік аеродрому охопила два гектари.', 'uk'],
    ['Горить приватний будинок на околиці села.', 'uk'],
    ['Пожар на нефтебазе начался из-за сварочных работ.', 'ru'],
    ['Горит сухая трава у поселка.', 'ru'],
  ] as const)('%s', (text, lang) => {
    expect(kinds(text, lang)).toEqual([])
  })
})
