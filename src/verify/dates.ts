import type { IsoDate } from '../domain/index.js'
import { addDays, daysBetween } from '../text/index.js'

export { addDays, daysBetween }

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b
}

/** Days from a window to a date: negative before its start, positive after its end, 0 inside. */
export function daysFromWindow(window: { readonly start: IsoDate; readonly end: IsoDate }, date: IsoDate): number {
  if (date < window.start) return daysBetween(window.start, date)
  if (date > window.end) return daysBetween(window.end, date)
  return 0
}

/** "2025-12-01", or "2025-11-01..2025-11-30" for a longer window. */
export function formatWindow(window: { readonly start: IsoDate; readonly end: IsoDate }): string {
  return window.start === window.end ? window.start : `${window.start}..${window.end}`
}
