import { describe, expect, it } from 'vitest'
import type { Claim, ClaimTime } from '../domain/index.js'
import { datedByEventRecord } from './event-record-times.js'

// A record of an event dataset says when its event happened; its claims take that period unless the text dates them.
function claim(time: ClaimTime): Claim {
  return { id: 'c', time } as unknown as Claim
}

describe('datedByEventRecord', () => {
  const record = { eventPeriod: { start: '2021-03-04', end: '2021-03-05' } }

  it('gives a claim dated relatively or by publication the record period', () => {
    const dated = datedByEventRecord([claim({ start: '2021-03-03', end: '2021-03-04', basis: 'relative' }), claim({ start: '2021-03-04', end: '2021-03-04', basis: 'publication' })], record)
    expect(dated.map((c) => c.time)).toEqual([
      { start: '2021-03-04', end: '2021-03-05', basis: 'publication' },
      { start: '2021-03-04', end: '2021-03-05', basis: 'publication' },
    ])
  })

  it('keeps an explicit date as the text wrote it, and changes nothing outside an event record', () => {
    const explicit = claim({ start: '2016-01-01', end: '2016-12-31', basis: 'explicit' })
    expect(datedByEventRecord([explicit], record)[0]).toBe(explicit)
    const relative = [claim({ start: '2021-03-03', end: '2021-03-03', basis: 'relative' })]
    expect(datedByEventRecord(relative, {})).toBe(relative)
  })
})
