// Case forms and adjectives of town names that real Ukrainian and Russian strike reports use and the
// geoparser did not produce before round 19 (found in an audit of VIINA 2023-24 rows, tested here in
// sentences the team wrote): nouns in -ой (Джанкой), the Ukrainian locative of names in -к/-г/-х
// (у Кременчуці), adjectives of -ка names that add -ів-/-ов- (Великоновосілківський), of -нна names
// (Кремінський) and of plural names (Броварська). Run against the shipped gazetteer (data/gazetteer).
import { beforeAll, describe, expect, it } from 'vitest'
import type { Place } from '../domain/index.js'
import { type Gazetteer, geoparseText, loadGazetteer } from './index.js'
import { inflectWord, nominativeCandidates } from './gazetteer/inflect.js'
import { townNamesOf } from './find-mentions.js'

let g: Gazetteer
beforeAll(() => {
  g = loadGazetteer()
})

function placeFor(text: string, mention: string): Place | undefined {
  return geoparseText(text, g).value.find((p) => p.mention === mention)
}

describe('a noun in -ой declines like one in -ай', () => {
  it.each([
    ['джанкой', 'uk', ['джанкоя', 'джанкою', 'джанкоєм', 'джанкої']],
    ['джанкой', 'ru', ['джанкоя', 'джанкою', 'джанкоем', 'джанкое']],
  ] as const)('%s (%s) has %j', (nom, lang, forms) => {
    expect(inflectWord(nom, lang)).toEqual(expect.arrayContaining([...forms]))
  })

  it('leaves the adjectives in -ой to their own paradigm', () => {
    expect(inflectWord('донской', 'ru')).not.toContain('донское')
    expect(inflectWord('лесной', 'ru')).not.toContain('лесное')
    expect(nominativeCandidates('лесное')).not.toContain('лесной')
  })

  it.each([
    ['Ввечері над Джанкоєм знову чули вибухи.', 'Джанкоєм'],
    ['Склад біля Джанкоя горів до ранку.', 'Джанкоя'],
    ['Дим видно над військовою частиною в Джанкої.', 'Джанкої'],
    ['Под Джанкоем ночью сработала ПВО.', 'Джанкоем'],
    ['Жители сообщают о взрывах в Джанкое.', 'Джанкое'],
  ])('%s → Dzhankoi', (text, mention) => {
    expect(placeFor(text, mention)?.name).toBe('Dzhankoi')
  })
})

describe('the Ukrainian locative of a name in -к turns it to -ці', () => {
  it('inflects and finds the nominative back', () => {
    expect(inflectWord('кременчук', 'uk')).toContain('кременчуці')
    expect(inflectWord('токмак', 'uk')).toContain('токмаці')
    expect(nominativeCandidates('кременчуці')).toContain('кременчук')
  })

  it.each([
    ['Уночі в Кременчуці лунали вибухи.', 'Кременчуці', 'Kremenchuk'],
    ['У Токмаці окупанти знову перекидають техніку.', 'Токмаці', 'Tokmak'],
  ])('%s → %s', (text, mention, name) => {
    expect(placeFor(text, mention)?.name).toBe(name)
  })

  it('gives no Russian form in -це (в Кременчуге)', () => {
    expect(inflectWord('кременчуг', 'ru')).not.toContain('кременчуце')
  })
})

describe('adjectives of town names', () => {
  it('a -ка name with -ів-/-ов- before the suffix, a -нна name, a plural name', () => {
    expect(townNamesOf('новосілків', 'ськ', true)).toContain('новосілка')
    expect(townNamesOf('новоселков', 'ск', true)).toContain('новоселка')
    expect(townNamesOf('кремін', 'ськ', true)).toContain('кремінна')
    expect(townNamesOf('кремен', 'ск', true)).toContain('кременная')
    expect(townNamesOf('бровар', 'ськ', true)).toContain('бровари')
  })

  it.each([
    ['Противник накопичує резерви на Великоновосілківському напрямку.', 'Великоновосілківському', 'Velyka Novosilka'],
    ['На Великоновоселковском направлении уничтожен склад.', 'Великоновоселковском', 'Velyka Novosilka'],
    ['Бої тривають на Кремінському напрямку.', 'Кремінському', 'Kreminna'],
    ['Ситуация на Кременском направлении остаётся сложной.', 'Кременском', 'Kreminna'],
  ])('%s → %s', (text, mention, name) => {
    expect(placeFor(text, mention)?.name).toBe(name)
  })

  it('a plain adjective before no district, direction or facility noun stays no place', () => {
    expect(geoparseText('Броварські пожежники приїхали швидко.', g).value).toEqual([])
  })
})
