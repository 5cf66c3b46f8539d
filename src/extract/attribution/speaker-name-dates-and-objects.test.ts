import { beforeAll, describe, expect, it } from 'vitest'
import { extractClaims } from '../extract-claims.js'
import { warmSlavicExtraction } from '../../testing/slavic-extraction.js'

// Class: what stands between a speaker's name and the verb without being part of the name: the
// statement's date or month ("the ministry on Oct. 3 claimed", "Минобороны в сентябре отчиталось"),
// the document of the day it came in ("Генштаб у вчорашньому зведенні пише"), and the statement's
// object told before the verb ("Генштаб это опроверг"). The speaker is the name, so it is recognised.
// Our own sentences.

function speakersOf(text: string, lang: 'en' | 'uk' | 'ru'): (string | null)[] {
  return extractClaims({ id: 'doc-name-tails', text, lang, publishedAt: '2026-11-20', outlet: 'Test Desk' }).value.claims.map((c) => c.speaker.name)
}

describe('a date or month after the speaker is no part of the name', () => {
  beforeAll(warmSlavicExtraction, 60_000)

  // (The English speaker is named as the text writes it; the Russian one by its canonical name.)
  it.each([
    ["Russia's Defense Ministry on Oct. 3 claimed the capture of Prymorske, a village near the Dnipro.", 'en', "Russia's Defense Ministry"],
    ["Russia's Defense Ministry on 3 October claimed the capture of Prymorske.", 'en', "Russia's Defense Ministry"],
    ['Минобороны России в сентябре отчиталось о «освобождении» Приморского.', 'ru', 'Russian Defense Ministry'],
  ] as const)('%s', (text, lang, speaker) => {
    expect(speakersOf(text, lang)[0]).toBe(speaker)
  })
})

describe("the day's document and an object before the verb are no part of the name", () => {
  beforeAll(warmSlavicExtraction, 60_000)

  it('"Генштаб у вчорашньому зведенні пише про …"', () => {
    expect(speakersOf('Генштаб у вчорашньому зведенні пише про 25 відбитих атак на Лиманському напрямку.', 'uk')[0]).toBe('General Staff of the Armed Forces of Ukraine')
  })

  it('"Генштаб ВСУ это опроверг, заявив, что …"', () => {
    const speakers = speakersOf('Генштаб ВСУ это опроверг, заявив, что украинские части удерживают восточную часть Лимана.', 'ru')
    expect(speakers[0]).toBe('General Staff of the Armed Forces of Ukraine')
  })
})
