// A refinery or an airfield named by a town's adjective, where the town's own name is that adjective
// (Ильский, Афипский) or the adjective swallows the name's -с- (Одеса → Одеський, Черкаси → Черкаський)
// (round 18, convention 77). Sentences written by the team; run against the shipped gazetteer.
import { beforeAll, describe, expect, it } from 'vitest'
import { type Gazetteer, geoparseText, loadGazetteer } from './index.js'

let g: Gazetteer
beforeAll(() => {
  g = loadGazetteer()
})

const names = (text: string): string[] => geoparseText(text, g).value.map((p) => p.name)

describe('the facility is at the town', () => {
  it.each([
    ['Уночі дрони атакували Ільський нафтопереробний завод.', "Il'skiy"],
    ['На Ільському нафтопереробному заводі спалахнула пожежа.', "Il'skiy"],
    ['Беспилотники атаковали Ильский НПЗ.', "Il'skiy"],
    ['Після удару зупинився Афіпський НПЗ.', 'Afipskiy'],
    ['Ракета влучила в Одеський НПЗ.', 'Odesa'],
    ['Пожар на Одесском НПЗ потушен.', 'Odesa'],
    ['Над Черкаським аеродромом збили дрон.', 'Cherkasy'],
  ] as const)('%s', (text, name) => {
    expect(names(text)).toEqual([name])
  })
})

describe('no town from a former name or a far namesake', () => {
  it('Черкаське was Zymohiria: the airfield is Cherkasy', () => {
    expect(names('Дрони атакували Черкаський аеродром.')).not.toContain('Zymohiria')
  })
  it('Ільський is not read as Ола of Magadan', () => {
    expect(names('Ільський нафтопереробний завод зупинено.')).not.toContain('Ola')
  })
  it('a village whose name is the adjective does not take the facility from the town', () => {
    expect(names('Біля Донецького аеропорту йдуть бої.')).toEqual(['Donetsk'])
  })
})
