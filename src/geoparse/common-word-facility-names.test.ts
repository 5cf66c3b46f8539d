// Common words that are also village names, in sentences the team wrote (round 17):
//  - a facility or an event noun opening a headline ("Порт …", "Пожежа …", "Пожар …") is the noun, not
//    the villages Port, Pozhezha;
//  - a word in apposition to a substation, a metro station or a pipeline ("підстанція Луч", "метро
//    Лісова", "нафтопроводу Дружба") is the work's own name, not a village; a town in the genitive
//    after such a noun ("підстанцій Львова"), a region or a district, and a name with a region after it
//    stay places; so does the village with a settlement cue ("у селі Дружба").
// Run against the shipped gazetteer (data/gazetteer).
import { beforeAll, describe, expect, it } from 'vitest'
import { type Gazetteer, geoparseText, loadGazetteer } from './index.js'

let g: Gazetteer
beforeAll(() => {
  g = loadGazetteer()
})

function mentions(text: string): string[] {
  return geoparseText(text, g).value.map((p) => p.mention)
}

describe('a facility or event noun opening a sentence is no village', () => {
  it.each([
    ['Пожежа спалахнула на складі у Харкові вночі.', 'Пожежа', 'Харкові'],
    ['Порт Ізмаїл знову атакували дрони.', 'Порт', 'Ізмаїл'],
    ['Пожар на нефтебазе под Брянском потушили.', 'Пожар', 'Брянском'],
  ])('%s', (text, common, town) => {
    const found = mentions(text)
    expect(found).not.toContain(common)
    expect(found).toContain(town)
  })
})

describe('the name of a substation, a metro station or a pipeline is no village', () => {
  it.each([
    ['Уламки пошкодили підстанцію Луч на околиці Запоріжжя.', 'Луч'],
    ['Вхід на станцію метро Лісова тимчасово закрили.', 'Лісова'],
    ['Угорщина скаржиться на удари по нафтопроводу Дружба.', 'Дружба'],
    ['Ракета влучила в подстанцию «Луч» ночью.', 'Луч'],
  ])('%s', (text, name) => {
    expect(mentions(text)).not.toContain(name)
  })

  it.each([
    ['Вибухи пролунали біля підстанцій Львова.', 'Львова'],
    ['Пошкоджено одну з підстанцій Броварського району.', 'Броварського району'],
    ['У селі Дружба на Сумщині пошкоджено будинок.', 'Дружба'],
    ['Дрони атакували Дружбу вночі, повідомив голова громади.', 'Дружбу'],
  ])('%s keeps its place', (text, name) => {
    expect(mentions(text)).toContain(name)
  })
})
