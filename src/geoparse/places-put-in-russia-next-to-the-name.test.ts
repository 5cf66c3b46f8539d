// A place that the words right around it put in Russia ("аеродром РФ X", "X в РФ", "порт в России
// «X»"), in sentences the team wrote: a Ukrainian namesake is no reading of it (no place, as for a town
// before a foreign region), a Russian town is; forces "з РФ" put nothing anywhere. Run against the
// shipped gazetteer (data/gazetteer).
import { beforeAll, describe, expect, it } from 'vitest'
import { type Gazetteer, geoparseText, loadGazetteer } from './index.js'

let g: Gazetteer
beforeAll(() => {
  g = loadGazetteer()
})

const places = (text: string) => geoparseText(text, g).value.map((p) => `${p.name}|${p.country}`)

describe('Russia named right before or after a place', () => {
  it.each([
    'Супутник зафіксував наслідки удару по аеродрому РФ Маринівка.',
    'Уночі вибухи лунали в Маринівці в РФ, пишуть місцеві канали.',
    'Ракета упала возле аэродрома России Мариновка.',
  ])('%s: no Ukrainian Marynivka', (text) => {
    expect(places(text).filter((p) => p.startsWith('Marynivka'))).toEqual([])
  })

  it('a quoted port name after "порт в России" is the Russian town', () => {
    expect(places('Беспилотники атаковали порт в России «Приморск» ночью.')).toContain('Primorsk|RU')
  })

  it('a Russian town there stays', () => {
    expect(places('У РФ Бєлгород знову під обстрілом.')).toContain('Belgorod|RU')
  })
})

describe('forces from Russia and places elsewhere in the sentence', () => {
  it.each([
    ['Війська з РФ так і не взяли Маринівку.', 'Marynivka|UA'],
    ['Колонна из России прошла через Мариуполь.', 'Mariupol|UA'],
    ['Маринівку обстріляли з території РФ.', 'Marynivka|UA'],
  ])('%s: %s', (text, place) => {
    expect(places(text)).toContain(place)
  })

  it('a quoted name after a word that is no airfield or port stays no place', () => {
    expect(places('Удар по подразделению «Приморск» в России')).toEqual([])
  })
})
