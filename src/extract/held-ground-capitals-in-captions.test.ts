// Round 21: an English strike whose only side word is the capital or the country it landed in ("Shelling in
// Kyiv", "strike on the Kyiv TV tower", "blasts near Moscow") names no attacker: the held-ground rule
// (convention 72) decides, as for any other town. A capital that acts ("Kyiv struck Donetsk") still names
// the side. Chuhuiv and Derhachi, never occupied, are Ukrainian from the first day of the invasion.
// Sentences written by the team, through the pipeline with the shipped gazetteer.
import { beforeAll, describe, expect, it } from 'vitest'
import { loadGazetteer, type Gazetteer } from '../geoparse/index.js'
import { pipelineStrikeSides } from '../testing/pipeline-strike-sides.js'
import { holderByPeriod } from './holder-by-period.js'

let gazetteer: Gazetteer
beforeAll(() => {
  gazetteer = loadGazetteer()
})

const strikeSides = (text: string, publishedAt: string, outlet = 'CIR'): (string | null)[] => pipelineStrikeSides(gazetteer, { text, lang: 'en', outlet, publishedAt })

describe('a capital named as the place hit names no attacker', () => {
  it.each([
    ['Rocket fragments after shelling in Kyiv', '2022-03-15', 'RU'],
    ['Damage after the strike on the Kyiv TV tower', '2022-03-03', 'RU'],
    ['Explosions heard in Kyiv overnight, the mayor said.', '2022-10-12', 'RU'],
    ['Damage to a pharmacy in Chuhuiv', '2022-08-20', 'RU'],
    ['Crater next to a school in Derhachi', '2022-05-02', 'RU'],
  ])('%s', (text, date, side) => {
    expect(strikeSides(text, date)).toEqual([side])
  })

  it('a capital as the subject that struck keeps its side', () => {
    expect(strikeSides('Kyiv shelled the outskirts of Donetsk, separatist officials said.', '2022-06-01', 'TASS')).toEqual(['UA'])
  })
})

describe('never-occupied towns of Kharkiv Oblast', () => {
  it.each(['Chuhuiv', 'Derhachi'])('%s is Ukrainian from the first days', (town) => {
    expect(holderByPeriod(town, 'Kharkiv Oblast', '2022-03-01')).toBe('UA')
    expect(holderByPeriod(town, 'Kharkiv Oblast', '2022-09-09')).toBe('UA')
  })
})
