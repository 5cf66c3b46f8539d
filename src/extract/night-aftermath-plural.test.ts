import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Class (round 18, real Ukrainian/Russian feeds): "досі горить після нічних ударів", "во время ночных
// ударов сгорела нефтебаза": plural night strikes whose aftermath or course the sentence tells are the
// night just past, [D-1, D], as the singular "після нічної атаки" already was; plural night strikes
// told as a habit keep the publication day. Sentences of our own.
function timeOf(text: string, lang: 'uk' | 'ru') {
  const c = extractClaims({ id: 't', text, lang, publishedAt: '2024-10-02', outlet: 'UNIAN' }).value.claims[0]
  return c ? [c.time.start, c.time.end] : null
}

describe('plural night strikes', () => {
  it('in an aftermath are last night', () => {
    expect(timeOf('Нафтобаза в Бердянську досі горить після нічних ударів дронів.', 'uk')).toEqual(['2024-10-01', '2024-10-02'])
    expect(timeOf('В Севастополе во время ночных ударов сгорела нефтебаза.', 'ru')).toEqual(['2024-10-01', '2024-10-02'])
    expect(timeOf('Внаслідок нічних атак дронів у Кривому Розі пошкоджено підстанцію.', 'uk')).toEqual(['2024-10-01', '2024-10-02'])
  })
  it('told as a habit keep the publication day', () => {
    expect(timeOf('Нічні удари по енергетиці стали звичними для Харкова.', 'uk')).toEqual(['2024-10-02', '2024-10-02'])
    expect(timeOf('Росія завдає нічних ударів по Одесі щотижня.', 'uk')).toEqual(['2024-10-02', '2024-10-02'])
  })
})
