import { describe, expect, it } from 'vitest'
import { dateRange, inRowSample, rowPeriod, rowSample } from './row-periods.js'

describe('row periods', () => {
  it('splits the monitor at July 2022 and UCDP at 2022, with nothing in both', () => {
    const tune = rowPeriod('tune')
    const held = rowPeriod('held-out')
    expect(dateRange(tune.cir).to).toBe(dateRange(held.cir).from)
    expect(dateRange(tune.ucdp).to).toBe(dateRange(held.ucdp).from)
    expect(dateRange(rowPeriod('all').cir)).toEqual({ from: '0000-00-00', to: '9999-99-99' })
  })

  it('names the known periods when asked for another', () => {
    expect(() => rowPeriod('train')).toThrow(/--period train: expected one of all, tune, held-out/)
  })

  it('refuses a range that is not FROM..TO', () => {
    expect(() => dateRange('2022-07-01')).toThrow(/expected FROM\.\.TO/)
    expect(dateRange('..2022-01-01')).toEqual({ from: '0000-00-00', to: '2022-01-01' })
  })
})

describe('row samples', () => {
  it('puts every row in exactly one of dev and check, about a quarter in check, the same on every run', () => {
    for (const source of ['cir', 'ucdp'] as const) {
      let check = 0
      for (let row = 0; row < 4000; row++) {
        const inDev = inRowSample('dev', source, row)
        const inCheck = inRowSample('check', source, row)
        expect(inDev).not.toBe(inCheck)
        expect(inRowSample('all', source, row)).toBe(true)
        if (inCheck) check++
      }
      expect(check / 4000).toBeGreaterThan(0.22)
      expect(check / 4000).toBeLessThan(0.28)
    }
    // Pinned: the check rows must not move between runs, machines or versions, or a tuned row would leak into them.
    const first = (source: 'cir' | 'ucdp'): number[] => Array.from({ length: 40 }, (_, r) => r).filter((r) => inRowSample('check', source, r))
    expect(first('cir')).toEqual([6, 7, 8, 10, 12, 15, 16, 19, 27, 28, 34, 36])
    expect(first('ucdp')).toEqual([2, 4, 12, 13, 18, 21, 23, 24, 25, 29, 30, 33])
  })

  it('does not draw the same rows for both sources', () => {
    const rows = Array.from({ length: 400 }, (_, r) => r)
    expect(rows.filter((r) => inRowSample('check', 'cir', r))).not.toEqual(rows.filter((r) => inRowSample('check', 'ucdp', r)))
  })

  it('names the known samples when asked for another', () => {
    expect(() => rowSample('test')).toThrow(/--sample test: expected one of all, dev, check/)
    expect(rowSample('check')).toBe('check')
  })
})
