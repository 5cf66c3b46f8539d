import type { ControlView, IsoDate, Issue, Lang, Outcome, Place } from '../domain/index.js'
import type { Gazetteer } from './gazetteer/gazetteer.js'
import { findMentions } from './find-mentions.js'
import { resolveMentions } from './resolve-mentions.js'
import { withoutUncuedDeepVillages } from './deep-russia.js'
import { placeTownsBeforeRussianRegions } from './towns-before-russian-regions.js'

export interface GeoparseContext {
  /** The document's date: with `control`, places near the front line on that date rank higher. */
  readonly publishedAt?: IsoDate | null
  readonly lang?: Lang
  readonly control?: ControlView | null
  /** Names the input in issues (a file path, a document id). */
  readonly sourceId?: string
}

// Share of control characters (other than tab and line breaks) and U+FFFD replacement characters
// above which a text is taken for binary data or a wrongly decoded file.
const BINARY_SHARE = 0.1

/**
 * Every place mention in `text` with its span, the entry chosen, a confidence and every other
 * candidate scored. Never throws for bad input: binary-looking text gives an issue and no places;
 * empty text gives no places.
 */
export function geoparseText(text: string, gazetteer: Gazetteer, context: GeoparseContext = {}): Outcome<Place[]> {
  const issues: Issue[] = []
  const sourceId = context.sourceId ?? 'text'
  if (typeof text !== 'string') {
    issues.push({ code: 'geoparse-not-text', severity: 'error', message: `${sourceId}: input is ${text === null ? 'null' : typeof text}, expected a string`, sourceId })
    return { value: [], issues }
  }
  if (text.length === 0) return { value: [], issues }
  const odd = countOdd(text)
  if (odd / text.length > BINARY_SHARE) {
    issues.push({
      code: 'geoparse-binary-input',
      severity: 'error',
      message: `${sourceId}: ${odd} of ${text.length} characters are control or replacement characters (over ${BINARY_SHARE * 100}%); expected UTF-8 text, not binary data; no places extracted`,
      sourceId,
      input: text.slice(0, 64),
    })
    return { value: [], issues }
  }
  if (odd > 0) {
    issues.push({
      code: 'geoparse-replacement-characters',
      severity: 'warning',
      message: `${sourceId}: ${odd} control or U+FFFD replacement characters (invalid UTF-8 in the input?); places are still extracted`,
      sourceId,
    })
  }
  const mentions = withoutUncuedDeepVillages(text, findMentions(text, gazetteer), gazetteer)
  const places = placeTownsBeforeRussianRegions(text, resolveMentions(text, mentions, gazetteer, context), gazetteer)
  return { value: places, issues }
}

function countOdd(text: string): number {
  let n = 0
  // Sample long texts: every character of the first 64k, then every 16th.
  const step = text.length > 65_536 ? 16 : 1
  for (let i = 0; i < text.length; i += i < 65_536 ? 1 : step) {
    const c = text.charCodeAt(i)
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) n += i < 65_536 ? 1 : step
  }
  return n
}
