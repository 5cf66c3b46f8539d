import type { Claim, IsoDate } from '../domain/index.js'
import { isIsoDate } from '../text/index.js'
import type { ClaimWindow } from './verify-context.js'

/** A claim's window, or why it has none (a reason for an `unverifiable` verdict). */
export type WindowResult = { readonly ok: true; readonly window: ClaimWindow } | { readonly ok: false; readonly reason: string }

/**
 * The dates a claim is about: its own time (a day, or an interval such as "in November 2025"),
 * else the publication date when the extractor dated it by publication. A malformed date is
 * treated as none (the reason says which value was wrong), never thrown.
 */
export function claimWindow(claim: Pick<Claim, 'time'>, publishedAt: IsoDate | null): WindowResult {
  const time = claim.time as Partial<Claim['time']> | null | undefined
  const bad = [time?.start, time?.end].filter((d): d is string => typeof d === 'string' && !isIsoDate(d))
  if (bad.length > 0) return { ok: false, reason: `the claim's time ${bad.map((d) => JSON.stringify(d)).join(' and ')} is not a date (expected YYYY-MM-DD), so the map cannot be compared with it` }
  let start = time?.start ?? null
  let end = time?.end ?? null
  let basis: ClaimWindow['basis'] = time?.basis === 'relative' ? 'relative' : time?.basis === 'publication' ? 'publication' : 'explicit'
  if (start === null && end === null) {
    if (time?.basis === 'publication' && publishedAt !== null && isIsoDate(publishedAt)) {
      start = end = publishedAt
      basis = 'publication'
    } else {
      return { ok: false, reason: 'the claim has no date (neither its text nor the document gives one), so there is no snapshot to compare it with' }
    }
  }
  start ??= end
  end ??= start
  if ((start as IsoDate) > (end as IsoDate)) [start, end] = [end, start]
  return { ok: true, window: { start: start as IsoDate, end: end as IsoDate, basis } }
}
