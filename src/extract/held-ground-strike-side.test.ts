// Convention 72: a strike whose clause names no attacker, on ground Russia holds (Russia, Crimea and
// Sevastopol, the Donbas cities held since 2014), was Ukraine's; on Ukrainian-held ground, or with its
// attacker named, it keeps the side it had. Sentences written by the team; run through the pipeline
// with the shipped gazetteer (data/gazetteer), as the geoparser's country and region decide.
import { beforeAll, describe, expect, it } from 'vitest'
import { loadGazetteer, type Gazetteer } from '../geoparse/index.js'
import { pipelineStrikeSides } from '../testing/pipeline-strike-sides.js'
import { isRussianHeldGround } from './held-ground-strike-side.js'

let gazetteer: Gazetteer
beforeAll(() => {
  gazetteer = loadGazetteer()
})

/** The sides of the document's strike claims. */
const strikeSides = (text: string, lang: 'uk' | 'ru'): (string | null)[] => pipelineStrikeSides(gazetteer, { text, lang, outlet: 'Ukrainska Pravda', publishedAt: '2025-06-01' })

describe('an unattributed strike on ground Russia holds is Ukraine\'s', () => {
  it.each([
    ['Вночі у Горлівці пролунали вибухи на складі.', 'uk'],
    ['Ночью дроны атаковали подстанцию в Енакиево.', 'ru'],
    ['Вибухи пролунали на заводі в Татарстані.', 'uk'],
    ['Сімферополь атакували безпілотники.', 'uk'],
    ['Нафтобазу в селищі Орловської області атакували дрони.', 'uk'],
  ] as const)('%s', (text, lang) => {
    expect(strikeSides(text, lang)).toEqual(['UA'])
  })
})

describe('elsewhere, or with its attacker named, the side stays', () => {
  it.each([
    // Ukrainian-held ground: the other side's strike, as told from there.
    ['Вибухи пролунали в Краматорську.', 'uk', 'RU'],
    ['Ночью беспилотники атаковали Харьков.', 'ru', 'RU'],
    // A region of Donetsk oblast is not a city held since 2014.
    ['Вибухи пролунали на Донеччині.', 'uk', 'RU'],
    // The clause names who struck.
    ['Російські війська обстріляли Макіївку.', 'uk', 'RU'],
  ] as const)('%s', (text, lang, side) => {
    expect(strikeSides(text, lang)).toEqual([side])
  })
})

describe('isRussianHeldGround', () => {
  it('knows Russia, Crimea, and the Donbas cities held since 2014, not their oblasts or other towns', () => {
    const at = (name: string, admin1: string | null, country: string, kind: 'settlement' | 'region' = 'settlement') => isRussianHeldGround({ name, admin1, country, kind })
    expect(at('Kazan', 'Republic of Tatarstan', 'RU')).toBe(true)
    expect(at('Saky', 'Autonomous Republic of Crimea', 'UA')).toBe(true)
    expect(at('Khartsyzk', 'Donetsk Oblast', 'UA')).toBe(true)
    expect(at('Kramatorsk', 'Donetsk Oblast', 'UA')).toBe(false)
    expect(at('Luhansk Oblast', 'Luhansk Oblast', 'UA', 'region')).toBe(false)
    expect(at('Donetsk', 'Donetsk Oblast', 'UA', 'region')).toBe(false)
    expect(at('Donetsk', 'Kharkiv Oblast', 'UA')).toBe(false)
    expect(at('Minsk', null, 'BY')).toBe(false)
  })
})
