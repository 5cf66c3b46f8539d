import type { ClaimTime, IsoDate, Span } from '../domain/index.js'
import { endsWithMatch, numberWordValue, resolveDateValue, type DateExpression, type DateValue } from '../text/index.js'

export interface ClaimTimeInput {
  readonly text: string
  readonly publishedAt: IsoDate | null
  /** The claim's clause, the trigger in it, and the sentence content around it. */
  readonly clause: Span
  readonly trigger: Span
  readonly sentence: Span
  /** Time expressions in the sentence content (not in attribution frames). */
  readonly contentDates: readonly DateExpression[]
  /** A statement date in the attribution frame ("said on Thursday"): dates the claim if nothing else does, and anchors relative content times. */
  readonly statementDate: DateExpression | null
  /** The document's time expressions ("the same period of 2024" refers back to an earlier one). */
  readonly earlierDates: readonly DateExpression[]
  readonly expected: boolean
}

export interface ClaimTimeResult {
  readonly time: ClaimTime
  /** The expression used, when the time came from the text. */
  readonly expression: DateExpression | null
}

/**
 * The time a claim refers to: the time expression in its clause nearest its event word, else one
 * elsewhere in the sentence's content, else the date the statement was made, else the publication
 * date (basis "publication"). Relative expressions resolve against the statement date when there is
 * one, else the publication date, with a past bias (a future one for expected events).
 */
export function resolveClaimTime(input: ClaimTimeInput): ClaimTimeResult {
  const statementAnchor = input.statementDate ? resolveDateValue(input.statementDate.value, input.publishedAt)?.start ?? null : null
  const anchor = statementAnchor ?? input.publishedAt
  const bias = input.expected ? 'future' : 'past'
  // "289 km² in March, 23% less than in February": the period compared with dates nothing, unless
  // it is the only time given.
  const own = input.contentDates.filter((d) => !isComparison(input.text, d))
  const dates = own.length > 0 ? own : input.contentDates
  const pick =
    nearest(dates.filter((d) => within(d.span, input.clause)), input.trigger) ??
    nearest(dates.filter((d) => within(d.span, input.sentence)), input.trigger)
  if (pick) {
    const value = samePeriodOf(input.text, pick, input.earlierDates) ?? pick.value
    const r = resolveDateValue(value, anchor, { bias })
    if (r && (r.start || r.end)) return { time: { start: r.start, end: r.end, basis: r.basis }, expression: pick }
  }
  // "rejected the claim the same day, saying its units still controlled the city": the day named last before.
  const sameDay = sameDayAs(input.text, input.sentence, input.earlierDates, input.publishedAt)
  if (sameDay) return sameDay
  // "won back 40 square miles over the same four months": the period named last before.
  const samePeriod = samePeriodAs(input.text, input.sentence, input.earlierDates, anchor)
  if (samePeriod) return samePeriod
  if (input.statementDate) {
    const r = resolveDateValue(input.statementDate.value, input.publishedAt)
    if (r?.start) return { time: { start: r.start, end: r.end, basis: r.basis }, expression: input.statementDate }
  }
  return { time: { start: input.publishedAt, end: input.publishedAt, basis: 'publication' }, expression: null }
}

const COMPARISON_BEFORE = endsWithMatch(/(?:\b(?:than|compared (?:with|to)|as against|versus|vs\.?)|(?:ніж|чим|порівняно з|у порівнянні з|проти|чем|по сравнению с|в сравнении с|против))\s+(?:(?:the|those|that|in|of|during|for|у|в|во|за|з|с)\s+)*$/iu)

/** A time after "than", "ніж", "чем", "compared with": the reference of a comparison. */
function isComparison(text: string, d: DateExpression): boolean {
  return COMPARISON_BEFORE(text.slice(Math.max(0, d.span[0] - 40), d.span[0]))
}

/** "the same day", "того ж дня", "в тот же день": refers back to the day last named. */
export const SAME_DAY = /\b(?:the same day|that same day|later that day|on the same day|(?:on )?that day)\b|того ж(?:е)? дня|тієї ж доби|в тот же день|того же дня|в цей же день|в этот же день|(?<![\p{L}])(?:того дня|в тот день|у той день)(?![\p{L}])/iu

function sameDayAs(text: string, sentence: Span, earlier: readonly DateExpression[], publishedAt: IsoDate | null): ClaimTimeResult | null {
  if (!mayHaveDayWord(text, sentence)) return null
  const m = SAME_DAY.exec(text.slice(sentence[0], sentence[1]))
  if (!m) return null
  const at = sentence[0] + m.index
  for (let i = earlier.length - 1; i >= 0; i--) {
    const d = earlier[i]!
    if (d.span[1] > at) continue
    if (d.value.kind !== 'day' && d.value.kind !== 'weekday' && d.value.kind !== 'offset-day') continue
    return resolved(d, publishedAt)
  }
  return null
}

/**
 * "over the same four months", "in the same period", "за той самий період", "за тот же период", "за
 * те же полгода": the period named last before. Not "the same period of 2024" / "last year", which
 * names its own year (`samePeriodOf`).
 */
const SAME_PERIOD = /(?<![\p{L}])(?:(?:over|in|during|for|across|within)\s+the\s+same\s+(?:(\p{L}+)\s+)?(?:period|time\s*frame|span|stretch|months?|weeks?|quarter|half)(?!\s+(?:of|in|last|a\s+year)(?![\p{L}]))|за\s+(?:той\s+самий|той\s+же|цей\s+самий|цей\s+же|тот\s+же(?:\s+самый)?|этот\s+же|тот\s+самый)\s+(?:період|период|час|время|срок|термін)|за\s+(?:ті\s+самі|ті\s+ж|те\s+же|эти\s+же)\s+(?:(\p{L}+)\s+)?(?:місяці|месяцы|тижні|недели|дні|дни))(?![\p{L}])(?!\s+(?:минулого|прошлого|(?:19|20)\d\d))/iu

/** Date values that name a stretch of time a later "the same period" can refer to. */
const PERIOD_KINDS = new Set(['period', 'fraction', 'month', 'season', 'range', 'since', 'calendar', 'year'])

function samePeriodAs(text: string, sentence: Span, earlier: readonly DateExpression[], anchor: IsoDate | null): ClaimTimeResult | null {
  const m = SAME_PERIOD.exec(text.slice(sentence[0], sentence[1]))
  if (!m) return null
  const at = sentence[0] + m.index
  const count = m[1] ?? m[2] ?? null
  let fallback: DateExpression | null = null
  for (let i = earlier.length - 1; i >= 0; i--) {
    const d = earlier[i]!
    if (d.span[1] > at || !PERIOD_KINDS.has(d.value.kind)) continue
    // "the same four months" is a period of four months ("the first four months of 2026", "the first
    // half of 2026" for six), the last one named; without a count, the last period named.
    if (!count) {
      fallback = d
      break
    }
    if (monthsOf(d.value) === numberWordValue(count)) return resolved(d, anchor)
  }
  return fallback ? resolved(fallback, anchor) : null
}

/** How many months a period names ("the first four months" 4, "the first half" 6, "Q3" 3, "in May" 1). */
function monthsOf(v: DateValue): number | null {
  if (v.kind === 'period') return v.unit === 'month' ? v.count : null
  if (v.kind === 'fraction') return 12 / v.parts
  if (v.kind === 'month') return 1
  if (v.kind === 'season') return 3
  return null
}

/** An earlier expression as a claim's time, resolved with a past bias. */
function resolved(d: DateExpression, anchor: IsoDate | null): ClaimTimeResult | null {
  const r = resolveDateValue(d.value, anchor, { bias: 'past' })
  return r?.start ? { time: { start: r.start, end: r.end, basis: r.basis }, expression: d } : null
}

// Every SAME_DAY phrase holds one of these words, letter for letter up to case ("day", "дня",
// "доби", "день"). Claims without a date of their own ask for it, several per sentence; the pattern,
// case-insensitive over many alternatives, was run on the sentence each time. Instead the
// document's lower-cased text is searched for the words once, and the pattern runs only in
// sentences holding one.
const DAY_WORDS = ['day', 'дня', 'доби', 'день']
let dayWordsText: string | null = null
/** Where a day word starts in `dayWordsText`, ascending; null when lower-casing moved offsets (ask the pattern). */
let dayWordsAt: number[] | null = null

/** Whether text[sentence) may hold a SAME_DAY phrase: false only when it holds none of its words. */
export function mayHaveDayWord(text: string, sentence: Span): boolean {
  if (text !== dayWordsText) {
    dayWordsText = text
    dayWordsAt = dayWordPositions(text)
  }
  const at = dayWordsAt
  if (at === null) return true
  // The first position at or after the sentence's start.
  let lo = 0
  let hi = at.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (at[mid]! < sentence[0]) lo = mid + 1
    else hi = mid
  }
  return lo < at.length && at[lo]! < sentence[1]
}

function dayWordPositions(text: string): number[] | null {
  const lowered = text.toLowerCase()
  // "İ" lower-cases to two code units: offsets in `lowered` would not be offsets in `text`.
  if (lowered.length !== text.length) return null
  const at: number[] = []
  for (const word of DAY_WORDS) {
    for (let i = lowered.indexOf(word); i >= 0; i = lowered.indexOf(word, i + 1)) at.push(i)
  }
  return at.sort((a, b) => a - b)
}

function within(span: Span, outer: Span): boolean {
  return span[0] >= outer[0] && span[1] <= outer[1]
}

function nearest(dates: readonly DateExpression[], trigger: Span): DateExpression | null {
  let best: DateExpression | null = null
  let bestDistance = Infinity
  for (const d of dates) {
    const distance = d.span[0] >= trigger[1] ? d.span[0] - trigger[1] : trigger[0] - d.span[1]
    if (distance < bestDistance) {
      best = d
      bestDistance = Math.max(0, distance)
    }
  }
  return best
}

/**
 * "54% more than the 2,194 km² captured in the same period of 2024": the period is the one named
 * before ("the first 10 months of 2025"), in the year this expression gives.
 */
function samePeriodOf(text: string, expression: DateExpression, earlier: readonly DateExpression[]): DateValue | null {
  if (expression.value.kind !== 'year' || !('absolute' in expression.value.year)) return null
  if (!/same (?:period|months?|time)(?: of| in| last)?\s*$|аналогічн\p{L}* період\p{L}*\s*$|аналогичн\p{L}* период\p{L}*\s*$/iu.test(text.slice(Math.max(0, expression.span[0] - 40), expression.span[0]))) return null
  for (let i = earlier.length - 1; i >= 0; i--) {
    const v = earlier[i]!.value
    if ((v.kind === 'period' || v.kind === 'fraction') && earlier[i]!.span[0] < expression.span[0]) return { ...v, year: expression.value.year }
  }
  return null
}

/**
 * The time a claim takes from the event it continues when its own sentence dates nothing (its time
 * is the publication date): a toll, or a clause opening on "there" / "там", right after a strike or a
 * fight (in this sentence or the one before) takes that event's time, as it takes its places
 * ("Уночі росіяни атакували Харків. Поранено п'ятьох людей"; "ВСУ накануне нанесли удар по Горловке,
 * в результате погибли два мирных жителя").
 */
export class InheritedTime {
  private last: { time: ClaimTime; sentence: number; kind: string } | null = null
  private window: ClaimTime | null = null

  constructor(private readonly text: string, private readonly publishedAt: IsoDate | null) {}

  /**
   * Reads a sentence's content time expressions, before its claims (judgement call 11): a report
   * window stated in the lead ("за минулу добу", "over the past 24 hours") opens a frame
   * that dates the later items carrying no date of their own; a later expression resolving outside
   * the window closes it.
   */
  frame(dates: readonly DateExpression[], sentenceIndex: number, sentenceStart: number): void {
    const opening = sentenceIndex < LEAD_SENTENCES ? dates.find((d) => isWindow(d.value) && (sentenceIndex === 0 || opensSentence(this.text, sentenceStart, d.span[0]))) : undefined
    if (opening) {
      const r = resolveDateValue(opening.value, this.publishedAt, { bias: 'past' })
      if (r?.start) {
        this.window = { start: r.start, end: r.end, basis: r.basis }
        return
      }
    }
    const window = this.window
    if (!window) return
    for (const d of dates) {
      const r = resolveDateValue(d.value, this.publishedAt, { bias: 'past' })
      if (!r?.start) continue
      if (r.start < window.start! || (r.end ?? r.start) > (window.end ?? window.start!)) {
        this.window = null
        return
      }
    }
  }

  /** The time a claim gets, given the one resolved from its own sentence. */
  timeOf(resolved: ClaimTimeResult, claim: { kind: string; clauseText: string; sentenceIndex: number }): ClaimTime {
    let time = resolved.time
    const last = this.last
    if (time.basis === 'publication' && last && last.sentence >= claim.sentenceIndex - 1 && EVENT_KINDS.has(last.kind) && (claim.kind === 'casualties' || THERE_START.test(claim.clauseText))) {
      time = last.time
    }
    if (time.basis === 'publication' && this.window) time = this.window
    this.last = { time, sentence: claim.sentenceIndex, kind: claim.kind }
    return time
  }
}

/** The sentences that make a report's lead: a window stated later is one item's, not the report's. */
const LEAD_SENTENCES = 3

/** A report window: the past day ("за минулу добу", "over the past 24 hours"), ending at the report. */
function isWindow(v: DateValue): boolean {
  return v.kind === 'past-span' && v.days === 1 && !v.months
}

/**
 * Whether the window phrase opens its sentence ("Протягом минулої доби зафіксовано …", "Іван Федоров:
 * протягом доби …", "Also over the past day, …"), as a bulletin's items do, rather than closing a
 * statement about one thing ("Средствами ПВО за сутки сбиты …").
 */
function opensSentence(text: string, sentenceStart: number, at: number): boolean {
  return WINDOW_OPENER.test(text.slice(sentenceStart, at))
}
const WINDOW_OPENER = /^[\s"“«]*(?:[^.:!?\n]{1,40}:\s*)?(?:(?:and|also|in all|in total|і|й|та|також|всього|загалом|а|и|также|всего)\s+)?$/iu

/** Events a toll or a "there" clause continues: a strike or a fight, or a toll of one. */
const EVENT_KINDS = new Set(['strike', 'assault', 'repelled', 'casualties'])
const THERE_START = /^[\s,—–-]*(?:there|там|тут)(?![\p{L}])/iu
