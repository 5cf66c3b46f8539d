// Round 20 (real-cir, CIR/Bellingcat captions of 2022): convention 72 in the war's first year. Who held
// a town on a date by its periods (holder-by-period.ts): never-occupied cities from the invasion's first
// day, towns that fell with their Ukrainian period before and, where freed, after, and nobody in the
// days a town changed hands. Sentences written by the team, run with the shipped gazetteer, no map.
import { beforeAll, describe, expect, it } from 'vitest'
import { loadGazetteer, type Gazetteer } from '../geoparse/index.js'
import { pipelineStrikeSides } from '../testing/pipeline-strike-sides.js'
import { isRussianHeldGround, isUkrainianHeldGround } from './held-ground-strike-side.js'
import { holderByPeriod } from './holder-by-period.js'

let gazetteer: Gazetteer
beforeAll(() => {
  gazetteer = loadGazetteer()
})

const strikeSides = (text: string, lang: 'en' | 'uk' | 'ru', outlet: string, publishedAt: string): (string | null)[] => pipelineStrikeSides(gazetteer, { text, lang, outlet, publishedAt })

const town = (name: string, admin1: string) => ({ name, admin1, country: 'UA', kind: 'settlement' as const })
const holder = (name: string, admin1: string, on: string): string | null =>
  isRussianHeldGround(town(name, admin1), on) ? 'RU' : isUkrainianHeldGround(town(name, admin1), on) ? 'UA' : null

describe('period boundaries: Ukrainian before a fall, Russian after, Ukrainian again after liberation; nobody within 3 days of a change', () => {
  it.each([
    // Mariupol fell on 2022-05-20 (HELD_SINCE); no liberation.
    ['Mariupol', 'Donetsk Oblast', '2022-05-16', 'UA'], ['Mariupol', 'Donetsk Oblast', '2022-05-17', null],
    ['Mariupol', 'Donetsk Oblast', '2022-05-23', null], ['Mariupol', 'Donetsk Oblast', '2022-05-24', 'RU'],
    // Lyman: fell 2022-05-26, freed 2022-10-01.
    ['Lyman', 'Donetsk Oblast', '2022-05-22', 'UA'], ['Lyman', 'Donetsk Oblast', '2022-05-25', null],
    ['Lyman', 'Donetsk Oblast', '2022-05-30', 'RU'], ['Lyman', 'Donetsk Oblast', '2022-09-27', 'RU'],
    ['Lyman', 'Donetsk Oblast', '2022-09-28', null], ['Lyman', 'Donetsk Oblast', '2022-10-04', null],
    ['Lyman', 'Donetsk Oblast', '2022-10-05', 'UA'],
    // Kherson: taken 2022-03-02, freed 2022-11-11.
    ['Kherson', 'Kherson Oblast', '2022-02-25', 'UA'], ['Kherson', 'Kherson Oblast', '2022-03-06', 'RU'],
    ['Kherson', 'Kherson Oblast', '2022-11-07', 'RU'], ['Kherson', 'Kherson Oblast', '2022-11-10', null],
    ['Kherson', 'Kherson Oblast', '2022-11-15', 'UA'],
    // Izium: RU 2022-04-01..09-10; Sievierodonetsk fell 2022-06-25; Lysychansk 2022-07-03.
    ['Izium', 'Kharkiv Oblast', '2022-03-28', 'UA'], ['Izium', 'Kharkiv Oblast', '2022-04-05', 'RU'], ['Izium', 'Kharkiv Oblast', '2022-09-14', 'UA'],
    ['Sievierodonetsk', 'Luhansk Oblast', '2022-06-21', 'UA'], ['Sievierodonetsk', 'Luhansk Oblast', '2022-06-29', 'RU'],
    ['Lysychansk', 'Luhansk Oblast', '2022-06-29', 'UA'], ['Lysychansk', 'Luhansk Oblast', '2022-07-03', null], ['Lysychansk', 'Luhansk Oblast', '2022-07-07', 'RU'],
    // Bucha: occupied 2022-03-03, freed 2022-04-01; Irpin, besieged but defended until 2022-03-28, Ukraine's (118).
    ['Bucha', 'Kyiv Oblast', '2022-03-15', 'RU'], ['Bucha', 'Kyiv Oblast', '2022-04-03', null], ['Bucha', 'Kyiv Oblast', '2022-04-05', 'UA'],
    ['Irpin', 'Kyiv Oblast', '2022-03-15', 'UA'], ['Irpin', 'Kyiv Oblast', '2022-04-01', 'UA'],
  ] as const)('%s on %s -> %s', (name, admin1, on, expected) => {
    expect(holder(name, admin1, on)).toBe(expected)
  })

  it('a never-occupied city is Ukrainian from the invasion, and nobody\'s before it', () => {
    for (const [name, admin1] of [['Kharkiv', 'Kharkiv Oblast'], ['Kyiv', 'Kyiv'], ['Mykolaiv', 'Mykolaiv Oblast'], ['Chernihiv', 'Chernihiv Oblast'], ['Sumy', 'Sumy Oblast'], ['Kramatorsk', 'Donetsk Oblast']] as const) {
      expect(holder(name, admin1, '2022-02-24')).toBe('UA')
      expect(holder(name, admin1, '2022-03-20')).toBe('UA')
    }
    expect(holderByPeriod('Kharkiv', 'Kharkiv Oblast', '2021-12-01')).toBeNull()
    expect(holderByPeriod('Kostiantynivka', 'Donetsk Oblast', '2022-03-20')).toBeUndefined()
  })
})

describe('through the pipeline, without a map', () => {
  it('a strike on a never-occupied city in March 2022 was Russia\'s', () => {
    expect(strikeSides('A shelled bakery on the edge of central Kharkiv.', 'en', 'CIR', '2022-03-14')).toEqual(['RU'])
    expect(strikeSides('У Чернігові снаряд влучив у бібліотеку.', 'uk', 'Suspilne', '2022-03-11')).toEqual(['RU'])
  })

  it('a strike on Mariupol before it fell was Russia\'s, and after it fell Ukraine\'s', () => {
    expect(strikeSides('A burnt-out school gym in Mariupol after shelling.', 'en', 'CIR', '2022-04-12')).toEqual(['RU'])
    expect(strikeSides('В Мариуполе у порта прогремели взрывы.', 'ru', 'Meduza', '2022-08-12')).toEqual(['UA'])
  })

  it('a town changing hands that week gives no side from the ground', () => {
    expect(strikeSides('Shelling damaged a warehouse in Lysychansk.', 'en', 'CIR', '2022-07-02')).toEqual([null])
    // The same sentence a week either side: the ground decides.
    expect(strikeSides('Shelling damaged a warehouse in Lysychansk.', 'en', 'CIR', '2022-06-25')).toEqual(['RU'])
    expect(strikeSides('Shelling damaged a warehouse in Lysychansk.', 'en', 'CIR', '2022-07-10')).toEqual(['UA'])
  })

  it('a clause that names its attacker keeps its side', () => {
    expect(strikeSides('Ukrainian artillery hit a depot in Izium.', 'en', 'CIR', '2022-03-10')).toEqual(['UA'])
    expect(strikeSides('Російські ракети влучили в Херсон.', 'uk', 'UNIAN', '2022-05-10')).toEqual(['RU'])
  })
})
