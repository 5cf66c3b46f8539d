import { frame, type AttributionFrame, type SentenceText } from './attribution-frame.js'
import { RU_SPEECH, stanceOf, UK_SPEECH } from './speech-verbs.js'
import { isOutletName } from './resolve-speaker.js'
import { sourceOutlet } from './source-of-outlet.js'
import { plausibleSpeaker } from './trailing-speech.js'
import { platformOnly, viaAfterVerb, viaClosingPhrase } from './via-outlet.js'

// Ukrainian and Russian news name the speaker in a sentence of its own after the statement:
// "Про це в ефірі телемарафону заявив речник угруповання Павло Кравчук.", "Об этом ТАСС сообщил
// глава ДНР Денис Пушилин.", "Об этом сообщает пресс-служба ОВА." The whole sentence is the frame;
// its speaker comes after the verb, and what it says is in the sentence (or sentences) before.
// "Таку інформацію … оприлюднив X", "Такие данные ТАСС привёл X", "Ці дані навів X": the sentence
// names the source of the figures or news before it, by a demonstrative and a noun for information.
// "Про атаку та її наслідки повідомив оперативний штаб регіону", "Об ударе сообщил губернатор", "Про
// вибухи в місті розповіли місцеві": the event just told, named back by its noun, does the work of "це".
const EVENT_BACK = String.raw`(?:Про|Об?)\s+(?:атак[уіе]|атаках|атаки|удар(?:и|е|ах)?|вибух(?:и)?|взрыв(?:е|ах)|обстріл(?:и)?|обстрел(?:е|ах)|інцидент|инциденте|пожеж[уі]|пожаре|влучання|попадании|ураження|поражении)(?:\s+(?:та|і|й|и)\s+(?:її|його|їх|ее|её|его|их)\s+(?:наслідки|последствиях))?`
const EVENT_BACK_OPENS = new RegExp(`^${EVENT_BACK}(?![\\p{L}])`, 'iu')
/** Words that open or join a clause, not a speaker's name ("й раніше", "вже", "…, а вночі …"). */
const NOT_A_NAME = /^(?:й|і|и|та|також|также|раніше|ранее|вже|уже|не|ні|ни)(?![\p{L}])|,\s*(?:а|але|но|однак|однако|проте|тоді як|тогда как)(?![\p{L}])/iu
const HEAD = String.raw`Про\s+це|Об\s+этом|О\s+том|Про\s+таке|${EVENT_BACK}|(?:Таку|Цю|Ту|Дану)\s+інформацію|(?:Такі|Ці|Дані)\s+(?:дані|відомості|цифри)|(?:Такую|Эту|Данную)\s+информацию|(?:Такие|Эти|Данные)\s+(?:данные|сведения|цифры)`
// A name in guillemets may stand on either side of the verb ("в ефірі «Суспільного»", "речник ОСУВ «Дніпро»").
// Verbs that pass on information someone has: said only of a source in this frame ("привёл" alone also means "led").
const CITED = String.raw`наві(?:в|ла|ли)|приві(?:в|ла|ли)|прив[её]л|привел(?:а|и)|поділи(?:вся|лася|лися)|подели(?:лся|лась|лись)`
const CATAPHOR = new RegExp(
  String.raw`^(?:${HEAD})\s+(?:(?:також|также|раніше|ранее|вже|уже)\s+)?((?:[^.;:!?"“”«»]|«[^.;:!?"“”«»]{1,40}»){0,80}?)\s*(?<![\p{L}])(${UK_SPEECH}|${RU_SPEECH}|${CITED})(?![\p{L}])((?:[^;:!?"“”«»]|«[^;:!?"“”«»]{1,40}»){2,200}?)\s*[.!]?\s*$`,
  'iud',
)
// Whom it was told to, which is not the speaker: "журналистам", "репортерам", "виданню".
const ADDRESSEE = /^\s*(?:журналістам|журналистам|репортерам|репортёрам|виданню|изданию|агентству)(?![\p{L}])/iu

// "Так оцінює ситуацію X", "Так вважає X", "Так описал обстановку X": "so" points back to the
// assessment just told, and the sentence only names whose it is.
const SO_ASSESSES = /^Так(?:\s+(?:само|же))?\s+(оцінює|оцінив|оцінила|оцінюють|описує|описав|описала|бачить|бачать|вважає|вважають|пояснює|пояснив|пояснила|оценивает|оценил|оценила|оценивают|описывает|описал|описала|видит|видят|считает|считают|объясняет|объяснил|объяснила)(?:\s+(?:ситуацію|ситуацию|обстановку|положення|положение|становище|події|события))?\s+((?:[^.;:!?"“”«»]|«[^.;:!?"“”«»]{1,40}»){2,200}?)\s*[.!]?\s*$/u
// "…, з яким поспілкувалася «Українська правда»", "…, с которым поговорил корреспондент ТАСС": the
// outlet that spoke with the speaker is the via.
const SPOKE_WITH = /,\s+(?:з|із|зі|с|со)\s+(?:яким|якою|якими|которым|которой|которыми)\s+(?:поспілкува\p{L}*|поговори\p{L}*|розмовля\p{L}*|говори\p{L}*|побесед\p{L}*|поспілкув\p{L}*)\s+(?:(?:кореспондент\p{L}*|корреспондент\p{L}*|журналіст\p{L}*|журналист\p{L}*|видання|издание)\s+)?(«[^«»]{1,40}»|\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})/u

// The English of "Так оцінює ситуацію X": "That is how X explains the loss", "This is how X describes
// it", "So says X", "Such is the assessment of X": the sentence names whose the words before it are.
const EN_SO_ASSESSES = /^(?:(?:That|This)(?:\s+(?:is|was)|['’]s)\s+how\s+((?:[^.;:!?"“”]|(?<=(?:^|\s)\p{Lu}\p{Ll}{0,3})\.){2,160}?)\s+(explains|explained|describes|described|puts|put|sees|saw|sums|summed|assesses|assessed|characteri[sz]es|characteri[sz]ed|justifies|justified|recalls|recalled|recounts|recounted|remembers|remembered|reads|read)(?![\p{L}])|So\s+(says|said|writes|wrote)\s+([^.;:!?"“”]{2,160}?)(?=[,.!]|\s+(?:in|on|to|who|speaking|talking|writing)\s|$)|Such\s+(?:is|was)\s+(?:the\s+)?(?:assessment|view|verdict|account)\s+of\s+([^.;:!?"“”]{2,160}?)(?=[,.!]|\s+(?:in|on|to|who|speaking|talking|writing)\s|$))/u
// (An abbreviated rank keeps its point: "That is how Col. Andriy Hnatiuk explains it".)
// "in an interview with the Guardian", "speaking to Reuters", "told the BBC": whom the speaker spoke to.
const EN_SPOKE_TO = /\b(?:in\s+(?:an?\s+)?(?:interview|conversation|phone call|call)\s+with|speaking\s+to|talking\s+to|told)\s+((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})/u

const EN_TO = /\bto\s+((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})/u

/** The English cataphor ("That is how X explains it"), if the sentence is one. */
function findEnglishCataphor(sentence: SentenceText): AttributionFrame | null {
  const m = EN_SO_ASSESSES.exec(sentence.text)
  if (!m) return null
  // "Col. Ivan Moroz, who commands a brigade near Toretsk": the relative clause describes the speaker.
  const speaker = (m[1] ?? m[4] ?? m[5])!.replace(/,\s*$/u, '').replace(/,\s+(?:who|whose)\s[^,]*$/u, '')
  if (!plausibleSpeaker(speaker)) return null
  const rest = sentence.text.slice(m[0].length)
  // "explained the retreat to the BBC": an outlet the entity tables know after "to".
  const told = EN_SPOKE_TO.exec(rest) ?? ((to) => (to && isOutletName(to[1]!.replace(/\.$/u, '')) ? to : null))(EN_TO.exec(rest))
  return frame('trailing', sentence, 0, sentence.text.length, speaker, 'neutral', { via: told ? told[1]!.replace(/^the\s+(?=\p{Lu})/u, '').replace(/\.$/u, '') : null })
}

/** The sentence as a frame naming who said what the sentences before it say, if it is one. */
export function findCataphoricSpeech(sentence: SentenceText): AttributionFrame | null {
  if (sentence.lang === 'en') return /^(?:That|This|So|Such)\s|^(?:That|This)['’]s\s/u.test(sentence.text) ? findEnglishCataphor(sentence) : null
  const so = SO_ASSESSES.exec(sentence.text)
  if (so && plausibleSpeaker(so[2]!.replace(SPOKE_WITH, ''))) {
    const spoke = SPOKE_WITH.exec(so[2]!)
    return frame('trailing', sentence, 0, sentence.text.length, so[2]!, stanceOf(so[1]!), { via: spoke ? spoke[1]!.replace(/^«|»$/gu, '') : null })
  }
  const m = CATAPHOR.exec(sentence.text)
  if (!m) return null
  let rest = m[3]!
  let via = m[1] ? viaWithin(m[1]) : null
  const after = viaAfterVerb(rest, true)
  // "Про це пише Суспільне у Telegram": the outlet after the verb speaks, on the platform after it.
  const platform = after ? platformOnly(rest.slice(after.length)) : null
  if (after && platform) {
    via ??= platform
    rest = rest.slice(0, after.length)
  } else if (after) {
    via ??= after.via
    rest = rest.slice(after.length)
  }
  const addressee = ADDRESSEE.exec(rest)
  if (addressee) rest = rest.slice(addressee[0].length)
  let speaker = rest.trim()
  // "Про це повідомив голова ОВА X у Telegram", "Об этом сообщил губернатор X в своём телеграм-канале":
  // the platform or outlet closing the speaker's phrase is the via, not part of the name.
  const closing = via || sourceOutlet(speaker) !== null ? null : viaClosingPhrase(speaker)
  if (closing) {
    via = closing.via
    speaker = speaker.slice(0, closing.index).trim()
  }
  // "Про це повідомляє ASTRA, проаналізувавши відео з місця події", "сообщила Verstka, сославшись на
  // местных жителей": an adverbial participle after the name says how the speaker knows (the footage
  // is what the claim is based on, 29); it is no part of the name.
  let basedOn: string | null = null
  const how = HOW_KNOWN.exec(speaker)
  if (how && how.index > 0) {
    basedOn = how[1]!.trim().replace(/^(?:на|на основі|на основе)\s+/iu, '') || null
    speaker = speaker.slice(0, how.index).trim()
  }
  if (!speaker || !plausibleSpeaker(speaker)) return null
  // "Про удари по енергетиці говорили й раніше, а вночі …": an event named back opens a sentence of its
  // own too; only a speaker phrase that is a name, not a clause, makes it a cataphor.
  if (EVENT_BACK_OPENS.test(sentence.text) && !/^(?:Про|Об?)\s+(?:це|этом|том|таке)(?![\p{L}])/iu.test(sentence.text) && NOT_A_NAME.test(speaker)) return null
  return frame('trailing', sentence, 0, sentence.text.length, speaker, stanceOf(m[2]!), { via, basedOn })
}

// ", проаналізувавши відео", ", посилаючись на місцевих жителів", ", проанализировав кадры", ", ссылаясь
// на очевидцев", ", вивчивши супутникові знімки", ", з посиланням на джерела": how the speaker knows.
const HOW_KNOWN = /,\s*(?:проаналізувавши|проаналізовавши|вивчивши|переглянувши|геолокувавши|посилаючись\s+на|з\s+посиланням\s+на|проанализировав|изучив|просмотрев|геолоцировав|ссылаясь\s+на|сославшись\s+на|со\s+ссылкой\s+на)(?![\p{L}])\s*([^,]*)/iu

/** A via opening any word of the words before the verb ("19 серпня в ефірі телемарафону", "ТАСС"). */
function viaWithin(words: string): string | null {
  for (let at = 0; at < words.length; at = words.indexOf(' ', at + 1)) {
    const found = viaAfterVerb(words.slice(at), true)
    if (found) return found.via
    if (words.indexOf(' ', at + 1) < 0) break
  }
  return null
}
