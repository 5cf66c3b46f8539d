import { beforeAll, describe, expect, it } from 'vitest'
import type { Lang } from '../../domain/index.js'
import { warmSlavicExtraction } from '../../testing/slavic-extraction.js'
import { extractClaims } from '../extract-claims.js'

// Round 23, class from the VIINA dev pool (work sample Random(2311) and the held-out sample): a Ukrainian
// or Russian headline that opens "X про ТЕМУ: …" with X a person the registry does not know ("Федоров про
// вибухи у Мелітополі: …") was the outlet's, though "Генштаб про …: …" and "Буданов о …: …" were the
// source's; and a headline closing on "— подполье" / "– підпілля" (an underground, with no verb: 79) was
// the outlet's, though "— партизани" was the source's. Our own sentences.

function speakers(text: string, lang: Lang, outlet = 'Test Outlet'): (string | null)[] {
  const r = extractClaims({ id: 'doc-about', text, lang, publishedAt: '2023-03-20', outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => c.speaker.name)
}

describe('a person the registry does not know, then "про/о" and a topic, then a colon', () => {
  beforeAll(warmSlavicExtraction, 120_000)

  it.each<[string, Lang, RegExp]>([
    ['Федоров про вибухи у Мелітополі: горять склади окупантів', 'uk', /^Федоров$/u],
    ['Петро Андрющенко про удар по Маріуполю: влучили в базу росіян', 'uk', /^Петро Андрющенко$/u],
    ['Сенкевич про ночную атаку на Николаев: ракета попала в порт', 'ru', /^Сенкевич$/u],
    // (a surname the registry knows is written as it writes it)
    ['Гайдай о взрывах в Кадиевке: уничтожен склад боеприпасов', 'ru', /Haidai|Гайдай/u],
  ])('%s', (text, lang, speaker) => {
    const got = speakers(text, lang)
    expect(got.length).toBeGreaterThan(0)
    for (const s of got) expect(s ?? '').toMatch(speaker)
  })

  it.each<[string, Lang]>([
    // a word that names nobody stays the outlet's
    ['Історія про вибух у Мелітополі: склад горів дві години', 'uk'],
    ['Правда о взрыве в Макеевке: склад сгорел дотла', 'ru'],
    ['Все про удар по Одесі: ракета влучила в порт', 'uk'],
  ])('%s stays the outlet\'s', (text, lang) => {
    const got = speakers(text, lang)
    expect(got.length).toBeGreaterThan(0)
    for (const s of got) expect(s).toBe('Test Outlet')
  })
})

describe('an underground after a headline\'s last dash', () => {
  beforeAll(warmSlavicExtraction, 120_000)

  it.each<[string, Lang, string]>([
    ['Склад пального в Мелітополі знищено — підпілля', 'uk', 'підпілля'],
    ['Во дворе штаба в Каховке прогремели взрывы — подполье', 'ru', 'подполье'],
    ['Аэродром под Кривым Рогом поражён ночным ударом – подпольщики', 'ru', 'подпольщики'],
  ])('%s', (text, lang, speaker) => {
    expect(speakers(text, lang)).toEqual([speaker])
  })
})
