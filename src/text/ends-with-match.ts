import { fastWordBoundarySource } from './fast-word-boundaries.js'
import { literalGate, type LiteralGate } from './gated-regexp.js'

/** Whether a text ends with a match of a pattern (see `endsWithMatch`). */
export type EndTest = (text: string) => boolean

/**
 * `re.test(text)` for a pattern anchored at the end (`/…$/`), answered by matching backwards from
 * the end instead of trying the pattern at every position of the text. Phrases that must end right
 * before a word ("as a result of the", "north of", "were reportedly") are tested on a window before
 * each event word; tried forwards, a pattern of many alternatives costs the window's length times
 * the alternatives, and in V8 that was 5-10 times slower than one lookbehind at the end.
 *
 * The pattern is wrapped in a sticky lookbehind, `(?<=(?:…$))`, tried at `text.length`: a match
 * ending there exists exactly when the original matches (lookbehinds find any match that ends at
 * their position, and `$`, `^` and `\b` mean the same inside them), so answers are unchanged.
 */
export function endsWithMatch(re: RegExp): EndTest {
  if (!re.source.endsWith('$') || re.source.endsWith('\\$') || re.global || re.sticky) {
    throw new Error(`endsWithMatch: ${re} must end with $ and be neither global nor sticky`)
  }
  // Built on the first test: a process reading one short report never asks most of these, and the
  // modules that make them at load time were paying for every one.
  let behind: RegExp | undefined
  // A window that holds none of the words a match needs is answered without running the pattern.
  let gate: LiteralGate | null | undefined
  return (text) => {
    if (gate === undefined) gate = literalGate(re)
    if (gate !== null && !gate.mayMatch(text)) return false
    behind ??= new RegExp(`(?<=(?:${fastWordBoundarySource(re.source, re.flags)}))`, `${re.flags}y`)
    behind.lastIndex = text.length
    return behind.test(text)
  }
}
