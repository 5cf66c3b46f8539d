import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Claim, Place } from '../domain/index.js'
import { type ComparableClaim, comparableClaim, contradictionId, findContradictions, linkAcrossDocuments } from './find-contradictions.js'

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

  it('takes one organisation written two ways as one speaker (Speaker.entity)', () => {
    const entity = 'General Staff of the Armed Forces of Ukraine'
    const held = comparable(claim('p', { kind: 'control', actorSide: 'UA', speaker: { name: "Kyiv's General Staff", side: 'UA', via: null, entity } }))!
    const taken = comparable(claim('q', { actorSide: 'RU', speaker: { name: entity, side: 'UA', via: null } }))!
    expect(held.speakerKey).toBe(taken.speakerKey)
    expect(findContradictions([held, taken], { slackDays: 3 })).toEqual([])
  })

  it('ignores claims with no speaker, no date, or no side', () => {
    expect(comparable(claim('e', { speaker: { name: null, side: 'unknown', via: null } }))).toBeNull()
    expect(comparable(claim('f', { time: { start: null, end: null, basis: 'explicit' } }))).toBeNull()
    expect(comparable(claim('g', { kind: 'strike' }))).toBeNull()
    expect(comparable(claim('h', {}), [])).toBeNull()
  })

  it('takes no forecast as a stance: an expected capture is not contradicted by a report that the place is held', () => {
    const ordered = comparable(claim('x', { modality: 'expected', speaker: { name: 'Euromaidan Press', side: 'UA', via: null } }))
    expect(ordered).toBeNull()
    const expectedAdvance = comparable(claim('y', { kind: 'advance', modality: 'expected' }))
    expect(expectedAdvance).toBeNull()
    // The same capture, asserted, still stands against the report.
    const asserted = comparable(claim('z', { speaker: { name: 'Euromaidan Press', side: 'UA', via: null } }))!
    expect(findContradictions([asserted, held], { slackDays: 3 }).map((c) => c.claimIds)).toEqual([['b', 'z']])
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

describe('contradictions across the documents of a batch, bounded', () => {
  const speakers = ['Russian Defence Ministry', 'General Staff', 'DeepState', 'ISW']
  // Claims about Kupiansk by four speakers over a fortnight, each in its own document: captured / held / denied.
  const arbClaim = fc.record({
    n: fc.integer({ min: 0, max: 10_000 }),
    speaker: fc.constantFrom(...speakers),
    kind: fc.constantFrom<'capture' | 'control'>('capture', 'control'),
    denied: fc.boolean(),
    day: fc.integer({ min: 1, max: 14 }),
    doc: fc.integer({ min: 0, max: 5 }),
  })
  const toComparable = (r: { n: number; speaker: string; kind: 'capture' | 'control'; denied: boolean; day: number; doc: number }, i: number) => {
    const date = `2025-11-${String(r.day).padStart(2, '0')}`
    const c = claim(`c${i}-${r.n}`, {
      documentId: `doc-${r.doc}`, kind: r.kind, actorSide: r.kind === 'capture' ? 'RU' : 'UA', modality: r.denied ? 'denied' : 'asserted',
      speaker: { name: r.speaker, side: 'unknown', via: null }, time: { start: date, end: date, basis: 'explicit' },
    })
    return comparable(c)!
  }
  const crossPairs = (list: ComparableClaim[]) => findContradictions(list, { slackDays: 3 }).filter((c) => c.documentIds[0] !== c.documentIds[1])

  it('lists every cross-document pair when the cap allows, and counts every pair in its dispute (property)', () => {
    fc.assert(
      fc.property(fc.array(arbClaim, { maxLength: 30 }), fc.integer({ min: 1, max: 4 }), (rows, perClaim) => {
        const list = rows.map(toComparable)
        const all = crossPairs(list)
        expect(linkAcrossDocuments(list, { slackDays: 3, perClaim: 1_000 }).contradictions).toEqual(all)
        const { contradictions, disputes } = linkAcrossDocuments(list, { slackDays: 3, perClaim })
        const ids = new Set(all.map((c) => c.id))
        for (const c of contradictions) expect(ids.has(c.id)).toBe(true)
        // Bounded: at most perClaim links chosen per claim.
        expect(contradictions.length).toBeLessThanOrEqual(perClaim * list.length)
        // Every claim with a pair keeps min(perClaim, its pairs) links.
        for (const c of list) {
          const mine = all.filter((p) => p.claimIds.includes(c.claimId)).length
          const listed = contradictions.filter((p) => p.claimIds.includes(c.claimId)).length
          expect(listed).toBeGreaterThanOrEqual(Math.min(perClaim, mine))
        }
        expect(disputes.reduce((n, d) => n + d.pairs, 0)).toBe(all.length)
        expect(disputes.reduce((n, d) => n + d.listedPairs, 0)).toBe(contradictions.length)
        // Members: exactly the claims in some pair, each counted on one side.
        const inPairs = new Set(all.flatMap((p) => p.claimIds))
        expect(new Set(disputes.flatMap((d) => d.members.map((m) => m.claimId)))).toEqual(inPairs)
        for (const d of disputes) expect(d.sides[0].claims + d.sides[1].claims).toBe(d.members.length)
      }),
    )
  })

  it('keeps the nearest in time: a capture claim linked to the three closest denials, the rest counted', () => {
    const capture = toComparable({ n: 0, speaker: 'Russian Defence Ministry', kind: 'capture', denied: false, day: 7, doc: 0 }, 0)
    const denials = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((day, i) => toComparable({ n: day, speaker: 'General Staff', kind: 'capture', denied: true, day, doc: i + 1 }, i + 1))
    const { contradictions, disputes } = linkAcrossDocuments([capture, ...denials], { slackDays: 3, perClaim: 3 })
    // Pairs within the slack (days 4..9 and day 7 ± 3): 6; each denial's nearest is the capture, so all six are listed.
    expect(contradictions).toHaveLength(6)
    const sparse = linkAcrossDocuments([...denials, capture], { slackDays: 3, perClaim: 3 })
    expect(sparse.contradictions.map((c) => c.id).sort()).toEqual(contradictions.map((c) => c.id).sort())
    expect(disputes).toHaveLength(1)
    expect(disputes[0]).toMatchObject({ placeName: 'Kupiansk', pairs: 6, listedPairs: 6, window: { start: '2025-11-04', end: '2025-11-09' } })
    expect(disputes[0]?.sides.map((s) => [s.says, s.claims, s.documents, s.speakers])).toEqual([
      ['Kupiansk is occupied (under Russian control)', 1, 1, [{ name: 'Russian Defence Ministry', claims: 1 }]],
      ['Kupiansk is not occupied (under Ukrainian control)', 6, 6, [{ name: 'General Staff', claims: 6 }]],
    ])
  })

  it('lists a bounded number of links when many claims on each side dispute one place', () => {
    const rows = Array.from({ length: 120 }, (_, i) => ({ n: i, speaker: speakers[i % 4]!, kind: 'capture' as const, denied: i % 2 === 1, day: 1 + (i % 3), doc: i }))
    const list = rows.map(toComparable)
    const all = crossPairs(list)
    const { contradictions, disputes } = linkAcrossDocuments(list, { slackDays: 3, perClaim: 3 })
    expect(all.length).toBe(60 * 60)
    expect(contradictions.length).toBeLessThanOrEqual(3 * 120)
    expect(disputes[0]).toMatchObject({ pairs: 3_600, listedPairs: contradictions.length })
  })
})
