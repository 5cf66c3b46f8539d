// Round 19 (audit of VIINA 2023-24: the weekly digests "…: де в росіян вибухало та палало цього
// тижня"): "у/в росіян", "у россиян" in a strike clause say whose ground burned, not who struck; read as
// the agent, they made Russia the attacker of Ukraine's strikes in Russia and in occupied towns.
// Sentences written by the team.
import { beforeAll, describe, expect, it } from 'vitest'
import { loadGazetteer, type Gazetteer } from '../geoparse/index.js'
import { pipelineStrikeSides } from '../testing/pipeline-strike-sides.js'

let gazetteer: Gazetteer
beforeAll(() => {
  gazetteer = loadGazetteer()
})

const strikeSides = (text: string, lang: 'uk' | 'ru'): (string | null)[] => pipelineStrikeSides(gazetteer, { text, lang, outlet: 'Espreso', publishedAt: '2024-06-01' })

describe('"у росіян" is where, not who', () => {
  it('a digest tail after the list', () => {
    expect(strikeSides('Вибухи на нафтобазі у Бєлгороді та пожежа на аеродромі в Курську: де у росіян горіло за тиждень', 'uk')).not.toContain('RU')
  })

  it('at the head of the clause, ru', () => {
    expect(strikeSides('У россиян горит нефтебаза под Мелитополем.', 'ru')).toEqual(['UA'])
  })

  it('negative: Russians as the subject strike', () => {
    expect(strikeSides('Росіяни атакували нафтобазу в Полтаві.', 'uk')).toEqual(['RU'])
    expect(strikeSides('Россияне ударили по подстанции в Сумах.', 'ru')).toEqual(['RU'])
  })
})
