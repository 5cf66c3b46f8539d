import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Analysis, Claim, Place } from '../domain/index.js'
import { scriptedControlView } from '../testing/scripted-control-view.js'
import { verifyAnalysis } from './verify-analysis.js'
import { ClaimVerifier } from './verify-claim.js'

const view = scriptedControlView({
  start: '2024-07-08',
  end: '2026-08-22',
  points: { '37.1,48.1': { initial: 'free', changes: [['2025-11-20', 'occupied']] }, '38.4,48.9': { initial: 'occupied' } },
  areaKm2: (date) => 110_000 + (Date.parse(date) - Date.parse('2024-07-08')) / 86_400_000 * 12,
})
const verifier = new ClaimVerifier({ control: view, regions: { resolveRegion: (n) => (/donetsk/i.test(n) ? { name: 'Donetsk Oblast', areaKm2: 26_517 } : null), country: { name: 'Ukraine', areaKm2: 603_628 } } })

const anyDate = fc.oneof(
  fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2028, 0, 1) }).map((ms) => new Date(ms).toISOString().slice(0, 10)),
  fc.constantFrom('2025-02-30', 'yesterday', '', '2025-13-01'),
)
const anyPlace: fc.Arbitrary<Place> = fc.record({
  mention: fc.string(),
  span: fc.tuple(fc.nat(500), fc.nat(500)),
  id: fc.string({ minLength: 1, maxLength: 8 }),
  name: fc.string(),
  admin1: fc.option(fc.string(), { nil: null }),
  country: fc.constantFrom('UA', 'RU', 'PL'),
  lat: fc.oneof(fc.constantFrom(48.1, 48.9, 51.2), fc.double({ min: -90, max: 90, noNaN: true })),
  lon: fc.oneof(fc.constantFrom(37.1, 38.4, 35.3), fc.double({ min: -180, max: 180, noNaN: true })),
  kind: fc.constantFrom('settlement', 'district', 'region', 'river', 'country', 'other'),
  confidence: fc.double({ min: 0, max: 1, noNaN: true }),
  alternatives: fc.constant([]),
}).map((p) => (p.lat === 48.1 ? { ...p, lon: 37.1 } : p.lat === 48.9 ? { ...p, lon: 38.4 } : p))
const anyClaim: fc.Arbitrary<Claim> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 10 }),
  documentId: fc.constant('d'),
  kind: fc.constantFrom('advance', 'capture', 'withdrawal', 'encirclement', 'assault', 'repelled', 'control', 'area-change', 'strike', 'evacuation', 'casualties', 'other'),
  actorSide: fc.constantFrom('RU', 'UA', null),
  speaker: fc.record({ name: fc.option(fc.string(), { nil: null }), side: fc.constantFrom('RU', 'UA', 'independent', 'unknown'), via: fc.option(fc.string(), { nil: null }) }),
  places: fc.array(fc.integer({ min: -1, max: 4 }), { maxLength: 3 }),
  time: fc.record({ start: fc.option(anyDate, { nil: null }), end: fc.option(anyDate, { nil: null }), basis: fc.constantFrom('explicit', 'relative', 'publication') }),
  quantity: fc.option(
    fc.record({ value: fc.oneof(fc.double(), fc.integer({ min: 0, max: 5000 })), unit: fc.constantFrom('km2', 'km', 'percent', 'people', 'soldiers', 'other'), text: fc.oneof(fc.string(), fc.constantFrom('3,386 km²', 'over 20 km', '0.6%')), of: fc.option(fc.constantFrom('the country', 'Donetsk region', 'the four regions', 'cats'), { nil: null }) }),
    { nil: null },
  ),
  modality: fc.constantFrom('asserted', 'reported', 'denied', 'premature', 'unverified', 'expected'),
  span: fc.tuple(fc.nat(500), fc.nat(500)),
  sentence: fc.oneof(fc.string(), fc.constantFrom('It lies 20 km from the town.', 'They advanced 2 km.')),
})

describe('verification never throws on any claim, and never mutates its input', () => {
  it('gives every claim a verdict with a status, a reason and snapshot dates (property)', () => {
    fc.assert(
      fc.property(anyClaim, fc.array(anyPlace, { maxLength: 4 }), fc.option(anyDate, { nil: null }), (claim, places, publishedAt) => {
        const v = verifier.verifyClaim(claim, places, publishedAt).verdict
        expect(['confirmed', 'consistent', 'contradicted', 'pending', 'unverifiable']).toContain(v.status)
        expect(v.reason.length).toBeGreaterThan(10)
        expect(Array.isArray(v.snapshots)).toBe(true)
        expect(v.lagDays === null || Number.isInteger(v.lagDays)).toBe(true)
      }),
      { numRuns: 400 },
    )
  })

  it('leaves the analysis it is given unchanged (property)', () => {
    fc.assert(
      fc.property(fc.array(anyClaim, { maxLength: 4 }), fc.array(anyPlace, { maxLength: 4 }), (claims, places) => {
        const analysis: Analysis = { document: { id: 'd', title: null, publishedAt: '2025-12-01', publishedAtBasis: 'metadata', lang: 'en', text: 'x'.repeat(600) }, places, claims, findings: [] }
        const before = structuredClone(analysis)
        const result = verifyAnalysis(deepFreeze(analysis), verifier)
        expect(analysis).toEqual(before)
        expect(result.value.claims).toHaveLength(claims.length)
        expect(result.issues.every((i) => i.code === 'verify-place-index')).toBe(true)
      }),
      { numRuns: 150 },
    )
  })
})

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v)
    Object.freeze(value)
  }
  return value
}
