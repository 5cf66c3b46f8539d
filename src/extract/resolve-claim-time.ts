import type { ClaimTime, IsoDate, Span } from '../domain/index.js'
import { mostHitSource } from './lexicon/most-hit-phrases.js'
import { addDays, endsWithMatch, fastWordBoundaries, firstIndex, gated, numberWordValue, resolveDateValue, type DateExpression, type DateValue } from '../text/index.js'

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
  /**
   * A denial or a premature call: it embeds what it rebuts, and a time in the clause describing that
   * ("Кондратовку, которую вчера «взяли» в сводках, никто не брал") is the rebutted event's.
   */
  readonly rebuttal?: boolean
}

export interface ClaimTimeResult {
  readonly time: ClaimTime
  /** The expression used, when the time came from the text. */
  readonly expression: DateExpression | null
  /** The time is only the date the statement was made ("said on Thursday"): an event the claim continues dates it first. */
  readonly statementOnly?: boolean
}

/**
 * The time a claim refers to: the time expression in its clause nearest its event word, else one
 * elsewhere in the sentence's content, else the date the statement was made, else the publication
 * date (basis "publication"). Relative expressions resolve against the statement date when there is
 * one, else the publication date, with a past bias (a future one for expected events).
 */
export function resolveClaimTime(input: ClaimTimeInput): ClaimTimeResult {
  const r = resolveUnclipped(input)
  // A deadline ("до конца октября") speaks of what is to come, whatever the modality found, and so
  // does a start still ahead ("з 3 листопада запроваджують …", "starting December 1").
  const ahead = r.expression?.value.kind === 'since' && !!input.publishedAt && !!r.time.start && r.time.start > input.publishedAt
  return input.expected || r.expression?.value.kind === 'by' || ahead ? r : clipToPublication(r, input.publishedAt)
}

/**
 * An event told as having happened lies before the report: an interval that would run past the
 * publication date ("за жовтень" in a report of 13 October, "this year") ends at it.
 */
function clipToPublication(r: ClaimTimeResult, publishedAt: IsoDate | null): ClaimTimeResult {
  const { start, end } = r.time
  if (!publishedAt || ((start === null || start <= publishedAt) && (end === null || end <= publishedAt))) return r
  return { ...r, time: { ...r.time, start: start !== null && start > publishedAt ? publishedAt : start, end: end !== null && end > publishedAt ? publishedAt : end } }
}

function resolveUnclipped(input: ClaimTimeInput): ClaimTimeResult {
  const statementAnchor = input.statementDate ? resolveDateValue(input.statementDate.value, input.publishedAt)?.start ?? null : null
  const anchor = statementAnchor ?? input.publishedAt
  // "тижнем раніше — 71 км²", "down from 88 km² the week before", "месяцем ранее": the period named
  // last before, a week or a month back (gold convention 23).
  const back = periodBackAs(input.text, input.clause, input.earlierDates, anchor)
  if (back) return back
  const bias = input.expected ? 'future' : 'past'
  // "289 km² in March, 23% less than in February": the period compared with dates nothing, unless
  // it is the only time given.
  // A record's reference ("the largest monthly haul since November") never dates the claim.
  const candidates = input.contentDates.filter(
    (d) =>
      !isRecordSince(input.text, d) &&
      !isRecordSinceYear(input.text, d, input.contentDates) &&
      !isFrequency(input.text, d) &&
      !isBorderYear(input.text, d) &&
      !isStatusClock(input.text, d) &&
      !isBracketedStart(input.text, d, input.contentDates) &&
      !(d.span[0] >= input.trigger[1] && (RELATIVE_CLAUSE.test(input.text.slice(input.trigger[1], d.span[0])) || NOUN_RELATIVE.test(input.text.slice(input.trigger[1], d.span[0])))) &&
      !(d.span[1] <= input.trigger[0] && !input.rebuttal && isInRelativeAside(input.text, d, input.trigger)) &&
      !(input.expected && AFTER_BEFORE.test(input.text.slice(Math.max(0, d.span[0] - 40), d.span[0]))) &&
      !(input.expected && isVagueForecastTime(input.text, d)),
  )
  // "…, down from 588 in May", "up from 301 sq km in September": for the comparison figure's own claim
  // (its event words are the comparison) the compared period is its time (gold convention 23).
  const comparisonClaim = COMPARISON_TRIGGER.test(input.text.slice(input.trigger[0], input.trigger[1])) || COMPARISON_CLAUSE.test(input.text.slice(input.clause[0], input.clause[1]))
  const own = candidates.filter((d) => !isComparison(input.text, d) || (comparisonClaim && d.span[0] >= input.trigger[0] && within(d.span, input.clause)))
  const dates = own.length > 0 ? own : candidates
  // "now" dates a claim only when its clause names no other time; an expected event is dated by its
  // own clause: a date elsewhere in the sentence tells what came before it ("expect Moscow to throw
  // fresh units at X within weeks, after a lull in August").
  const inClause = dates.filter((d) => within(d.span, input.clause))
  // A whole war's tally ("погибших на войне") gives way to any period the sentence names ("«Медиазона»
  // за последние две недели установила имена …").
  const pick =
    nearest(inClause.filter((d) => !isWeak(d)), input.trigger, input.text) ??
    nearest(inClause.filter((d) => d.value.kind !== 'since'), input.trigger, input.text) ??
    (input.expected ? null : nearest(dates.filter((d) => within(d.span, input.sentence) && !isWeak(d) && !isInLaterContrast(input.text, d, input.clause)), input.trigger, input.text)) ??
    nearest(inClause, input.trigger, input.text)
  if (pick) {
    const value = samePeriodOf(input.text, pick, input.earlierDates) ?? monthOfReport(pick, input.text, input.earlierDates) ?? thatYearOf(input.text, pick, input.earlierDates, input.expected) ?? pick.value
    // "Торік за ті самі десять місяців — 2980 км²", "Last year, over the same ten months, …", "в прошлом
    // году за тот же период": the period named before, in the year named (gold convention 23).
    const lastYears = value.kind === 'calendar' && value.unit === 'year' && value.offset < 0 ? samePeriodInYear(input, value.offset, anchor) : null
    if (lastYears) return { time: lastYears, expression: pick }
    // A report's weekdays are the days of the week before it appeared, also inside a statement
    // dated by another weekday ("wrote on Friday … По его словам, в ночь на субботу …").
    const r = resolveDateValue(value, isWeekdayValue(value) ? (input.publishedAt ?? anchor) : anchor, { bias })
    // "до кінця року окупована з 1 січня площа сягне 4700 км²", "from January 1 the total will reach
    // … by the end of the year": a start and a deadline in one clause bound a running total.
    const deadline = value.kind === 'since' ? inClause.find((d) => d !== pick && d.value.kind === 'by') : value.kind === 'by' && input.expected ? pick : undefined
    const from = value.kind === 'since' ? pick : deadline ? inClause.find((d) => d !== pick && d.value.kind === 'since') : undefined
    if (deadline && from) {
      const start = resolveDateValue(from.value, anchor, { bias: 'past' })?.start ?? null
      const end = resolveDateValue(deadline.value, anchor, { bias: 'future' })?.end ?? null
      if (start && end && end >= start) return { time: { start, end, basis: r?.basis ?? 'explicit' }, expression: deadline }
    }
    if (r && (r.start || r.end)) {
      // "до кінця року ця цифра сягне 4,5 тис. км²": a running total forecast to a deadline covers
      // the total's period, from the start named for it before ("з 1 січня") to the deadline.
      const totalStart = input.expected && value.kind === 'by' ? runningTotalStart(input.text, input.clause, input.earlierDates, anchor) : null
      const start = totalStart && r.end && totalStart <= r.end ? totalStart : r.start
      return { time: { start, end: r.end, basis: r.basis }, expression: pick }
    }
  }
  // "rejected the claim the same day, saying its units still controlled the city": the day named last before.
  const sameDay = sameDayAs(input.text, input.sentence, input.earlierDates, input.publishedAt)
  if (sameDay) return sameDay
  // "Ukraine's General Staff said the next day …", "Днем ранее …": the day named last before, moved.
  const shifted = shiftedDayAs(input.text, input.sentence, input.earlierDates, input.publishedAt)
  if (shifted) return shifted
  // "won back 40 square miles over the same four months": the period named last before.
  const samePeriod = samePeriodAs(input.text, input.sentence, input.earlierDates, anchor)
  if (samePeriod) return samePeriod
  // "Roughly 1,900 residents have since fled", "відтоді", "с тех пор": from the time named last before.
  const sinceThen = sinceThenAs(input.text, input.sentence, input.earlierDates, anchor)
  if (sinceThen) return sinceThen
  if (input.statementDate) {
    const r = resolveDateValue(input.statementDate.value, input.publishedAt)
    if (r?.start) return { time: { start: r.start, end: r.end, basis: r.basis }, expression: input.statementDate, statementOnly: true }
  }
  return { time: { start: input.publishedAt, end: input.publishedAt, basis: 'publication' }, expression: null }
}

/**
 * A date in a later clause set against the claim's by "а", "тоді як", "тогда как", "while",
 * "whereas" ("бої досі тривають, а Міноборони ще 9 листопада оголосило …", "fighting goes on, while
 * Moscow claimed the town on Monday"): that clause's subject did something else then.
 */
function isInLaterContrast(text: string, d: DateExpression, clause: Span): boolean {
  return d.span[0] >= clause[1] && LATER_CONTRAST.test(text.slice(clause[1], d.span[0]))
}
const LATER_CONTRAST = /^[^.;!?]*?[,;—–]\s*(?:а|тоді\s+як|тогда\s+как|while|whereas)\s/iu

/**
 * "станом на 08:30", "по состоянию на 07:00", "as of 8:30 a.m.": the hour a tally was taken, not when
 * what it counts happened (an air-raid bulletin's "станом на 08:30 збито 104 дрони" counts the night's
 * interceptions).
 */
function isStatusClock(text: string, d: DateExpression): boolean {
  return d.value.kind === 'offset-day' && d.value.days === 0 && STATUS_CLOCK.test(text.slice(d.span[0], d.span[1]))
}
const STATUS_CLOCK = /^(?:станом\s+на|по\s+состоянию\s+на|as\s+of)\s+\d{1,2}[:.]\d\d/iu

/**
 * "У ніч на 9 листопада (з 18:00 8 листопада)", "в ночь на 9 ноября (с 18:00 8 ноября)", "overnight on
 * November 9 (from 6 p.m. on November 8)": a bracket right after a time that says when it began
 * refines that time; the event's time is the one outside the bracket.
 */
function isBracketedStart(text: string, d: DateExpression, all: readonly DateExpression[]): boolean {
  // (Looked for in the 30 characters before the date only: a search back to the text's start per date would be quadratic.)
  const from = Math.max(0, d.span[0] - 30)
  const at = text.slice(from, d.span[0]).lastIndexOf('(')
  if (at < 0) return false
  const open = from + at
  if (!BRACKET_START.test(text.slice(open + 1, d.span[0]))) return false
  return all.some((e) => e !== d && e.span[1] <= open && /^\s*$/u.test(text.slice(e.span[1], open)))
}
const BRACKET_START = /^\s*(?:(?:з|із|від|с|со|от|from|since|starting)\s+)?(?:\d{1,2}[:.]\d\d|\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?))?\s*(?:(?:on|of)\s+)?$/iu

/** A comparison clause with its own figure ("на 9% менше, ніж у вересні (442 км²)", "less than in September"). */
const COMPARISON_CLAUSE = /^[\s,—–-]*(?:(?:на|by|в|у)\s+[\d.,]+\s*(?:%|відсот\p{L}*|процент\p{L}*|per\s*cent|percent|рази?|раза|times)\s+)?(?:менше|більше|меньше|больше|нижче|вище|ниже|выше|less|more|fewer|lower|higher)\s*,?\s*(?:ніж|чим|чем|than)\s/iu

/** The period "the same … months" points back to, moved into the year `offset` years before the anchor's. */
function samePeriodInYear(input: ClaimTimeInput, offset: number, anchor: IsoDate | null): ClaimTime | null {
  if (!anchor) return null
  const same = samePeriodAs(input.text, input.clause, input.earlierDates, anchor)
  if (!same?.time.start || !same.time.end) return null
  const year = String(Number(anchor.slice(0, 4)) + offset)
  const day = (d: IsoDate): IsoDate => (d.endsWith('-02-29') ? `${year}-02-28` : `${year}${d.slice(4)}`)
  return { start: day(same.time.start), end: day(same.time.end), basis: 'relative' }
}

/** Weekdays, weekends and weekday nights: resolved against the publication date. */
function isWeekdayValue(v: DateValue): boolean {
  if (v.kind === 'weekday' || v.kind === 'weekend') return true
  if (v.kind === 'overnight') return v.to !== null && v.to.kind === 'weekday'
  if (v.kind === 'range') return isWeekdayValue(v.from) && isWeekdayValue(v.to)
  return false
}

/** "this figure", "ця цифра", "эта цифра", "the total": a running total named before. */
const RUNNING_TOTAL = /(?<![\p{L}])(?:(?:this|that|the)\s+(?:figure|total|tally|number)|(?:ця|цей|ця\s+сама)\s+(?:цифра|сума|показник|число)|(?:эта|этот)\s+(?:цифра|сумма|показатель|число))(?![\p{L}])/iu

function runningTotalStart(text: string, clause: Span, earlier: readonly DateExpression[], anchor: IsoDate | null): IsoDate | null {
  if (!RUNNING_TOTAL.test(text.slice(clause[0], clause[1]))) return null
  for (let i = earlier.length - 1; i >= 0; i--) {
    const d = earlier[i]!
    if (d.span[1] > clause[0]) continue
    if (d.value.kind !== 'since') continue
    return resolveDateValue(d.value, anchor, { bias: 'past' })?.start ?? null
  }
  return null
}

/**
 * A forecast's time that bounds nothing: a season alone ("осенью темпы снизятся", "in the autumn")
 * or a lower bound ("not before the spring of 2028", "не раньше следующего года"). The forecast is
 * dated as made; deadlines ("by the end of October", "до конца месяца") and named months or weeks
 * ("в листопаді", "next week") still date it.
 */
function isVagueForecastTime(text: string, d: DateExpression): boolean {
  if (d.value.kind === 'by') return false
  if (d.value.kind === 'season' && d.value.year === null) return true
  return LOWER_BOUND_BEFORE(text.slice(Math.max(0, d.span[0] - 30), d.span[0]))
}
const LOWER_BOUND_BEFORE_PATTERN = /(?:(?:^|[^\p{L}])(?:before|not\s+until|until)|не\s+раньше|не\s+раніше|не\s+ранее)\s+(?:the\s+)?$/iu
const LOWER_BOUND_BEFORE = endsWithMatch(LOWER_BOUND_BEFORE_PATTERN)

/**
 * A date in a relative clause set off by commas before the event word ("Russian troops, who crossed
 * the border in spring, are now within 7 kilometers"): it describes the noun, not the event.
 */
function isInRelativeAside(text: string, d: DateExpression, trigger: Span): boolean {
  const before = text.slice(Math.max(0, d.span[0] - 80), d.span[0])
  if (!RELATIVE_OPENED.test(before)) return false
  // The aside closes between the date and the event word.
  return /,/u.test(text.slice(d.span[1], trigger[0]))
}
const RELATIVE_OPENED = /,\s*(?:who|which|that|where|when|який|яка|яке|які|якого|якої|яких|що|де|коли|который|которая|которое|которые|которого|которой|которых|где|когда)(?![\p{L}])[^,;:.!?]*$/iu
/** "after a battle that has lasted since the summer": a relative clause on a noun after the event word. */
const NOUN_RELATIVE = /(?:^|[^\p{L}])(?:a|an|the)\s+[\p{L}-]+\s+(?:that|which)\s/iu

/** Event words that are themselves a comparison ("down from 588", "up from 18.9 per cent", "compared with 512 sq km"). */
const COMPARISON_TRIGGER = /^(?:down|up|compared|compares|compare|comparing)\s+(?:from|with|to)\s|^(?:against|versus|vs)\s/iu

const COMPARISON_BEFORE = endsWithMatch(/(?:\b(?:than|compared (?:with|to)|as against|versus|vs\.?)|(?:ніж|чим|порівняно з|у порівнянні з|проти|чем|по сравнению с|в сравнении с|против))\s+(?:(?:the|those|that|in|of|during|for|у|в|во|за|з|с)\s+)*$/iu)

/**
 * "took 3,950 sq km, against about 3,390 sq km from January to October 2025", "проти 310 км² у
 * вересні", "против 280 кв. км за тот же период": a figure set against the claim's own, and its time.
 */
const AGAINST_FIGURE_BEFORE_PATTERN = /(?:^|[^\p{L}])(?:against|versus|vs\.?|compared\s+(?:with|to)|проти|против|порівняно\s+з|по\s+сравнению\s+с)\s+(?:(?:about|around|roughly|some|nearly|almost|just|only|близько|приблизно|майже|около|примерно|почти)\s+)?\d[\d,.\s]*[^\d,;.()]{0,25}$/iu
const AGAINST_FIGURE_BEFORE = endsWithMatch(AGAINST_FIGURE_BEFORE_PATTERN)
/** "up from 78% a year ago", "down from 400 sq km in June": the earlier figure's time. */
const UP_FROM_BEFORE_PATTERN = /(?:^|[^\p{L}])(?:up|down|rising|falling|increasing|decreasing|compared)\s+(?:from|with)\s+[^,;.()]{0,25}$/iu
const UP_FROM_BEFORE = endsWithMatch(UP_FROM_BEFORE_PATTERN)
/**
 * "the largest monthly haul since November", "its deepest push … since the spring", "больше, чем в
 * любой месяц с ноября 2024 года": a record's reference, not the event's time.
 */
const RECORD_BEFORE = /(?:(?:^|[^\p{L}])(?:(?:first|second|third|fourth|fifth)\s+time|largest|biggest|smallest|lowest|highest|deepest|worst|best|fastest|slowest|heaviest|fiercest|longest|strongest|weakest|any\s+(?:month|week|year|time))|найбільш\p{L}*|наймен\p{L}*|найглибш\p{L}*|найшвидш\p{L}*|найповільн\p{L}*|рекордн\p{L}*|вперше|впервые|вдруге|втретє|вчетверте|(?:во?)\s+(?:первый|второй|третий|четв[её]ртый)\s+раз|максимальн\p{L}*|мінімальн\p{L}*|минимальн\p{L}*|крупнейш\p{L}*|наибольш\p{L}*|наименьш\p{L}*|самы[йхмея]\p{L}*|будь-як\p{L}*\s+(?:місяць|тиждень|рік)|любо\p{L}*\s+(?:месяц|недел\p{L}*|год))(?![\p{L}])[^.;:!?]{0,50}$/iu

/** A time after "than", "ніж", "чем", "compared with", "up from …", or a record's "since": the reference of a comparison. */
function isComparison(text: string, d: DateExpression): boolean {
  return rememberedOf(comparisons, text, d, () => {
    const before = text.slice(Math.max(0, d.span[0] - 40), d.span[0])
    return COMPARISON_BEFORE(before) || UP_FROM_BEFORE(before) || AGAINST_FIGURE_BEFORE(text.slice(Math.max(0, d.span[0] - 60), d.span[0])) || isRecordSince(text, d)
  })
}

/**
 * What the words before a time expression say of it depends on the expression and its text alone,
 * and every claim of a document asks again about the same expressions (its candidates, then the
 * earlier ones "since then" or "the same period" look back to): answered once per expression.
 */
// The answers for the document being read, by expression; another text starts afresh (a WeakMap
// keyed by expression, checked against its text, cost more to write than the patterns it saved).
interface Remembered {
  text: string | null
  readonly answers: Map<DateExpression, boolean>
}
const comparisons: Remembered = { text: null, answers: new Map() }
const frequencies: Remembered = { text: null, answers: new Map() }

function rememberedOf(memo: Remembered, text: string, d: DateExpression, answer: () => boolean): boolean {
  if (memo.text !== text) memo.answers.clear()
  // Kept even when equal: a report read again as another string with the same letters (a repeated
  // document, a copy) compares letter by letter, and without re-pointing the memo at the string in
  // hand every later call compared the whole text again, quadratic in its length (2 CPU-ms/kB
  // instead of 0.7 at 500 kB).
  memo.text = text
  const kept = memo.answers.get(d)
  if (kept !== undefined) return kept
  const value = answer()
  memo.answers.set(d, value)
  return value
}

function isFrequency(text: string, d: DateExpression): boolean {
  return rememberedOf(frequencies, text, d, () => FREQUENCY_BEFORE(text.slice(Math.max(0, d.span[0] - 70), d.span[0])))
}

/** The year of a record's season or month read apart from it ("в третий раз с осени | 2025 года"). */
function isRecordSinceYear(text: string, d: DateExpression, all: readonly DateExpression[]): boolean {
  if (d.value.kind !== 'year') return false
  return all.some((e) => e !== d && e.span[1] <= d.span[0] && d.span[0] - e.span[1] <= 2 && /^\s*$/u.test(text.slice(e.span[1], d.span[0])) && isRecordSince(text, e))
}

function isRecordSince(text: string, d: DateExpression): boolean {
  return d.value.kind === 'since' && RECORD_BEFORE.test(text.slice(Math.max(0, d.span[0] - 70), d.span[0]))
}

/**
 * "19.6% of Ukraine as drawn in 1991", "within its 1991 borders", "у кордонах 1991 року", "в
 * границах 1991 года": the year a territory's outline is taken from describes the territory, not
 * when the event happened.
 */
function isBorderYear(text: string, d: DateExpression): boolean {
  if (d.value.kind !== 'year') return false
  return BORDER_YEAR_BEFORE.test(text.slice(Math.max(0, d.span[0] - 40), d.span[0])) || BORDER_YEAR_AFTER.test(text.slice(d.span[1], d.span[1] + 30))
}
const BORDER_YEAR_BEFORE = /(?:(?:^|[^\p{L}])(?:as\s+(?:it\s+(?:was|stood)\s+)?(?:(?:(?:internationally\s+)?recogni[sz]ed|drawn|defined)\s+)?in|(?:borders?|frontiers?|boundaries)\s+(?:of|as\s+of)|(?:кордон|границ|межах?\s+кордон)\p{L}*))\s+(?:(?:the|of|у|в|на)\s+)?$/iu
const BORDER_YEAR_AFTER = /^(?:\s*(?:року|года|г\.))?[\s-]+(?:borders?|frontiers?|boundaries|кордон\p{L}*|границ\p{L}*)(?![\p{L}])/iu

/**
 * "вдруге за тиждень", "во второй раз за неделю", "for the second time in a week", "the second such
 * strike on the plant this month", "другий такий удар за місяць": how often, not when.
 */
const FREQUENCY_BEFORE_PATTERN = /(?:(?:(?:^|[^\p{L}])(?:(?:second|third|fourth|fifth)\s+time)|удруге|вдруге|утретє|втретє|вчетверте|(?:во|в)\s+(?:второй|третий|четвёртый|четвертый)\s+раз)\s+|(?:^|[^\p{L}])(?:second|third|fourth|fifth|sixth)\s+such\s+(?:[\p{L}-]+\s+){1,5}|(?<![\p{L}])(?:другий|друга|третій|третя|второй|вторая|третий|третья)\s+(?:такий|така|подібний|подібна|такой|такая|подобный|подобная)\s+(?:[\p{L}-]+\s+){1,5})(?:(?:in|within|за)\s+(?:a\s+|цей\s+|этот\s+)?)?$/iu
const FREQUENCY_BEFORE = endsWithMatch(FREQUENCY_BEFORE_PATTERN)
/** A relative clause after the event word ("…, which it claims to have annexed in 2022", "…, яке окупували у 2022 році"): its dates describe a noun. */
const RELATIVE_CLAUSE = /,\s*(?:which|where|який|яка|яке|які|якого|якої|яких|де|который|которая|которое|которые|которого|которой|которых|где)(?![\p{L}])/iu
/** "after a lull in August", "після затишшя у серпні": what came before a forecast event, not its time. */
const AFTER_BEFORE = /(?:^|[^\p{L}])(?:after|following|після|после)\s+(?:[\p{L}-]+\s+){1,4}$/iu

function isWeak(d: DateExpression): boolean {
  return (d.value.kind === 'offset-day' || d.value.kind === 'since') && d.value.weak === true
}

/**
 * "тут за місяць він зайняв 230 км²", "Сили оборони за місяць звільнили 38 км²": in a report about a
 * named month, "за місяць" alone is that month (the last one named before, not a comparison's).
 */
function monthOfReport(pick: DateExpression, text: string, earlier: readonly DateExpression[]): DateValue | null {
  if (pick.value.kind !== 'past-span' || !pick.value.bare) return null
  for (let i = earlier.length - 1; i >= 0; i--) {
    const d = earlier[i]!
    if (d.span[0] >= pick.span[0]) continue
    if (d.value.kind === 'month' && d.value.part === null && !isComparison(text, d)) return d.value
  }
  return null
}

/** "since then", "have since fled", "відтоді", "з того часу", "с тех пор", "с того времени". */
// Written with a lookbehind (not "(?:^|[^\p{L}])"), so the engine tries it only where one of its
// first letters stands instead of at every character; the match starts one later than the old
// form's, which `sinceThenAs` takes back. Gated (text/gated-regexp.ts): asked of each sentence a claim
// without a date of its own is in, it matches in almost none, and its leading lookbehind makes V8 try it at
// every character (0.94 µs a sentence; 0.15 gated).
const SINCE_THEN = gated(/(?<![\p{L}])(?:since\s+then|ever\s+since|(?:have|has|had)\s+since|відтоді|з\s+того\s+часу|с\s+тех\s+пор|с\s+того\s+времени)(?![\p{L}])/iu)

function sinceThenAs(text: string, sentence: Span, earlier: readonly DateExpression[], anchor: IsoDate | null): ClaimTimeResult | null {
  const m = execInSentence(SINCE_THEN, text, sentence)
  if (!m) return null
  // Where the phrase's separator (the character before it) stands, as the pattern's earlier form matched it.
  const at = sentence[0] + Math.max(0, m.index - 1)
  for (let i = earlier.length - 1; i >= 0; i--) {
    const d = earlier[i]!
    if (d.span[1] > at || isComparison(text, d)) continue
    const r = resolveDateValue(d.value, anchor, { bias: 'past' })
    if (!r?.start || !anchor || r.start > anchor) return null
    return { time: { start: r.start, end: anchor, basis: r.basis }, expression: d }
  }
  return null
}

/** "the same day", "того ж дня", "в тот же день": refers back to the day last named. */
export const SAME_DAY = fastWordBoundaries(/\b(?:the same day|that same day|later that day|on the same day|(?:on )?that day|(?:the|that) same (?:evening|morning|night|afternoon)|later that (?:evening|morning|night|afternoon)|(?:(?:\d{1,2}|a few|several|two|three|four|five|six|ten|twenty|thirty|forty|fifty)\s+)?(?:hours|minutes)\s+later|moments later|an hour later)\b|того ж(?:е)? дня|тієї ж доби|в тот же день|того же дня|в цей же день|в этот же день|(?<![\p{L}])(?:того дня|в тот день|у той день|того ж(?:е)? (?:вечора|ранку|вечера|утра)|тієї ж ночі|той же ночью|в ту же ночь|через (?:кілька|декілька|несколько|пару|\d{1,2}) (?:годин|хвилин|часов|часа|минут))(?![\p{L}])/iu)

function sameDayAs(text: string, sentence: Span, earlier: readonly DateExpression[], publishedAt: IsoDate | null): ClaimTimeResult | null {
  if (!mayHaveDayWord(text, sentence)) return null
  const m = execInSentence(SAME_DAY, text, sentence)
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
 * "тижнем раніше", "неделей ранее", "the week before", "a week earlier", "the previous week's" (a
 * week), "місяцем раніше", "месяцем ранее", "a month earlier" (a month): a figure set beside the one
 * just given, for the same stretch that far back. The stretch is the last period named before the
 * phrase that is about as long (5-8 days for a week, a calendar month for a month).
 */
const PERIOD_BACK = /(?<![\p{L}])(?:(тижнем\s+(?:раніше|раніш|перед\s+тим)|неделей\s+(?:ранее|раньше)|(?:the|a)\s+week\s+(?:before|earlier)(?!\s+(?:the|a|an|last|its|\p{Lu}))|the\s+(?:previous|prior|preceding)\s+week(?:['’]s)?(?=\s*[,.;:)—–]|\s+(?:figure|total|tally|gain|haul))|за\s+попередній\s+тиждень|за\s+предыдущую\s+неделю)|(місяцем\s+(?:раніше|раніш)|месяцем\s+(?:ранее|раньше)|(?:the|a)\s+month\s+(?:before|earlier)(?!\s+(?:the|a|an|last|its|\p{Lu}))))(?![\p{L}])/iu
const PERIOD_BACK_KEYS = /тижн|недел|week|місяц|месяц|month/iu

function periodBackAs(text: string, clause: Span, earlier: readonly DateExpression[], anchor: IsoDate | null): ClaimTimeResult | null {
  const words = text.slice(clause[0], clause[1])
  if (!PERIOD_BACK_KEYS.test(words)) return null
  const m = PERIOD_BACK.exec(words)
  if (!m) return null
  const week = m[1] !== undefined
  const at = clause[0] + m.index
  for (let i = earlier.length - 1; i >= 0; i--) {
    const d = earlier[i]!
    if (d.span[1] > at) continue
    // A figure whose own clause names its period first ("За жовтень … 412 км² — на 9% менше, ніж
    // місяцем раніше") is that period's; only the compared figure's clause points back.
    if (d.span[0] >= clause[0]) return null
    const r = resolveDateValue(d.value, anchor, { bias: 'past' })
    if (!r?.start || !r.end) continue
    const days = daysFrom(r.start, r.end) + 1
    if (week && days >= 5 && days <= 8) return { time: { start: addDays(r.start, -7), end: addDays(r.end, -7), basis: 'relative' }, expression: d }
    if (!week && r.start.endsWith('-01') && days >= 28 && days <= 31) {
      const start = addDays(r.start.slice(0, 8) + '01' as IsoDate, -1).slice(0, 8) + '01'
      return { time: { start: start as IsoDate, end: addDays(r.start, -1), basis: 'relative' }, expression: d }
    }
  }
  return null
}

/** Days from one ISO date to another. */
function daysFrom(a: IsoDate, b: IsoDate): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000)
}

/**
 * "the next day", "a day later", "наступного дня", "на следующий день" (+1); "the previous day", "a
 * day earlier", "днем ранее", "за день до этого", "напередодні цього" (−1); "two days earlier", "three
 * days later" (±n): the day named last before,
 * moved by a day; with no day named before, the publication date moved ("the previous day" in a
 * bulletin dated by its header is the day before it).
 */
const SHIFTED_DAY = gated(/(?<![\p{L}])(?:(the\s+(?:next|following)\s+day|a\s+day\s+later|the\s+day\s+after(?=\s*[,.;:)—–])|наступного\s+дня|наступної\s+доби|на\s+наступний\s+день|на\s+(?:следующий|другой)\s+день|(?:днем|днём)\s+позже)|(the\s+(?:previous|preceding)\s+day|the\s+day\s+before(?=\s*[,.;:)—–])|a\s+day\s+(?:earlier|before)|(?:днем|днём)\s+(?:раньше|ранее|раніше)|за\s+(?:день|добу|сутки)\s+до\s+(?:этого|того|цього|того))|((?:two|three|four|five|six|seven|\d{1,2})\s+days\s+(?:later|afterwards?))|((?:two|three|four|five|six|seven|\d{1,2})\s+days\s+(?:earlier|before(?=\s*[,.;:)—–]))))(?![\p{L}])/iu)
const DAY_COUNT: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 }

function shiftedDayAs(text: string, sentence: Span, earlier: readonly DateExpression[], publishedAt: IsoDate | null): ClaimTimeResult | null {
  if (!mayHaveDayWord(text, sentence)) return null
  const m = execInSentence(SHIFTED_DAY, text, sentence)
  if (!m) return null
  // "two days earlier", "3 days later": the day named last before, moved by that many days.
  const counted = m[3] ?? m[4]
  const days = counted ? (DAY_COUNT[counted.split(/\s/u)[0]!.toLowerCase()] ?? Number(counted.split(/\s/u)[0])) : 1
  const by = m[1] !== undefined || m[3] !== undefined ? days : -days
  const at = sentence[0] + m.index
  for (let i = earlier.length - 1; i >= 0; i--) {
    const d = earlier[i]!
    if (d.span[1] > at) continue
    if (d.value.kind !== 'day' && d.value.kind !== 'weekday' && d.value.kind !== 'offset-day') continue
    const r = resolved(d, publishedAt)
    if (!r?.time.start) return null
    const day = addDays(r.time.start, by)
    return { time: { start: day, end: day, basis: 'relative' }, expression: d }
  }
  if (by > 0 || !publishedAt) return null
  const day = addDays(publishedAt, -1)
  return { time: { start: day, end: day, basis: 'relative' }, expression: null }
}

/**
 * "over the same four months", "in the same period", "за той самий період", "за тот же период", "за
 * те же полгода": the period named last before. Not "the same period of 2024" / "last year", which
 * names its own year (`samePeriodOf`).
 */
const SAME_PERIOD = gated(/(?<![\p{L}])(?:(?:over|in|during|for|across|within)\s+the\s+same\s+(?:(\p{L}+)\s+)?(?:period|time\s*frame|span|stretch|months?|weeks?|quarter|half)(?!\s+(?:of|in|last|a\s+year)(?![\p{L}]))|за\s+(?:той\s+самий|той\s+же|цей\s+самий|цей\s+же|тот\s+же(?:\s+самый)?|этот\s+же|тот\s+самый)\s+(?:період|период|час|время|срок|термін|місяць|месяц|тиждень|неделю)|за\s+(?:ті\s+самі|ті\s+ж|те\s+же|те\s+самые|эти\s+же)\s+(?:(\p{L}+)\s+)?(?:місяці|місяців|месяцы|месяцев|месяца|тижні|тижнів|недели|недель|дні|днів|дни|дней))(?![\p{L}])(?!\s+(?:минулого|прошлого|(?:19|20)\d\d))/iu)

/** Date values that name a stretch of time a later "the same period" can refer to. */
const PERIOD_KINDS = new Set(['period', 'fraction', 'month', 'season', 'range', 'since', 'calendar', 'year'])

function samePeriodAs(text: string, sentence: Span, earlier: readonly DateExpression[], anchor: IsoDate | null): ClaimTimeResult | null {
  const m = execInSentence(SAME_PERIOD, text, sentence)
  if (!m) return null
  const at = sentence[0] + m.index
  const count = m[1] ?? m[2] ?? null
  // "за той самий місяць", "over the same month": the month named last before.
  if (!count && /(?:month|місяць|месяц)\p{L}*$/iu.test(m[0])) {
    for (let i = earlier.length - 1; i >= 0; i--) {
      const d = earlier[i]!
      if (d.span[1] <= at && d.value.kind === 'month' && !isComparison(text, d)) return resolved(d, anchor)
    }
  }
  let fallback: DateExpression | null = null
  for (let i = earlier.length - 1; i >= 0; i--) {
    const d = earlier[i]!
    if (d.span[1] > at || isComparison(text, d)) continue
    // "тут за місяць він зайняв 230 км². Сили оборони за той самий період повернули 31 км²": the month.
    const month = monthOfReport(d, text, earlier)
    if (month) return resolved({ ...d, value: month }, anchor)
    // A comparison's period ("38% more than in the first four months of last year") is not the report's.
    if (!PERIOD_KINDS.has(d.value.kind)) continue
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

/**
 * The first match of a sentence-wide pattern (SINCE_THEN, SAME_DAY, SAME_PERIOD) in a sentence:
 * every claim of a sentence without a date of its own asks, so each pattern's answer is kept for the
 * sentence last asked about (the same text and span give the same match; callers only read it).
 */
const sentenceMatches = new Map<RegExp, { text: string; start: number; end: number; match: RegExpExecArray | null }>()

function execInSentence(re: RegExp, text: string, sentence: Span): RegExpExecArray | null {
  const kept = sentenceMatches.get(re)
  if (kept && kept.start === sentence[0] && kept.end === sentence[1] && kept.text === text) {
    kept.text = text // see rememberedOf
    return kept.match
  }
  const match = re.exec(text.slice(sentence[0], sentence[1]))
  sentenceMatches.set(re, { text, start: sentence[0], end: sentence[1], match })
  return match
}

/** How many months a period names ("the first four months" 4, "the first half" 6, "Q3" 3, "in May" 1). */
function monthsOf(v: DateValue): number | null {
  if (v.kind === 'period') return v.unit === 'month' ? v.count : null
  if (v.kind === 'fraction') return 12 / v.parts
  if (v.kind === 'month') return 1
  if (v.kind === 'season') return 3
  // "between January and April": four months.
  if (v.kind === 'range' && v.from.kind === 'month' && v.to.kind === 'month' && v.from.part === null && v.to.part === null) return ((v.to.month - v.from.month + 12) % 12) + 1
  return null
}

/** An earlier expression as a claim's time, resolved with a past bias. */
function resolved(d: DateExpression, anchor: IsoDate | null): ClaimTimeResult | null {
  const r = resolveDateValue(d.value, anchor, { bias: 'past' })
  return r?.start ? { time: { start: r.start, end: r.end, basis: r.basis }, expression: d } : null
}

// Every SAME_DAY and SHIFTED_DAY phrase holds one of these words, letter for letter up to case ("day", "дня",
// "доби", "день", "same", "later", "вечора", "годин" …). Claims without a date of their own ask for it, several per sentence; the pattern,
// case-insensitive over many alternatives, was run on the sentence each time. Instead the
// document's lower-cased text is searched for the words once, and the pattern runs only in
// sentences holding one.
const DAY_WORDS = ['day', 'дня', 'доби', 'добу', 'день', 'днем', 'днём', 'сутки', 'same', 'later', 'вечор', 'вечер', 'ранку', 'утра', 'ночі', 'ночь', 'годин', 'хвилин', 'час', 'минут']
let dayWordsText: string | null = null
/** Where a day word starts in `dayWordsText`, ascending; null when lower-casing moved offsets (ask the pattern). */
let dayWordsAt: number[] | null = null

/** Whether text[sentence) may hold a SAME_DAY phrase: false only when it holds none of its words. */
export function mayHaveDayWord(text: string, sentence: Span): boolean {
  if (text !== dayWordsText) dayWordsAt = dayWordPositions(text)
  dayWordsText = text // see rememberedOf
  const at = dayWordsAt
  if (at === null) return true
  // The first position at or after the sentence's start.
  const lo = firstIndex(at.length, (k) => at[k]! < sentence[0])
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

function nearest(dates: readonly DateExpression[], trigger: Span, text?: string): DateExpression | null {
  let best: DateExpression | null = null
  let bestDistance = Infinity
  for (const d of dates) {
    let distance = d.span[0] >= trigger[1] ? d.span[0] - trigger[1] : trigger[0] - d.span[1]
    // Across a semicolon lies another statement ("no mains water since September; a glide bomb hit
    // the hospital on Monday"): a date on the event's side of it comes first.
    if (text !== undefined && text.slice(Math.min(d.span[1], trigger[1]), Math.max(d.span[0], trigger[0])).includes(';')) distance += 10_000
    if (distance < bestDistance) {
      best = d
      bestDistance = Math.max(0, distance)
    }
  }
  return best
}

/**
 * A year told by pointing back to the one named before: "In the autumn of that year", "в октябре того
 * же года", "у жовтні того ж року" (a month or a season of it), and "the following year", "в
 * следующем году", "наступного року" in a story told in the past (the year after it). Background
 * told this way came out in the publication year.
 */
function thatYearOf(text: string, pick: DateExpression, earlier: readonly DateExpression[], expected: boolean): DateValue | null {
  const v = pick.value
  if ((v.kind === 'month' || v.kind === 'season' || v.kind === 'day') && v.year === null) {
    if (!THAT_YEAR_AFTER.test(text.slice(pick.span[1], pick.span[1] + 30))) return null
    const year = yearNamedBefore(earlier, pick.span[0])
    return year === null ? null : { ...v, year: { absolute: year } }
  }
  if (!expected && v.kind === 'calendar' && v.unit === 'year' && v.offset === 1 && FOLLOWING_YEAR.test(text.slice(pick.span[0], pick.span[1]))) {
    const year = yearNamedBefore(earlier, pick.span[0])
    return year === null ? null : { kind: 'year', year: { absolute: year + 1 }, part: null }
  }
  return null
}
const THAT_YEAR_AFTER = /^\s*(?:(?:of|in)\s+)?(?:that|the\s+same)\s+year(?![\p{L}])|^\s*того\s+(?:же\s+|ж\s+|самого\s+)?(?:года|року)(?![\p{L}])/iu
const FOLLOWING_YEAR = /(?:following|наступн|следующ)/iu

/** The year written out last before a position ("in August 2024", "у 2023 році", "May 9, 2023"). */
function yearNamedBefore(earlier: readonly DateExpression[], at: number): number | null {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const d = earlier[i]!
    if (d.span[1] > at) continue
    const v = d.value.kind === 'since' ? d.value.from : d.value.kind === 'range' ? d.value.to : d.value
    if ('year' in v && v.year !== null && 'absolute' in v.year) return v.year.absolute
  }
  return null
}

/**
 * "54% more than the 2,194 km² captured in the same period of 2024": the period is the one named
 * before ("the first 10 months of 2025"), in the year this expression gives.
 */
function samePeriodOf(text: string, expression: DateExpression, earlier: readonly DateExpression[]): DateValue | null {
  if (expression.value.kind !== 'year' || !('absolute' in expression.value.year)) return null
  if (!/(?:same|matching|corresponding|comparable|equivalent|like) (?:period|months?|time|stretch)(?: of| in| last)?\s*$|(?:аналогічн\p{L}*|відповідн\p{L}*) період\p{L}*\s*$|(?:аналогичн\p{L}*|соответствующ\p{L}*) период\p{L}*\s*$/iu.test(text.slice(Math.max(0, expression.span[0] - 40), expression.span[0]))) return null
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
  private last: { time: ClaimTime; sentence: number; kind: string; paragraph: number } | null = null
  private window: ClaimTime | null = null
  /** Who states the window: it dates their items, not those of someone else the report quotes. */
  private windowSpeaker: string | null = null
  /** Sentences read that end as prose does (a headline, a dateline or a menu line does not). */
  private bodySentences = 0
  /** The period a report on territory is about: its first area figure's ("у червні окупувала 518 км²"). */
  private areaPeriod: ClaimTime | null = null
  /** A night named in a sentence of its own ("Тяжёлая ночь для Шебекинского округа."). */
  private night: { time: ClaimTime; sentence: number } | null = null
  /** A sentence opening on what followed the event just told ("Після цього …", "One of them …"): that event's time. */
  private followUp: { time: ClaimTime; sentence: number } | null = null
  /** The last sentence naming an evening or an evening hour with no day of its own ("Вечером …", "О 23:40 …"). */
  private evening = -1
  /** The night of the last air raid told with one ("launched 142 drones overnight", "В ночь на субботу … уничтожены 17 беспилотников"). */
  private raidNight: { time: ClaimTime; speaker: string | null } | null = null

  constructor(private readonly text: string, private readonly publishedAt: IsoDate | null) {}

  /**
   * Reads a sentence's content time expressions, before its claims (judgement call 11): a report
   * window stated in the lead ("за минулу добу", "over the past 24 hours", "in the 24 hours to the
   * morning of July 13", "between Monday and Tuesday morning") opens a frame that dates the later
   * items carrying no date of their own; a later expression opening a sentence and resolving outside
   * the window closes it (one inside a clause dates only its own claim). The lead is counted from the
   * first sentence that ends as prose does, after a headline, a dateline and a page's menu lines.
   */
  frame(dates: readonly DateExpression[], sentenceIndex: number, sentenceStart: number, sentenceEnd = sentenceStart, speaker: string | null = null): void {
    const body = this.bodySentences
    const last = this.last
    this.followUp =
      last && last.sentence >= sentenceIndex - 1 && last.time.basis !== 'publication' && FOLLOW_UP_START.test(this.text.slice(sentenceStart, Math.min(sentenceEnd, sentenceStart + 60)))
        ? { time: last.time, sentence: sentenceIndex }
        : null
    if (ENDS_LIKE_PROSE.test(this.text.slice(Math.max(sentenceStart, sentenceEnd - 3), sentenceEnd))) this.bodySentences++
    if (namesBareEvening(this.text, sentenceStart, sentenceEnd, dates)) this.evening = sentenceIndex
    // A sentence opening on another day or period ("On Tuesday, …", "Вчера вечером …") has left the raid.
    const raid = this.raidNight?.time
    if (raid) {
      for (const d of dates) {
        // (A tally's clock, "Станом на 09:00 збито …", is still the night's.)
        if (isStatusClock(this.text, d)) continue
        const r = resolveDateValue(d.value, this.publishedAt, { bias: 'past' })
        if (r?.start && (r.start !== raid.start || (r.end ?? r.start) !== (raid.end ?? raid.start)) && opensSentence(this.text, sentenceStart, d.span[0])) this.raidNight = null
      }
    }
    for (const d of dates) {
      if (d.value.kind !== 'overnight' || !d.value.topic) continue
      const r = resolveDateValue(d.value, this.publishedAt, { bias: 'past' })
      if (r?.start) this.night = { time: { start: r.start, end: r.end, basis: r.basis }, sentence: sentenceIndex }
    }
    if (body < LEAD_SENTENCES) {
      for (const d of dates) {
        if (body > 0 && !opensSentence(this.text, sentenceStart, d.span[0])) continue
        const r = resolveDateValue(d.value, this.publishedAt, { bias: 'past' })
        if (r?.start && (isWindow(d.value, r, this.publishedAt) || isDayHeading(this.text, d, r, this.publishedAt))) {
          this.window = { start: r.start, end: r.end, basis: r.basis }
          this.windowSpeaker = speaker
          return
        }
      }
    }
    const window = this.window
    if (!window) return
    for (const d of dates) {
      const r = withinDayWindow(d.value, window, this.publishedAt) ?? withinWeekWindow(d.value, window) ?? resolveDateValue(d.value, this.publishedAt, { bias: 'past' })
      if (!r?.start) continue
      if ((r.start < window.start! || (r.end ?? r.start) > (window.end ?? window.start!)) && opensSentence(this.text, sentenceStart, d.span[0])) {
        this.window = null
        return
      }
    }
  }

  /** The time a claim gets, given the one resolved from its own sentence. */
  timeOf(resolved: ClaimTimeResult, claim: { kind: string; clauseText: string; sentenceIndex: number; paragraph?: number; speaker?: string | null; outlet?: string | null; expected?: boolean }): ClaimTime {
    let time = resolved.time
    const last = this.last
    const paragraph = claim.paragraph ?? 0
    if ((time.basis === 'publication' || resolved.statementOnly) && last && last.sentence >= claim.sentenceIndex - 1 && EVENT_KINDS.has(last.kind) && continues(claim, last, paragraph)) {
      time = last.time
    }
    const followUp = this.followUp
    if (followUp && claim.sentenceIndex === followUp.sentence && (time.basis === 'publication' || resolved.statementOnly)) time = followUp.time
    // The night a sentence of its own names dates the undated claims of the next sentence.
    const night = this.night
    if (night && claim.sentenceIndex === night.sentence) this.night = null
    else if (night && claim.sentenceIndex === night.sentence + 1 && time.basis === 'publication') time = night.time
    const speaker = claim.speaker ?? null
    // An area figure without a time of its own, in a report whose lead gives one its period
    // ("Українським підрозділам вдалося повернути близько 25 км²"): that period.
    // "Понад половину цієї площі …", "Most of this area …": the area figure's period.
    if (time.basis === 'publication' && this.areaPeriod && AREA_ANAPHOR.test(claim.clauseText)) time = this.areaPeriod
    // A share of the figure just told ("Nearly half, some 170 sq km, lay in …") is of its period, even
    // when a later clause says where the front stands "now".
    else if (this.areaPeriod && (time.basis === 'publication' || (resolved.expression && isWeak(resolved.expression))) && SHARE_START.test(claim.clauseText)) time = this.areaPeriod
    // (A forecast is dated the day it was made, not by the period of the figures before it: "I'd expect
    // monthly gains north of 500 square kilometers again".)
    if (claim.kind === 'area-change' && !claim.expected) {
      if (time.basis === 'publication' && this.areaPeriod) time = this.areaPeriod
      else if (!this.areaPeriod && time.basis !== 'publication' && time.start && time.end && time.start < time.end) this.areaPeriod = time
    }
    // A statement date is no time of the item's own: "According to Fedorov, …" after "over the past
    // day, Fedorov reported on Saturday" takes the window the statement closes.
    const window = this.window
    // A night or "the day" told inside a past day's summary ("Ситуація за 16 листопада: … вночі КАБ
    // поцілив …", "упродовж дня") is that day's night and that day, not the ones before publication.
    if (window && resolved.expression && time === resolved.time && !resolved.statementOnly) time = withinDayWindow(resolved.expression.value, window, this.publishedAt) ?? withinWeekWindow(resolved.expression.value, window) ?? time
    const undated = time.basis === 'publication' || (resolved.statementOnly === true && time === resolved.time && window !== null && isInside(time, window))
    if (undated && window && (speaker === this.windowSpeaker || speaker === (claim.outlet ?? null) || this.windowSpeaker === null)) time = window
    // An evening with no day of its own ("Вечером над Белгородом работала ПВО", "О 23:40 ворог ударив
    // КАБом") in a summary of the past day and night is that day's evening: the day before the
    // report, not the night after it nor the report's own day, which has no evening yet.
    if (this.evening === claim.sentenceIndex && window && time === window && this.publishedAt && window.end === this.publishedAt && window.start === addDays(this.publishedAt, -1)) {
      time = { start: window.start, end: window.start, basis: 'relative' }
    }
    // The parts of an air raid told with its night (judgement calls 21 and 31, and the time convention
    // "a sentence that opens on what followed the event just told"): the interceptions, the hits, the
    // debris, the fires and the places worst hit take the raid's night, in any paragraph and whoever
    // tells them ("Hits were recorded at 14 locations", "Влучання зафіксовано на 9 локаціях",
    // "обломками сбитого дрона посечены кровля", "Найбільше дісталося Харківщині").
    const raidKind = claim.kind === 'strike' || claim.kind === 'casualties'
    // An interception or a launch counted by someone else is their own tally ("Russian air defences
    // destroyed 162 drones over several regions, the Defence Ministry said"); damage is the raid's.
    if (raidKind && resolved.expression?.value.kind === 'overnight' && time === resolved.time && AIR_WEAPON.test(claim.clauseText)) this.raidNight = { time, speaker }
    else if (raidKind && this.raidNight && time.basis === 'publication' && isOfRaid(claim.clauseText, speaker === this.raidNight.speaker)) time = this.raidNight.time
    this.last = { time, sentence: claim.sentenceIndex, kind: claim.kind, paragraph }
    return time
  }
}

/**
 * Whether a clause with no time of its own tells a part of the night's air raid: damage, debris or
 * fires, whoever tells them; the raid's speaker's interceptions, hits and further drones or missiles
 * ("Крім того, російський ударний дрон поцілив у судно", "Ещё один дрон рухнул во двор"); a count
 * of drones downed over the region alone, by whoever counts it ("ПВО приземлила над регионом 28
 * БПЛА", "43 drones had been destroyed over the region"), where a ministry's count over several
 * regions is a tally of its own; and the attack confirmed by another ("Губернатор подтвердил атаку").
 * A part of the day named in the clause ("Днём", "Утром", "before dawn", "just after 9am") is
 * another time.
 */
function isOfRaid(clause: string, sameSpeaker: boolean): boolean {
  if (RAID_DAMAGE.test(clause)) return true
  if (sameSpeaker && isRaidPart(clause)) return true
  if (DAY_PART.test(clause)) return false
  if (sameSpeaker) return AIR_WEAPON.test(clause)
  return (isInterception(clause) && OVER_THE_REGION.test(clause)) || RAID_CONFIRMED.test(clause)
}
/** A part of the day or an hour ("Днём", "вранці", "in the morning", "before dawn", "at 9am", "о 14:30"). */
const DAY_PART = /(?<![\p{L}\d])(?:днём|днем|утром|вдень|удень|зранку|вранці|уранці|ввечері|увечері|вечером|morning|afternoon|evening|dawn|daylight|noon|midday|\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d\d)(?![\p{L}\d])/iu
/** Over one region ("over the region", "над регіоном", "над областью", "над территорией области"). */
const OVER_THE_REGION = /(?<![\p{L}])(?:over\s+the\s+(?:region|province|oblast)|above\s+the\s+(?:city|region)|над\s+(?:регіоном|регионом|областю|областью|містом|городом|территорией\s+области|територією\s+області))(?![\p{L}])/iu
/** The attack confirmed by another ("Губернатор подтвердил атаку", "confirmed the attack", "claimed the raid"). */
// (The clause may open on the object, its statement verb left in the frame: "Губернатор подтвердил | атаку, но …".)
const RAID_CONFIRMED = /(?:(?<![\p{L}])(?:(?:confirmed|acknowledged|claimed)\s+(?:the|that)\s+(?:attack|raid|strike)|підтвердив\s+(?:атаку|удар)|подтвердил\s+(?:атаку|удар))|^\s*(?:атаку|удар)(?=\s*[,.;]))(?![\p{L}])/iu

/** Drones and missiles: what an air raid is told by. */
const AIR_WEAPON = /(?<![\p{L}])(?:БпЛА|БПЛА|беспилотник\p{L}*|безпілотник\p{L}*|дрон\p{L}*|шахед\p{L}*|Shahed\p{L}*|Герань\p{L}*|Гербер\p{L}*|ракет\p{L}*|drones?|decoys?|missiles?|UAVs?)(?![\p{L}])/iu

/**
 * A part of an air raid told after it: an interception, hits or impacts counted, debris, a fire after
 * a strike, the area worst hit, or more launches ("Крім того, … випустив 3 ракети", "also fired").
 */
function isRaidPart(clause: string): boolean {
  return isInterception(clause) || RAID_DAMAGE.test(clause) || RAID_MORE.test(clause)
}
/** What the raid did where it landed: hits counted, debris, a fire after it, the places worst hit. */
const RAID_DAMAGE = new RegExp(String.raw`(?<![\p{L}])(?:hits\s+(?:were|have\s+been|had\s+been)\s+(?:recorded|reported|registered)|(?:recorded|registered)\s+(?:\d+\s+)?(?:hits|impacts)|impacts|debris|fragments|wreckage|caught\s+fire|fires?\s+broke\s+out|влучанн\p{L}*|уламк\p{L}*|загорі\p{L}*|пожеж\p{L}*|попадани\p{L}*|обломк\p{L}*|загорел\p{L}*|возгорани\p{L}*|пожар\p{L}*|${mostHitSource()})(?![\p{L}])`, 'iu')
/** More launches told after the raid ("Крім того, … випустив 3 ракети", "it also fired four missiles"). */
const RAID_MORE = /(?<![\p{L}])(?:launched|fired|запустив|випустив|запустили|випустили|запустил\p{L}*|выпустил\p{L}*)(?![\p{L}])/iu

/**
 * Whether a sentence names an evening or an hour from noon to midnight with no day of its own
 * ("Вечером над Белгородом …", "Увечері окупанти …", "О 23:40 ворог …", "около 21:30", "late in the
 * evening"): not one a date, a weekday or "вчора" stands beside ("вчора ввечері", "в среду вечером",
 * "20 жовтня о 21:30"), nor an evening joined to a night ("Увечері та вночі"), which those rules read.
 */
function namesBareEvening(text: string, start: number, end: number, dates: readonly DateExpression[]): boolean {
  const sentence = text.slice(start, end)
  if (!EVENING_KEYS.test(sentence)) return false
  for (const m of sentence.matchAll(BARE_EVENING)) {
    const hour = m[1] ?? m[2]
    if (hour !== undefined && (Number(hour) < 12 || Number(hour) > 23)) continue
    const at = start + m.index
    if (dates.some((d) => d.span[1] > at - EVENING_DAY_REACH && d.span[0] < at + m[0].length + EVENING_DAY_REACH)) continue
    return true
  }
  return false
}
const EVENING_KEYS = /веч|Веч|evening|Evening|\d[:.]\d\d/u
const BARE_EVENING = /(?<![\p{L}\d])(?:(?:пізно\s+|поздно\s+)?(?:увечері|ввечері|вечером)|(?:late\s+)?in\s+the\s+(?:late\s+)?evening|(?:о|об|в|во|около|близько|приблизно|біля|at|around|about|shortly\s+after|just\s+after)\s+(\d{1,2})[:.]\d{2}|(\d{1,2}):\d{2}(?=\s+(?:ворог|окупант|росіян|противник|ВСУ|Russian)))(?![\p{L}\d])/giu
/** How near a date must stand to an evening to give it its day (characters on either side). */
const EVENING_DAY_REACH = 25

function isInside(time: ClaimTime, window: ClaimTime): boolean {
  return !!time.start && !!window.start && time.start >= window.start && (time.end ?? time.start) <= (window.end ?? window.start)
}

/**
 * Whether a claim continues the event told just before it: a toll in the same paragraph ("Уночі
 * росіяни атакували Харків. Поранено п'ятьох людей"), a clause pointing back to it ("there", "там",
 * "в результате атаки", "as a result of the strike"), the repulse of the attack just told ("Атаку
 * зупинили на підступах"), or the interception of the strike just told ("Ukrainian forces downed 78
 * drones"). A toll in a new paragraph without such a pointer is a new item ("Чугуївський район: …").
 */
function continues(claim: { kind: string; clauseText: string }, last: { kind: string; paragraph: number; time: ClaimTime }, paragraph: number): boolean {
  if (THERE_START.test(claim.clauseText) || CONSEQUENCE_START.test(claim.clauseText)) return true
  // A toll in a new paragraph continues the last one unless it names its own cause ("Чугуївський
  // район: через удар FPV-дрона … травмовано двох чоловіків" is a new item).
  if (claim.kind === 'casualties') return last.paragraph === paragraph || !CAUSE_WORD.test(claim.clauseText)
  if (last.paragraph !== paragraph) return false
  // A repulse answers an attack of a day or a night, not a campaign ("trying … since the spring").
  if (claim.kind === 'repelled') return last.kind === 'assault' && !!last.time.start && !!last.time.end && addDays(last.time.start, 1) >= last.time.end
  // "ВСУ попытались атаковать область беспилотниками. Средствами ПВО уничтожены 34 БПЛА": a drone
  // raid told as an attempt is intercepted as much as one told as a strike.
  if (claim.kind === 'strike') return (last.kind === 'strike' || last.kind === 'assault') && isInterception(claim.clauseText)
  return false
}

/**
 * A sentence that opens on what came of the event just told: "Після цього …", "После этого …",
 * "After that …", "Then …", or a part of it ("Один із них влучив …", "Один из них упал …", "One of
 * them hit …", "Уламки впали …", "Debris fell …"), or the attack itself with its outcome ("Атака
 * захлебнулась", "Штурм відбили"). It happened when that event did.
 */
const FOLLOW_UP_START = /^[\s"“«—–-]*(?:після\s+(?:цього|того|чого)|потім|згодом|после\s+(?:этого|того|чего)|затем|потом|вслед\s+за\s+этим|after\s+that|afterwards?|then|following\s+that|(?:one|two|three|some|several|most)\s+of\s+them|(?:один|одна|одне|одно|два|дві|две|три|частина|часть)\s+(?:із|з|из)\s+них|уламк\p{L}*|обломк\p{L}*|debris|fragments|влучанн\p{L}*|попадани\p{L}*|прил[іеё]т\p{L}*|(?:є|есть)\s+(?:влучання|попадание|попадания|прил[іеё]т\p{L}*)|виникл\p{L}*\s+пожеж\p{L}*|возник\p{L}*\s+пожар\p{L}*|(?:a\s+)?fire\s+broke\s+out|the\s+(?:blast|impact|explosion)|(?:атака|штурм|наступ|наступление|спроба|попытка)(?=\s+(?:не\s+)?\p{L}+(?:ла|лась|лася|ло|лось|ли|лись|лися)(?![\p{L}])))(?![\p{L}])/iu

/** The end of a sentence of prose, or of a list item's label ("Харків:"): not a headline or a menu line. */
const ENDS_LIKE_PROSE = /[.!?…:;"”»)]\s*$/u

/** The sentences that make a report's lead: a window stated later is one item's, not the report's. */
const LEAD_SENTENCES = 3

/**
 * A report window: the past day ("за минулу добу", "over the past 24 hours"), ending at the report,
 * or the same day and night told by its ends ("in the 24 hours to the morning of July 13", "between
 * Monday and Tuesday morning"). A night ("overnight", "в ніч на 14 травня") is an event's time, not a
 * window.
 */
function isWindow(v: DateValue, r: { start: IsoDate | null; end: IsoDate | null }, publishedAt: IsoDate | null): boolean {
  if (v.kind === 'past-span') return v.days === 1 && !v.months
  if (isWeekWindow(v, r, publishedAt)) return true
  if (!publishedAt || r.end !== publishedAt || !r.start || r.start >= publishedAt || addDays(r.start, 1) !== r.end) return false
  if (v.kind === 'overnight') return v.window === true
  return v.kind === 'range' && (v.from.kind === 'weekday' || v.from.kind === 'day') && (v.to.kind === 'weekday' || v.to.kind === 'day')
}

/**
 * A weekly summary's window (conventions 11 and 40): the days of a week told by its ends and ending on
 * the report's day or the one before ("Сводка … (с 15 по 21 ноября)", "from 9 to 15 November"). Not
 * "this week" or "over the past week" in a lead: wire copy and analyses open on them and then move
 * on to items of their own day (taking them as windows lost time on dev, blind3, blind11 and blind12).
 */
function isWeekWindow(v: DateValue, r: { start: IsoDate | null; end: IsoDate | null }, publishedAt: IsoDate | null): boolean {
  if (!publishedAt || !r.start || !r.end) return false
  if (v.kind !== 'range' || (r.end !== publishedAt && addDays(r.end, 1) !== publishedAt)) return false
  const days = Math.round((Date.parse(r.end) - Date.parse(r.start)) / 86_400_000) + 1
  return days >= 5 && days <= 8
}

/**
 * A heading or lead that names the past day a summary covers ("Ситуація в регіоні за 16 листопада:",
 * "За 16 ноября в области …", "Summary for November 16:") in a report of the days after: a window of
 * that day for the items after it.
 */
function isDayHeading(text: string, d: DateExpression, r: { start: IsoDate | null; end: IsoDate | null }, publishedAt: IsoDate | null): boolean {
  if (!publishedAt || d.value.kind !== 'day' || !r.start || r.end !== r.start || r.start >= publishedAt || addDays(r.start, 3) < publishedAt) return false
  return DAY_SUMMARY_BEFORE.test(text.slice(Math.max(0, d.span[0] - 12), d.span[0]))
}
const DAY_SUMMARY_BEFORE = /(?<![\p{L}])(?:за|for)\s+$/iu

/**
 * A relative time inside a window of one past day: a night with no date of its own ("вночі",
 * "overnight") is the night that ends on that day, and "the past day" / "упродовж дня" is the day.
 */
function withinDayWindow(v: DateValue, window: ClaimTime, publishedAt: IsoDate | null): ClaimTime | null {
  if (!publishedAt || !window.start || window.end !== window.start || window.start >= publishedAt) return null
  if (v.kind === 'overnight' && v.to === null && !v.topic) return { start: addDays(window.start, -1), end: window.start, basis: 'relative' }
  if (v.kind === 'past-span' && v.days === 1 && !v.months) return { ...window }
  return null
}

/**
 * A week inside a week's window ("В течение недели" after a heading "(с 15 по 21 ноября)", "this week"
 * under "over the past seven days") is the window itself, not seven days counted again from the report.
 */
function withinWeekWindow(v: DateValue, window: ClaimTime): ClaimTime | null {
  if (!window.start || !window.end) return null
  const days = Math.round((Date.parse(window.end) - Date.parse(window.start)) / 86_400_000) + 1
  if (days < 5 || days > 8) return null
  if ((v.kind === 'past-span' && v.days === 7 && !v.months) || (v.kind === 'calendar' && v.unit === 'week' && v.offset === 0 && v.part === undefined)) return { ...window }
  return null
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
const EVENT_KINDS = new Set(['strike', 'assault', 'repelled', 'casualties', 'area-change'])
/** An area pointed back to: "цієї площі", "этой площади", "of this area", "of that territory". */
const AREA_ANAPHOR = /(?<![\p{L}])(?:цієї\s+(?:площі|території)|этой\s+(?:площади|территории)|of\s+(?:this|that|the)\s+(?:area|territory|total))(?![\p{L}])/iu
/**
 * A clause opening on a share of the figure just told, with no noun of its own ("Nearly half, some
 * 170 sq km, lay in …", "Most of them …", "Понад половину, близько 200 км², …", "Треть из них …").
 */
const SHARE_START = /^[\s"“«—–-]*(?:(?:(?:nearly|almost|about|roughly|some|over|more\s+than|less\s+than|just\s+(?:over|under))\s+)?(?:half|a\s+third|a\s+quarter|two[-\s]thirds|three[-\s]quarters|most|the\s+bulk)(?=\s*[,—–(]|\s+of\s+(?:it|them|that|this|these|those)(?![\p{L}]))|(?:(?:майже|понад|близько|більше\s+ніж|майже|почти|более|около|свыше|больше)\s+)?(?:половин\p{L}*|третин\p{L}*|трет\p{L}*|чверт\p{L}*|четверт\p{L}*|більшість|большая\s+часть|большинство)(?=\s*[,—–(]|\s+(?:з|із|из)\s+(?:них|неї|нее|цього|этого)(?![\p{L}])))/iu
const THERE_START = /^[\s,—–-]*(?:there|там|тут)(?![\p{L}])/iu
/** A clause opening on the consequence of the event just told ("в результате атаки", "унаслідок удару", "as a result of the strike"). */
const CONSEQUENCE_START = /^[\s,—–-]*(?:(?:по\s+(?:его|её|их)\s+(?:словам|данным)|за\s+(?:його|її|їхніми)\s+(?:словами|даними)|according\s+to\s+(?:him|her|them))[\s,]+)?(?:(?:в|у)\s+результат[еі]|внаслідок|унаслідок|вследствие|as\s+a\s+result\s+of|in|during|під\s+час|во\s+время)\s+(?:(?:the|this|that|этой|этого|цієї|цього|той|тієї)\s+)?(?:атак\p{L}*|удар\p{L}*|обстріл\p{L}*|обстрел\p{L}*|attack|strike|shelling|bombardment|raid)(?![\p{L}])/iu
/** A strike named as a toll's cause. */
const CAUSE_WORD = /(?<![\p{L}])(?:удар\p{L}*|обстр[іе]л\p{L}*|атак\p{L}*|шахед\p{L}*|дрон\p{L}*|БпЛА|КАБ\p{L}*|ракет\p{L}*|бомб\p{L}*|attacks?|strikes?|shelling|drones?|missiles?|bombs?)(?![\p{L}])/iu
/** Shooting down or intercepting what was launched ("downed 78 drones", "збили 17 безпілотників", "сбиты 14 дронов"). */
/** An interception, or air targets destroyed ("уничтожены и подавлены 34 БПЛА", "знищено 20 шахедів", "destroyed 40 drones"). */
function isInterception(clause: string): boolean {
  return INTERCEPTION.test(clause) || (AIR_TARGET_DESTROYED.test(clause) && AIR_TARGET.test(clause))
}
const AIR_TARGET_DESTROYED = /(?<![\p{L}])(?:уничтож\p{L}*|подавлен\p{L}*|знищ\p{L}*|destroyed)(?![\p{L}])/iu
const AIR_TARGET = /(?<![\p{L}])(?:БпЛА|БПЛА|беспилотник\p{L}*|безпілотник\p{L}*|дрон\p{L}*|шахед\p{L}*|ракет\p{L}*|drones?|missiles?|UAVs?)(?![\p{L}])/iu
const INTERCEPTION = /(?:\b(?:downed|shot\s+down|intercepted|brought\s+down|neutrali[sz]ed)\b|(?<![\p{L}])(?:збил\p{L}*|збито|збиті|знешкодж\p{L}*|перехопл\p{L}*|сбил\p{L}*|сбиты?|сбито|перехвач\p{L}*))/iu

/**
 * The end-anchored patterns claim time tests on the words before a time expression. Each is answered
 * by matching backwards from the end (endsWithMatch) rather than tried from every position of a
 * 30-70 character window (~2.5% of warm extraction in a profile); tests compare the two. RECORD_BEFORE stays forward:
 * its 50 characters of anything after the superlative made it ~30x slower backwards.
 */
export const CLAIM_TIME_END_PATTERNS = {
  LOWER_BOUND_BEFORE: LOWER_BOUND_BEFORE_PATTERN,
  UP_FROM_BEFORE: UP_FROM_BEFORE_PATTERN,
  AGAINST_FIGURE_BEFORE: AGAINST_FIGURE_BEFORE_PATTERN,
  FREQUENCY_BEFORE: FREQUENCY_BEFORE_PATTERN,
} as const
