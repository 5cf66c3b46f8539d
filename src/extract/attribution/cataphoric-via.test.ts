import { describe, expect, it } from 'vitest'
import { findCataphoricSpeech } from './cataphoric-speech.js'

// Class: a cataphoric attribution sentence ("Про це повідомив X", "Об этом сообщил X") whose
// platform or outlet closes the speaker's phrase instead of standing before it. The platform is
// the via and is no part of the speaker's name.
const frameOf = (text: string, lang: 'uk' | 'ru') => findCataphoricSpeech({ text, offset: 0, lang })

describe('cataphoric speech with the via after the speaker', () => {
  const cases: Array<[string, 'uk' | 'ru', string, string]> = [
    ['Про це написав голова Харківської ОВА Олег Синєгубов у Telegram.', 'uk', 'Telegram', 'Синєгубов'],
    ['Про це повідомила речниця міської ради Ольга Коваль у своєму Telegram-каналі.', 'uk', 'Telegram', 'Коваль'],
    ['Про це розповів командир батальйону з позивним «Грім» в ефірі телемарафону.', 'uk', 'телемарафону', 'Грім'],
    ['Об этом написал глава Курской области Александр Хинштейн в своём телеграм-канале.', 'ru', 'телеграм', 'Хинштейн'],
    ['Об этом сообщил мэр города Иван Петров в Telegram.', 'ru', 'Telegram', 'Петров'],
    ['Об этом заявил губернатор Брянской области Александр Богомаз в телеграм-канале.', 'ru', 'телеграм', 'Богомаз'],
  ]
  for (const [text, lang, via, name] of cases) {
    it(text, () => {
      const f = frameOf(text, lang)
      expect(f).not.toBeNull()
      expect(f!.via ?? '').toMatch(new RegExp(via, 'i'))
      expect(f!.speaker).toContain(name)
      expect(f!.speaker).not.toMatch(/telegram|телеграм|ефір/i)
    })
  }
  it('leaves a speaker with no platform after it without a via', () => {
    const f = frameOf('Про це повідомив начальник обласної військової адміністрації Іван Федоров.', 'uk')
    expect(f).not.toBeNull()
    expect(f!.via ?? null).toBeNull()
    expect(f!.speaker).toContain('Федоров')
  })
  it('keeps a via named before the speaker', () => {
    const f = frameOf('Об этом ТАСС сообщил глава региона Денис Пушилин.', 'ru')
    expect(f!.via).toBe('ТАСС')
    expect(f!.speaker).toContain('Пушилин')
  })
})
