// Ukrainian spellings of towns in Russia's border oblasts and the Kuban, which GeoNames often lacks and
// Ukrainian strike reports use ("у Новоросійську"): guessed at build time as for deep-Russian towns
// (russian-towns.ts), towns of 10,000 people and more only, and -росс- written -рос- as in Росія. Sentences
// are the team's own; the place checks run against the shipped gazetteer (data/gazetteer).
import { beforeAll, describe, expect, it } from 'vitest'
import { type Gazetteer, geoparseText, loadGazetteer } from '../index.js'
import { ukrainianGuesses } from './russian-towns.js'

let g: Gazetteer
beforeAll(() => {
  g = loadGazetteer()
})

describe('ukrainianGuesses writes -росс- once, as Росія', () => {
  it('Новороссийск → Новоросійськ', () => expect(ukrainianGuesses('Новороссийск')).toContain('Новоросійськ'))

  it('keeps another doubled с (Бессоновка)', () => expect(ukrainianGuesses('Бессоновка').every((v) => v.includes('сс'))).toBe(true))
})

describe('a border-oblast or Kuban town found by its Ukrainian spelling', () => {
  it.each([
    ['Дрони знову атакували нафтовий термінал у Новоросійську.', 'Новоросійську', 'Novorossiysk'],
    ['Новоросійськ зупинив відвантаження пального.', 'Новоросійськ', 'Novorossiysk'],
    ['Над Брянськом уночі збивали безпілотники.', 'Брянськом', 'Bryansk'],
  ])('%s → %s', (text, mention, name) => {
    const p = geoparseText(text, g).value.find((x) => x.mention === mention)
    expect(p?.name).toBe(name)
    expect(p?.country).toBe('RU')
  })

  it('a Ukrainian town keeps its own name', () => {
    expect(geoparseText('Окупанти вдарили по Сумах.', g).value[0]?.name).toBe('Sumy')
  })
})
