import { wordCount } from './word-count.js'

/**
 * Convention 14 inside the body: a long report breaks its body into sections under short headings of
 * their own ("Pavlohrad hit", "Evacuations extended", "Losses", "Russian gains since May 3"). Such a
 * heading names its section's topic in the outlet's words; the paragraph under it tells the event with
 * its speaker, place and day, and that sentence is the claim. The heading is no claim of its own, as a
 * headline restating the body is none (restated-headlines.ts reads the lines before the body; this
 * reads the lines inside it).
 *
 * The shape, not the words: the sentence is a whole line of at most eight words that ends on no
 * sentence mark (a line wholly inside quotation marks is read without them: `"They are counting on
 * the cauldron"`), and it stands between two paragraphs of the body: the nearest line above that has
 * text ends a sentence, and so does the nearest line below, with a blank line on at least one side. A
 * bullet is a list item, not a heading; a line ending on a colon introduces what follows (a label).
 * A text with no body line (a feed item, a headline stored alone) has no sections.
 */
export function isSectionHeading(text: string, start: number, end: number, bodyFrom: number): boolean {
  if (bodyFrom < 0 || start <= bodyFrom) return false
  const lineStart = text.lastIndexOf('\n', start - 1) + 1
  const nl = text.indexOf('\n', end)
  const lineEnd = nl < 0 ? text.length : nl
  if (text.slice(lineStart, start).trim() !== '' || text.slice(end, lineEnd).trim() !== '') return false
  const line = unquoted(text.slice(start, end).trim())
  if (line.length === 0 || LINE_END.test(line) || BULLET.test(line) || wordCount(line) > 8) return false
  const above = neighbourLine(text, lineStart, -1)
  const below = neighbourLine(text, lineEnd, 1)
  if (above === null || below === null || !(above.blank || below.blank)) return false
  return endsSentence(above.line) && endsSentence(below.line)
}

// A line's last mark when it ends a sentence or a label: a full stop, "?", "!", "…", ":" or ";".
const LINE_END = /[.!?…:;]$/u
const BULLET = /^[-—–•*▪●◦‣]/u
const QUOTED = /^["“«„'‘](.*)["”»'’]$/su
const SENTENCE_END = /[.!?…]["”»’')\]]*$/u

function unquoted(line: string): string {
  const m = QUOTED.exec(line)
  return m ? m[1]!.trim() : line
}

function endsSentence(line: string): boolean {
  return SENTENCE_END.test(line.trim())
}

/**
 * The nearest line with text above (`direction` -1, from the start of the heading's line) or below
 * (1, from its end), and whether a blank line lies between.
 */
function neighbourLine(text: string, from: number, direction: -1 | 1): { line: string; blank: boolean } | null {
  let blank = false
  let at = from
  for (let k = 0; k < 4; k++) {
    let start: number
    let end: number
    if (direction === 1) {
      if (at >= text.length) return null
      start = at + 1
      const nl = text.indexOf('\n', start)
      end = nl < 0 ? text.length : nl
    } else {
      if (at <= 0) return null
      end = at - 1
      start = text.lastIndexOf('\n', end - 1) + 1
    }
    const line = text.slice(start, end)
    if (line.trim() !== '') return { line, blank }
    blank = true
    at = direction === 1 ? end : start
  }
  return null
}
