import { describe, expect, it } from 'vitest'
import { findDateExpressions } from './find-date-expressions.js'
import { resolveDateValue } from './resolve-date-value.js'

// Nights and spells (round 13): "in the night" before an infinitive, the dark or small hours, the
// night before last, "позавчора вночі" / "позавчера ночью" (the night that ended on the morning of the
// day before yesterday, judgement call 6), and a perfect of duration ("had been … for a week"). Our
// own sentences. Anchor: Friday 20 November 2026.
const ANCHOR = '2026-11-20'

function resolved(text: string): [string, string | null, string | null][] {
  return findDateExpressions(text).map((e) => {
    const r = resolveDateValue(e.value, ANCHOR, { bias: 'past' })
    return [e.text, r?.start ?? null, r?.end ?? null]
  })
}

describe('nights', () => {
  it.each([
    ['Sappers crossed twice in the night to mine the ford.', 'in the night', '2026-11-19', '2026-11-20'],
    ['Gunners shelled the depot in the small hours.', 'in the small hours', '2026-11-19', '2026-11-20'],
    ['A drone hit the bakery in the dark hours.', 'in the dark hours', '2026-11-19', '2026-11-20'],
    ['The night before last, a convoy was hit near the bridge.', 'The night before last', '2026-11-18', '2026-11-19'],
    ['Позавчора вночі ворог обстріляв елеватор.', 'Позавчора вночі', '2026-11-17', '2026-11-18'],
    ['Позавчера ночью противник атаковал элеватор.', 'Позавчера ночью', '2026-11-17', '2026-11-18'],
  ])('%s', (text, phrase, start, end) => {
    expect(resolved(text)).toContainEqual([phrase, start, end])
  })

  it('"in the night to Sunday" still names its morning', () => {
    expect(resolved('The depot burned in the night to Sunday.').map((r) => r[0])).not.toContain('in the night')
  })
})

describe('a spell lasting up to the statement', () => {
  it.each([
    ['Scouts had been testing the defences for a week.', 'for a week', '2026-11-13', '2026-11-20'],
    ['Gunners have been shelling the quarry for three days.', 'for three days', '2026-11-17', '2026-11-20'],
  ])('%s', (text, phrase, start, end) => {
    expect(resolved(text)).toContainEqual([phrase, start, end])
  })

  it('a planned spell dates nothing', () => {
    expect(resolved('Residents will be moved for two weeks.')).toEqual([])
  })
})
