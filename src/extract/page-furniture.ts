import type { Span } from '../domain/index.js'

// What a scraped page carries around its article: the headline again under the <title> line, photo
// captions ("Photo: …", "Illustrative photo. …", "… Source: Ed JONES / AFP"), URLs, and runs of tags
// or menu items ("Russian military losses", "Russian troops besieged"). None of it is a claim of the
// report's speaker. Each test runs once per line, never over the whole text.

const CAPTION_START = /^\s*(?:(?:illustrative|file|archive|stock|cover|main|featured)\s+(?:photo|image|picture)\b|(?:photo|image|picture|pictured|caption)(?:\s+by)?\s*:|photo\s+by\b|фото(?:\s*:|\s+ілюстративне\b|\s+иллюстративное\b)|ілюстративне\s+фото|иллюстративное\s+фото|ілюстрація\s*:|иллюстрация\s*:)/iu
export const CAPTION_END = /(?:\(\s*(?:illustrative|file|archive|stock)\s+(?:photo|image|picture)\s*\)|\b(?:photo|source|credit|image)\s*:\s*[^.:]{2,60}?(?:\/|\bvia\b)[^.:]{2,60}|(?:фото|джерело фото|источник фото)\s*:\s*[^.:]{2,60})\s*\.?\s*$/iu
/** CAPTION_END's test; every form holds a colon or an opening bracket, so lines without either skip the pattern (tried at every character). */
export function isCaptionEnd(line: string): boolean {
  return (line.includes(':') || line.includes('(')) && CAPTION_END.test(line)
}
const TAG_LINE = /^\s*(?:tags|topics|keywords|related topics|теги|мітки|метки|ключові слова|ключевые слова|теми|темы)\s*:/iu
const URL_BEFORE = /^\S*?(?:https?:\/\/|www\.)/iu
/** " - Kyiv Post", " | Reuters": a site name after a headline. */
const TITLE_SUFFIX = /\s+[-|–—]\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}.'’&-]*(?:\s+\p{Lu}[\p{L}\p{N}.'’&-]*){0,3}\s*$/u
/**
 * Whether a line does not end with a full stop, question or exclamation mark, ellipsis, colon,
 * semicolon, closing quote or bracket: `/[^.!?…:;"”»)]\s*$/u`, which holds exactly when the last
 * character is none of them (trailing whitespace is itself "none of them"), read without trying
 * the pattern at every character of the line.
 */
export function isUnpunctuated(line: string): boolean {
  return line.length > 0 && !LINE_END_MARKS.includes(line[line.length - 1]!)
}
const LINE_END_MARKS = '.!?…:;"”»)'

export class PageFurniture {
  /** Headline-like lines met so far, normalised. */
  private readonly seenLines = new Set<string>()
  private captionEnd = -1

  /**
   * Whether the sentence at [start, end) is page furniture: inside a caption line, a repeat of an
   * earlier unpunctuated line (the headline twice), or one of three or more short unpunctuated lines
   * in a row (tags, menus).
   */
  skips(text: string, start: number, end: number): boolean {
    if (start < this.captionEnd) return true
    const atLineStart = start === 0 || /\n[ \t]*$/u.test(text.slice(Math.max(0, start - 8), start))
    if (!atLineStart) return false
    const lineEnd = lineEndAt(text, start)
    const line = text.slice(start, lineEnd)
    // "Tags: Kharkiv, Kupiansk, Russian strikes", "Теги: …": the page's index words, no statement.
    if (TAG_LINE.test(line)) return true
    if (CAPTION_START.test(line) || isCaptionEnd(line.length > 240 ? line.slice(-240) : line)) {
      this.captionEnd = lineEnd
      return true
    }
    if (end < lineEnd || !isUnpunctuated(line)) return false
    const key = normalise(line)
    if (key.length > 0) {
      if (this.seenLines.has(key)) return true
      this.seenLines.add(key)
    }
    return isShortLine(line) && (countShortLines(text, start, -1) + countShortLines(text, lineEnd, 1) >= 2)
  }

  /**
   * A byline inside the sentence: from a line that is "by" alone, or "By Daniel Thomas", "Автор:
   * Олена Савчук", "Текст: …", to the sentence's end, when every line from there on is short (a name,
   * a date). The sentence splitter joins "… they can’t leave\nby\nDaniel Thomas" (no full stop after a
   * standfirst); the author is no part of the claim and names no speaker of it.
   */
  byline(text: string, start: number, end: number): Span | null {
    let at = text.indexOf('\n', start)
    while (at >= 0 && at < end) {
      const lineStart = at + 1
      const lineEnd = Math.min(lineEndAt(text, lineStart), end)
      if (BYLINE.test(text.slice(lineStart, lineEnd)) && allShortLines(text, lineStart, end)) return [lineStart, end]
      at = text.indexOf('\n', lineStart)
    }
    return null
  }

  /** The site name after a headline line (" - Kyiv Post"): not where anything happened. */
  titleSuffix(text: string, start: number, end: number): Span | null {
    const line = text.slice(start, end)
    if (line.includes('\n') || !isUnpunctuated(line)) return null
    const m = TITLE_SUFFIX.exec(line)
    return m ? [start + m.index, end] : null
  }
}

const BYLINE = /^\s*(?:(?:by|від|автор(?:ка)?|текст)\s*:?\s*$|(?:By|BY|Від|Автор(?:ка)?:?|Текст:)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}\s*(?:[|,•].*)?$)/u

/** Whether every line in [from, end) has at most six words: names, dates, a read time. */
function allShortLines(text: string, from: number, end: number): boolean {
  return text.slice(from, end).split('\n').every((line) => line.trim().split(/\s+/u).length <= 6)
}

/** Whether an event word sits inside a URL ("…/besieged-russians-in-kupiansk-…"). */
export function isInUrl(text: string, at: number): boolean {
  // Only the run of non-space characters the word is part of.
  let start = at
  while (start > 0 && at - start < 200 && !isSpaceCode(text.charCodeAt(start - 1))) start--
  return start < at && URL_BEFORE.test(text.slice(start, at))
}

/**
 * Whether a UTF-16 code unit is one `\s` matches (ECMAScript WhiteSpace and LineTerminator): asked
 * of a character code, without a one-character string and a regex run per character walked back
 * (isInUrl walks back from every event word).
 */
function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d)
  if (c < 0xa0) return false
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

function lineEndAt(text: string, from: number): number {
  const nl = text.indexOf('\n', from)
  return nl < 0 ? text.length : nl
}

function normalise(line: string): string {
  return line.replace(TITLE_SUFFIX, '').replace(/["“”«»'’]/gu, '').replace(/\s+/gu, ' ').trim().toLowerCase()
}

function isShortLine(line: string): boolean {
  const trimmed = line.trim()
  if (trimmed.length === 0 || !isUnpunctuated(trimmed) || /^[-—–•*]/u.test(trimmed)) return false
  return trimmed.split(/\s+/u).length <= 4
}

/** Short unpunctuated lines next to the one at `from`, up to two, going back (-1) or forward (1). */
function countShortLines(text: string, from: number, direction: -1 | 1): number {
  let count = 0
  let at = from
  while (count < 2) {
    let start: number
    let end: number
    if (direction === 1) {
      if (at >= text.length || text[at] !== '\n') return count
      start = at + 1
      end = lineEndAt(text, start)
    } else {
      if (at <= 0 || text[at - 1] !== '\n') return count
      end = at - 1
      start = text.lastIndexOf('\n', end - 1) + 1
    }
    if (!isShortLine(text.slice(start, end))) return count
    count++
    at = direction === 1 ? end : start
  }
  return count
}
