import type { Span } from '../domain/index.js'

/** A sentence: its `[start, end)` span (trimmed of surrounding white space) and its paragraph number. */
export interface SentenceSpan {
  readonly span: Span
  /** Counts blank-line-separated blocks, so that callers can keep context within a paragraph. */
  readonly paragraph: number
}

// Abbreviations after which a full stop does not end a sentence (lower-cased, without the dot).
// Military ranks and titles, months, Latin, and the Ukrainian/Russian ones official texts use
// ("н.п." населений/населённый пункт, "обл." область, "р-н" район, "смт"/"пгт", "ім." імені).
const ABBREVIATIONS = new Set([
  'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm', 'brig', 'cmdr', 'gov', 'sen', 'rep', 'pres',
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'vs', 'etc', 'no', 'nos', 'fig', 'approx', 'est', 'dept', 'corp',
  'inc', 'ltd', 'co', 'mt', 'ft', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'a.m', 'p.m', 'al', 'cf', 'op', 'vol', 'pp',
  'т', 'д', 'п', 'ім', 'им', 'г', 'гг', 'р', 'рр', 'с', 'ст', 'обл', 'р-н', 'смт', 'пгт', 'м', 'н', 'тис', 'тыс',
  'млн', 'млрд', 'кв', 'ген', 'полк', 'див', 'бр', 'напр', 'ін', 'др', 'т.е', 'т.д', 'т.п', 'т.зв', 'вул', 'ул',
  'пр', 'просп', 'пос', 'сел', 'с-ще', 'гр', 'ген.-лейт', 'ген.-майор', 'н.п', 'нп', 'тов', 'о', 'оз',
])

/** Words a broken line may end on when the sentence carries on in the next line (scraped link text). */
const CONTINUES = /(?:^|[\s(])(?:toward|towards|to|in|into|of|the|a|an|by|from|near|and|or|at|for|with|on|as|that|than|per|via|about|around|between|у|в|на|до|біля|поблизу|з|та|і|й|и|от|под|около|возле|за|по|что|що)$/i

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase()
}

function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase()
}

const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']', '“'])
const OPENERS = new Set(['"', '“', '«', '‘', "'", '(', '[', '„', '-', '–', '—', '•', '*'])

/**
 * Splits text into sentences in one pass. Full stops after known abbreviations and initials do not
 * split; a blank line always does; a single line break splits unless the next line plainly carries on
 * the sentence (it starts in lower case, or the line ends on a preposition or comma: scraped pages
 * often break sentences where a link was).
 */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = []
  let paragraph = 0
  let start = 0
  const n = text.length
  const push = (end: number): void => {
    let s = start
    let e = end
    while (s < e && /\s/.test(text[s]!)) s++
    while (e > s && /\s/.test(text[e - 1]!)) e--
    if (e > s) out.push({ span: [s, e], paragraph })
  }
  for (let i = 0; i < n; i++) {
    const ch = text[i]!
    if (ch === '\n') {
      // Blank line: paragraph break.
      let j = i + 1
      while (j < n && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++
      if (j < n && text[j] === '\n') {
        push(i)
        while (j < n && /\s/.test(text[j]!)) j++
        paragraph++
        start = j
        i = j - 1
        continue
      }
      if (lineBreakSplits(text, i, j)) {
        push(i)
        start = i + 1
      }
      continue
    }
    if (ch === '.' || ch === '!' || ch === '?' || ch === '…' || ch === '。') {
      let j = i + 1
      while (j < n && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '…')) j++
      while (j < n && CLOSERS.has(text[j]!)) j++
      if (j >= n) continue
      if (text[j] !== ' ' && text[j] !== '\u00a0' && text[j] !== '\t') continue
      let k = j
      while (k < n && (text[k] === ' ' || text[k] === '\u00a0' || text[k] === '\t')) k++
      if (k >= n || text[k] === '\n') continue // the line-break rule decides
      const next = text[k]!
      if (!(isUpper(next) || /\d/.test(next) || OPENERS.has(next) || /\p{Extended_Pictographic}/u.test(next))) continue
      if (ch === '.' && isAbbreviationBefore(text, i)) continue
      push(j)
      start = j
      i = j - 1
    }
  }
  push(n)
  return out
}

function lineBreakSplits(text: string, newline: number, nextStart: number): boolean {
  const next = text[nextStart]
  if (next === undefined) return true
  const lineStart = text.lastIndexOf('\n', newline - 1) + 1
  const line = text.slice(lineStart, newline).trimEnd()
  if (line.length === 0) return true
  const last = line[line.length - 1]!
  if (/[.!?…:;"”»]/.test(last)) return true
  if (isLower(next)) return endsLinkRun(text, lineStart, line, nextStart)
  return !(last === ',' || last === '(' || CONTINUES.test(line))
}

/**
 * A scraped page keeps a link's text on its own line and drops the prose around it ("…are pushing
 * toward" / "Lyman, Stavky, and Yampil" / "constant enemy attacks on …"): a line of capitalised names
 * that carried on the line before it (which ended on "toward", "near", "in" …) ends the sentence when
 * the next line starts a new phrase in lower case, not a word that carries on a clause ("and", "where",
 * "which", "as", a preposition, an auxiliary, a verb in -ed or -ing). Otherwise the joined run reads as
 * one sentence and lends the names and the subject of the first line to the fragment after them.
 * Latin script only: a Cyrillic line in lower case after a name is a case form or a verb too often.
 */
function endsLinkRun(text: string, lineStart: number, line: string, nextStart: number): boolean {
  if (!NAME_LINE.test(line) || lineStart < 2) return false
  const before = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1).trimEnd()
  if (before.length === 0 || !CONTINUES.test(before)) return false
  const word = /^[a-z]+/.exec(text.slice(nextStart, nextStart + 30))?.[0]
  return word !== undefined && !CARRIES_ON.has(word) && !/(?:ed|ing)$/.test(word)
}
/** A short line of capitalised names in Latin script ("Lyman, Stavky, and Yampil", "Pokrovsk"). */
const NAME_LINE = /^[A-Z][\p{L}'’-]*(?:(?:,\s*|\s+)(?:(?:and|or)\s+)?[A-Z][\p{L}'’-]*){0,6}$/u
/** Lower-case words that carry a clause on past a name. */
const CARRIES_ON = new Set(['and', 'or', 'but', 'as', 'where', 'which', 'who', 'whose', 'that', 'while', 'when', 'after', 'before', 'since', 'until', 'with', 'without', 'in', 'on', 'at', 'to', 'from', 'near', 'by', 'for', 'of', 'into', 'toward', 'towards', 'across', 'along', 'around', 'amid', 'despite', 'than', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'remain', 'remains', 'appear', 'appears', 'seem', 'seems', 'last', 'this', 'earlier', 'late', 'early', 'itself', 'themselves', 'region', 'oblast', 'province', 'district', 'direction', 'axis', 'sector', 'river'])

function isAbbreviationBefore(text: string, dot: number): boolean {
  let s = dot
  while (s > 0 && /[\p{L}.-]/u.test(text[s - 1]!)) s--
  const word = text.slice(s, dot).toLowerCase()
  if (word.length === 0) return false
  if (ABBREVIATIONS.has(word)) return true
  // A single capital letter: an initial ("V. Putin", "О. Сирський").
  const raw = text.slice(s, dot)
  if (raw.length === 1 && isUpper(raw)) return true
  // Dotted acronyms ("U.S.", "н.п.").
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true
  return false
}
