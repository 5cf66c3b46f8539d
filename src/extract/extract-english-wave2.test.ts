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
