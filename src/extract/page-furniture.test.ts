import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// A scraped page's furniture (our own made-up page, in the shape real news sites have): the headline
// under its <title> line, a byline, a photo caption, tags, a URL. Only the article's claims remain.

function kindsOf(text: string): { kind: string; sentence: string; speaker: string | null }[] {
  const r = extractClaims({ id: 'doc-page', text, lang: 'en', publishedAt: '2026-02-05', outlet: 'Kyiv Post' })
  return r.value.claims.map((c) => ({ kind: c.kind, sentence: c.sentence, speaker: c.speaker.name }))
}

describe('page furniture', () => {
  const page = [
    "Russian Troops Enter Bilenke, Ukraine's Military Says - Kyiv Post",
    "Russian Troops Enter Bilenke, Ukraine's Military Says",
    'By Olena Marchenko',
    'Photo: Ukrainian artillerymen fire a howitzer toward Russian positions near Kramatorsk. (Illustrative image)',
    "Russian forces have moved to within three kilometers of the eastern outskirts of Kramatorsk, Ukraine's military said on Thursday.",
    'Please send corrections to',
    'https://example.org/2026/02/05/russian-troops-captured-bilenke/',
    'Russian military losses',
    'Russian troops besieged',
    'Ukraine frontline',
  ].join('\n')

  it('counts the headline once, drops the caption, the URL and the tags', () => {
    const claims = kindsOf(page)
    expect(claims.map((c) => c.kind)).toEqual(['advance', 'advance'])
    expect(claims[0]!.speaker).toBe("Ukraine's Military")
    expect(claims.some((c) => /Photo|losses|besieged|https/.test(c.sentence))).toBe(false)
  })

  it('drops a caption that names its source at the end', () => {
    const text = 'Ukrainian soldiers watch a drone strike near Kupiansk, on October 7, 2025. Source: Jane Doe / AFP via Agency\nRussian forces attacked Kupiansk on Monday.'
    expect(kindsOf(text).map((c) => c.kind)).toEqual(['assault'])
  })

  it('does not take a site name for a verb ("Euromaidan Press on Google News")', () => {
    expect(kindsOf('Follow Euromaidan Press on Google News')).toEqual([])
    // the verb is still read; going on toward a place is ground gained (advance), as blind9's gold has it
    expect(kindsOf('Russian forces pressed on toward Lyman.').map((c) => c.kind)).toEqual(['advance'])
  })

  it('keeps short lines that stand alone', () => {
    expect(kindsOf('Russians entered Bilenke\n\nMore details soon.').map((c) => c.kind)).toEqual(['advance'])
  })

  it('a byline joined to the standfirst ("… they can’t leave\\nby\\nDaniel Thomas") is no part of its claim', () => {
    const text = [
      'Kupiansk pocket: the last Russian groups',
      'Dozens of trapped Russian soldiers cling to apartment blocks near Kupiansk hospital',
      'by',
      'Daniel Thomas',
      '27/02/2026',
      'Ukrainian drones struck a fuel depot in Klintsy overnight, the General Staff said.',
    ].join('\n')
    const r = extractClaims({ id: 'doc-byline', text, lang: 'en', publishedAt: '2026-02-27', outlet: 'Euromaidan Press' })
    const spans = r.value.claims.map((c) => text.slice(c.span[0], c.span[1]))
    expect(spans.some((s) => /Daniel|Thomas|\nby/u.test(s))).toBe(false)
    expect(spans.some((s) => s.startsWith('Dozens of trapped Russian soldiers'))).toBe(true)
    const uk = 'Росіяни тримаються в кількох багатоповерхівках Куп’янська\nАвтор: Олена Савчук\n12.02.2026\nУночі дрони атакували Харків, повідомив Синєгубов.'
    const ru = extractClaims({ id: 'doc-byline-uk', text: uk, lang: 'uk', publishedAt: '2026-02-12', outlet: 'Test' })
    expect(ru.value.claims.every((c) => !/Автор|Савчук/u.test(uk.slice(c.span[0], c.span[1])))).toBe(true)
  })
})
