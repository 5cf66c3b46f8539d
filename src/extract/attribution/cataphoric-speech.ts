import { frame, type AttributionFrame, type SentenceText } from './attribution-frame.js'
import { RU_SPEECH, stanceOf, UK_SPEECH } from './speech-verbs.js'
import { plausibleSpeaker } from './trailing-speech.js'
import { viaAfterVerb } from './via-outlet.js'

// Ukrainian and Russian news name the speaker in a sentence of its own after the statement:
// "Про це в ефірі телемарафону заявив речник угруповання Павло Кравчук.", "Об этом ТАСС сообщил
// глава ДНР Денис Пушилин.", "Об этом сообщает пресс-служба ОВА." The whole sentence is the frame;
// its speaker comes after the verb, and what it says is in the sentence (or sentences) before.
const CATAPHOR = new RegExp(
  String.raw`^(?:Про\s+це|Об\s+этом|О\s+том|Про\s+таке)\s+(?:(?:також|также|раніше|ранее|вже|уже)\s+)?([^.;:!?"“”«»]{0,80}?)\s*(?<![\p{L}])(${UK_SPEECH}|${RU_SPEECH})(?![\p{L}])([^;:!?"“”«»]{2,200}?)\s*[.!]?\s*$`,
  'iud',
)
// Whom it was told to, which is not the speaker: "журналистам", "репортерам", "виданню".
const ADDRESSEE = /^\s*(?:журналістам|журналистам|репортерам|репортёрам|виданню|изданию|агентству)(?![\p{L}])/iu

/** The sentence as a frame naming who said what the sentences before it say, if it is one. */
export function findCataphoricSpeech(sentence: SentenceText): AttributionFrame | null {
  if (sentence.lang === 'en') return null
  const m = CATAPHOR.exec(sentence.text)
  if (!m) return null
  let rest = m[3]!
  let via = m[1] ? (viaAfterVerb(m[1], true)?.via ?? null) : null
  const after = viaAfterVerb(rest, true)
  if (after) {
    via ??= after.via
    rest = rest.slice(after.length)
  }
  const addressee = ADDRESSEE.exec(rest)
  if (addressee) rest = rest.slice(addressee[0].length)
  const speaker = rest.trim()
  if (!speaker || !plausibleSpeaker(speaker)) return null
  return frame('trailing', sentence, 0, sentence.text.length, speaker, stanceOf(m[2]!), { via })
}
