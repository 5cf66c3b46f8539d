import { frame, type AttributionFrame, type SentenceText } from './attribution-frame.js'
import { CUE, isCued } from './cue-words.js'
import { splitBasedOn } from './via-outlet.js'

// "according to DeepState", "according to Bloomberg calculations based on DeepState data", "citing
// the General Staff", "за даними DeepState", "за його словами", "по данным Минобороны", "как
// сообщил …". The speaker phrase ends at the next comma or full stop.

// "per cent", "per day", "per capita": a rate, not a source.
const EN = /(?:^|[,;(]\s*|\s)(according to|citing|per(?!\s+(?:cent|centum|day|week|month|year|hour|capita|head|person|kilometre|kilometer|km|square|sq|mile|unit|soldier)\b))\s+((?:the |a |an )?[^,;.()"“”]{2,120}?)(?=\s*(?:[,;.)"”]|$))/giu
const CY =
  /(?:^|[,;]\s*|\s)(?:(за\s+(?:(?<pronUk>його|її|їх|їхніми)\s+)?(?:даними|словами|інформацією|оцінками|підрахунками|повідомленням|оцінкою)|згідно\s+з\s+(?:даними|інформацією)|по\s+(?:(?<pronRu>его|ее|её|их)\s+)?(?:данным|словам|информации|оценкам|подсчетам|сообщению|оценке)|как\s+(?:сообщил\p{L}*|сообщает|сообщают|заявил\p{L}*|пишет|передает|отметил\p{L}*)|як\s+(?:повідоми\p{L}*|повідомляє|повідомляють|заяви\p{L}*|пише|передає|зазначи\p{L}*))(?:\s+(?<np>[^,;.]{2,100}?))?)(?=\s*(?:[,;.]|$))/giu
const APPOSITION = /^,\s+(?:an?|the)\s+[^,;.]{2,90}?(?=\s*(?:[,;.]|$))/iu

export function findAccordingTo(sentence: SentenceText): AttributionFrame[] {
  const s = sentence.text
  const re = sentence.lang === 'en' ? EN : CY
  const out: AttributionFrame[] = []
  if (!isCued(sentence, CUE.according, re, s)) return out
  re.lastIndex = 0
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    const start = m.index + m[0].indexOf(m[1]!)
    let end = m.index + m[0].length
    // "according to him, the army has lost …": a pronoun takes no apposition; what follows is content.
    const apposition = /^(?:him|her|them)$/iu.test((m[2] ?? '').trim()) ? null : APPOSITION.exec(s.slice(end))
    if (apposition) end += apposition[0].length
    // "за його словами", "по его словам": the pronoun is the speaker.
    const phrase = (m.groups?.pronUk ?? m.groups?.pronRu ?? m.groups?.np ?? m[2] ?? '').trim()
    if (!phrase) continue
    const { speaker, basedOn } = splitBasedOn(phrase)
    out.push(frame('according', sentence, start, end, speaker, 'neutral', { basedOn }))
  }
  return out
}
