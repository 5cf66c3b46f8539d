import { frame, type AttributionFrame, type SentenceText } from './attribution-frame.js'
import { CUE, execIfCued } from './cue-words.js'
import type { Stance } from './speech-verbs.js'

// Statements about an earlier claim rather than about events: "The Ukrainian military denied the
// reports", "Ukrainian commanders rejected the claim", "The Kremlin dismissed the statement as
// propaganda", "Ukraine's General Staff said the claim was false", "…, a claim Kyiv said was
// premature", "В Киеве эту информацию опровергли". Each becomes a claim that repeats the earlier
// one with this speaker's stance. A trailing ", a claim that could not be independently verified"
// has no speaker: it qualifies the sentence's own claim (a `comment` frame).

// The noun may follow a possessive ("the ministry's statement", "the channel's claims").
const REFERENT = String.raw`(?:the|these|those|this|that|such|their|its|his|her|Moscow['’]s|Kyiv['’]s|Russia['’]s|Ukraine['’]s|Russian|Ukrainian|earlier|latest|media)?\s*(?:\p{L}+(?:['’]s)?\s+)?(?:reports?|claims?|statements?|allegations?|assertions?|suggestions?|information|announcements?|account|accounts|boasts?)`
/** What a claim of gains is called when it is called false ("those gains are exaggerated"). */
const GAINS_REFERENT = String.raw`(?:the|these|those|such|their|its|Moscow['’]s|Russia['’]s|Kyiv['’]s|Ukraine['’]s|Russian|Ukrainian|claimed|reported)\s+(?:\p{L}+\s+)?(?:gains|advances|figures|numbers|successes|captures)`
// Verbs that wave a claim away, in every tense and person: "denied", "rejects", "dismisses", and
// the phrasal ones reporters use for the same act ("brushed the assertion aside", "waved away",
// "shrugged off", "laughed off", "played down", "downplays", "scoffed at"). A particle may follow
// the object ("brushed the claim aside"): EN_SPLIT_PARTICLE.
const EN_REBUT = String.raw`(?:den(?:ied|ies|y)|reject(?:ed|s)?|dismiss(?:ed|es)?|refut(?:ed|es|e)|disput(?:ed|es|e)|confirm(?:ed|s)?|call(?:ed|s)?|brush(?:ed|es)?\s+(?:aside|off)|wav(?:ed|es|e)\s+(?:away|off|aside)|shrug(?:ged|s)?\s+off|laugh(?:ed|s)?\s+off|play(?:ed|s)?\s+down|downplay(?:ed|s)?|scoff(?:ed|s)?\s+at|denounc(?:ed|es|e)|contest(?:ed|s)?)`
/** The phrasal dismissals with their particle after the object ("brushed the assertion aside"). */
const EN_SPLIT_PARTICLE = /^(brush(?:ed|es)?|wav(?:ed|es|e)|shrug(?:ged|s)?|laugh(?:ed|s)?|play(?:ed|s)?)$/iu
const NEGATED_OR_MODAL = /(?:\bnot|n['’]t|\bcannot|\bnever|\bunable|\b(?:could|can|would|will|may|might|must|should|did|does|do|to))\s*$/iu
const PARTICLE_AFTER = /^\s+(aside|away|off|down)(?![\p{L}])/iu
// A pronoun referent closes the rebuttal's object: the verdict, the particle, the time or manner after it
// ("rejected that within hours", "denied it on Monday", "called that \"a fantasy\"", "called that
// premature"), or the clause's end. "Called" with a pronoun needs the verdict ("called that a victory" is none).
const PRONOUN_CLOSE = String.raw`(?=\s+(?:as|aside|away|off|down)\b|\s*[,.;!]|\s*$|\s+(?:within|outright|flatly|immediately|swiftly|quickly|categorically|hours|days|later|late|early|at\s+once|the\s+same|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?![\p{L}]))`
const PRONOUN_VERDICT = String.raw`(?=\s+["“'‘]?(?:(?:a|an|pure|complete|total|absolute|utter|nothing\s+but|simply|another)\s+)*(?:premature|false|untrue|fake|baseless|groundless|unfounded|fiction|fabrication|fabricated|invention|invented|fairy[- ]tales?|fantasy|nonsense|propaganda|lies?|a\s+lie|disinformation|exaggerated)(?![\p{L}]))`
// The rebuttal may open its sentence or follow a semicolon ("…called the town semi-encircled; Ukrainian
// officials deny that").
const EN_VERB = new RegExp(String.raw`(?:^|(?<=;\s{1,3}))((?:the |a |an )?[^,;:"“”]{2,80}?)\s+(?:(?:has|have|had|also|later|then|again|already|(?!(?:family|assembly|supply|monopoly|anomaly|rally|ally|bully) )\p{Ll}{3,}ly) )*(?:(call(?:ed|s)?)\s+(?:it|this|that|them)${PRONOUN_VERDICT}|(${EN_REBUT}|brush(?:ed|es)?|wav(?:ed|es|e)|shrug(?:ged|s)?|laugh(?:ed|s)?|play(?:ed|s)?)\s+(${REFERENT}|the (?:attack|strike|capture|advance|withdrawal|loss)|(?:it|this|that|them)${PRONOUN_CLOSE}))(?![\p{L}])`, 'iu')
const EN_SAID_FALSE = new RegExp(String.raw`^((?:the |a |an )?[^,;:"“”]{2,80}?)\s+(?:said|says|say|insisted|insists|insist|stressed|maintain|maintains|maintained)\s+(?:that\s+)?(${REFERENT}|${GAINS_REFERENT}|it)\s+(?:was|were|is|are|had been|have been)\s+(?:greatly\s+|vastly\s+|grossly\s+|heavily\s+|wildly\s+)?(false|untrue|fake|baseless|not true|premature|exaggerated|overstated|inflated|unfounded|propaganda|a lie|lies|disinformation)(?![\p{L}])`, 'iu')
// "…, but Kyiv denied the claim", "…, which Ukraine's military rejected": a rebuttal after the claim, in its sentence.
const EN_MID = new RegExp(String.raw`,\s+(?:but|though|although|yet|which|while)\s+((?:the |a |an )?[^,;:"“”]{2,60}?)\s+(?:(?:has|have|had|also|later|then|again|quickly|swiftly|promptly|immediately|flatly|firmly|categorically)\s+)*((?!confirm|call)${EN_REBUT})(?:\s+(${REFERENT}|it|this|that|them))?(?:\s+(?:aside|away|off|down))?(?:\s+as\s+(?:a\s+|an\s+)?[\p{L}-]+)?(?=\s*[.;!]?\s*$)`, 'iu')
// After a comma or a dash ("…, an assertion Kyiv's military flatly rejected", "… — an announcement
// Ukraine's border guards dismissed hours later as invented"); the rebuttal may end the sentence, name
// its verdict, or be followed by a clause of the writer's ("… rejected as the battle … dragged on").
const EN_APPOSITIVE = /(?:,|\s+[—–]|\s+-)\s+(?:(?:a|an|the|one)\s+(?:claims?|statements?|reports?|assertions?|announcements?|boasts?)|something)\s+(?:that\s+)?((?!could|can|cannot|was|were|has|had|which)[\p{L}'’. -]{2,60}?)\s+(?:(?:has|had|also|later|then|again|since|soon|already|(?!(?:family|assembly|supply|monopoly|anomaly|rally|ally|bully)\s)\p{Ll}{3,}ly)\s+)*(said|says|called|dismissed|denied|rejected|refuted|disputed|described|branded|labell?ed|wav(?:ed|es)\s+(?:off|away|aside)|brush(?:ed|es)\s+(?:off|aside)|shrug(?:ged|s)\s+off|laugh(?:ed|s)\s+off)(?:\s+(?:(?:hours|days|minutes|weeks)\s+later|within\s+hours|the\s+same\s+day|on\s+\p{Lu}\p{Ll}+day))?(?:\s+(?:was\s+|as\s+|is\s+)?["“']?(?:a\s+|an\s+)?(?!(?:the|its|his|her|their|this|that|Russian|Ukrainian|Moscow|Kyiv|as|while|when|amid|after|even)\s)(\p{L}+)|(?=\s*[.;]?\s*$)|(?=\s+(?:as|while|when|amid|after|even\s+as)\s))/iu
// "…, a claim swiftly rejected by Kyiv", "…, a report denied by Ukraine's military": the rebuttal in the passive.
const EN_APPOSITIVE_PASSIVE = /,\s+(?:a|the)\s+(?:claims?|statements?|reports?|assertions?|announcement|boasts?)\s+(?:(?:quickly|swiftly|promptly|immediately|flatly|firmly|categorically|later|since|also|already)\s+)*(denied|rejected|dismissed|refuted|disputed)\s+by\s+((?:the\s+)?[\p{L}'’. -]{2,60}?)(?=\s*[.;]?\s*$)/iu
const EN_COMMENT = /,\s+(?:a|the)\s+claims?\s+(?:that\s+|which\s+)?(?:could|can|cannot|has|had|was|were|is)\b[^.;]*?(?=[.;]?\s*$)/iu
const CY_ORG = /^(?:У|В|Во)\s+([\p{L}'’ -]{2,60}?)\s+(?:(?:цю|ці|эту|эти|такую|таку|ту)\s+)?(?:інформацію|информацию|заяв\p{L}*|повідомлен\p{L}*|сообщени\p{L}*|дані|данные|твердженн\p{L}*|утверждени\p{L}*)\s+(спростували|заперечили|опровергли|підтвердили|подтвердили|назвали\s+\p{L}+)/iu
const CY_NP = /^([^,;:"“”«»]{2,80}?)\s+(спростува\p{L}*|заперечи\p{L}*|опроверг\p{L}*|підтверди\p{L}*|подтверди\p{L}*)\s+(?:ці\s+|цю\s+|эту\s+|эти\s+|ту\s+)?(?:інформацію|информацию|заяв\p{L}*|повідомлен\p{L}*|сообщени\p{L}*|дані|данные)(?=\s*[,.]|\s*$)/iu

const CY_CONJ = String.raw`(?:але|однак|проте|втім|та|а|но|однако|впрочем)`
const CY_ADVERBS = String.raw`(?:(?:швидко|одразу|відразу|вже|згодом|також|рішуче|категорично|оперативно|офіційно|быстро|сразу|уже|позже|также|решительно|категорически|официально)\s+)*`
const CY_DENY = String.raw`(спростува\p{L}*|спростову\p{L}*|заперечи\p{L}*|заперечу\p{L}*|опроверг\p{L}*|опроверга\p{L}*|отрица\p{L}*)`
const CY_OBJECT = String.raw`(?:(?:цю|ці|це|цей|ту|такі|эту|эти|это|этот|такие|такую)\s+)?(?:інформацію|информацию|заяв\p{L}*|твердженн\p{L}*|утверждени\p{L}*|повідомленн\p{L}*|сообщени\p{L}*|дані|данные|новин\p{L}*|новост\p{L}*)|це|це\s+твердження|это|її|їх|ее|её|их`
// "…, однак Київ швидко спростував цю інформацію", "…, но Киев опроверг это заявление",
// "…, але в Генштабі ЗСУ це спростували", "…, однако в ВСУ эту информацию опровергли".
const CY_MID_VERB_FIRST = new RegExp(String.raw`,\s+${CY_CONJ}\s+((?:(?:у|в|во)\s+)?[^,;:«»"“”]{2,60}?)\s+${CY_ADVERBS}${CY_DENY}(?:\s+(?:${CY_OBJECT}))?\s*[.!]?\s*$`, 'iu')
// A sentence that only denies what was said before: "Российские власти это отрицают.", "У Генштабі це
// заперечують.", "Київ заперечує цю інформацію.", "Минобороны РФ отрицает это."
const CY_WHOLE_OBJECT_FIRST = new RegExp(String.raw`^((?:(?:у|в|во)\s+)?[^,;:«»"“”]{2,60}?)\s+(?:${CY_OBJECT})\s+${CY_ADVERBS}${CY_DENY}\s*[.!]?\s*$`, 'iu')
const CY_WHOLE_VERB_FIRST = new RegExp(String.raw`^((?:(?:у|в|во)\s+)?[^,;:«»"“”]{2,60}?)\s+${CY_ADVERBS}${CY_DENY}\s+(?:${CY_OBJECT})\s*[.!]?\s*$`, 'iu')
const CY_MID_OBJECT_FIRST = new RegExp(String.raw`,\s+${CY_CONJ}\s+((?:(?:у|в|во)\s+)?[^,;:«»"“”]{2,60}?)\s+(?:${CY_OBJECT})\s+${CY_ADVERBS}${CY_DENY}\s*[.!]?\s*$`, 'iu')

const CALLED_AS = /^\s+(?:as\s+)?["“'‘]?(?:(?:a|an|pure|complete|total|absolute|utter|nothing but|simply)\s+)*[\p{L}-]+["”'’]?/iu
const CY_NAMED_AS = /(?:^|[\s,])(\p{Lu}[\p{L}'’ʼ-]+|(?:у|в)\s+\p{Lu}[\p{L}'’ʼ -]{1,40}?)\s+(?:(?:цю|це|ці|эту|это|эти|її|їх|ее|её|их)\s+)?(?:назвав|назвала|назвали|назвало|назвал)\s+(?:(?:\p{L}+)\s+)?(фейком|брехнею|неправдою|вигадкою|ложью|выдумкой|вымыслом|дезінформацією|дезинформацией|пропагандою|пропагандой|передчасн\p{L}*|преждевременн\p{L}*)\s*[.!]?\s*$/u

// A verdict on a claim without a verb about the claim ("ISW considers the announcement premature",
// "…, and the brigade deems the reports fiction", "Lysenko called the ministry's statement a
// fabrication"): the judging verbs with the claim as object and the verdict after it.
const EN_VERDICT_WORD = String.raw`(?:as\s+|to\s+be\s+)?["“'‘]?(?:(?:a|an|pure|complete|total|absolute|utter|nothing\s+but|simply|clearly|wholly|entirely|largely|another)\s+)*(premature|false|untrue|fake|baseless|groundless|unfounded|fiction|fabrication|fabricated|invention|invented|fairy[- ]tales?|fantasy|nonsense|propaganda|lies?|disinformation|exaggerated)(?![\p{L}])`
const EN_VERDICT_CLAUSE = new RegExp(String.raw`(?:^|,\s+(?:and|but|while|though|although|yet|whereas)\s+)((?:the |a |an )?[^,;:"“”]{2,60}?)\s+(?:(?:also|still|now|therefore|thus|already)\s+)?(consider(?:s|ed)?|deem(?:s|ed)?|regard(?:s|ed)?|judge[sd]?|assess(?:es|ed)?|call(?:s|ed)?|describe[sd]?|brand(?:s|ed)?|label(?:l?ed|s)?)\s+${REFERENT}\s+${EN_VERDICT_WORD}`, 'iu')
// "Украинский Генштаб назвал сообщения о выходе российских войск к Боровой вымыслом", "Речник назвав
// заяви про оточення міста вигадкою": the speaker, the verb of naming, the reports with the event
// they tell, the verdict at the end. The frame is the speaker's words up to the reports; the event
// after them is the claim he denies (gold convention 7).
const CY_NAMED_OBJECT_FIRST = /^([^,;:«»"“”]{2,60}?)\s+(?:(?:в\s+тот\s+же\s+день|того\s+ж\s+дня|тогда\s+же|тоді\s+ж|позже|згодом|затем|потом|вчера|вчора|сегодня|сьогодні|также|також)\s+)?(?:назвав|назвала|назвали|назвало|назвал)\s+(?:(?:ці|ти|эти|эту|цю|такие|такі|последние|останні|российские|российского|російські|російського|украинские|украинского|українські|українського|\p{L}+(?:ские|ских|ські|ських))\s+)?(?:сообщени\p{L}*|повідомленн\p{L}*|заявлени\p{L}*|заяв\p{L}*|утверждени\p{L}*|твердженн\p{L}*|информаци\p{L}*|інформаці\p{L}*|данные|дані)(?=\s+(?:\p{L}+\s+)?(?:о|об|про)\s)[^;«»"“”]{3,160}?\s+(вымыслом|вигадкою|выдумкой|фейком|фейками|брехнею|неправдою|неправдой|ложью|сказкой|сказками|казкою|казками|дезінформацією|дезинформацией|пропагандою|пропагандой|передчасн\p{L}*|преждевременн\p{L}*)\s*[.!]?\s*$/iu
/** Where the reports end in CY_NAMED_OBJECT_FIRST: the frame stops there. */
const CY_REPORTS_END = /(?:сообщени|повідомленн|заявлени|заяв|утверждени|твердженн|информаци|інформаці)\p{L}*|данные|дані/iu

function stanceOfWord(word: string): Stance {
  const w = word.toLowerCase()
  if (/prematur|передчасн|преждевремен/.test(w)) return 'premature'
  if (/confirm|підтверд|подтверд/.test(w)) return 'confirm'
  return 'deny'
}

export function findCounterStatements(sentence: SentenceText): AttributionFrame[] {
  const s = sentence.text
  const out: AttributionFrame[] = []
  if (sentence.lang === 'en') {
    let verb = execIfCued(sentence, CUE.counterVerbEn, EN_VERB, s)
    // "brushed the assertion aside": the bare verb holds only with its particle after the object.
    let particle = 0
    // "Reuters could not independently confirm that", "Kyiv did not deny it": no statement about the claim.
    if (verb && NEGATED_OR_MODAL.test(verb[1]!)) verb = null
    if (verb && EN_SPLIT_PARTICLE.test((verb[2] ?? verb[3])!)) {
      const p = PARTICLE_AFTER.exec(s.slice(verb.index + verb[0].length))
      if (p) particle = p[0].length
      else verb = null
    }
    if (verb) {
      const stance = /^call(?:ed|s)?$/i.test((verb[2] ?? verb[3])!) ? stanceOfWord(s.slice(verb.index + verb[0].length, verb.index + verb[0].length + 40)) : stanceOfWord((verb[2] ?? verb[3])!)
      // "denied Russian claims that Kupiansk is encircled": the claim is in the sentence, so this is
      // an ordinary frame with a denying stance, not a statement about an earlier claim.
      const after = s.slice(verb.index + verb[0].length + particle)
      // "dismissed a claim by Russia's Defense Ministry that Moscow's troops had captured Derylove":
      // the claim is the ministry's, made in this sentence; the denial answers it.
      const by = /^\s+(?:by|from)\s+((?:the\s+)?[^,;:"“”]{2,70}?)\s+that\s+/iu.exec(after)
      if (by) {
        const end = verb.index + verb[0].length
        out.push(frame('counter', sentence, verb.index, end, verb[1]!, stance === 'confirm' ? 'confirm' : stance, { answersAfter: true }))
        out.push(frame('leading', sentence, end, end + by[0].length, by[1]!, 'claim'))
        // "…, saying Ukrainian soldiers still hold the village": the denier speaks again.
        const resume = /,\s+(?:saying|adding|insisting|stressing|noting)\s+(?:that\s+)?/iu.exec(s.slice(end + by[0].length))
        if (resume) {
          const at = end + by[0].length + resume.index
          out.push(frame('leading', sentence, at, at + resume[0].length, verb[1]!, 'neutral', { resumes: true }))
        }
        return out
      }
      const inline = /^\s+(?:that|of|about)\s+/iu.exec(after)
      if (inline) {
        out.push(frame('leading', sentence, verb.index, verb.index + verb[0].length + inline[0].length, verb[1]!, stance))
        return out
      }
      // "called the claim 'pure fiction'": the qualifier belongs to the statement.
      const qualifier = /^call(?:ed|s)?$/i.test((verb[2] ?? verb[3])!) ? CALLED_AS.exec(s.slice(verb.index + verb[0].length)) : null
      const end = verb.index + verb[0].length + particle + (qualifier ? qualifier[0].length : 0)
      out.push(frame('counter', sentence, verb.index, end, verb[1]!, stance === 'confirm' ? 'confirm' : stance))
    } else {
      const judged = execIfCued(sentence, CUE.verdict, EN_VERDICT_CLAUSE, s)
      if (judged && !NEGATED_OR_MODAL.test(judged[1]!)) {
        const start = judged.index + judged[0].indexOf(judged[1]!)
        out.push(frame('counter', sentence, start, judged.index + judged[0].length, judged[1]!, stanceOfWord(judged[3]!)))
        return out
      }
      const said = execIfCued(sentence, CUE.falseEn, EN_SAID_FALSE, s)
      if (said) out.push(frame('counter', sentence, 0, said.index + said[0].length, said[1]!, stanceOfWord(said[3]!)))
      else {
        const mid = execIfCued(sentence, CUE.counterVerbEn, EN_MID, s)
        if (mid) {
          out.push(frame('counter', sentence, mid.index + 1, s.length, mid[1]!, stanceOfWord(mid[2]!)))
          return out
        }
      }
    }
    const passive = execIfCued(sentence, CUE.claimNoun, EN_APPOSITIVE_PASSIVE, s)
    const appositive = passive ? null : execIfCued(sentence, CUE.claimNoun, EN_APPOSITIVE, s)
    if (passive) {
      out.push(frame('counter', sentence, passive.index + 1, s.length, passive[2]!, 'deny'))
    } else if (appositive) {
      const stance = /said|says|described|called/i.test(appositive[2]!) && appositive[3] ? stanceOfWord(appositive[3]) : 'deny'
      // "…, an assertion Kyiv rejected as the battle for the town dragged on": the clause after the
      // rebuttal is the writer's own.
      const end = appositive[3] === undefined && /\S/u.test(s.slice(appositive.index + appositive[0].length).replace(/^[\s.;!]+$/u, '')) ? appositive.index + appositive[0].length : s.length
      const start = appositive.index + appositive[0].search(/[^\s,—–-]/u)
      out.push(frame('counter', sentence, start, end, appositive[1]!, stance))
    } else {
      const comment = execIfCued(sentence, CUE.claimNoun, EN_COMMENT, s)
      if (comment) out.push(frame('comment', sentence, comment.index + 1, s.length, null, 'neutral'))
    }
    return out
  }
  const namedFirst = execIfCued(sentence, CUE.namedAsCy, CY_NAMED_OBJECT_FIRST, s)
  if (namedFirst) {
    const reports = CY_REPORTS_END.exec(s.slice(namedFirst[1]!.length))
    const end = reports ? namedFirst[1]!.length + reports.index + reports[0].length : namedFirst[1]!.length
    const speaker = namedFirst[1]!.replace(/\s+(?:в\s+тот\s+же\s+день|того\s+ж\s+дня|тогда\s+же|тоді\s+ж|позже|згодом|затем|потом|вчера|вчора|сегодня|сьогодні|также|також)$/iu, '')
    return [frame('leading', sentence, 0, end, speaker, stanceOfWord(namedFirst[2]!))]
  }
  // "Заяву окупантів про оточення Костянтинівки Трегубов назвав фейком": the claim is in the
  // sentence, its speaker at the end with a denying verdict.
  const namedAs = execIfCued(sentence, CUE.namedAsCy, CY_NAMED_AS, s)
  if (namedAs) return [frame('trailing', sentence, namedAs.index + namedAs[0].indexOf(namedAs[1]!), s.length, namedAs[1]!, stanceOfWord(namedAs[2]!))]
  const org = execIfCued(sentence, CUE.counterVerbCy | CUE.namedAsCy, CY_ORG, s)
  if (org) return [frame('counter', sentence, 0, s.length, org[1]!, stanceOfWord(org[2]!))]
  const np = execIfCued(sentence, CUE.counterVerbCy, CY_NP, s)
  if (np) return [frame('counter', sentence, 0, np.index + np[0].length, np[1]!, stanceOfWord(np[2]!))]
  const whole = execIfCued(sentence, CUE.denyCy, CY_WHOLE_OBJECT_FIRST, s) ?? execIfCued(sentence, CUE.denyCy, CY_WHOLE_VERB_FIRST, s)
  if (whole) return [frame('counter', sentence, 0, s.length, whole[1]!.replace(/^(?:у|в|во)\s+/iu, ''), 'deny')]
  const mid = execIfCued(sentence, CUE.denyCy, CY_MID_OBJECT_FIRST, s) ?? execIfCued(sentence, CUE.denyCy, CY_MID_VERB_FIRST, s)
  if (mid) return [frame('counter', sentence, mid.index + 1, s.length, mid[1]!.replace(/^(?:у|в|во)\s+/iu, ''), 'deny')]
  return out
}
