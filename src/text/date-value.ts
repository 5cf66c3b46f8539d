/** A year as written: a number, or relative to the anchor ("this year" = 0, "last year" = −1). */
export type YearRef = { readonly absolute: number } | { readonly offset: number }

/** Part of a month or year: "early", "mid-", "late", "the beginning of", "the end of". */
export type DatePart = 'start' | 'early' | 'mid' | 'late' | 'end'

export type Season = 'spring' | 'summer' | 'autumn' | 'winter'

/**
 * A time expression as written, before it is resolved against an anchor (the publication date, or
 * the date a statement was made). Resolution lives in resolve-date-value.ts.
 */
export type DateValue =
  | { readonly kind: 'day'; readonly year: YearRef | null; readonly month: number; readonly day: number }
  | { readonly kind: 'month'; readonly year: YearRef | null; readonly month: number; readonly part: DatePart | null; readonly relative?: 'last' | 'this' | 'next' }
  | { readonly kind: 'year'; readonly year: YearRef; readonly part: DatePart | null }
  | { readonly kind: 'season'; readonly year: YearRef | null; readonly season: Season; readonly relative: 'last' | 'this' | 'next' | null }
  /** "the first 10 months of 2025", "the last two weeks of 2024", "the first week of December". */
  | {
      readonly kind: 'period'
      readonly year: YearRef | null
      readonly which: 'first' | 'last'
      readonly count: number
      readonly unit: 'month' | 'week' | 'day'
      /** Of a month, not the year: "the first week of December" (1-12). */
      readonly month?: number
      /** Units skipped from the start: "the third week of May" is one week after two. */
      readonly skip?: number
      /** Of the month the anchor falls in (0) when the text says "the month" without naming it ("за перші двадцять днів місяця", "the month's first half"). */
      readonly monthOffset?: number
    }
  /** "the first half of 2025" (index 1 of 2), "Q3 2025" (index 3 of 4). */
  | { readonly kind: 'fraction'; readonly year: YearRef | null; readonly index: number; readonly parts: 2 | 4 }
  /** "today" (0), "yesterday" (−1). */
  /** `weak`: "now", which dates a claim only when its clause names no other time. */
  | { readonly kind: 'offset-day'; readonly days: number; readonly weak?: true }
  /** "three weeks ago". */
  | { readonly kind: 'ago'; readonly count: number; readonly unit: 'day' | 'week' | 'month' | 'year' }
  /** "overnight", "в ніч на 26 лютого": the night before `to` (before the anchor when null). */
  | {
      readonly kind: 'overnight'
      readonly to: DateValue | null
      /** A report's period told by its end ("in the 24 hours to the morning of July 13"), not an event's night. */
      readonly window?: true
      /** The night as a sentence's topic ("Ніч на Дніпропетровщині минула неспокійно", "Тяжёлая ночь для Шебекино"). */
      readonly topic?: true
    }
  /** "over the weekend", "в минувшие выходные": Saturday and Sunday of the last weekend (`last`: the one before a weekend anchor). */
  | { readonly kind: 'weekend'; readonly relative: 'last' | null }
  /** "on Friday" (the last Friday, past bias), "last Friday", "next Friday". */
  | { readonly kind: 'weekday'; readonly weekday: number; readonly modifier: 'last' | 'next' | null }
  /** "over the past 24 hours" (1), "in the past week" (7), "за минулу добу" (1). */
  /** Ending at the anchor: `days` back, or whole calendar `months` back ("the past month": same day a month before). */
  | {
      readonly kind: 'past-span'
      readonly days: number
      readonly months?: number
      /** "за місяць", "за месяц" alone: in a report about a named month, that month. */
      readonly bare?: true
    }
  /** "this week" (0), "last month" (−1), "earlier this year" (0, to date). */
  /** `part`: "late last month", "на початку тижня", "в конце прошлой недели". */
  | { readonly kind: 'calendar'; readonly unit: 'week' | 'month' | 'year'; readonly offset: number; readonly part?: DatePart }
  | { readonly kind: 'range'; readonly from: DateValue; readonly to: DateValue }
  /** "since the end of January": from then until the anchor. */
  /** `weak`: a whole war's tally ("killed in the war"), which dates a claim only when its clause names no other time. */
  | { readonly kind: 'since'; readonly from: DateValue; readonly weak?: true }
  /** "by February 2026": a deadline. */
  | { readonly kind: 'by'; readonly to: DateValue }
