import { describe, expect, it } from 'vitest'
import { isOwnPublication, russianOutletSide } from './speaker-side.js'
import { resolveOutlet } from './resolve-speaker.js'

// Class: a Russian-language outlet the registry does not know. Its own voice tells its side: an exile
// newsroom tallies, verifies or scare-quotes Russia's reports; a newsroom inside Russia tells of its own
// regions' night. Sentences of our own.
describe('russianOutletSide', () => {
  it('an outlet that tallies a governor’s reports in its own voice is independent', () => {
    expect(russianOutletSide('По подсчётам редакции, с июля в Брянской области погибли 11 человек.')).toBe('independent')
    expect(russianOutletSide('Из подсчётов редакции следует, что погибли трое.')).toBe('independent')
    expect(russianOutletSide('Редакция геолоцировала видео: горит склад на окраине Курска.')).toBe('independent')
    expect(russianOutletSide('Минобороны сообщило об «освобождении» ещё двух сёл.')).toBe('independent')
  })
  it('an outlet telling of Russia’s own regions and of no Ukrainian one is Russian', () => {
    expect(russianOutletSide('Ночью над Липецком сбиты четыре беспилотника, пострадавших нет.')).toBe('RU')
    expect(russianOutletSide('В Тамбовской области обломки упали на крышу гаража.')).toBe('RU')
  })
  it('no cue, or a Ukrainian region named as well: no side', () => {
    expect(russianOutletSide('Бои продолжаются, сообщают источники.')).toBeNull()
    expect(russianOutletSide('Дроны летели над Белгородом в сторону Харькова.')).toBeNull()
    expect(russianOutletSide('Подсчёт голосов начался вечером.')).toBeNull()
  })
})

// Class: the outlet as a speaker in its own report ("по оценке издания", "за даними видання", "the
// paper's count"), and an outlet whose name contains a country's ("Re:Ukraine") is not that country.
describe('the outlet in its own report', () => {
  it('names its own publication', () => {
    expect(isOwnPublication('издания')).toBe(true)
    expect(isOwnPublication('видання')).toBe(true)
    expect(isOwnPublication('the paper')).toBe(true)
    expect(isOwnPublication('Минобороны')).toBe(false)
    expect(isOwnPublication('the papers of the ministry')).toBe(false)
  })
  it('an outlet named with a country inside a longer name is not the country', () => {
    expect(resolveOutlet('Re:Ukraine').name).toBe('Re:Ukraine')
    expect(resolveOutlet('Re:Ukraine').side).not.toBe('UA')
  })
})
