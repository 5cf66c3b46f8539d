import { beforeAll, describe, expect, it } from 'vitest'
import { warmSlavicExtraction } from '../../testing/slavic-extraction.js'
import { extractClaims } from '../extract-claims.js'

// Round 19, class: a post quoted under its source's name ("Генштаб ЗСУ: у ніч на … завдали ударів …. У
// Таганрозі зафіксовано ураження …. Окрім того, уражено …"): the sentences after the heading name no
// one, and are the source's to the end of the paragraph, as the post is. A new paragraph, or another
// speaker's frame, ends it. Our own sentences.

function speakers(text: string, outlet = 'Liveuamap'): (string | null)[] {
  const r = extractClaims({ id: 'doc-header', text, lang: 'uk', publishedAt: '2025-04-03', outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => c.speaker.name)
}

describe('a post under its source\'s name', () => {
  beforeAll(warmSlavicExtraction, 120_000)

  it('every sentence of its paragraph is the source\'s', () => {
    const got = speakers('Генштаб ЗСУ: уночі Сили оборони вдарили по НПЗ у Сизрані. У Брянській області зафіксовано ураження складу боєприпасів. Крім того, уражено нафтобазу в Феодосії.')
    expect(got.length).toBe(3)
    for (const n of got) expect(n).toMatch(/General Staff/u)
  })

  it('a new paragraph is the outlet\'s again', () => {
    const got = speakers('Генштаб ЗСУ: уночі Сили оборони вдарили по НПЗ у Сизрані.\n\nУ Харкові пролунали вибухи.')
    expect(got.at(-1)).toBe('Liveuamap')
  })

  it('another speaker\'s frame ends it', () => {
    const got = speakers('Генштаб ЗСУ: уночі Сили оборони вдарили по НПЗ у Сизрані. Росіяни заявили, що збили 20 дронів над Самарою. Ворог також атакував Харків.')
    expect(got.at(-1)).toBe('Liveuamap')
  })

  it('a headline that is no post heading carries nothing', () => {
    const got = speakers('Удар по Сизрані: що відомо. У Брянську пролунали вибухи.')
    for (const n of got) expect(n).toBe('Liveuamap')
  })
})
