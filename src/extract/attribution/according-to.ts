import { frame, type AttributionFrame, type SentenceText } from './attribution-frame.js'
import { CUE, isCued } from './cue-words.js'
import { RU_SPEECH, UK_SPEECH } from './speech-verbs.js'
import { splitBasedOn, viaAfterVerb } from './via-outlet.js'

// "according to DeepState", "according to Bloomberg calculations based on DeepState data", "citing
// the General Staff", "за даними DeepState", "за його словами", "по данным Минобороны", "как
// сообщил …". The speaker phrase ends at the next comma or full stop.

// "per cent", "per day", "per capita": a rate, not a source.
const EN = /(?:^|[,;(]\s*|\s)(according to|citing|per(?!\s+(?:cent|centum|day|week|month|year|hour|capita|head|person|kilometre|kilometer|km|square|sq|mile|unit|soldier)\b))\s+((?:the |a |an )?[^,;.()"“”]{2,120}?)(?=\s*(?:[,;.)"”]|$))/giu
// "як розповів УП речник …", "как уточнил Пушилин": "as" and any speech verb.
const CY = new RegExp(
  String.raw`(?:^|[,;]\s*|\s)(?:(за\s+(?:(?<pronUk>його|її|їх|їхніми)\s+)?(?:даними|словами|інформацією|оцінками|підрахунками|повідомленням|оцінкою|прогнозом|прогнозами|відомостями)|згідно\s+з\s+(?:даними|інформацією)|по\s+(?:(?<pronRu>его|ее|её|их)\s+)?(?:данным|словам|информации|оценкам|подсчетам|подсчётам|сообщению|оценке|прогнозу|прогнозам|сведениям|мнению)|(?<as>как|як)\s+(?:(?:також|также|вже|уже|раніше|ранее)\s+)?(?:${RU_SPEECH}|${UK_SPEECH}))(?:\s+(?<np>[^,;.]{2,100}?))?)(?=\s*(?:[,;.]|$))`,
  'giu',
)
const COUNTER_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${UK_SPEECH}|${RU_SPEECH})\s+(?:[^,;.:]|«[^«»]{1,40}»){1,60}$`, 'iu')
const APPOSITION_VERB = /(?<![\p{L}])(?:is|are|was|were|has|have|had|will|would|could|can|did|does|do|may|might)(?![\p{L}])/iu
const APPOSITION = /^,\s+(?:an?|the)\s+[^,;.]{2,90}?(?=\s*(?:[,;.]|$))/iu

/** How many words the sentence has before offset `at` (stops counting at 3). */
function wordsBefore(s: string, at: number): number {
  let n = 0
  let inWord = false
  for (let i = 0; i < at && n < 3; i++) {
    const letter = /[\p{L}\p{N}]/u.test(s[i]!)
    if (letter && !inWord) n++
    inWord = letter
  }
  return n
}

export function findAccordingTo(sentence: SentenceText): AttributionFrame[] {
  const s = sentence.text
  const re = sentence.lang === 'en' ? EN : CY
  const out: AttributionFrame[] = []
  if (!isCued(sentence, CUE.according, re, s)) return out
  re.lastIndex = 0
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    const start = m.index + m[0].indexOf(m[1]!)
    // "…, подсчитала «Вёрстка» по данным проекта DeepState": the data a named counter used, not a source of its own.
    if (sentence.lang !== 'en' && !m.groups?.as && COUNTER_BEFORE.test(s.slice(Math.max(0, start - 80), start))) continue
    let end = m.index + m[0].length
    // "according to him, the army has lost …": a pronoun takes no apposition; what follows is content.
    let apposition = /^(?:him|her|them)$/iu.test((m[2] ?? '').trim()) ? null : APPOSITION.exec(s.slice(end))
    // "According to the mayor, a glide bomb slammed into a school.": a frame that opens the sentence
    // (at most two words before it, "On Sunday, according to …") takes an apposition only when a
    // comma closes it ("According to Filashkin, the regional governor, Russian troops …"); one that
    // runs to the sentence's end is the sentence's content, not a description of the speaker.
    // Nor is one with a verb of its own ("According to Shershen, the Russians are now 4 km short of
    // Borova, the district hub, …"): a clause, not a noun phrase.
    if (apposition && wordsBefore(s, start) < 3 && (!/^\s*[,;)]/u.test(s.slice(end + apposition[0].length)) || APPOSITION_VERB.test(apposition[0]))) apposition = null
    if (apposition) end += apposition[0].length
    // "за його словами", "по его словам": the pronoun is the speaker.
    let phrase = (m.groups?.pronUk ?? m.groups?.pronRu ?? m.groups?.np ?? m[2] ?? '').trim()
    if (!phrase) continue
    // "як розповів УП речник …", "как сообщил ТАСС глава …": the outlet after the verb is the via.
    const via = m.groups?.as ? viaAfterVerb(phrase, true) : null
    if (via) phrase = phrase.slice(via.length).trim()
    if (!phrase) continue
    const { speaker, basedOn } = splitBasedOn(phrase)
    out.push(frame('according', sentence, start, end, speaker, 'neutral', { basedOn, via: via?.via ?? null }))
  }
  return out
}
