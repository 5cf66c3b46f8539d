import { describe, expect, it } from 'vitest'
import type { Claim } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Round 12, wave 2, English: area figures of a month or a period. "added" before an area figure is
// ground taken, not a speech verb; a figure a claim "compares with" is a claim of its own; a period
// told as the subject of its area ("February to June brought …"). Our own sentences, in no gold file.

type Row = { kind: Claim['kind']; actorSide?: Claim['actorSide']; quantity?: number | null }

function claimsOf(text: string): Row[] {
  const r = extractClaims({ id: 'doc-en-wave2', text, lang: 'en', publishedAt: '2026-11-14', outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide, quantity: c.quantity?.value ?? null }))
}

describe('English area figures of a month or a period are area changes', () => {
  it.each<[string, Row[]]>([
    // "added" + area figure is no speech verb
    ['Russian troops added 212 sq km in August, a monitoring group estimates.', [{ kind: 'area-change', actorSide: 'RU', quantity: 212 }]],
    ['Since March 1, Moscow\'s army has added another 1,940 square kilometres.', [{ kind: 'area-change', actorSide: 'RU', quantity: 1940 }]],
    // a figure compared with
    ['Russian forces seized 305 sq km in July. That compares with June\'s 366 sq km.', [{ kind: 'area-change', actorSide: 'RU', quantity: 305 }, { kind: 'area-change', actorSide: 'RU', quantity: 366 }]],
    // a period as subject of its area
    ['Russian forces captured 280 sq km last month; in 2025, February to June brought about 1,650 sq km.', [{ kind: 'area-change', actorSide: 'RU', quantity: 280 }, { kind: 'area-change', actorSide: 'RU', quantity: 1650 }]],
  ])('%s', (text, rows) => {
    expect(claimsOf(text)).toMatchObject(rows)
  })

  it.each([
    'The minister added that 300 new teachers were hired.',
    'That compares with last year\'s record harvest.',
    'January to March brought record sales for the bakery.',
    'The chef added 200 grams of butter.',
  ])('no area claim: %s', (text) => {
    expect(claimsOf(text).filter((c) => c.kind === 'area-change')).toEqual([])
  })
})

describe('English area figures are dated by the month that owns or names them', () => {
  function timesOf(text: string, publishedAt: string): [string | null, string | null][] {
    const r = extractClaims({ id: 'doc-en-wave2-time', text, lang: 'en', publishedAt, outlet: 'Test Wire' })
    return r.value.claims.map((c) => [c.time.start, c.time.end])
  }
  it.each<[string, string, [string, string][]]>([
    // a month naming its haul, a month's figure compared with
    ["Moscow's August haul was 455 sq km, Deep Analytics said. That compares with July's 502 sq km.", '2026-09-03', [['2026-08-01', '2026-08-31'], ['2026-07-01', '2026-07-31']]],
    // "since X" inside the frame of attribution dates the record, not the statement
    ["Russia's May haul came to 290 sq km, according to a count of open-source maps, the lowest monthly figure since January.", '2026-06-02', [['2026-05-01', '2026-05-31']]],
    // a month's pace is no time of a forecast told at it
    ["At June's pace, Russian forces would add another 600 sq km before the end of the year.", '2026-07-03', [['2026-07-03', '2026-12-31']]],
  ])('%s', (text, publishedAt, times) => {
    expect(timesOf(text, publishedAt)).toEqual(times)
  })
})


describe('English tolls told by their aftermath, with war told before', () => {
  it.each<[string, Row['kind'][]]>([
    ['A Russian missile struck a depot in Sumy at noon. Rescuers pulled two bodies from the wreckage, and five more people were rushed to hospital.', ['strike', 'casualties']],
    ['After the drone attack, crews dug four bodies out of the collapsed block.', ['casualties']],
  ])('%s', (text, kinds) => {
    expect(claimsOf(text).map((c) => c.kind)).toEqual(kinds)
  })
  it.each(['The singer was taken to hospital with flu after the concert.', 'Police found a body in the river near the marina.'])('no claim: %s', (text) => {
    expect(claimsOf(text)).toEqual([])
  })
})
