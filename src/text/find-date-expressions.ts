import type { Span } from '../domain/index.js'
import type { DatePart, DateValue, Season, YearRef } from './date-value.js'
import { alternation, CYRILLIC_MONTHS, EN_MONTHS, monthNumber, weekdayNumber, WEEKDAYS } from './month-names.js'
import { NUMBER_WORD_SOURCE, NUMBER_WORD_STARTS, numberWordValue } from './parse-number.js'
import { endsWithMatch } from './ends-with-match.js'
import { gated } from './gated-regexp.js'
import { RecentAnswers } from './recent-answers.js'
import { tokenize } from './tokenize.js'
import { PathConditions } from './path-conditions.js'
import { tokenPaths } from './token-paths.js'

/** A time expression found in text, with its `[start, end)` span. */
export interface DateExpression {
  readonly span: Span
  readonly text: string
  readonly value: DateValue
}

// Word boundaries that work for Cyrillic (JavaScript's \b only knows ASCII word characters).
const B = String.raw`(?<![\p{L}\p{N}_'’ʼ-])`
const E = String.raw`(?![\p{L}\p{N}_])`

// Full names, then abbreviations with an optional dot ("Feb." but not "March.").
const MON_EN = `(?:${alternation([...EN_MONTHS.keys()].filter((k) => k.length > 4 || k === 'May' || k === 'June' || k === 'July'))}|(?:${alternation([...EN_MONTHS.keys()].filter((k) => k.length <= 4 && !['May', 'June', 'July'].includes(k)))})\\.?)`
const MON_CY = `(?:${alternation(CYRILLIC_MONTHS.keys())})`
const WD_EN = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'
const WD_CY = `(?:${alternation([...WEEKDAYS.keys()].filter((k) => /[а-яіїєґ]/i.test(k)))})`
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`
const YEAR = String.raw`((?:19|20)\d{2})`
const NUM = `(\\d{1,3}|${NUMBER_WORD_SOURCE})`
/** A perfect of duration before "for a week" in the same sentence ("had been probing … for a week"). */
const BEEN_BEFORE = /(?<![\p{L}])been(?![\p{L}])[^.!?;]*$/iu
/** A toll or a fire before "for a week" in the same sentence ("14 injured from the shelling … for a week"). */
const TOLL_BEFORE = /(?<![\p{L}])(?:killed|injured|wounded|died|dead|lost|destroyed|shelled|shelling|shellings)(?![\p{L}])[^.!?;]*$/iu
/** A future, a plan or a condition before "in two days" in the same sentence: a delay, not a window. */
const FUTURE_BEFORE = /(?<![\p{L}])(?:will|would|shall|could|may|might|can|going\s+to|expect\p{L}*|plan\p{L}*|promis\p{L}*|due|if|until|within)(?![\p{L}])[^.!?;]*$/iu
/** A toll, a fire or a count of attacks before "in one week" in the same sentence. */
const TALLY_BEFORE = /(?<![\p{L}])(?:killed|kills?|killing|injured|wounded|died|dead|lost|destroyed|eliminated|shell(?:s|ed|ing|ings)?|attack(?:s|ed)?|strikes|times|clashes)(?![\p{L}])[^.!?;]*$/iu
/** A past-tense verb before "times a day" in the same sentence ("attacked … 54 times a day"). */
const PAST_VERB_BEFORE = /(?<![\p{L}])(?:\p{L}{2,}ed|shot|hit|struck|fought|took\s+place)(?![\p{L}])[^.!?;]*$/iu
/** A rate before "per day" in the same sentence ("averaged around 1,100 per day"): no window. */
const AVERAGE_BEFORE = /(?<![\p{L}])(?:averag\p{L}*|average|rate|typically|usually|routinely)(?![\p{L}])[^.!?;]*$/iu
/** "року", "р.", "года", "г." after a year. */
const CY_YEAR_WORD = String.raw`(?:\s*(?:року|рік|році|р\.|года|году|год|г\.)${E})`
const EN_PART = String.raw`(early|mid-?|late|the\s+(?:beginning|start|end|middle)\s+of|(?:beginning|start|end|middle)\s+of)`
const CY_PART = String.raw`(на\s+початку|наприкінці|в\s+кінці|у\s+кінці|в\s+середині|у\s+середині|в\s+начале|в\s+конце|в\s+середине|к\s+концу|до\s+кінця|до\s+конца|з\s+кінця|із\s+кінця|з\s+початку|із\s+початку|з\s+середини|с\s+конца|с\s+начала|с\s+середины|від\s+початку|от\s+начала)`
const EN_SEASON = '(spring|summer|autumn|fall|winter)'

interface Rule {
  /**
   * Sticky: tried only at the start of a token that one of `starts` begins. Built on the rule's first
   * try (`ruleRegExp`): a process reading one short report never tries most rules, and building the
   * large Unicode patterns was a tenth of the extractor's module loading.
   */
  re: RegExp | null
  /** The pattern's source and flags (`y`, and `d` when `group` is set, added). */
  readonly source: string
  readonly flags: string
  /** Lower-case prefixes of the first token a match can start with; `#` for any figure. */
  readonly starts: readonly string[]
  /** When set, the expression is this capture group (the words before it only gave context). */
  readonly group?: number
  readonly build: (m: RegExpExecArray) => DateValue | null
  /**
   * At a token starting with a figure: whether the rule can match there, from `digits` (how many ASCII
   * digits the token starts with) and the text around; a few comparisons instead of running the rule
   * at every number of a report. A necessary condition only: the rule itself decides.
   */
  readonly atFigure?: (text: string, start: number, digits: number) => boolean
}

const AGO_AFTER = /(?:[\s-]+\S+){1,3}?\s+ago/iy
const TOMU_AFTER = /(?:[\s-]+\S+){1,3}?\s+(?:тому|назад)/iuy

/** Starts so frequent that a rule is tried there only when a cheap test of the next words passes. */
const FREQUENT = new Set(['#', 'the', 'a', 'an', 'in', 'on', 'of', 'and', 'to', 'by', 'for', 'from', 'since', 'until', 'till', 'through', 'throughout', 'during', 'before', 'after', 'between', 'last', 'this', 'next', 'past', 'over', 'early', 'late', 'mid', 'end', 'start', 'earlier', 'previous', 'у', 'в', 'во', 'з', 'із', 'с', 'со', 'до', 'від', 'от', 'по', 'за', 'на', 'к', 'протягом', 'минул', 'прошл'])

/** Frequent starts that are whole words ("в" starts no rule at "від"; "the" none at "these"). */
const WHOLE_WORD = new Set([...FREQUENT].filter((w) => w !== '#' && w !== 'минул' && w !== 'прошл'))

/**
 * The words that must follow a frequent start word for a rule to have a chance, keyed by a piece
 * of the rule's source: most "the", "in", "в", "за" start no date, and these tests are much cheaper
 * than the rules.
 */
const NEXT_WORDS: readonly [RegExp, RegExp][] = [
  // Keys specific to one rule come first (the first key matching a rule's source gates it).
  [/состоянию/u, /\s+состоянию\s/iuy],
  [/since\\s\+\(early\|mid/u, /\s+(?:early|mid|late|the\s+(?:start|beginning|middle|end)\s)/iy],
  [/during\|throughout\|over\)\\s\+the\\s\+\(week/u, /\s+the\s+(?:week|month)/iy],
  [/от\)\\s\+\(\?!\\d\)/u, /\s+(?:понеділ|вівтор|серед|четвер|п['’ʼ]?ятниц|субот|неділ|понедельн|вторник|сред|четверг|пятниц|суббот|воскресен)/iuy],
  [/course\\s\+of\\s\+the\\s\+night/u, /\s+the\s+course\s/iy],
  [/течение\\s\+\(\?:\(\?:прошедшей/u, /\s+(?:минул|цю|попередн|прошедш|прошл|минувш|эту|этой|цієї|ніч|ночь|ночі|ночи|течение)/iuy],
  [/\(\?:ніч\|ночь\)\\s\+\(\?:з/u, /\s+(?:ніч|ночь)\s+(?:з|із|с)\s/iuy],
  [/вихідн\(\?:і/u, /\s+(?:(?:минул|прошл|минувш|ці|цих|эти|этих)\p{L}*\s+)?(?:вихідн|выходн)/iuy],
  [/от\)\\s\+\(весни\|весны/u, /\s+(?:весни|весны|літа|лета|осені|осени|зими|зимы)/iuy],
  [/\(\?:з\|із\|с\|со\|від\|от\)\\s\+\(/u, /\s+(?:січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд|январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)/iuy],
  [/the\\s\+night\\s\+\(\?:of/u, /\s+(?:the\s+)?night\s/iy],
  [/weekend/u, /\s+(?:the\s+|past\s+)?weekend/iy],
  [/24\\s\+hours\\s\+\(\?:to/u, /\s+the\s+(?:past\s+|last\s+)?24\s/iy],
  [/\(\?:through\|throughout\)\\s\+the\\s\+night/u, /\s+the\s+night/iy],
  [/^\(\?<!.*\(\?:in\|In\|since/u, /\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/y],
  [/\(\?:in\|since\|during\|by\|until/u, /[\s-]+(?:19|20)\d\d/y],
  [/\(\?:in\|during\|over\|through\|throughout\|since\)\\s\+\(\?:the/u, /\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter)/iy],
  [/early\|mid-\?\|late\|the/u, /(?:-|\s+(?:beginning|start|end|middle|of|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\s+(?:19|20)\d\d)/iy],
  [/first\|last\|final\)\\s\+/u, /\s+(?:first|last|final)\s/iy],
  [/half\\s\+of/u, /\s+(?:first|second|1st|2nd)\s/iy],
  [/\(second\|third\|fourth\|2nd\|3rd\|4th\)\\s\+week/u, /\s+(?:second|third|fourth|2nd|3rd|4th)\s/iy],
  [/quarter\\s/u, /\s+(?:first|second|third|fourth|1st|2nd|3rd|4th)\s/iy],
  [/start\|beginning\|end\|middle\)\\s\+of\\s\+\(\?:the\|this/u, /\s+(?:start|beginning|end|middle)\s/iy],
  [/day\\s\+before/u, /\s+day\s/iy],
  [/past\|the\\s\+\(\?:last\|previous/u, /\s+(?:past|last|previous|\d|[a-z-]+\s+(?:hours?|days?|weeks?|months?|years?)\b|(?:hours?|days?|weeks?|months?|years?|24)\b)/iy],
  [/recent\\s\+/u, /\s+recent/iy],
  [/this\|last\|next\|previous\)\\s\+\(week/u, /\s+(?:this\s+|last\s+|next\s+)?(?:week|month|year)/iy],
  [/last\|this\|next\|past\)\\s\+\(spring/u, /\s+(?:spring|summer|autumn|fall|winter)/iy],
  [/this\\s\+morning/u, /\s+(?:morning|afternoon|evening|today)/iy],
  [/last\\s\+night/u, /\s+(?:night|the\s+night)/iy],
  [/Monday\|Tuesday/u, /\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)/y],
  [/\(\?:the\\s\+\)\?\$\{?DAY|\(\?:the\\s\+\)\?\(\\d/u, /\s*\d/y],
  [/з\|із\|від\|с\|со\|от\)\\s\+\(\\d/u, /\s+\d/y],
  [/на\\s\+початку/u, /\s+(?:початку|кінці|кінця|середині|середини|начале|конце|конца|середине|середины|начала)/iuy],
  [/\(\?:у\|в\|во\)\\s\+ніч/u, /\s+(?:ніч|ночь)/iuy],
  [/\(\?:у\|в\|во\)\\s\+\(\?:\(минул/u, /\s+(?:(?:минул|прошл|минувш|цей|цю|эту|этот|наступн|следующ)\p{L}*\s+)?(?:понеділ|вівтор|серед|четвер|п['’ʼ]?ятниц|субот|неділ|понедельн|вторник|сред|четверг|пятниц|суббот|воскресен)/iuy],
  [/\(\?:у\|в\|во\)\\s\+\(/u, /\s+(?:січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд|январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)/iuy],
  [/\(\?:у\|в\|во\|з\|із\|с\|со\|до/u, /\s(?:19|20)\d\d/y],
  [/течение\)\\s\+\(\?:\(\?:минул\\p\{L\}\*\|останн\\p\{L\}\*\|попередн/u, /\s+(?:минул|останн|попередн|прошедш|последн|минувш|добу|доби|діб|сутки|суток|течение|\d|дв|тр|чотир|четыр|пят|п['’ʼ]ят|шіст|шест|сім|сем)/iuy],
  [/течение\)\\s\+\(\?:\(\?:минул\\p\{L\}\*\|останн\\p\{L\}\*\|прошедш/u, /\s+(?:минул|останн|прошедш|прошл|последн|течение|тиж|недел|міс|мес|дн|рок|рік|год|\d|дв|тр|чотир|пят|п['’ʼ]ят|шіст|шест|сім|сем|вісім|восем|дев|десят)/iuy],
  [/за\\s\+\(\(\?:/u, /\s+(?:січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)/iuy],
  [/\(\?:від\|з\|із\|с\|от\)\\s\+\(\?:початку/u, /\s+(?:початку|начала)/iuy],
  [/since\\s\+the\\s\+\(\?:start/u, /\s+the\s+(?:start|beginning)/iy],
  [/цьому\|минулому\|наступному/u, /\s+(?:цьому|минулому|наступному|этой|прошлой|следующей|этом|прошлом|следующем|цього|минулого|наступного|тижні|тижня|неделе|недели|місяці|місяця|месяце|месяца|році|року|году|года)/iuy],
  // "минулої осені", "прошлым летом"; "за десять місяців року", "за три недели ноября"; "for a third straight day".
  [/\(минулої\|минулого\|прошлой/u, /\s+(?:весн|літ|лет|осен|осін|зим)/iuy],
  [/за\\s\+\(\?:\(\?:перші/u, /\s+(?:\d|перш|перв|дв|тр|чотир|четыр|пят|п['’ʼ]ят|шіст|шест|сім|сем|вісім|восем|дев|десят|один)/iuy],
  [/for\\s\+\(\?:a\|the\)\\s\+\(second/u, /\s+(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh)\s/iy],
  [/\(\?:до\|к\|by\)/u, /\s+(?:the\s+)?(?:конц|кінця|end|year|month|весн|літ|лет|осен|зим|spring|summer|autumn|fall|winter)/iuy],
  // figures: a date or year after them, or "ago"/"тому"/"назад" within a few words
  [/\(days\?\|weeks\?\|months\?\|years\?\)\\s\+ago/u, AGO_AFTER],
  [/тому\|назад/u, TOMU_AFTER],
]

/**
 * Gates that can pass only in a text holding certain words: the "… ago" gates run at every figure,
 * and most reports never say "ago", so one test of the whole text rules them all out.
 */
const GATE_NEEDS: readonly [RegExp, RegExp][] = [
  [AGO_AFTER, /ago/i],
  [TOMU_AFTER, /тому|назад/iu],
]


const rule = (starts: readonly string[], source: string, flags: string, build: Rule['build'], group?: number, atFigure?: Rule['atFigure']): Rule => ({
  re: null,
  source,
  flags: `y${flags}${group ? 'd' : ''}`,
  starts,
  build,
  ...(group ? { group } : {}),
  ...(atFigure ? { atFigure } : {}),
})

// `atFigure` tests for the rules that start at a figure (see each rule's pattern).
/** One or two digits ("26 February", "26th", "24-25 лютого"): a third digit fails `\d{1,2}`. */
const DAY_FIGURE = (_text: string, _start: number, digits: number): boolean => digits <= 2
/** A count of up to three digits ("3 days ago", "5 днів тому"). */
const COUNT_FIGURE = (_text: string, _start: number, digits: number): boolean => digits <= 3
/** "2025-11-30": four digits, then a hyphen. */
const ISO_FIGURE = (text: string, start: number, digits: number): boolean => digits === 4 && text.charCodeAt(start + 4) === 0x2d
/** "26.02.2026", "26/02/2026": one or two digits, then a dot or a slash. */
const DOTTED_FIGURE = (text: string, start: number, digits: number): boolean => {
  const c = text.charCodeAt(start + digits)
  return digits <= 2 && (c === 0x2e || c === 0x2f)
}
/** "2025 року": a year of this century or the last, four digits and no fifth. */
const YEAR_FIGURE = (text: string, start: number, digits: number): boolean => {
  if (digits !== 4) return false
  const c0 = text.charCodeAt(start)
  const c1 = text.charCodeAt(start + 1)
  return (c0 === 0x31 && c1 === 0x39) || (c0 === 0x32 && c1 === 0x30)
}
/** "3 квартал", "2-му кварталі": one digit, 1 to 4. */
const QUARTER_FIGURE = (text: string, start: number, digits: number): boolean => {
  const c = text.charCodeAt(start)
  return digits === 1 && c >= 0x31 && c <= 0x34
}

const EN_MONTH_STARTS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const EN_WEEKDAY_STARTS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
const CY_MONTH_STARTS = [...new Set([...CYRILLIC_MONTHS.keys()].map((k) => k.slice(0, 3)))]
const CY_WEEKDAY_STARTS = [...new Set([...WEEKDAYS.keys()].filter((k) => /[а-яіїєґ]/i.test(k)).map((k) => k.slice(0, 3)))]
const EN_PREPS = ['in', 'since', 'until', 'till', 'by', 'from', 'through', 'during', 'of', 'before', 'after', 'between', 'and', 'to', 'last', 'this', 'next']
const EN_YEAR_PREPS = ['in', 'since', 'during', 'by', 'until', 'till', 'through', 'throughout', 'from', 'for', 'before', 'after', 'of', 'between', 'and', 'to', 'early', 'late', 'mid']
const EN_PART_STARTS = ['early', 'mid', 'late', 'the', 'beginning', 'start', 'end', 'middle']
const CY_PREPS = ['у', 'в', 'во', 'з', 'із', 'с', 'со', 'до', 'від', 'от', 'по', 'за']
/** Plural forms of the units of a span ("роки", "місяців", "недель", "дни"). */
const PLURAL_UNIT = /^(?:роки|років|тижні|тижнів|місяці|місяців|дні|днів|годы|лет|недели|недель|месяцы|месяцев|дни|дней)$/iu
const CY_PART_STARTS = ['на', 'наприкінці', 'в', 'у', 'к', 'до', 'з', 'із', 'с', 'від', 'от']
const NUMBER_STARTS = ['#', ...NUMBER_WORD_STARTS]

function absolute(year: string | undefined): YearRef | null {
  return year ? { absolute: Number(year) } : null
}

/** A part of a season as a start: its first day (a season value), or its second or third month. */
function seasonPart(which: Season, part: DatePart | null, relative: string | undefined): DateValue {
  const rel = relative?.toLowerCase() === 'last' ? 'last' : relative?.toLowerCase() === 'this' ? 'this' : null
  if (part !== 'mid' && part !== 'late' && part !== 'end') return { kind: 'season', year: null, season: which, relative: rel }
  const first = SEASON_FIRST_MONTH[which]
  const month = ((first - 1 + (part === 'mid' ? 1 : 2)) % 12) + 1
  return { kind: 'month', year: null, month, part: null }
}

const SEASON_FIRST_MONTH: Readonly<Record<Season, number>> = { spring: 3, summer: 6, autumn: 9, winter: 12 }

function enPart(text: string | undefined): DatePart | null {
  if (!text) return null
  const t = text.toLowerCase()
  if (t.startsWith('early')) return 'early'
  if (t.startsWith('mid') || t.includes('middle')) return 'mid'
  if (t.startsWith('late')) return 'late'
  if (t.includes('end')) return 'end'
  return 'start'
}

function cyPart(text: string): { part: DatePart; since: boolean; by: boolean } {
  const t = text.toLowerCase()
  const since = /^(з|із|с|від|от)\s/.test(t)
  const by = /^(до|к)\s/.test(t)
  const part: DatePart = /кін|конц/.test(t) ? 'end' : /серед/.test(t) ? 'mid' : 'start'
  return { part, since, by }
}

function num(text: string | undefined): number | null {
  if (!text) return null
  if (/^\d+$/.test(text)) return Number(text)
  return numberWordValue(text)
}

function season(text: string): Season {
  const t = text.toLowerCase()
  if (/spring|весн/.test(t)) return 'spring'
  if (/summer|літ|влітку|лет/.test(t)) return 'summer'
  if (/autumn|fall|осін|осен|восени/.test(t)) return 'autumn'
  return 'winter'
}

function relativeYear(text: string): YearRef {
  return /last|previous|минул|прошл/i.test(text) ? { offset: -1 } : { offset: 0 }
}

function dayValue(month: number | null, day: string | undefined, year: YearRef | null): DateValue | null {
  if (month === null || day === undefined) return null
  const d = Number(day)
  if (d < 1 || d > 31) return null
  return { kind: 'day', year, month, day: d }
}

function dayOrRange(month: number | null, day: string | undefined, day2: string | undefined, year: YearRef | null): DateValue | null {
  const first = dayValue(month, day, year)
  if (!first || !day2) return first
  const second = dayValue(month, day2, year)
  if (!second || Number(day2) <= Number(day)) return first
  return { kind: 'range', from: first, to: second }
}

function withWeekdayPrefix(source: string, weekdays: string): string {
  return `(?:${weekdays},?\\s+)?${source}`
}

/**
 * "on May 15 and 16" (ISW's two-day reports): a second day after "and", not a count ("on May 15 and
 * 16 people were hurt"); taken as a range only when it is the next day.
 */
const EN_AND_DAY = String.raw`\s+and\s+(\d{1,2})(?![\p{L}\p{N}_])(?!\s+(?:more\s+|other\s+|of\s+)?(?:people|persons|civilians|residents|children|men|women|soldiers|servicemen|troops|fighters|personnel|troopers|wounded|dead|killed|injured|drones|missiles|shells|rockets|bombs|attacks|assaults|strikes|clashes|times|tanks|vehicles|villages|settlements|towns|houses|homes|buildings|km|kilometers|kilometres|miles|sq|square|percent|per|%|hours|days|weeks|months|years)(?![\p{L}]))`

/** Since Russia's full-scale invasion, 24 February 2022. */
const INVASION: DateValue = { kind: 'since', from: { kind: 'day', year: { absolute: 2022 }, month: 2, day: 24 } }

const RULES: readonly Rule[] = [
  // ISO 8601 calendar dates.
  rule(['#'], String.raw`${B}(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+Z?)?${E}`, 'u', (m) => dayValue(Number(m[2]), m[3], absolute(m[1])), undefined, ISO_FIGURE),
  // 26.02.2026 / 26/02/2026 (day first unless the first figure cannot be a day-of-month pair that way).
  rule(['#'], String.raw`${B}(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d{2}|\d{2})${E}`, 'u', (m) => {
    const a = Number(m[1])
    const b = Number(m[3])
    const [day, month] = b > 12 && a <= 12 ? [b, a] : [a, b]
    // Two-digit years ("24.02.22") are this century's.
    const year = m[4]!.length === 2 ? String(2000 + Number(m[4])) : m[4]
    return dayValue(month, String(day), absolute(year))
  }, undefined, DOTTED_FIGURE),
  // "February 26", "Feb. 26-27", "Friday, February 27, 2026"
  rule([...EN_MONTH_STARTS, ...EN_WEEKDAY_STARTS], 
    `${B}${withWeekdayPrefix(`(${MON_EN})\\s+${DAY}(?:\\s*[-–—]\\s*(\\d{1,2})${E}|${EN_AND_DAY})?(?:,?\\s+${YEAR})?`, WD_EN)}${E}`,
    'u',
    (m) => dayOrRange(monthNumber(m[1]!), m[2], m[3] ?? (m[4] && Number(m[4]) === Number(m[2]) + 1 ? m[4] : undefined), absolute(m[5])),
  ),
  // "between November 1 and 15", "between 3 and 9 November": after "between", the second day ends a
  // stretch, however far it is from the first ("on May 15 and 16" alone is one only for the next day).
  rule(['between'], `${B}[Bb]etween\\s+(?:(${MON_EN})\\s+${DAY}\\s+and\\s+(\\d{1,2})|${DAY}\\s+and\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MON_EN}))(?:,?\\s+${YEAR})?${E}`, 'u', (m) =>
    m[1] ? dayOrRange(monthNumber(m[1]), m[2], m[3], absolute(m[7])) : dayOrRange(monthNumber(m[6]!), m[4], m[5], absolute(m[7])),
  ),
  // "26 February 2026", "24-25 February", "the 26th of February", "Friday, 27 February 2026"
  rule(['#', 'the', ...EN_WEEKDAY_STARTS], 
    `${B}${withWeekdayPrefix(`(?:the\\s+)?${DAY}(?:\\s*[-–—]\\s*(\\d{1,2}))?\\s+(?:of\\s+)?(${MON_EN})(?:,?\\s+${YEAR})?`, WD_EN)}${E}`,
    'u',
    (m) => dayOrRange(monthNumber(m[3]!), m[1], m[2], absolute(m[4])),
    undefined,
    DAY_FIGURE,
  ),
  // "late November 2025", "the end of January", "February 2026"
  rule(EN_PART_STARTS, `${B}${EN_PART}\\s*(${MON_EN})(?:,?\\s+${YEAR})?${E}`, 'iu', (m) => monthValue(m[2]!, m[3], enPart(m[1]))),
  rule(EN_MONTH_STARTS, `${B}(${MON_EN}),?\\s+${YEAR}${E}`, 'u', (m) => monthValue(m[1]!, m[2], null)),
  // "January-October 2025", "January to October", "from January through October": a stretch of
  // months told without a preposition before the first (a figure's period: "For January-October 2025
  // the figure was …", "January to October yielded 3,720 sq km"); both ends take the year given.
  // (Started at the month only: "in January-October 2025" is the preposition rule's "in January" and
  // "October 2025", joined by the dash.)
  rule(EN_MONTH_STARTS, `${B}(${MON_EN})\\s*(?:[-–—]|\\s(?:to|through|till|until)\\s)\\s*(${MON_EN})(?:,?\\s+${YEAR})?${E}`, 'u', (m) => {
    const from = monthValue(m[1]!, m[3], null)
    const to = monthValue(m[2]!, m[3], null)
    return from && to && from.kind === 'month' && to.kind === 'month' && from.month < to.month ? { kind: 'range', from, to } : null
  }),
  // "June alone accounted for 520 sq km": a month as the subject of a monthly figure.
  rule(EN_MONTH_STARTS, `${B}(${MON_EN})(?=\\s+alone${E})`, 'u', (m) => monthValue(m[1]!, undefined, null)),
  // A month owning or naming a monthly figure: "Russia's March haul", "August's 412 sq km", "July's
  // gains", "the June total". A month before a day ("September 15") is the day rule's.
  rule(EN_MONTH_STARTS, `${B}(${MON_EN})(?=(?:['’]s\\s+(?:\\d|(?:[\\p{L}-]+\\s+)?(?:haul|tally|total|gains|advances|takings|figure|count|losses))|\\s+(?:haul|tally|total|gains|advances|takings|figure|count|losses)${E}))`, 'u', (m) => monthValue(m[1]!, undefined, null)),
  // A bare month after a preposition: "in May", "since February", "last March".
  rule(
    EN_PREPS,
    `${B}(in|In|since|Since|until|till|by|from|From|through|during|of|before|after|between|and|to|last|Last|this|This|next|Next)\\s(${MON_EN})${E}`,
    'u',
    (m) => {
      const prep = m[1]!.toLowerCase()
      const relative = prep === 'last' || prep === 'this' || prep === 'next' ? prep : undefined
      const month = monthNumber(m[2]!)
      return month === null ? null : { kind: 'month', year: null, month, part: null, ...(relative ? { relative } : {}) }
    },
    2,
  ),
  // Years: "late 2025", "in 2024", "since 2022"
  rule(EN_PART_STARTS, `${B}${EN_PART}\\s*${YEAR}${E}`, 'iu', (m) => ({ kind: 'year', year: { absolute: Number(m[2]) }, part: enPart(m[1]) })),
  rule(
    EN_YEAR_PREPS,
    String.raw`${B}(?<![Bb]orn\s+)(?:in|since|during|by|until|till|through|throughout|from|for|before|after|of|between|and|to|early|late|mid|In|Since|During|By|From|Until|Before|After)[\s-]${YEAR}(?!\s*(?:km|sq|square|soldiers|troops|people|%|percent|kilomet|mile|residents|civilians|attacks|drones|missiles)|[.,]\d|\d)`,
    'u',
    (m) => ({ kind: 'year', year: { absolute: Number(m[1]) }, part: null }),
    1,
  ),
  // "the start of the year", "the end of last year"
  rule(
    ['the', 'start', 'beginning', 'end', 'middle'],
    String.raw`${B}(?:the\s+)?(start|beginning|end|middle)\s+of\s+(?:the|this|last|the\s+previous)\s+year${E}`,
    'iu',
    (m) => ({ kind: 'year', year: /last|previous/i.test(m[0]) ? { offset: -1 } : { offset: 0 }, part: /end/i.test(m[1]!) ? 'end' : /middle/i.test(m[1]!) ? 'mid' : 'start' }),
  ),
  // "since the start of the month", "since the beginning of this week": this month or week so far.
  rule(['since'], String.raw`${B}since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+(month|week)${E}`, 'iu', (m) => ({ kind: 'calendar', unit: m[1]!.toLowerCase() as 'month' | 'week', offset: 0 })),
  // Periods: "the first 10 months of 2025", "the last two weeks of this year"
  rule(['the', 'first', 'last', 'final'], 
    String.raw`${B}(?:the\s+)?(first|last|final)\s+${NUM}\s+(months?|weeks?|days?)\s+of\s+(?:${YEAR}|(this|last|the|the\s+previous)\s+year)${E}`,
    'iu',
    (m) => periodValue(m[1]!, m[2], m[3]!, m[4] ? { absolute: Number(m[4]) } : m[5] ? relativeYear(m[5]) : null),
  ),
  // Weeks and days of a month: "the first week of December", "the last 10 days of March 2025",
  // "the third week of May".
  rule(['the', 'first', 'last', 'final'],
    String.raw`${B}(?:the\s+)?(first|last|final)\s+(?:${NUM}\s+)?(weeks?|days?)\s+of\s+(${MON_EN})(?:,?\s+${YEAR})?${E}`,
    'iu',
    (m) => {
      const month = monthNumber(m[4]!)
      const period = periodValue(m[1]!, m[2] ?? '1', m[3]!, absolute(m[5]))
      return month === null || period?.kind !== 'period' ? null : { ...period, month }
    },
  ),
  rule(['the', 'second', 'third', 'fourth', '2nd', '3rd', '4th'],
    String.raw`${B}(?:the\s+)?(second|third|fourth|2nd|3rd|4th)\s+week\s+of\s+(${MON_EN})(?:,?\s+${YEAR})?${E}`,
    'iu',
    (m) => {
      const month = monthNumber(m[2]!)
      const skip = /second|2nd/i.test(m[1]!) ? 1 : /third|3rd/i.test(m[1]!) ? 2 : 3
      return month === null ? null : { kind: 'period', year: absolute(m[3]), which: 'first', count: 1, unit: 'week', month, skip }
    },
  ),
  rule(['the', 'first', 'second', '1st', '2nd'], 
    String.raw`${B}(?:the\s+)?(first|second|1st|2nd)\s+half\s+of\s+(?:${YEAR}|(this|last)\s+year)${E}`,
    'iu',
    (m) => ({ kind: 'fraction', year: m[2] ? { absolute: Number(m[2]) } : relativeYear(m[3] ?? 'this'), index: /first|1st/i.test(m[1]!) ? 1 : 2, parts: 2 }),
  ),
  rule(['h1', 'h2'], String.raw`${B}(H[12])\s+${YEAR}${E}`, 'u', (m) => ({ kind: 'fraction', year: { absolute: Number(m[2]) }, index: Number(m[1]!.slice(1)), parts: 2 })),
  rule(['q1', 'q2', 'q3', 'q4'], String.raw`${B}(Q[1-4])\s+${YEAR}${E}`, 'u', (m) => ({ kind: 'fraction', year: { absolute: Number(m[2]) }, index: Number(m[1]!.slice(1)), parts: 4 })),
  rule(['the', 'first', 'second', 'third', 'fourth', '1st', '2nd', '3rd', '4th'], 
    String.raw`${B}(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+)?(?:${YEAR}|(this|last)\s+year)${E}`,
    'iu',
    (m) => ({ kind: 'fraction', year: m[2] ? { absolute: Number(m[2]) } : relativeYear(m[3] ?? 'this'), index: ordinal(m[1]!), parts: 4 }),
  ),
  // Seasons: "the summer of 2025", "last winter", "spring 2024"
  rule(['the', 'spring', 'summer', 'autumn', 'fall', 'winter'], String.raw`${B}(?:the\s+)?${EN_SEASON}\s+(?:of\s+)?${YEAR}${E}`, 'iu', (m) => ({ kind: 'season', year: { absolute: Number(m[2]) }, season: season(m[1]!), relative: null })),
  rule(['in', 'during', 'over', 'through', 'throughout', 'since'], String.raw`${B}(?:in|during|over|through|throughout|since)\s+(?:the\s+)?${EN_SEASON}${E}(?!\s+(?:of\s+)?(?:19|20)\d{2})`, 'iu', (m) => ({ kind: 'season', year: null, season: season(m[1]!), relative: null }), 1),
  rule(['last', 'this', 'next', 'past'], String.raw`${B}(last|this|next|past)\s+${EN_SEASON}${E}`, 'iu', (m) => ({
    kind: 'season', year: null, season: season(m[2]!), relative: /last|past/i.test(m[1]!) ? 'last' : /next/i.test(m[1]!) ? 'next' : 'this',
  })),
  // Relative days.
  rule(['today', 'this', 'tonight', 'earlier'], String.raw`${B}(today|this\s+morning|this\s+afternoon|this\s+evening|tonight|earlier\s+today)${E}`, 'iu', () => ({ kind: 'offset-day', days: 0 })),
  rule(['the'], String.raw`${B}(the\s+day\s+before\s+yesterday)${E}`, 'iu', () => ({ kind: 'offset-day', days: -2 })),
  rule(['yesterday'], String.raw`${B}(yesterday)${E}`, 'iu', () => ({ kind: 'offset-day', days: -1 })),
  rule(['overnight', 'last', 'during'], String.raw`${B}(overnight|last\s+night|during\s+the\s+night)${E}`, 'iu', () => ({ kind: 'overnight', to: null })),
  rule(['through', 'throughout'], String.raw`${B}(?:through|throughout)\s+the\s+night${E}`, 'iu', () => ({ kind: 'overnight', to: null })),
  rule(['in'], String.raw`${B}in\s+the\s+course\s+of\s+the\s+night${E}`, 'iu', () => ({ kind: 'overnight', to: null })),
  // "shot down 40 drones in the night", "in the night, a glide bomb hit …": the night before (not
  // "in the night of …", which names its own night, nor "in the nights", a frequency).
  // ("in the night to try to take the streets back": "to" before a verb is no night's end; "in the
  // night to Monday" names its morning and is read by the rules below.)
  rule(['in'], String.raw`${B}in\s+the\s+night(?!\s+(?:of|from|before|after)(?![\p{L}]))(?!\s+(?:to|into)\s+(?:\d|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*(?![\p{L}])))${E}`, 'iu', () => ({ kind: 'overnight', to: null })),
  // "in the dark hours", "in the small hours", "during the hours of darkness": the night just past,
  // as "overnight" is (not "in the small hours of Monday", which the weekday rules would name).
  rule(['in', 'during'], String.raw`${B}(?:in|during)\s+the\s+(?:(?:dark|small|pre-?dawn)\s+hours(?!\s+of(?![\p{L}]))|hours\s+of\s+darkness)${E}`, 'iu', () => ({ kind: 'overnight', to: null })),
  // "the night's barrage", "last night's attack", "нічна атака", "нічного обстрілу", "ночной атаки",
  // "ночного удара", "нічна пожежа", "ночной взрыв": a single night's event, the night just past (plural
  // "ночные удары" is a habit).
  rule(['the', 'last'], String.raw`${B}(?:the|last)\s+night['’]s${E}`, 'iu', () => ({ kind: 'overnight', to: null })),
  rule(['нічн', 'ночн'], String.raw`${B}(?:нічн(?:ий|ого|ому|ім|им|а|ої|ій|ою|у|е)|ночн(?:ой|ого|ому|ым|ом|ая|ую|ое|ою))(?=\s+(?:атак|удар|обстр|нальот|налет|налёт|масован|массирован|комбінован|комбинирован|пожеж|пожар|вибух|взрыв|детонац|приліт|прильот|прилет|прилёт)\p{L}*)${E}`, 'iu', () => ({ kind: 'overnight', to: null })),
  // The plural is the night just past too when the sentence tells its aftermath or its course ("досі
  // горить після нічних ударів", "во время ночных ударов", "внаслідок нічних атак"): strikes that have
  // a result today are last night's, not a habit; so are those whose details or results are told
  // ("деталі нічних ударів", "последствия ночных атак").
  rule(['після', 'после', 'внаслідок', 'вследствие', 'під', 'во', 'в', 'у', 'через', 'из-за'], String.raw`${B}(?:після|после|внаслідок|вследствие|під\s+час|во\s+время|в\s+результате|в\s+результаті|у\s+результаті|через|из-за)\s+(?:(?:масован|массирован|комбінован|комбинирован)\p{L}*\s+)?(?:нічних|ночных)(?=\s+(?:(?:масован|массирован|комбінован|комбинирован)\p{L}*\s+)?(?:атак|удар|обстр|нальот|налет|налёт)\p{L}*)${E}`, 'iu', () => ({ kind: 'overnight', to: null })),
  // (The night's word alone is the date: the noun before it may be a frame's words, "розкрив деталі".)
  rule(['нічних', 'ночных'], String.raw`(?<=(?:детал|подробиц|наслідк|підсумк|подробност|последстви|итог)\p{L}*\s+)(?:нічних|ночных)(?=\s+(?:(?:масован|массирован|комбінован|комбинирован)\p{L}*\s+)?(?:атак|удар|обстр|нальот|налет|налёт)\p{L}*)${E}`, 'iu', () => ({ kind: 'overnight', to: null })),
  // Round 20: the plural confirmed or reported as such ("Генштаб підтвердив нічні удари по НПЗ",
  // "подтвердили ночные атаки на аэродром", "повідомили про нічні атаки", "сообщил о ночных ударах"): a
  // statement confirms or reports strikes that happened, and a report of the day tells last night's.
  rule(['нічні', 'ночные', 'нічних', 'ночных'], String.raw`(?<=(?:(?:підтверд|подтверд)\p{L}*|(?:повідоми|сообщи|розповіл|рассказал|заяви|звітува|отчита)\p{L}*\s+(?:про|о|об))\s+)(?:нічні|ночные|нічних|ночных)(?=\s+(?:(?:масован|массирован|комбінован|комбинирован)\p{L}*\s+)?(?:атак|удар|обстр|нальот|налет|налёт)\p{L}*)${E}`, 'iu', () => ({ kind: 'overnight', to: null })),
  // "the night before last": the night that ended yesterday morning.
  rule(['the'], String.raw`${B}the\s+night\s+before\s+last${E}`, 'iu', () => ({ kind: 'overnight', to: { kind: 'offset-day', days: -1 } })),
  // "had been probing their lines for a week", "have been shelling the town for three days": a
  // state that lasted up to the statement, the days counted back from it. Only after "been" (a
  // perfect of duration); "evacuated for a week" or "for two weeks" of a plan says how long, not when.
  rule(['for'], String.raw`${B}for\s+(?:the\s+(?:past|last)\s+)?(a|one|two|three|four|five|six|seven|ten|\d{1,2})\s+(days?|weeks?)${E}`, 'iu', (m) => {
    const lead = m.input.slice(Math.max(0, m.index - 80), m.index)
    // Also after a toll or a fire in the same sentence, as the agencies' weekly tallies write it ("3
    // people were killed and 14 injured from the shelling … for a week"): the past week (convention 83).
    if (!BEEN_BEFORE.test(lead) && !(/^(?:a|one)$/iu.test(m[1]!) && /^weeks?$/iu.test(m[2]!) && TOLL_BEFORE.test(lead))) return null
    return pastSpan(/^(?:a|one)$/iu.test(m[1]!) ? '1' : m[1]!, m[2]!)
  }),
  // "on the night of July 4", "the night of 4 to 5 July", "during the night from March 3 to 4",
  // "overnight into Thursday": the night ending on the later day.
  rule(['on', 'the', 'during', 'in'],
    String.raw`${B}(?:(?:on|during|in)\s+)?the\s+night\s+(?:(?:of|from)\s+)?(?:(?:${DAY}\s+(?:to|into|-|–)\s+${DAY}\s+(${MON_EN}))|(?:(${MON_EN})\s+${DAY}(?:\s*(?:to|into|-|–)\s*${DAY})?)|(?:${DAY}\s+(${MON_EN})))${E}`,
    'iu',
    (m) => {
      const month = monthNumber((m[3] ?? m[4] ?? m[8])!)
      const to = m[2] ?? m[6]
      const from = m[1] ?? m[5] ?? m[7]
      if (month === null) return null
      const day = to ? Number(to) : Number(from) + 1
      return day > 31 ? null : { kind: 'overnight', to: { kind: 'day', year: null, month, day } }
    },
  ),
  // "overnight on August 16-17", "overnight 16 to 17 August": the night ending on the later day.
  rule(['overnight'],
    String.raw`${B}overnight\s+(?:on\s+|of\s+)?(?:(${MON_EN})\s+${DAY}\s*(?:to|into|-|–)\s*${DAY}|${DAY}\s*(?:to|into|-|–)\s*${DAY}\s+(${MON_EN}))${E}`,
    'iu',
    (m) => {
      const month = monthNumber((m[1] ?? m[6])!)
      const to = dayValue(month, m[3] ?? m[5], null)
      return to ? { kind: 'overnight', to } : null
    },
  ),
  // "overnight into Sunday", "on the night to Monday", "the night of Sunday to Monday", "Sunday night into Monday".
  rule(['overnight', 'on', 'the', 'during', ...EN_WEEKDAY_STARTS],
    String.raw`${B}(?:overnight\s+(?:on\s+)?(?:into|to)|(?:(?:on|during)\s+)?the\s+night\s+(?:of\s+(?:${WD_EN})\s+)?(?:to|into|before)|(?:${WD_EN})\s+night\s+(?:into|to))\s+(${WD_EN})${E}`,
    'iu',
    (m) => {
      const to = weekdayValue(m[1]!, undefined)
      return to ? { kind: 'overnight', to } : null
    },
  ),
  // "on Thursday night", "late Monday night", "Sunday night": the night that begins that evening and
  // ends the next morning (judgement call 6: [D-1, D] with D the morning it ended). "Thursday night
  // into Friday" is the rule above.
  rule([...EN_WEEKDAY_STARTS, 'on', 'late', 'last'],
    String.raw`${B}(?:(?:[Oo]n|[Ll]ate|[Ll]ast)\s+(?:late\s+)?)?(${WD_EN})\s+night${E}(?!\s+(?:into|to)\s+${WD_EN})`,
    'u',
    (m) => {
      const day = weekdayNumber(m[1]!)
      return day === null ? null : { kind: 'overnight', to: { kind: 'weekday', weekday: (day + 1) % 7, modifier: null } }
    },
  ),
  // "over the weekend", "last weekend", "at the weekend", "this past weekend".
  rule(['over', 'during', 'at', 'on', 'last', 'this', 'the', 'past'],
    String.raw`${B}(?:(?:over|during|at|on)\s+the\s+|(last|this|this\s+past|the\s+past|past)\s+)weekend${E}`,
    'iu',
    (m) => ({ kind: 'weekend', relative: m[1] && /last/i.test(m[1]) ? 'last' : null }),
  ),
  // "in the 24 hours to the morning of July 13", "over the past 24 hours to 8 a.m. on 13 July".
  rule(['in', 'over', 'during'],
    String.raw`${B}(?:in|over|during)\s+the\s+(?:past\s+|last\s+)?24\s+hours\s+(?:to|until|up\s+to|through|ending)\s+(?:(?:the\s+)?(?:morning|evening)\s+of\s+|\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?\s+(?:on\s+)?)?(?:${DAY}\s+(${MON_EN})|(${MON_EN})\s+${DAY})${E}`,
    'iu',
    (m) => {
      const month = monthNumber((m[2] ?? m[3])!)
      return month === null ? null : { kind: 'overnight', to: { kind: 'day', year: null, month, day: Number(m[1] ?? m[4]) }, window: true }
    },
  ),
  rule([...NUMBER_STARTS, 'a', 'an'], String.raw`${B}(?:${NUM}|a|an)\s+(days?|weeks?|months?|years?)\s+ago${E}`, 'iu', (m) => agoValue(m[1] ?? '1', m[2]!), undefined, COUNT_FIGURE),
  // "a couple of days ago", "пару днів тому", "пару дней назад": two.
  rule(['a', 'couple', 'пару', 'пара'], String.raw`${B}(?:(?:a\s+)?couple\s+of\s+(days|weeks|months)\s+ago|(?:пару|пара)\s+(днів|дней|тижнів|недель|місяців|месяцев)\s+(?:тому|назад))${E}`, 'iu', (m) => agoValue('2', (m[1] ?? m[2])!)),
  // "in 24 hours", "over 24 hours", "within 24 hours", "за 24 години", "в течение 24 часов": the day to
  // the statement, as "over the past 24 hours" is.
  rule(['in', 'over', 'within', 'during'], String.raw`${B}(?:in|over|within|during)\s+(?:the\s+space\s+of\s+)?(?:24|twenty-four)\s+hours${E}(?!\s+(?:to|until|up\s+to|through|ending)${E})`, 'iu', () => ({ kind: 'past-span', days: 1 })),
  rule(['за', 'протягом', 'упродовж', 'впродовж', 'в'], String.raw`${B}(?:за|протягом|упродовж|впродовж|в\s+течение)\s+(?:(?:останні|минулі|последние|прошедшие)\s+)?24\s+(?:години|годин|часа|часов)${E}`, 'iu', () => ({ kind: 'past-span', days: 1 })),
  // "killed seven civilians in a day", "in one day", "within a day", a fronted "During the day, …": the
  // daily-report window as the agencies translate "за добу" / "за сутки" / "протягом доби", as "over
  // the past day". Not "in a day or two" (a forecast) nor "a day" alone (a rate: "1,000 a day").
  // "37 clashes took place during the day", "… during the day - the headquarters": the phrase closing
  // its clause is the same window (convention 83); not "during the day and night" nor "during the day
  // of the vote".
  rule(['in', 'within', 'during'], String.raw`${B}(?:(?:[Ii]n|[Ww]ithin)\s+(?:a|one|a\s+single)\s+day(?!\s+or\s)(?![\p{L}'’-])|[Dd]uring\s+the\s+day(?=\s*(?:[,.;:!?"»”]|[-–—]\s|$)))${E}`, 'u', () => ({ kind: 'past-span', days: 1 })),
  // "In one week, units … eliminated 300", "shells … 240 times in one week, killing three", "two people
  // were killed … in two days": a tally's window counted back from the report, as "over the past two
  // days" (convention 83). Only fronted or after a toll or a fire in the same sentence, and never
  // after a future or a plan ("will be evacuated in two days", "expected in a week").
  rule(['in'], String.raw`${B}[Ii]n\s+(one|a|two|three|four|five|six|seven|\d)\s+(days|weeks?)${E}(?!\s+(?:or|to|time|ago)${E})`, 'u', (m) => {
    const lead = m.input.slice(Math.max(0, m.index - 160), m.index)
    const count = /^(?:a|one)$/iu.test(m[1]!) ? '1' : m[1]!
    if (/^days$/iu.test(m[2]!) && count === '1') return null
    if (FUTURE_BEFORE.test(lead)) return null
    const fronted = /(?:^|[.!?:|]\s*)$/u.test(lead) && /^\s*,/u.test(m.input.slice(m.index + m[0].length))
    if (!fronted && !TALLY_BEFORE.test(lead)) return null
    return pastSpan(count, m[2]!)
  }),
  // "Losses … amounted to 80 servicemen per day", "destroyed up to 35 Ukrainian military … per day": the
  // agencies' English for "за сутки", the past day (convention 83). Not a rate ("averaged around 1,100
  // per day") nor "per day" inside a longer period ("per day in June").
  // "per day in Donetsk direction", "per day in Mykolaiv and Kherson regions": a place after it keeps
  // the window; a period after it ("per day in June", "in the first week") does not.
  rule(['per'], String.raw`${B}per\s+day${E}(?!\s+(?:in\s+(?:${MON_EN}|(?:19|20)\d\d|(?:the|this|that|last)\s+(?:first|last|past|previous|month|week|year|period|spring|summer|autumn|fall|winter|\p{Ll}))|during|over|since|throughout|on\s+average)${E})`, 'iu', (m) =>
    AVERAGE_BEFORE.test(m.input.slice(Math.max(0, m.index - 80), m.index)) ? null : { kind: 'past-span', days: 1 },
  ),
  // "attacked Kherson Oblast 54 times a day": a count of the past day's attacks in the agencies' English
  // (convention 83); a rate ("usually shells it 20 times a day") or a present habit is no window.
  rule(['a'], String.raw`(?<=(?<![\p{L}])times\s)a\s+day${E}(?!\s+(?:in|during|over|since|throughout|on\s+average)${E})`, 'iu', (m) => {
    const lead = m.input.slice(Math.max(0, m.index - 80), m.index)
    return AVERAGE_BEFORE.test(lead) || !PAST_VERB_BEFORE.test(lead) ? null : { kind: 'past-span', days: 1 }
  }),
  // "from 15 to 21 November", "from November 15 to 21": a stretch of days, as "between … and …" is.
  rule(['from'], `${B}[Ff]rom\\s+(?:(${MON_EN})\\s+${DAY}\\s+(?:to|through|till|until)\\s+(\\d{1,2})(?!\\d)(?!\\s+(?:of\\s+)?${MON_EN})(?!\\s+(?:people|civilians|soldiers|troops|villages|settlements|drones|km|sq|square|miles|percent|per|%)(?![\\p{L}]))|${DAY}\\s+(?:to|through|till|until)\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MON_EN}))(?:,?\\s+${YEAR})?${E}`, 'u', (m) =>
    m[1] ? dayOrRange(monthNumber(m[1]), m[2], m[3], absolute(m[7])) : dayOrRange(monthNumber(m[6]!), m[4], m[5], absolute(m[7])),
  ),
  // Weekdays: "on Friday", "last Friday", "Friday".
  rule([...EN_WEEKDAY_STARTS, 'last', 'this', 'next', 'past', 'on'], `${B}(?:(last|this|next|past|on|On|Last|This|Next)\\s+)?(${WD_EN})${E}`, 'u', (m) => weekdayValue(m[2]!, m[1])),
  // Spans ending at the anchor: "over the past 24 hours", "in the last three weeks", "in recent weeks".
  rule(['the', 'past', 'last'], 
    String.raw`${B}(?:(?:the\s+)?past|the\s+(?:last|previous)|last(?=\s+(?:\d|${NUMBER_WORD_SOURCE})))\s+(?:${NUM}\s+)?(hours?|days?|weeks?|months?|years?|24\s+hours)${E}`,
    'iu',
    (m) => pastSpan(m[1], m[2]!),
  ),
  // "714 strikes … over seven days", "moved 230 residents out … in the space of a week", "across two
  // weeks": a count of days or weeks with no "past" is the same span to the statement (convention 95), as
  // "over the past seven days". Not a duration still to come ("over two weeks to come", "over the next").
  rule(['over', 'in', 'across'], String.raw`${B}(?:over|across|in\s+the\s+(?:space|course)\s+of)\s+(?:(a|one)|${NUM})\s+(days?|weeks?)${E}(?!\s+(?:to\s+come|ahead|from\s+now|later)${E})`, 'iu', (m) => {
    const count = m[1] !== undefined ? '1' : m[2]!
    if (/^days?$/iu.test(m[3]!) && count === '1') return null
    if (FUTURE_BEFORE.test(m.input.slice(Math.max(0, m.index - 160), m.index))) return null
    return pastSpan(count, m[3]!)
  }),
  // "in recent days", "in recent weeks": a horizon without a count dates nothing more precise than
  // the statement, so it is the statement's day, weak like "now" (a date of the clause comes first).
  rule(['in', 'recent'], String.raw`${B}(?:in\s+)?recent\s+(days|weeks|months)${E}`, 'iu', () => ({ kind: 'offset-day', days: 0, weak: true })),
  // "during the week", "throughout the week": the week the report speaks from, so far (as "this
  // week"). "over the month", "during the month": as "за місяць" alone, the month a monthly analysis
  // is about, else the past month.
  rule(['during', 'throughout', 'over'], String.raw`${B}(during|throughout|over)\s+the\s+(week|month)${E}(?!['’]s\s)(?!\s+(?:of|since|before|after|to|when|that|in)${E})`, 'iu', (m) =>
    m[2]!.toLowerCase() === 'month' ? { kind: 'past-span', days: 30, months: 1, bare: true } : m[1]!.toLowerCase() === 'over' ? null : { kind: 'calendar', unit: 'week', offset: 0 },
  ),
  rule(['earlier', 'this', 'last', 'next', 'previous'], String.raw`${B}(?:earlier\s+)?(this|last|next|previous)\s+(week|month|year)${E}`, 'iu', (m) => ({
    kind: 'calendar', unit: m[2]!.toLowerCase() as 'week' | 'month' | 'year', offset: /last|previous/i.test(m[1]!) ? -1 : /next/i.test(m[1]!) ? 1 : 0,
  })),

  // ---- Ukrainian and Russian ----
  // "перший тиждень грудня", "за останні 10 днів березня", "в первую неделю декабря"
  rule(['перш', 'перв', 'останн', 'последн'],
    String.raw`${B}(перш\p{L}*|перв\p{L}*|останн\p{L}*|последн\p{L}*)\s+(?:${NUM}\s+)?(тиж\p{L}*|недел\p{L}*|дн\p{L}*|день|дня)\s+(${MON_CY})(?:\s+${YEAR}${CY_YEAR_WORD}?)?${E}`,
    'iu',
    (m) => {
      const month = monthNumber(m[4]!)
      const period = periodValue(m[1]!, m[2] ?? '1', m[3]!, absolute(m[5]))
      return month === null || period?.kind !== 'period' ? null : { ...period, month }
    },
  ),
  // "26 лютого 2026 року", "24-25 февраля", "26 і 27 лютого"
  rule(['#', ...CY_WEEKDAY_STARTS], 
    `${B}(?:${WD_CY},?\\s+)?(\\d{1,2})(?:\\s*[-–—]\\s*(\\d{1,2})|\\s+(?:і|й|та|и)\\s+(\\d{1,2}))?\\s+(${MON_CY})(?:\\s+${YEAR}${CY_YEAR_WORD}?)?${E}`,
    'iu',
    (m) => dayOrRange(monthNumber(m[4]!), m[1], m[2] ?? m[3], absolute(m[5])),
    undefined,
    DAY_FIGURE,
  ),
  // "з 1 по 26 лютого", "с 20 по 26 февраля"
  rule(['з', 'із', 'від', 'с', 'со', 'от'], 
    `${B}(?:з|із|від|с|со|от)\\s+(\\d{1,2})\\s+(?:по|до)\\s+(\\d{1,2})\\s+(${MON_CY})(?:\\s+${YEAR}${CY_YEAR_WORD}?)?${E}`,
    'iu',
    (m) => dayOrRange(monthNumber(m[3]!), m[1], m[2], absolute(m[4])),
  ),
  // "на початку лютого", "з кінця січня", "в конце 2025 года", "з початку року"
  // "до кінця жовтня", "к концу октября": a deadline, by the end of that month.
  rule(CY_PART_STARTS, `${B}${CY_PART}\\s+(${MON_CY})(?:\\s+${YEAR}${CY_YEAR_WORD}?)?${E}`, 'iu', (m) => {
    const { part, since, by } = cyPart(m[1]!)
    const value = monthValue(m[2]!, m[3], part)
    return value && since ? { kind: 'since', from: value } : value && by ? { kind: 'by', to: value } : value
  }),
  rule(CY_PART_STARTS, `${B}${CY_PART}\\s+(?:${YEAR}${CY_YEAR_WORD}?|(цього\\s+|минулого\\s+|этого\\s+|прошлого\\s+)?(року|года))${E}`, 'iu', (m) => {
    const { part, since, by } = cyPart(m[1]!)
    const year: YearRef = m[2] ? { absolute: Number(m[2]) } : relativeYear(m[3] ?? '')
    const value: DateValue = { kind: 'year', year, part }
    // "до кінця року", "к концу 2026 года": a deadline, as "до кінця жовтня" is.
    if (by && part === 'end') return { kind: 'by', to: { kind: 'year', year, part: null } }
    return since ? { kind: 'since', from: { kind: 'year', year, part: part === 'start' ? null : part } } : value
  }),
  // "у лютому 2026 року", "в феврале", "лютий 2026"
  rule(['у', 'в', 'во'], `${B}(?:у|в|во)\\s+(${MON_CY})(?:\\s+${YEAR}${CY_YEAR_WORD}?)?${E}`, 'iu', (m) => monthValue(m[1]!, m[2], null)),
  rule(CY_MONTH_STARTS, `${B}(${MON_CY})\\s+${YEAR}${CY_YEAR_WORD}?${E}`, 'iu', (m) => monthValue(m[1]!, m[2], null)),
  // "за жовтень і листопад", "за сентябрь и октябрь", "за вересень-жовтень": two months that follow
  // each other as one reporting period.
  rule(['за'], `${B}за\\s+(${MON_CY})\\s*(?:\\s(?:і|й|та|и)\\s|[-–—])\\s*(${MON_CY})(?:\\s+${YEAR}${CY_YEAR_WORD}?)?${E}`, 'iu', (m) => {
    const from = monthValue(m[1]!, m[3], null)
    const to = monthValue(m[2]!, m[3], null)
    return from && to && from.kind === 'month' && to.kind === 'month' && (to.month === from.month + 1 || (from.month === 12 && to.month === 1)) ? { kind: 'range', from, to } : null
  }),
  // "за березень", "за сентябрь 2025 года", "за весь апрель": a month as a reporting period (monthly summaries).
  rule(['за'], `${B}за\\s+(?:(?:весь|увесь|весь|цілий|целый)\\s+)?(${MON_CY})(?:\\s+${YEAR}${CY_YEAR_WORD}?)?${E}`, 'iu', (m) => monthValue(m[1]!, m[2], null)),
  // "за підсумками вересня", "за результатами вересня 2026 року", "по итогам сентября", "по
  // результатам сентября": the month a summary is of.
  rule(['підсумк', 'результат', 'итог'],
    `${B}(?:підсумк\\p{L}*|результат\\p{L}*|итог\\p{L}*)\\s+(?:(?:всього|усього|всего|цілого|целого)\\s+)?(${MON_CY})(?:\\s+${YEAR}${CY_YEAR_WORD}?)?${E}`,
    'iu',
    (m) => monthValue(m[1]!, m[2], null),
  ),
  // "за півмісяця", "за полмесяца", "over the past fortnight", "in half a month": fifteen (fourteen) days to the anchor.
  rule(['півмісяц', 'полмесяц', 'пів'],
    String.raw`${B}(?:півмісяц\p{L}*|полмесяц\p{L}*|пів\s+місяця)${E}`,
    'iu',
    () => ({ kind: 'past-span', days: 15 }),
  ),
  rule(['fortnight'],
    String.raw`${B}fortnight${E}(?!\s+(?:ago|later|earlier|before|after)${E})`,
    'iu',
    () => ({ kind: 'past-span', days: 14 }),
  ),
  // "November's first fortnight", "the month's first half", "this month's opening week", "October's
  // last ten days", "the first fortnight of November", "the opening week of the month": part of a
  // month, named or the one the report is in.
  rule([...EN_MONTH_STARTS, 'the', 'this', 'first', 'opening', 'second', 'last', 'final', 'closing'],
    String.raw`${B}(?:(?:(${MON_EN})|(?:the|this)\s+month)['’]s\s+(first|opening|second|last|final|closing)\s+(?:${NUM}\s+)?(fortnight|half|weeks?|days?)|(?:the\s+)?(first|opening|second|last|final|closing)\s+(?:${NUM}\s+)?(fortnight|half|weeks?|days?)\s+of\s+(?:(${MON_EN})|(?:the|this)\s+month)(?:,?\s+${YEAR})?)${E}`,
    'iu',
    (m) => monthPartValue((m[2] ?? m[5])!, m[3] ?? m[6], (m[4] ?? m[7])!, m[1] ?? m[8] ?? null, absolute(m[9])),
  ),
  // "за перші двадцять днів місяця", "первые 20 дней месяца", "першу половину місяця", "первую неделю
  // этого месяца", "за 10 днів місяця": part of the month the report is in.
  rule(['за', 'перш', 'перв', 'останн', 'последн', 'друг', 'втор'],
    String.raw`${B}(?:за\s+)?(?:(перш\p{L}*|перв\p{L}*|останн\p{L}*|последн\p{L}*|друг\p{L}*|втор\p{L}*)\s+)?(?:${NUM}\s+)?(тиж\p{L}*|недел\p{L}*|дн\p{L}*|день|дня|половин\p{L}*|декад\p{L}*)\s+(?:(?:цього|поточного|этого|текущего)\s+)?(?:місяця|месяца)${E}`,
    'iu',
    (m) => (m[1] || /^за\s/iu.test(m[0]) ? monthPartValue(m[1] ?? 'first', m[2], m[3]!, null, null) : null),
  ),
  // "the first half of October", "в першій половині жовтня", "во второй половине сентября": days 1-15 / 16-end.
  rule(['the', 'first', 'second', 'перш', 'друг', 'перв', 'втор', 'у', 'в', 'во'],
    `${B}(?:(?:the|у|в|во)\\s+)?(first|second|перш\\p{L}*|друг\\p{L}*|перв\\p{L}*|втор\\p{L}*)\\s+(?:half\\s+of|половин\\p{L}*)\\s+(?:(${MON_EN})|(${MON_CY}))(?:,?\\s+${YEAR}${CY_YEAR_WORD}?)?${E}`,
    'iu',
    (m) => {
      const month = monthNumber((m[2] ?? m[3])!)
      if (month === null) return null
      const second = /^(?:second|друг|втор)/iu.test(m[1]!)
      return { kind: 'period', year: absolute(m[4]), which: 'first', count: second ? 16 : 15, unit: 'day', month, ...(second ? { skip: 15 } : {}) }
    },
  ),
  // "before November is out", "before the year is over", "before 2027 is out", "by the time October
  // ends": a deadline.
  rule(['before', 'by'],
    String.raw`${B}(?:before|by\s+the\s+time)\s+(?:(${MON_EN})|the\s+(year|month)|((?:19|20)\d\d))\s+(?:is\s+(?:out|over|done)|ends)${E}`,
    'u',
    (m) => ({ kind: 'by', to: m[1] ? { kind: 'month', year: null, month: monthNumber(m[1])!, part: null } : m[3] ? { kind: 'year', year: { absolute: Number(m[3]) }, part: null } : m[2] === 'year' ? { kind: 'year', year: { offset: 0 }, part: null } : { kind: 'calendar', unit: 'month', offset: 0 } }),
  ),
  // "later this summer", "later this year", "later this month": the rest of it, a deadline.
  rule(['later'],
    String.raw`${B}later\s+this\s+(?:(spring|summer|autumn|fall|winter)|(year|month|week))${E}`,
    'iu',
    (m) => ({ kind: 'by', to: m[1] ? { kind: 'season', year: null, season: season(m[1]), relative: 'this' } : { kind: 'calendar', unit: m[2]!.toLowerCase() as 'year' | 'month' | 'week', offset: 0 } }),
  ),
  // "before Christmas", "by Christmas Day", "до Різдва": 25 December (Ukraine's Christmas since 2023;
  // the Russian "к Рождеству" is 7 January and is left out).
  rule(['before', 'by', 'до'],
    String.raw`${B}(?:before|by|до)\s+(?:Christmas(?:\s+Day)?|Різдва)${E}`,
    'iu',
    () => ({ kind: 'by', to: { kind: 'day', year: null, month: 12, day: 25 } }),
  ),
  // "до Нового року", "к Новому году", "by New Year": the end of the year.
  rule(['до', 'к', 'by', 'before'],
    String.raw`${B}(?:до|к|by|before)\s+(?:the\s+)?(?:Нового\s+року|Новому\s+году|Нового\s+года|New\s+Year(?:['’]s)?)${E}`,
    'iu',
    () => ({ kind: 'by', to: { kind: 'year', year: { offset: 0 }, part: null } }),
  ),
  // "близько 02:40", "около 04:00", "о 03:10", "at 4 a.m.", "around 3:10 am": an hour of the small
  // hours or the morning is of the day the report (or statement) speaks from; later hours may be
  // the evening before a morning post, and are left to the report's window.
  rule(['близько', 'около', 'приблизно', 'примерно', 'о', 'об', 'at', 'around', 'about'],
    String.raw`${B}(?:близько|около|приблизно|примерно|о|об|at|around|about)\s+(?:(\d{1,2}):(\d{2})(?!\d)(?:\s*(a\.?m\.?|p\.?m\.?))?|(\d{1,2})\s*(a\.?m\.?|p\.?m\.?))(?![\p{L}\p{N}_])`,
    'iu',
    (m) => {
      const hour = Number(m[1] ?? m[4])
      const meridiem = (m[3] ?? m[5] ?? '').toLowerCase()
      if (hour > 23 || (m[2] !== undefined && Number(m[2]) > 59)) return null
      const morning = meridiem ? meridiem.startsWith('a') && hour <= 11 : hour <= 11
      return morning ? { kind: 'offset-day', days: 0 } : null
    },
  ),
  // "з початку повномасштабного вторгнення", "с начала СВО", "since the start of the full-scale
  // invasion": since 24 February 2022.
  // "з початку війни", "с начала вторжения", "since the war began", "since Russia's invasion": a war's
  // tally in reports of 2022 on counts from the full-scale invasion.
  rule(['від', 'з', 'із', 'с', 'от'], String.raw`${B}(?:від|з|із|с|от)\s+(?:початку|начала)\s+(?:(?:(?:повномасштабн\p{L}*|полномасштабн\p{L}*|широкомасштабн\p{L}*)\s+)?(?:вторгнення|вторжения|війни|войны)|СВО|специальной\s+военной\s+операции)${E}`, 'iu', () => INVASION),
  rule(['since'], String.raw`${B}since\s+(?:the\s+(?:start|beginning|outbreak)\s+of\s+(?:the\s+|Russia['’]s\s+)?(?:full[-\s]scale\s+)?(?:invasion|war)|(?:the|Russia['’]s)\s+(?:full[-\s]scale\s+)?(?:invasion|war)(?:\s+(?:began|started|of\s+Ukraine))?)${E}`, 'iu', () => INVASION),
  // "погибших в войне", "загиблих у війні", "killed in the war": the toll of the whole war, when the
  // clause names no other period ("за последние две недели … погибших на войне" is the fortnight's).
  // "killed in war-torn eastern Ukraine" is no toll: "war" there begins a compound adjective.
  rule(['в', 'у', 'на', 'in'], String.raw`(?<=(?:погибш|загибл|загинул|погибл|убит|вбит|killed|died|dead)\p{L}*\s+)(?:в|у|на|in)\s+(?:the\s+)?(?:войне|війні|war)(?!\s+(?:of|in)\s+\d)(?![-‐‑])${E}`, 'iu', () => ({ ...INVASION, weak: true })),
  // "від початку тижня", "з початку місяця", "с начала недели/месяца": this week or month so far.
  rule(['від', 'з', 'із', 'с', 'от'], String.raw`${B}(?:від|з|із|с|от)\s+(?:початку|начала)\s+(?:(?:цього|поточного|этого|текущего)\s+)?(тижня|місяця|недели|месяца)${E}`, 'iu', (m) => ({
    kind: 'calendar', unit: /тиж|недел/i.test(m[1]!) ? 'week' : 'month', offset: 0,
  })),
  // "у 2025 році", "2024 року", "с 2022 года"
  // A birth year ("1967 року народження", "1967 г. р.") dates a person, not an event.
  rule(['#'], `${B}${YEAR}${CY_YEAR_WORD}(?!\\s*(?:народження|рождения|н\\.|р\\.))`, 'iu', (m) => ({ kind: 'year', year: { absolute: Number(m[1]) }, part: null }), undefined, YEAR_FIGURE),
  rule(CY_PREPS, String.raw`${B}(?:у|в|во|з|із|с|со|до|від|от|по|за)\s${YEAR}${E}(?![.,]\d)`, 'iu', (m) => ({ kind: 'year', year: { absolute: Number(m[1]) }, part: null }), 1),
  // "за перші 10 місяців 2025 року", "за первые десять месяцев этого года"
  rule(['перш', 'перв', 'останн', 'последн'], 
    String.raw`${B}(перш\p{L}*|перв\p{L}*|останн\p{L}*|последн\p{L}*)\s+${NUM}\s+(місяц\p{L}*|месяц\p{L}*|тижн\p{L}*|тиждень|недел\p{L}*|дн\p{L}*|день)\s+(?:${YEAR}${CY_YEAR_WORD}?|(цього|минулого|этого|прошлого|поточного|текущего)\s+(?:року|года))${E}`,
    'iu',
    (m) => periodValue(/^перш|^перв/i.test(m[1]!) ? 'first' : 'last', m[2], m[3]!, m[4] ? { absolute: Number(m[4]) } : relativeYear(m[5] ?? '')),
  ),
  rule(['перш', 'перв', 'друг', 'втор'], 
    String.raw`${B}(перш\p{L}*|перв\p{L}*|друг\p{L}*|втор\p{L}*)\s+(?:половин\p{L}*|півріч\p{L}*|полугод\p{L}*)\s+(?:${YEAR}${CY_YEAR_WORD}?|(цього|минулого|этого|прошлого)\s+(?:року|года))${E}`,
    'iu',
    (m) => ({ kind: 'fraction', year: m[2] ? { absolute: Number(m[2]) } : relativeYear(m[3] ?? ''), index: /^пер[шв]/i.test(m[1]!) ? 1 : 2, parts: 2 }),
  ),
  rule(['i', 'ii', 'iii', 'iv', 'перш', 'перв', 'друг', 'втор', 'трет', 'четверт', '#'], 
    String.raw`${B}(I{1,3}|IV|перш\p{L}*|перв\p{L}*|друг\p{L}*|втор\p{L}*|трет\p{L}*|четверт\p{L}*|1|2|3|4)(?:-?(?:му|м|й))?\s+квартал\p{L}*\s+(?:${YEAR}${CY_YEAR_WORD}?|(цього|минулого|этого|прошлого)\s+(?:року|года))${E}`,
    'iu',
    (m) => ({ kind: 'fraction', year: m[2] ? { absolute: Number(m[2]) } : relativeYear(m[3] ?? ''), index: ordinal(m[1]!), parts: 4 }),
    undefined,
    QUARTER_FIGURE,
  ),
  // Relative days and nights.
  rule(['сьогодні', 'сегодня', 'цього', 'этим', 'зранку', 'нині'], String.raw`${B}(сьогодні(?:\s+вранці)?|сегодня(?:\s+утром)?|цього\s+ранку|этим\s+утром|зранку|нині)${E}`, 'iu', () => ({ kind: 'offset-day', days: 0 })),
  rule(['учора', 'вчора', 'вчера'], String.raw`${B}(учора|вчора|вчера)${E}`, 'iu', () => ({ kind: 'offset-day', days: -1 })),
  // "під час вчорашнього штурму", "вчерашний удар", "сьогоднішня атака": the day's adjectives.
  rule(['вчорашн', 'учорашн', 'вчерашн'], String.raw`${B}(?:вчорашн|учорашн|вчерашн)\p{L}*`, 'iu', () => ({ kind: 'offset-day', days: -1 })),
  rule(['позавчорашн', 'позавчерашн'], String.raw`${B}(?:позавчорашн|позавчерашн)\p{L}*`, 'iu', () => ({ kind: 'offset-day', days: -2 })),
  rule(['сьогоднішн', 'сегодняшн'], String.raw`${B}(?:сьогоднішн|сегодняшн)\p{L}*`, 'iu', () => ({ kind: 'offset-day', days: 0 })),
  // "are now within 5 km", "зараз тримають", "сейчас контролируют": the day of the statement; weak,
  // so that any other date of the clause comes first ("has now taken 400 sq km since January").
  rule(['now', 'зараз', 'наразі', 'сейчас', 'теперь'], String.raw`${B}(?<!(?:until|till|up\s+to|by|from|for|right)\s+)(?:now|зараз|наразі|сейчас|теперь)(?![\p{L}\p{N}_-])`, 'iu', () => ({ kind: 'offset-day', days: 0, weak: true })),
  // A night as a sentence's topic: "Ніч на Дніпропетровщині минула неспокійно", "Тяжёлая ночь для
  // Шебекинского округа", "It was another sleepless night for Kharkiv".
  rule(['ніч', 'ночь'], String.raw`(?<=(?:^|[.!?…]\s+|\n\s*)(?:\p{L}+\s+)?)(?:ніч|ночь)(?=\s+(?:на|в|у|для|над|минула|пройшла|прошла|выдалась|видалася|була|была)(?![\p{L}]))`, 'iu', () => ({ kind: 'overnight', to: null, topic: true })),
  rule(['night'], String.raw`(?<=(?:^|[.!?…]\s+|\n\s*)(?:it\s+was\s+)?(?:a|another)\s+(?:\p{L}+\s+){0,2})night(?=\s+(?:for|in|across)\s+\p{Lu})`, 'iu', () => ({ kind: 'overnight', to: null, topic: true })),
  // "Станом на 09:00 збито …", "по состоянию на 8:00", "as of 9 a.m.": a count made at that hour of the report's day.
  rule(['станом', 'по', 'as'], String.raw`${B}(?:станом\s+на|по\s+состоянию\s+на|as\s+of)\s+(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?![\p{L}\p{N}_]|\.\d)`, 'iu', () => ({ kind: 'offset-day', days: 0 })),
  // "Позавчора вночі", "позавчера ночью": the night that ended on the morning of the day before
  // yesterday (judgement call 6: a night is named by the morning it ended, as "в ніч на …" is).
  rule(['позавчора', 'позавчера'], String.raw`${B}(?:позавчора\s+(?:уночі|вночі)|позавчера\s+ночью)${E}`, 'iu', () => ({ kind: 'overnight', to: { kind: 'offset-day', days: -2 } })),
  rule(['позавчора', 'позавчера'], String.raw`${B}(позавчора|позавчера)${E}`, 'iu', () => ({ kind: 'offset-day', days: -2 })),
  // 'Накануне' / 'напередодні' alone is wire copy's 'yesterday' ('ВСУ накануне атаковали Горловку',
  // 'напередодні ввечері'); before a noun it is 'on the eve of' something ('накануне переговоров',
  // 'напередодні Великодня') and dates nothing. So it counts only before punctuation, the end, a
  // past-tense verb, a time of day, or a preposition.
  rule(['накануне', 'напередодні'], String.raw`${B}(накануне|напередодні)(?=\s*(?:[.,;:!?)»"—–-]|$)|\s+(?:\p{Ll}+(?:л|ла|ло|ли|лся|лась|лось|лись|лася|лося|лися)(?![\p{L}\p{N}_])|вечером|утром|днём|днем|ночью|ввечері|увечері|вранці|зранку|вдень|уночі|вночі|в|во|у|на|по|от|від|же|ж)(?![\p{L}\p{N}_])|\s+(?!\p{L}*(?:ов|ев|ів|їв|ей)(?![\p{L}]))(?:\p{Lu}{2,}|[\p{L}-]*(?:ый|ий|ой|ая|яя|ые|ие|ій|[бвгджзклмнпрстфхцчшщ]))(?![\p{L}\p{N}_])(?:\s+[^\s.,;:!?]+){0,5}?\s+\p{Ll}+(?:л|ла|ло|ли|лся|лась|лось|лись|лася|лося|лися)(?![\p{L}\p{N}_]))`, 'iu', () => ({ kind: 'offset-day', days: -1 })),
  rule(['у', 'в', 'во'], `${B}(?:у|в|во)\\s+ніч\\s+(?:на|проти)\\s+(\\d{1,2})\\s+(${MON_CY})${E}|${B}в\\s+ночь\\s+на\\s+(\\d{1,2})\\s+(${MON_CY})${E}`, 'iu', (m) => {
    const to = dayValue(monthNumber(m[2] ?? m[4]!), m[1] ?? m[3], null)
    return to ? { kind: 'overnight', to } : null
  }),
  rule(['минулої', 'попередньої', 'прошлых', 'минувших'], String.raw`${B}(?:минулої|попередньої)\s+доби|(?:прошлых|минувших)\s+суток${E}`, 'iu', () => ({ kind: 'past-span', days: 1 })),
  rule(['минулої', 'цієї', 'уночі', 'вночі', 'прошлой', 'этой', 'ночью'], String.raw`${B}(минулої\s+ночі|цієї\s+ночі|уночі|вночі|прошлой\s+ночью|этой\s+ночью|ночью)${E}`, 'iu', () => ({ kind: 'overnight', to: null })),
  // "за ніч", "за минулу ніч", "протягом ночі", "за прошедшую ночь", "в течение ночи": the night-report window.
  rule(['за', 'протягом', 'упродовж', 'впродовж', 'в'],
    String.raw`${B}(?:за\s+(?:(?:минулу|цю|попередню|прошедшую|прошлую|минувшую|эту)\s+)?(?:ніч|ночь)|(?:протягом|упродовж|впродовж)\s+(?:(?:минулої|цієї)\s+)?ночі|в\s+течение\s+(?:(?:прошедшей|прошлой|минувшей|этой)\s+)?ночи)${E}`,
    'iu',
    () => ({ kind: 'overnight', to: null }),
  ),
  // "в ночь с 4 на 5 июля", "у ніч з 4 на 5 липня".
  rule(['у', 'в', 'во'], `${B}(?:у|в|во)\\s+(?:ніч|ночь)\\s+(?:з|із|с)\\s+(\\d{1,2})\\s+на\\s+(\\d{1,2})\\s+(${MON_CY})${E}`, 'iu', (m) => {
    const to = dayValue(monthNumber(m[3]!), m[2], null)
    return to ? { kind: 'overnight', to } : null
  }),
  // "в ночь на понедельник", "у ніч проти неділі", "в ночь с воскресенья на понедельник", "у ніч з суботи на неділю".
  rule(['у', 'в', 'во'], `${B}(?:у|в|во)\\s+ніч\\s+(?:(?:з|із)\\s+(?:${WD_CY})\\s+)?(?:на|проти)\\s+(${WD_CY})${E}|${B}(?:в|во)\\s+ночь\\s+(?:(?:с|со)\\s+(?:${WD_CY})\\s+)?на\\s+(${WD_CY})${E}`, 'iu', (m) => {
    const to = weekdayValue((m[1] ?? m[2])!, undefined)
    return to ? { kind: 'overnight', to } : null
  }),
  // "уночі проти вівторка", "вночі на 14 листопада", "ночью на вторник", "ночью с понедельника на
  // вторник": the night named by its morning, as "у ніч на …" is; so is "уночі 18 листопада", "ночью 9
  // апреля" (the small hours of that date: the night that ended on its morning).
  rule(['уночі', 'вночі', 'ночью', 'минулої', 'прошлой'],
    `${B}(?:уночі|вночі|ночью|минулої\\s+ночі|прошлой\\s+ночью)\\s+(?:(?:з|із|с|со)\\s+(?:${WD_CY})\\s+)?(?:(?:на|проти)\\s+(${WD_CY})|(?:(?:на|проти)\\s+)?(\\d{1,2})\\s+(${MON_CY}))${E}`,
    'iu',
    (m) => {
      const to = m[1] ? weekdayValue(m[1], undefined) : dayValue(monthNumber(m[3]!), m[2], null)
      return to ? { kind: 'overnight', to } : null
    },
  ),
  // "у вихідні", "на вихідних", "в минувшие выходные", "за выходные".
  rule(['у', 'в', 'на', 'за', 'минулих', 'прошлых', 'минувших', 'протягом', 'впродовж', 'упродовж'],
    String.raw`${B}(?:(?:у|в|на|за|протягом|впродовж|упродовж)\s+)?(?:(минул\p{L}*|прошл\p{L}*|минувш\p{L}*|ці|цих|эти|этих)\s+)?(?:вихідн(?:і|их)|выходн(?:ые|ых))${E}`,
    'iu',
    (m) => ({ kind: 'weekend', relative: m[1] && /^(?:минул|прошл|минувш)/iu.test(m[1]) ? 'last' : null }),
  ),
  // "з весни", "с лета", "від осені": since the last such season.
  rule(['з', 'із', 'с', 'від', 'от'], String.raw`${B}(?:з|із|с|від|от)\s+(весни|весны|літа|лета|осені|осени|зими|зимы)${E}`, 'iu', (m) => ({ kind: 'season', year: null, season: season(m[1]!), relative: null }), 1),
  // "з січня", "с января", "до березня": a bare month after a preposition (genitive), folded into "since" or "by".
  rule(['з', 'із', 'с', 'со', 'від', 'от'], `${B}(?:з|із|с|со|від|от)\\s+(${MON_CY})${E}(?!\\s+(?:(?:19|20)\\d\\d|по|до)(?![\\p{L}]))`, 'iu', (m) => monthValue(m[1]!, undefined, null), 1),
  // "з січня по березень", "с января по март 2026 года": whole months.
  rule(['з', 'із', 'с', 'со', 'від', 'от'], `${B}(?:з|із|с|со|від|от)\\s+(${MON_CY})\\s+(?:по|до)\\s+(${MON_CY})(?:\\s+${YEAR}${CY_YEAR_WORD}?)?${E}`, 'iu', (m) => {
    const from = monthValue(m[1]!, m[3], null)
    const to = monthValue(m[2]!, m[3], null)
    return from && to ? { kind: 'range', from, to } : null
  }),
  rule([...NUMBER_STARTS, 'дн', 'день', 'тиж', 'недел', 'міс', 'мес', 'рок', 'рік', 'лет', 'год'], 
    String.raw`${B}(?:${NUM}\s+)?(дн\p{L}*|день|тиж\p{L}*|недел\p{L}*|місяц\p{L}*|месяц\p{L}*|рок\p{L}*|рік|лет|год\p{L}*)\s+(?:тому|назад)${E}`,
    'iu',
    (m) => agoValue(m[1] ?? '1', m[2]!),
    undefined,
    COUNT_FIGURE,
  ),
  // "during the day and night before", "over the past day and night", "throughout the previous day and
  // night": the daily-report window in English wire copy (judgement call 11), as "over the past day".
  rule(['during', 'over', 'throughout'], String.raw`${B}(?:during|over|throughout)\s+the\s+(?:(?:past|previous|preceding|last)\s+)?day\s+and\s+(?:the\s+)?night(?:\s+before)?${E}`, 'iu', () => ({ kind: 'past-span', days: 1 })),
  // "за минулу добу", "за прошедшие сутки": the daily-report window.
  rule(['за', 'протягом', 'упродовж', 'впродовж', 'в'], 
    String.raw`${B}(?:за|протягом|упродовж|впродовж|в\s+течение)\s+(?:(?:минул\p{L}*|останн\p{L}*|попередн\p{L}*|прошедш\p{L}*|последн\p{L}*|минувш\p{L}*)\s+)?(?:${NUM}\s+)?(добу|доби|діб|сутки|суток)${E}`,
    'iu',
    (m) => {
      const n = m[1] ? num(m[1]) : 1
      return n === null || n < 1 ? null : { kind: 'past-span', days: n }
    },
  ),
  rule(['за', 'протягом', 'упродовж', 'впродовж', 'в'], 
    String.raw`${B}(?:за|протягом|упродовж|впродовж|в\s+течение)\s+(?:(?:минул\p{L}*|останн\p{L}*|прошедш\p{L}*|прошл\p{L}*|последн\p{L}*)\s+)?(?:${NUM}\s+)?(тиж\p{L}*|недел\p{L}*|місяц\p{L}*|месяц\p{L}*|дн\p{L}*|рок\p{L}*|рік|год)${E}(?!\s+${MON_CY})`,
    'iu',
    (m) => {
      // "протягом минулого тижня", "в течение прошлого месяца": last calendar week or month (the
      // genitive), as "минулого тижня" is; "за минулий тиждень" (the accusative) is the past seven days.
      if (/^(?:минул|прошл)/iu.test(m[0].split(/\s+/u).at(-2) ?? '') && /^(?:тижня|недели|місяця|месяца)$/iu.test(m[2]!) && !/^за\s/iu.test(m[0])) {
        return { kind: 'calendar', unit: /^(?:тиж|недел)/iu.test(m[2]!) ? 'week' : 'month', offset: -1 }
      }
      // "за роки війни", "за останні місяці", "в течение недель": a plural with no count is no span ("in
      // recent weeks" is the statement's day; "over the years of the war" bounds nothing).
      if (m[1] === undefined && PLURAL_UNIT.test(m[2]!)) return null
      const span = pastSpan(m[1], m[2]!)
      // "за місяць" alone, in a monthly analysis: the month it is about, not the last 30 days.
      return span?.kind === 'past-span' && span.months === 1 && /^\S+\s+\S+$/u.test(m[0].trim()) ? { ...span, bare: true } : span
    },
  ),
  // "від понеділка", "с понедельника", "з середи": since that weekday (folded into "since").
  rule(['з', 'із', 'від', 'с', 'со', 'от'], `${B}(?:з|із|від|с|со|от)\\s+(?!\\d)(${WD_CY})${E}`, 'iu', (m) => weekdayValue(m[1]!, undefined), 1),
  // Weekdays need a preposition or a modifier ("середа"/"среда" is also a common noun).
  rule(['у', 'в', 'во', 'минул', 'прошл'], 
    `${B}(?:(?:у|в|во)\\s+(?:(минул\\p{L}*|прошл\\p{L}*|минувш\\p{L}*|цей|цю|эту|этот|наступн\\p{L}*|следующ\\p{L}*)\\s+)?|(минулої|минулого|минулий|прошлой|прошлого)\\s+)(${WD_CY})${E}`,
    'iu',
    (m) => weekdayValue(m[3]!, m[1] ?? m[2]),
  ),
  rule(['на', 'в', 'у', 'цьому', 'минулому', 'наступному', 'этой', 'прошлой', 'следующей', 'этом', 'прошлом', 'следующем', 'цього', 'минулого', 'наступного', 'этого', 'прошлого', 'следующего', 'минувш'], 
    String.raw`${B}(?:(?:на|в|у)\s+)?(цьому|минулому|наступному|этой|прошлой|следующей|этом|прошлом|следующем|цього|минулого|наступного|этого|прошлого|следующего|минувшей|минувшего|минувшем)\s+(тижні|тижня|неделе|недели|місяці|місяця|месяце|месяца|році|року|году|года)${E}`,
    'iu',
    (m) => ({
      kind: 'calendar',
      unit: /тиж|недел/i.test(m[2]!) ? 'week' : /міс|мес/i.test(m[2]!) ? 'month' : 'year',
      offset: /минул|прошл|минувш/i.test(m[1]!) ? -1 : /наступ|следующ/i.test(m[1]!) ? 1 : 0,
    }),
  ),
  // "на початку тижня", "в конце месяца", "the end of the week": a part of this week or month.
  rule(['на', 'наприкінці', 'в', 'у'],
    String.raw`${B}(на\s+початку|наприкінці|в\s+кінці|у\s+кінці|в\s+середині|у\s+середині|в\s+начале|в\s+конце|в\s+середине)\s+(тижня|місяця|недели|месяца)${E}`,
    'iu',
    (m) => ({ kind: 'calendar', unit: /тиж|недел/iu.test(m[2]!) ? 'week' : 'month', offset: 0, part: cyPart(m[1]!).part }),
  ),
  rule(['the'], String.raw`${B}the\s+(start|beginning|end|middle)\s+of\s+(?:the|this)\s+(week|month)${E}`, 'iu', (m) => ({
    kind: 'calendar', unit: m[2]!.toLowerCase() as 'week' | 'month', offset: 0, part: enPart(`the ${m[1]!} of`) ?? 'start',
  })),
  // "минулої осені", "прошлым летом", "цієї зими", "этой весной": the season before (or of) the report.
  rule(['минул', 'прошл', 'минувш', 'цієї', 'цього', 'этой', 'этим', 'этого'],
    String.raw`${B}(минулої|минулого|прошлой|прошлым|прошлого|минувшей|минувшим|цієї|цього|этой|этим|этого)\s+(весни|весны|весной|весною|літа|лета|летом|осені|осени|осенью|зими|зимы|зимой|зимою)${E}`,
    'iu',
    (m) => ({ kind: 'season', year: null, season: season(m[2]!), relative: /минул|прошл|минувш/iu.test(m[1]!) ? 'last' : 'this' }),
  ),
  // "з початку осені", "с начала лета", "since the start of the autumn": from that season's start.
  rule(['від', 'з', 'із', 'с', 'от'], String.raw`${B}(?:від|з|із|с|от)\s+(?:початку|начала)\s+(?:(цієї|этой|минулої|прошлой)\s+)?(весни|весны|літа|лета|осені|осени|зими|зимы)${E}`, 'iu', (m) => ({
    kind: 'since', from: { kind: 'season', year: null, season: season(m[2]!), relative: m[1] ? (/минул|прошл/iu.test(m[1]) ? 'last' : 'this') : null },
  })),
  rule(['since'], String.raw`${B}since\s+the\s+(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?${EN_SEASON}${E}`, 'iu', (m) => ({ kind: 'since', from: { kind: 'season', year: null, season: season(m[1]!), relative: null } })),
  // "since early autumn", "since late last summer", "since the end of the winter": from that part of
  // the season, the last one before the report (convention 66). Early or the start is the season's
  // first day; the middle its second month, late or the end its third (no finer than the month).
  rule(['since'], String.raw`${B}since\s+(early\s+|mid-?\s*|late\s+|the\s+(?:start|beginning|middle|end)\s+of\s+)(?:(last|this|the)\s+)?${EN_SEASON}${E}(?!\s+(?:of\s+)?(?:19|20)\d{2})`, 'iu', (m) => ({ kind: 'since', from: seasonPart(season(m[3]!), enPart(m[1]), m[2]) })),
  // "за десять місяців року", "за 10 месяцев года", "за три недели ноября": the first months of the
  // year or weeks of the month, to date ("first" left unsaid). (With "перші"/"первые": the rules above.)
  rule(['за'],
    String.raw`${B}за\s+(?:(?:перші|первые)\s+)?${NUM}\s+(місяц\p{L}*|месяц\p{L}*|тижн\p{L}*|тиждень|недел\p{L}*|дн\p{L}*|день|дня)\s+(?:(?:(?:цього|поточного|этого|текущего)\s+)?(року|года)|(${MON_CY}))${E}`,
    'iu',
    (m) => {
      const period = periodValue('first', m[1], m[2]!, null)
      if (period?.kind !== 'period') return null
      if (m[3]) return period.unit === 'month' ? period : null
      const month = monthNumber(m[4]!)
      return month === null || period.unit === 'month' ? null : { ...period, month }
    },
  ),
  // "вже третій день", "вторые сутки подряд", "другу добу поспіль": a spell that has gone on for that
  // many days to the statement ("на третій день" is one day, and is left alone).
  rule(['друг', 'втор', 'трет', 'четверт', 'пят', "п'ят", 'п’ят', 'шост', 'шест', 'сьом', 'седьм'],
    String.raw`${B}(?<!(?:на|в|у|во|за)\s+)(друг\p{L}*|втор\p{L}*|трет\p{L}*|четверт\p{L}*|п['’ʼ]?ят\p{L}*|шост\p{L}*|шест\p{L}*|сьом\p{L}*|седьм\p{L}*)\s+(?:день|добу|сутки)(?:\s+(?:поспіль|підряд|поспіль|подряд|кряду))?${E}`,
    'iu',
    (m) => daysRunning(m[1]!),
  ),
  rule(['for'],
    String.raw`${B}for\s+(?:a|the)\s+(second|third|fourth|fifth|sixth|seventh)\s+(?:straight\s+|consecutive\s+|successive\s+)?day(?:\s+(?:running|in\s+a\s+row))?${E}`,
    'iu',
    (m) => daysRunning(m[1]!),
  ),
  // Deadlines: "до кінця весни", "by the end of the year", "до кінця місяця", "к концу этого месяца",
  // "by year's end", "by month-end", and a season as the limit ("продовжаться до весни", "к лету",
  // "until spring"), which the gold writes as running to that season's end. "з осені до весни" is a
  // range, not a deadline; "by spring" may tell a past narrative ("by spring they had reached …")
  // and is left alone.
  rule(['до', 'к', 'by', 'until', 'till', 'before'], String.raw`${B}(?:(?:до|к|by)|until|till|before)\s+(?:the\s+)?(?:(?:конц\p{L}*|кінця|end\s+of)\s+(?:(?:the|this|цього|поточного|этого|текущего)\s+)?(?:(весни|весны|літа|лета|осені|осени|зими|зимы|spring|summer|autumn|fall|winter)|(року|года|year)|(місяця|месяца|month))|(year|month)(?:['’]s\s+end|-end)|(?<=(?:^|[^\p{L}])(?:до|к|until|till)\s+(?:the\s+)?)(?<!(?:з|із|від|с|со|от|from)\s+\p{L}+\s+(?:до|until|till)\s+)(весни|весны|весне|весну|літа|лета|лету|осені|осени|осень|зими|зимы|зиме|зиму|spring|summer|autumn|fall|winter))${E}`, 'iu', (m) => {
    const seasonWord = m[1] ?? m[5]
    if (seasonWord) return { kind: 'by', to: { kind: 'season', year: null, season: season(seasonWord), relative: null } }
    if (m[3] || m[4]?.toLowerCase() === 'month') return { kind: 'by', to: { kind: 'calendar', unit: 'month', offset: 0 } }
    return { kind: 'by', to: { kind: 'year', year: { offset: 0 }, part: null } }
  }),
  rule(['торік', 'минулоріч'], String.raw`${B}(торік|минулоріч)${E}`, 'iu', () => ({ kind: 'calendar', unit: 'year', offset: -1 })),
  rule(['навесні', 'весною', 'весной', 'влітку', 'улітку', 'літом', 'летом', 'восени', 'осінню', 'осенью', 'взимку', 'узимку', 'зимою', 'зимой'], 
    String.raw`${B}(навесні|весною|весной|влітку|улітку|літом|летом|восени|осінню|осенью|взимку|узимку|зимою|зимой)(?:\s+${YEAR}${CY_YEAR_WORD}?)?${E}`,
    'iu',
    (m) => ({ kind: 'season', year: absolute(m[2]), season: season(m[1]!), relative: null }),
  ),
]

function monthValue(name: string, year: string | undefined, part: DatePart | null): DateValue | null {
  const month = monthNumber(name)
  return month === null ? null : { kind: 'month', year: absolute(year), month, part }
}

/**
 * Part of a month: `which` first/opening/second/last ("перш", "друг", "останн" …), `count` units of
 * `unit` (fortnight, half, week, day, "декада"), in the month `monthName` names, else the anchor's.
 */
function monthPartValue(which: string, count: string | undefined, unit: string, monthName: string | null, year: YearRef | null): DateValue | null {
  const n = count ? num(count) : 1
  if (n === null || n < 1) return null
  const w = which.toLowerCase()
  const last = /^(?:last|final|closing|останн|последн)/u.test(w)
  const second = /^(?:second|друг|втор)/u.test(w)
  const u = unit.toLowerCase()
  // A month's first fortnight is its first half ("over November's first fortnight … against the same
  // weeks of October" is 1-15 October), as a half-month report is.
  const half = /^(?:half|половин)/u.test(u) || (/^fortnight/u.test(u) && n === 1)
  const days = half ? (second || last ? 16 : 15) : /^(?:fortnight)/u.test(u) ? 14 * n : /^(?:half|половин)/u.test(u) ? (second || last ? 16 : 15) : /^(?:week|тиж|недел)/u.test(u) ? 7 * n : /^декад/u.test(u) ? 10 * n : n
  if (days > 31) return null
  const skip = second ? (half ? 15 : days) : 0
  const month = monthName ? monthNumber(monthName) : null
  if (monthName && month === null) return null
  const where = month !== null ? { month } : { monthOffset: 0 }
  if (second && half) return { kind: 'period', year, which: 'first', count: 16, unit: 'day', ...where, skip: 15 }
  return { kind: 'period', year, which: last ? 'last' : 'first', count: days, unit: 'day', ...where, ...(skip ? { skip } : {}) }
}

function periodValue(which: string, count: string | undefined, unit: string, year: YearRef | null): DateValue | null {
  const n = num(count)
  if (n === null || n < 1) return null
  const u = /^(month|місяц|месяц)/i.test(unit) ? 'month' : /^(week|тиж|недел)/i.test(unit) ? 'week' : 'day'
  return { kind: 'period', year, which: /first|перш|перв/i.test(which) ? 'first' : 'last', count: n, unit: u }
}

function agoValue(count: string, unit: string): DateValue | null {
  const n = /^an?$/i.test(count) ? 1 : num(count)
  if (n === null) return null
  const u = unit.toLowerCase()
  const kind = /^(day|дн|день)/.test(u) ? 'day' : /^(week|тиж|недел)/.test(u) ? 'week' : /^(month|міс|мес)/.test(u) ? 'month' : 'year'
  return { kind: 'ago', count: n, unit: kind }
}

function pastSpan(count: string | null | undefined, unit: string): DateValue | null {
  const u = unit.toLowerCase()
  if (/24/.test(u)) return { kind: 'past-span', days: 1 }
  const given = count ? num(count) : null
  const vague = count === null // "in recent weeks"
  const n = given ?? (vague ? 2 : 1)
  if (/^(hour)/.test(u)) return { kind: 'past-span', days: Math.max(1, Math.ceil(n / 24)) }
  if (/^(day|дн|день|доб|сут)/.test(u)) return { kind: 'past-span', days: n }
  if (/^(week|тиж|недел)/.test(u)) return { kind: 'past-span', days: 7 * n }
  if (/^(month|міс|мес)/.test(u)) return { kind: 'past-span', days: 30 * n, months: n }
  return { kind: 'past-span', days: 365 * n, months: 12 * n }
}

function weekdayValue(name: string, modifier: string | undefined): DateValue | null {
  const weekday = weekdayNumber(name)
  if (weekday === null) return null
  const m = (modifier ?? '').toLowerCase()
  const mod = /last|past|минул|прошл|минувш/.test(m) ? 'last' : /next|наступ|следующ/.test(m) ? 'next' : null
  return { kind: 'weekday', weekday, modifier: mod }
}

/** The days of a spell in its `n`th day: from n − 1 days before the anchor to the anchor. */
function daysRunning(word: string): DateValue | null {
  const t = word.toLowerCase()
  const n = /^(?:second|друг|втор)/.test(t) ? 2 : /^(?:third|трет)/.test(t) ? 3 : /^(?:fourth|четверт)/.test(t) ? 4 : /^(?:fifth|п['’ʼ]?ят)/.test(t) ? 5 : /^(?:sixth|шост|шест)/.test(t) ? 6 : /^(?:seventh|сьом|седьм)/.test(t) ? 7 : 0
  if (n < 2) return null
  return { kind: 'range', from: { kind: 'offset-day', days: -(n - 1) }, to: { kind: 'offset-day', days: 0 } }
}

function ordinal(text: string): number {
  const t = text.toLowerCase()
  if (/^(1|first|1st|i|перш|перв)/.test(t) && !/^ii/.test(t) && t !== 'iv') return 1
  if (/^(2|second|2nd|ii$|друг|втор)/.test(t)) return 2
  if (/^(3|third|3rd|iii|трет)/.test(t)) return 3
  return 4
}

// "since X", "from X to Y", "between X and Y", "by X", "з X до Y", "с X по Y", "до X".
// ("since last December": the month rule reads "last" as its own word and leaves "since" before it.)
const SINCE_BEFORE = /(?:^|[^\p{L}])(?:since|starting(?:\s+(?:on|in|from))?|beginning\s+(?:on|in)|from|з|із|від|с|со|от|начиная\s+с|починаючи\s+з)\s+(?:the\s+|last\s+)?$/iu
const BETWEEN_BEFORE = /(?:^|[^\p{L}])(?:between|між|между)\s+(?:the\s+)?$/iu
const BY_BEFORE = /(?:^|[^\p{L}])(?:by|до|к|until|till|before|no\s+later\s+than|не\s+пізніше|не\s+позднее)\s+(?:the\s+)?$/iu
// The same tests, answered backwards from the end (most expressions have none of these words before them).
const IS_SINCE_BEFORE = endsWithMatch(SINCE_BEFORE)
const IS_BETWEEN_BEFORE = endsWithMatch(BETWEEN_BEFORE)
const IS_BY_BEFORE = endsWithMatch(BY_BEFORE)
/**
 * "в сводке от 15 ноября", "у зведенні від 15 листопада", "указом от 3 ноября": "от"/"від" after a
 * bulletin, statement or order gives the day it is dated, not a start ("с 15 ноября").
 */
const DATED_PAPER_BEFORE = /(?:^|[^\p{L}])(?:сводк|сообщени|заявлени|приказ|указ|постановлени|решени|бюллетен|отч[её]т|донесени|звіт|зведенн|повідомленн|заяв|наказ|постанов|рішенн|бюлетен|розпорядженн|распоряжени)\p{L}*(?:\s+[\p{Lu}][\p{L}-]*){0,2}\s+(?:от|від)\s+$/iu
const IS_DATED_PAPER_BEFORE = endsWithMatch(DATED_PAPER_BEFORE)
/** Words before a relative week or month that name a part of it ("late last month", "в конце прошлой недели"). */
const CALENDAR_PART = /(?:^|[^\p{L}])(early|late|mid-?|(?:at\s+)?the\s+(?:start|beginning|end|middle)\s+of|наприкінці|на\s+початку|в\s+кінці|у\s+кінці|в\s+середині|у\s+середині|в\s+начале|в\s+конце|в\s+середине)\s*$/iu
const CALENDAR_PART_BEFORE = endsWithMatch(CALENDAR_PART)
const RANGE_JOIN = /^\s*(?:[-–—]|to|through|until|till|and|і|й|та|и|до|по)\s*(?:the\s+)?$/iu

/**
 * Every time expression in `text`, in order, without overlaps (the longest wins), with "since",
 * "from … to …", "between … and …" and "by …" folded into intervals.
 */
export function findDateExpressions(text: string): DateExpression[] {
  const known = recentResults.get(text)
  if (known) return known
  const found: DateExpression[] = []
  const hopeless = GATE_NEEDS.filter(([, needs]) => !needs.test(text)).map(([gate]) => gate)
  // `at`: the index of the token the rules are tried at, or -1 at a part of a word ("Friday" of "Friday's").
  const tryAt = (entries: readonly RuleEntry[], lower: string, start: number, end: number, at: number): void => {
    // A rule listed under two starts of the word is run once; rules of one start word share gates.
    const stamp = nextStamp()
    let digits = -1
    for (let k = 0; k < entries.length; k++) {
      const entry = entries[k]!
      const r = entry.rule
      if (triedAt[entry.ruleId] === stamp) continue
      if (entry.atFigure !== null) {
        if (digits < 0) digits = leadingDigits(text, start)
        if (!entry.atFigure(text, start, digits)) continue
      }
      // The rule's words, read from its pattern, must be the text's words from here on (see `pathsHold`).
      if (at >= 0 && entry.paths !== null && pathsOn && !conditions.pathsHold(entry.paths, tokens, at)) {
        triedAt[entry.ruleId] = stamp
        continue
      }
      const next = entry.next
      if (next !== null && (entry.start === '#' || lower === entry.start)) {
        if (hopeless.length > 0 && hopeless.includes(next)) continue
        const g = entry.gateId
        if (gateTestedAt[g] !== stamp) {
          next.lastIndex = end
          gatePassed[g] = next.test(text) ? 1 : 0
          gateTestedAt[g] = stamp
        }
        if (gatePassed[g] === 0) continue
      }
      triedAt[entry.ruleId] = stamp
      const re = r.re ?? ruleRegExp(r)
      re.lastIndex = start
      const m = re.exec(text)
      if (!m) continue
      const value = r.build(m)
      if (!value) continue
      const span: [number, number] = r.group ? [m.indices![r.group]![0], m.indices![r.group]![1]] : [m.index, m.index + m[0].length]
      found.push({ span, text: text.slice(span[0], span[1]), value })
    }
  }
  const tokens = tokenize(text)
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    // Date rules start at runs of letters and digits: "Friday's" is tried as "Friday" and "s".
    if (t.id >= 0) {
      const entries = entriesForId(t.id, t.lower)
      if (entries === NO_ENTRIES) continue
      if (entries !== HAS_APOSTROPHE) {
        tryAt(entries, t.lower, t.start, t.end, i)
        continue
      }
    } else if (!hasApostrophe(t.lower)) {
      tryAt(entriesFor(t.lower), t.lower, t.start, t.end, i)
      continue
    }
    const word = text.slice(t.start, t.end)
    for (const part of word.matchAll(PART)) {
      const start = t.start + part.index
      const lower = part[0].toLowerCase()
      tryAt(entriesFor(lower), lower, start, start + part[0].length, -1)
    }
  }
  found.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - b.span[0] - (a.span[1] - a.span[0]))
  const kept: DateExpression[] = []
  for (const e of found) {
    const last = kept.at(-1)
    if (last && e.span[0] < last.span[1]) continue
    kept.push(e)
  }
  const result = composeIntervals(text, kept)
  recentResults.set(text, result)
  return result
}

function ruleRegExp(r: Rule): RegExp {
  // Gated: a rule tried at many words of a document that holds none of its needed words runs once.
  return (r.re = gated(new RegExp(r.source, r.flags)))
}

// Which rule and gate were last tried at which word: a number per word tried (`nextStamp`), so
// nothing needs clearing between words.
let stampCounter = 0
let triedAt = new Int32Array(0)
let gateTestedAt = new Int32Array(0)
const gatePassed = new Uint8Array(64)

function nextStamp(): number {
  if (stampCounter >= 0x3fffffff || triedAt.length === 0) {
    stampCounter = 0
    triedAt = new Int32Array(RULES.length)
    gateTestedAt = new Int32Array(gatePassed.length)
  }
  return ++stampCounter
}

// Ingest and extract both read a document's dates; the last few answers are kept (results are not mutated).
const recentResults = new RecentAnswers<DateExpression[]>(4)

/** How many ASCII digits `text` has from `start` on (counted up to five; no rule needs more). */
function leadingDigits(text: string, start: number): number {
  let n = 0
  while (n < 5) {
    const c = text.charCodeAt(start + n)
    if (c < 0x30 || c > 0x39) break
    n++
  }
  return n
}

function hasApostrophe(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c === 0x27 || c === 0x2019 || c === 0x2bc) return true
  }
  return false
}
const PART = /[\p{L}\p{N}]+/gu

interface RuleEntry {
  readonly rule: Rule
  /** The rule's index in RULES. */
  readonly ruleId: number
  readonly start: string
  /** The gate: a cheap test of the words after a frequent start word, or null. */
  readonly next: RegExp | null
  /** The gate's index in GATES (-1 without one). */
  readonly gateId: number
  /** `rule.atFigure` when this entry is for words starting with a figure, else null. */
  readonly atFigure: NonNullable<Rule['atFigure']> | null
  /** The rule's token paths (see `rulePaths`), or null when they say nothing past its start word. */
  readonly paths: readonly Int32Array[] | null
}

const NO_ENTRIES: readonly RuleEntry[] = []
/** Remembered by word id for words with an apostrophe inside: their parts are looked up instead. */
const HAS_APOSTROPHE: readonly RuleEntry[] = []

/** The rules a word (lower case) may start (most words start none). */
function lookUpEntries(word: string): readonly RuleEntry[] {
  const c0 = word.charCodeAt(0)
  const rules = RULE_INDEX.get(c0 >= 48 && c0 <= 57 ? '#' : word[0]!) ?? []
  const entries = rules.filter(({ start }) => start === '#' || (WHOLE_WORD.has(start) ? word === start : word.startsWith(start)))
  return entries.length ? entries : NO_ENTRIES
}

/** `lookUpEntries` remembered by spelling, for words without an id (parts of "Friday's", a full vocabulary). */
const entriesByWord = new Map<string, readonly RuleEntry[]>()

function entriesFor(word: string): readonly RuleEntry[] {
  const known = entriesByWord.get(word)
  if (known) return known
  const list = lookUpEntries(word)
  if (entriesByWord.size >= 100_000) entriesByWord.clear()
  entriesByWord.set(word, list)
  return list
}

/** `entriesFor` by word id (`Token.id`): 1 + the index in `entryLists`, 0 when not yet looked up. */
let entrySlots = new Int32Array(4096)
const entryLists: (readonly RuleEntry[])[] = [NO_ENTRIES]

function entriesForId(id: number, word: string): readonly RuleEntry[] {
  if (id >= entrySlots.length) {
    const grown = new Int32Array(Math.max(id + 1, entrySlots.length * 2))
    grown.set(entrySlots)
    entrySlots = grown
  }
  const slot = entrySlots[id]!
  if (slot !== 0) return entryLists[slot - 1]!
  const list = hasApostrophe(word) ? HAS_APOSTROPHE : lookUpEntries(word)
  if (list === NO_ENTRIES) entrySlots[id] = 1
  else {
    entryLists.push(list)
    entrySlots[id] = entryLists.length
  }
  return list
}

/**
 * What the words from a rule's match's first word on must be (text/token-paths.ts, as the lexicons'
 * phrase rules use them): a rule is tried at every word its start list allows ("the", "in", "on", a
 * figure), and at most of them the words after cannot match it ("the night", "in the spring of", "on
 * Monday" tried at "the war", "in Kharkiv"), a regex run that fails. The paths are necessary, so a
 * rule whose paths all fail at a word has no match there. Per path, a condition id per word (-1 for
 * any word); null when every path is one word long (the start list already says that much), or one
 * says nothing, or the pattern is read with flags the reader does not follow: case-insensitive
 * without `u` folds a few letters unlike `toLowerCase`.
 */
function rulePaths(r: Rule): readonly Int32Array[] | null {
  if (r.flags.includes('i') && !r.flags.includes('u')) return null
  const paths = tokenPaths(r.source)
  if (paths === null || paths.length === 0 || paths.some((p) => p.length === 0) || paths.every((p) => p.length < 2)) return null
  return conditions.compile(paths)
}

// The paths' word conditions, kept as the lexicons' phrase matcher keeps its rules' (path-conditions.ts):
// a word's met conditions are worked out once per distinct word.
const conditions = new PathConditions()

let pathsOn = true

/**
 * Tests only: turns the rules' token paths off (false) or on again. Answers are the same either way,
 * only the regex runs differ; the remembered answers are forgotten, so the next call works afresh.
 */
export function useDateRulePaths(on: boolean): void {
  pathsOn = on
  recentResults.clear()
}

/** Rules by the first character of the tokens they can start at, one entry per start prefix. */
const RULE_INDEX: ReadonlyMap<string, readonly RuleEntry[]> = (() => {
  const index = new Map<string, RuleEntry[]>()
  const gateIds = new Map<RegExp, number>()
  for (const [ruleId, r] of RULES.entries()) {
    const paths = rulePaths(r)
    for (const start of new Set(r.starts.map((x) => x.toLowerCase()))) {
      if (!start) continue
      // Words are looked up by their first letter, figures ('2nd', '3rd', '2026') under '#'.
      const key = start === '#' || /^\d/.test(start) ? '#' : start[0]!
      const list = index.get(key) ?? []
      // Figures start many rules; only the "… ago" / "… тому" ones are gated there.
      const gates = start === '#' ? NEXT_WORDS.filter(([, next]) => /ago|тому/.test(next.source)) : NEXT_WORDS
      const gate = FREQUENT.has(start) ? (gates.find(([source]) => source.test(r.source))?.[1] ?? null) : null
      if (gate && !gateIds.has(gate)) gateIds.set(gate, gateIds.size)
      list.push({ rule: r, ruleId, start, next: gate, gateId: gate ? gateIds.get(gate)! : -1, atFigure: start === '#' ? (r.atFigure ?? null) : null, paths })
        index.set(key, list)
    }
  }
  if (gateIds.size > gatePassed.length) throw new Error(`find-date-expressions: ${gateIds.size} gates, room for ${gatePassed.length}`)
  return index
})()

function composeIntervals(text: string, expressions: DateExpression[]): DateExpression[] {
  const out: DateExpression[] = []
  for (let i = 0; i < expressions.length; i++) {
    const e = expressions[i]!
    // "18 листопада близько 10:40", "on Monday at 9:15 a.m.", "вчера около 04:00": an hour beside a
    // day is that day's hour, not the report's own day; the day's expression takes it in. ("о 10:40
    // 18 листопада": the day after the hour takes it the same way.)
    const prior = out.at(-1)
    if (prior && isClock(e) && isDayLike(prior.value) && CLOCK_JOIN.test(text.slice(prior.span[1], e.span[0]))) {
      out[out.length - 1] = { ...prior, span: [prior.span[0], e.span[1]], text: text.slice(prior.span[0], e.span[1]) }
      continue
    }
    const following = expressions[i + 1]
    if (following && isClock(e) && isDayLike(following.value) && CLOCK_JOIN.test(text.slice(e.span[1], following.span[0]))) continue
    const before = text.slice(Math.max(0, e.span[0] - 30), e.span[0])
    const next = expressions[i + 1]
    const between = next ? text.slice(e.span[1], next.span[0]) : null
    const isRangeStart = IS_SINCE_BEFORE(before) || IS_BETWEEN_BEFORE(before)
    if (next && between !== null && between.length <= 12 && !isWeak(next.value) && !isWeak(e.value) && RANGE_JOIN.test(between) && (isRangeStart || /^\s*[-–—]\s*$/.test(between))) {
      const prefix = before.match(/(?:since|from|between|з|із|від|с|со|от|між|между)\s+(?:the\s+)?$/iu)
      const start = prefix ? e.span[0] - prefix[0].length : e.span[0]
      out.push({
        span: [start, next.span[1]],
        text: text.slice(start, next.span[1]),
        value: { kind: 'range', from: borrowYear(e.value, next.value), to: next.value },
      })
      i++
      continue
    }
    // "в сентябре и первой половине октября", "in September and October": one stretch over two
    // months that follow each other.
    if (next && between !== null && MONTH_JOIN.test(between) && followsMonth(e.value, next.value)) {
      out.push({ span: [e.span[0], next.span[1]], text: text.slice(e.span[0], next.span[1]), value: { kind: 'range', from: borrowYear(e.value, next.value), to: next.value } })
      i++
      continue
    }
    if (e.value.kind === 'since' || e.value.kind === 'range') {
      out.push(e)
      continue
    }
    // "late last month", "наприкінці минулого місяця", "в конце прошлой недели", "at the start of this week".
    if (e.value.kind === 'calendar' && e.value.unit !== 'year' && e.value.part === undefined) {
      const part = CALENDAR_PART_BEFORE(before) ? before.match(CALENDAR_PART) : null
      if (part) {
        const start = e.span[0] - part[0].replace(/^[^\p{L}]/u, '').length
        const which: DatePart = /^[\p{L}\s]*(?:початку|начале)$/iu.test(part[1]!) ? 'early' : /^[\p{L}\s]*(?:наприкінці|конце|кінці)$/iu.test(part[1]!) ? 'late' : /^[\p{L}\s]*(?:середині|середине)$/iu.test(part[1]!) ? 'mid' : (enPart(part[1]!.replace(/^at\s+/iu, '')) ?? 'start')
        out.push({ span: [start, e.span[1]], text: text.slice(start, e.span[1]), value: { ...e.value, part: which } })
        continue
      }
    }
    // ("down from September's 446 sq km": the month owns the figure the claim is compared with, no "since".)
    const since = IS_SINCE_BEFORE(before) && !/^['’]s\s+\d/u.test(text.slice(e.span[1], e.span[1] + 4)) ? before.match(SINCE_BEFORE) : null
    if (since && !IS_BETWEEN_BEFORE(before) && !IS_DATED_PAPER_BEFORE(before)) {
      const start = e.span[0] - since[0].replace(/^[^\p{L}]/u, '').length
      out.push({ span: [start, e.span[1]], text: text.slice(start, e.span[1]), value: { kind: 'since', from: e.value } })
      continue
    }
    const by = IS_BY_BEFORE(before) ? before.match(BY_BEFORE) : null
    // "before the end of October" is a deadline; "before May 5" in a report tells what came earlier.
    if (by && isCalendarPoint(e.value) && (!/before\s+(?:the\s+)?$/iu.test(by[0]) || ((e.value.kind === 'month' || e.value.kind === 'year') && e.value.part === 'end'))) {
      const start = e.span[0] - by[0].replace(/^[^\p{L}]/u, '').length
      out.push({ span: [start, e.span[1]], text: text.slice(start, e.span[1]), value: { kind: 'by', to: e.value } })
      continue
    }
    out.push(e)
  }
  return out
}

const MONTH_JOIN = /^\s*(?:and|і|й|та|и)\s+(?:the\s+)?$/iu

/** What stands between a day and its hour: a comma, "on", "at", "about", nothing. */
const CLOCK_JOIN = /^[\s,]*(?:(?:on|at|about|around|close\s+to|о|об|в|у|во|приблизно|близько|около|примерно)\s+)*$/iu
/** An hour of the day ("близько 10:40", "at 4 a.m."), which the hour rule reads as the report's day. */
function isClock(e: DateExpression): boolean {
  return e.value.kind === 'offset-day' && e.value.days === 0 && e.value.weak !== true && /\d(?::\d\d|\s*[ap]\.?m)/iu.test(e.text) && !/^(?:станом|по\s|as\s)/iu.test(e.text)
}
function isDayLike(value: DateValue): boolean {
  return value.kind === 'day' || value.kind === 'weekday' || (value.kind === 'offset-day' && value.weak !== true)
}

/** The month a whole month or a part of one names ("в сентябре", "the first half of October"). */
function monthOf(value: DateValue): number | null {
  if (value.kind === 'month') return value.month
  if (value.kind === 'period' && value.month !== undefined) return value.month
  return null
}

/** Whether `to` names the month right after the one `from` names (a year, when both give one, the same or the next). */
function followsMonth(from: DateValue, to: DateValue): boolean {
  const a = monthOf(from)
  const b = monthOf(to)
  if (a === null || b === null || b !== (a % 12) + 1) return false
  const ya = from.kind === 'month' || from.kind === 'period' ? from.year : null
  const yb = to.kind === 'month' || to.kind === 'period' ? to.year : null
  if (ya && yb && 'absolute' in ya && 'absolute' in yb) return yb.absolute === ya.absolute + (b === 1 ? 1 : 0)
  return true
}

/** "now": joins no range ("since November 20 and now sit …"). */
function isWeak(value: DateValue): boolean {
  return value.kind === 'offset-day' && value.weak === true
}

function isCalendarPoint(value: DateValue): boolean {
  return value.kind === 'day' || value.kind === 'month' || value.kind === 'year' || value.kind === 'season'
}

/** "from February 20 to March 3, 2026": the first end takes the year the second states. */
function borrowYear(from: DateValue, to: DateValue): DateValue {
  if ((from.kind === 'day' || from.kind === 'month') && from.year === null && (to.kind === 'day' || to.kind === 'month') && to.year) {
    const year = 'absolute' in to.year && from.month > to.month ? { absolute: to.year.absolute - 1 } : to.year
    return { ...from, year }
  }
  return from
}
