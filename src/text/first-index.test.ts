import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { firstIndex } from './first-index.js'

describe('firstIndex', () => {
  it('finds the lower bound a linear scan finds, on any sorted array and any value', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (values, x) => {
        const a = [...values].sort((p, q) => p - q)
        const linear = a.findIndex((v) => !(v < x))
        expect(firstIndex(a.length, (i) => a[i]! < x)).toBe(linear === -1 ? a.length : linear)
      }),
    )
  })

  it('is 0 on an empty range', () => {
    expect(firstIndex(0, () => true)).toBe(0)
  })
})
