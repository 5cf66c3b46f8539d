import { frame, type AttributionFrame, type SentenceText } from './attribution-frame.js'
import { plausibleSpeaker, stripSpeakerModifier } from './trailing-speech.js'

// Class: a verb of saying inside a free relative ("Russia's Defence Ministry trumpeted what it called
// the "liberation" of X", "A drone unit published footage of strikes on what it said were 14 vehicles
// destroyed", "the governor announced what he described as the repulse of …"): the pronoun is the
// sentence's subject, and the subject speaks what follows. What the subject did with it ("trumpeted",
// "published footage of") tells no event of its own.

const WHAT_SAID = /(?<![\p{L}])what\s+(?:it|they|he|she)\s+(called|calls|said|says|claimed|claims|described\s+as|describes\s+as|termed|terms|dubbed|dubs)(?:\s+(?:were|was|is|are|had\s+been|to\s+be))?\s+/iu
/** The subject and its verb in the past tense, the first word in "-ed" ("trumpeted", "published", "announced"), or "said"/"told"/"showed". */
const SUBJECT_THEN_VERB = /^((?:the\s+|a\s+|an\s+)?[^,;:"“”«»]{2,100}?)\s+(?:\p{Ll}{3,}ed|told|showed)(?![\p{L}])/u

/** The frame of a "what it called" relative, whose speaker is the sentence's subject, or none. */
export function findWhatItSaid(sentence: SentenceText, hasTriggerIn: (start: number, end: number) => boolean): AttributionFrame[] {
  const s = sentence.text
  if (sentence.lang !== 'en' || !s.includes('what ')) return []
  const m = WHAT_SAID.exec(s)
  if (!m) return []
  const subject = SUBJECT_THEN_VERB.exec(s.slice(0, m.index))
  if (!subject) return []
  // "A Ukrainian drone unit operating in the area": a participle after the noun describes the speaker.
  // ("… unit working in the area": any participle in "-ing" ends the noun phrase of a subject here.)
  const phrase = stripSpeakerModifier(subject[1]!).replace(/\s+(?!(?:during|according|including)(?![\p{L}]))\p{Ll}{3,}ing(?:\s.*)?$/u, '')
  if (!plausibleSpeaker(phrase) || hasTriggerIn(sentence.offset, sentence.offset + subject[0].length)) return []
  const end = m.index + m[0].length
  if (end >= s.length - 2) return []
  // "what it called the liberation": the writer keeps the name at a distance; "what it said were": told plainly.
  return [frame('leading', sentence, m.index, end, phrase, /^sa/iu.test(m[1]!) ? 'neutral' : 'claim')]
}
