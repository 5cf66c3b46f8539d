// Round 19 (audit of VIINA 2023-24 strike headlines): a side's word inside the noun phrase of what was
// struck owns the target ("знищили російський склад", "атакували нафтобазу РФ", "уничтожен склад
// ВСУ"); the attacker is the other side, whichever side the outlet's voice would lend. A side named as
// the subject, the weapon's owner or the agent still decides. Sentences written by the team.
import { beforeAll, describe, expect, it } from 'vitest'
import { loadGazetteer, type Gazetteer } from '../geoparse/index.js'
import { analyzeDocument } from '../pipeline/run-pipeline.js'
import { metadataDocument } from '../testing/metadata-document.js'
import type { PhraseMatch, SideData } from './lexicon/index.js'
import { isTargetOwner } from './target-owner-sides.js'

let gazetteer: Gazetteer
beforeAll(() => {
  gazetteer = loadGazetteer()
})

function sides(text: string, lang: 'uk' | 'ru', outlet: string, kind = 'strike'): (string | null)[] {
  const document = metadataDocument({ id: 't', origin: 't', outlet, publishedAt: '2024-06-01', lang, text })
  const analysis = analyzeDocument({ document, findings: [] }, { gazetteer, verify: false })
  return analysis.claims.filter((c) => c.kind === kind).map((c) => c.actorSide)
}

function marker(text: string, word: string, side: 'RU' | 'UA', strong = false): PhraseMatch<SideData> {
  const at = text.indexOf(word)
  return { span: [at, at + word.length], text: word, data: { side, strong } } as unknown as PhraseMatch<SideData>
}

describe('target owners: whose depot was hit is not who hit it', () => {
  it('an adjective before the depot after a subjectless verb, uk, a Ukrainian outlet', () => {
    expect(sides('Під Токмаком дрони знищили російський польовий склад пального.', 'uk', 'UNIAN')).toEqual(['UA'])
  })

  it('the country after the oil depot, uk', () => {
    expect(sides('Ударний безпілотник влучив у нафтобазу РФ поблизу Ровеньків.', 'uk', 'Espreso')).toEqual(['UA'])
  })

  it('the force in the genitive after the depot, passive, ru, a Russian outlet', () => {
    expect(sides('Под Купянском уничтожен склад горючего ВСУ.', 'ru', 'RIA Novosti')).toEqual(['RU'])
  })

  it('a Ukrainian depot in the passive, ru, an independent outlet', () => {
    expect(sides('Украинский полевой склад снарядов поражён у Орехова.', 'ru', 'Meduza')).toEqual(['RU'])
  })

  it('an airfield of the enemy, uk', () => {
    expect(sides('Вночі уразили ворожий аеродром біля Мелітополя.', 'uk', 'Ukrainska Pravda')).toEqual(['UA'])
  })

  it('equipment after the verb: an aircraft named by its model and owner, ru', () => {
    expect(sides('Ракетой поражён бомбардировщик Су-24 ВСУ на аэродроме под Старокостянтиновом.', 'ru', 'RIA Novosti', 'casualties').concat(sides('Ракетой поражён бомбардировщик Су-24 ВСУ на аэродроме под Старокостянтиновом.', 'ru', 'RIA Novosti'))).not.toContain('UA')
  })

  it('negative: the subject named before the verb decides', () => {
    expect(sides('Российские артиллеристы накрыли склад ВСУ под Авдеевкой.', 'ru', 'Meduza')).toEqual(['RU'])
    expect(sides('Сили оборони знищили склад боєприпасів окупантів у Каховці.', 'uk', 'UNIAN')).toEqual(['UA'])
  })

  it('negative: equipment before the verb acts ("Российские гаубицы уничтожили склад")', () => {
    expect(sides('Российские гаубицы уничтожили склад под Херсоном.', 'ru', 'RIA Novosti')).toEqual(['RU'])
  })

  it('negative: the weapon in the instrumental is the attacker\'s', () => {
    expect(sides('Через ураження підстанції російським дроном без світла лишилося село на Сумщині.', 'uk', 'UNIAN')).toEqual(['RU'])
  })

  it('negative: the target of another strike noun in the clause is not this strike\'s', () => {
    expect(sides('Посольство поставило обстріл Одеси поруч з атаками на російські нафтобази.', 'uk', 'Ukrainska Pravda')[0]).not.toBe('UA')
  })
})

describe('isTargetOwner', () => {
  const clause = (t: string): [number, number] => [0, t.length]
  it('a genitive after a facility noun, in any position', () => {
    const t = 'Склад ВСУ уничтожили под Харьковом'
    expect(isTargetOwner(t, marker(t, 'ВСУ', 'UA', true), clause(t), t.indexOf('уничтожили') + 10)).toBe(true)
  })

  it('an adjective with another adjective between it and the noun', () => {
    const t = 'знищили російський польовий склад'
    expect(isTargetOwner(t, marker(t, 'російський', 'RU'), clause(t), 7)).toBe(true)
  })

  it('not a verb between the noun and the side ("Склад БК окупантів уразили ЗСУ")', () => {
    const t = 'Склад БК окупантів уразили ЗСУ'
    expect(isTargetOwner(t, marker(t, 'ЗСУ', 'UA', true), clause(t), t.indexOf('уразили') + 7)).toBe(false)
  })

  it('not the General Staff that speaks', () => {
    const t = 'Генеральний штаб ЗСУ: знищено склад'
    expect(isTargetOwner(t, marker(t, 'ЗСУ', 'UA', true), clause(t), t.indexOf('знищено') + 7)).toBe(false)
  })

  it('not equipment before the verb, which may be the subject', () => {
    const t = 'Танк ЗСУ знищив бліндаж'
    expect(isTargetOwner(t, marker(t, 'ЗСУ', 'UA', true), clause(t), t.indexOf('знищив') + 6)).toBe(false)
  })
})
