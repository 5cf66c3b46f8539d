import type { Finding, IsoDate, Issue, PublishedAtBasis, Span } from '../domain/index.js'
import {
  daysBetween,
  findDateExpressions,
  isIsoDate,
  isoDate,
  isValidDate,
  monthNumber,
  resolveDateValue,
  type DateExpression,
} from '../text/index.js'

export interface PublicationDate {
  readonly publishedAt: IsoDate | null
  readonly basis: PublishedAtBasis
  readonly findings: readonly Finding[]
  readonly issues: readonly Issue[]
}

export interface PublicationEvidence {
  readonly text: string
  /** The date as the metadata wrote it, or null. */
  readonly metadataRaw: string | null
  readonly url: string | null
  /** Lines cleaning removed (copyright lines among them still tell the year). */
  readonly removedLines: readonly string[]
  readonly origin: string
}

/** A dateline earlier than the latest dated event by more than this is contradicted by the content. */
export const DATELINE_TOLERANCE_DAYS = 31

/**
 * Dates a document: from its metadata (or a date in its URL), else its dateline, else its content
 * (the latest explicitly dated event, agency IDs that encode dates, "last year" next to a year, the
 * copyright year). When the content reports events well after the metadata or dateline date, the
 * content wins and a `dateline-mismatch` finding says why.
 */
export function datePublication(evidence: PublicationEvidence): PublicationDate {
  const issues: Issue[] = []
  let metadata: IsoDate | null = null
  if (evidence.metadataRaw !== null && evidence.metadataRaw.trim() !== '') {
    metadata = parseMetadataDate(evidence.metadataRaw)
    if (metadata === null) {
      issues.push({
        code: 'bad-date',
        severity: 'warning',
        message: `${evidence.origin}: publication date ${JSON.stringify(evidence.metadataRaw.slice(0, 60))} is not a date Frontline can read (expected ISO 8601, RFC 822, a Unix time or a written date); dating from the text instead`,
        sourceId: evidence.origin,
        input: evidence.metadataRaw,
      })
    }
  }
  metadata ??= evidence.url ? dateFromUrl(evidence.url) : null

  const copyrightYear = findCopyrightYear(evidence.removedLines, evidence.text)
  const expressions = findDateExpressions(evidence.text)
  // Only explicitly dated events can contradict a stated date; yearless ones ("on February 26") are
  // read in the light of the stated date, so they count only when there is none.
  const { explicit, content } = inferContentDates(evidence.text, expressions, copyrightYear)
  const dateline = findDateline(evidence.text, expressions, metadata ?? content?.date ?? (copyrightYear ? isoDate(copyrightYear, 12, 31) : null))

  const primary: { date: IsoDate; basis: 'metadata' | 'dateline'; span: Span | null } | null = metadata
    ? { date: metadata, basis: 'metadata', span: null }
    : dateline
      ? { date: dateline.date, basis: 'dateline', span: dateline.span }
      : null

  if (primary && explicit && daysBetween(primary.date, explicit.date) > DATELINE_TOLERANCE_DAYS) {
    const content = explicit
    const finding: Finding = {
      code: 'dateline-mismatch',
      severity: 'warning',
      message:
        `the ${primary.basis === 'metadata' ? 'publication date in the metadata' : 'dateline'} says ${primary.date}, ` +
        `but the text reports events as late as ${content.date} (${JSON.stringify(content.evidence)}); ` +
        `dated ${content.date} from the content instead`,
      span: primary.span ?? content.span,
      suggestion: `correct the ${primary.basis === 'metadata' ? 'publication date' : 'dateline'} to ${content.date} or later`,
    }
    return { publishedAt: content.date, basis: 'content', findings: [finding], issues }
  }
  if (primary) return { publishedAt: primary.date, basis: primary.basis, findings: [], issues }
  if (content) return { publishedAt: content.date, basis: 'content', findings: [], issues }
  return { publishedAt: null, basis: 'none', findings: [], issues }
}

const EN_MONTH_ABBR = /(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{4})/

/**
 * A metadata date: ISO 8601 (the calendar date as written, so "2026-02-27T01:30+02:00" is the 27th,
 * the outlet's own day), RFC 822 ("Fri, 27 Feb 2026 17:07:00 +0200"), a Unix time in seconds or
 * milliseconds, or a written date with a year.
 */
export function parseMetadataDate(raw: string): IsoDate | null {
  const s = raw.trim()
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s)
  if (iso) {
    const d = `${iso[1]}-${iso[2]}-${iso[3]}`
    return isIsoDate(d) ? d : null
  }
  if (/^\d{9,13}(?:\.\d+)?$/.test(s)) {
    const n = Number(s)
    const ms = s.split('.')[0]!.length >= 12 ? n : n * 1000
    const d = new Date(ms)
    return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10)
  }
  // "2/1/2014 12:00:00 AM", as US exports (UCDP GED, spreadsheets) write dates: a slashed date with a
  // 12-hour clock is month first (when that is a date at all); otherwise the written-date reading below
  // (day first) holds.
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+\d{1,2}:\d{2}(?::\d{2})?\s*[AP]\.?M\.?$/i.exec(s)
  if (us && isValidDate(Number(us[3]), Number(us[1]), Number(us[2]))) return isoDate(Number(us[3]), Number(us[1]), Number(us[2]))
  const rfc = EN_MONTH_ABBR.exec(s)
  if (rfc) {
    const month = monthNumber(rfc[2]!)
    const day = Number(rfc[1])
    const year = Number(rfc[3])
    return month && isValidDate(year, month, day) ? isoDate(year, month, day) : null
  }
  for (const e of findDateExpressions(s)) {
    if (e.value.kind === 'day' && e.value.year) {
      const r = resolveDateValue(e.value, null)
      if (r?.start) return r.start
    }
  }
  return null
}

/** "/2026/02/27/", "/2026-02-27/", "/20260227/" in a URL path. */
export function dateFromUrl(url: string): IsoDate | null {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '')
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)/.exec(path) ?? /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/.exec(path)
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  return isValidDate(y, mo, d) ? isoDate(y, mo, d) : null
}

const DATELINE_WINDOW_CHARS = 800
const PUBLISHED_LABEL = /^(?:published|posted|date|опубліковано|опубликовано|дата публікації|дата публикации)\s*:?\s*/i
const UPDATED_LABEL = /^(?:updated|last updated|оновлено|обновлено)\s*:?\s*/i
const AGENCY_DATELINE = /^\p{Lu}[\p{L} .'’-]{1,30},\s+/u

/**
 * The dateline: near the top, a line that is only a date (with a weekday, a time, or a "Published:"
 * label), or an agency dateline ("KYIV, Feb 27 (Reuters) -"). Yearless datelines take their year from
 * `anchor` (the content's latest date, else the metadata, else the copyright year).
 */
export function findDateline(text: string, expressions: readonly DateExpression[], anchor: IsoDate | null): { date: IsoDate; span: Span } | null {
  const window = text.slice(0, DATELINE_WINDOW_CHARS)
  let offset = 0
  let updated: { date: IsoDate; span: Span } | null = null
  for (const rawLine of window.split('\n')) {
    const lineStart = offset
    offset += rawLine.length + 1
    const line = rawLine.trim()
    if (!line) continue
    const lead = rawLine.length - rawLine.trimStart().length
    const isUpdated = UPDATED_LABEL.test(line)
    const label = (line.match(PUBLISHED_LABEL) ?? line.match(UPDATED_LABEL))?.[0] ?? ''
    const agency = label ? null : AGENCY_DATELINE.exec(line)
    const bodyStart = lineStart + lead + (label.length || agency?.[0].length || 0)
    const e = expressions.find((x) => x.span[0] >= lineStart + lead && x.span[0] <= bodyStart + 12 && x.span[1] <= lineStart + rawLine.length)
    if (!e || (e.value.kind !== 'day')) continue
    const rest = text.slice(e.span[1], lineStart + rawLine.length).trim()
    const dateOnly = /^(?:,?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:am|pm|[A-Z]{2,4}|UTC[+-]?\d*))?)?$/i.test(rest) && e.span[0] - (lineStart + lead) <= label.length + 12
    const agencyStyle = agency !== null && /^(?:\(|\/|\.\s*\/|[-–—])/.test(rest)
    if (!dateOnly && !agencyStyle) continue
    const r = resolveDateValue(e.value, anchor)
    if (!r?.start) continue
    const found = { date: r.start, span: e.span }
    if (isUpdated) {
      updated ??= found
      continue
    }
    return found
  }
  return updated
}

const FUTURE_CONTEXT =
  /\b(?:will|shall|would|plans?|planned|planning|scheduled|expected|expects|to be held|deadline|aims?|intends?|forecasts?|upcoming|next|until|by)\b|буде|будуть|планує|планують|заплановано|очікується|будет|будут|планирует|планируют|запланирован|ожидается|намерен|намір|до кінця|к концу/iu

const AGENCY_ID = /(?<![\d.,/-])((?:201[4-9]|202\d|203[0-5])(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(?:\d{2,6})?(?![\d.,/-])/gu

const LAST_YEAR = /last year|a year earlier|минулого року|торік|в прошлом году|годом ранее/iu

/**
 * The latest date the content vouches for: explicit dated events (not deadlines or plans), dates
 * encoded in agency IDs, "last year" in a sentence that names a year (so the text is from the year
 * after). Yearless dates count when a stated year or the copyright year anchors them.
 */
export function inferContentDate(
  text: string,
  expressions: readonly DateExpression[],
  options: { readonly yearless: boolean; readonly copyrightYear: number | null },
): ContentDate | null {
  const dates = inferContentDates(text, expressions, options.copyrightYear)
  return options.yearless ? dates.content : dates.explicit
}

type ContentDate = { date: IsoDate; evidence: string; span: Span }

/**
 * `inferContentDate` both ways in one pass: `explicit` without yearless dates, `content` with them
 * (the yearless ones are read last, in the year the explicit ones reached, so the first part is shared).
 */
function inferContentDates(text: string, expressions: readonly DateExpression[], copyrightYear: number | null): { explicit: ContentDate | null; content: ContentDate | null } {
  let best: ContentDate | null = null
  const consider = (date: IsoDate | null, span: Span): void => {
    if (date && (!best || date > best.date)) best = { date, evidence: text.slice(span[0], span[1]), span }
  }
  const yearless: DateExpression[] = []
  for (const e of expressions) {
    if (e.value.kind === 'by') continue
    const before = text.slice(Math.max(0, e.span[0] - 60), e.span[0])
    const sentenceBefore = before.slice(before.search(/[.!?]\s[^.!?]*$/) + 1)
    if (FUTURE_CONTEXT.test(sentenceBefore)) continue
    const r = resolveDateValue(e.value, null)
    if (r && r.basis === 'explicit') {
      // The event happened on or after its start; a period ("the first 10 months of 2025") was over.
      const bound = e.value.kind === 'period' || e.value.kind === 'fraction' || e.value.kind === 'range' ? r.end : r.start
      consider(bound, e.span)
    } else if ((e.value.kind === 'day' || e.value.kind === 'month') && e.value.year === null) {
      yearless.push(e)
    }
    if (e.value.kind === 'year' && 'absolute' in e.value.year) {
      const sentence = sentenceAround(text, e.span)
      if (LAST_YEAR.test(sentence)) consider(isoDate(e.value.year.absolute + 1, 1, 1), e.span)
    }
  }
  AGENCY_ID.lastIndex = 0
  for (let m = AGENCY_ID.exec(text); m !== null; m = AGENCY_ID.exec(text)) {
    const id = m[1]!
    const d = `${id.slice(0, 4)}-${id.slice(4, 6)}-${id.slice(6, 8)}`
    if (isIsoDate(d)) consider(d, [m.index, m.index + m[0].length])
  }
  const explicit = best as ContentDate | null
  const anchorYear = explicit?.date ?? (copyrightYear ? isoDate(copyrightYear, 1, 1) : null)
  if (anchorYear) {
    // A yearless date read in the year of the latest stated date: when that falls after it, the text
    // is at least that recent. Read otherwise it says nothing sure (it may be earlier that year).
    const yearEnd = `${anchorYear.slice(0, 4)}-12-31`
    for (const e of yearless) {
      const r = resolveDateValue(e.value, yearEnd)
      if (r?.start && r.start >= anchorYear) consider(r.start, e.span)
    }
  }
  return { explicit, content: best }
}

function sentenceAround(text: string, span: Span): string {
  const start = Math.max(text.lastIndexOf('.', span[0]), text.lastIndexOf('\n', span[0]), 0)
  let end = text.indexOf('.', span[1])
  if (end === -1) end = text.length
  return text.slice(start, Math.min(end, span[1] + 200))
}

/** "© 2014–2026 Outlet", "Copyright 2025": the last year named. */
export function findCopyrightYear(removedLines: readonly string[], text: string): number | null {
  const re = /(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d{2}\s*[-–]\s*)?((?:19|20)\d{2})/i
  for (const line of removedLines) {
    const m = re.exec(line)
    if (m) return Number(m[1])
  }
  const m = re.exec(text.slice(-2000))
  return m ? Number(m[1]) : null
}
