import { beforeAll, describe, expect, it } from 'vitest'
import type { Lang } from '../../domain/index.js'
import { warmSlavicExtraction } from '../../testing/slavic-extraction.js'
import { extractClaims } from '../extract-claims.js'

// Round 19, class: the speaker of a Ukrainian or Russian headline built around a colon. Audit of VIINA
// 2023-24 (seed 1903): 6 of 80 rows. The clause after the colon opens with its speaker ("ТЕМА: X
// пояснив / розповів про / показали / розкрив деталі …", "ТЕМА: у X розповіли …"): X speaks the
// headline, the topic before the colon too when it is a noun phrase (an attack presupposed, 80), and the
// outlet keeps a topic told as a clause of its own ("Севастополь атакували ракети: окупанти заявили, що
// …"). Before the colon, "X про ТЕМУ: …" is X speaking, and an event ("Атака дронів СБУ на НПЗ: …") is
// the topic, never the source, whatever organisation it names. Our own sentences.

function claims(text: string, lang: Lang, outlet = 'Test Outlet'): { speaker: string | null; text: string }[] {
  const r = extractClaims({ id: 'doc-colon', text, lang, publishedAt: '2024-06-20', outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ speaker: c.speaker.name, text: text.slice(c.span[0], c.span[1]) }))
}

describe('a speaker opening the clause after a headline\'s colon', () => {
  beforeAll(warmSlavicExtraction, 120_000)

  it.each<[string, Lang, RegExp]>([
    ['Удар по нафтобазі в Ровеньках: Плетенчук розповів про наслідки', 'uk', /Pletenchuk|Плетенчук/u],
    ['Вибухи на аеродромі в Саках: у ГУР пояснили, чим били', 'uk', /Intelligence|ГУР/u],
    ['Атака на склад в Джанкое: Гуменюк рассказала о последствиях', 'ru', /Гуменюк|Humeniuk/u],
    ['Удар по порту в Бердянську: Генштаб розкрив деталі операції', 'uk', /General Staff/u],
    ['Знищення складу під Токмаком: ССО показали відео удару', 'uk', /Special Operations/u],
  ])('%s', (text, lang, speaker) => {
    const got = claims(text, lang)
    expect(got.length).toBeGreaterThan(0)
    for (const c of got) expect(c.speaker ?? '').toMatch(speaker)
  })

  it('a topic told as a clause of its own stays the outlet\'s', () => {
    const got = claims('Ворог атакував Миколаїв ракетами: у ОВА заявили, що збили дві над містом', 'uk', 'UNIAN')
    expect(got.length).toBe(2)
    expect(got[0]!.speaker).toBe('UNIAN')
    expect(got[1]!.speaker).toMatch(/ОВА/u)
  })

  it('a quotation before the colon is the speaker\'s', () => {
    for (const c of claims('«Ворог знищив дві котельні»: Федоров попередив про складну зиму в Запоріжжі', 'uk', 'UNIAN')) expect(c.speaker ?? '').toMatch(/Fedorov|Федоров/u)
  })

  it('no speaker after the colon: the outlet', () => {
    for (const c of claims('Удар по аеродрому в Миргороді: що відомо про наслідки', 'uk', 'UNIAN')) expect(c.speaker).toBe('UNIAN')
  })
})

describe('the source before a headline\'s colon', () => {
  beforeAll(warmSlavicExtraction, 120_000)

  it.each<[string, Lang, RegExp]>([
    ['Запорізька ОВА про удар по підстанції: пошкоджено трансформатор', 'uk', /^Запорізька ОВА$/u],
    ['Генштаб про «бавовну» в Бердянську: знищено склад пального', 'uk', /General Staff/u],
    ['Подполье: армия России ударила по аэродрому под Одессой', 'ru', /Подполье/u],
  ])('%s', (text, lang, speaker) => {
    const got = claims(text, lang)
    expect(got.length).toBeGreaterThan(0)
    for (const c of got) expect(c.speaker ?? '').toMatch(speaker)
  })

  it('an event named before the colon is the topic, not the source', () => {
    const got = claims('Атака дронів СБУ на нафтобазу: росіяни визнали пожежу', 'uk', 'UNIAN')
    expect(got.length).toBeGreaterThan(0)
    for (const c of got) expect(c.speaker ?? '').not.toMatch(/Атака|СБУ|SBU/u)
  })
})

describe('evidence and the web are no speakers', () => {
  beforeAll(warmSlavicExtraction, 120_000)

  it.each<[string, Lang]>([
    ['Супутник показав, як виглядає аеродром у Бельбеку після ударів ЗСУ', 'uk'],
    ['Спутник показал последствия удара по складу в Луганске', 'ru'],
    ['У мережі показали наслідки вибуху на складі в Мелітополі', 'uk'],
  ])('%s', (text, lang) => {
    const got = claims(text, lang, 'UNIAN')
    expect(got.length).toBeGreaterThan(0)
    for (const c of got) expect(c.speaker).toBe('UNIAN')
  })
})
