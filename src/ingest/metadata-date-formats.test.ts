import { describe, expect, it } from 'vitest'
import { parseMetadataDate } from './date-publication.js'

// Dates as records and tables write them in their date fields.
describe('parseMetadataDate', () => {
  it.each([
    ['2025-09-21', '2025-09-21'],
    ['2026-02-27T01:30:00+02:00', '2026-02-27'],
    ['Fri, 27 Feb 2026 17:07:00 +0200', '2026-02-27'],
    // US exports (UCDP GED, spreadsheets): month first when a 12-hour clock follows.
    ['2/1/2014 12:00:00 AM', '2014-02-01'],
    ['12/31/2022 11:59 PM', '2022-12-31'],
    ['1/22/2014 12:00:00 a.m.', '2014-01-22'],
  ])('%s', (raw, iso) => {
    expect(parseMetadataDate(raw)).toBe(iso)
  })

  it('reads day first when month first is no date', () => {
    expect(parseMetadataDate('22/1/2014 12:00:00 AM')).toBe('2014-01-22')
    expect(parseMetadataDate('2/1/2014')).toBe('2014-01-02')
  })
})
