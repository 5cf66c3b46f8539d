import { describe, expect, it } from 'vitest'
import type { Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// "The next day", "a day earlier", "наступного дня", "днем ранее": the day named last before, moved by
// one (as "the same day" is that day); with no day named before, "a day earlier" is the day before
// publication. Our own sentences. Published Saturday 21 November 2026.
const PUBLISHED = '2026-11-21'

function timesOf(text: string, lang: Lang, anchor: string): [string | null, string | null][] {
  const r = extractClaims({ id: 'doc-shifted-days', text, lang, publishedAt: PUBLISHED, outlet: 'Test Wire' })
  const hits = r.value.claims.filter((c) => text.slice(c.span[0], c.span[1]).includes(anchor))
  expect(hits.length, `no claim holds «${anchor}»`).toBeGreaterThan(0)
  return hits.map((c) => [c.time.start, c.time.end])
}

describe('a day after or before the day named last', () => {
  it.each([
    ['en', 'Moscow said on Nov. 12 that its troops had taken Zarichne. Kyiv said the next day that its units had pulled out of the village.', 'pulled out', '2026-11-13'],
    ['en', 'Drones hit a depot in Valuiki on November 17. A day earlier, Ukrainian forces had struck a radar near Belgorod.', 'struck a radar', '2026-11-16'],
    ['uk', '14 листопада окупанти зайшли на околиці Ямполя. Наступного дня Сили оборони вибили їх із села.', 'вибили їх', '2026-11-15'],
    ['ru', '16 ноября ВСУ атаковали Горловку дронами. На следующий день обстрелу подверглась Макеевка.', 'обстрелу подверглась', '2026-11-17'],
    ['ru', '18 ноября армия заняла Новоселовку. Днем ранее ВСУ отошли из Ивановки.', 'отошли', '2026-11-17'],
  ] as const)('%s: %s', (lang, text, anchor, day) => {
    expect(timesOf(text, lang, anchor)).toContainEqual([day, day])
  })

  it('"a day earlier" with no day named before is the day before publication', () => {
    expect(timesOf('A day earlier, Russian artillery shelled Kupiansk, the governor said.', 'en', 'shelled Kupiansk')).toContainEqual(['2026-11-20', '2026-11-20'])
    expect(timesOf('Днем ранее российская артиллерия обстреляла Купянск.', 'ru', 'обстреляла Купянск')).toContainEqual(['2026-11-20', '2026-11-20'])
  })

  it('"the day before" a named event is no time of its own', () => {
    expect(timesOf('The day before the talks, Russian artillery shelled Kupiansk.', 'en', 'shelled Kupiansk')).toEqual([[PUBLISHED, PUBLISHED]])
  })
})
