import { describe, expect, it } from 'vitest'
import { datelineLength } from './dateline.js'

describe('datelineLength', () => {
  it.each([
    ['KYIV, 20 December 2025 (Reuters) - ', 'Russian forces attacked.'],
    ['MOSCOW, November 3. /TASS/. ', 'Российские войска освободили Ивановку.'],
    ['Kyiv, Dec 12 (AFP) - ', 'Ukraine said its troops held.'],
    ['KHARKIV, Ukraine (AP) — ', 'Ukrainian troops cleared the village.'],
    ['SUMY, Ukraine - ', "Russia's defence ministry said."],
    ['KYIV, 21 November 2025 - ', 'Kupiansk remains under Ukrainian control.'],
    ['ДНІПРО, Україна — ', 'Окупанти зайняли село Іванівка.'],
    ['ЗАПОРІЖЖЯ — ', 'Ворог атакував Степногірськ.'],
    ['KYIV — ', 'The General Staff said.'],
  ])('cuts %j', (dateline, rest) => {
    expect(datelineLength(dateline + rest)).toBe(dateline.length)
  })

  it.each([
    'ЗСУ, за даними Генштабу, відбили 12 атак.',
    'ISW — the Institute for the Study of War — assessed the advance.',
    "Russia's defence ministry (MoD) - which rarely gives details - said so.",
    'Kupiansk, a town on the Oskil (Kharkiv region) - was attacked.',
    'Российские войска освободили Ивановку.',
  ])('leaves %j', (sentence) => {
    expect(datelineLength(sentence)).toBe(0)
  })
})
