// Settlements listed before the region they lie in (round 16): "у Купянска-Узлового и Петропавловки
// Харьковской области" names two villages; the first was taken for part of a region list ("Donetsk and
// Luhansk regions") because the last letter of "Петропавловки" read as the conjunction "и". Our own sentences.
import { describe, expect, it } from 'vitest'
import type { Place } from '../domain/index.js'
import { claimsWithStubPlaces, placeNames } from '../testing/stub-places.js'

function placesOf(text: string, named: Record<string, Place['kind']>, lang: 'en' | 'uk' | 'ru'): string[][] {
  return placeNames(claimsWithStubPlaces(text, named, lang, '2027-04-02'))
}

describe('every settlement of a list the region closes', () => {
  it.each([
    ['ru', 'Подразделения группировки нанесли поражение живой силе противника у Торского и Ямполовки Донецкой Народной Республики.', { Торского: 'settlement', Ямполовки: 'settlement', 'Донецкой Народной Республики': 'region' }, ['Торского', 'Ямполовки']],
    ['ru', 'Расчёты уничтожили скопления техники противника у Кучеровки и Петропавловки Харьковской области.', { Кучеровки: 'settlement', Петропавловки: 'settlement', 'Харьковской области': 'region' }, ['Кучеровки', 'Петропавловки']],
    ['uk', 'Ворог атакував позиції біля Малої Токмачки й Плавнів Запорізької області.', { 'Малої Токмачки': 'settlement', Плавнів: 'settlement', 'Запорізької області': 'region' }, ['Малої Токмачки', 'Плавнів']],
  ] as const)('%s: %s', (lang, text, named, expected) => {
    expect(placesOf(text, named, lang)).toContainEqual(expected)
  })

  it('a list of regions is still regions: the settlement the sentence names places the claim', () => {
    const text = 'Росіяни обстріляли Харківську та Сумську області, зокрема Велику Писарівку.'
    expect(placesOf(text, { Харківську: 'region', Сумську: 'region', 'Велику Писарівку': 'settlement' }, 'uk')).toContainEqual(['Велику Писарівку'])
  })
})
