// Capitalised adjectives that are also village names but name a sea, a fleet, a military district, an
// organisation, a news column or a unit in the reports (found in an audit of VIINA 2023-24 rows, tested
// in sentences the team wrote), and ordinals and the railway opening a sentence. Each with a case where
// the same word stays a place. Run against the shipped gazetteer (data/gazetteer).
import { beforeAll, describe, expect, it } from 'vitest'
import { type Gazetteer, geoparseText, loadGazetteer } from './index.js'

let g: Gazetteer
beforeAll(() => {
  g = loadGazetteer()
})

const mentions = (text: string) => geoparseText(text, g).value.map((p) => p.mention)

describe('an adjective before a noun that names no place', () => {
  it.each([
    'Дрони помітили поблизу танкера в Чорному морі.',
    'Есминец ушёл в Азовское море под утро.',
    'Катер затонув у Азовському морі.',
    'Корабли Черноморского флота покинули бухту.',
    'Штаб Чорноморського флоту знову під ударом.',
    'Командувач Південного військового округу звільнений.',
    'Представитель Южного военного округа отчитался.',
    'Гуманітарний вантаж передали співробітникам Червоного Хреста.',
    'Сотрудники Красного Креста посетили пленных.',
    'Переможні новини дня: знищено склад пального.',
    'Львівські десантники знищили ворожу гармату.',
    'Херсонські рятувальники гасили пожежу всю ніч.',
  ])('%s: no place', (text) => {
    expect(mentions(text)).toEqual([])
  })

  it.each([
    ['Окупанти обстріляли Чорне.', 'Чорне'],
    ['Вибухи лунали у селі Чорному.', 'Чорному'],
    ['Противник атакував Красне вранці.', 'Красне'],
  ])('%s: still %s', (text, mention) => {
    expect(mentions(text)).toContain(mention)
  })
})

describe('an ordinal or the railway opening a sentence', () => {
  it.each(['Третю ніч поспіль над містом працює ППО.', 'Третий день горит склад.', 'Залізницю перекрили на кілька годин.'])('%s: no place', (text) => {
    expect(mentions(text)).toEqual([])
  })

  it('a town later in the sentence is still found', () => {
    expect(mentions('Третю добу палає нафтобаза у Феодосії.')).toEqual(['Феодосії'])
  })
})

describe('a place named before the people of a unit, with a preposition, stays a place', () => {
  it.each([
    ['На Луганщині морпіхи відбили штурм.', 'Луганщині'],
    ['У Бахмуті бійці тримають оборону.', 'Бахмуті'],
    ['Маріуполь: бійці показали знищений склад.', 'Маріуполь'],
    ['В Херсоне спасатели разбирают завалы.', 'Херсоне'],
  ])('%s: still %s', (text, mention) => {
    expect(mentions(text)).toContain(mention)
  })
})
