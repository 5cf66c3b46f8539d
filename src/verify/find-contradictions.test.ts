import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Claim, Place } from '../domain/index.js'
import { comparableClaim, contradictionId, findContradictions } from './find-contradictions.js'

const kupiansk: Place = { mention: 'Kupiansk', span: [0, 8], id: 'ua-kupiansk', name: 'Kupiansk', admin1: 'Kharkiv Oblast', country: 'UA', lat: 49.71, lon: 37.62, kind: 'settlement', confidence: 1, alternatives: [] }

function claim(id: string, fields: Partial<Claim>): Claim {
  return {
    id, documentId: `doc-${id}`, kind: 'capture', actorSide: 'RU', speaker: { name: 'Russian Defence Ministry', side: 'RU', via: null }, places: [0],
    time: { start: '2025-11-20', end: '2025-11-20', basis: 'explicit' }, quantity: null, modality: 'asserted', span: [0, 1], sentence: 's', ...fields,
  }
}
const comparable = (c: Claim, places: Place[] = [kupiansk]) => comparableClaim(c, places, { id: c.documentId, publishedAt: '2025-11-20', outlet: null })

describe('contradictions between speakers', () => {
  const capture = comparable(claim('a', {}))!
  const held = comparable(claim('b', { kind: 'control', actorSide: 'UA', speaker: { name: 'General Staff', side: 'UA', via: null }, time: { start: '2025-11-22', end: '2025-11-22', basis: 'explicit' } }))!
  const denial = comparable(claim('c', { modality: 'denied', speaker: { name: 'Syrskyi', side: 'UA', via: null }, time: { start: '2025-12-20', end: '2025-12-20', basis: 'explicit' } }))!
  const sameSpeaker = comparable(claim('d', { kind: 'control', actorSide: 'UA' }))!

  it('links opposite claims about one place within the slack, once, with a stable id', () => {
    const found = findContradictions([capture, held, denial, sameSpeaker], { slackDays: 3 })
    expect(found.map((c) => c.claimIds)).toEqual([['a', 'b']])
    expect(found[0]?.id).toBe(contradictionId('b', 'a'))
    // The windows do not overlap (2 days apart, within the slack): the link spans the gap.
    expect(found[0]?.window).toEqual({ start: '2025-11-20', end: '2025-11-22' })
  })

  it('ignores claims with no speaker, no date, or no side', () => {
    expect(comparable(claim('e', { speaker: { name: null, side: 'unknown', via: null } }))).toBeNull()
    expect(comparable(claim('f', { time: { start: null, end: null, basis: 'explicit' } }))).toBeNull()
    expect(comparable(claim('g', { kind: 'strike' }))).toBeNull()
    expect(comparable(claim('h', {}), [])).toBeNull()
  })

  it('does not depend on the order of the claims (property)', () => {
    const pool = [capture, held, denial, sameSpeaker]
    fc.assert(
      fc.property(fc.shuffledSubarray(pool, { minLength: 0, maxLength: 4 }), (subset) => {
        const ids = (list: typeof pool) => findContradictions(list, { slackDays: 3 }).map((c) => c.id).sort()
        expect(ids(subset)).toEqual(ids([...subset].reverse()))
      }),
    )
  })
})
