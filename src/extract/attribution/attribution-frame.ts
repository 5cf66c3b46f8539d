import type { Lang, Span } from '../../domain/index.js'
import type { Stance } from './speech-verbs.js'

/** A sentence as the detectors see it: its text and where it starts in the document. */
export interface SentenceText {
  readonly text: string
  readonly offset: number
  readonly lang: Lang
  /**
   * The attribution word families (cue-words.ts `CUE` bits) of the sentence's words, when it comes
   * from a tokenized document: detectors skip patterns whose words are absent. Absent: run them all.
   */
  readonly words?: number
}

/**
 * Words that attribute (part of) a sentence to a speaker: "…, the Russian Defence Ministry said",
 * "According to DeepState, …", "Putin said on Thursday that …". The frame's words are not claim
 * content; the claims in the rest of the sentence are the speaker's.
 */
export interface AttributionFrame {
  readonly detector: 'trailing' | 'leading' | 'according' | 'counter' | 'comment' | 'quote' | 'heading'
  /** Document offsets of the frame's words. */
  readonly span: Span
  /** The speaker as written, or null for a comment without one ("a claim that could not be verified"). */
  readonly speaker: string | null
  readonly stance: Stance
  readonly via: string | null
  readonly basedOn: string | null
  /** Who passed the statement on, when the speaker is cited ("X said, citing Y"). */
  readonly reportedBy: string | null
  /**
   * For a counter-statement: it answers the claim this sentence makes after it ("X dismissed a claim
   * by Y that A"), not the last one before it.
   */
  readonly answersAfter?: boolean
  /** The clauses after this frame are its speaker's again ("dismissed a claim by Y that A, saying B": B is the denier's). */
  readonly resumes?: boolean
  /** A source heading a post or item ("Генштаб ЗСУ: …"): the rest of its paragraph is that source's too. */
  readonly header?: boolean
}

export function frame(
  detector: AttributionFrame['detector'],
  sentence: SentenceText,
  start: number,
  end: number,
  speaker: string | null,
  stance: Stance,
  extra: { via?: string | null; basedOn?: string | null; reportedBy?: string | null; answersAfter?: boolean; resumes?: boolean; header?: boolean } = {},
): AttributionFrame {
  return {
    detector,
    span: [sentence.offset + start, sentence.offset + end],
    speaker: speaker?.trim() || null,
    stance,
    via: extra.via ?? null,
    basedOn: extra.basedOn ?? null,
    reportedBy: extra.reportedBy ?? null,
    ...(extra.answersAfter ? { answersAfter: true } : {}),
    ...(extra.resumes ? { resumes: true } : {}),
    ...(extra.header ? { header: true } : {}),
  }
}
