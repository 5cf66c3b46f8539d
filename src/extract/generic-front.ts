import type { Span } from '../domain/index.js'
import { gated } from '../text/index.js'

/**
 * "the enemy continues shelling and attempts to advance in certain directions", "Russian troops keep
 * attacking along the whole front", "pressure on multiple fronts": an event told of the front at large,
 * with no place, no figure and no named unit, is a summary's mood and no claim (convention 80: a
 * generic reference to a campaign with no place is none). The sentence says where only as "some
 * directions", "the entire front line"; a sentence that counts ("57 attacks along the front") or names a
 * settlement keeps its claims, and so does a clause of it that names one ("shelled Kherson and attacked
 * in several directions" keeps the strike on Kherson). English only: the gate is the phrase itself.
 */
export function isGenericFront(text: string, sentence: Span, clause: Span): boolean {
  const words = text.slice(sentence[0], sentence[1])
  if (!GENERIC_FRONT.test(words) || /\p{N}/u.test(words) || COUNTING_WORD.test(words)) return false
  return !namesSomething(text.slice(clause[0], clause[1]), clause[0] === sentence[0])
}

const GENERIC_FRONT = gated(/(?<![\p{L}])(?:(?:in|on|along|across|at)\s+(?:the\s+)?(?:certain|some|several|various|many|multiple|other|different|a\s+number\s+of|a\s+few|all|most|individual|separate)\s+(?:of\s+the\s+)?(?:directions|sectors|axes|fronts|areas\s+of\s+the\s+front|parts\s+of\s+the\s+front|sections\s+of\s+the\s+front)|(?:along|across)\s+the\s+(?:entire\s+|whole\s+)?(?:front(?:\s*line)?|frontline|line\s+of\s+contact))(?![\p{L}])/iu)

/** A counted event in words ("two assaults", "dozens of attacks"): a tally, which convention 38 keeps. */
const COUNTING_WORD = /(?<![\p{L}])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|hundreds?)\s+(?:of\s+)?(?:[\p{L}-]+\s+)?(?:attacks?|assaults?|attempts?|clashes|battles?|engagements?|strikes?|times)(?![\p{L}])/iu

/** A capitalised word past the clause's first that is not a side's name: a place, a unit, a speaker. */
function namesSomething(clause: string, opensSentence: boolean): boolean {
  for (const m of clause.matchAll(/(?<![\p{L}'’])\p{Lu}[\p{L}'’ʼ-]*/gu)) {
    if (opensSentence && !/\p{L}/u.test(clause.slice(0, m.index))) continue
    if (SIDE_NAME.test(m[0])) continue
    return true
  }
  return false
}

const SIDE_NAME = /^(?:Russian|Russians|Russia|Russia['’]s|Ukrainian|Ukrainians|Ukraine|Ukraine['’]s|Moscow|Moscow['’]s|Kyiv|Kyiv['’]s|Kremlin|Kremlin['’]s|Ultimately|Overall|Meanwhile|However|Still|Elsewhere|In|On|At|The|Across|Along)$/u
