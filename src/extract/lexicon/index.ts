import type { Lang } from '../../domain/index.js'
import { en } from './en.js'
import { PhraseMatcher, type PathCoverage } from './phrase-matcher.js'
import { ru } from './ru.js'
import type { EntityData, Lexicon, ModalityCue, SideData, TriggerData } from './types.js'
import { uk } from './uk.js'

export type { EntityData, ModalityCue, SideData, SideRef, TriggerData } from './types.js'
export { FOLD_UNSAFE } from './token-paths.js'
export { tokenize, type PathCoverage, type PhraseMatch, type Token } from './phrase-matcher.js'

/** One language's lexicon compiled into matchers. */
export interface CompiledLexicon {
  readonly triggers: PhraseMatcher<TriggerData>
  readonly sides: PhraseMatcher<SideData>
  readonly cues: PhraseMatcher<ModalityCue>
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
