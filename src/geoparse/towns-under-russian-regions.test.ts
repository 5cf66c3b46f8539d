// A town named right before a Russian region (round 18): it is the town of that region, in a Ukrainian
// spelling the gazetteer lacks too; a Ukrainian namesake is never chosen for it, and with no town of
// that name in the gazetteer the mention gives no settlement (the region still stands). Sentences
// written by the team; run against the shipped gazetteer (data/gazetteer).
import { beforeAll, describe, expect, it } from 'vitest'
import { type Gazetteer, geoparseText, loadGazetteer } from './index.js'

let g: Gazetteer
beforeAll(() => {
  g = loadGazetteer()
})

function placesOf(text: string): Array<[string, string, string | null]> {
  return geoparseText(text, g).value.map((p) => [p.mention, p.name, p.admin1])
}

describe('a town before its Russian region, in a spelling the gazetteer lacks, is found in that region', () => {
  it.each([
    ['Вночі дрони вдарили по заводу в Будьонівську Ставропольського краю.', 'Будьонівську', 'Budyonnovsk', 'Stavropol Krai'],
    ['Пожежа спалахнула у Будьонівську Ставропольського краю після атаки.', 'Будьонівську', 'Budyonnovsk', 'Stavropol Krai'],
    ['Вибухи чули поблизу Енгельса Саратовської області.', 'Енгельса', 'Engels', 'Saratov Oblast'],
  ] as const)('%s', (text, mention, name, admin1) => {
    expect(placesOf(text)).toContainEqual([mention, name, admin1])
  })
})

describe('a Ukrainian namesake is never the town of a Russian region', () => {
  it.each([
    // Dmitrovka of Tambov oblast and Gordeyevka of Kursk oblast are under cities500's 500 people.
    ['Нафтобаза в Дмитрівці Тамбовської області горіла всю ніч.', 'Дмитрівці', 'Tambov Oblast'],
    ['В Дмитровке Тамбовской области загорелась нефтебаза.', 'Дмитровке', 'Tambov Oblast'],
    ['Дрон упав у Гордіївці Курської області.', 'Гордіївці', 'Kursk Oblast'],
  ] as const)('%s', (text, mention, admin1) => {
    const places = placesOf(text)
    expect(places.filter((p) => p[0] === mention && p[2] !== admin1)).toEqual([])
    expect(places.some((p) => p[1] === admin1)).toBe(true)
  })
})

describe('a town the gazetteer lacks is an unlisted town of the region, by its Russian name', () => {
  it.each([
    ['Нафтобаза в Дмитрівці Тамбовської області горіла всю ніч.', 'Дмитрівці', 'Dmitrovka', 'Tambov Oblast'],
    ['В Дмитровке Тамбовской области загорелась нефтебаза.', 'Дмитровке', 'Dmitrovka', 'Tambov Oblast'],
    ['The army said it had taken back Martynivka in Russia\'s Kursk region.', 'Martynivka', 'Martynivka', 'Kursk Oblast'],
  ] as const)('%s', (text, mention, name, admin1) => {
    const p = geoparseText(text, g).value.find((x) => x.mention === mention)
    expect([p?.name, p?.admin1, p?.country, p?.id.startsWith('unlisted:')]).toEqual([name, admin1, 'RU', true])
  })
})

describe('a port, refinery or air base named by a Russian town', () => {
  it.each([
    ['Порт Темрюк горить другу добу.', 'Temryuk'],
    ['Після атаки в порту Темрюк спалахнула пожежа.', 'Temryuk'],
    ['Drones hit the port of Temryuk overnight.', 'Temryuk'],
    ['Вибухи пролунали біля аеродрому «Енгельс».', 'Engels'],
    ['Ракети влучили в аеродром «Саки».', 'Saky'],
  ] as const)('%s', (text, name) => {
    expect(placesOf(text).map((p) => p[1])).toContain(name)
  })
  it('without the facility the Ukrainian village keeps the name', () => {
    expect(placesOf('Обстріл Темрюка Донецької області.').map((p) => p[1])).toContain('Temriuk')
  })
  it('a quoted name after other nouns is still no place', () => {
    expect(placesOf('Ракети «Калібр» вдарили по Одесі.').map((p) => p[1])).toEqual(['Odesa'])
  })
})

describe('what stays as it was', () => {
  it('a Ukrainian town before its own oblast keeps its place', () => {
    expect(placesOf('Удар по Дмитрівці Донецької області.')).toContainEqual(['Дмитрівці', 'Dmytrivka', 'Donetsk Oblast'])
  })
  it('a Ukrainian city listed before Russian regions stays itself', () => {
    expect(placesOf('Вибухи пролунали в Харкові, Бєлгородській області та Курській області.')).toContainEqual(['Харкові', 'Kharkiv', 'Kharkiv Oblast'])
    expect(placesOf('Дрони атакували Суми, Курську область і Брянщину.')).toContainEqual(['Суми', 'Sumy', 'Sumy Oblast'])
  })
  it('a town the gazetteer has before its Russian region keeps its place', () => {
    expect(placesOf('Дрони атакували НПЗ у Кстові Нижегородської області.')).toContainEqual(['Кстові', 'Kstovo', 'Nizhny Novgorod Oblast'])
  })
  it('a title before a Russian region is no town', () => {
    expect(placesOf('Губернатор Бєлгородської області повідомив про вибухи.').map((p) => p[1])).not.toContain('Hubernator')
    expect(placesOf('Голова Курської області заявив про атаку.').filter((p) => p[0] === 'Голова')).toEqual([])
  })
  it('a word before a Russian region with no preposition is not compared with its towns', () => {
    expect(placesOf('Будьонівську Ставропольського краю').filter((p) => p[0] === 'Будьонівську')).toEqual([])
  })
})
