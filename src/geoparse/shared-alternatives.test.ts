import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { type Gazetteer, loadGazetteer } from './index.js'
import { sharedAlternatives } from './shared-alternatives.js'

let g: Gazetteer
beforeAll(() => {
  g = loadGazetteer()
})

describe('sharedAlternatives', () => {
  it('gives the entry’s fields and the share rounded as Place always had it, in the same field order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: g.size - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), (entry, share) => {
        const e = g.entryAt(entry)
        const a = sharedAlternatives(g).of(entry, share)
        expect(JSON.stringify(a)).toBe(JSON.stringify({ id: e.id, name: e.name, admin1: e.admin1, lat: e.lat, lon: e.lon, score: Math.round(share * 1000) / 1000 }))
      }),
    )
  })

  it('shares one frozen object per entry and rounded share', () => {
    const s = sharedAlternatives(g)
    expect(sharedAlternatives(g)).toBe(s)
    const a = s.of(7, 0.12341)
    expect(s.of(7, 0.12349)).toBe(a)
    expect(s.of(7, 0.1236)).not.toBe(a)
    expect(s.of(8, 0.12341)).not.toBe(a)
    expect(Object.isFrozen(a)).toBe(true)
    // Share 0 (kept by entry apart from the others) too.
    expect(s.of(7, 0.0004)).toBe(s.of(7, 0))
    expect(s.of(7, 0).score).toBe(0)
    expect(s.of(7, 0.0005)).not.toBe(s.of(7, 0))
    expect(Object.isFrozen(s.of(7, 0))).toBe(true)
  })
})
