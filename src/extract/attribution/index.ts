import type { Modality, Span } from '../../domain/index.js'
import type { DateExpression } from '../../text/index.js'
import { findAccordingTo } from './according-to.js'
import { frame, type AttributionFrame, type SentenceText } from './attribution-frame.js'
import { findCataphoricSpeech } from './cataphoric-speech.js'
import { findReactionSpeech } from './reaction-speech.js'
import { findCounterStatements } from './counter-statement.js'
import { findContrastSpeech, findLeadingSpeech } from './leading-speech.js'
import { findSectionHeading } from './section-heading.js'
import { findTrailingSpeech } from './trailing-speech.js'
import { findWhatItSaid } from './what-it-said.js'
import { findSourcePrefix, findSourceTail, mayEndInSourceTail } from './source-tail.js'
import { resolveSpeakerPhrase, SpeakerContext } from './resolve-speaker.js'
import { EN_HASTE_WORDS, EN_SPEECH, RU_SPEECH, stanceOf, UK_SPEECH } from './speech-verbs.js'
import { plausibleSpeaker } from './trailing-speech.js'
import { CUE, CUE_WORD_LISTS, CUE_WORDS, execIfCued, isCued } from './cue-words.js'
import type { Token } from '../../text/index.js'

export type { AttributionFrame, SentenceText } from './attribution-frame.js'
export type { Stance } from './speech-verbs.js'
export { resolveSpeakerPhrase, openingPerson, resolveOutlet, isOutletName, namesEvidence, canonicalVia, wholeEntityName, personTitleIn, namesPerson, SpeakerContext, type ResolvedSpeaker } from './resolve-speaker.js'
export { dashNameLine, opensQuote, closesQuote } from './quoted-speech.js'
export { findCataphoricSpeech } from './cataphoric-speech.js'
export { outletNamedBack, namesOwnOutletInCase } from './via-outlet.js'
export { datelineLength } from './dateline.js'
export { interviewTurns } from './interview-labels.js'
export { dashInterviewTurns } from './dash-interview.js'
export { addressHeadingSpeaker } from './address-heading.js'
export { ownReleaseSpeaker } from './own-release.js'
export { namesHeadlineSource } from './source-tail.js'
export { speakerNameBounds } from './speaker-name-bounds.js'

/**
 * Whether a report's outlet is a press service ("Пресслужба 63-ї ОМБр", "пресс-служба группировки",
 * "the brigade's press service"): the body's own channel, which its people speak on, not to (146).
 */
export function isPressService(outlet: string | null): boolean {
  return outlet !== null && /(?<![\p{L}])(?:прес-?служб\p{L}*|пресс-?служб\p{L}*|press[\s-](?:service|office))(?![\p{L}])/iu.test(outlet)
}

// Words without which no detector can fire: speech verbs, "according to" and its Ukrainian and
// Russian forms, words for claims and reports, quotation marks, and a heading's colon. Sentences
// without one (most lines of a bulletin) skip the detectors. The cue and participle words are the word
// families' own lists (cue-words.ts), so a word added there is a cue here too.
const CUES: Record<'en' | 'cy', RegExp> = {
  en: new RegExp(String.raw`["“”«»]|^[^:]{1,40}:|(?<![\p{L}])(?:${EN_SPEECH.replace(/^\(\?:\(\?:has[^)]*\)\*/, '(?:')}|${CUE_WORD_LISTS.cueEn}|${CUE_WORD_LISTS.participleEn}|${EN_HASTE_WORDS})(?![\p{L}])`, 'iu'),
  cy: new RegExp(String.raw`["“”«»]|^[^:]{1,80}:|(?<![\p{L}])(?:${UK_SPEECH}|${RU_SPEECH}|${CUE_WORD_LISTS.cueCy})(?![\p{L}])`, 'iu'),
}

/** Whether a sentence can hold an attribution at all (cheap test before the detectors). */
export function mayAttribute(sentence: string, lang: 'en' | 'uk' | 'ru'): boolean {
  return CUES[lang === 'en' ? 'en' : 'cy'].test(sentence) || (lang !== 'en' && hasDashNearEnd(sentence))
}

/** A spaced dash in the last 60 characters: where a Ukrainian or Russian headline names its source ("… – ОВА"). */
function hasDashNearEnd(s: string): boolean {
  const from = s.length - 60
  return s.lastIndexOf(' – ') >= from || s.lastIndexOf(' - ') >= from || s.lastIndexOf(' — ') >= from
}

const QUOTE_MARK = /["“”«»]/
/** "…, but in fact …", "…, но по факту …", "…, але насправді …": the writer turns against what was said. */
const IN_FACT = /[,;—–]\s*(?:but|yet|але|однак|проте|но|однако)\s+(?:in fact|in reality|actually|по факту|на самом деле|в действительности|фактически|насправді|фактично|на ділі|в реальності)\s*,?\s*/iu
/** A conjunction that sets a second source against the first ("…, but according to …", "…, однако … по данным …"). */
const CONTRAST_BETWEEN = /[,;—–]\s*(?:but|though|although|while|whereas|yet|however|але|однак|проте|втім|натомість|тоді як|но|однако|впрочем|тогда как|зато)(?![\p{L}])/iu

/** `mayAttribute` for a sentence whose word families are known: no regex over its words. */
function mayAttributeSentence(sentence: SentenceText): boolean {
  const s = sentence.text
  if (sentence.words === undefined) return mayAttribute(s, sentence.lang)
  // `^[^:]{1,40}:`: the first colon within the first 41 characters, not the first (81 in Ukrainian and
  // Russian, where an item may open with a titled source: "Речник Повітряних Сил ЗСУ Юрій Ігнат: …").
  const en = sentence.lang === 'en'
  const colon = s.indexOf(':')
  if ((colon >= 1 && colon <= (en ? 40 : 80)) || QUOTE_MARK.test(s)) return true
  if (!en && hasDashNearEnd(s)) return true
  return isCued(sentence, en ? CUE.speechEn | CUE.cueEn | CUE.participleEn : CUE.speechCy | CUE.cueCy, CUES[en ? 'en' : 'cy'], s)
}

/**
 * The attribution word families (`SentenceText.words`) of text[start, end), whose tokens are
 * `tokens`; `from` is a token index at or before the first one there (callers walking a document
 * in order pass back `next`).
 */
export function attributionWords(tokens: readonly Token[], start: number, end: number, from = 0): { bits: number; next: number } {
  return CUE_WORDS.bitsIn(tokens, start, end, from)
}

/** A phrase the speaker registry resolves, with its kind and side. */
function knownSpeaker(phrase: string): { type: 'person' | 'org'; side: string } | null {
  const r = resolveSpeakerPhrase(phrase, new SpeakerContext())
  return r ? { type: r.type, side: r.speaker.side } : null
}

/**
 * The speaker that opens the clause after a Ukrainian or Russian headline's first colon ("ТЕМА: X
 * заявив, що …", "ТЕМА: у X розповіли про …"), as a leading frame, or none. The clause must start with
 * the speaker: "Вибухи в Одесі: ворог атакував порт, повідомили в ОВА" is the trailing detector's.
 */
function findColonClauseSpeech(sentence: SentenceText, dates: readonly DateExpression[], hasTriggerIn: (start: number, end: number) => boolean): AttributionFrame[] {
  const s = sentence.text
  const colon = s.indexOf(': ')
  if (colon < 3 || colon > 120) return []
  const from = colon + 2
  const clause: SentenceText = { text: s.slice(from), offset: sentence.offset + from, lang: sentence.lang, ...(sentence.words === undefined ? {} : { words: sentence.words }) }
  const found = findLeadingSpeech(clause, dates.filter((d) => d.span[0] >= clause.offset), hasTriggerIn)[0]
  if (found) return found.span[0] > clause.offset + 3 ? [] : [found]
  // "Удар по НПЗ у Туапсе: у Генштабі підтвердили", "Удари по нафтобазі: у ВМС зробили нову заяву",
  // "Атака на аэродром: в Минобороны сделали заявление": the speaker and its verb alone after the colon
  // report the topic itself (108); the leading detector wants words after the verb.
  const lone = execIfCued(clause, CUE.speechCy, CY_LONE_SPEAKER, clause.text)
  if (!lone) return []
  const phrase = lone[1]!.trim()
  if (!plausibleSpeaker(phrase) || hasTriggerIn(clause.offset, clause.offset + lone[1]!.length)) return []
  return [frame('leading', clause, 0, clause.text.length, phrase.replace(/^(?:У|В|Во)\s+/iu, ''), stanceOf(lone[2]!))]
}

/** A speaker and its speech verb, with nothing after but a full stop: "у Генштабі підтвердили", "в МИД сделали заявление". */
const CY_LONE_SPEAKER = new RegExp(String.raw`^((?:(?:У|В|Во)\s+)?[^;:"“”«»,.!?]{2,60}?)\s+(?:(?:також|также|вже|уже|офіційно|официально)\s+)?(${UK_SPEECH}|${RU_SPEECH})\s*[.!]?\s*$`, 'iu')

/** A lower-case past-tense or present verb ("атакували", "вдарила", "атакував", "уничтожили", "ударил", "горить", "атакует"). */
const FINITE_VERB = /(?<![\p{L}])(?:\p{Ll}{2,}(?:али|яли|или|ули|іли|ала|яла|ила|ула|іла|ався|ались|ялись|ились|алися|илися|ілися|алась|илась|алася|илася|ілася|ють|ують|ають|яють|ует|ает|яет|ить|ит)|\p{Ll}{3,}(?:ував|ював|ив|ав|овал|ил))(?![\p{L}])/u

/**
 * A colon clause that comments on the headline's topic (convention 108): a verb of assessing or
 * forecasting ("оцінив", "спрогнозував", "прокоментував", "оценил"), or any speech verb that goes on to a
 * question ("пояснив, чому …", "розповів, до чого …", "рассказал, как …").
 */
const COMMENT_ON_TOPIC = /^[^,:;]{1,80}?(?<![\p{L}])(?:(?:оціни|оцінюю|оцінює|оцени|оценива|спрогнозува|прогнозує|прогнозують|спрогнозирова|прогнозирует|прокоментува|прокомментирова)\p{L}*|\p{L}+(?:в|ла|ли|л|є|ють|ет|ют))\s*,?\s+(?:до чого|чому|навіщо|як|коли|чи|що (?:буде|чекає|далі|означає)|скільки|які|яка|який|де|куди|почему|зачем|как|когда|сколько|какие|какая|какой|где|куда|что (?:будет|ждет|ждёт|дальше|означает)|к чему)(?![\p{L}])|^[^,:;]{1,80}?(?<![\p{L}])(?:оціни|оцени|спрогнозува|спрогнозирова|прокоментува|прокомментирова)\p{L}*\s+\p{L}/iu
/** A group of media, channels or bloggers named as a whole in English ("Russian channels", "pro-Kremlin milbloggers", "local media"). */
const EN_HEARSAY_GROUP = /^(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:channels|milbloggers|bloggers|media|outlets|accounts|correspondents)$/iu
/** The same in Ukrainian and Russian ("Російські ЗМІ", "российские паблики", "місцеві Telegram-канали"). */
const HEARSAY_GROUP = /^(?:(?:У|В)\s+)?(?:\p{L}+\s+){0,2}(?:ЗМІ|СМИ|медіа|медиа|соцмереж\p{L}*|соцсет\p{L}*|паблік\p{L}*|паблик\p{L}*|(?:Telegram|телеграм)-?\s?канал\p{L}*|канал(?:и|ы|ах)|блогер\p{L}*|воєнкор\p{L}*|военкор\p{L}*)$/iu
const QUOTE_OPENS = /^\s*["“«„]/u

function hasFiniteVerb(text: string): boolean {
  return FINITE_VERB.test(text)
}

/** Who speaks in a sentence, and the words that say so. */
export interface SentenceAttribution {
  /** The frame whose speaker the sentence's claims belong to, if any. */
  readonly main: AttributionFrame | null
  /** A second speaker taking over mid-sentence ("X claimed A, but ISW assesses that B"): clauses after it are theirs. */
  readonly contrast: AttributionFrame | null
  /** A frame that cites the main one's source ("…, Ukraine's military said, according to Reuters"). */
  readonly relay: AttributionFrame | null
  /** Statements about an earlier claim ("denied the reports"). */
  readonly counters: readonly AttributionFrame[]
  /** Speakerless qualifications of the sentence's claims ("a claim that could not be verified"). */
  readonly comments: readonly AttributionFrame[]
  /** Every frame's words: not claim content. */
  readonly excluded: readonly Span[]
  /** A section heading ("Unconfirmed claims:") opening the sentence. */
  readonly heading: { readonly span: Span; readonly floor: Modality | null } | null
}

/**
 * Runs every attribution detector over one sentence and settles overlaps: counter-statements first
 * (they consume their speaker), then a leading frame, "according to" phrases and a trailing frame.
 */
export function findAttributions(
  sentence: SentenceText,
  dates: readonly DateExpression[],
  hasTriggerIn: (start: number, end: number) => boolean,
): SentenceAttribution {
  let view = sentence
  let heading: SentenceAttribution['heading'] = null
  // A dateline in capitals ("ДНІПРО, Україна — ") is excluded even from a sentence nobody is said to speak.
  const capitalsStart = /^\p{Lu}{4}/u.test(sentence.text)
  if (!mayAttributeSentence(sentence) && !capitalsStart && !/\d/.test(sentence.text.slice(0, 40)) && !mayEndInSourceTail(sentence)) {
    return { main: null, contrast: null, relay: null, counters: [], comments: [], excluded: [], heading: null }
  }
  const h = findSectionHeading(sentence.text)
  if (h) {
    heading = { span: [sentence.offset, sentence.offset + h.length], floor: h.floor }
    if (h.floor === null && h.length === sentence.text.length) heading = null
    view = { ...sentence, text: sentence.text.slice(h.length), offset: sentence.offset + h.length }
  }
  const frames: AttributionFrame[] = []
  const overlaps = (f: AttributionFrame): boolean => frames.some((g) => f.span[0] < g.span[1] && g.span[0] < f.span[1])
  const add = (f: AttributionFrame): void => {
    if (!overlaps(f)) frames.push(f)
  }
  // "Про це заявив …", "Об этом сообщил …": the sentence only names who said the one before it.
  const cataphor = findCataphoricSpeech(view)
  if (cataphor) return { main: cataphor, contrast: null, relay: null, counters: [], comments: [], excluded: [cataphor.span], heading }
  findCounterStatements(view).forEach(add)
  findLeadingSpeech(view, dates, hasTriggerIn).forEach(add)
  // "X trumpeted what it called the "liberation" of Y": the subject speaks what follows the relative.
  if (!frames.some((f) => f.detector === 'leading')) findWhatItSaid(view, hasTriggerIn).forEach(add)
  findAccordingTo(view).forEach(add)
  // "Удар по аеродрому в Миргороді: Дикий пояснив, чому …", "Атака дронів на НПЗ: росіяни підтвердили
  // пошкодження", "Поки не пересядуть на віслюків: Плетенчук розповів про удари …": a headline's clause
  // after its colon opens with its speaker; the topic before the colon is that speaker's too.
  // "МЗС Угорщини заборонило в'їзд … через атаку на …": the reacting subject speaks the strike (97).
  if (view.lang !== 'en' && !frames.some((f) => f.detector === 'leading' || f.detector === 'according')) {
    const reacting = findReactionSpeech(view, hasTriggerIn, knownSpeaker)
    reacting.forEach(add)
    // "Нафтопровід «Дружба»: Угорщина та Словаччина звернулися до Єврокомісії через атаку": the reaction
    // opens the clause after a headline's colon.
    const colon = reacting.length === 0 ? view.text.indexOf(': ') : -1
    if (colon >= 3 && colon <= 120) {
      const from = colon + 2
      findReactionSpeech({ text: view.text.slice(from), offset: view.offset + from, lang: view.lang, ...(view.words === undefined ? {} : { words: view.words }) }, hasTriggerIn, knownSpeaker).forEach(add)
    }
  }
  // A clause with its own verb before the colon ("Севастополь атакували ракети: окупанти заявили, що …")
  // is the outlet's; the speaker takes over after the colon, as after a contrasting conjunction.
  let colonTakeover: AttributionFrame | null = null
  if (view.lang !== 'en' && !frames.some((f) => f.detector === 'leading' || f.detector === 'according')) {
    const colonFrame = findColonClauseSpeech(view, dates, hasTriggerIn)[0]
    if (colonFrame && !overlaps(colonFrame)) {
      frames.push(colonFrame)
      // ("«Ворог знищив дві підстанції»: Терехов попередив …": a quotation before the colon is the speaker's own.)
      const before = view.text.slice(0, colonFrame.span[0] - view.offset)
      // (A speaker whose verb ends the headline, "Дрони атакували Туапсе: окупанти підтвердили", speaks the
      // topic itself: 108.)
      if (hasFiniteVerb(before) && !QUOTE_OPENS.test(before) && colonFrame.span[1] < view.offset + view.text.length) colonTakeover = colonFrame
      // "Атака дронів на аеродроми: полковник оцінив, до чого готуються ЗСУ", "Удар по НПЗ: эксперт
      // объяснил, почему …": a comment on the topic, not a report of it; the topic is the outlet's (108).
      else if (colonFrame.span[1] < view.offset + view.text.length && COMMENT_ON_TOPIC.test(view.text.slice(colonFrame.span[0] - view.offset))) colonTakeover = colonFrame
    }
  }
  findTrailingSpeech(view, hasTriggerIn).forEach(add)
  // "… - Basurin", "…: officials": a headline's source after its last dash or colon.
  findSourceTail(view, hasTriggerIn).forEach(add)
  // "Генштаб ЗСУ: …", "Минобороны России: …": an item's source before its first colon.
  findSourcePrefix(view, knownSpeaker, hasTriggerIn).forEach(add)

  const speech = frames.filter((f) => (f.detector === 'leading' || f.detector === 'trailing') && f !== colonTakeover).sort((a, b) => a.span[0] - b.span[0])
  const according = frames.filter((f) => f.detector === 'according')
  let main: AttributionFrame | null = null
  let relay: AttributionFrame | null = null
  let contrasting: AttributionFrame | null = null
  if (speech.length > 0) {
    main = speech[0]!
    // "Російські ЗМІ показують відео атаки …", "Российские паблики пишут об ударе …": what a group of
    // media or channels says, in the outlet's sentence, is their report, not the outlet's word (30, 79).
    // English alike: "Russian channels write that …", "local channels reported explosions" (30).
    if (main.detector === 'leading' && main.stance === 'neutral' && main.speaker && (view.lang === 'en' ? EN_HEARSAY_GROUP : HEARSAY_GROUP).test(main.speaker.trim())) main = { ...main, stance: 'claim' }
    const later = according[0]
    // "В Минобороны отчитались о …, однако часть из них, по данным украинской стороны, по-прежнему
    // контролируют ВСУ", "X claimed A, but according to Kyiv B": the second source takes over after a
    // contrasting conjunction; it does not relay the first.
    if (later && later.span[0] >= main.span[1] && CONTRAST_BETWEEN.test(view.text.slice(main.span[1] - view.offset, later.span[0] - view.offset))) contrasting = later
    // "X said …, according to Reuters": Reuters relayed X's statement.
    else relay = later ?? null
    // "Официально объявили об освобождении, но по факту там ещё работы на неделю", "X claimed A, but in
    // fact B": what follows is the writer's own account against the speaker's.
    if (!contrasting) {
      const at = main.span[1] - view.offset
      const fact = IN_FACT.exec(view.text.slice(at))
      if (fact) contrasting = frame('leading', view, at + fact.index, at + fact.index + fact[0].length, null, 'neutral')
    }
  } else if (according.length > 0) {
    main = according[0]!
  }
  // After a frame that opens the sentence, or in a sentence in the outlet's voice: the content before
  // the contrast keeps its speaker.
  // "X advanced, according to Y, though Kyiv insists …": after a mid-sentence "according to" too.
  const resumed = frames.find((f) => f.resumes) ?? contrasting ?? colonTakeover
  const contrast = resumed ?? (!main || main.span[0] <= view.offset + 2 || main.detector === 'according' ? (findContrastSpeech(view, main ? main.span[1] - view.offset : 0, hasTriggerIn).find((f) => !overlaps(f)) ?? null) : null)
  if (contrast && !frames.includes(contrast)) frames.push(contrast)
  return {
    main,
    contrast,
    relay,
    counters: frames.filter((f) => f.detector === 'counter'),
    comments: frames.filter((f) => f.detector === 'comment'),
    excluded: [...(heading ? [heading.span] : []), ...frames.map((f) => f.span)],
    heading,
  }
}
export { SERVES_SIDE, SERVICE_ROLE, hostSide, hostedSpeakerSide, appositionAfter, russianOutletSide, titledSpeakerSide, isOwnPublication } from './speaker-side.js'
