import { beforeAll, describe, expect, it } from 'vitest'
import { extractClaims } from '../extract-claims.js'
import { warmSlavicExtraction } from '../../testing/slavic-extraction.js'

// Class: phrases in a speaker's place that name nobody. A dash before a counted list ("спалили дві
// одиниці техніки — танк і два пікапи") spells out what the clause names; it is not a headline's
// source ("… — ОВА"). A pronoun that asks or stands for anyone ("Хто пише, що …, — не вірте") is not a
// speaker either. The sentence keeps the voice it had (here the post's author). Our own sentences.

const OUTLET = 'Facebook: капітан Петро Сидоренко, командир роти'

function speakersOf(text: string, lang: 'uk' | 'ru'): (string | null)[] {
  return extractClaims({ id: 'doc-nobody', text, lang, publishedAt: '2026-11-20', outlet: OUTLET }).value.claims.map((c) => c.speaker.name)
}

describe('a counted list after a dash is not a source', () => {
  beforeAll(warmSlavicExtraction, 60_000)

  it.each([
    ['Вночі спалили дві одиниці техніки — танк і два пікапи.', 'uk'],
    ['Ночью сожгли три единицы техники — БМП и две «буханки».', 'ru'],
  ] as const)('%s', (text, lang) => {
    expect(speakersOf(text, lang)).toEqual(['Петро Сидоренко'])
  })

  it('a source after the dash is still one', () => {
    const claims = extractClaims({ id: 'doc-nobody', text: 'Росіяни вдарили по Херсону, є поранені — ОВА', lang: 'uk', publishedAt: '2026-11-20', outlet: 'Тест' }).value.claims
    expect(claims[0]?.speaker.name).toBe('ОВА')
  })
})

describe('"хто"/"кто" is no speaker', () => {
  beforeAll(warmSlavicExtraction, 60_000)

  it('"Хто пише, що X в оточенні, — не вірте"', () => {
    expect(speakersOf('Хто пише, що Лиман «в оточенні», — не вірте.', 'uk')).toEqual(['Петро Сидоренко'])
  })
})
