import type { Claim, Document } from '../domain/index.js'

/**
 * The claims of an event dataset's record (Document.eventPeriod: a UCDP GED row, a war monitor's caption)
 * happened when the dataset says the event did, unless the text dates them itself. Its headlines' relative
 * times ("in the past 24 hours", "on Wednesday") were relative to each report's own publication, which the
 * record does not give per headline; read against the event's start they fall a day or more before it. So a
 * claim dated only relatively, or by the publication date, takes the record's period; an explicit date
 * ("on 22 November", "in 2016") stays as written.
 */
export function datedByEventRecord(claims: readonly Claim[], document: Pick<Document, 'eventPeriod'>): readonly Claim[] {
  const period = document.eventPeriod
  if (!period) return claims
  return claims.map((c) => (c.time.basis === 'explicit' || (c.time.start === period.start && c.time.end === period.end) ? c : { ...c, time: { start: period.start, end: period.end, basis: 'publication' } }))
}
