import type { DateExpression } from '../../text/index.js'
import { frame, type AttributionFrame, type SentenceText } from './attribution-frame.js'
import { CUE, execIfCued } from './cue-words.js'
import { EN_HASTE, EN_SPEECH, RU_SPEECH, stanceOf, UK_SPEECH, type Stance } from './speech-verbs.js'
import { plausibleSpeaker, stripSpeakerModifier } from './trailing-speech.js'
import { knownOutletAfter, viaAfterVerb, viaClosingPhrase } from './via-outlet.js'

// "Putin said on Thursday that …", "Ukraine's military said its troops …", "Military analysts say
// …", "Головнокомандувач ЗСУ Олександр Сирський заявив, що …", "У Генштабі заявили, що …",
// "Песков назвал ложью сообщения о том, что …". The speaker comes first; the frame ends where the
// reported content starts.

const LEAD_TIME = String.raw`(?:(?:On|In|Late|Early|Earlier|Later|Last|This|Over|During|Since|Meanwhile|However|Separately|Also|At)\b[^,]{0,60},\s+)?`
// A speech word right after a determiner is a noun ("Several of the posts also say", "his reports
// show"): the verb comes later.
const EN_LEAD = new RegExp(String.raw`^${LEAD_TIME}([^;:"“”«»]{2,160}?)(?<!(?:^|\s)(?:the|a|an|his|her|its|their|these|those|our|such|of|by))\s+(${EN_HASTE}|${EN_SPEECH})(?![\p{L}])`, 'iud')
// A name in guillemets may stand in the speaker phrase ("Опрошенные «Медузой» эксперты"); a quote may not.
// Adverbs between the speaker and the verb ("Ряд каналов уже поспешил объявить", "Генштаб знову
// заявив"), and a verb of haste before the infinitive of speech ("поспешили объявить", "поспішили
// заявити", the writer's distance from a claim made too soon) belong to the frame.
const CY_FRAME_ADVERB = String.raw`(?:також|также|тоже|теж|раніше|ранее|вже|уже|знову|снова|вновь|сразу|одразу|відразу|официально|офіційно|публично|публічно|неодноразово|неоднократно|традиционно|традиційно|лишь|лише|лиш|тільки|только)`
const CY_HASTE = String.raw`(?:поспешил\p{L}*|поспішил\p{L}*|поспішив|поквапил\p{L}*|поквапив|успел\p{L}*|встиг\p{L}*|поторопил\p{L}*)\s+(?:объявить|заявить|сообщить|отчитаться|рапортовать|записать|причислить|оголосити|заявити|повідомити|відзвітувати|прозвітувати|зарапортувати|записати|зарахувати)`
const CY_LEAD = new RegExp(String.raw`^((?:(?:У|В|Во)\s+)?(?:«[^;:"“”«»]{1,30}»|(?:[^;:"“”«»]|«[^;:"“”«»]{1,30}»|"[^;:"“”«»]{1,30}"){2,160}?))\s+(?:${CY_FRAME_ADVERB}\s+){0,2}(${CY_HASTE}|(?:(?:поспешно|поспішно)\s+)?(?:${UK_SPEECH}|${RU_SPEECH}))(?![\p{L}])`, 'iud')
// Class: what the speaker would not say, or passed over, before saying something ("did not comment
// … but said", "made no mention of Hryhorivka but said", "did not mention the village and said").
const NAMES_CALL_SIGN = /,\s+who\s[^,;]{0,40}?call\s*sign/iu
const REFUSAL_TAIL = /\s+(?:(?:did not|didn['’]t|declined to|refused to|would not|wouldn['’]t|could not|couldn['’]t|has not|have not)\s+(?:immediately\s+)?(?:comment|respond|confirm|elaborate|give details|specify)\b|(?:made|makes|make)\s+no\s+(?:mention|reference)\s+(?:of|to)\b|(?:did not|didn['’]t|does not|doesn['’]t)\s+mention\b)[^,;]{0,60}?,?\s+(?:but|and)(?:\s+(?:also|later|instead))?$|\s+(?:не|не стал\p{L}*|не став\p{L}*|відмовил\p{L}*|отказал\p{L}*)\s+(?:коментува\p{L}*|комментирова\p{L}*|прокоментува\p{L}*|прокомментирова\p{L}*)[^,;]{0,60}?,?\s+(?:але|проте|однак|но|однако|и|і|та)$/iu
const RELATIVE_TAIL = /,\s+(?:(?:with|to|from|з|із|зі|с|со|у|в|від|от)\s+)?(?:who|whom|which|яки\p{L}*|який|яка|яке|які|якого|якою|якій|котр\p{L}*|котор\p{L}*)\s[^,;]*,?\s*$/iu
// A word every REFUSAL_TAIL match holds (its last verbs, as substrings): most speaker phrases have
// none, and one scan for them is cheaper than trying the tail at every space of the phrase.
const REFUSAL_WORD = /comment|respond|confirm|elaborate|give details|specify|mention|reference|коментува|комментирова/iu

/** `REFUSAL_TAIL.exec(phrase)`, skipped where it cannot match. */
export function refusalTail(phrase: string): RegExpExecArray | null {
  return REFUSAL_WORD.test(phrase) ? REFUSAL_TAIL.exec(phrase) : null
}

/** `phrase.replace(RELATIVE_TAIL, '')`: the tail starts at a comma. */
export function stripRelativeTail(phrase: string): string {
  return phrase.includes(',') ? phrase.replace(RELATIVE_TAIL, '') : phrase
}

/** The unoptimized forms, for tests that compare them with the ones above. */
export const LEADING_REFERENCE = { REFUSAL_TAIL, RELATIVE_TAIL } as const
const EN_THAT = /^(?:\s*,)?\s+that\s+/i
const VENUE_HEAD = /^(?:в|у|во)\s+(?:інтерв['’ʼ]ю|интервью|коментарі|комментарии|розмові|беседе|ефірі|эфире)\s/iu
const INTERVIEW_TAIL = /\s+((?:в|у)\s+(?:інтерв['’ʼ]ю|интервью|коментарі|комментарии|розмові\s+з|беседе\s+с|ефірі|эфире)\s+\S.{0,60})$/iu
// A name right after an inverted speech verb, closed by a comma: a call sign in quotes, or one to three
// capitalised words ("каже «Кобзар»,", "says Trehubov,", "говорит Андрей Марочко,").
const INVERTED_NAME = /^\s+([«"“„](?:[^«»"“”„]{1,30})[»"”]|\p{Lu}[\p{L}'’ʼ.-]+(?:\s+\p{Lu}[\p{L}'’ʼ.-]+){0,2})\s*,\s+(?=\S)/u
const GAVE_ONLY_NAME = /^((?:[Aa]n?|[Tt]he)\s+[^,;:"“”]{2,60}?)\s+who\s+(?:gave|gives|would give|asked to be identified by|goes by|went by)\s+(?:only\s+)?(?:his|her|their)\s+(?:call\s*sign|callsign|first\s+name|nickname|nom de guerre)(?:\s+only)?\s*,\s+["“]?(\p{Lu}[\p{L}'’-]*)["”]?\s*,\s+(said|says|told|tells|added|explained)(?![\p{L}])/u
const PARENTHETICAL_PRONOUN = /,\s+(he|she|they|він|вона|вони|он|она|они)$/iu
const NO_EVIDENCE = /^\s+no\s+(?:\p{L}+\s+)?(?:evidence|sign|signs|indication|indications|trace|traces|proof)\s+(?:that|of)\s+/iu
// Class: a setting opens the sentence, with its aside between dashes or commas ("In Kupiansk, …",
// "Further east, in Novopavlivka — not the village of the same name in Donetsk Oblast — soldiers …").
const LEADING_ADJUNCT = /^(?:(?:In|At|Near|Across|Inside|Outside|Along|From|Further|Farther|Elsewhere|Nearby|Meanwhile)\s|(?:which|where)\s)[^;]*(?:,|\s[—–])\s+(?=[^,—–]+$)/u
const CY_THAT = /^(?:\s*,)?\s*(?:(?:\p{L}+\s+){0,3}?(?:про те|о том|про|о)\s*,?\s*)?(?:що|что|:)\s*|^\s*,\s*/iu

// "Denis Pushilin, the Moscow-installed head of …, went further on Tuesday, telling Russian state
// television that …", "The ministry published a video, saying its troops …": the speaker opens the
// sentence, a participle of speech after a comma introduces what they said, and whom they told is the
// outlet it came through.
const EN_PARTICIPLE = /^((?:the |a |an )?[^,;:"“”«»]{2,80}?)(,\s+[^,;:"“”«»]{2,120}?,)?\s+([^,;:"“”«»]{0,80}?),\s+(telling|saying|claiming|insisting|adding|writing|noting|stressing|warning|asserting|announcing|reporting)\s+(?:([^,;:"“”«»]{1,60}?)\s+(?=that\s))?(?:that\s+)?/iu
/** A capitalised name (with "the"), then an apposition opened by an article and closed by a comma. */
const EN_NAME_APPOSITION = /^((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|for|the|\p{Lu}[\p{L}'’.-]*)){0,6}),\s+(?:the|a|an)\s+[^,;:"“”«»]{3,120},\s*$/u
const EN_PARTICIPLE_CUE = /,\s+(?:telling|saying|claiming|insisting|adding|writing|noting|stressing|warning|asserting|announcing|reporting)\s/iu

// "Valery Gerasimov was quoted by the state news agency TASS as saying that …": the speaker, and the
// outlet that quoted them.
const EN_QUOTED_AS = new RegExp(String.raw`^${LEAD_TIME}([^,;:"“”«»]{2,100}?)\s+(?:was|were|has been|had been|is)\s+(?:quoted|cited)\s+(?:by|in)\s+([^,;:"“”«»]{2,80}?)\s+as\s+(saying|claiming|insisting|stating|telling[^,;:"“”«»]{1,40}?)\s+(?:that\s+)?`, 'iu')

// Someone else's word: a name or a titled person, not a pronoun or a bare title that points back to the
// frame's own speaker ("по данным ведомства", "за його словами").
// (Case-sensitive: a capital is told apart from a lower-case letter.)
const OTHER_WORD_NEXT = /^[^.;,:]{0,40}?[:,]\s*(?:[Aa]ccording to|[Зз]а\s+словами|[Зз]а\s+даними|[Пп]о\s+словам|[Пп]о\s+данным)\s+(?!(?:him|her|them|it|the ministry|його|її|їх|его|ее|её|их|нього|него)(?![\p{L}]))(?:\p{Lu}|\p{L}+\s+\p{L})/u
const NP_LINK = /^(?:the|a|an|of|for|at|in)$/iu
// Nouns for groups and offices that go on a noun phrase after its capitalised words ("Russian
// milbloggers", "Ukrainian officials", "Kremlin-backed channels"): a verb after them ends it.
const GROUP_NOUN = /^(?:milbloggers?|bloggers?|channels?|officials?|authorities|commanders?|media|outlets?|sources?|analysts?|experts?|correspondents?|commentators?|propagandists?|spokes\p{L}*|ministry|staff|command|military|army|government|administration)$/iu

/** The noun phrase opening `words`: capitalised words, possessives, and the words a determiner or "of" leads to. */
function subjectOf(words: string): string {
  const parts = words.split(/\s+/u)
  let n = 1
  while (n < parts.length) {
    const previous = parts[n - 1]!
    const next = parts[n]!
    const linkAhead = NP_LINK.test(next) && n + 1 < parts.length && (/^\p{Lu}/u.test(parts[n + 1]!) || NP_LINK.test(parts[n + 1]!))
    if (/^\p{Lu}/u.test(next) || /['’]s$/u.test(previous) || NP_LINK.test(previous) || linkAhead || GROUP_NOUN.test(next)) n++
    else break
  }
  return parts.slice(0, n).join(' ')
}

function findParticipleSpeech(sentence: SentenceText, hasTriggerIn: (start: number, end: number) => boolean): AttributionFrame[] {
  const s = sentence.text
  const quoted = execIfCued(sentence, CUE.participleEn, EN_QUOTED_AS, s)
  if (quoted && plausibleSpeaker(quoted[1]!) && quoted[0].length < s.length - 2) {
    const outlet = quoted[2]!.replace(/^(?:the\s+)?(?:(?:state|official|national|independent|Russian|Ukrainian)\s+)*(?:news\s+agency|agency|newspaper|broadcaster|outlet|channel|daily|television|TV)\s+(?=\p{Lu})/u, '')
    return [frame('leading', sentence, 0, quoted[0].length, quoted[1]!, stanceOf(quoted[3]!.replace(/ing$/, 's')), { via: viaAfterVerb(outlet, false)?.via ?? outlet })]
  }
  if (!EN_PARTICIPLE_CUE.test(s)) return []
  const m = execIfCued(sentence, CUE.participleEn, EN_PARTICIPLE, s)
  if (!m) return []
  // The lazy subject stops at its first word; without an apposition it runs on through the words
  // that continue a noun phrase ("Russia's Defense Ministry", "the ministry of defence").
  const phrase = m[2] ? m[1]! : subjectOf(m[0].slice(0, m[0].search(EN_PARTICIPLE_CUE)))
  // What the speaker did before speaking ("went further on Tuesday") holds no event of its own.
  // An apposition describes the speaker ("the head of the occupied part of …"); a relative clause
  // may tell an event ("which captured …").
  const middleStart = m[2] ? m[1]!.length + m[2].length : phrase.length
  const middleEnd = m[0].search(EN_PARTICIPLE_CUE)
  const relative = m[2] !== undefined && /^,\s+(?:who|which|that)\s/iu.test(m[2])
  if (!plausibleSpeaker(phrase) || hasTriggerIn(sentence.offset, sentence.offset + (relative ? middleStart : phrase.length))) return []
  if (hasTriggerIn(sentence.offset + middleStart, sentence.offset + middleEnd + 1)) return []
  const end = m[0].length
  if (end >= s.length - 2) return []
  const addressee = m[5] ?? ''
  const via = addressee ? (viaAfterVerb(addressee, false)?.via ?? null) : null
  const speaker = m[2] && /^\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){1,2}$/u.test(phrase) ? phrase : `${phrase}${m[2] ? m[2].replace(/,$/, '') : ''}`
  return [frame('leading', sentence, 0, end, speaker, stanceOf(m[4]!.replace(/ing$/, 's')), { via })]
}

// Class: a statement whose verb is part of the claim ("The Russian MoD declared Novoandriivka taken",
// "Russia's Defence Ministry also pronounced the village liberated"): the capture trigger starts at the
// verb, so the frame is the subject alone, and the subject speaks the claim.
const EN_DECLARED = new RegExp(String.raw`^${LEAD_TIME}((?:the |a |an )?[^,;:"“”«»]{2,80}?)\s+(?:(?:also|later|then|again|already|officially|formally|previously|earlier|has|have|had)\s+)*(?:declared|declares|pronounced|proclaimed|proclaims)\s`, 'iud')

function findDeclaredSpeech(sentence: SentenceText, hasTriggerIn: (start: number, end: number) => boolean): AttributionFrame[] | undefined {
  if (!/declare|pronounce|proclaim/iu.test(sentence.text)) return undefined
  const m = EN_DECLARED.exec(sentence.text)
  if (!m) return undefined
  const [start, end] = m.indices![1]!
  const phrase = m[1]!
  if (!plausibleSpeaker(phrase) || hasTriggerIn(sentence.offset + start, sentence.offset + end)) return undefined
  return [frame('leading', sentence, start, end, phrase, 'neutral')]
}

/** A frame at the start of a sentence, given the date expressions in it (statement dates go into the frame). */
// "Speaking to The Associated Press by phone, he said …", "Writing on Telegram, the governor said …",
// "In its evening update it said …", "In a video address on Sunday, Zelensky said …": the occasion of
// the statement opens the sentence; the speaker and verb follow, and whom they spoke to is the via.
const EN_OCCASION = /^(?:(?:Speaking|Talking|Writing|Posting|Appearing)\s+(?:to|with|on|in)\s+([^,;:"“”]{2,80}?)\s*,\s+|(?:In|On)\s+(?:its|his|her|their|a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?:update|statement|report|post|briefing|summary|bulletin|address|interview|remarks|comments|video)(?:\s+(?:on|to|with)\s+([^,;:"“”]{2,40}?))?(?:\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?(?:\s*,\s+|\s+(?=(?:it|he|she|they)\s)))(?=\p{L})/u

// Class (convention 30): what a group has been saying, told as what it has been doing ("Pro-Russian
// channels have spent two days writing about an encirclement of X", "Russian milbloggers have been
// claiming that …", "Z-channels kept posting about …"): the group speaks what follows.
const EN_GROUP_TALK = /^((?:[\p{L}-]+\s+){0,3}(?:channels|milbloggers|bloggers|commentators|accounts|propagandists|media|outlets|correspondents))\s+(?:(?:have|has|had)\s+)?(?:been\s+|spent\s+(?:[\p{L}\d-]+\s+){1,3}?|kept\s+|continued\s+|keep\s+|continue\s+)(writing|talking|posting|speculating|reporting|claiming|boasting|trumpeting)\s+(?:about\s+|of\s+|on\s+|that\s+)/iu

export function findLeadingSpeech(sentence: SentenceText, dates: readonly DateExpression[], hasTriggerIn: (start: number, end: number) => boolean): AttributionFrame[] {
  if (sentence.lang === 'en') {
    const group = /channels|bloggers|commentators|accounts|propagandists|media|outlets|correspondents/iu.test(sentence.text) ? EN_GROUP_TALK.exec(sentence.text) : null
    if (group && group[0].length < sentence.text.length - 2 && !hasTriggerIn(sentence.offset, sentence.offset + group[1]!.length)) {
      return [frame('leading', sentence, 0, group[0].length, group[1]!, 'claim')]
    }
    // "A Ukrainian officer who gave only his call sign, "Tur", told AFP the Russians …": someone known
    // by a call sign or first name only is named by it, and described by the words before it.
    const known = GAVE_ONLY_NAME.exec(sentence.text)
    if (known && !hasTriggerIn(sentence.offset, sentence.offset + known[0].length)) {
      let end = known[0].length
      const via = viaAfterVerb(sentence.text.slice(end), false)
      if (via) end += via.length
      const that = EN_THAT.exec(sentence.text.slice(end)) ?? /^\s+/u.exec(sentence.text.slice(end))
      if (that) end += that[0].length
      if (end < sentence.text.length - 2) return [frame('leading', sentence, 0, end, `${known[2]}, ${known[1]!.replace(/^(?:A|An|The)(?=\s)/u, (a) => a.toLowerCase())}`, stanceOf(known[3]!), { via: via?.via ?? null })]
    }
    const occasion = EN_OCCASION.exec(sentence.text)
    if (occasion) {
      const n = occasion[0].length
      const inner = findLeadingSpeech({ ...sentence, text: sentence.text.slice(n), offset: sentence.offset + n }, dates, hasTriggerIn)
      const first = inner[0]
      if (first && first.span[0] === sentence.offset + n) {
        const venue = occasion[1] ?? occasion[2]
        const via = first.via ?? (venue ? (viaAfterVerb(`to ${venue.replace(/\s+(?:by|over the)\s+(?:phone|telephone)$/iu, '')}`, false)?.via ?? null) : null)
        return [{ ...first, span: [sentence.offset, first.span[1]], via }, ...inner.slice(1)]
      }
    }
  }
  // (Before the speech verbs: "X declared Y taken — a claim Kyiv dismissed" has one after the claim.)
  const declared = sentence.lang === 'en' ? findDeclaredSpeech(sentence, hasTriggerIn) : undefined
  if (declared) return declared
  const s = sentence.text
  const cyrillic = sentence.lang !== 'en'
  const m = execIfCued(sentence, cyrillic ? CUE.speechCy : CUE.speechEn, cyrillic ? CY_LEAD : EN_LEAD, s)
  if (!m) return cyrillic ? [] : findParticipleSpeech(sentence, hasTriggerIn)
  // "Ukraine's General Staff did not comment on the report but said …": the refusal is part of the frame.
  const refusal = refusalTail(m[1]!)
  // "The commander, who spoke on condition of anonymity, said …": the relative clause describes the speaker.
  // "The commander, who uses the call sign Kedr, said …": a clause that names the speaker stays.
  const bare = refusal ? m[1]!.slice(0, refusal.index) : m[1]!
  let phrase = NAMES_CALL_SIGN.test(bare) ? bare : stripRelativeTail(bare)
  let speakerStart = m.indices![1]![0]
  // "In Russia's Belgorod region, which borders Kharkiv, governor Vyacheslav Gladkov said …": a place
  // adjunct (with its aside) opens the sentence; the speaker is the words after its last comma.
  if (!cyrillic && !plausibleSpeaker(phrase)) {
    const adjunct = LEADING_ADJUNCT.exec(phrase)
    // A setting tells no event; a clause before the comma that does is content, not a setting.
    if (adjunct && !hasTriggerIn(sentence.offset + speakerStart, sentence.offset + speakerStart + adjunct[0].length)) {
      speakerStart += adjunct[0].length
      phrase = phrase.slice(adjunct[0].length)
    }
  }
  // "Russian troops, he said, had crept …", "Росіяни, за його словами, …": a pronoun and its verb set
  // inside the sentence between commas; the words before them are content (the subject). Only after a
  // bare subject: "His men pulled out of X, he said, after …" closes a clause (a trailing frame).
  let parenthetical = PARENTHETICAL_PRONOUN.exec(phrase)
  if (parenthetical && (!plausibleSpeaker(phrase.slice(0, parenthetical.index)) || hasTriggerIn(sentence.offset + speakerStart, sentence.offset + speakerStart + parenthetical.index))) parenthetical = null
  if (parenthetical) {
    speakerStart += parenthetical.index + parenthetical[0].length - parenthetical[1]!.length
    phrase = parenthetical[1]!
  }
  // "Андрей Марочко в беседе с агентством рассказал", "Волошин в коментарі «Українській правді»
  // сказав": the interview the speaker gave stands between the name and the verb; it is the via.
  let phraseVia: string | null = null
  const venue = cyrillic ? INTERVIEW_TAIL.exec(phrase) : null
  if (venue) {
    const found = viaAfterVerb(venue[1]!, true)
    if (found && found.length >= venue[1]!.trimEnd().length - 1) {
      phraseVia = found.via
      phrase = phrase.slice(0, venue.index)
    }
  }
  // "В ефірі телемарафону він розповів", "В интервью РИА Новости губернатор заявил": the interview or
  // broadcast opens the phrase before the speaker; it is the via (and the frame still starts with it).
  if (cyrillic && phraseVia === null && VENUE_HEAD.test(phrase)) {
    const found = viaAfterVerb(phrase.charAt(0).toLowerCase() + phrase.slice(1), true)
    if (found && /^\s+\S/u.test(phrase.slice(found.length))) {
      phraseVia = found.via
      phrase = phrase.slice(found.length).trimStart()
    }
  }
  // "В пресс-службе группировки «Север» Интерфаксу сообщили", "губернатор … в своём Telegram-канале
  // написал": the outlet or channel closes the speaker phrase; it is the via.
  if (cyrillic && phraseVia === null) {
    const closing = viaClosingPhrase(phrase)
    if (closing && /\p{L}{2}/u.test(phrase.slice(0, closing.index).replace(/^\s*(?:У|В|Во)(?![\p{L}])/iu, ''))) {
      phraseVia = closing.via
      phrase = phrase.slice(0, closing.index)
    }
  }
  // "Як розповів …", "Как сообщил …", "Водночас, як повідомили в ОВА, …": "as" opens an according-to
  // phrase, not a speaker, also after an adverb that opens the sentence.
  if (/(?:^|[\s,])(?:як|как|так як|так как)$/iu.test(phrase.trim())) return []
  // "Позавчора, каже «Кобзар», його побратими …", "Russian troops, says Kobzar, have …": the verb and a
  // name after it set between commas inside the sentence; the words around them are content.
  const inverted = /,\s*$/u.test(phrase) ? INVERTED_NAME.exec(s.slice(m.index + m[0].length)) : null
  if (inverted && !hasTriggerIn(sentence.offset + m.index + m[0].length, sentence.offset + m.index + m[0].length + inverted[0].length)) {
    const comma = m.indices![1]![0] + phrase.lastIndexOf(',')
    return [frame('leading', sentence, comma, m.index + m[0].length + inverted[0].length, inverted[1]!, stanceOf(m[2]!))]
  }
  // "The commander of a drone company fighting near X said": the participle describes the speaker.
  // (An apposition closes with a comma before the verb: "X, a spokesman for the brigade holding the sector, said".)
  // "Denis Pushilin, the Moscow-installed head of the occupied parts of Donetsk region, told …": an
  // apposition after a capitalised name, closed by a comma before the verb, describes the speaker; an
  // event word in it ("occupied") tells no event, so only the name is asked for one.
  const apposition = !cyrillic && phrase.includes(',') ? EN_NAME_APPOSITION.exec(phrase) : null
  const described = apposition ? apposition[1]! : stripSpeakerModifier(phrase.replace(/[\s,]+$/u, ''))
  // "DeepState, a Ukrainian group that maps the front line from open footage, said …": a relative
  // clause inside the apposition describes the speaker too; the name must be a speaker, and the
  // apposition, having a verb of its own, must tell no event.
  const plausible = plausibleSpeaker(phrase) || (apposition !== null && plausibleSpeaker(apposition[1]!) && !hasTriggerIn(sentence.offset + speakerStart, sentence.offset + speakerStart + phrase.length))
  if (!plausible || hasTriggerIn(sentence.offset + speakerStart, sentence.offset + speakerStart + described.length)) return []
  const stance = stanceOf(m[2]!)
  let end = m.index + m[0].length
  // "ordered the evacuation", "ordered families to leave" are events; "ordered troops to take …" frames a future one.
  // "He expects a push on Raihorodok", "the governor predicted heavy fighting": a forecast verb takes
  // its event as a noun phrase too (class: forecasts told with their object).
  const forecast = /expect|predict|forecast/iu.test(m[2]!)
  if (stance === 'future' && !cyrillic && ((!forecast && !/^\s+(?:[\p{L}'’-]+\s+){0,4}to\s+\p{L}/u.test(s.slice(end))) || /^\s+(?:[\p{L}'’-]+\s+){0,4}to\s+(?:leave|evacuate|flee|relocate)\b/u.test(s.slice(end)))) return []
  let via: string | null = phraseVia
  let viaMatch = viaAfterVerb(s.slice(end), cyrillic)
  // "The governor told DW that …": an outlet the list lacks, as the object of "told".
  if (!viaMatch && !cyrillic && /^(?:told|tells)$/iu.test(m[2]!)) {
    const outlet = knownOutletAfter(s.slice(end))
    if (outlet) viaMatch = { via: outlet, length: s.slice(end).indexOf(outlet) + outlet.length }
  }
  if (viaMatch) {
    via ??= viaMatch.via
    end += viaMatch.length
  }
  // A statement date right after the verb ("said on Thursday", "заявив 23 лютого") belongs to the
  // frame; a deadline does not ("поручил до конца весны освободить").
  const date = dates.find((d) => d.span[0] - sentence.offset >= end && d.span[0] - sentence.offset <= end + 4)
  if (date && stance !== 'future' && (date.value.kind === 'day' || date.value.kind === 'weekday' || date.value.kind === 'offset-day')) {
    end = date.span[1] - sentence.offset
  }
  // "Reuters found no evidence that …", "monitors saw no sign of …": the finding denies what follows.
  let finding: Stance | null = null
  const none = !cyrillic && /^(?:found|finds|saw|sees|has found|have found)$/iu.test(m[2]!.replace(/^(?:(?:has|have|had|also|later|again|previously|earlier)\s+)+/iu, '')) ? NO_EVIDENCE.exec(s.slice(end)) : null
  if (none) {
    end += none[0].length
    finding = 'deny'
  }
  // "Минобороны России оценивает успехи иначе: по словам начальника Генштаба …": the verb describes;
  // the content is told on someone else's word, and that phrase names its speaker.
  if (!none && OTHER_WORD_NEXT.test(s.slice(end))) return []
  const that = none ? null : parenthetical ? /^\s*,\s*/u.exec(s.slice(end)) : (cyrillic ? CY_THAT : EN_THAT).exec(s.slice(end))
  if (that) end += that[0].length
  // "Це фейк, заявили в Генштабі": a verb after a comma with no "що" to follow inverts a trailing
  // frame; what precedes it is content, not a speaker.
  else if (cyrillic && /,\s*$/.test(phrase)) return []
  if (end >= s.length - 2) return [] // nothing reported after the verb: a trailing frame, if anything
  // A leading time phrase ("On February 23, the commander stated that …") dates the statement: it
  // belongs to the frame, so relative times in the content resolve against it.
  const frameStart = !parenthetical && m.index < speakerStart && dates.some((d) => d.span[0] - sentence.offset < speakerStart) ? 0 : speakerStart
  return [frame('leading', sentence, frameStart, end, phrase.replace(/^(?:У|В|Во)\s+/u, ''), finding ?? stance, { via })]
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
