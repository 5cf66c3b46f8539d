import type { ClaimKind, SpeakerSide } from '../../domain/index.js'
import type { PhraseMatch, PhraseRule, Token } from './phrase-matcher.js'

/** A side as the text names it: a belligerent, or relative to the speaker ("the enemy", "our troops"). */
export type SideRef = 'RU' | 'UA' | 'enemy' | 'own'

/** An event word or phrase and how its neighbours relate to the actor. */
export interface TriggerData {
  readonly kind: ClaimKind
  /**
   * `active` verbs take their actor before them; `passive` ones ("were repelled", "відбито",
   * "освобождён") name the patient before them and the agent after "by"; `noun`s ("the capture of",
   * "missile strike") take the actor as a modifier before them or a genitive after them.
   */
  readonly voice: 'active' | 'passive' | 'noun'
  /** How a side named as the subject relates to the actor: `agent`, or `victim` for losses ("Russia lost"). */
  readonly subject: 'agent' | 'victim'
  /** How a side named after an active verb relates: `target` ("repelled Russian attacks"), or `agent` (shot-down "Ukrainian drones" are the attackers). */
  readonly object: 'target' | 'agent'
  /**
   * The actor when no side is named: the speaker's `own` side ("liberated", "звільнили",
   * "освобождён" are always said of one's own troops) or the `enemy` (air defence "shot down" drones).
   */
  readonly defaultSide: 'own' | 'enemy' | null
  /** Counts only when a capitalised word follows ("entered Kostiantynivka", not "entered talks"). */
  readonly capitalAfter: boolean
  /** A noun that a verb trigger in the same clause governs ("repelled 14 attacks"): dropped then. */
  readonly weak: boolean
  /**
   * Says where the line runs without anyone acting ("X is in the grey zone", "the town is
   * contested"): the claim has no actor, whatever sides its clause names.
   */
  readonly neutral: boolean
  /**
   * Counts only with a side resolved for it: "Russian troops are 5 km from X" is an advance, "the
   * village is 5 km from X" a description.
   */
  readonly needsActor: boolean
  /** Counts only written in lower case: "pressed on Pokrovsk", not "Euromaidan Press on Google News". */
  readonly lowercase: boolean
  /**
   * Reports an effect, not an event ("пошкоджено багатоповерхівку", "a school was damaged"): a claim
   * only when its sentence names no other event; beside an attack or a toll it is part of that claim.
   */
  readonly incidental: boolean
  /**
   * A push-back in the passive ("were pushed back", "були відкинуті", "были отброшены"): right after
   * an attack or attempt it is that attack `repelled`; otherwise ground the pusher gained.
   */
  readonly repels: boolean
  /**
   * Restates the ground claim just told with another figure, without a verb or subject of its own
   * ("…, down from September's 446 sq km", "For January-October the figure was 3,540 sq km",
   * "and three-quarters of Zaporizhzhia province"): its actor is that claim's.
   */
  readonly continues: boolean
}

export type ModalityCue =
  | 'denied'
  | 'premature'
  | 'unverified'
  /** probably, likely, ймовірно: unverified unless a future cue makes it expected. */
  | 'hedge'
  | 'expected'
  | 'reported'
  /** not, never, не: denies the event word right after it. */
  | 'negation'
  /** "to avoid", "threat of", "через загрозу": the following event did not happen. */
  | 'suppress'

export interface SideData {
  readonly side: SideRef
  /** Armed-force words ("forces", "війська"), as opposed to adjectives in names ("Russian officials"). */
  readonly strong: boolean
}

/** A known speaker or outlet: canonical name and the side it speaks for. */
export interface EntityData {
  readonly name: string
  readonly side: SpeakerSide
  readonly type: 'org' | 'person' | 'outlet' | 'platform'
}

/** One language's word lists. Each language file exports one; lexicon/index.ts compiles them. */
export interface Lexicon {
  readonly triggers: readonly PhraseRule<TriggerData>[]
  readonly sides: readonly PhraseRule<SideData>[]
  readonly cues: readonly PhraseRule<ModalityCue>[]
  readonly entities: readonly PhraseRule<EntityData>[]
}

type TriggerOptions = Partial<Omit<TriggerData, 'kind'>> & { readonly starts?: readonly string[] }

/** A trigger rule; defaults: active voice, subject = agent, object = target. */
export function trigger(kind: ClaimKind, pattern: string, options: TriggerOptions = {}): PhraseRule<TriggerData> {
  const { starts, ...data } = options
  return {
    pattern,
    ...(starts ? { starts } : {}),
    data: { kind, voice: 'active', subject: 'agent', object: 'target', defaultSide: null, capitalAfter: false, weak: false, neutral: false, needsActor: false, lowercase: false, incidental: false, repels: false, continues: false, ...data },
  }
}

export function side(sideRef: SideRef, pattern: string, strong = true, starts?: readonly string[]): PhraseRule<SideData> {
  return { pattern, data: { side: sideRef, strong }, ...(starts ? { starts } : {}) }
}

export function cue(kind: ModalityCue, pattern: string, starts?: readonly string[]): PhraseRule<ModalityCue> {
  return { pattern, data: kind, ...(starts ? { starts } : {}) }
}

export function entity(name: string, entitySide: SpeakerSide, type: EntityData['type'], pattern: string, starts?: readonly string[]): PhraseRule<EntityData> {
  return { pattern, data: { name, side: entitySide, type }, ...(starts ? { starts } : {}) }
}

/** What a language's frame stage reads: the text, its words, and what the lexicon found in it. */
export interface FrameInput {
  readonly text: string
  readonly tokens: readonly Token[]
  /** The lexicon's event words: a frame adds an event only where none of them covers its words. */
  readonly triggers: readonly PhraseMatch<TriggerData>[]
  readonly sides: readonly PhraseMatch<SideData>[]
}

/**
 * A language's argument-frame stage: event words decided by the shape of their clause (a force as
 * subject, a directional particle, a place as object; a destruction verb on equipment) rather than
 * by the verb, for verbs the lexicon does not list. Sorted by start.
 */
export type FrameFinder = (input: FrameInput) => FrameMatch[]

/**
 * An event word a frame stage found. By default the lexicon's words win where both read a span;
 * `replaces` lets the frame take the place of listed words it reads better (a weak noun its verb
 * governs: "бої" in "два бої ще не вщухли"; words of these kinds: "атаковал" once the frame shows
 * a weapon as its subject), and `veto` marks words that are no event at all ("бої" beside a ring).
 */
export interface FrameMatch extends PhraseMatch<TriggerData> {
  readonly replaces?: { readonly weak: boolean; readonly kinds?: readonly ClaimKind[] }
  readonly veto?: boolean
}

// Round 19: after a participle told of a facility ("аеродром знищено"), a count, people or equipment
// is what was destroyed there ("На аеродромі знищено 9 гелікоптерів", "При захвате аэродрома было
// уничтожено более двухсот …"): a loss, not the facility's strike.
export const NO_OBJECT_AFTER = String.raw`(?! (?:\p{N}|(?:до|понад|більше|майже|около|более|свыше|порядка|почти|до) |(?:[\p{L}-]+ ){0,2}?(?:гелікоптер|вертол|літак|самол|танк|техні|техник|бронетехні|бронетехник|військов|военн|солдат|окупант|националист|бойовик|боевик|особов|личн|систем|ЗРК|РЛС)))`
