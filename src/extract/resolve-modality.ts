import type { Modality, Span } from '../domain/index.js'
import type { Stance } from './attribution/index.js'
import type { ModalityCue, PhraseMatch } from './lexicon/index.js'
import { wordCount } from './word-count.js'

// Modality precedence, strongest first: a denial outweighs everything, then a "premature", an
// explicit lack of verification, a future/plan, a hedge ("probably": unverified), hearsay ("reportedly",
// "claimed"), and otherwise the statement is asserted.
const RANK: Record<Modality, number> = { denied: 6, premature: 5, unverified: 4, expected: 3, reported: 1, asserted: 0 }

export interface ModalityInput {
  /** Cues inside the claim's clause(s) and in the frames that govern it. */
  readonly cues: readonly PhraseMatch<ModalityCue>[]
  /** Event-word spans of the claim: a negation right before one denies it. */
  readonly triggers: readonly Span[]
  readonly text: string
  /** The governing frame's stance ("claimed" → reported, "denied" → denied). */
  readonly stance: Stance | null
  /** A section heading's floor ("Unconfirmed claims:" → unverified). */
  readonly floor: Modality | null
}

export function resolveModality(input: ModalityInput): Modality {
  let best: Modality = 'asserted'
  let hedge = false
  const raise = (m: Modality): void => {
    if (RANK[m] > RANK[best]) best = m
  }
  for (const c of input.cues) {
    switch (c.data) {
      case 'negation':
        if (input.triggers.some((t) => negates(input.text, c.span, t))) raise('denied')
        break
      case 'hedge':
        hedge = true
        break
      case 'suppress':
        break
      default:
        raise(c.data)
    }
  }
  if (hedge && RANK[best] < RANK.expected) raise('unverified')
  // "no offensive actions were recorded", "наступальних дій не зафіксовано": negated after the noun.
  if (input.triggers.some((t) => NEGATED_AFTER.test(input.text.slice(t[1], t[1] + 60)))) raise('denied')
  switch (input.stance) {
    case 'deny':
      raise('denied')
      break
    case 'premature':
      raise('premature')
      break
    case 'unverified':
      raise('unverified')
      break
    case 'claim':
      raise('reported')
      break
    case 'future':
      raise('expected')
      break
    default:
      break
  }
  if (input.floor) raise(input.floor)
  return best
}

const NEGATED_AFTER = /^(?:\s+[\p{L}'’-]+){0,4}?\s+(?:(?:were|was|have been|has been) not (?:recorded|observed|reported|detected|registered|seen)|не (?:зафіксовано|зафіксували|відмічено|виявлено|спостерігалося|велося|зафиксировано|отмечено|выявлено|наблюдалось|велось))/iu

/** A negation within three words before an event word ("did not make advances", "не захоплене"). */
export function negates(text: string, cue: Span, trigger: Span): boolean {
  if (cue[1] > trigger[0]) return cue[0] >= trigger[0] && cue[1] <= trigger[1]
  const between = text.slice(cue[1], trigger[0])
  if (/[,.;:!?]/.test(between)) return false
  return wordCount(between) <= 3
}
