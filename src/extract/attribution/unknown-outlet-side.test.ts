import { describe, expect, it } from 'vitest'
import { russianOutletSide } from './speaker-side.js'

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
