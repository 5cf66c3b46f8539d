import type { SentenceSpan } from '../../text/index.js'
import type { AttributionFrame } from './attribution-frame.js'
import { RU_SPEECH, UK_SPEECH } from './speech-verbs.js'

// Class: an interview printed as dialogue turns that open with a dash and name nobody ("— Що зараз
// біля X?" / "— Минулого тижня вони …", "— А что в Y?" / "— Противник …"), after a lead that names the
// one interviewed ("Командир батальйону X розповів Громадському …"). The turns alternate: the
// interviewer asks, the interviewee answers. The answers are the interviewee's (a back-reference to
// the person the lead named), given to the outlet (its via, convention 22); the questions stay the
// outlet's own voice and get no frame.

/** A paragraph that opens with a dialogue dash. */
const DASH_TURN = /^[—–]\s+\S/u
const PERSON_PRONOUN: Record<string, string> = { uk: 'він', ru: 'он', en: 'he' }
// Class (convention 30 with 22): the lead names the interviewee right before its verb of saying
// ("… майор Андрій Гриценко розповів NV, як …", "… полковник Иван Петров рассказал «Фонтанке», что …"),
// maybe with a title or a call sign. The answers are that person's even when a question names a group
// and its claim ("— Російські канали пишуть, що … Це так?"): the group is whose the question's claim is,
// and a pronoun would point back to it, the last voice met. The title words go with the name.
const LEAD_NAME = new RegExp(String.raw`((?:\p{Ll}+\s+)?\p{Lu}\p{Ll}+(?:[-'’ʼ]\p{Lu}?\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|(?:з позивним|с позывным)\s+«[^«»]{2,20}»)\s*,?\s+(?:${UK_SPEECH}|${RU_SPEECH})(?![\p{L}])`, 'gu')

// "Про ситуацію біля X розповідає командир батальйону майор Степан Ткачук.": the verb first, the name closing the lead.
const LEAD_NAME_AFTER = new RegExp(String.raw`(?<![\p{L}])(?:${UK_SPEECH}|${RU_SPEECH})\s+(?:[^.!?;«»]{0,80}?\s)?(\p{Lu}\p{Ll}+(?:[-'’ʼ]\p{Lu}?\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|(?:з позивним|с позывным)\s+«[^«»]{2,20}»)\s*[.:]?\s*$`, 'u')

/** The interviewee a dash interview's lead names before its verb of saying (the last such), or null. */
function leadInterviewee(lead: string): string | null {
  let name: string | null = null
  LEAD_NAME.lastIndex = 0
  for (let m = LEAD_NAME.exec(lead); m !== null; m = LEAD_NAME.exec(lead)) name = m[1]!
  return name ?? LEAD_NAME_AFTER.exec(lead)?.[1] ?? null
}

/**
 * The sentences of the answer turns of a dash-printed interview, each with a frame naming the one the
 * lead introduced. A run counts only when it has at least four turns, its first turn asks ("?"), at
 * least half of the asking turns end with "?" and fewer than half of the answering turns do.
 */
export function dashInterviewTurns(text: string, sentences: readonly SentenceSpan[], lang: string, via: string | null): Map<number, AttributionFrame> {
  const out = new Map<number, AttributionFrame>()
  const pronoun = PERSON_PRONOUN[lang]
  if (!pronoun) return out
  // Paragraph openings: only their first characters are read, so the cost stays linear.
  const runs: { first: number; last: number; start: number }[][] = []
  let run: { first: number; last: number; start: number }[] = []
  for (let i = 0; i < sentences.length; i++) {
    if (i > 0 && sentences[i - 1]!.paragraph === sentences[i]!.paragraph) continue
    const [start] = sentences[i]!.span
    const last = lastOfParagraph(sentences, i)
    if (DASH_TURN.test(text.slice(start, start + 4))) run.push({ first: i, last, start })
    else if (run.length > 0) {
      runs.push(run)
      run = []
    }
  }
  if (run.length > 0) runs.push(run)
  for (const turns of runs) {
    if (turns.length < 4) continue
    // The lead: the paragraph before the first turn.
    const before = turns[0]!.first - 1
    const lead = before >= 0 ? text.slice(sentences[firstOfParagraph(sentences, before)]!.span[0], sentences[before]!.span[1]) : ''
    const interviewee = lang === 'en' ? null : leadInterviewee(lead)
    const asks = turns.map((t) => text.slice(sentences[t.last]!.span[0], sentences[t.last]!.span[1]).trimEnd().endsWith('?'))
    if (!asks[0]) continue
    const questions = asks.filter((_, k) => k % 2 === 0)
    const answers = asks.filter((_, k) => k % 2 === 1)
    if (questions.filter(Boolean).length * 2 < questions.length || answers.filter(Boolean).length * 2 >= answers.length) continue
    for (let k = 1; k < turns.length; k += 2) {
      const t = turns[k]!
      const frame: AttributionFrame = { detector: 'quote', span: [t.start, t.start + 1], speaker: interviewee ?? pronoun, stance: 'neutral', via, basedOn: null, reportedBy: null }
      for (let s = t.first; s <= t.last; s++) out.set(s, frame)
    }
  }
  return out
}

function lastOfParagraph(sentences: readonly SentenceSpan[], i: number): number {
  let k = i
  while (k + 1 < sentences.length && sentences[k + 1]!.paragraph === sentences[i]!.paragraph) k++
  return k
}

function firstOfParagraph(sentences: readonly SentenceSpan[], i: number): number {
  let k = i
  while (k > 0 && sentences[k - 1]!.paragraph === sentences[i]!.paragraph) k--
  return k
}
