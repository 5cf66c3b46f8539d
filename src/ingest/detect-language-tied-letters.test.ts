// Round 19: a Cyrillic text with none of the letters only one language uses (no і/ї/є/ґ, no ы/э/ъ/ё)
// was always Ukrainian, and so were short Russian headlines ("Россия атаковала депо в Сумах"). Words
// and endings only one language uses decide such a tie. Sentences written by the team.
import { describe, expect, it } from 'vitest'
import { detectLanguage } from './detect-language.js'

describe('ties of the distinctive letters', () => {
  it.each([
    'Российская авиация нанесла удар по складу под Купянском',
    'Пожар на нефтебазе в Луганской области после атаки',
    'Артиллерия уничтожила склад и ангар около Токмака',
    'Украинский удар остановил работу порта',
  ])('Russian: %s', (text) => {
    expect(detectLanguage(text, null)).toBe('ru')
  })

  it.each([
    'РФ атакувала порт та енергетику Одещини: почалася пожежа',
    'Дрон атакував нафтобазу в Прилуках, спричинивши пожежу',
    'Удар по Харкову',
  ])('Ukrainian: %s', (text) => {
    expect(detectLanguage(text, null)).toBe('uk')
  })

  it('negative: the distinctive letters still decide first, and a declared tag beats both', () => {
    expect(detectLanguage('Вибухи в Одесі: уражено порт', null)).toBe('uk')
    expect(detectLanguage('Взрывы в Одессе: поражён порт', null)).toBe('ru')
    expect(detectLanguage('Пожар на нефтебазе в Луганской области после атаки', 'uk')).toBe('uk')
  })
})
