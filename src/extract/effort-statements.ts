import type { Span } from '../domain/index.js'
import { endsWithMatch } from '../text/index.js'

/**
 * An event word that only names what a force is busy with or plans ("the defense forces focus on
 * containing and repelling attacks", "planning further actions to hold positions", "сили оборони
 * зосереджені на стримуванні та відбитті атак", "силы сосредоточены на отражении атак", "планують
 * подальші дії для утримання позицій"): a description of effort, no event with a time or a place, and
 * no claim (a summary's closing line says so of the whole front). Gated by the frame's words in the
 * 90 characters before the event word, so the pattern runs only where one stands.
 */
export function isEffortOnly(text: string, sentence: Span, trigger: Span): boolean {
  const before = text.slice(Math.max(sentence[0], trigger[0] - 90), trigger[0])
  if (!EFFORT_KEYS.test(before)) return false
  return EFFORT_BEFORE(before)
}

const EFFORT_KEYS = /focus|concentrat|plan|зосеред|зосеридж|сосредоточ|план/iu

/** The frame ending right before the event word, with up to three gerunds or nouns coordinated before it. */
const EFFORT_BEFORE = endsWithMatch(
  /(?:(?<![\p{L}])(?:focus(?:es|ed|ing)?|concentrat(?:e|es|ed|ing))\s+(?:\p{L}+\s+){0,2}?on|(?<![\p{L}])plan(?:s|ned|ning)?\s+(?:further\s+|new\s+|next\s+)?(?:actions?|steps|measures|operations)\s+(?:to|for)|(?<![\p{L}])(?:зосереджу\p{L}*|зосереджен\p{L}*|сосредоточ\p{L}*)\s+(?:\p{L}+\s+){0,2}?на|(?<![\p{L}])план\p{L}*\s+(?:подальш\p{L}*\s+|дальнейш\p{L}*\s+)?(?:дії|дій|действия|действий|заходи|меры)\s+(?:для|з|по|щодо))\s+(?:[\p{L}-]+\s+(?:and|or|та|і|й|и)\s+|[\p{L}-]+,\s+){0,3}$/iu,
)
