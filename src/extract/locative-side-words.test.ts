// Round 18: a side's word that says WHERE a strike landed ("у російському Шахтах", "в РФ", "області
// РФ", "на території Росії") names no attacker: it is a target in Russia, so an otherwise unnamed strike
// there is Ukraine's (conventions 72, 74). A side named as the agent still decides, and a strike read
// as aimed at Russia keeps UA. Sentences written by the team; run through the pipeline with the
// shipped gazetteer, as the held-ground rule asks the geoparser.
import { beforeAll, describe, expect, it } from 'vitest'
import { loadGazetteer, type Gazetteer } from '../geoparse/index.js'
import { pipelineStrikeSides } from '../testing/pipeline-strike-sides.js'
import type { PhraseMatch, SideData } from './lexicon/index.js'
import { locativeSideOf } from './locative-side-words.js'

let gazetteer: Gazetteer
beforeAll(() => {
  gazetteer = loadGazetteer()
})

const strikeSides = (text: string, lang: 'uk' | 'ru'): (string | null)[] => pipelineStrikeSides(gazetteer, { text, lang, outlet: 'UNIAN', publishedAt: '2025-06-01' })

function marker(text: string, word: string): PhraseMatch<SideData> {
  const at = text.indexOf(word)
  return { span: [at, at + word.length], text: word, data: { side: 'RU', strong: false } } as unknown as PhraseMatch<SideData>
}

describe('locative side words: where a strike landed is not who struck', () => {
  it('an adjective before a town in Russia, uk', () => {
    expect(strikeSides('У російському Шахтах уночі пролунала серія вибухів.', 'uk')).toEqual(['UA'])
  })

  it('a region named with РФ after the town, uk', () => {
    expect(strikeSides('У м. Новошахтинськ Ростовської області РФ зафіксовано ураження нафтобази.', 'uk')).toEqual(['UA'])
  })

  it('"в РФ" with no town, ru', () => {
    expect(strikeSides('В РФ беспилотники атаковали нефтебазу, начался пожар.', 'ru')).toEqual(['UA'])
  })

  it('an attack on plants on Russian territory keeps UA', () => {
    expect(strikeSides('Атака на нафтопереробні заводи на території РФ: де горіло цього тижня.', 'uk')).toEqual(['UA'])
  })

  it('negative: the attacker named as Russian stays RU', () => {
    expect(strikeSides('Російські дрони атакували Харків уночі.', 'uk')).toEqual(['RU'])
  })

  it('negative: "у російському ударі" names the attack, not a place', () => {
    expect(strikeSides('У російському ударі по Запоріжжю пошкоджено підстанцію.', 'uk')).toEqual(['RU'])
  })

  it('the mirror: "у Києві" is where the attack landed, uk', () => {
    expect(strikeSides('У Києві нічна атака РФ пошкодила електропідстанцію.', 'uk')).toEqual(['RU'])
  })

  it('the mirror: debris in Kyiv, ru', () => {
    expect(strikeSides('В Киеве обломки ракеты повредили трамвайное депо.', 'ru')).not.toContain('UA')
  })

  it('negative: a strike on Russia told from Kyiv keeps UA', () => {
    expect(strikeSides('У Києві підтвердили удар по нафтобазі в Курській області.', 'uk')).toEqual(['UA'])
  })

  it('locativeSideOf reads the lead and what follows', () => {
    const a = 'Вибухи у російському Брянську.'
    expect(locativeSideOf(a, marker(a, 'російському'))).toBe('RU')
    const b = 'Удар у російському стилі.'
    expect(locativeSideOf(b, marker(b, 'російському'))).toBeNull()
    const c = 'Пожежа на нафтобазі Курської області РФ.'
    expect(locativeSideOf(c, marker(c, 'РФ'))).toBe('RU')
    const d = 'Атака РФ на Одесу.'
    expect(locativeSideOf(d, marker(d, 'РФ'))).toBeNull()
    const e = 'Київ заявив про удар.'
    expect(locativeSideOf(e, { ...marker(e, 'Київ'), data: { side: 'UA', strong: false } } as PhraseMatch<SideData>)).toBeNull()
  })
})
