import { WordFamilies } from '../lexicon/word-families.js'
import type { SentenceText } from './attribution-frame.js'
import { EN_HASTE_WORDS, EN_SPEECH, RU_SPEECH, UK_SPEECH } from './speech-verbs.js'

// The words each attribution detector cannot match without, one family per bit (see WordFamilies).
// A detector's regex runs only in sentences holding a word of its family. Keep each list beside
// the patterns it stands for in sync with them: a word a pattern accepts and its family lacks is a
// match lost (the gate check in cue-words.test.ts runs every pattern regardless and reports it).
const FAMILIES = {
  /** English speech verbs: every leading, trailing and contrast frame, and "X said the claim was false". */
  /** ("put" is EN_SPEECH's only with an estimate after it, "put losses at 31,000": the word alone stands for it.) */
  speechEn: `${EN_SPEECH}|${EN_HASTE_WORDS}|put|puts`,
  /** Ukrainian and Russian speech verbs: the same frames ("розкрив деталі", "взяв на себе відповідальність", "зробили заяву": the verb is the family's word). */
  speechCy: `${UK_SPEECH}|${RU_SPEECH}|поспешил\\p{L}*|поспішил\\p{L}*|поспішив|поквапил\\p{L}*|поквапив|успел\\p{L}*|встиг\\p{L}*|поторопил\\p{L}*|поспешно|поспішно|исключи\\p{L}*|исключа\\p{L}*|виключи\\p{L}*|виключа\\p{L}*|выразил\\p{L}*|выража\\p{L}*|висловив|висловил\\p{L}*|установил\\p{L}*|встанови\\p{L}*|розкри(?:в|ла|ли|ло)|раскры(?:л|ла|ли|ло)|зроби(?:в|ла|ли|ло)|сдела(?:л|ла|ли|ло)|взя(?:в|ла|ли|ло)|взял(?:а|и|о)?`,
  /** The rest of an English sentence's attribution cues (mayAttribute). */
  cueEn: 'according|citing|per|claims?|reports?|statements?|declared|declares|pronounced|proclaimed|proclaims|denied|rejected|dismissed|confirmed|called|calls|brushed|brushes|waved|waves|shrugged|shrugs|laughed|downplayed|downplays|played|scoffed|denounced|contested',
  /** The rest of a Ukrainian or Russian sentence's attribution cues (mayAttribute). */
  cueCy: 'за|згідно|по|як|как|у|в',
  /** "…, telling Russian state television that …", "…, saying …" (leading-speech.ts EN_PARTICIPLE). */
  participleEn: 'telling|saying|claiming|insisting|adding|writing|noting|stressing|warning|asserting|announcing|reporting',
  /** "according to", "за даними", "по словам", "как сообщил": the word that ends each opening (according-to.ts). */
  according:
    `according|citing|per|даними|словами|інформацією|оцінками|підрахунками|повідомленням|оцінкою|данным|словам|информации|оценкам|подсчетам|подсчётам|сообщению|оценке|прогнозу|прогнозам|сведениям|мнению|прогнозом|прогнозами|відомостями|сообщил\\p{L}*|сообщает|сообщают|заявил\\p{L}*|пишет|передает|отметил\\p{L}*|повідоми\\p{L}*|повідомляє|повідомляють|заяви\\p{L}*|пише|передає|зазначи\\p{L}*|${UK_SPEECH}|${RU_SPEECH}`,
  /** "denied the reports", "called the claim …" (counter-statement.ts EN_VERB). */
  counterVerbEn: 'denied|denies|deny|rejected|rejects|reject|dismissed|dismisses|dismiss|refuted|refutes|refute|disputed|disputes|dispute|confirmed|confirms|confirm|called|calls|call|brushed|brushes|brush|waved|waves|wave|shrugged|shrugs|shrug|laughed|laughs|laugh|played|plays|play|downplayed|downplays|downplay|scoffed|scoffs|scoff|denounced|denounces|denounce|contested|contests|contest',
  /** ", a claim …", "…, a statement Kyiv denied", "…, something Kyiv called untrue" (counter-statement.ts EN_APPOSITIVE, EN_COMMENT). */
  claimNoun: 'claims?|statements?|reports?|assertions?|announcements?|boasts?|something',
  /** "… назвав фейком" (counter-statement.ts CY_NAMED_AS). */
  namedAsCy: 'назвав|назвала|назвали|назвало|назвал',
  /** "… спростували цю інформацію" (counter-statement.ts CY_NP). */
  counterVerbCy: 'спростува\\p{L}*|заперечи\\p{L}*|опроверг\\p{L}*|підтверди\\p{L}*|подтверди\\p{L}*',
  /** "…, але в Генштабі це спростували", "…, но Киев опроверг это заявление" (counter-statement.ts CY_DENY). */
  denyCy: 'спростува\\p{L}*|спростову\\p{L}*|заперечи\\p{L}*|заперечу\\p{L}*|опроверг\\p{L}*|опроверга\\p{L}*|отрица\\p{L}*',
  /** "…, the commander told Reuters" (trailing-speech.ts EN_TOLD): most sentences that say something do not tell it. */
  toldEn: 'told|tells',
  /** "X said the claims were false" (counter-statement.ts EN_SAID_FALSE): the word that calls it false. */
  falseEn: 'false|untrue|fake|baseless|true|premature|exaggerated|overstated|inflated|unfounded|propaganda|lie|lies|disinformation',
  /**
   * A government's or official's reaction to a strike (reaction-speech.ts REACTION): its verb as the
   * pattern spells it, or "протест" for the verbs said with it ("висловило протест", "выразил протест").
   */
  reactionCy:
    'заборони(?:в|ла|ли|ло)|засуди(?:в|ла|ли|ло)|протест|накинул(?:ися|ась|ася|ся)|звинуват(?:ив|ила|или|ило)|звинувачу(?:є|ють)|прирівня(?:в|ла|ли|ло)|вимага(?:є|ють|в|ла|ли|ло)|виклика(?:в|ла|ли|ло)|відреагува(?:в|ла|ли|ло)|обурил(?:ися|ась|ася|ся)|запрети(?:л|ла|ли|ло)|осуди(?:л|ла|ли|ло)|обвини(?:л|ла|ли|ло)|обвиня(?:ет|ют)|приравня(?:л|ла|ли|ло)|потребова(?:л|ла|ли|ло)|требу(?:ет|ют)|вызва(?:л|ла|ли|ло)|отреагирова(?:л|ла|ли|ло)|возмути(?:лся|лась|лись|лось)|звернул(?:ися|ась|ася|ся|ось)|звернув(?:ся)?|обратил(?:ись|ась|ся|ось)|закликал(?:и|а|о)?|призвал(?:и|а|о)?|(?:обурен|возмущен)(?:а|і|ы|ий|ый)?|протестува(?:в|ла|ли|ло)|протестова(?:л|ла|ли|ло)|пригрози(?:в|ла|ли|л|ло)|погрози(?:в|ла|ли|ло)',
  /** A verdict on a claim said without a verb about it: "ISW considers the announcement premature", "That is a
   * fairy tale", "Это не так", "назвал сообщения о … вымыслом" (counter-statement.ts VERDICT_*). */
  verdict:
    'premature|false|untrue|true|fake|baseless|groundless|unfounded|fiction|fabrication|fabricated|invention|invented|fairy|fantasy|nonsense|propaganda|lie|lies|disinformation|exaggerated|так|неправда|неправдою|неправдой|ложь|ложью|брехня|брехнею|вымысел|вымыслом|вигадка|вигадкою|вигадки|выдумка|выдумкой|фейк|фейком|фейки|сказка|сказкой|сказки|сказками|казка|казкою|казки|казками|дезинформаци\\p{L}*|дезінформаці\\p{L}*|пропаганд\\p{L}*|передчасн\\p{L}*|преждевремен\\p{L}*|фантази\\p{L}*|фантазі\\p{L}*|відповідає|соответствует',
} as const

type Family = keyof typeof FAMILIES
const NAMES = Object.keys(FAMILIES) as Family[]

/** The attribution detectors' word families. */
export const CUE_WORDS = new WordFamilies(NAMES.map((name) => FAMILIES[name]))

/** Each family's words as its pattern spells them (mayAttribute's cue regexes are built from them). */
export const CUE_WORD_LISTS: Readonly<Record<Family, string>> = FAMILIES

/** Each family's bit in `SentenceText.words`. */
export const CUE: Readonly<Record<Family, number>> = Object.fromEntries(NAMES.map((name, i) => [name, 1 << i])) as Record<Family, number>

let checking = false

/** Tests only: run gated patterns even where their family is absent, and throw when one matches. */
export function checkCueGates(on: boolean): void {
  checking = on
}

/**
 * `re.exec(text)` when the sentence may hold a word of `family`, else null without running it.
 * Sentences without `words` (not from a tokenized document) run every pattern.
 */
export function execIfCued(sentence: SentenceText, family: number, re: RegExp, text: string): RegExpExecArray | null {
  if (sentence.words === undefined || (sentence.words & family) !== 0) return re.exec(text)
  if (checking) {
    const missed = re.exec(text)
    if (missed) throw new Error(`cue gate: ${re.source.slice(0, 60)}… matched ${JSON.stringify(missed[0])} in a sentence without its family's words: ${JSON.stringify(text)}`)
  }
  return null
}

/** Whether the sentence may hold a word of `family` (for patterns run in a loop). */
export function isCued(sentence: SentenceText, family: number, re: RegExp, text: string): boolean {
  if (sentence.words === undefined || (sentence.words & family) !== 0) return true
  if (checking) {
    re.lastIndex = 0
    const missed = re.exec(text)
    re.lastIndex = 0
    if (missed) throw new Error(`cue gate: ${re.source.slice(0, 60)}… matched ${JSON.stringify(missed[0])} in a sentence without its family's words: ${JSON.stringify(text)}`)
  }
  return false
}
