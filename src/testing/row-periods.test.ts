import { describe, expect, it } from 'vitest'
import { dateRange, rowPeriod } from './row-periods.js'

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
