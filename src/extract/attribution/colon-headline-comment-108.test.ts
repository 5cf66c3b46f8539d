import { describe, expect, it } from 'vitest'
import { findAttributions } from './index.js'

// Round 20, convention 108: a headline "Topic: X assessed / explained / told what …" says its topic in
// the outlet's voice; X speaks only what follows his verb. A colon clause that reports the topic ("X
// підтвердили пошкодження", "X розповів про удари", a verb alone) gives the topic to X. Our own
// sentences, read by the attribution detectors: `contrast` is the speaker who takes over after the colon.

const read = (text: string, lang: 'uk' | 'ru') => findAttributions({ text, offset: 0, lang }, [], () => false)

describe('a comment after a headline colon', () => {
  it.each<[string, 'uk' | 'ru']>([
    ['Удари по аеродромах у Криму: полковник запасу оцінив, до чого готується ворог', 'uk'],
    ['Вибухи на нафтобазі в Туапсе: експерт пояснив, чому пожежу досі не загасили', 'uk'],
    ['Атака на аэродром в Саках: военный эксперт объяснил, почему это важно', 'ru'],
    ['Удар по порту в Новоросійську: аналітик спрогнозував наслідки для флоту', 'uk'],
    ['Пожар на складе в Крыму: политолог рассказал, что будет дальше', 'ru'],
  ])('%s: the topic is not the commentator\'s', (text, lang) => {
    // (The commentator takes over after the colon where his verb is a speech verb; the topic before
    // the colon has no speaker of its own either way.)
    expect(read(text, lang).main).toBeNull()
  })

  it('the commentator takes over after the colon', () => {
    expect(read('Удари по аеродромах у Криму: полковник запасу оцінив, до чого готується ворог', 'uk').contrast?.speaker).toMatch(/полковник/u)
  })

  it.each<[string, 'uk' | 'ru']>([
    ['Атака дронів на НПЗ у Туапсе: росіяни підтвердили пошкодження', 'uk'],
    ['Удари по логістиці окупантів: Плетенчук розповів про знищені склади', 'uk'],
    ['Удар по аэродрому в Ейске: в Минобороны сделали заявление', 'ru'],
  ])('%s: a report of the topic gives it to the speaker', (text, lang) => {
    const a = read(text, lang)
    expect(a.main).not.toBeNull()
    expect(a.contrast).toBeNull()
  })
})
