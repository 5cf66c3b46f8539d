import type { IsoDate } from '../domain/index.js'

// Calendar arithmetic on `YYYY-MM-DD` strings, all in UTC (the control map is dated by its update day).

const DAY_MS = 86_400_000

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

export function daysInMonth(year: number, month: number): number {
  // Asked for every date resolved; a Date per call cost more than the rest of the resolving. Years
  // 0-99 go to Date, which reads them as 1900-1999, as do months outside 1-12 (Date rolls them over).
  if (Number.isInteger(year) && Number.isInteger(month) && year >= 100 && year <= 9999 && month >= 1 && month <= 12) {
    if (month !== 2) return MONTH_DAYS[month - 1]!
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  }
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

export function parseIsoDate(date: IsoDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) }
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const { year, month, day } = parseIsoDate(value)
  return isValidDate(year, month, day)
}

function toMs(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date)
  return Date.UTC(year, month - 1, day)
}

function fromMs(ms: number): IsoDate {
  const d = new Date(ms)
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromMs(toMs(date) + days * DAY_MS)
}

/** `b − a` in whole days. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toMs(b) - toMs(a)) / DAY_MS)
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: IsoDate): number {
  return new Date(toMs(date)).getUTCDay()
}

/** Adds months, clamping the day to the target month's length. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parseIsoDate(date)
  const index = year * 12 + (month - 1) + months
  const y = Math.floor(index / 12)
  const m = (index % 12) + 1
  return isoDate(y, m, Math.min(day, daysInMonth(y, m)))
}

export function firstOfMonth(year: number, month: number): IsoDate {
  return isoDate(year, month, 1)
}

export function lastOfMonth(year: number, month: number): IsoDate {
  return isoDate(year, month, daysInMonth(year, month))
}

/** The Monday starting the ISO week that holds `date`. */
export function startOfWeek(date: IsoDate): IsoDate {
  const weekday = weekdayOf(date)
  return addDays(date, -((weekday + 6) % 7))
}

/** A date from a `Date` (its UTC calendar day). */
export function isoDateOf(value: Date): IsoDate {
  return fromMs(value.getTime())
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b
}
