import type { ClaimKind, Span } from '../domain/index.js'
import { gated } from '../text/index.js'

/**
 * A gain told as tried is an attack (convention 4, 50, 68): "attempted an envelopment of X", "will try
 * outflanking Lyman", "had twice tried since last Tuesday to slip across the frontier", "expect them to
 * attempt a crossing at Kozinka". The gain word the lexicon reads (an envelopment, an infiltration, a
 * flanking move, a crossing) names what the attacker set out to do, not what it did: the line did not
 * move, and the claim is the attacker's `assault` (with the forecast's modality when it is one). So is
 * a gain undone within the same sentence ("had reached the village's fringe on Monday but were thrown
 * back within hours", 68): the line was where it had been by the day's end, and the repulse after it is
 * its own `repelled` claim. English only: the Slavic lexicons read their attempt verbs themselves.
 *
 * Not an attempt: a try that succeeded ("tried for weeks and finally managed to take it", "tried and
 * took it"), a gain told after "after trying to" as the result, and a repulse of someone else's
 * attack later in the sentence ("took the village and then beat back a counterattack").
 */
export function isAttemptedGain(text: string, kind: ClaimKind, clause: Span, trigger: Span, sentenceEnd: number): boolean {
  if (!ATTEMPTED_KINDS.has(kind)) return false
  const before = text.slice(Math.max(clause[0], trigger[0] - 90), trigger[0])
  if (TRIED_BEFORE.test(before) && !SUCCEEDED.test(before.slice(lastTryAt(before)))) return true
  if (kind !== 'advance') return false
  return UNDONE_AFTER.test(text.slice(trigger[1], Math.min(sentenceEnd, trigger[1] + 160)))
}

const ATTEMPTED_KINDS: ReadonlySet<ClaimKind> = new Set(['advance', 'capture', 'encirclement'])

// An attempt verb right before the gain word: "tried to slip across", "attempt an envelopment", "try
// outflanking", with at most five words of time, manner or count between the verb and its "to"
// ("had twice tried since last Tuesday to", "attempted repeatedly on Monday to") and at most an article
// and a modifier before a noun object ("attempted a border crossing", "attempt another encirclement").
const TRY = String.raw`(?:try|tries|tried|trying|attempt|attempts|attempted|attempting|seek|seeks|sought|seeking|strive|strives|strove|striving)`
const TRIED_BEFORE = gated(
  new RegExp(
    String.raw`(?<![\p{L}])${TRY}(?:\s+(?:[\p{L}\p{N}'’-]+,?)){0,5}?\s+to\s+(?:(?:again|once\s+more|repeatedly|quickly|finally)\s+)?$` +
      String.raw`|(?<![\p{L}])${TRY}\s+(?:(?:again|once\s+more|repeatedly)\s+)?(?:(?:an?|the|another|one\s+more|a\s+(?:fresh|new|second|third))\s+)?(?:[\p{L}-]+\s+)?$`,
    'iu',
  ),
)

/** Where the last attempt verb of a stretch begins (what follows it is the gap the success test reads). */
function lastTryAt(before: string): number {
  let at = 0
  for (const m of before.matchAll(TRY_WORD)) at = m.index
  return at
}
const TRY_WORD = new RegExp(String.raw`(?<![\p{L}])${TRY}(?![\p{L}])`, 'giu')

// A gap that tells the try succeeded, or a new verb that carries the gain ("tried for weeks and finally
// managed to take", "tried, and took", "after trying for a month they were able to enter").
const SUCCEEDED = /(?<![\p{L}])(?:and|but|then|before|until|managed|succeeded|able|finally|eventually|did|were|was|had|have|has)(?![\p{L}])|[,;:]/iu

// "… but were thrown back within hours", "… only to be pushed out again", "… before being driven off":
// the gain undone in the same sentence by the other side.
const UNDONE_AFTER = gated(/^[^.;!?]*?(?<![\p{L}])(?:but|only\s+to\s+be|before\s+being)\s+(?:(?:were|was|had\s+been|have\s+been|got|they\s+were|it\s+was)\s+)?(?:(?:quickly|swiftly|soon|later|eventually|then|again)\s+)?(?:thrown|pushed|driven|beaten|forced|knocked|kicked|chased)\s+(?:back|out|off)(?![\p{L}])/iu)
