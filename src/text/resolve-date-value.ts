import type { IsoDate } from '../domain/index.js'
import {
  addDays,
  addMonths,
  daysInMonth,
  firstOfMonth,
  isoDate,
  isValidDate,
  lastOfMonth,
  parseIsoDate,
  startOfWeek,
  weekdayOf,
} from './calendar.js'
import type { DatePart, DateValue, Season, YearRef } from './date-value.js'

export interface ResolvedTime {
  readonly start: IsoDate | null
  readonly end: IsoDate | null
  /** `explicit` when the text names the calendar date itself; `relative` when it needs the anchor. */
  readonly basis: 'explicit' | 'relative'
}

export interface ResolveOptions {
  /**
   * Which way an underspecified date leans: `past` (the default; "on Friday" in a report is the last
   * Friday, "February 26" in a March report is this year's) or `future` (for expected events).
   */
  readonly bias?: 'past' | 'future'
}

/** Days a yearless date may lie after the anchor and still be read as the anchor's year. */
const FUTURE_SLACK_DAYS = 2

/**
 * Resolves a written time against an anchor date (publication, or the date a statement was made).
 * Returns null when it cannot be resolved (a relative expression without an anchor).
 */
export function resolveDateValue(value: DateValue, anchor: IsoDate | null, options: ResolveOptions = {}): ResolvedTime | null {
  const bias = options.bias ?? 'past'
  const r = resolve(value, anchor, bias)
  if (!r) return null
  return { ...r, basis: isExplicit(value) ? 'explicit' : 'relative' }
}

type Interval = { start: IsoDate | null; end: IsoDate | null }

function resolve(value: DateValue, anchor: IsoDate | null, bias: 'past' | 'future'): Interval | null {
  switch (value.kind) {
    case 'day': {
      const year = value.year ? yearOf(value.year, anchor) : yearForMonthDay(value.month, value.day, anchor, bias)
      if (year === null || !isValidDate(year, value.month, value.day)) return null
      const day = isoDate(year, value.month, value.day)
      return { start: day, end: day }
    }
    case 'month': {
      const year = value.year ? yearOf(value.year, anchor) : yearForMonth(value.month, anchor, bias, value.relative)
      if (year === null) return null
      return monthPart(year, value.month, value.part)
    }
    case 'year': {
      const year = yearOf(value.year, anchor)
      if (year === null) return null
      return yearPart(year, value.part)
    }
    case 'season': {
      const year = value.year ? yearOf(value.year, anchor) : seasonYear(value.season, value.relative, anchor, bias)
      if (year === null) return null
      return seasonInterval(year, value.season)
    }
    case 'period': {
      if (value.month === undefined && value.monthOffset !== undefined) {
        if (!anchor) return null
        const at = parseIsoDate(addMonths(firstOfMonth(parseIsoDate(anchor).year, parseIsoDate(anchor).month), value.monthOffset))
        return resolve({ ...value, monthOffset: undefined, month: at.month, year: { absolute: at.year } }, anchor, bias)
      }
      if (value.month !== undefined) {
        const year = value.year ? yearOf(value.year, anchor) : yearForMonth(value.month, anchor, bias)
        if (year === null) return null
        const days = (value.unit === 'week' ? 7 : 1) * value.count
        const skip = (value.unit === 'week' ? 7 : 1) * (value.skip ?? 0)
        const first = firstOfMonth(year, value.month)
        const last = lastOfMonth(year, value.month)
        if (value.which === 'last') return { start: addDays(last, -(days - 1)), end: last }
        const end = addDays(first, skip + days - 1)
        return { start: addDays(first, skip), end: end > last ? last : end }
      }
      const year = value.year ? yearOf(value.year, anchor) : anchor ? parseIsoDate(anchor).year : null
      if (year === null) return null
      if (value.unit === 'month') {
        const n = Math.min(12, Math.max(1, value.count))
        return value.which === 'first'
          ? { start: firstOfMonth(year, 1), end: lastOfMonth(year, n) }
          : { start: firstOfMonth(year, 13 - n), end: lastOfMonth(year, 12) }
      }
      const days = value.unit === 'week' ? value.count * 7 : value.count
      return value.which === 'first'
        ? { start: isoDate(year, 1, 1), end: addDays(isoDate(year, 1, 1), days - 1) }
        : { start: addDays(isoDate(year, 12, 31), -(days - 1)), end: isoDate(year, 12, 31) }
    }
    case 'fraction': {
      const year = value.year ? yearOf(value.year, anchor) : anchor ? parseIsoDate(anchor).year : null
      if (year === null) return null
      const months = 12 / value.parts
      const first = (value.index - 1) * months + 1
      if (value.index < 1 || value.index > value.parts) return null
      return { start: firstOfMonth(year, first), end: lastOfMonth(year, first + months - 1) }
    }
    case 'offset-day': {
      if (!anchor) return null
      const day = addDays(anchor, value.days)
      return { start: day, end: day }
    }
    case 'ago': {
      if (!anchor) return null
      const day =
        value.unit === 'day'
          ? addDays(anchor, -value.count)
          : value.unit === 'week'
            ? addDays(anchor, -7 * value.count)
            : addMonths(anchor, -(value.unit === 'month' ? 1 : 12) * value.count)
      return { start: day, end: day }
    }
    case 'overnight': {
      const to = value.to ? resolve(value.to, anchor, bias) : anchor ? { start: anchor, end: anchor } : null
      if (!to?.start) return null
      return { start: addDays(to.start, -1), end: to.start }
    }
    case 'weekend': {
      if (!anchor) return null
      const wd = weekdayOf(anchor)
      const saturday = 6
      // Days back to the Saturday on or before the anchor; a week more for "last weekend" said on one.
      let back = (wd - saturday + 7) % 7
      const onWeekend = back <= 1
      if (bias === 'future' && !onWeekend) back -= 7
      else if (value.relative === 'last' && onWeekend) back += 7
      const start = addDays(anchor, -back)
      return { start, end: addDays(start, 1) }
    }
    case 'weekday': {
      if (!anchor) return null
      const diff = (weekdayOf(anchor) - value.weekday + 7) % 7
      let day: IsoDate
      if (value.modifier === 'next') day = addDays(anchor, ((value.weekday - weekdayOf(anchor) + 7) % 7) || 7)
      else if (value.modifier === 'last') day = addDays(anchor, -(diff || 7))
      else if (bias === 'future') day = addDays(anchor, (value.weekday - weekdayOf(anchor) + 7) % 7)
      else day = addDays(anchor, -diff)
      return { start: day, end: day }
    }
    case 'past-span':
      if (!anchor) return null
      return { start: value.months ? addMonths(anchor, -value.months) : addDays(anchor, -value.days), end: anchor }
    case 'calendar': {
      if (!anchor) return null
      const a = parseIsoDate(anchor)
      let start: IsoDate
      let end: IsoDate
      if (value.unit === 'week') {
        start = addDays(startOfWeek(anchor), 7 * value.offset)
        end = addDays(start, 6)
        // The start of a week is its first three days, the middle Wednesday and Thursday, the end Friday to Sunday.
        if (value.part) [start, end] = value.part === 'start' || value.part === 'early' ? [start, addDays(start, 2)] : value.part === 'mid' ? [addDays(start, 2), addDays(start, 3)] : [addDays(start, 4), end]
      } else if (value.unit === 'month') {
        start = addMonths(firstOfMonth(a.year, a.month), value.offset)
        const s = parseIsoDate(start)
        end = lastOfMonth(s.year, s.month)
        const part = value.part ? monthPart(s.year, s.month, value.part) : null
        if (part?.start && part.end) [start, end] = [part.start, part.end]
      } else {
        start = isoDate(a.year + value.offset, 1, 1)
        end = isoDate(a.year + value.offset, 12, 31)
      }
      // "this week/month/year" in a report means "so far"; in a forecast ("later this year"), all of it.
      if (value.offset === 0 && end > anchor && bias === 'past' && start <= anchor) end = anchor
      return { start, end }
    }
    case 'range': {
      const from = resolve(value.from, anchor, bias)
      const to = resolve(value.to, anchor, bias)
      if (!from || !to) return null
      return { start: from.start, end: to.end }
    }
    case 'since': {
      const from = resolve(value.from, anchor, bias)
      if (!from) return null
      // "з 3 листопада запроваджують обов'язковий виїзд" told on 2 November: a start still ahead is
      // the day the thing begins, not an interval that ends before it starts.
      if (anchor && from.start && from.start > anchor) return { start: from.start, end: from.start }
      return { start: from.start, end: anchor }
    }
    case 'by': {
      const to = resolve(value.to, anchor, 'future')
      if (!to) return null
      return { start: anchor, end: to.end }
    }
  }
}

function yearOf(ref: YearRef, anchor: IsoDate | null): number | null {
  if ('absolute' in ref) return ref.absolute
  return anchor ? parseIsoDate(anchor).year + ref.offset : null
}

/** A yearless "February 26": the anchor's year unless that lands after the anchor (then the year before). */
function yearForMonthDay(month: number, day: number, anchor: IsoDate | null, bias: 'past' | 'future'): number | null {
  if (!anchor) return null
  const a = parseIsoDate(anchor)
  if (!isValidDate(a.year, month, day) && !(month === 2 && day === 29)) return null
  const candidate = isoDate(a.year, month, Math.min(day, daysInMonth(a.year, month)))
  if (bias === 'past') return candidate > addDays(anchor, FUTURE_SLACK_DAYS) ? a.year - 1 : a.year
  return candidate < addDays(anchor, -FUTURE_SLACK_DAYS) ? a.year + 1 : a.year
}

function yearForMonth(month: number, anchor: IsoDate | null, bias: 'past' | 'future', relative?: 'last' | 'this' | 'next'): number | null {
  if (!anchor) return null
  const a = parseIsoDate(anchor)
  if (relative === 'this') return a.year
  if (relative === 'last') return month < a.month ? a.year : a.year - 1
  if (relative === 'next') return month > a.month ? a.year : a.year + 1
  if (bias === 'past') return month > a.month ? a.year - 1 : a.year
  return month < a.month ? a.year + 1 : a.year
}

const SEASON_START_MONTH: Record<Season, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 }

function seasonInterval(year: number, season: Season): Interval {
  if (season === 'winter') return { start: firstOfMonth(year - 1, 12), end: lastOfMonth(year, 2) }
  const m = SEASON_START_MONTH[season]
  return { start: firstOfMonth(year, m), end: lastOfMonth(year, m + 2) }
}

/** The year whose season is meant. Winter `year` runs from December of year−1. */
function seasonYear(season: Season, relative: 'last' | 'this' | 'next' | null, anchor: IsoDate | null, bias: 'past' | 'future'): number | null {
  if (!anchor) return null
  const a = parseIsoDate(anchor)
  const winterYear = a.month === 12 ? a.year + 1 : a.year
  const current = season === 'winter' ? winterYear : a.year
  const ended = seasonInterval(current, season).end! < anchor
  const started = seasonInterval(current, season).start! <= anchor
  if (relative === 'last') return ended ? current : current - 1
  if (relative === 'next') return started ? current + 1 : current
  if (relative === 'this') return current
  // Unqualified ("in the summer"): the most recent one with a past bias, the coming one otherwise.
  if (bias === 'past') return started ? current : current - 1
  return ended ? current + 1 : current
}

function monthPart(year: number, month: number, part: DatePart | null): Interval {
  const last = daysInMonth(year, month)
  switch (part) {
    case null:
      return { start: firstOfMonth(year, month), end: lastOfMonth(year, month) }
    case 'start':
    case 'early':
      return { start: isoDate(year, month, 1), end: isoDate(year, month, 10) }
    case 'mid':
      return { start: isoDate(year, month, 11), end: isoDate(year, month, 20) }
    case 'late':
      return { start: isoDate(year, month, 21), end: isoDate(year, month, last) }
    case 'end':
      return { start: isoDate(year, month, last - 9), end: isoDate(year, month, last) }
  }
}

function yearPart(year: number, part: DatePart | null): Interval {
  switch (part) {
    case null:
      return { start: isoDate(year, 1, 1), end: isoDate(year, 12, 31) }
    case 'start':
      return { start: isoDate(year, 1, 1), end: lastOfMonth(year, 2) }
    case 'early':
      return { start: isoDate(year, 1, 1), end: lastOfMonth(year, 4) }
    case 'mid':
      return { start: isoDate(year, 5, 1), end: lastOfMonth(year, 8) }
    case 'late':
      return { start: isoDate(year, 9, 1), end: isoDate(year, 12, 31) }
    case 'end':
      return { start: isoDate(year, 11, 1), end: isoDate(year, 12, 31) }
  }
}

/** Whether a value names its calendar position itself (not relative to the anchor). */
function isExplicit(value: DateValue): boolean {
  switch (value.kind) {
    case 'day':
    case 'month':
      return value.year === null ? value.kind === 'day' : 'absolute' in value.year
    case 'year':
    case 'period':
    case 'fraction':
    case 'season':
      return value.year !== null && 'absolute' in value.year
    case 'range':
      return isExplicit(value.from) && isExplicit(value.to)
    case 'since':
      return isExplicit(value.from)
    case 'by':
      return isExplicit(value.to)
    case 'overnight':
      return value.to !== null && isExplicit(value.to)
    default:
      return false
  }
}
