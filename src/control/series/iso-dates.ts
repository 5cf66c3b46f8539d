import { InputError, type IsoDate } from '../../domain/index.js'
import { toIsoDate } from '../import/date-from-file-name.js'

/** Checks a `YYYY-MM-DD` date given by a user; `what` names the option in the error. */
export function parseIsoDate(value: string, what: string): IsoDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim())
  const date = m ? toIsoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null
  if (!date) throw new InputError(`${what}: ${JSON.stringify(value)} is not a date; expected YYYY-MM-DD (e.g. 2025-10-31)`)
  return date
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000
  return new Date(t).toISOString().slice(0, 10)
}

/** The same day `months` later, clamped to the month's end (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const first = new Date(Date.UTC(y, m - 1 + months, 1))
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate()
  first.setUTCDate(Math.min(d, last))
  return first.toISOString().slice(0, 10)
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}
