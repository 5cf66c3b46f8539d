import type { Lang } from '../../domain/index.js'
import { en } from './en.js'
import { findEnglishFrames } from './en-frames.js'
import { findCaptionFrames } from './en-caption-frames.js'
import { findSlavicFrames } from './slavic-frames.js'
import { filterNear } from './near-matches.js'
import { PhraseMatcher, type PathCoverage, type PhraseMatch } from './phrase-matcher.js'
import { ru } from './ru.js'
import type { EntityData, FrameFinder, FrameInput, FrameMatch, Lexicon, ModalityCue, SideData, TriggerData } from './types.js'
import { uk } from './uk.js'

export type { EntityData, FrameFinder, FrameInput, FrameMatch, ModalityCue, SideData, SideRef, TriggerData } from './types.js'
export { FOLD_UNSAFE } from '../../text/index.js'
export { tokenize, type PathCoverage, type PhraseMatch, type Token } from './phrase-matcher.js'
export { patternReadings, usePatternReadings } from './pattern-readings.js'

/** One language's lexicon compiled into matchers. */
export interface CompiledLexicon {
  readonly triggers: PhraseMatcher<TriggerData>
  readonly sides: PhraseMatcher<SideData>
  readonly cues: PhraseMatcher<ModalityCue>
  /** The language's argument-frame stage (event words by their clause's shape), if it has one. */
  readonly frames: FrameFinder | null
}

/** Frame stages by language; each lives in its own file beside the language's lexicon. */
// Ukrainian and Russian share one stage (their texts get both lexicons, and quote each other).
// English runs the captions' noun-phrase frames too (en-caption-frames.ts), where the clause frames read nothing.
const FRAMES: Partial<Record<Lang, FrameFinder>> = { en: findEnglishAndCaptionFrames, uk: findSlavicFrames, ru: findSlavicFrames }

/** The English clause frames, then the caption frames over the words none of them reads. */
function findEnglishAndCaptionFrames(input: FrameInput): FrameMatch[] {
  const clauses = findEnglishFrames(input)
  const captions = findCaptionFrames(input)
  if (captions.length === 0) return clauses
  // A caption frame that says what it replaces or vetoes ("Russian forces hit by artillery", "tank driving
  // through X") reads those words better than a clause frame; the others give way to the clause frames.
  const overrides = (c: FrameMatch): boolean => c.veto === true || c.replaces !== undefined
  const overlaps = (a: FrameMatch, b: FrameMatch): boolean => a.span[0] < b.span[1] && b.span[0] < a.span[1]
  const kept = captions.filter((c) => overrides(c) || !clauses.some((f) => overlaps(f, c)))
  if (kept.length === 0) return clauses
  const clauseKept = clauses.filter((f) => !kept.some((c) => overrides(c) && overlaps(f, c)))
  return [...clauseKept, ...kept].sort((a, b) => a.span[0] - b.span[0])
}

const compiled = new Map<Lang, CompiledLexicon>()
let entityRules: PhraseMatcher<EntityData> | null = null

/**
 * The matchers for a document's language. Ukrainian and Russian texts get both Cyrillic lexicons (the
 * document's own first, so it wins ties): posts quote each other and the languages share much.
 */
export function lexiconFor(lang: Lang): CompiledLexicon {
  let lexicon = compiled.get(lang)
  if (!lexicon) {
    const parts: Lexicon[] = lang === 'en' ? [en] : lang === 'uk' ? [uk, ru] : [ru, uk]
    lexicon = {
      triggers: new PhraseMatcher(parts.flatMap((p) => p.triggers)),
      sides: new PhraseMatcher(parts.flatMap((p) => p.sides)),
      cues: new PhraseMatcher(parts.flatMap((p) => p.cues)),
      frames: FRAMES[lang] ?? null,
    }
    compiled.set(lang, lexicon)
  }
  return lexicon
}

/** Known speakers and outlets in all three languages (speaker phrases come in any script). */
export function entityMatcher(): PhraseMatcher<EntityData> {
  entityRules ??= new PhraseMatcher([...en.entities, ...uk.entities, ...ru.entities])
  return entityRules
}

/**
 * How many lexicon rules each language's matchers run only where their token paths hold, and how
 * many fall back to being tried wherever their first word allows (patterns the path compiler
 * cannot read): printed by the extract bench, so a rule that stops compiling shows.
 */
export function lexiconCoverage(): Record<string, PathCoverage> {
  const out: Record<string, PathCoverage> = {}
  for (const lang of ['en', 'uk', 'ru'] as const) {
    const l = lexiconFor(lang)
    out[`${lang} triggers`] = l.triggers.coverage
    out[`${lang} sides`] = l.sides.coverage
    out[`${lang} cues`] = l.cues.coverage
  }
  out.entities = entityMatcher().coverage
  return out
}

/**
 * The lexicon's event words with the frame stage's added where they cover none of its words (the
 * listed phrase decides where both speak), in order of start. A frame match that says what it
 * `replaces` takes the place of the listed words under it when all are such (a weak noun its verb
 * governs, an attack verb whose subject is a weapon); a `veto` drops the listed words under it and
 * adds nothing.
 */
export function withFrames(triggers: readonly PhraseMatch<TriggerData>[], framed: readonly FrameMatch[]): PhraseMatch<TriggerData>[] {
  if (framed.length === 0) return triggers as PhraseMatch<TriggerData>[]
  const dropped = new Set<PhraseMatch<TriggerData>>()
  const added: PhraseMatch<TriggerData>[] = []
  for (const f of framed) {
    const under = filterNear(triggers, f.span[0], f.span[1], (t) => t.span[0] < f.span[1] && f.span[0] < t.span[1])
    if (f.veto) {
      for (const t of under) dropped.add(t)
      continue
    }
    const replaces = f.replaces
    if (under.length > 0 && !(replaces && under.every((t) => (replaces.weak && t.data.weak) || (replaces.kinds?.includes(t.data.kind) ?? false)))) continue
    for (const t of under) dropped.add(t)
    added.push({ span: f.span, text: f.text, data: f.data })
  }
  if (added.length === 0 && dropped.size === 0) return triggers as PhraseMatch<TriggerData>[]
  return [...triggers.filter((t) => !dropped.has(t)), ...added].sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1])
}
