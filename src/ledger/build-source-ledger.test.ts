import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Claim, VerdictStatus } from '../domain/index.js'
import { buildSourceLedger, median, nearestRank } from './build-source-ledger.js'

function claim(id: string, speaker: string | null, via: string | null, status: VerdictStatus | null, lagDays: number | null = null, extra: Partial<Claim> = {}): Claim {
  return {
    id, documentId: `doc-${id}`, kind: 'capture', actorSide: 'RU', speaker: { name: speaker, side: 'RU', via }, places: [], time: { start: '2025-11-20', end: '2025-11-20', basis: 'explicit' },
    quantity: null, modality: 'asserted', span: [0, 1], sentence: 's', ...(status ? { verdict: { status, reason: 'r', lagDays, snapshots: [] } } : {}), ...extra,
  }
}

describe('buildSourceLedger', () => {
  it('counts per speaker and per outlet, with the claims behind each number and lag statistics over confirmed claims', () => {
    const records = buildSourceLedger([
      { claim: claim('1', 'Russian Defence Ministry', 'TASS', 'confirmed', -11), documentOutlet: 'Reuters' },
      { claim: claim('2', 'Russian Defence Ministry', null, 'confirmed', 4), documentOutlet: 'Reuters' },
      { claim: claim('3', 'russian  defence ministry', null, 'contradicted'), documentOutlet: null },
      { claim: claim('4', 'Russian Defence Ministry', null, 'confirmed', 30), documentOutlet: 'Reuters' },
      { claim: claim('5', null, null, 'pending'), documentOutlet: 'Reuters' },
      { claim: claim('6', 'Russian Defence Ministry', null, null), documentOutlet: null },
      { claim: claim('7', 'Russian Defence Ministry', null, 'confirmed', 99, { duplicateOf: '4' }), documentOutlet: null },
    ])
    const mod = records.find((r) => r.key === 'speaker:russian defence ministry')
    expect(mod).toMatchObject({ claims: 5, confirmed: 3, contradicted: 1, pending: 0, unchecked: 1, medianLagDays: 4, p90LagDays: 30 })
    expect(mod?.claimIdsByStatus).toMatchObject({ confirmed: ['1', '2', '4'], contradicted: ['3'], none: ['6'] })
    expect(mod?.lagClaimIds).toEqual(['1', '2', '4'])
    const reuters = records.find((r) => r.key === 'outlet:reuters')
    expect(reuters).toMatchObject({ claims: 3, confirmed: 2, pending: 1 })
    expect(records.find((r) => r.key === 'outlet:tass')?.claims).toBe(1)
  })

  it("keeps one record for an organisation written two ways, under its canonical name (Speaker.entity)", () => {
    const entity = 'General Staff of the Armed Forces of Ukraine'
    const records = buildSourceLedger([
      { claim: claim('1', "Ukraine's General Staff", null, 'confirmed', 2, { speaker: { name: "Ukraine's General Staff", side: 'UA', via: null, entity } }), documentOutlet: 'Reuters' },
      { claim: claim('2', "Kyiv's General Staff", null, 'contradicted', null, { speaker: { name: "Kyiv's General Staff", side: 'UA', via: null, entity } }), documentOutlet: 'AP' },
      { claim: claim('3', entity, null, 'confirmed', 5), documentOutlet: null },
    ])
    const speakers = records.filter((r) => r.kind === 'speaker')
    expect(speakers.map((r) => r.name)).toEqual([entity])
    expect(speakers[0]).toMatchObject({ claims: 3, confirmed: 2, contradicted: 1 })
  })

  it('median and nearest-rank p90', () => {
    expect(median([])).toBeNull()
    expect(median([-11, 0])).toBe(-5.5)
    expect(nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9)
    expect(nearestRank([5], 0.9)).toBe(5)
  })

  it('every claim id appears under exactly one status per source (property)', () => {
    const statuses: (VerdictStatus | null)[] = ['confirmed', 'consistent', 'contradicted', 'pending', 'unverifiable', null]
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('A', 'B', null), fc.constantFrom('X', null), fc.constantFrom(...statuses), fc.integer({ min: -50, max: 50 })), { maxLength: 30 }), (rows) => {
        const records = buildSourceLedger(rows.map(([s, via, status, lag], i) => ({ claim: claim(String(i), s, via, status, lag), documentOutlet: null })))
        for (const r of records) {
          const byStatus = Object.values(r.claimIdsByStatus ?? {}).flat()
          expect(byStatus.sort()).toEqual([...r.claimIds].sort())
          expect(r.confirmed + r.consistent + r.contradicted + r.pending + r.unverifiable + (r.unchecked ?? 0)).toBe(r.claims)
        }
      }),
    )
  })
})
