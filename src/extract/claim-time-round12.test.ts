// Claim times, round 12: a denial worded apart from the claim it answers takes that claim's time; a
// bulletin "от"/"від" a date is dated that day; parts of relative weeks and months, seasons since their
// start and spells counted in days date their claims. Our own sentences.
import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

function times(text: string, lang: 'en' | 'uk' | 'ru', publishedAt: string): [string, string, string | null, string | null][] {
  const r = extractClaims({ id: 'd', text, lang, publishedAt, outlet: 'Test Wire' })
  return r.value.claims.map((c) => [c.kind, c.modality, c.time.start, c.time.end])
}

describe('a denial in other words takes the time of the claim it answers', () => {
  it('"denied the hamlet had fallen" after "said on Monday it had seized"', () => {
    // Published Wednesday 18 November 2026.
    const text = "Russia's Defence Ministry said on Monday that its troops had seized Berestok. The ministry gave no evidence. The brigade's spokesman denied the hamlet had fallen, saying his men still held the school."
    const got = times(text, 'en', '2026-11-18')
    const denial = got.find(([, modality]) => modality === 'denied')
    expect(denial?.slice(2)).toEqual(['2026-11-16', '2026-11-16'])
  })
})

describe('relative times in claims', () => {
  it.each<[string, 'en' | 'uk' | 'ru', string, string]>([
    ['Наприкінці минулого місяця окупанти захопили Бересток.', 'uk', '2026-10-21', '2026-10-31'],
    ['С начала осени российские войска заняли 900 кв. км.', 'ru', '2026-09-01', '2026-11-18'],
    ['Противник третьи сутки штурмует Бересток.', 'ru', '2026-11-16', '2026-11-18'],
    ['Минобороны в сводке от 12 ноября объявило о взятии Берестка.', 'ru', '2026-11-12', '2026-11-12'],
  ])('%s', (text, lang, start, end) => {
    const got = times(text, lang, '2026-11-18')
    expect(got.length).toBeGreaterThan(0)
    expect(got[0]!.slice(2)).toEqual([start, end])
  })
})

describe('a "when" clause of earlier background takes the time it hangs on, never the publication date', () => {
  it.each<[string, 'en' | 'uk' | 'ru', string, string]>([
    ['The depot was first hit in the summer of 2024, when Russian troops seized Ocheretyne.', 'en', '2024-06-01', '2024-08-31'],
    ['Склад уперше влучили в серпні 2024 року, коли росіяни захопили Очеретине.', 'uk', '2024-08-01', '2024-08-31'],
    ['Склад впервые поразили в августе 2024 года, когда российские войска заняли Очеретино.', 'ru', '2024-08-01', '2024-08-31'],
  ])('%s', (text, lang, start, end) => {
    const got = times(text, lang, '2026-11-18')
    expect(got.length).toBeGreaterThan(1)
    for (const claim of got) expect(claim.slice(2)).toEqual([start, end])
  })
})
