import { beforeAll, describe, expect, it } from 'vitest'
import { kindsAndModalities, warmSlavicExtraction } from '../testing/slavic-extraction.js'
import { isSlavicPerfectiveFuture } from './slavic-future.js'

// An event verb in the perfective future is a forecast (`expected`) with or without a cue word, in
// Ukrainian and Russian; the imperfective present of the same verbs, infinitives after a past
// success ("удалось освободить") and nouns or participles with a person ending's letters are not.
// Sentences and words of our own, in no gold file.
describe('isSlavicPerfectiveFuture', () => {
  it.each(['вийдуть', 'вийде', 'оточать', 'захопить', 'просунеться', 'звільнимо', 'відступлять', 'прорвуть'])('uk future: %s', (w) => {
    expect(isSlavicPerfectiveFuture(w, 'uk')).toBe(true)
  })
  it.each(['виходять', 'виходить', 'оточують', 'просуваються', 'утримують', 'відводять', 'захоплене', 'найбільше', 'звільнення'])('uk not future: %s', (w) => {
    expect(isSlavicPerfectiveFuture(w, 'uk')).toBe(false)
  })
  it.each(['выйдут', 'окружат', 'продвинутся', 'отступят', 'захватит', 'собьют', 'освободим', 'удержат'])('ru future: %s', (w) => {
    expect(isSlavicPerfectiveFuture(w, 'ru')).toBe(true)
  })
  it.each(['выходят', 'окружают', 'наносят', 'продвигаются', 'продвигаемся', 'штурмуют', 'ведут', 'освободить', 'погибшем', 'наступательные', 'окружением'])('ru not future: %s', (w) => {
    expect(isSlavicPerfectiveFuture(w, 'ru')).toBe(false)
  })
})

const modalities = kindsAndModalities

// The first extraction compiles both Cyrillic lexicons: slow on a loaded machine, so done once here.
beforeAll(warmSlavicExtraction, 120_000)

describe('a perfective future event verb is expected', () => {
  it.each<[string, 'uk' | 'ru', string]>([
    ['За два тижні окупанти вийдуть до околиць Гуляйполя.', 'uk', 'advance'],
    ['Росіяни оточать Покровськ до кінця листопада.', 'uk', 'encirclement'],
    ['До весны наши войска выйдут к Запорожью с востока.', 'ru', 'advance'],
    ['Подразделения ВСУ отступят из Мирнограда в ближайшие дни.', 'ru', 'withdrawal'],
  ])('%s', (text, lang, kind) => {
    expect(modalities(text, lang)).toEqual([[kind, 'expected']])
  })

  it.each<[string, 'uk' | 'ru', string]>([
    ['Окупанти виходять до околиць Гуляйполя.', 'uk', 'advance'],
    ['Наши войска выходят к Запорожью с востока.', 'ru', 'advance'],
    ['Штурмовикам удалось освободить Новоегоровку.', 'ru', 'capture'],
  ])('not a forecast: %s', (text, lang, kind) => {
    expect(modalities(text, lang)).toEqual([[kind, 'asserted']])
  })
})
