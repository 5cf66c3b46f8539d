// Names of Ukrainian places the gazetteer did not know before round 19, in sentences the team wrote:
// the Russian черн- of a Ukrainian чорн- name (Чернобаевка for Чорнобаївка), the colloquial region names
// Рівнещина and Франківщина, and a Crimean village whose GeoNames "Russian" name is spelled the Ukrainian
// way (Октябрське), which must take Ukrainian case forms. Run against the shipped gazetteer.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Place } from '../domain/index.js'
import { type Gazetteer, geoparseText, loadGazetteer } from './index.js'
import { ukrainianToRussianCandidates } from './gazetteer/transliterate.js'

let g: Gazetteer
beforeAll(() => {
  g = loadGazetteer()
})

function placeFor(text: string, mention: string): Place | undefined {
  return geoparseText(text, g).value.find((p) => p.mention === mention)
}

describe('Ukrainian чорн- is Russian черн-', () => {
  it('generates the Russian spelling', () => {
    expect(ukrainianToRussianCandidates('Чорнобаївка')).toContain('Чернобаевка')
    expect(ukrainianToRussianCandidates('Новочорнобаївка')[0]).not.toMatch(/чорн/i)
  })

  it.each([
    ['Под Чернобаевкой снова слышны взрывы.', 'Чернобаевкой', 'Chornobaivka', 'Kherson Oblast'],
    ['В Черноморске после удара пропал свет.', 'Черноморске', 'Chornomorsk', 'Odesa Oblast'],
  ])('%s → %s', (text, mention, name, admin1) => {
    const p = placeFor(text, mention)
    expect(p?.name).toBe(name)
    expect(p?.admin1).toBe(admin1)
  })

  it('the Ukrainian spelling still finds the place', () => {
    expect(placeFor('Біля Чорнобаївки горить техніка.', 'Чорнобаївки')?.name).toBe('Chornobaivka')
  })
})

describe('colloquial region names', () => {
  it.each([
    ['Уночі на Рівнещині збили кілька дронів.', 'Рівнещині', 'Rivne Oblast'],
    ['Дрони атакували Франківщину під ранок.', 'Франківщину', 'Ivano-Frankivsk Oblast'],
  ])('%s → %s', (text, mention, name) => {
    expect(placeFor(text, mention)?.name).toBe(name)
  })
})

describe('a "Russian" name in Ukrainian spelling takes Ukrainian case forms', () => {
  it('в Октябрському is the Crimean village', () => {
    expect(placeFor('Пожежа в Октябрському не вщухає.', 'Октябрському')?.admin1).toBe('Autonomous Republic of Crimea')
  })
})
