// Removes page furniture from text: the lines a scraper picks up around an article (menus, share
// buttons, comment loaders, view counters, relative timestamps, legal notices, news-feed side bars,
// "Read also" teasers, photo credits). Whole lines only: a sentence is never cut, so what remains is
// the author's text and every span indexes it.
import { findDateExpressions } from '../text/index.js'

export type RemovalReason = 'widget' | 'menu' | 'counter' | 'timestamp' | 'legal' | 'feed' | 'related' | 'caption' | 'link' | 'duplicate'

export interface RemovedLine {
  readonly line: string
  readonly reason: RemovalReason
}

export interface CleanedText {
  readonly text: string
  readonly removed: readonly RemovedLine[]
}

// Widget labels, whole-line matches (case-insensitive, optional trailing colon or arrow).
const WIDGET_LINE = new RegExp(
  '^(?:' +
    [
      'search', 'subscribe', 'unsubscribe', 'share', 'share this(?: article| story| post)?', 'share on \\w+', 'tweet', 'print', 'e-?mail', 'copy link',
      'link copied', 'comments?', '\\d+ comments?', 'show comments', 'load(?:ing)? comments', 'view comments', 'leave a comment', 'add (?:a )?comment',
      'log ?in', 'sign ?in', 'sign ?up', 'register', 'menu', 'close', 'back to top', 'next', 'previous', 'next article', 'previous article',
      'advertisement', 'advertising', 'sponsored', 'ad', 'follow us', 'follow us on \\w+', 'follow .{1,40} on (?:google news|telegram|twitter|x|facebook)',
      'support us', 'donate', 'donate to .{1,40}', 'tags', 'topics', 'home', 'contact us', 'about us', 'more', 'eng', 'esp', 'ua', 'ru', 'en', 'de', 'fr',
      'українська', 'русский', 'english', 'x', 'facebook', 'twitter', 'telegram', 'whatsapp', 'viber', 'linkedin', 'reddit', 'youtube', 'instagram',
      'rss', 'newsletter', 'get the news in your mailbox', 'sign up for our (?:daily )?newsletter', 'listen(?: to (?:this|the) article)?', 'read later',
      'ctrl ?\\+ ?enter', 'you can also highlight the text and press', 'to suggest a correction or clarification.{0,40}', 'please leave your suggestions or corrections here',
      'report (?:a )?(?:typo|mistake|error)', 'submit', 'cancel', 'ok', 'accept(?: all)?(?: cookies)?', 'latest news(?: \\w+)?', 'most read', 'popular', 'trending',
      '\\w+ in youtube', 'watch on youtube', 'skip to (?:main )?content', 'open menu', 'toggle navigation',
      'пошук', 'поиск', 'поділитися', 'поделиться', 'підписатися', 'подписаться', 'коментарі', 'комментарии', 'коментувати', 'комментировать',
      'головна', 'главная', 'меню', 'реклама', 'теги', 'новини', 'новости', 'стрічка новин', 'лента новостей', 'усі новини', 'все новости',
      'читати далі', 'читать далее', 'детальніше', 'подробнее', 'вхід', 'вход', 'увійти', 'войти', 'популярне', 'популярное', 'найпопулярніше',
    ].join('|') +
    ')\\s*[:›»→.]?$',
  'iu',
)

/** Headings after which a few teaser lines for other articles follow. */
const RELATED_HEADING = /^(?:read also|read more|see also|also read|related(?: articles| stories| news)?|more on this(?: topic)?|other topics you might like|you (?:may|might) also like|recommended|more from .{1,30}|news feed|latest news|читайте також|читайте также|дивіться також|смотрите также|по темі|по теме|інші новини|другие новости|схожі новини|похожие новости|вас може зацікавити|вас может заинтересовать)\s*:?$/iu

/** Inline "Read also: <headline>" lines. */
const RELATED_INLINE = /^(?:read also|see also|also read|read more|читайте також|читайте также|дивіться також|смотрите также)\s*[:—-]\s*\S/iu

const COUNTER = /^(?:(?:views?|переглядів|переглядів:|просмотров|просмотры|перегляди)\s*:?\s*[\d\s.,]+[kкmм]?|[\d\s.,]+[kкmм]?\s*(?:views?|reads|переглядів|перегляди|просмотров|просмотра|просмотр|comments?|коментар\p{L}*|комментари\p{L}*|shares?)|👁\s*[\d.,]+[kкmм]?|[\d.,]+[kкmм]?\s*👁)$/iu

const RELATIVE_TIME = /^(?:(?:\d+|a|an|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago|just now|moments ago|\d+\s*(?:хв|хвилин\p{L}*|годин\p{L}*|днів|дні|день|тижн\p{L}*|місяц\p{L}*|рок\p{L}*|мин\p{L}*|час\p{L}*|дн\p{L}*|недел\p{L}*|месяц\p{L}*|лет|год\p{L}*)\.?\s+(?:тому|назад)|щойно|только что|updated:?\s+\d+\s+\w+\s+ago)$/iu

const TIME_ONLY = /^\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:am|pm))?$/i
const TRAILING_TIME = /,?\s*(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:am|pm))?)$/i

const LEGAL = /(?:^(?:copyright\b|©|\(c\)\s)|all rights reserved|всі права захищені|все права защищены|you may quote up to|without (?:prior )?written permission|privacy (?:and cookie )?polic|cookie polic|terms of (?:use|service)|this (?:site|website) uses cookies|we use cookies|advertorial|disabl\p{L}* (?:your )?ad ?blocker|allow ads in|ads (?:are|will be) (?:disabled|hidden)|\[email(?:&#160;|\s)protected\]|використання матеріалів|при цитуванні|при використанні матеріалів|при использовании материалов|гіперпосилання на|гиперссылка на|the work of .{1,60} is supported by|we are an independent media outlet|enter the code you received|invalid code|code successfully activated|already with us on patreon|support us on patreon|i'm already a patron|contact us if you're a patron)/iu

const CAPTION = /^(?:illustrative (?:photo|image)|photo(?:graph)?:|photo by|image:|source:|credit:|фото:|фото\s*[-—]|ілюстративне фото|иллюстративное фото|фото ілюстративне|фото иллюстративное|джерело фото|источник фото)/iu
const CAPTION_CREDIT = /(?:(?:photo|source|credit|фото|джерело|источник):\s*[^.]{0,80}(?:\bafp\b|reuters|\bap\b|getty|epa|east news|shutterstock|via\s+\w+|\/\s*\w+))\s*$/iu

const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/i

const MENU_MAX_WORDS = 4
const MENU_MAX_CHARS = 40
const MENU_RUN = 5

export interface CleanOptions {
  /** Also remove page furniture typical of scraped pages (menus, tag lists, side-bar feeds). */
  readonly mayBeScraped: boolean
}

/** Cleans `text` (any line breaks) and reports each removed line with its reason. */
export function cleanBoilerplate(text: string, options: CleanOptions): CleanedText {
  const lines = (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text).split('\n')
  const drop: (RemovalReason | null)[] = lines.map(() => null)
  // Ingest has already made these spaces ordinary (normaliseText); other callers may not have.
  const oddSpaces = ODD_SPACE.test(text)
  const trimmed = lines.map((l) => (oddSpaces ? l.replace(ODD_SPACES, ' ') : l).trim())
  const scraped = options.mayBeScraped && looksScraped(trimmed)

  for (let i = 0; i < lines.length; i++) {
    const t = trimmed[i]!
    if (t.length === 0) continue
    const reason = lineReason(t)
    if (reason) drop[i] = reason
  }

  markFeeds(trimmed, drop)
  markRelated(trimmed, drop)
  if (scraped) {
    markRepeated(trimmed, drop)
    markMenuRuns(trimmed, drop)
  }

  const kept: string[] = []
  const removed: RemovedLine[] = []
  for (let i = 0; i < lines.length; i++) {
    const reason = drop[i]
    if (reason) removed.push({ line: trimmed[i]!, reason })
    else kept.push(trimSpacesEnd(lines[i]!))
  }
  // String.prototype.trim removes exactly what /^\s+|\s+$/g would (white space and line terminators).
  const cleaned = kept.join('\n').replace(/\n{3,}/g, '\n\n').trim()
  return { text: cleaned, removed }
}

const ODD_SPACE = /[\u00a0\u2000-\u200b\u202f\u205f\u3000]/
const ODD_SPACES = /[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g

/** `line` without trailing spaces and tabs (a `/[ \t]+$/` regex tries every space of the line). */
function trimSpacesEnd(line: string): string {
  let end = line.length
  while (end > 0) {
    const c = line.charCodeAt(end - 1)
    if (c !== 0x20 && c !== 0x09) break
    end--
  }
  return end === line.length ? line : line.slice(0, end)
}

function lineReason(t: string): RemovalReason | null {
  // A line starting in lower case is a broken-off piece of a sentence ("told", "previous"), not a label.
  if (WIDGET_LINE.test(t) && !startsLower(t)) return 'widget'
  if (COUNTER.test(t)) return 'counter'
  if (RELATIVE_TIME.test(t)) return 'timestamp'
  if (t.length < 400 && LEGAL.test(t)) return 'legal'
  if (CAPTION.test(t) || CAPTION_CREDIT.test(t)) return 'caption'
  if (BARE_URL.test(t)) return 'link'
  if (RELATED_INLINE.test(t) && t.length < 250) return 'related'
  return null
}

/** A line that is only a time or a date (with an optional time): a feed or dateline stamp. */
export function isStamp(t: string): boolean {
  if (TIME_ONLY.test(t)) return true
  if (t.length > 40 || !/\d/.test(t)) return false
  const bare = t.replace(TRAILING_TIME, '')
  const found = findDateExpressions(bare)
  return found.length === 1 && found[0]!.span[0] === 0 && found[0]!.span[1] >= bare.length - 1
}

/**
 * News-feed side bars: time or date stamps alternating with headlines. Three or more stamps, each at
 * most three lines from the previous one, mark the run (stamps and the lines between) as a feed. A
 * lone date line (the article's own dateline) is kept.
 */
function markFeeds(t: readonly string[], drop: (RemovalReason | null)[]): void {
  const stamps: number[] = []
  for (let i = 0; i < t.length; i++) if (t[i] && isStamp(t[i]!)) stamps.push(i)
  const headlinesBetween = (a: number, b: number): boolean => {
    for (let i = a + 1; i < b; i++) if (t[i] && !isHeadlineLike(t[i]!)) return false
    return true
  }
  let runStart = 0
  for (let k = 1; k <= stamps.length; k++) {
    const gapBroken = k === stamps.length || stamps[k]! - stamps[k - 1]! > 3 || !headlinesBetween(stamps[k - 1]!, stamps[k]!)
    if (!gapBroken) continue
    const run = stamps.slice(runStart, k)
    if (run.length >= 3) {
      const first = run[0]!
      const last = run.at(-1)!
      // A headline belongs to its stamp: include one line before the first stamp or after the last
      // one, whichever side the run's headlines sit on.
      const headlineAfter = !isStamp(t[first + 1] ?? '') && (t[first + 1] ?? '').length > 0
      const from = headlineAfter ? first : Math.max(0, first - 1)
      const to = headlineAfter ? Math.min(t.length - 1, last + 1) : last
      for (let i = from; i <= to; i++) if (t[i] && (isStamp(t[i]!) || isHeadlineLike(t[i]!))) drop[i] ??= 'feed'
    }
    runStart = k
  }
}

/** After a "Read also" heading: the teaser lines that follow (up to six, none of them long prose). */
function markRelated(t: readonly string[], drop: (RemovalReason | null)[]): void {
  for (let i = 0; i < t.length; i++) {
    if (!RELATED_HEADING.test(t[i]!)) continue
    drop[i] = 'related'
    let taken = 0
    for (let j = i + 1; j < t.length && taken < 6; j++) {
      const line = t[j]!
      if (line.length === 0) {
        if (taken > 0) break
        continue
      }
      if (line.length > 300 || RELATED_HEADING.test(line)) break
      if (drop[j] && drop[j] !== 'related') break
      drop[j] = 'related'
      taken++
    }
  }
}

/** Short lines that occur more than once (menus rendered twice, repeated tag clouds). */
function markRepeated(t: readonly string[], drop: (RemovalReason | null)[]): void {
  const counts = new Map<string, number>()
  for (const line of t) if (line) counts.set(line, (counts.get(line) ?? 0) + 1)
  const seen = new Set<string>()
  for (let i = 0; i < t.length; i++) {
    const line = t[i]!
    if (!line || (counts.get(line) ?? 0) < 2 || startsLower(line) || isStamp(line)) continue
    if (line.length <= 60 && !/[.!?…;]$/.test(line)) drop[i] ??= 'menu'
    else if (seen.has(line) && !isLongProse(line)) drop[i] ??= 'duplicate'
    seen.add(line)
  }
}

/**
 * Runs of five or more short label-like lines: site menus, section lists, tag lists. A run may pass
 * over lines already removed as short widgets or menu entries, and over a lower-case label once it has
 * started ("urban warfare" in a tag list), but a lower-case line never starts one: it is a piece of a
 * sentence broken at a link.
 */
function markMenuRuns(t: readonly string[], drop: (RemovalReason | null)[]): void {
  const bridges = (k: number): boolean => (drop[k] === 'widget' || drop[k] === 'menu') && t[k]!.length <= MENU_MAX_CHARS
  let i = 0
  while (i < t.length) {
    if (!isMenuLike(t[i]!) || startsLower(t[i]!)) {
      i++
      continue
    }
    let j = i
    let labels = 0
    while (j < t.length && (isMenuLike(t[j]!) || bridges(j))) {
      if (isMenuLike(t[j]!)) labels++
      j++
    }
    if (labels >= MENU_RUN) for (let k = i; k < j; k++) drop[k] ??= 'menu'
    i = Math.max(j, i + 1)
  }
}

function startsLower(line: string): boolean {
  const ch = line[0] ?? ''
  return ch !== ch.toUpperCase()
}

function isMenuLike(line: string): boolean {
  if (line.length === 0 || line.length > MENU_MAX_CHARS) return false
  if (/[.!?…;]$/.test(line) || /^[-•*▪·–—]\s/.test(line)) return false
  if (/^\d[\d\s.,]*$/.test(line)) return false
  return line.split(/\s+/).length <= MENU_MAX_WORDS
}

/** A headline: short, no closing sentence punctuation. */
function isHeadlineLike(line: string): boolean {
  return line.length <= 200 && !/[.!?…;]$/.test(line)
}

function isLongProse(line: string): boolean {
  return line.length > 200 && /[.!?]/.test(line)
}

/** A page scrape: many short label lines without sentence punctuation. */
function looksScraped(t: readonly string[]): boolean {
  const nonEmpty = t.filter((l) => l.length > 0)
  if (nonEmpty.length < 20) return false
  const labels = nonEmpty.filter(isMenuLike).length
  return labels / nonEmpty.length >= 0.3
}
