// English articles date a running total from a start named loosely: "since last December", "since
// early autumn", "since the end of the summer". The claim runs from that start to the report
// (convention 66: "since last December" starts on 1 December of the year before). Our own sentences.
import { describe, expect, it } from 'vitest'
import { findDateExpressions } from '../text/index.js'
import { extractClaims } from './extract-claims.js'

function times(text: string, publishedAt: string): [string, string | null, string | null][] {
  const r = extractClaims({ id: 'd', text, lang: 'en', publishedAt, outlet: 'Test Wire' })
  return r.value.claims.map((c) => [c.kind, c.time.start, c.time.end])
}

describe('"since last <month>" is from that month to the report', () => {
  it.each<[string, string, string]>([
    ['Since last December, Moscow’s troops have seized some 310 square kilometres around Pokrovsk.', '2026-02-20', '2025-12-01'],
    ['Ukrainian units have retaken 14 square kilometres near Kupiansk since last November, the brigade said.', '2026-03-05', '2025-11-01'],
    ['Russian forces have gained about 90 sq km in the Zaporizhzhia region since last October.', '2026-01-10', '2025-10-01'],
  ])('%s', (text, published, start) => {
    expect(times(text, published)[0]).toEqual([expect.any(String), start, published])
  })

  it('"last December" without "since" is that month alone', () => {
    expect(times('Russian forces took 200 square kilometres near Pokrovsk last December.', '2026-02-20')[0]).toEqual([expect.any(String), '2025-12-01', '2025-12-31'])
  })
})

describe('"since early/late <season>" starts in that part of the last such season', () => {
  it.each<[string, string, string]>([
    ['Since early autumn, Ukrainian troops have won back five villages near Kupiansk.', '2026-02-20', '2025-09-01'],
    ['Russian units have advanced roughly 20 kilometres toward Huliaipole since late summer.', '2026-01-15', '2025-08-01'],
    ['Since the end of the winter, Moscow’s forces have taken 120 sq km in Donetsk region.', '2026-06-10', '2026-02-01'],
    ['Since mid-summer, Russian troops have pushed 15 kilometres toward Kostiantynivka.', '2026-11-20', '2026-07-01'],
    ['Ukrainian forces have regained 30 sq km near Orikhiv since the start of last spring.', '2026-02-10', '2025-03-01'],
  ])('%s', (text, published, start) => {
    expect(times(text, published)[0]).toEqual([expect.any(String), start, published])
  })

  it('finds the phrase as one "since" interval', () => {
    const found = findDateExpressions('Fighting has raged there since early autumn.')
    expect(found.map((d) => [d.text, d.value.kind])).toEqual([['since early autumn', 'since']])
  })

  it('"in early autumn" and a season with its year are left to the rules they had', () => {
    expect(findDateExpressions('since early autumn 2024').map((d) => d.text)).not.toContain('since early autumn')
    expect(findDateExpressions('The lull came in early spring.').some((d) => d.value.kind === 'since')).toBe(false)
  })
})

describe('"over the past two months" still ends at the report', () => {
  it('two calendar months back', () => {
    expect(times('Over the past two months, Russian forces have advanced 11 kilometres toward Lyman.', '2026-02-20')[0]).toEqual([expect.any(String), '2025-12-20', '2026-02-20'])
  })
})
