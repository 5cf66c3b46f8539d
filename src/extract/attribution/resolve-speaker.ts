import type { Speaker, SpeakerSide } from '../../domain/index.js'
import { entityMatcher, tokenize } from '../lexicon/index.js'
import { regionOfficeSide } from './speaker-side.js'
import { speakerNameBounds } from './speaker-name-bounds.js'
import { speakerNounPhrase } from './speaker-noun-phrase.js'
import { sourceOutlet } from './source-of-outlet.js'
import { stripSpeakerModifier } from './trailing-speech.js'

/** A speaker as resolved, with what back-references need ("the general", "he"). */
export interface ResolvedSpeaker {
  readonly speaker: Speaker
  readonly type: 'person' | 'org'
  /** Lower-case words of the phrase that named it (titles: "spokesman", "ministry", "governor"). */
  readonly words: readonly string[]
  /** The report's own outlet, remembered before any speaker so that "the agency" and "its analysts" can mean it. */
  readonly publisher?: boolean
}

/** The speakers met so far in a document, for pronoun and title back-references. */
export class SpeakerContext {
  private readonly seen: ResolvedSpeaker[] = []
  /** Per speaker met, its name in lower case (read when a title is looked back to). */
  private readonly lowerNames: (string | undefined)[] = []
  /**
   * The speakers met that a surname can point back to (people whose last name word has at least 4
   * letters), by the first three letters of that word, each list in the order met: a lone surname
   * looks back only among those, not over every speaker of the document.
   */
  private readonly bySurnameHead = new Map<string, { readonly at: number; readonly surname: string }[]>()

  /** Per canonical name, the words the document first named that speaker by (see writtenName). */
  private readonly written = new Map<string, string>()

  /** The text names the speaker `name` by `words`: the first such words are the document's name for it. */
  noteWrittenName(name: string, words: string): void {
    if (!this.written.has(name)) this.written.set(name, words)
  }

  /**
   * The name a claim's speaker is given in the output: the document's own words for it where it named
   * a known organisation in Latin script, else the name as resolved. Speakers are told apart by their
   * canonical names while the document is read; only the claims put out take the written form.
   */
  writtenName(name: string | null): string | null {
    return name === null ? null : (this.written.get(name) ?? name)
  }

  remember(resolved: ResolvedSpeaker): void {
    const at = this.seen.length
    this.seen.push(resolved)
    this.sentenceOf.push(this.sentence)
    this.paragraphOf.push(this.paragraph)
    this.lowerNames.push(resolved.speaker.name?.toLowerCase())
    const surname = resolved.type === 'person' ? resolved.speaker.name?.split(/\s+/).at(-1)?.toLowerCase() : undefined
    if (surname && surname.length >= 4) {
      const head = surname.slice(0, 3)
      const list = this.bySurnameHead.get(head)
      if (list) list.push({ at, surname })
      else this.bySurnameHead.set(head, [{ at, surname }])
    }
  }

  /** Statements ended by another voice: their outlet via is no longer carried (call 22). */
  private readonly ended = new Set<ResolvedSpeaker>()
  /** Per speaker met, the sentence it was met in (see beginSentence). */
  private readonly sentenceOf: number[] = []
  private sentence = 0

  /** Per speaker met, the paragraph it was met in. */
  private readonly paragraphOf: number[] = []
  private paragraph = 0

  /** The reader moves on to sentence `index` (of paragraph `paragraph`): speakers met from now on were met in it. */
  beginSentence(index: number, paragraph = 0): void {
    this.sentence = index
    this.paragraph = paragraph
    this.occasion = false
  }

  /**
   * Judgement call 27: the speaker is named again in a paragraph after every other voice quoted since
   * they were last met ("Moscow claimed on Wednesday … ¶ 'That is nonsense,' Tur said"): the reporter
   * resumes the same interview. (Within one paragraph, another voice still ends it: call 22.)
   */
  resumedInNewParagraph(resolved: ResolvedSpeaker): boolean {
    const last = this.seen.lastIndexOf(resolved)
    if (last < 0 || this.paragraphOf[last] === this.paragraph) return false
    for (let i = last + 1; i < this.seen.length; i++) {
      if (this.seen[i]!.speaker.name !== resolved.speaker.name && this.paragraphOf[i] === this.paragraph && this.sentenceOf[i] !== this.sentence) return false
    }
    return true
  }

  /** Whether the sentence being read gives its statement an occasion of its own ("earlier", "on Tuesday he wrote", "позже"). */
  private occasion = false

  /** The sentence's frame gives the statement an occasion of its own (judgement call 27). */
  markNewOccasion(): void {
    this.occasion = true
  }

  /** Whether the sentence being read gives its statement an occasion of its own. */
  isNewOccasion(): boolean {
    return this.occasion
  }

  /**
   * People named as the subject of a sentence nobody is said to speak ("Major X commands a drone
   * company east of the river."), with the sentence: a later "he said" may mean them (see recall).
   */
  private readonly mentioned: { readonly resolved: ResolvedSpeaker; readonly sentence: number }[] = []

  /** A person is named as the subject of the sentence being read, which attributes nothing. */
  mention(resolved: ResolvedSpeaker): void {
    this.mentioned.push({ resolved, sentence: this.sentence })
  }

  /** The speaker met last, or null. */
  latest(): ResolvedSpeaker | null {
    return this.seen.at(-1) ?? null
  }

  /**
   * Whether a later reference to this speaker still continues the statement they were met in: no
   * other voice has been quoted since in a sentence of its own (once one has, that statement is over
   * for every later reference). Another speaker met in the speaker's own sentence ("dismissed a claim
   * by the ministry that …, saying …") or in the sentence being read is part of the statement.
   */
  continuesStatement(resolved: ResolvedSpeaker): boolean {
    if (this.ended.has(resolved)) return false
    const last = this.seen.lastIndexOf(resolved)
    const own = this.sentenceOf[last]
    for (let i = last + 1; i < this.seen.length; i++) {
      const at = this.sentenceOf[i]
      if (at !== own && at !== this.sentence && this.seen[i]!.speaker.name !== resolved.speaker.name) {
        this.ended.add(resolved)
        return false
      }
    }
    return true
  }

  /** The most recent speaker matching a pronoun or title word, or the most recent one. */
  recall(kind: 'person' | 'org' | 'any', word: string | null = null): ResolvedSpeaker | null {
    // "… – ОВА", "the ministry added", "у штабі угруповання": a state body named by its kind is never
    // the report's own outlet, which no earlier speaker stands for (the outlet is remembered first).
    const body = word !== null && STATE_BODY.test(word)
    for (let i = this.seen.length - 1; i >= 0; i--) {
      const s = this.seen[i]!
      if (body && s.publisher) continue
      if (word && s.words.some((w) => w.startsWith(word))) return s
    }
    if (word) {
      // "the ministry" → the last speaker whose name says ministry.
      for (let i = this.seen.length - 1; i >= 0; i--) {
        if (body && this.seen[i]!.publisher) continue
        if (this.lowerNames[i]?.includes(word)) return this.seen[i]!
      }
    }
    // A title nobody was given: a person's title ("the general") means the last person, an
    // institution's ("the ministry") the last organisation; a president is never someone else.
    // "according to the statement", "йдеться в заяві": the last speaker's statement, whoever it was.
    const type = word ? (PERSON_TITLE.test(word) || RANK.test(word) ? 'person' : ORG_TITLE.test(word) ? 'org' : STATEMENT.test(word) ? 'any' : null) : kind
    if (word && (type === null || NAMED_TITLE.test(word))) return null
    // "По данным главы ОВА Олега Синегубова, … По словам мэра, …": a town's mayor is not the person
    // just named by another office; only someone not titled otherwise may be meant.
    const mayor = word !== null && MAYOR_TITLE.test(word)
    // "Major X commands a company … Speaking to Sky News, he said …": a person pronoun means the person
    // named last, also one introduced as a sentence's subject without speaking, when no person has
    // spoken since.
    if (word === null && type === 'person') {
      const introduced = this.mentioned.at(-1)
      if (introduced) {
        let last = -1
        for (let i = this.seen.length - 1; i >= 0 && last < 0; i--) if (this.seen[i]!.type === 'person') last = i
        if (last < 0 || this.sentenceOf[last]! < introduced.sentence) return introduced.resolved
      }
    }
    for (let i = this.seen.length - 1; i >= 0; i--) {
      const s = this.seen[i]!
      if (mayor && s.words.some((w) => OTHER_OFFICE.test(w))) continue
      if (body && s.publisher) continue
      if (type === 'any' || s.type === type) return s
    }
    // "the spokesperson said" after "the Southern Defence Forces said": the institution's voice.
    if (word && SPOKESPERSON.test(word)) {
      // (Never the report's own outlet: "– речник ОВА" is no spokesman of the newsroom.)
      for (let i = this.seen.length - 1; i >= 0; i--) if (this.seen[i]!.type === 'org' && !this.seen[i]!.publisher) return this.seen[i]!
    }
    return word ? null : (this.seen.at(-1) ?? null)
  }

  /** The most recent person whose surname this word is, in any case form ("Лисака" → Сергій Лисак). */
  recallSurname(word: string): ResolvedSpeaker | null {
    const w = word.toLowerCase()
    if (w.length < 4) return null
    // A surname of 4 or more letters shares at least its first 3 with any form that points to it.
    const candidates = this.bySurnameHead.get(w.slice(0, 3))
    if (!candidates) return null
    for (let i = candidates.length - 1; i >= 0; i--) {
      const { at, surname } = candidates[i]!
      let common = 0
      while (common < surname.length && common < w.length && surname[common] === w[common]) common++
      // The stem may lose its last letters in inflection (Лисак → Лисака, Волошин → Волошина).
      if (common >= surname.length - 1 && w.length - common <= 3) return this.seen[at]!
    }
    return null
  }
}

const ANALYSIS_BY = /^(?:(?:an?|the|new|latest|recent|own|independent)\s+)*(?:\p{L}+\s+)?(?:analysis|analyses|calculations?|count|counts|estimates?|study|review|tally|investigation|assessment)\b.{0,80}?\bby\s+(.{2,60})$/iu
// Title words, one list per kind of referent; each test below and TITLE_WORDS are built from them.
const PERSON_TITLES = String.raw`general|milblogger|blogger|spokes\p{L}*|governor|mayor|official|commander|president|minister|expert|analyst|head|chief|генерал|речник|губернатор|мер|командир|командувач|президент|міністр|голова|начальник|представитель|пресс-секретарь|командующий|глава|військов(?:ий|ого|ому|им)|военн(?:ый|ого|ому|ым)|офіцер(?:а|ові|ом)?|офицер(?:а|у|ом)?|бо[єе]ць|бійц(?:я|ю|ем)|бойц(?:а|у|ом)|співрозмовник(?:а|ові|ом)?|собеседник(?:а|у|ом)?|експерт(?:а|ові|ом)?|эксперт(?:а|у|ом)?|аналітик(?:а|ові|ом)?|аналитик(?:а|у|ом)?|комбат(?:а|у|ові|ом)?|командир(?:а|у|ові|ом)|глав(?:ы|е|у|ой)|голов(?:и|і|у|ою)|речника|губернатора|мера|мэра`
const ORG_TITLES = String.raw`ministry|channel|analysis|calculations|count|study|assessment|brigade|officials|military|department|agency|army|analysts|institute|staff|command|administration|group|battalion|regiment|міністерств(?:о|і|а|у|ом)|бригада|министерств(?:о|е|а|у|ом)|ведомств(?:о|е|а|у|ом)|відомств(?:о|і|а|у|ом)|группировк(?:а|и|е|у|ой)|угрупован(?:ня|ні|ню|ням)|ова|ода|мва`
// Documents a speaker issues: "the report said", "according to the summary", "у зведенні", "в сводке".
const STATEMENTS = String.raw`statement|announcement|report|summary|update|bulletin|briefing|communiqu\p{L}*|заяв(?:а|и|і|у|ою)|повідомлен(?:ня|ні|ням)|заявлени(?:е|я|и|ю|ем)|сообщени(?:е|я|и|ю|ем)|зведенн(?:я|і|ям)|звіт(?:і|у|ом)?|сводк(?:а|е|и|у|ой)|отч[её]т(?:е|а|у|ом)?|доклад(?:е|а|у|ом)?|бюлетен(?:ь|і|ю|ем)|бюллетен(?:ь|е|я|ю|ем)`
// Ranks refer back like titles ("the colonel says"), but a name's rank is not the title a later
// phrase names them by ("Major X, spokesman for …" is the spokesman), so personTitleIn skips them.
const RANKS = String.raw`colonel|major|captain|lieutenant|sergeant|полковник(?:а|у|ові|ом)?|майор(?:а|у|ові|ом)?|капітан(?:а|у|ові|ом)?|капитан(?:а|у|ом)?`
const PERSON_TITLE = new RegExp(`^(?:${PERSON_TITLES})$`, 'iu')
const RANK = new RegExp(`^(?:${RANKS})$`, 'iu')
const ORG_TITLE = new RegExp(`^(?:${ORG_TITLES})$`, 'iu')
const STATEMENT = new RegExp(`^(?:${STATEMENTS})$`, 'iu')
// Org titles that name a state body (a ministry, a command, a unit, an administration), not a newsroom.
const STATE_BODY = /^(?:ministry|brigade|military|department|army|staff|command|administration|battalion|regiment|officials|міністерств\p{L}*|министерств\p{L}*|ведомств\p{L}*|відомств\p{L}*|бригада|группировк\p{L}*|угрупован\p{L}*|ова|ода|мва)$/iu
const SPOKESPERSON = /^(?:spokes\p{L}*|речник|представитель|пресс-секретарь)$/iu
const NAMED_TITLE = /^(?:president|президент)$/iu
/** A town's mayor, and the offices of other people ("глава ОВА", "governor", "начальник"), which a later "мэр" does not point back to. */
const MAYOR_TITLE = /^(?:mayor|мер|мэр|міськ\p{L}* голов\p{L}*)/iu
const OTHER_OFFICE = /^(?:head|chief|governor|spokes\p{L}*|minister|commander|голов|глав|губернатор|начальник|керівник|руководител|речни|командувач|командующ|міністр|министр)/iu
const PRONOUN_PERSON = /^(?:he|she|him|her|він|вона|його|її|нього|неї|он|она|его|ее|её|него|нее|неё)$/iu
const ITS_PEOPLE = /^(?:its|their)\s+(?:analysts?|experts?|researchers?|spokes\p{L}*|officials?|staff|team|monitors?|mappers?|editors?)$/iu
const PRONOUN_ORG = /^(?:it|they|them|вони|їх|них|они|их)$/iu
// "his office said", "її пресслужба повідомила", "его пресс-служба": a person's office speaks for the person last named.
const HIS_OFFICE = /^(?:his|her|його|її|его|ее|её)\s+(?:office|press (?:service|office)|team|staff|administration|spokes\p{L}*|aides?|press secretary|(?:прес-?|пресс-?)служб\p{L}*|офіс\p{L}*|офис\p{L}*|адміністрац\p{L}*|администрац\p{L}*|команд\p{L}*|речни\p{L}*|пресс-секретар\p{L}*)$/iu
const WEEKDAYS = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|понеділ\p{L}*|вівтор\p{L}*|серед\p{L}*|четвер\p{L}*|п['’ʼ]ятниц\p{L}*|субот\p{L}*|неділ\p{L}*|понедельник\p{L}*|вторник\p{L}*|сред\p{L}*|пятниц\p{L}*|воскресень\p{L}*)`
const TIME_TAIL = new RegExp(String.raw`\s+(?:(?:on|late on|early on|late|early|last|this|в|у|во)\s+)?(?:${WEEKDAYS}|(?:этот|тот|цей|той)\s+(?:же\s+|самий\s+|самый\s+)?день|the same day|that day|того же дня|того ж дня|того же числа|yesterday|today|tonight|earlier|later|overnight|вчора|сьогодні|раніше|вчера|сегодня|ранее|за (?:минул\p{L}* |минувш\p{L}* |прошедш\p{L}* |последн\p{L}* |останн\p{L}* |(?:той|тот|этот|цей|весь|увесь) (?:же |самий |самый )?)?(?:добу|сутки|день|тиждень|неделю|місяць|месяц|рік|год|період|период))(?:\s+(?:morning|evening|night|afternoon|вранці|ввечері|утром|вечером))?$`, 'iu')
const MONTHS = String.raw`(?:січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)`
// Adverbs, a reminder ("Нагадаємо,", "Напомним,") and a statement's day ("У середу", "18 травня",
// "Накануне") before the speaker are not part of the name.
const LEAD_WORDS = new RegExp(String.raw`^(?:(?:ще|вже|уже|ещё|еще)\s+(?=\d{1,2}\s+${MONTHS})|(?:понеділок|вівторок|середу|четвер|п['’ʼ]ятницю|суботу|неділю|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)(?:\s+(?:утром|вечером|днем|днём|ночью|вранці|ввечері|вдень|уночі))?(?:\s*,)?\s+(?=\p{L})|(?:що|что|earlier|also|later|then|meanwhile|separately|however|elsewhere|раніше|пізніше|потім|також|тим часом|водночас|натомість|при цьому|крім того|у свою чергу|ранее|позже|затем|также|тем временем|при этом|между тем|кроме того|в свою очередь|в то же время|официально|офіційно|нагадаємо|нагадуємо|напомним|напоминаем|вчора|сьогодні|напередодні|вчера|сегодня|накануне)(?:\s*,)?\s+|(?:(?:у|в|во|on)\s+${WEEKDAYS}|${WEEKDAYS}(?=\s+(?:у|в|во|утром|вечером|днем|днём|ночью|вранці|ввечері|вдень|уночі)\s))(?:\s+(?:утром|вечером|днем|днём|ночью|вранці|ввечері|вдень|уночі|morning|evening|afternoon|night))?(?:\s*,)?\s+|\d{1,2}\s+${MONTHS}(?:\s+\d{4}(?:\s+(?:року|года|р\.|г\.))?)?(?:\s*,)?\s+)*(?:(?:у|в|во)\s+(?=\p{L}|\d{1,3}(?:-\p{L}{1,3})?\s+\p{L}))?`, 'iu')
// Class: the time of a statement around its speaker, in week and month words after the name
// ("Міноборони Росії минулого тижня", "Минобороны на прошлой неделе", "the ministry last week") and in a
// range of days before it ("С 3 по 9 ноября Минобороны", "З 3 по 9 листопада Генштаб"): not part of the name.
const WEEK_TAIL = new RegExp(String.raw`\s+(?:(?:на|в|у|во)\s+)?(?:минул\p{L}*|прошл\p{L}*|поточн\p{L}*|текущ\p{L}*|цього|цьому|этой|этом|этого|(?:late\s+|earlier\s+)?(?:last|this|past))\s+(?:тижн\p{L}*|тиждень|недел\p{L}*|місяц\p{L}*|месяц\p{L}*|week|month)$`, 'iu')
const DAY_RANGE_LEAD = new RegExp(String.raw`^(?:с|з|із|від|от)\s+\d{1,2}(?:\s+${MONTHS})?\s+(?:по|до)\s+\d{1,2}\s+${MONTHS}(?:\s+\d{4}(?:\s+(?:року|года|р\.|г\.))?)?\s*,?\s+(?=\p{L})`, 'iu')
// A month or a span of days as the object of "за" ("за жовтень", "за октябрь", "за последние две недели").
const PERIOD_OBJECT = String.raw`(?:${MONTHS}|січень|лютий|березень|квітень|травень|червень|липень|серпень|вересень|жовтень|листопад|грудень|январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь|добу|доби|сутки|суток|день|дня|дні|днів|дней|тиждень|тижні|тижнів|неделю|недели|недель|місяць|місяці|місяців|месяц|месяца|месяцев|рік|год)`
const PERIOD_LEAD = new RegExp(String.raw`^(?:за|протягом|в течение|на протяжении)\s+(?:[\p{L}\d-]+\s+){0,3}${PERIOD_OBJECT}(?:\s+\d{4}(?:\s+(?:року|года|р\.|г\.))?)?\s*,?\s+(?=\p{L})`, 'iu')
// Class: adverbials between a Ukrainian or Russian speaker and the verb ("Російське Міноборони в
// понеділок уже втретє за місяць поспіхом оголосило", "«Медиазона» за последние две недели
// установила", "Украинский Генштаб, в свою очередь, … признал"): the day, the period, how often and
// how hastily the statement came are not part of the name, nor is the statement's object told before the
// verb ("Генштаб ВСУ это опроверг", "Генштаб це спростував").
const SLAVIC_FRAME_TAIL = new RegExp(String.raw`(?:(?:\s*,)?\s+(?:это|це|цього|этого|уже|вже|ще|ещё|еще|знову|снова|вновь|также|також|тоже|теж|вдруге|втретє|вчетверте|вкотре|вперше|впервые|повторно|поспіхом|поспішно|поспешно|наспех|наспіх|(?:в|у)\s+(?:свою\s+очередь|свою\s+чергу)|(?:в|у|во)\s+${WEEKDAYS}|за\s+(?:[\p{L}\d-]+\s+){0,3}${PERIOD_OBJECT}|(?:другий|третій|четвертий|п['’ʼ]ятий|кілька|котрий|второй|третий|четвертый|пятый|несколько|который)\s+(?:день|дні|днів|дня|дней|тиждень|тижнів|неделю|недель|місяць|месяц))(?:\s*,)?)+$`, 'iu')
// Class: the statement's date or month after the name ("Russia's Defense Ministry on Nov. 12", "the
// ministry on 3 November", "Минобороны России в октябре", "Генштаб у жовтні"): not part of the name.
const EN_MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:[a-z]*\.?|\.)`
const MONTH_DATE_TAIL = new RegExp(String.raw`\s+(?:(?:on|in|since)\s+(?:${EN_MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}\s+${EN_MONTH}(?:\s+\d{4})?|${EN_MONTH}(?:\s+\d{4})?)|(?:в|у)\s+(?:січні|лютому|березні|квітні|травні|червні|липні|серпні|вересні|жовтні|листопаді|грудні|январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)(?:\s+\d{4}(?:\s+(?:року|года|р\.|г\.))?)?)$`, 'u')
const DATE_IN_PHRASE = new RegExp(String.raw`\s+(?:(?:ще|вже|уже|ещё|еще|також|также)\s+)?\d{1,2}\s+${MONTHS}(?:\s+\d{4}(?:\s+(?:року|года|р\.|г\.))?)?(?![\p{L}])`, 'giu')
const TRAILING_ADVERBS = new RegExp(String.raw`(?:\s+(?:also|later|then|again|since|soon|already|now|(?!(?:family|assembly|supply|monopoly|anomaly|rally|ally|bully|italy|july|belly)$)\p{Ll}{3,}ly))+$`, 'u')
const SETTING_LEAD = /^(?:(?:farther|further|more|still)\s+(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|along(?:\s+the\s+front)?|up|down)|(?:in|on|at|along|across|near|around)\s+the\s+(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|centre|center|same\s+(?:area|sector|direction|day))|на\s+(?:півночі|півдні|сході|заході)|на\s+(?:севере|юге|востоке|западе)|(?:далі|дальше|южнее|севернее|западнее|восточнее|південніше|північніше|західніше|східніше))\s*,\s+(?=\S)/iu
const ANSWERING_LEAD = /^(?:Отвечая|Відповідаючи|Комментируя|Коментуючи|Выступая|Виступаючи|Answering|Responding|Commenting|Asked)\s[^,]{1,80},\s+(?=\S)/iu
const REGION_LEAD = /^(?:(?:В|У|Во)\s+)?\p{Lu}\p{L}+\s+(?:области|області|районе|районі|крае|краї|округе|окрузі|республике|республіці)\s+(?=\p{Ll})/u
const CLAUSE_BEFORE_PRONOUN = /^.*,\s+(?=(?:he|she|they|він|вона|вони|он|она|они)$)/iu
const STATEMENT_VENUE_TAIL = /(?:,\s*|\s+)(?:(?:в|у|во)\s+(?:Telegram|телеграм|Телеграм)[\p{L}-]*(?:\s+канал\p{L}*)?|(?:in|on)\s+(?:its|his|her|their|a|an|the)\s+(?:(?:latest|daily|morning|evening|nightly|weekly|monthly|regular|official|own|summer|\p{L}+ly)\s+){0,2}(?:statements?|briefings?|bulletins?|reports?|updates?|summar(?:y|ies)|posts?|video(?:\s+address)?|address|communiqu\p{L}*)(?:\s+on\s+\p{L}+)?|(?:в|у|во)\s+(?:сво\p{L}*|св\p{L}*|офіційн\p{L}*|официальн\p{L}*|черговому|очередн\p{L}*|щоденн\p{L}*|ежедневн\p{L}*|ранков\p{L}*|вечірн\p{L}*|утренн\p{L}*|вечерн\p{L}*|літн\p{L}*|летн\p{L}*|місячн\p{L}*|месячн\p{L}*|сьогоднішн\p{L}*|сегодняшн\p{L}*|вчорашн\p{L}*|вчерашн\p{L}*|останн\p{L}*|последн\p{L}*|нов\p{L}*)\s+(?:\p{L}+\s+){0,1}(?:сводк\p{L}*|сообщени\p{L}*|заявлени\p{L}*|отч[её]т\p{L}*|бюллетен\p{L}*|зведенн\p{L}*|повідомленн\p{L}*|заяв\p{L}*|звіт\p{L}*|бюлетен\p{L}*|телеграм\p{L}*|Telegram\p{L}*|канал\p{L}*))$/iu
const SAME_STATEMENT_LEAD = /^(?:(?:[ВвУу]|[Вв]о)\s+)?(?:[Тт]ом|[Тт]ому|[Ээ]том|[Цц]ьому|[Тт]ой|[Тт]ій|[Ээ]той)\s+(?:же|ж|самому|самом|самій|самой)\s+(?:сообщении|посте|заявлении|обращении|интервью|видео|повідомленні|дописі|пості|заяві|зверненні|інтерв['’ʼ]ю|відео)\s+(?=\p{L})/u
const VENUE_LEAD = /^(?:(?:[ВвУу]|[Вв]о)\s+)?(?:(?:сво\p{L}*|св\p{L}*|офіційн\p{L}*|официальн\p{L}*|черговому|очередн\p{L}*|щоденн\p{L}*|ежедневн\p{L}*|ранков\p{L}*|вечірн\p{L}*|утренн\p{L}*|вечерн\p{L}*|нов\p{L}*|останн\p{L}*|последн\p{L}*|оперативн\p{L}*|нічн\p{L}*|ночн\p{L}*)\s+){0,2}(?:сводке|сообщении|заявлении|отч[её]те|бюллетене|зведенні|повідомленні|заяві|звіті|бюлетені|дописі|посте|пості)\s+(?=\p{Lu})/u
const UNNAMED = /^(?:(?:с|з|із)\s+(?:мест|місць)|на\s+(?:местах|місцях)|(?:у|в)\s+(?:мережі|сети)|мережі|сети|(?:local|unnamed|anonymous|military|informed|several)?\s*sources?|(?:джерел\p{L}*|источник\p{L}*)(?:\s+\p{L}+)?|local reports)$/iu

const QUANTIFIER = /^(?:the\s+)?(?:several|some|many|most|numerous|multiple|various|other|a\s+few|a\s+number\s+of|a\s+group\s+of|a\s+couple\s+of|dozens\s+of|hundreds\s+of|thousands\s+of|one|two|three|four|five|six|seven|eight|nine|ten|\d+|кілька|декілька|деякі|багато|частина|несколько|некоторые|многие|ряд|двое|трое|двоє|троє)(?:\s+(?:of|з|із|из)(?:\s+(?:the|these|those|their|its|них|их))?)?\s+(?=\p{L})/iu

const UNIT_AFTER_NUMBER = /^(?:О\p{Lu}{0,4}Бр\p{L}*|ОШП|ОШБ|ОМП|бригад\p{L}*|полк\p{L}*|батальйон\p{L}*|батальон\p{L}*|дивізі\p{L}*|дивизи\p{L}*|корпус\p{L}*|арм\p{L}*|brigade|regiment|battalion|division|corps|army)(?![\p{L}])/iu

/**
 * Class 6: a unit or institution named in the locative after "в/у" ("як повідомили в Силах оборони
 * півдня", "в Генштабі зазначили", "в штабе группировки сообщили") is the speaker in the nominative,
 * as its own posts and other reports name it. Only these nouns, whose locative forms are not their
 * nominative, as the first word of the name.
 */
const LOCATIVE_INSTITUTION: readonly [RegExp, string, string][] = [
  [/^Силах(?=\s)/u, 'Сили', 'Силы'],
  [/^([Гг]енштаб|[Шш]таб)(?:і|е)(?![\p{L}])/u, '$1', '$1'],
  [/^([Мм]іністерств|[Мм]инистерств|[Вв]ідомств|[Вв]едомств)(?:і|е)(?![\p{L}])/u, '$1о', '$1о'],
  [/^([Уу]правлінн|[Кк]омандуванн|[Уу]групованн)і(?![\p{L}])/u, '$1я', '$1я'],
  [/^([Уу]правлени|[Кк]омандовани)и(?![\p{L}])/u, '$1е', '$1е'],
  [/^([Пп]рокуратур|[Бб]ригад|[Сс]лужб|[Гг]руппировк)(?:і|е)(?![\p{L}])/u, '$1а', '$1а'],
]

/** A first word in the locative, as the nominative ("Силах оборони півдня" -> "Сили оборони півдня"). */
function nominativeInstitution(name: string): string {
  for (const [form, uk, ru] of LOCATIVE_INSTITUTION) {
    if (form.test(name)) return name.replace(form, /[ыэё]/u.test(name) && !/[іїєґ]/u.test(name) ? ru : uk)
  }
  return name
}

// Class (convention 52): an unnamed source named after "по данным", "по словам", "за даними" is in
// the genitive ("источника «Ъ» в силовых структурах", "співрозмовника в Генштабі"); the speaker is the
// source in the nominative, as the text would name it as a subject.
const SOURCE_IN_CASE = /^([Ии]сточник|[Сс]обеседник|[Сс]піврозмовник)(?:а|у|ом|ові)(?![\p{L}])|^([Дд]жерел)(?:у|ом)(?![\p{L}])/u

function nominativeSource(name: string): string {
  const m = SOURCE_IN_CASE.exec(name)
  if (!m) return name
  return m[1] ? m[1] + name.slice(m[0].length) : `${m[2]}о${name.slice(m[0].length)}`
}

/** The phrase without a leading count or quantifier, unless nothing (or only a pronoun) would be left. */
function stripQuantifier(phrase: string): string {
  const m = QUANTIFIER.exec(phrase)
  if (!m) return phrase
  const rest = phrase.slice(m[0].length)
  // "47 ОМБр «Маґура»", "93 бригада", "the 155 brigade": the number is the unit's, not a count of speakers.
  if (/^\d/u.test(m[0].trim()) && UNIT_AFTER_NUMBER.test(rest)) return phrase
  if (/^(?:them|those|these|us|the|a|an|них|их)$/iu.test(rest) || /^(?:of|and|or|times?|per|km|kilomet\p{L}*|miles?|sq|square|years?|days?|weeks?|months?|hours?|people|civilians)(?:\s|$)/iu.test(rest)) return phrase
  return rest
}

const DOCUMENT_ADJECTIVES = String.raw`(?:latest|daily|morning|evening|nightly|weekly|monthly|new|official|previous|same|regular|operational|updated|ранков\p{L}*|вечірн\p{L}*|утренн\p{L}*|вечерн\p{L}*|оперативн\p{L}*|щоденн\p{L}*|ежедневн\p{L}*|останн\p{L}*|последн\p{L}*|свіж\p{L}*|офіційн\p{L}*|официальн\p{L}*)`
const DOCUMENT_REFERENCE = new RegExp(String.raw`^(?:the\s+|this\s+|that\s+|its\s+|their\s+|his\s+|her\s+|цьому\s+|цей\s+|цьому\s+|этой\s+|этом\s+|этот\s+|эта\s+)?(?:${DOCUMENT_ADJECTIVES}\s+){0,2}(${STATEMENTS})$`, 'iu')
const POSSESSIVE_DOCUMENT = new RegExp(String.raw`^(.{2,80}?)['’]s\s+(?:${DOCUMENT_ADJECTIVES}\s+){0,2}(?:${STATEMENTS}|data|figures|map|maps|count|tally|estimates?|calculations?|assessment|analysis|numbers)$`, 'iu')
const NOT_A_SPEAKER = /^(?:(?:per\s+)?cent|percent|km|kilomet\p{L}*|miles?|metres?|meters?|hectares?|times?|people|civilians|day|days|week|weeks|month|months|year|years|hours?|area|territory|front|front line)$/iu

/** Title and role words: "the general said" refers back to the last speaker so titled. */
const TITLE_WORDS = new RegExp(`^(?:the )?(${PERSON_TITLES}|${RANKS}|${ORG_TITLES}|${STATEMENTS})$`, 'iu')

/**
 * A title in another case or with the place it serves ("глава региона", "за словами речника", "голова
 * ОВА", "the region's governor", "the governor of the region"): the same back-reference as the bare title.
 */
const TITLE_OF_PLACE = new RegExp(String.raw`^(?:the )?(?:(?:region['’]s|city['’]s|oblast['’]s|regional|local|city)\s+)?(${PERSON_TITLES})(?:а|у|ом|і|ові|ем|е|я|ю|и)?(?:\s+(?:of the |for the )?(?:region|oblast|city|town|district|republic|регіону|області|міста|району|громади|ова|мва|ода|республіки|региона|области|города|района|округа|республики|днр|лнр|края|краю|агентства|агентству|видання|издания|изданию|виданню))?$`, 'iu')

/** Words that title a person but are not part of the name ("Mayor Ihor Terekhov"). */
const TITLE_PREFIX = new Set(
  [
    'mayor', 'governor', 'regional', 'acting', 'general', 'lieutenant', 'colonel', 'major', 'president', 'commander', 'commander-in-chief',
    'spokesman', 'spokesperson', 'spokeswoman', 'minister', 'chief', 'head', 'deputy', 'analyst', 'expert', 'military', 'russian',
    'ukrainian', 'defence', 'defense', 'foreign', 'prime', 'kremlin', 'senior', 'former', 'retired', 'captain', 'sergeant', 'colonel-general',
    'lieutenant-general', 'major-general', 'secretary', 'press', 'state', 'governor-general', 'top', 'army', 'war', 'correspondent', 'blogger',
    'milblogger', 'officer', 'soldier', 'serviceman', 'brigade', 'battalion', 'staff', 'chairman', 'director', 'adviser', 'advisor', 'aide',
    'речник', 'командир', 'командувач', 'голова', 'начальник', 'міністр', 'мер', 'губернатор', 'президент', 'генерал', 'полковник', 'майор',
    'головнокомандувач', 'заступник', 'керівник', 'очільник', 'експерт', 'аналітик', 'військовий', 'радник', 'офіцер', 'військовослужбовець',
    'эксперт', 'военный', 'глава', 'представитель', 'помощник', 'министр', 'командующий', 'военкор', 'советник', 'офицер', 'пресс-секретарь',
    'генерал-лейтенант', 'генерал-майор', 'генерал-полковник', 'полковник', 'депутат', 'губернатор', 'мэр', 'аналитик', 'врио', 'в.о.',
  ].map((w) => w.toLowerCase()),
)

const ORG_NOUN_AFTER = /^\s+(?:области|області|района|району|округа|округу|края|краю|республики|республіки|oblast|region|group|grouping|forces|force|brigade|battalion|regiment|division|corps|army|command|ministry|administration|operational|task|headquarters|service|office|council|directorate|district|military|defen[cs]e|угрупован\p{L}*|группировк\p{L}*|бригад\p{L}*|батальйон\p{L}*|батальон\p{L}*|полк\p{L}*|дивізі\p{L}*|дивизи\p{L}*|корпус\p{L}*|арм\p{L}*|командуванн\p{L}*|командовани\p{L}*)(?![\p{L}])/iu

const CALL_SIGN = /(?:з\s+позивним|с\s+позывным|під\s+позивним|под\s+позывным|(?:identified|named|known|referred\s+to)\s+(?:only\s+)?(?:by|with)\s+(?:his|her|their)\s+(?:first\s+name|given\s+name|call\s*sign|callsign|nickname|nom\s+de\s+guerre)(?:\s+only)?|(?:gave|give|gives|giving|used|uses|using)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+name|given\s+name|call\s*sign|callsign|nickname)(?:\s+only)?|(?:with\s+|under\s+|by\s+)?(?:the\s+|(?:his|her)\s+)?call\s*sign(?:\s+as)?|(?:gave|give)\s+(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as|(?:identified|known)\s+(?:only\s+)?as|(?:goes|went)\s+by(?:\s+the\s+(?:name|nom de guerre))?),?\s+[«"“„']?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)[»"”']?/u

/** "the commander, who …": a title with its article, then the relative clause that may name them. */
const TITLE_NAMED_BY_CALL_SIGN = /^[\s,"“”]*((?:the|this|that|his|her|their)\s[^,;]{1,60}?),?\s+(who\s[^;]*)$/iu

const FIRST_NAME_APPOSITION = /^(\p{Lu}[\p{Ll}'’-]+),\s+(?:a|an|the)\s+(.+)$/u

const PATRONYMIC = /(?:ович|евич|йович|ьевич|івна|ївна|овна|евна|ична|инична)$/u

const PARTICIPLE = /^\p{Lu}\p{Ll}{3,}(?:ений|аний|яний|ваний|тий|енный|анный|янный|ованный|тый|ена|ана|ённый)$/u

/** Capitalised words that name organisations, never people. */
const ORG_WORDS = /^(?:Ministry|Staff|Forces|Force|Army|Group|Command|Brigade|Regiment|Battalion|Institute|Defen[cs]e|Armed|Kremlin|Administration|Office|Council|Service|Agency|Guard|Defense|Security|Intelligence|Separate|Mechani[sz]ed|Assault|Oblast|Region|Raion|District|Republic|Press|News|Times|Post|Pravda|Independent|Міноборони|Генштаб\p{L}*|Сил\p{L}*|Збройн\p{L}*|Минобороны|Генеральн\p{L}*|Міністерств\p{L}*|Министерств\p{L}*|Офіс|Служб\p{L}*|Управлінн\p{L}*|Адміністрац\p{L}*|Администрац\p{L}*|Угрупован\p{L}*|Группировк\p{L}*|ЗСУ|ВСУ|ЗС|ОВА|ВС|РФ|DeepState)$/u

const CAP = String.raw`\p{Lu}[\p{Ll}'’ʼ-]+`
/** A maximal run of capitalised words (a name is two or three of them, none a title or organisation word). */
const CAPITALISED_RUN = new RegExp(String.raw`(?<![\p{L}\p{N}])(${CAP}(?:\s+${CAP})*)(?![\p{L}\p{N}])`, 'gu')
/** Phrases that cite evidence, not a speaker ("Geolocated footage published on February 25 indicates", "Супутникові знімки підтвердили", "Спутниковые снимки показали", "Кадри з місця події свідчать"). */
const EVIDENCE = /^(?:(?:geolocated|recent|new|combat|satellite|drone|the|available|published|additional)\s+)*(?:footage|imagery|images|video|videos|photos|photographs|evidence|data|satellite images|maps?|signals?|radio intercepts?)\b|^(?:(?:супутников|спутников|нов|свіж|свеж|опублікован|опубликованн|оприлюднен|геолокован|відзнят|отснят)\p{L}*\s+)*(?:супутник(?:и|а)?|спутник(?:и|а)?|знім(?:ок|ки|ків|ках|ками)|сним(?:ок|ки|ков|ках|ками)|кадр(?:и|ы|ів|ов)?|відео|видео|фото(?:графі\p{L}*|графи\p{L}*)?|відеозапис\p{L}*|видеозапис\p{L}*)(?![\p{L}])/iu

// A country at war neither side's: its analysts and officials are independent ("the Finnish Black Bird Group").
const INDEPENDENT = /\b(?:analysts?|experts?|researchers?|observers?|think[- ]tank|Western|U\.?S\.?|American|British|NATO|UN|United Nations|OSINT|monitoring mission|Oryx|journalists?|Finnish|German|French|Polish|Estonian|Latvian|Lithuanian|Swedish|Norwegian|Danish|Dutch|Austrian|Swiss|Italian|Czech|Canadian|Australian|Israeli|Japanese|European)\b|(?<![\p{L}])(?:фінськ|финск|німецьк|немецк|французьк|французск|польськ|польск|естонськ|эстонск|аналітик|аналитик|дослідник|исследовател|експерт|эксперт|британськ|британск|американськ|американск)\p{L}*|західн\p{L}* розвід\p{L}*|западн\p{L}* разведк\p{L}*|(?<![\p{L}])(?:ООН|НАТО|США|ЄС|ЕС|МАГАТЕ|МАГАТЭ|ОБСЄ|ОБСЕ)(?![\p{L}])|(?<![\p{L}])(?:угорськ|венгерск|словацьк|словацк|турецьк|турецк|китайськ|китайск|Угорщин|Венгри|Словаччин|Словаки|Польщ|Польш|Німеччин|Германи|Франці|Франци|Британі|Великобритани|Туреччин|Турци|Білому дом|Белом дом|Біл\p{L}* дім|Бел\p{L}* дом)\p{L}*/iu
const RU_WORDS = /\b(?:milbloggers?|war bloggers?|war correspondents?|(?:Russian|Russia|Moscow|Kremlin)-(?:installed|appointed|backed|controlled)|pro-(?:Russian|Kremlin|Moscow)|occupation (?:authorit(?:y|ies)|officials?|head|chief|governor|leader|administration|council)|occupying (?:authorit(?:y|ies)|officials?)|Donetsk People['’]s Republic|Luhansk People['’]s Republic|DPR|LPR|Russian|Russia['’]s|Moscow['’]s|Kremlin|Akhmat|Wagner|Rosgvardia)\b|Ахмат\p{L}*|Вагнер\p{L}*|Росгвард\p{L}*|военно-гражданск\p{L}*|військово-цивільн\p{L}* адміністраці\p{L}* (?:Запорізьк|Херсонськ)\p{L}* області|військов\p{L}* блогер\p{L}*|воєнкор\p{L}*|военкор\p{L}*|военн\p{L}* корреспондент\p{L}*|военн\p{L}* блогер\p{L}*|российск\p{L}*|російськ\p{L}*|окупаційн\p{L}*|оккупационн\p{L}*|окупован\p{L}*|Росією|Россией|Москвою|Москвой|ДНР|ЛНР|РФ|(?:угрупован|группировк)\p{L}* (?:військ |войск )?[«"](?:Центр|Захід|Запад|Схід|Восток|Південь|Юг|Південн|Южн|Північ|Север|Дніпро|Днепр)|(?<![\p{L}])рос(?:ЗМІ|СМИ|медіа|медиа|паблік\p{L}*|паблик\p{L}*|пропаганд\p{L}*|телеграм\p{L}*)/iu
const UA_WORDS = /отдельн\p{L}*|окрем\p{L}*|\b\d+(?:st|nd|rd|th)\s+(?:\p{L}+\s+){0,3}(?:[Bb]rigade|[Cc]orps)\b|\b(?:Ukrainian|Ukraine['’]s|Kyiv['’]s|military administration|OVA|MVA|Khortytsia|Tavria|Joint Forces|Separate|Mechani[sz]ed Brigade|Defen[cs]e Forces)\b|українськ\p{L}*|україн\p{L}*|украинск\p{L}*|украин(?:а|ы|е|у|ой)(?![\p{L}])|(?<![\p{L}])(?:ОВА|МВА|РВА|ВЦА|ОДА|ОГА|РДА|РГА)(?![\p{L}])|облдержадміністрац\p{L}*|облгосадминистрац\p{L}*|облрад\p{L}*|військов\p{L}* адміністрац\p{L}*|военн\p{L}* администрац\p{L}*|Сил\p{L}* оборони|об['’ʼ]єднаних сил|(?<![\p{L}])(?:ОСУВ|ОТУ)(?![\p{L}])|ЗСУ|ВСУ|бригад\p{L}*|(?<![\p{L}])(?:ОШБр|ОМБр|ОМПБр|ОДШБр|ОАеМБр|ОАБр|ОТБр|ОБрМП|ОБрТрО|ОГШБр|ОПБр|ОБр|ОШП|ОШБ)(?![\p{L}])|угрупован\p{L}* військ|Хортиц\p{L}*|Таврі\p{L}*/iu

/**
 * Resolves a speaker phrase as written ("the Russian Defence Ministry", "Viktor Trehubov, spokesperson
 * for the Khortytsia group of forces", "he", "the general", "речник Сил оборони півдня Владислав
 * Волошин") to a speaker: known names canonicalised with their side, people by name, organisations
 * by their cleaned phrase, pronouns and titles by the last speaker so named.
 */
export function resolveSpeakerPhrase(phrase: string, context: SpeakerContext, via: string | null = null, basedOn: string | null = null): ResolvedSpeaker | null {
  // Class: someone spoken of before, named now by a call sign in a relative clause ("The commander,
  // who uses the call sign Kedr, said", "said the officer, who gave his call sign as Shershen"): the
  // call sign names them, and the title still says whose side they are on.
  const titled = phrase.includes('who') ? TITLE_NAMED_BY_CALL_SIGN.exec(phrase) : null
  const sign = titled ? CALL_SIGN.exec(titled[2]!) : null
  if (titled && sign) {
    const back = resolveSpeakerPhrase(titled[1]!, context)
    const words = titled[1]!.toLowerCase().split(/\s+/).filter((w) => !/^(?:the|this|that|his|her|their)$/u.test(w))
    return remember(context, { speaker: { name: sign[1]!, side: back?.speaker.side ?? sideFromWords(phrase) ?? 'unknown', via, ...based(basedOn) }, type: 'person', words })
  }
  const reading = readPhrase(phrase)
  if (reading === null) return null
  // "an analysis of DeepState maps by BBC Russian", "a count by Mediazona": the one who counted.
  if (reading.by !== null) return resolveSpeakerPhrase(reading.by, context, via, basedOn)
  // Pronouns and titles: "he", "the general", "за його словами", "по его словам".
  if (reading.pronoun !== null) {
    const back = context.recall(reading.pronoun)
    // "his office said" is the person's office speaking on its own occasion: no via of theirs carries.
    if (back && HIS_OFFICE.test(reading.cleaned)) return withVia(refresh(context, back), via, basedOn)
    return back ? backReference(context, back, via, basedOn) : null
  }
  // "the general said", "the ministry added": a title with its article points back; a bare plural
  // ("analysts say") names new speakers.
  if (reading.title !== null) {
    const back = context.recall('any', reading.title)
    if (back) return backReference(context, back, via, basedOn)
    if (reading.document) return null
  }
  // A lone surname in another case refers back to the person named in full earlier.
  if (reading.loneCapitalised) {
    const back = context.recallSurname(reading.cleaned)
    if (back) return backReference(context, back, via, basedOn)
  }
  const described = describeSpeaker(reading.cleaned)
  // Convention 52: "источник «Ъ»" speaks through the outlet whose source it is.
  const sourceOf = via === null ? sourceOutlet(reading.cleaned) : null
  if (sourceOf) via = canonicalVia(sourceOf)
  // "Об этом ТАСС сообщил Денис Пушилин. … По словам Пушилина, …", "Pushilin added": the speaker just
  // quoted, named again (in full or in another script), continues that statement and its via.
  const latest = via === null ? context.latest() : null
  const carried = via ?? (latest && latest.speaker.name === described.name ? carriedVia(context, latest) : null)
  if (described.mention) context.noteWrittenName(described.name, described.mention)
  return remember(context, { speaker: { name: described.name, side: described.side, via: carried, ...based(basedOn) }, type: described.type, words: reading.words })
}

/** Two or three capitalised words (titles among them) opening an English sentence, then a lower-case word. */
const NOT_A_NAME_START = /^(?:are|is|was|were|do|does|did|has|have|had|will|can|could|would|should|what|who|when|where|why|how|which|the|a|an|in|on|at|for|from|with|after|before|since|during|this|that|these|those|it|its|our|their|his|her|but|and|or|as|if|so|then|there|here|last|next|by|to|of)\s/iu
const OPENING_NAME = /^((?:\p{Lu}[\p{L}'’.-]*\s+){1,4}\p{Lu}[\p{L}'’-]+)\s+(?=\p{Ll})/u

/**
 * The person an English sentence opens with as its subject ("Major Taras Bondar commands …"), or
 * null: someone a later pronoun may mean though they have not spoken yet.
 */
export function openingPerson(sentence: string): ResolvedSpeaker | null {
  // A statement, not a question or a heading ("Are Sloviansk and Kramatorsk next?"), opening on a name,
  // not on a function word in capitals.
  if (!/\.["”»']?\s*$/u.test(sentence)) return null
  const m = OPENING_NAME.exec(sentence)
  if (!m || NOT_A_NAME_START.test(m[1]!) || personName(m[1]!) === null) return null
  const d = describeSpeaker(m[1]!)
  return d.type === 'person' ? { speaker: { name: d.name, side: d.side, via: null }, type: 'person', words: m[1]!.toLowerCase().split(/\s+/) } : null
}

/** Whether a speaker phrase is evidence, not a speaker ("Супутникові знімки", "new footage", "кадры"). */
export function namesEvidence(phrase: string): boolean {
  return EVIDENCE.test(phrase.trim().replace(/^[«"“]+/u, ''))
}

/** What a speaker phrase says by itself, before any earlier speaker is looked back to. */
interface PhraseReading {
  /** The phrase without punctuation, time words, leading adverbs and bracketed abbreviations. */
  readonly cleaned: string
  /** The counter named after "by" in "an analysis … by X": resolve that instead. */
  readonly by: string | null
  /** Its lower-case words (kept with the speaker for title back-references). */
  readonly words: readonly string[]
  /** A pronoun of a person ("he", "його") or of an organisation ("they", "їх"). */
  readonly pronoun: 'person' | 'org' | null
  /** The title word of "the general", "цей генерал", "Генштаб" (lower case), looked back to. */
  readonly title: string | null
  /** One capitalised word: maybe a surname named earlier in another case. */
  readonly loneCapitalised: boolean
  /** A document named by its kind only ("the report", "у зведенні"): its author, or nobody. */
  readonly document?: boolean
}

// The same phrases come back in report after report ("the General Staff", "he", "його"): each is
// read once (a dozen patterns over its characters) and its reading kept, at most READINGS_LIMIT.
const READINGS_LIMIT = 5000
const readings = new Map<string, PhraseReading | null>()

/** The reading of a speaker phrase, or null when it names nobody (evidence, unnamed sources, "we"). */
function readPhrase(phrase: string): PhraseReading | null {
  const known = readings.get(phrase)
  if (known !== undefined) return known
  if (readings.size >= READINGS_LIMIT) readings.clear()
  const reading = readPhraseOnce(phrase)
  readings.set(phrase, reading)
  return reading
}

function countOf(text: string, mark: string): number {
  let n = 0
  for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) n++
  return n
}

function readPhraseOnce(phrase: string): PhraseReading | null {
  // "командувач СБС у своєм...", "Генштаб ЗСУ і оприлюднив відео": a word the text's cut left
  // unfinished and a second predicate are no part of the name (speaker-name-bounds.ts).
  let cleaned = speakerNameBounds(phrase)
    .replace(/^[\s,"“”«»'’:—–-]+|[\s,"“”«»'’:;.—–-]+$/g, '')
    .replace(/\s+/g, ' ')
    // "the Russian Ministry of Defense (MoD)": an abbreviation in brackets repeats the name.
    .replace(/\s*\([^()]{1,15}\)/gu, '')
    // "the Kremlin on Wednesday", "Ранее украинские военные", "У пресслужбі бригади": time words,
    // adverbs and the locative preposition are not part of the name.
    .replace(TIME_TAIL, '')
    .replace(MONTH_DATE_TAIL, '')
    .replace(WEEK_TAIL, '')
    .replace(DAY_RANGE_LEAD, '')
    // "В утренней сводке Генштаб ВСУ …", "У вечірньому зведенні Генштаб …": the document the statement
    // was made in opens the phrase; the speaker follows it.
    .replace(VENUE_LEAD, '')
    // "В том же сообщении губернатор", "У тому ж дописі голова ОВА": the statement named again opens the
    // phrase; the speaker (a title pointing back) follows it.
    .replace(SAME_STATEMENT_LEAD, '')
    .replace(LEAD_WORDS, '')
    // "Російське Міноборони ще 2 листопада", "За первые три недели ноября Минобороны России": the day or
    // period of the statement is not part of the name.
    .replace(PERIOD_LEAD, '')
    .replace(DATE_IN_PHRASE, '')
    .replace(SLAVIC_FRAME_TAIL, '')
    // "a claim Kyiv swiftly rejected": an adverb before the verb is not part of the name.
    .replace(TRAILING_ADVERBS, '')
    // "Russia's Defence Ministry, in its daily briefing", "Минобороны РФ в своих летних сводках": the
    // document or channel a statement was made in follows the name; it is not part of it.
    .replace(STATEMENT_VENUE_TAIL, '')
    // "Farther west, the Southern Defense Forces", "In the south, the army": a setting before the
    // comma is where the report turns, not who speaks; "About 9,800 civilians remain in X, he": a
    // clause the speech verb closes ends with its speaker.
    .replace(SETTING_LEAD, '')
    // "Отвечая на вопрос агентства о сроках, глава республики", "Answering a question about the
    // timeline, the governor": the occasion of the answer opens the phrase; the speaker follows it.
    .replace(ANSWERING_LEAD, '')
    // "В Брянской области власти объявили …", "У Сумській області влада оголосила …": where the speakers
    // serve opens the phrase; the region stays for their side (regionSide reads the sentence).
    .replace(REGION_LEAD, '')
    .replace(CLAUSE_BEFORE_PRONOUN, '')
    // "a platoon commander whose unit holds a treeline": the relative clause describes, it does not name.
    // "a marine who gave his name only as Taras" introduces the man by that name; "the commander, who
    // asked to be identified only by his call sign, X" is someone already spoken of, and the title
    // points back to them.
    .replace(/^((?:the|this|that)\s.*?),?\s+(?:who|whose|whom)\s.*$/iu, '$1')
    .replace(/,?\s+(?:who|whose|whom)\s(?!(?:goes|went|gave|give|asked to be (?:identified|named)|is (?:identified|known)|uses|used)\s).*$/u, '')
    // "Andrii, a 41-year-old sergeant …, pointing at a map on his phone": what the speaker was doing
    // while speaking follows the name and its apposition.
    .replace(/,\s+(?!(?:during|according|including|regarding|concerning|following)\s)\p{Ll}{3,}ing\s.*$/u, '')
    // "Владислав Волошин, який представляє Сили оборони півдня", "Олег Березин, с которым поговорила …".
    .replace(/,\s+(?:(?:з|із|зі|с|со|у|в|від|от)\s+)?(?:який|яка|яке|які|якого|якою|яким|якими|якій|котр\p{L}*|котор\p{L}*)\s.*$/iu, '')
    // "Опрошенные «Медузой» эксперты", "опитані Суспільним військові", "interviewed by the BBC": who asked is not who speaks.
    .replace(/^(?:[Оо]прошенн\p{L}*|[Оо]питан\p{L}*|[Сс]обеседники|[Сс]піврозмовники)\s+(?:«[^«»]{1,30}»|\p{Lu}[\p{L}.-]*)\s+(?=\p{L})/u, '')
  // "Of the 11 settlements the ministry", "С начала ноября мы", "Украинские власти тем временем": the
  // speaker's noun phrase without the clause words around it (speaker-noun-phrase.ts).
  cleaned = nominativeSource(speakerNounPhrase(cleaned))
  // "47 ОМБр «Маґура»": the trim above took the closing mark of a name the phrase opens.
  if (cleaned.includes('«') && countOf(cleaned, '«') > countOf(cleaned, '»')) cleaned = `${cleaned}»`
  // "Several Russian milbloggers", "two Ukrainian officers", "some of the posts": how many speak is
  // not who speaks.
  const unquantified = stripQuantifier(stripSpeakerModifier(cleaned))
  if (unquantified !== cleaned) return readPhraseOnce(unquantified)
  // "the General Staff's morning update", "Bloomberg's tally": the document's author speaks.
  const owner = POSSESSIVE_DOCUMENT.exec(cleaned)
  if (owner) return readPhraseOnce(owner[1]!)
  // "the morning update", "the latest summary", "у вечірньому зведенні": the last speaker's document.
  const document = DOCUMENT_REFERENCE.exec(cleaned)
  if (document) {
    const words = cleaned.toLowerCase().split(/\s+/)
    return { cleaned, by: null, words, pronoun: null, title: document[1]!.toLowerCase(), loneCapitalised: false, document: true }
  }
  // A unit or a rate ("per cent", "km") names nobody; nor does a pronoun that asks or stands for anyone
  // ("Хто пише, що …, — не вірте", "Кто утверждает …", "whoever claims …").
  if (NOT_A_SPEAKER.test(cleaned) || /^(?:хто|кто|who|whoever|anyone|всякий|будь-хто|кто-то|хтось)$/iu.test(cleaned)) return null
  // "our analysis", "we": the outlet speaking in its own voice; "з місць", "с мест", "local sources":
  // unnamed informants (the outlet stays the speaker).
  if (!cleaned || EVIDENCE.test(cleaned) || (UNNAMED.test(cleaned) && sourceOutlet(cleaned) === null) || /^(?:our|we|us|my|I|наш\p{L}*|ми|мы)(?:\s|$)/iu.test(cleaned)) return null
  const by = ANALYSIS_BY.exec(cleaned)
  const words = cleaned.toLowerCase().split(/[\s,]+/).filter(Boolean)
  const firstWord = words[0]!
  // "Its analysts said", "their spokesman": the people of the organisation last spoken of speak for it.
  const pronoun = HIS_OFFICE.test(cleaned) ? 'person' : words.length <= 2 ? (PRONOUN_PERSON.test(firstWord) ? 'person' : PRONOUN_ORG.test(firstWord) || ITS_PEOPLE.test(cleaned) ? 'org' : null) : null
  const titled = /^(?:the|цей|ця|этот|эта)\s/iu.test(cleaned) || !/^[a-z]/i.test(cleaned) ? (TITLE_WORDS.exec(cleaned.toLowerCase()) ?? TITLE_OF_PLACE.exec(cleaned.toLowerCase())) : null
  return {
    cleaned,
    by: by ? by[1]! : null,
    words,
    pronoun,
    title: titled ? titled[1]!.toLowerCase() : null,
    loneCapitalised: words.length === 1 && /^\p{Lu}/u.test(cleaned),
  }
}

/** Who a phrase names: the canonical name (the speaker's identity), and the words the text named it by. */
interface Described {
  readonly name: string
  readonly side: SpeakerSide
  readonly type: 'person' | 'org'
  /** The entity's words as written, when a known organisation in Latin script is the whole speaker ("Ukraine's General Staff"). */
  readonly mention?: string
}

const described = new Map<string, Described>()

/** Who a (non-pronoun) phrase names: pure, so remembered per phrase. */
function describeSpeaker(cleaned: string): Described {
  const cached = described.get(cleaned)
  if (cached) return cached
  if (described.size > 5000) described.clear()
  const entities = entityMatcher().match(cleaned, tokenize(cleaned)).filter((e) => e.data.type !== 'platform')
  const person = entities.find((e) => e.data.type === 'person')
  const org = entities.find((e) => e.data.type !== 'person')
  const sideHint = sideFromWords(cleaned)
  let out: Described
  // "заступник командира батальйону з позивним «Граф»", "a company commander with the call sign
  // Bison": a soldier known by a call sign is named by it.
  const callSign = person ? null : CALL_SIGN.exec(cleaned)
  if (callSign) {
    const out = { name: callSign[1]!, side: sideHint ?? 'unknown', type: 'person' } as const
    described.set(cleaned, out)
    return out
  }
  const name = person ? null : personName(cleaned)
  // "Serhii, a 40-year-old platoon commander", "Bison, the battalion's commander": a first name or
  // call sign with an apposition that titles a person names that person.
  const apposed = person || name || org ? null : FIRST_NAME_APPOSITION.exec(cleaned)
  // Convention 52: "источник «Ъ» в силовых структурах" is the source, not the outlet it spoke to; its
  // side is its affiliation's, else the outlet's.
  if (!person && org?.data.type === 'outlet' && sourceOutlet(cleaned) !== null) out = { name: cleaned, side: sideFromWords(cleaned.slice(org.span[1])) ?? org.data.side, type: 'person' }
  else if (person) out = { name: person.data.name, side: person.data.side, type: 'person' }
  else if (apposed && titlesPerson(apposed[2]!)) out = { name: apposed[1]!, side: sideHint ?? 'unknown', type: 'person' }
  else if (name) out = { name, side: org?.data.side ?? sideHint ?? 'unknown', type: 'person' }
  else if (org) {
    // "Russian war bloggers" is not the Russian state: an entity inside a longer phrase of people
    // named by role keeps the phrase, and takes the entity's side. The entity names the speaker
    // when little else is said ("Официально Минобороны РФ").
    const rest = (cleaned.slice(0, org.span[0]) + cleaned.slice(org.span[1])).replace(/^(?:the|a|an)\s+/i, '').trim()
    // "The Institute for the Study of War, a Washington-based think tank": an apposition after the
    // entity describes it (as one after a person's name does); the entity is who speaks.
    const apposed = /^(?:the\s+)?$/iu.test(cleaned.slice(0, org.span[0])) && /^\s*,\s+(?:a|an|the)\s+\p{L}/u.test(cleaned.slice(org.span[1]))
    const covers = apposed || rest.length <= 2 || (!/\s/.test(rest) && org.span[0] > 0)
    const whole = covers || org.data.type === 'outlet'
    out = { name: whole ? org.data.name : nominativeInstitution(stripArticle(cleaned)), side: org.data.side, type: 'org', ...(whole ? writtenName(cleaned.slice(org.span[0], org.span[1])) : {}) }
  } else {
    const type = titlesPerson(cleaned) ? 'person' : 'org'
    out = { name: type === 'org' ? nominativeInstitution(stripArticle(cleaned)) : stripArticle(cleaned), side: sideHint ?? 'unknown', type }
  }
  described.set(cleaned, out)
  return out
}

/** The speaker for an outlet or channel name (a document's default voice). */
export function resolveOutlet(outlet: string | null): Speaker {
  if (!outlet) return { name: null, side: 'unknown', via: null }
  const cached = outlets.get(outlet)
  if (cached) return cached
  if (outlets.size > 5000) outlets.clear()
  const speaker = outletSpeaker(outlet)
  outlets.set(outlet, speaker)
  return speaker
}

const outlets = new Map<string, Speaker>()

function outletSpeaker(outlet: string): Speaker {
  // "Олег Синєгубов (Telegram)", "Rybar | Telegram", "Telegram-канал «Рыбарь»", "Gladkov on Telegram":
  // a feed or record that names the account and its platform is that account speaking on that platform
  // (gold convention 16), not a speaker called by the whole string.
  const entities = entityMatcher().match(outlet, tokenize(outlet))
  const posted = platformPost(outlet, entities)
  if (posted) {
    // "«Рыбарь» (Telegram)": quotes around the whole account go; "93 ОМБр «Холодний Яр» (Telegram)"
    // keeps the closing mark of the name it opens (class 6).
    const whole = /^[«"“'‘].*[»"”'’]$/u.test(posted.account.trim()) && countOf(posted.account, '«') <= 1
    const account = (whole ? posted.account.trim().replace(/^[«"“'‘]+|[»"”'’]+$/gu, '') : posted.account).trim()
    if (account) return { ...outletSpeaker(account), via: posted.platform }
  }
  // The entity must be the whole name but for an article or marks: "Re:Russia" is an outlet, not Russia.
  const entity = entities.find((e) => e.data.type !== 'platform' && e.span[1] - e.span[0] >= outlet.trim().length - 3 && !/\p{L}{2}/u.test((outlet.slice(0, e.span[0]) + ' ' + outlet.slice(e.span[1])).replace(/(?<![\p{L}])the(?![\p{L}])/giu, '')))
  if (entity) return { name: entity.data.name, side: entity.data.side, via: null }
  // "майор Андрій Гайдамака, командир батальйону", "Jane Roe, MP": an account named by a person with
  // their office in apposition is that person speaking; the office says who they are, not their name.
  const apposed = PERSON_THEN_OFFICE.exec(outlet.trim())
  const person = apposed ? personName(apposed[1]!) : null
  if (person) return { name: person, side: sideFromWords(outlet) ?? 'unknown', via: null }
  return { name: outlet.trim(), side: sideFromWords(outlet) ?? 'unknown', via: null }
}

/** A name, then a comma and an office in lower case ("Ірина Зарічна, народна депутатка"). */
const PERSON_THEN_OFFICE = /^([^,()]{3,60}),\s+\p{Ll}[^,()]{2,60}$/u

// The platforms are the entity lexicon's (`type: 'platform'`, as canonicalVia reads them); these say
// where in a feed's name one stands. After the account: "Account (Telegram)", "Account [Telegram
// channel]", "Account | Telegram", "Account — Telegram", "Account on Telegram", "Account в Telegram".
// Before it (names of three letters or more: "X News" is an outlet): "Telegram-канал «Рыбарь»",
// "Telegram: DeepState", "Telegram channel Rybar", "Telegram (На передке)".
const PLATFORM_PAGE = String.raw`(?:[\s-]*(?:channel|канал|account|акаунт|аккаунт|page|сторінка|страница))?`
const ACCOUNT_IN_BRACKETS = /^(?<account>.+?)\s*[(\[]\s*$/u
const ACCOUNT_THEN_SEPARATOR = /^(?<account>.+?)\s*(?:[|—–·/]|\s-|\s(?:on|в|у|во))\s*$/u
const CLOSING_BRACKET = new RegExp(String.raw`^${PLATFORM_PAGE}\s*[)\]]\s*$`, 'u')
const PAGE_ONLY = new RegExp(String.raw`^${PLATFORM_PAGE}\s*$`, 'u')
const ACCOUNT_AFTER = new RegExp(String.raw`^${PLATFORM_PAGE}\s*(?:[:|—–-]?\s+(?<account>[^\s(\[].*)|\s*[(\[]\s*(?<bracketed>[^()\[\]]+?)\s*[)\]])\s*$`, 'u')

/** The account and platform a feed's name gives, when a platform entity stands at its end or start. */
function platformPost(outlet: string, entities: readonly { readonly span: readonly [number, number]; readonly data: { readonly name: string; readonly type: string } }[]): { account: string; platform: string } | null {
  const platforms = entities.filter((e) => e.data.type === 'platform')
  for (const p of platforms) {
    const before = outlet.slice(0, p.span[0])
    const after = outlet.slice(p.span[1])
    const bracketed = ACCOUNT_IN_BRACKETS.exec(before)
    const separated = bracketed ? null : ACCOUNT_THEN_SEPARATOR.exec(before)
    if (bracketed && CLOSING_BRACKET.test(after)) return { account: bracketed.groups!.account!, platform: p.data.name }
    if (separated && PAGE_ONLY.test(after)) return { account: separated.groups!.account!, platform: p.data.name }
  }
  const first = platforms.find((p) => outlet.slice(0, p.span[0]).trim() === '' && p.span[1] - p.span[0] > 2)
  const named = first ? ACCOUNT_AFTER.exec(outlet.slice(first.span[1])) : null
  // "Telegram (На передке)", "Facebook (голова громади)": the platform, then the account in brackets.
  return first && named ? { account: (named.groups!.account ?? named.groups!.bracketed)!, platform: first.data.name } : null
}

/** A platform or outlet name ("Telegram", "TASS") as the canonical entity name, else as written. */
/** Whether a name is wholly an outlet the entity tables know ("RFE/RL", "Громадське", "TASS"). */
export function isOutletName(name: string): boolean {
  const trimmed = name.trim()
  return entityMatcher().match(trimmed, tokenize(trimmed)).some((e) => e.data.type === 'outlet' && e.span[1] - e.span[0] >= trimmed.length - 1)
}

export function canonicalVia(text: string): string {
  const cached = vias.get(text)
  if (cached !== undefined) return cached
  if (vias.size > 5000) vias.clear()
  const base = viaBaseForm(text)
  // An outlet or platform named in the via is it ("the Telegram channel"); any other entity names the
  // via only when it is the whole of it ("«Россия 24»" is a channel, not Russia).
  const entity = entityMatcher()
    .match(base, tokenize(base))
    .find((e) => e.data.type === 'outlet' || e.data.type === 'platform' || e.span[1] - e.span[0] >= base.replace(/^the\s+/iu, '').length)
  const name = entity ? entity.data.name : base.replace(/^(?:the)\s+/i, '').trim()
  vias.set(text, name)
  return name
}

const vias = new Map<string, string>()

/**
 * A via in the base form of its noun, as an index of outlets lists it: a case ending after a hyphen
 * goes ("ТАСС-у", "РБК-Україні" keep their names), and the nouns for a broadcast that a Ukrainian or
 * Russian frame puts in the genitive or dative ("в ефірі телемарафону", "в эфире телемарафона") take
 * the nominative ("телемарафон").
 */
export function viaBaseForm(text: string): string {
  const t = text.trim()
  const acronym = /^(\p{Lu}{2,})-(?:у|а|ом|і|е|ові|ю)$/u.exec(t)
  if (acronym) return acronym[1]!
  const broadcast = /^(телемарафон|марафон|телеканал|радіомарафон)(?:у|а|і|е|ом)$/iu.exec(t)
  if (broadcast) return broadcast[1]!
  return t
}

/**
 * The canonical name of the lexicon's entity when one spans the whole string (quotes and a leading
 * article aside: "ТАСС" → TASS, "the Telegram" → Telegram), else null ("a Reuters photographer").
 */
export function wholeEntityName(text: string): string | null {
  const bare = text.replace(/^[\s«"“„']+|[\s»"”']+$/gu, '').replace(/^the\s+/iu, '')
  if (!bare) return null
  const whole = entityMatcher().match(bare, tokenize(bare)).find((e) => e.span[0] === 0 && e.span[1] === bare.length)
  return whole ? whole.data.name : null
}

function sideFromWords(text: string): SpeakerSide | null {
  if (RU_WORDS.test(text)) return 'RU'
  // "белгородские власти", "the Sumy regional administration": a region's authorities (speaker-side.ts).
  const region = regionOfficeSide(text)
  if (region) return region
  if (UA_WORDS.test(text)) return 'UA'
  if (INDEPENDENT.test(text)) return 'independent'
  return null
}

/** A person's name in the phrase: two or three capitalised words that are not titles or organisations. */
function personName(phrase: string): string | null {
  CAPITALISED_RUN.lastIndex = 0
  for (let m = CAPITALISED_RUN.exec(phrase); m !== null; m = CAPITALISED_RUN.exec(phrase)) {
    const all = m[1]!.split(/\s+/)
    if (all.some((w) => ORG_WORDS.test(w))) continue
    // "spokesman for Ukraine's Eastern group of forces", "the Southern Defence Forces": a possessive, or
    // capitals that go on into an organisation's common noun, name the organisation, not a person.
    if (all.some((w) => /['’]s$/u.test(w)) || ORG_NOUN_AFTER.test(phrase.slice(m.index + m[0].length))) continue
    // "Призначений Росією очільник … Євген Балицький": a capitalised participle opening the phrase is no name.
    if (PARTICIPLE.test(all[0]!)) continue
    let parts = all.filter((w) => !TITLE_PREFIX.has(w.toLowerCase()))
    // "глава администрации Херсона Роман Мрочко": three Cyrillic words are a name with a patronymic,
    // else the first is the place of the office, in the genitive.
    if (parts.length === 3 && /^\p{Script=Cyrillic}/u.test(parts[1]!) && !PATRONYMIC.test(parts[1]!)) parts = parts.slice(1)
    if (parts.length < 2 || parts.length > 3) continue
    return parts.join(' ')
  }
  return null
}

/** The first person's title word of a speaker phrase, in lower case ("a Ukrainian army spokesman" → spokesman), or null. */
export function personTitleIn(phrase: string): string | null {
  for (const word of phrase.toLowerCase().split(/[\s,]+/)) {
    if (/^spokes/u.test(word) || PERSON_TITLE.test(word)) return word
  }
  return null
}

/** Whether a speaker phrase or name holds a person's name (two or three capitalised words that are not titles or organisations). */
export function namesPerson(phrase: string): boolean {
  return personName(phrase) !== null
}

/**
 * "a Ukrainian battalion commander", "the head of the city military administration", "речник
 * бригади": a person known by office (a later "he" means them), by the title before any "of"/"for".
 */
function titlesPerson(phrase: string): boolean {
  for (const word of phrase.toLowerCase().split(/[\s,]+/)) {
    if (/^(?:of|for|at|in|from|with|з|із|від|при|у|в|of|для|от|из|с)$/u.test(word)) return false
    if (PERSON_TITLE.test(word) || /^spokes/u.test(word) || PERSON_ROLE.test(word)) return true
  }
  return false
}

/** Ranks and roles of people ("a 41-year-old sergeant", "a drone operator", "боєць", "оператор БПЛА"). */
const PERSON_ROLE = /^(?:soldiers?|sergeants?|officers?|operators?|pilots?|medics?|fighters?|servicem[ae]n|servicewom[ae]n|gunners?|lieutenants?|captains?|majors?|colonels?|marines?|paratroopers?|snipers?|scouts?|volunteers?|residents?|veterans?|corporals?|privates?|troopers?|infantrym[ae]n|солдат\p{L}*|сержант\p{L}*|офіцер\p{L}*|офицер\p{L}*|оператор\p{L}*|пілот\p{L}*|пилот\p{L}*|медик\p{L}*|бо[єе]ць|бійц\p{L}*|бойц\p{L}*|військовослужбов\p{L}*|военнослужащ\p{L}*|лейтенант\p{L}*|капітан\p{L}*|капитан\p{L}*|майор\p{L}*|полковник\p{L}*|розвідник\p{L}*|разведчик\p{L}*|снайпер\p{L}*|навідник\p{L}*|наводчик\p{L}*|штурмовик\p{L}*|мешкан\p{L}*|жител\p{L}*|волонтер\p{L}*|источник\p{L}*|джерел\p{L}*|sources?)$/u

/**
 * The entity's words as the text writes them ("Ukraine's General Staff", "the Russian MoD" without its
 * article), for an organisation named in Latin script. Annotators list a speaker's names as each text
 * writes them, and one text's own words match its gold where a canonical expansion ("General Staff of the
 * Armed Forces of Ukraine") matches only the files that chose it. A Ukrainian or Russian mention may
 * stand in any case ("Генштабу", "пресс-службе"), which no list of names holds, so those keep the
 * canonical name.
 */
function writtenName(words: string): { mention?: string } {
  if (/\p{Script=Cyrillic}/u.test(words)) return {}
  const mention = stripArticle(words.trim())
  return mention ? { mention } : {}
}

function stripArticle(text: string): string {
  return text.replace(/^(?:the|a|an)\s+/i, '').replace(/['’]s$/, '')
}

function based(basedOn: string | null): { basedOn?: string } {
  return basedOn ? { basedOn } : {}
}


/**
 * The via a back-reference to a speaker carries ("X wrote on Telegram … He added …", "told TASS … По его
 * словам, …", "said on the national telethon … За його словами, …"): every claim of that statement has
 * it (judgement calls 16 and 22). The platform of the speaker's own post is carried whoever spoke in
 * between; an outlet, agency or broadcast they spoke to only while no other speaker has been quoted
 * since (call 22: another voice ends that statement, and a later "he said" may be another occasion).
 */
function carriedVia(context: SpeakerContext, back: ResolvedSpeaker): string | null {
  const via = back.speaker.via
  if (!via) return null
  // Judgement call 27: naming the speaker again in a new paragraph continues the statement (the
  // reporter breaks one interview into paragraphs, and may quote another voice in between) unless the
  // frame gives it an occasion of its own. An official's own channel is carried no further (convention
  // 60): once another voice has spoken, the reader no longer knows where the returning speaker spoke.
  return context.continuesStatement(back) || (context.resumedInNewParagraph(back) && !context.isNewOccasion()) ? via : null
}

/** A speaker referred back to, with the via its phrase names, else the one its statement carries. */
function backReference(context: SpeakerContext, back: ResolvedSpeaker, via: string | null, basedOn: string | null): ResolvedSpeaker {
  // Read before refresh() makes them the latest speaker met.
  const carried = via ?? carriedVia(context, back)
  // Remembered with the via this reference gives it: "Speaking to AP, he said … ¶ Voloshyn warned …"
  // continues the statement told to AP (calls 22, 27), which the speaker as first met did not have.
  return remember(context, withVia(back, carried, basedOn))
}

function withVia(resolved: ResolvedSpeaker, via: string | null, basedOn: string | null): ResolvedSpeaker {
  return { ...resolved, speaker: { ...resolved.speaker, via: via ?? null, ...based(basedOn) } }
}

/**
 * A speaker referred back to ("the commander", "he", "Лисака") is again the one last spoken of: a
 * later "he said" means them, not someone named in between.
 */
function refresh(context: SpeakerContext, resolved: ResolvedSpeaker): ResolvedSpeaker {
  context.remember(resolved)
  return resolved
}

function remember(context: SpeakerContext, resolved: ResolvedSpeaker): ResolvedSpeaker {
  context.remember(resolved)
  return resolved
}
