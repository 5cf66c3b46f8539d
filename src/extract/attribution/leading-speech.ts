import type { DateExpression } from '../../text/index.js'
import { frame, type AttributionFrame, type SentenceText } from './attribution-frame.js'
import { CUE, execIfCued } from './cue-words.js'
import { EN_SPEECH, RU_SPEECH, stanceOf, UK_SPEECH } from './speech-verbs.js'
import { plausibleSpeaker } from './trailing-speech.js'
import { viaAfterVerb } from './via-outlet.js'

// "Putin said on Thursday that …", "Ukraine's military said its troops …", "Military analysts say
// …", "Головнокомандувач ЗСУ Олександр Сирський заявив, що …", "У Генштабі заявили, що …",
// "Песков назвал ложью сообщения о том, что …". The speaker comes first; the frame ends where the
// reported content starts.

const LEAD_TIME = String.raw`(?:(?:On|In|Late|Early|Earlier|Later|Last|This|Over|During|Since|Meanwhile|However|Separately|Also|At)\b[^,]{0,60},\s+)?`
const EN_LEAD = new RegExp(String.raw`^${LEAD_TIME}([^;:"“”«»]{2,160}?)\s+(${EN_SPEECH})(?![\p{L}])`, 'iud')
const CY_LEAD = new RegExp(String.raw`^((?:(?:У|В|Во)\s+)?[^;:"“”«»]{2,160}?)\s+(?:також\s+|также\s+|раніше\s+|ранее\s+)?(${UK_SPEECH}|${RU_SPEECH})(?![\p{L}])`, 'iud')
const REFUSAL_TAIL = /\s+(?:did not|didn['’]t|declined to|refused to|would not|wouldn['’]t|could not|couldn['’]t|has not|have not)\s+(?:immediately\s+)?(?:comment|respond|confirm|elaborate|give details|specify)\b[^,;]{0,60}?,?\s+(?:but|and)(?:\s+(?:also|later|instead))?$|\s+(?:не|не стал\p{L}*|не став\p{L}*|відмовил\p{L}*|отказал\p{L}*)\s+(?:коментува\p{L}*|комментирова\p{L}*|прокоментува\p{L}*|прокомментирова\p{L}*)[^,;]{0,60}?,?\s+(?:але|проте|однак|но|однако|и|і|та)$/iu
const RELATIVE_TAIL = /,\s+(?:who|whom|which|який|яка|які|котрий|который|которая|которые)\s[^,;]*,?\s*$/iu
const EN_THAT = /^(?:\s*,)?\s+that\s+/i
const LEADING_ADJUNCT = /^(?:(?:In|At|Near|Across|Inside|Outside|Along|From)\s|(?:which|where)\s)[^;]*,\s+(?=[^,]+$)/u
const CY_THAT = /^(?:\s*,)?\s*(?:(?:\p{L}+\s+){0,3}?(?:про те|о том|про|о)\s*,?\s*)?(?:що|что|:)\s*|^\s*,\s*/iu

/** A frame at the start of a sentence, given the date expressions in it (statement dates go into the frame). */
export function findLeadingSpeech(sentence: SentenceText, dates: readonly DateExpression[], hasTriggerIn: (start: number, end: number) => boolean): AttributionFrame[] {
  const s = sentence.text
  const cyrillic = sentence.lang !== 'en'
  const m = execIfCued(sentence, cyrillic ? CUE.speechCy : CUE.speechEn, cyrillic ? CY_LEAD : EN_LEAD, s)
  if (!m) return []
  // "Ukraine's General Staff did not comment on the report but said …": the refusal is part of the frame.
  const refusal = REFUSAL_TAIL.exec(m[1]!)
  // "The commander, who spoke on condition of anonymity, said …": the relative clause describes the speaker.
  let phrase = (refusal ? m[1]!.slice(0, refusal.index) : m[1]!).replace(RELATIVE_TAIL, '')
  let speakerStart = m.indices![1]![0]
  // "In Russia's Belgorod region, which borders Kharkiv, governor Vyacheslav Gladkov said …": a place
  // adjunct (with its aside) opens the sentence; the speaker is the words after its last comma.
  if (!cyrillic && !plausibleSpeaker(phrase)) {
    const adjunct = LEADING_ADJUNCT.exec(phrase)
    if (adjunct) {
      speakerStart += adjunct[0].length
      phrase = phrase.slice(adjunct[0].length)
    }
  }
  if (!plausibleSpeaker(phrase) || hasTriggerIn(sentence.offset + speakerStart, sentence.offset + speakerStart + phrase.length)) return []
  const stance = stanceOf(m[2]!)
  let end = m.index + m[0].length
  // "ordered the evacuation", "ordered families to leave" are events; "ordered troops to take …" frames a future one.
  if (stance === 'future' && !cyrillic && (!/^\s+(?:[\p{L}'’-]+\s+){0,4}to\s+\p{L}/u.test(s.slice(end)) || /^\s+(?:[\p{L}'’-]+\s+){0,4}to\s+(?:leave|evacuate|flee|relocate)\b/u.test(s.slice(end)))) return []
  let via: string | null = null
  const viaMatch = viaAfterVerb(s.slice(end), cyrillic)
  if (viaMatch) {
    via = viaMatch.via
    end += viaMatch.length
  }
  // A statement date right after the verb ("said on Thursday", "заявив 23 лютого") belongs to the
  // frame; a deadline does not ("поручил до конца весны освободить").
  const date = dates.find((d) => d.span[0] - sentence.offset >= end && d.span[0] - sentence.offset <= end + 4)
  if (date && stance !== 'future' && (date.value.kind === 'day' || date.value.kind === 'weekday' || date.value.kind === 'offset-day')) {
    end = date.span[1] - sentence.offset
  }
  const that = (cyrillic ? CY_THAT : EN_THAT).exec(s.slice(end))
  if (that) end += that[0].length
  // "Це фейк, заявили в Генштабі": a verb after a comma with no "що" to follow inverts a trailing
  // frame; what precedes it is content, not a speaker.
  else if (cyrillic && /,\s*$/.test(phrase)) return []
  if (end >= s.length - 2) return [] // nothing reported after the verb: a trailing frame, if anything
  // A leading time phrase ("On February 23, the commander stated that …") dates the statement: it
  // belongs to the frame, so relative times in the content resolve against it.
  const frameStart = m.index < speakerStart && dates.some((d) => d.span[0] - sentence.offset < speakerStart) ? 0 : speakerStart
  return [frame('leading', sentence, frameStart, end, phrase.replace(/^(?:У|В|Во)\s+/u, ''), stance, { via })]
}

const EN_CONTRAST = new RegExp(String.raw`,\s+(?:but|while|whereas|although|though|yet)\s+((?:the |a |an )?[^,;:"“”«»]{2,80}?)\s+(${EN_SPEECH})(?![\p{L}])(?:\s+(?:on|late|early|last|this|in)\b[^,;"“”]{0,30}?)?(?:,)?\s+(?:that\s+)?`, 'iud')
const CY_CONTRAST = new RegExp(String.raw`,\s+(?:але|а|проте|однак|тоді як|но|однако|тогда как|в то время как)\s+((?:(?:У|В|Во)\s+)?[^,;:"“”«»]{2,80}?)\s+(?:ж\s+|же\s+)?(${UK_SPEECH}|${RU_SPEECH})(?![\p{L}])\s*,?\s*(?:що|что)\s+`, 'iud')

/**
 * A second speaker after a conjunction, past the sentence's own frame: "The MoD claimed that Russian
 * forces seized X, but ISW assesses that they have not"; "…, але у ЗСУ заявили, що …". The frame's
 * words are not content, and the clauses after it belong to its speaker.
 */
export function findContrastSpeech(sentence: SentenceText, from: number, hasTriggerIn: (start: number, end: number) => boolean): AttributionFrame[] {
  const s = sentence.text
  const re = sentence.lang === 'en' ? EN_CONTRAST : CY_CONTRAST
  re.lastIndex = 0
  const m = execIfCued(sentence, sentence.lang === 'en' ? CUE.speechEn : CUE.speechCy, re, s.slice(from))
  if (!m) return []
  const phrase = m[1]!
  const at = from + m.indices![1]![0]
  if (!plausibleSpeaker(phrase) || hasTriggerIn(sentence.offset + at, sentence.offset + at + phrase.length)) return []
  const end = from + m.index + m[0].length
  if (end >= s.length - 2) return []
  return [frame('leading', sentence, at, end, phrase.replace(/^(?:У|В|Во)\s+/u, ''), stanceOf(m[2]!))]
}
