import { describe, expect, it } from 'vitest'
import { findDateExpressions } from './find-date-expressions.js'
import { resolveDateValue } from './resolve-date-value.js'

// An hour of the day written beside its day ("17 жовтня приблизно о 09:20", "on Tuesday at 6 a.m.")
// belongs to that day: read alone, the hour rule gives it the report's own day, and the claim
// took whichever of the two stood nearer its verb (round 16). Our own sentences. Anchor: Saturday
// 24 October 2026.
const ANCHOR = '2026-10-24'

function resolved(text: string): [string, string | null, string | null][] {
  return findDateExpressions(text).map((e) => {
    const r = resolveDateValue(e.value, ANCHOR, { bias: 'past' })
    return [e.text, r?.start ?? null, r?.end ?? null]
  })
}

describe('an hour beside a day is that day\'s', () => {
  it.each([
    ['17 жовтня приблизно о 09:20 дрон влучив у вантажівку.', '2026-10-17'],
    ['21 октября около 06:15 беспилотник атаковал автобус.', '2026-10-21'],
    ['On Tuesday at 6 a.m. a missile hit the depot.', '2026-10-20'],
    ['Вчора близько 05:30 ворог обстріляв село.', '2026-10-23'],
    ['Вчера, около 7:10, обстрелу подверглась окраина.', '2026-10-23'],
    ['Close to 4:45 am on October 19 two drones struck the yard.', '2026-10-19'],
  ])('%s', (text, day) => {
    const found = resolved(text)
    expect(found).toHaveLength(1)
    expect(found[0]!.slice(1)).toEqual([day, day])
  })

  it('an hour with no day beside it is still the report\'s day', () => {
    expect(resolved('Близько 08:10 ворог ударив по ліцею.')).toEqual([['Близько 08:10', ANCHOR, ANCHOR]])
    expect(resolved('Около 05:00 сбит беспилотник.')).toEqual([['Около 05:00', ANCHOR, ANCHOR]])
  })

  it('a tally\'s clock ("станом на 08:00") is not taken into a day before it', () => {
    const found = resolved('За 23 жовтня станом на 08:00 збито 40 дронів.').map((f) => f[0])
    expect(found).toContain('станом на 08:00')
  })

  it('a day and an hour far apart stay two expressions', () => {
    expect(resolved('On October 19 the depot burned; at 5 a.m. drones came back.').map((f) => f[1])).toEqual(['2026-10-19', ANCHOR])
  })
})
