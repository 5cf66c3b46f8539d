import { frame, type AttributionFrame, type SentenceText } from './attribution-frame.js'
import { CUE, execIfCued } from './cue-words.js'
import { EN_SPEECH, RU_SPEECH, stanceOf, UK_SPEECH } from './speech-verbs.js'
import { sourceOutlet } from './source-of-outlet.js'
import { wholeEntityName } from './resolve-speaker.js'
import { knownOutletAfter, platformOnly, splitBasedOn, viaAfterVerb, viaClosingPhrase, viaInPhrase } from './via-outlet.js'
import { wordCount } from '../word-count.js'
import { fastWordBoundaries } from '../../text/index.js'

// "…, the Russian Defense Ministry said." / "…, acting governor Alexei Smirnov told Vladimir Putin on
// Monday." / "…,” said Viktor Trehubov, spokesperson for …" / "…, повідомив речник … Владислав
// Волошин." / "…, сообщил ТАСС военный эксперт Андрей Марочко." The speaker comes last.

const BOUNDARY = String.raw`(?:[,;:]\s+|["”»’]\s*[,.]?\s*(?:[—–-]+\s*)?|\s+[—–]\s+)`
const EN_TAIL = String.raw`(?:\s+(?:in|on|at|to|during|via|from|with|after|late|early|earlier|later|last|this|yesterday|today|citing|adding|speaking|reporters|journalists|overnight|shortly|in\s+an?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^;"“”]{0,100})?`
// "…, a brigade spokesperson said, but they insisted …": a frame in the middle, before a conjunction,
// or before an apposition the writer adds about the news ("…, a commander said on Tuesday, the first
// time Russian troops have been seen inside the town", "…, the governor said, days after …"), or a
// participle of what the speaker did while speaking ("…, he said, showing a wall of screenshots").
const EN_MID = new RegExp(String.raw`${BOUNDARY}((?:the |a |an )?[^,;:"“”«»]{2,80}?)\s+(said|says|told|added|reported|claimed|stated|wrote)((?:\s+(?:on|late|early|last|this|in|yesterday|today)\b[^,;"“”]{0,40})?)\s*,\s+(?=(?:but|and|while|although|though|adding|saying|(?!citing|quoting|according)\p{Ll}{2,}ing(?=\s)|as|after|before|when|because|since|until|once|so|amid|despite|marking|signalling|signaling|the (?:first|latest|second|third|fourth|biggest|largest|deepest|closest)|(?:a|one|two|three|four|five|several|\d+) (?:day|days|week|weeks|month|months|hour|hours) (?:after|before|since)|(?:days|weeks|hours|months) (?:after|before|since)|a sign|an indication|in what|in (?:the|a|an) (?:latest|first|second|third|biggest|largest|deadliest|heaviest|most)|in (?:a|an) (?:escalation|sign|attack|strike|raid))\b)`, 'iu')

// Class: a pronoun and its verb set between commas after a clause, whatever follows ("Another 14 were
// hurt, he said, two of them children", "The road is cut, she told AFP, and the village is empty"):
// the pronoun is the speaker last named; the words on both sides are content.
const EN_MID_PRONOUN = new RegExp(String.raw`,\s+(he|she|they)\s+(said|says|added|adds|wrote|writes|claimed|claims|explained|noted|insisted|told\s+[^,;:"“”«»]{1,40}?)((?:\s+(?:on|late|early|last|this|in|yesterday|today)\b[^,;"“”]{0,30})?)\s*,\s+(?=\S)`, 'iu')

const WORDING_ASIDE = /^(?:using|employing|in|with)\s+(?:its|his|her|their|the|a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?:term|word|phrase|euphemism|wording|language|formula)\b[^;]*$/iu

const EN_NP_FIRST = new RegExp(
  String.raw`${BOUNDARY}((?:the |a |an )?[^,;:"“”«»]{2,100}?)\s+(${EN_SPEECH})(?![\p{L}])(${EN_TAIL})\s*[.!?]?["”»]?\s*$`,
  'iu',
)
const EN_TOLD = new RegExp(String.raw`${BOUNDARY}((?:the |a |an )?[^,;:"“”«»]{2,100}?)\s+(told|tells)\s+([^;"“”]{1,100}?)\s*[.!?]?["”»]?\s*$`, 'iu')
const EN_VERB_FIRST = new RegExp(String.raw`${BOUNDARY}(said|says|added|wrote|reported|claimed|explained|noted|stressed|insisted)\s+([^;"“”«»]{2,160}?)\s*[.!?]?["”»]?\s*$`, 'iu')
// "…, Viktor Trehubov, spokesman for Ukraine's Joint Forces Group, told Suspilne." A name, its
// apposition, then the verb (with whatever object: scraped pages lose the linked outlet's name).
const EN_APPOSITION = new RegExp(String.raw`[,;:]["”»]?\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}),\s+([^,;:"“”]{3,100}?),?\s+(said|says|told|tells|added|reported|wrote|stated|claimed)(?![\p{L}])([^;"“”]{0,100}?)\s*[.!?]?["”»]?\s*$`, 'u')
// "…, the head of the Kherson Regional Military Administration, Oleksandr Prokudin, reported on
// Telegram." The title first, the name in commas after it, then the verb.
const EN_TITLE_APPOSITION = new RegExp(String.raw`[,;:]["”»]?\s+((?:the |a |an )?\p{Ll}[^,;:"“”]{2,100}?),\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}),\s+(said|says|told|tells|added|reported|wrote|stated|claimed|posted|announced)(?![\p{L}])([^;"“”]{0,100}?)\s*[.!?]?["”»]?\s*$`, 'u')
const CY_VERB_FIRST = new RegExp(String.raw`(?:${BOUNDARY}|^)(?:[—–-]\s*)?(${UK_SPEECH}|${RU_SPEECH})\s+([^;]{2,170}?)\s*[.!?]?\s*$`, 'iu')

/** "…, йдеться в зведенні X", "…, говорится в сообщении X", "…, зазначається у повідомленні ОК «Південь»": a statement's document and its author (a name in quotation marks too), closing the sentence. */
const CY_SAID_IN = /(?:,\s*|\s)(?:[—–-]\s+)?(?:йдеться|ідеться|говориться|мовиться|сказано|зазначається|наголошується|повідомляється|говорится|отмечается|указывается|сообщается)\s+((?:у|в|во)\s+(?:\p{L}+\s+){0,2}?(?:зведенн|повідомленн|заяв|звіт|сводк|сообщени|заявлени|отч[её]т|пресрелі|пресс-рели|публікаці|публикаци|допис)\p{L}*(?:\s+(?:[^.;:!?"“”«»]|«[^«»]{1,30}»|"[^"]{1,30}"){2,60}?)?)\s*[.!]?\s*$/iu
export function findTrailingSpeech(sentence: SentenceText, hasTriggerIn: (start: number, end: number) => boolean = () => false): AttributionFrame[] {
  const s = sentence.text
  const speakerOk = (phrase: string, at: number): boolean => plausibleSpeaker(phrase) && !hasTriggerIn(sentence.offset + at, sentence.offset + at + phrase.length)
  if (sentence.lang === 'en') {
    const appositive = execIfCued(sentence, CUE.speechEn, EN_APPOSITION, s)
    if (appositive && plausibleSpeaker(appositive[2]!)) {
      const via = viaAfterVerb(appositive[4] ?? '', false)?.via ?? null
      return [frame('trailing', sentence, appositive.index + leadingBoundary(appositive[0]), s.length, `${appositive[1]}, ${appositive[2]}`, stanceOf(appositive[3]!), { via })]
    }
    const titled = execIfCued(sentence, CUE.speechEn, EN_TITLE_APPOSITION, s)
    if (titled && plausibleSpeaker(titled[1]!) && TITLE_WORD.test(titled[1]!)) {
      const via = viaAfterVerb(titled[4] ?? '', false)?.via ?? viaInPhrase(titled[4] ?? '')
      return [frame('trailing', sentence, titled.index + leadingBoundary(titled[0]), s.length, `${titled[2]}, ${titled[1]}`, stanceOf(titled[3]!), { via })]
    }
    const told = execIfCued(sentence, CUE.toldEn, EN_TOLD, s)
    if (told && !/\b(?:that|how)\b/i.test(told[3]!.slice(0, 30))) {
      const via = viaAfterVerb(told[3]!, false)?.via ?? knownOutletAfter(told[3]!)
      const start = told.index + (told[0].length - told[0].trimStart().length) + leadingBoundary(told[0])
      return [frame('trailing', sentence, start, s.length, told[1]!, 'neutral', { via })]
    }
    const m = execIfCued(sentence, CUE.speechEn, EN_NP_FIRST, s)
    if (m && speakerOk(m[1]!, m.index + m[0].indexOf(m[1]!))) {
      const tail = m[3] ?? ''
      const start = m.index + leadingBoundary(m[0])
      return [frame('trailing', sentence, start, s.length, m[1]!, stanceOf(m[2]!), { via: viaAfterVerb(tail, false)?.via ?? viaInPhrase(tail) })]
    }
    const v = execIfCued(sentence, CUE.speechEn, EN_VERB_FIRST, s)
    // "…," said a sergeant who gave only his call sign, Lys.": the naming clause's comma is not the phrase's end.
    if (v && speakerOk(NAMING_CLAUSE.test(v[2]!) ? v[2]! : v[2]!.split(',')[0]!, v.index + v[0].indexOf(v[2]!))) {
      return [frame('trailing', sentence, v.index + leadingBoundary(v[0]), s.length, v[2]!, stanceOf(v[1]!), { via: viaInPhrase(v[2]!) })]
    }
    const mid = execIfCued(sentence, CUE.speechEn, EN_MID, s)
    if (mid && mid.index > 0 && speakerOk(mid[1]!, mid.index + mid[0].indexOf(mid[1]!))) {
      // "…, the ministry said, using its usual term for territory it captures": a remark on the
      // speaker's wording belongs to the frame; its words ("captures") tell no event.
      const end = WORDING_ASIDE.test(s.slice(mid.index + mid[0].length)) ? s.length : mid.index + mid[0].length
      return [frame('trailing', sentence, mid.index + leadingBoundary(mid[0]), end, mid[1]!, stanceOf(mid[2]!))]
    }
    const pronoun = execIfCued(sentence, CUE.speechEn, EN_MID_PRONOUN, s)
    if (pronoun && pronoun.index > 0) {
      const verb = pronoun[2]!
      const via = /^told\s/iu.test(verb) ? (viaAfterVerb(verb.slice(4), false)?.via ?? null) : null
      return [frame('trailing', sentence, pronoun.index + leadingBoundary(pronoun[0]), pronoun.index + pronoun[0].length, pronoun[1]!, stanceOf(verb.split(/\s/)[0]!), { via })]
    }
    return []
  }
  // "…, - йдеться в ранковому зведенні Генштабу ЗСУ", "…, говорится в сообщении Минобороны России",
  // "…, йдеться у повідомленні ВМС": the document the words are in, and its author, close the sentence;
  // the author speaks it (resolveSpeakerPhrase takes the document off the front of the phrase).
  const said = s.includes('ться') || s.includes('тся') || s.includes('сказано') ? CY_SAID_IN.exec(s) : null
  if (said && said.index > 0) {
    const phrase = said[1]!
    const at = said.index + said[0].lastIndexOf(phrase)
    if (speakerOk(phrase, at)) return [frame('trailing', sentence, said.index + /^,?\s*/u.exec(said[0])![0].length, s.length, phrase, 'neutral')]
  }
  const c = execIfCued(sentence, CUE.speechCy, CY_VERB_FIRST, s)
  if (c && c.index > 0) {
    let phrase = c[2]!
    let via = viaAfterVerb(phrase, true)
    // "…, пише Суспільне у Telegram": the outlet after the verb speaks, on the platform after it.
    const platform = via ? platformOnly(phrase.slice(via.length)) : null
    if (via && platform) {
      phrase = phrase.slice(0, via.length)
      via = { via: platform, length: 0 }
    } else if (via) phrase = phrase.slice(via.length)
    // "…, сообщил губернатор Александр Хинштейн в своём Telegram-канале": the channel closes the phrase.
    // "…, сообщили источники РБК": an outlet whose sources speak is no closing via (52).
    const closing = via || sourceOutlet(phrase) !== null ? null : viaClosingPhrase(phrase)
    if (closing) phrase = phrase.slice(0, closing.index)
    if (!speakerOk(phrase, c.index + c[0].lastIndexOf(phrase))) return []
    // "…, підрахували аналітики LB.ua на основі мапи DeepState": the counter speaks, from the map's data.
    const { speaker, basedOn } = splitBasedOn(phrase)
    return [frame('trailing', sentence, c.index + leadingBoundary(c[0]), s.length, speaker, stanceOf(c[1]!), { via: via?.via ?? closing?.via ?? null, basedOn })]
  }
  // "… – Терехов про наслідки удару", "…: Братчук про можливе ураження об'єкта в Криму": the source,
  // then what it spoke about. The source speaks the headline; the topic stays the headline's words.
  const about = s.includes(' про ') || s.includes(' о ') || s.includes(' об ') || s.includes(' щодо ') ? CY_SOURCE_ABOUT.exec(s) : null
  if (about && about.index > 0) {
    const source = about[1]!
    const at = about.index + about[0].indexOf(source, about[0].search(/[—–:-]/u) + 1)
    if (isDashSource(source) && plausibleSpeaker(source) && !hasTriggerIn(sentence.offset + at, sentence.offset + at + source.length)) {
      return [frame('trailing', sentence, about.index + /^,?\s*/u.exec(about[0])![0].length, at + source.length, source, HEARSAY_SOURCE.test(source) && sourceOutlet(source) === null ? 'claim' : 'neutral')]
    }
  }
  // "Дрони уразили вузол нафтопроводу: деталі від Генштабу", "… — подробности от Минобороны": the
  // details come from the source named after "від/от"; it speaks the headline.
  const from = s.includes(' від ') || s.includes(' от ') ? CY_DETAILS_FROM.exec(s) : null
  if (from && from.index > 0) {
    const source = from[1]!
    const at = from.index + from[0].lastIndexOf(source)
    if (isDashSource(source) && plausibleSpeaker(source) && !hasTriggerIn(sentence.offset + at, sentence.offset + at + source.length)) {
      return [frame('trailing', sentence, from.index + /^,?\s*/u.exec(from[0])![0].length, s.length, source, 'neutral')]
    }
  }
  const d = s.includes('-') || s.includes('–') || s.includes('—') ? CY_DASH_SOURCE.exec(s) : null
  const source = d ? d[1]!.replace(/\.$/u, '') : ''
  // "…, а у Токмаку - військова база РФ", "и в Донецке — склад": a dash after a conjunction and a place
  // stands for the verb the clause leaves out (gapping); what follows it is the clause's subject.
  if (d && d.index > 0 && isDashSource(source) && !GAPPED_BEFORE.test(s.slice(Math.max(0, d.index - 40), d.index)) && !hasTriggerIn(sentence.offset + d.index, sentence.offset + s.length)) {
    return [frame('trailing', sentence, d.index + /^,?\s*/u.exec(d[0])![0].length, s.length, source, HEARSAY_SOURCE.test(source) && sourceOutlet(source) === null ? 'claim' : 'neutral')]
  }
  return []
}

// Round 17 (real headlines): a Ukrainian or Russian headline or lede names its source after a dash at
// its end, with no verb: "…, – ОВА", "… – Зеленський", "… - ОК \"Південь\"", "… — Генштаб", "… – мер",
// "… - ЗМІ". The phrase is a source only when it looks like one (an acronym, an office or a title, a
// group of media or witnesses, a surname): "… — Іванівку" or "… — і це головне" is the sentence's own.
const CY_DASH_SOURCE = /(?:,\s*|\s)[—–-]\s+([«"„]?\p{L}[\p{L}\p{N}'’ʼ.«»"„-]*(?:\s+[«"„]?[\p{L}\p{N}][\p{L}\p{N}'’ʼ.«»"„-]*){0,4})\s*[.!]?(?:\s*\((?:відео|видео|фото|video|photo|ВІДЕО|ВИДЕО|ФОТО|відео, фото|фото, відео|фото, видео|видео, фото)\))?\s*$/u
/** "…: деталі від Генштабу", "… — подробности от Минобороны", "…: заява від ВМС": what came from a source, closing a headline. */
const CY_DETAILS_FROM = /(?:(?:,\s*|\s)[—–-]|:)\s+(?:деталі|подробиці|подробности|детали|заява|заявление|коментар|комментарий|відео|видео|кадри|кадры)\s+(?:від|от)\s+([«"„]?\p{L}[\p{L}\p{N}'’ʼ.«»"„-]*(?:\s+[«"„]?[\p{L}\p{N}][\p{L}\p{N}'’ʼ.«»"„-]*){0,3})\s*[.!]?(?:\s*\((?:відео|видео|фото)\))?\s*$/u
/** A conjunction and a place in the locative right before a dash: the dash stands for a verb left out. */
const GAPPED_BEFORE = /(?:^|[\s,])(?:а|і|й|та|и|а также|а також)\s+(?:у|в|во|на|під|под|біля|возле|около)\s+\p{Lu}[\p{L}'’ʼ-]+(?:\s+\p{L}+)?$/u
// Round 18: a headline's source followed by what it spoke about ("– Козицький про удари по Львову", ":
// Гуменюк про вибухи на нафтобазі", "— ЗМІ про удари по аеродромах у РФ"): up to four words after the
// last dash or colon, then "про/о/об/щодо" and a topic with no stop, comma or further separator.
const CY_SOURCE_ABOUT = /(?:(?:,\s*|\s)[—–-]|:)\s+([«"„]?\p{L}[\p{L}\p{N}'’ʼ.«»"„-]*(?:\s+[«"„]?[\p{L}\p{N}][\p{L}\p{N}'’ʼ.«»"„-]*){0,3}?)\s+(?:про|о|об|щодо|насчёт|насчет)\s+[^:—–.!?,;]{3,120}$/u
const SOURCE_WORD = /^(?:керівник\p{L}*|очільник\p{L}*|начальник\p{L}*|заступник\p{L}*|представник\p{L}*|представител\p{L}*|руководител\p{L}*|міністр\p{L}*|министр\p{L}*|адміністраці\p{L}*|администраци\p{L}*|мер|мэр|депутат\p{L}*|нардеп\p{L}*|авіаексперт\p{L}*|прокуратур\p{L}*|міський голова|губернатор|голова|глава|речник|речниця|спікер|спикер|пресслужба|пресс-служба|командувач|командующий|командир|журналіст\p{L}*|журналист\p{L}*|очевид\p{L}*|соцмереж\p{L}*|соцсет\p{L}*|паблік\p{L}*|паблик\p{L}*|джерел\p{L}*|источник\p{L}*|партизан\p{L}*|подпол\p{L}*|підпіл\p{L}*|військов\p{L}*|военн\p{L}*|розвідк\p{L}*|разведк\p{L}*|експерт\p{L}*|эксперт\p{L}*|аналітик\p{L}*|аналитик\p{L}*|окупант\p{L}*|оккупант\p{L}*|окупаційн\p{L}*|оккупационн\p{L}*|влада|власти|генштаб\p{L}*|сил\p{L}* оборони\p{L}*|командуванн\p{L}*|командовани\p{L}*|угрупован\p{L}*|группировк\p{L}*|бригад\p{L}*|штаб\p{L}*|стратком|міноборони|минобороны|поліці\p{L}*|полици\p{L}*|екстрен\p{L}*|экстренн\p{L}*|рятувальник\p{L}*|спасател\p{L}*|ЗМІ|СМИ|росЗМІ|росСМИ|роспаблік\p{L}*|блогер\p{L}*|воєнкор\p{L}*|военкор\p{L}*|місцев\p{L}*|местн\p{L}*|мешкан\p{L}*|жител\p{L}*|телеграм-канал\p{L}*|Telegram-канал\p{L}*|канал\p{L}*|медіа|медиа|Forbes|Guardian|Reuters|ISW|CNN|BBC|NYT|OSINT\p{L}*)(?![\p{L}])/iu
/** A group whose word is hearsay ("– ЗМІ", "– соцмережі", "— очевидці"): its claim is reported; sources, bare ("– источник", "— джерела") or a named outlet's ("— джерела NV"), are not hearsay: the outlet vouches for them (52). */
const HEARSAY_SOURCE = /(?:ЗМІ|СМИ|медіа|медиа|соцмереж|соцсет|паблік|паблик|очевид|мешкан|жител|місцев|местн|канал|блогер|воєнкор|военкор)/iu
// A word in capitals (ОВА, ДСНС, СБУ, АТЕШ, МАГАТЕ, ОК) or a surname ("Зеленський", "Федоров", "Кличко", "Гайдай").
const ACRONYM = /(?:^|\s|[«"„])\p{Lu}{2,}/u
const SURNAME = /^(?:[\p{L}'’ʼ.-]+\s+)?\p{Lu}\p{Ll}+(?:енко|ченко|ук|юк|чук|ський|цький|зький|ська|цька|ов|ев|єв|ёв|ова|ева|ін|ин|іна|ина|ич|ко|ак|як|ай|ей|ий)$/u

// A live feed's or a page's label after the dash ("… – LIVE", "… — ОНЛАЙН", "… - ВІДЕО"), in capitals
// like an acronym, names no source: the outlet tells it (LIGA.net's live headlines).
const PAGE_LABEL = /^(?:live|online|онлайн|update|updated|breaking|video|photo|photos|відео|видео|фото|фотофакт|оновлено|обновлено|трансляці\p{L}*|трансляци\p{L}*|хроніка|хроника|карта|мапа|інфографіка|инфографика)$/iu

function isDashSource(phrase: string): boolean {
  const p = phrase.replace(/[«»"„]/gu, '').trim()
  if (p.length === 0 || wordCount(p) > 5 || PAGE_LABEL.test(p)) return false
  // "спалили три одиниці техніки — БМП і два квадроцикли": a count after the dash lists what the
  // clause names; a source is not counted (a channel so named, "— «Два майора»", is quoted or known).
  if (COUNT_WORD.test(p) && !QUOTED_NAME.test(phrase.trim()) && wholeEntityName(p) === null) return false
  // "удари по нафтобазі — обґрунтована військова стратегія ЗСУ": a predicate after a copular dash opens on
  // a lower-case word that names no source; an acronym later in it does not make it one.
  if (/^\p{Ll}/u.test(p) && !SOURCE_WORD.test(p) && !/^(?:у|в)\s+\p{Lu}/u.test(p)) return false
  // Or a name the registry knows ("… – Мадяр", a commander's call sign; "… – Сійярто").
  // Or a name in quotation marks ("… – «Атеш»", "… - \"Укренерго\"": a movement's, a company's, a channel's).
  return SOURCE_WORD.test(p) || ACRONYM.test(phrase) || SURNAME.test(p) || wholeEntityName(p) !== null || QUOTED_NAME.test(phrase.trim())
}
/** A number in words, of a list after a dash ("два квадроцикли", "три танка"); figures may name a unit ("– 93 ОМБр"). */
const COUNT_WORD = /(?<![\p{L}\p{N}])(?:два|дві|две|три|чотири|четыре|п['’ʼ]ять|пять|шість|шесть|сім|семь|вісім|восемь|дев['’ʼ]ять|девять|десять|кілька|декілька|несколько)(?![\p{L}\p{N}])/iu
// (Not a weapon's name: "… – «Іскандер»" tells what struck.)
const QUOTED_NAME = /^[«"„“](?!(?:Іскандер|Искандер|Калібр|Калибр|Кинджал|Кинжал|Шахед|Герань|Ланцет|Точка|Циркон|Онікс|Оникс|Нептун|Паляниця|Пекло|Лютий|Байрактар|Смерч|Ураган|Град|Торнадо|Солнцепек|Сонцепек|Су-|Ка-|Ми-|Ту-|Х-|Shahed|Storm|ATACMS|HIMARS|Bayraktar|Lancet)(?![\p{L}]))\p{Lu}[\p{L}\p{N}'’ʼ. -]{1,30}[»"“”]$/u

/** A person's title or office opening an apposition ("the head of …", "a spokesman for …", "the region's governor"). */
const TITLE_WORD = /(?:^|\s)(?:head|chief|spokes\p{L}*|governor|mayor|commander|minister|director|secretary|deputy|adviser|advisor|officer|official|representative|chairman|chairwoman|leader|aide|analyst|expert|general)(?![\p{L}])/iu

/** Offset of the first word after the boundary characters that open a match. */
function leadingBoundary(match: string): number {
  const m = /^[\s,;:"”»’.—–-]*/.exec(match)
  return m ? m[0].length : 0
}

/**
 * A participle describing the speaker, after the noun phrase that names them: "the commander of a
 * Ukrainian drone company fighting near Novopavlivka", "two officers interviewed this week", "a
 * soldier serving in the area". Not part of the name, and its event words ("fighting") are no claim.
 */
export const SPEAKER_MODIFIER_TAIL = /\s+(?:(?:who\s+(?:is|are|was|were)\s+)?(?:fighting|serving|deployed|stationed|based|operating|defending|holding|interviewed|quoted|cited|speaking|contacted|reached|embedded|posted)|(?:що|який|яка|які|который|которая|которые)\s+(?:воює|воюють|служить|служать|воюет|воюют|служит|служат))(?![\p{L}])[^,;:"“”«»]*$/iu

// A word every SPEAKER_MODIFIER_TAIL match holds (its participles and verbs, as substrings).
const MODIFIER_WORD = /fighting|serving|deployed|stationed|based|operating|defending|holding|interviewed|quoted|cited|speaking|contacted|reached|embedded|posted|воює|воюють|служить|служать|воюет|воюют|служит|служат/iu

/** `phrase.replace(SPEAKER_MODIFIER_TAIL, '')`, skipped where the tail cannot match. */
export function stripSpeakerModifier(phrase: string): string {
  return MODIFIER_WORD.test(phrase) ? phrase.replace(SPEAKER_MODIFIER_TAIL, '') : phrase
}

/** A relative clause that gives the speaker's name or call sign ("who goes by the call sign X", "who gave his name only as X"). */
export const NAMING_CLAUSE = /,?\s+who\s+(?:goes|went|gave|give|asked to be (?:identified|named)|is (?:identified|known)|uses|used)\s[^,;:"“”«»]{0,60}?(?:,\s*)?\p{Lu}[\p{L}'’-]*[»"”']?,?$/u

// Words of a clause, and verbs, that no speaker phrase holds (asked of every candidate phrase: their `\b`s are
// written as V8 runs them fast, see text/fast-word-boundaries.ts).
const CLAUSE_WORD = fastWordBoundaries(/\b(?:that|which|who|because|when|while|if|has|have|had|is|are|was|were|will|would|can|could|did|does|do|not|n['’]t|to)\b/iu)
const OWN_VERB = fastWordBoundaries(/\b(?:made|make|makes|making|saw|sees|see|took|takes|take|got|gets|achieved|achieves|conducted|conducts|carried|launched|launches|continued|continues)\b/iu)

/** A speaker phrase is short and names someone; a clause with its own verb is not one. */
export function plausibleSpeaker(phrase: string): boolean {
  // "a battalion commander who goes by the call sign Hrim", "a marine who gave his name only as Taras":
  // the clause that names the speaker is part of the phrase, not a clause of its own.
  if (phrase.includes('who')) phrase = phrase.replace(NAMING_CLAUSE, '')
  const count = wordCount(phrase)
  if (count === 0 || count > 16) return false
  if (count <= 3 && phrase.trim().split(/\s+/).every((w) => /^(?:a|an|the|some|this|that|these|those|such|its|their|estimated|reported|all)$/i.test(w))) return false
  if (CLAUSE_WORD.test(phrase)) return false
  // A speaker phrase has no verb of its own ("Russian forces made confirmed advances": no speaker).
  if (OWN_VERB.test(phrase)) return false
  if (/^(?:but|and|or|so|yet|although|though|at|in|on|by|for|from|with|during|after|before|since|over|under|into|as)\b/iu.test(phrase.trim())) return false
  return true
}
