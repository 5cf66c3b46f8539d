import { gated } from '../../text/index.js'
import { frame, type AttributionFrame, type SentenceText } from './attribution-frame.js'
import { CUE, execIfCued } from './cue-words.js'
import { plausibleSpeaker } from './trailing-speech.js'

// Round 19, class (convention 97): a government, ministry, party or official reacting to a strike names
// it as the cause of the reaction: "МЗС Угорщини заборонило в'їзд командиру через атаку на
// нафтопровід", "Казахстан выразил протест из-за атаки по терминалу", "В Угорщині накинулися на
// Україну зі звинуваченнями через удар по …", "Польща відреагувала на удар по …". The reacting
// subject speaks the strike (a reaction presupposes the attack); its words and the reaction's object
// ("командиру ЗСУ", "Киеву") are no claim content. Round 20: an appeal or a threat over the strike
// ("Угорщина та Словаччина звернулися до Єврокомісії через атаку", "Венгрия возмущена ударом по …",
// "закликали … через удари") reacts to it as a protest does. Only a subject the speaker registry knows with a
// side (a country, a ministry, an official): "Суд засудив агента за коригування ударів" is a sentence,
// not a reaction.
const REACTION = gated(
  new RegExp(
    String.raw`^((?:(?:У|В|Во)\s+)?(?:[\p{L}«»"'’ʼ.-]+\s+){0,4}?[\p{L}«»"'’ʼ.-]+)\s+(?:(?:вже|уже|также|також|теж|тоже|знову|снова|офіційно|официально|різко|резко)\s+)?((?:заборони(?:в|ла|ли|ло)|засуди(?:в|ла|ли|ло)|висловил\p{L}*\s+протест|заявил\p{L}*\s+протест|накинул(?:ися|ась|ася|ся)|звинуват(?:ив|ила|или|ило)|звинувачу(?:є|ють)|прирівня(?:в|ла|ли|ло)|вимага(?:є|ють|в|ла|ли|ло)|виклика(?:в|ла|ли|ло)\s+посл\p{L}*|відреагува(?:в|ла|ли|ло)|обурил(?:ися|ась|ася|ся)|запрети(?:л|ла|ли|ло)|осуди(?:л|ла|ли|ло)|выразил\p{L}*\s+протест|обвини(?:л|ла|ли|ло)|обвиня(?:ет|ют)|приравня(?:л|ла|ли|ло)|потребова(?:л|ла|ли|ло)|требу(?:ет|ют)|вызва(?:л|ла|ли|ло)\s+посл\p{L}*|отреагирова(?:л|ла|ли|ло)|возмути(?:лся|лась|лись|лось)|звернул(?:ися|ась|ася|ся|ось)|звернув(?:ся)?|обратил(?:ись|ась|ся|ось)|закликал(?:и|а|о)?|призвал(?:и|а|о)?|(?:обурен|возмущен)(?:а|і|ы|ий|ый)?|протестува(?:в|ла|ли|ло)|протестова(?:л|ла|ли|ло)|пригрози(?:в|ла|ли|л|ло)|погрози(?:в|ла|ли|ло))(?![\p{L}]))(?:[^.;:!?]{0,80}?\s(?:через|из-за|у\s+зв['’ʼ]язку\s+з|в\s+связи\s+с|на)\s+(?=\p{L})|\s+(?=\p{L}))`,
    'u',
  ),
)

/** The reacting subject of a sentence that names a strike as the cause of its reaction, as a frame, or none. */
export function findReactionSpeech(
  sentence: SentenceText,
  hasTriggerIn: (start: number, end: number) => boolean,
  known: (phrase: string) => { type: 'person' | 'org'; side: string } | null,
): AttributionFrame[] {
  if (sentence.lang === 'en') return []
  // (Most sentences hold none of the reaction verbs: their word family answers without the regex.)
  const m = execIfCued(sentence, CUE.reactionCy, REACTION, sentence.text)
  if (!m) return []
  const subject = m[1]!
  const verbEnd = subject.length + m[0].slice(subject.length).indexOf(m[2]!) + m[2]!.length
  const end = m[0].length
  // The cause is an event ("через атаку", "из-за удара") or the verb's object ("засудила удар по …",
  // "прирівняли удар до нападу"): its word opens what follows, and no event stands before it.
  const cause = !hasTriggerIn(sentence.offset + verbEnd, sentence.offset + end) && hasTriggerIn(sentence.offset + end, sentence.offset + Math.min(sentence.text.length, end + 40))
  const object = !cause && hasTriggerIn(sentence.offset + verbEnd, sentence.offset + Math.min(sentence.text.length, verbEnd + 16))
  if (!cause && !object) return []
  if (!plausibleSpeaker(subject) || hasTriggerIn(sentence.offset, sentence.offset + subject.length)) return []
  const who = known(subject)
  if (!who || who.side === 'unknown') return []
  // The frame is the subject and its verb: the reaction's object ("в'їзд командиру ЗСУ") still names
  // the side whose strike it reacts to.
  return [frame('leading', sentence, 0, verbEnd, subject.replace(/^(?:У|В|Во)\s+/u, ''), 'neutral')]
}
