import { frame, type AttributionFrame, type SentenceText } from './attribution-frame.js'
import { isOutletName } from './resolve-speaker.js'
import { plausibleSpeaker } from './trailing-speech.js'

// Class: an agency headline names its source after a dash or a colon at its end, with no verb of
// saying: "Six soldiers killed in shelling near Avdiivka - Ukrainian military", "Militiaman wounded in
// attack on Horlivka - DPR command", "Rebels shell Mariupol suburb: city council", "Three dead in
// strike on market -Reuters witness", "… in a day - Basurin". Wire services (AFP's ": officials",
// Reuters' " - military source"), the Russian agencies' English feeds (" - RF Ministry of Defense",
// " - DPR Operational Command") and Interfax-Ukraine (" - JFO HQ") all write it. The tail is the
// speaker of the sentence; its words are no claim content.
// The tail must read as a source: a name (capitalised words, an acronym: "Basurin", "JFO HQ",
// "Kiev") or a phrase ending in a word for a source ("city officials", "regional police", "health
// ministry"), with no verb, number, time word or preposition but of/for ("events around Ukraine",
// "there are dead", "latest", "5 tanks" are not sources), after a headline of four words or more.

/** The separators that set off a source tail: a spaced dash, a dash with space on one side, a colon. */
const TAIL = /(?:\s[-–—]\s?|(?<=\p{Ll})[-–—]\s|\s-(?=\p{Lu})|:\s)\s*((?:[\p{L}][\p{L}'’.&-]*\s?){1,6})\s*$/u
/** A word that names a source when it ends the tail. */
const SOURCE_HEAD = /(?:^|\s)(?:ministry|military|militia|militias|army|forces|officials?|authorit(?:y|ies)|administration|office|council|hall|government|govt|command|commander|HQ|headquarters|staff|cent(?:er|re)|service|spokes(?:man|woman|person)|force|spokesperson|rep|representative|agency|media|TV|radio|source|sources|police|prosecutors?|mayor|governor|president|premier|minister|chief|head|adviser|advisor|ombudsman|mission|monitors|observers|witness(?:es)?|eyewitnesses|residents|activists|doctors?|medics|hospital|intelligence|rebels|separatists|insurgents|militants|report|reports|statement|summary|update|briefing|team|group|brigade|battalion|unit|guards?|troops)$/iu
/**
 * A source named by its office of a body ("- the head of the district CAA", "- the headquarters of the
 * defense", "- chief of the regional police"), where the body's name ends the tail.
 */
const SOURCE_LEAD = /^(?:the\s+)?(?:head|chief|headquarters|HQ|press service|spokes(?:man|woman|person)|commander|representative|mayor|governor|minister)\s+of\s+\S/iu
/** Words no source tail holds: prepositions other than of/for/in, time words, clause words. */
const NOT_SOURCE = /(?:^|\s)(?:around|about|after|before|near|at|on|to|from|with|into|over|under|against|amid|despite|as|by|latest|live|update[sd]?|analysis|explainer|opinion|video|photos?|day|night|today|yesterday|week|month|year|morning|evening|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|what|how|why|who|where|when|there|here|it|this|these|those|dead|killed|wounded|injured)(?=\s|$)/iu

/** The source a headline names in its last words, as a frame over the separator and the tail, or none. */
export function findSourceTail(sentence: SentenceText, hasTriggerIn: (start: number, end: number) => boolean): AttributionFrame[] {
  const s = sentence.text
  // A headline has no full stop: a sentence that ends in one is body text, where a dash sets off an
  // apposition or a list ("… from two villages – Robotyne and Verbove.").
  if (sentence.lang !== 'en' || !hasSeparator(s) || /[.!?…]["”»]?\s*$/u.test(s)) return []
  // The last 80 characters are enough for a tail of six words.
  const from = Math.max(0, s.length - 80)
  const m = TAIL.exec(s.slice(from))
  if (!m) return []
  const start = from + m.index
  const tail = m[1]!.trim()
  const before = s.slice(0, start)
  if (before.trim().split(/\s+/).length < 3 || /[.!?]["”»]?$/.test(before.trim())) return []
  // The source of a report: the words before it tell an event ("Ukraine war latest: Zelensky" does not).
  if (!isSourceTail(tail) || !hasTriggerIn(sentence.offset, sentence.offset + start)) return []
  return [frame('trailing', sentence, start, s.length, tail, 'neutral')]
}

/** Cheap test: an English sentence with a dash or a colon, which a source tail needs. */
export function mayEndInSourceTail(sentence: SentenceText): boolean {
  return sentence.lang === 'en' && hasSeparator(sentence.text)
}

function hasSeparator(s: string): boolean {
  return s.includes('-') || s.includes('—') || s.includes('–') || s.includes(': ')
}

/** A phrase that names who a headline comes from. */
export function isSourceTail(tail: string): boolean {
  if (NOT_SOURCE.test(tail) || !plausibleSpeaker(tail)) return false
  if (SOURCE_HEAD.test(tail) || SOURCE_LEAD.test(tail)) return true
  // A name: every word capitalised or an acronym, bar of/for/the/and ("Basurin", "JFO HQ", "People's
  // Militia", "Head of the DPR"); not a list of names ("Robotyne and Verbove").
  return /^\p{Lu}/u.test(tail) && tail.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || /^(?:of|for|the)$/u.test(w))
}

/**
 * Whether a headline's dash suffix (" - Basurin", as page furniture cuts it) is its source rather
 * than the site's name (" - Kyiv Post", the report's own outlet): a source tail that no outlet is called.
 */
export function namesHeadlineSource(suffix: string, outlet: string | null): boolean {
  const tail = suffix.replace(/^[\s|–—-]+/u, '').trim()
  if (!isSourceTail(tail) || isOutletName(tail)) return false
  const own = outlet?.trim().toLowerCase() ?? ''
  return own === '' || !(own.includes(tail.toLowerCase()) || tail.toLowerCase().includes(own))
}

// Class (79's mirror): a Ukrainian or Russian item that opens with its source and a colon, "Генштаб
// ЗСУ: …", "Минобороны России: …", "Сили оборони півдня: …", "Зеленський: …": the source speaks the
// item. Only at the very start of the item, and only a phrase that reads as an organisation (a word
// for a staff, ministry, forces, command, administration or service) or a person the registry knows
// with a side; "Увага:", "Оновлено:", "ВІДЕО:" and a place ("Херсон:", "Київ:") are no source.
const PREFIX = /^\s*(\p{Lu}[\p{L}'’ʼ.-]*(?:\s+[\p{L}'’ʼ.«»"„“”-]+){0,7})\s*:\s+(?=\S)/u
/** "про", "о", "об", "щодо" after a source's name: what follows is the topic. */
const ABOUT = /\s+(?:про|о|об|щодо|насчёт|насчет)\s+/u
/** A first name and a surname, or three names ("Ігор Федоров", "Віталій Кім"). */
const ABOUT_FULL_NAME = /^\p{Lu}\p{Ll}[\p{L}'’ʼ-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’ʼ-]*){1,2}$/u
/** A surname alone, by its ending ("Федоров", "Гайдай", "Лисак", "Кличко", "Зеленський", "Сенкевич"). */
const ABOUT_SURNAME = /^\p{Lu}\p{Ll}+(?:енко|ук|юк|ський|цький|зький|ська|цька|ов|ев|єв|ёв|ова|ева|ін|ин|іна|ина|ич|ко|ак|як|ай|ей)$/u
/** A word that makes a phrase an organisation's name. */
const ORG_WORD = /(?<![\p{L}])(?:подполь\p{L}*|підпіл\p{L}*|партизан\p{L}*|генштаб\p{L}*|генеральн\p{L}* штаб\p{L}*|штаб\p{L}*|міноборон\p{L}*|минобороны|міністерств\p{L}*|министерств\p{L}*|сил[иаі]?|силы|ВМС|ВПС|ЗСУ|ВСУ|СБУ|ГУР|ГУР МО|ФСБ|ДСНС|МЧС|МВС|МВД|командуванн\p{L}*|командовани\p{L}*|управлінн\p{L}*|управлени\p{L}*|адміністраці\p{L}*|администраци\p{L}*|ОВА|ОДА|МВА|КМВА|поліці\p{L}*|полици\p{L}*|прокуратур\p{L}*|служб\p{L}*|угрупован\p{L}*|группировк\p{L}*|бригад\p{L}*|мері\p{L}*|мэри\p{L}*|губернатор\p{L}*|корпус\p{L}*|військ\p{L}*|войск\p{L}*|мін(?:інфраструктур|енерго|економ|цифр|регіон|юст|охорони здоров|агрополітик|фін|соцполітик|закордонсправ)\p{L}*|мин(?:энерго|фин|юст|транс|здрав|экономразвития|цифры|обороны)\p{L}*|МЗС|МИД|МОЗ|МВС|Укренерго|Укрэнерго|Укрзалізниц\p{L}*|Укрзализныц\p{L}*|Нафтогаз\p{L}*|ДТЕК|ДТЭК|ЦПД|Енергоатом\p{L}*|Энергоатом\p{L}*|ЗАЕС|ЗАЭС|МАГАТЕ|МАГАТЭ)(?![\p{L}])/iu
/** An office opening a person's phrase ("мер Житомира …", "голова ОВА …", "речник …", "губернатор …"). */
const OFFICE_TITLE = /^(?:мер|мэр|міськ\p{L}* голова|голова|глава|речни\p{L}*|спікер\p{L}*|спикер\p{L}*|губернатор|начальник|командир|командувач|командующ\p{L}*|міністр|министр|заступник|замглав\p{L}*|радник|советник|очільник|керівник|руководитель|представник|представитель|пресс-секретарь|прессекретар\p{L}*)(?![\p{L}])/iu
/** A preposition opening the phrase ("На Одещині …", "У Криму …", "Під Харковом …"). */
const PREP_START = /^(?:на|у|в|во|з|із|зі|с|со|під|под|біля|около|поблизу|возле|після|после|через|для|до|від|от)(?![\p{L}])/iu
/** A lower-case past-tense verb ("атакували", "вдарила", "уничтожили", "загорілася"). */
const PAST_VERB = /(?<![\p{L}])\p{Ll}{2,}(?:али|яли|или|ули|іли|ала|яла|ила|ула|іла|ались|ялись|ились|алися|ялися|илися|ілися|алась|илась|алася|илася|ілася)(?![\p{L}])/u
/** A present-tense or reflexive verb ending on a word of the phrase ("оценивает", "оцінює", "вважають"). */
const PREFIX_VERB = /\p{Ll}(?:ає|ює|яє|ает|яет|ует|юет|ить|ать|ять|ують|ают|яют|ются|ється|ется|ится|лася|лося|лись|вся)(?![\p{L}])/u
/** Page labels and words of emphasis that open an item with a colon but name nobody. */
const NOT_PREFIX = /^(?:увага|внимание|важливо|важно|оновлено|обновлено|терміново|срочно|відео|видео|фото|онлайн|live|ексклюзив|эксклюзив|новини|новости|головне|главное|підсумки|итоги|хроніка|хроника)$/iu

/** The source an item names before its first colon, as a frame over the source and the colon, or none. */
export function findSourcePrefix(sentence: SentenceText, known: (phrase: string) => { type: 'person' | 'org'; side: string } | null, hasTriggerIn: (start: number, end: number) => boolean = () => false): AttributionFrame[] {
  if (sentence.lang === 'en' || sentence.offset > 2) return []
  const s = sentence.text
  const m = PREFIX.exec(s)
  if (!m) return []
  let phrase = m[1]!.trim()
  // "Херсонська ОВА про знищення складу: …", "Генштаб про «бавовну» в Криму: …": the source, then what
  // it spoke about; the topic is the item's own words.
  const about = ABOUT.exec(phrase)
  if (about && about.index > 0) phrase = phrase.slice(0, about.index)
  // "Атака дронів СБУ на НПЗ: …", "Удар по аеродрому: …": an event named before the colon is the
  // item's topic, not its source, whatever organisation it names.
  else if (hasTriggerIn(sentence.offset + m.index, sentence.offset + m.index + m[0].length)) return []
  if (NOT_PREFIX.test(phrase) || /\d/.test(phrase)) return []
  // A clause, not a name: "Минобороны России оценивает успехи иначе: по словам …" has a verb before the colon.
  if (PREFIX_VERB.test(phrase)) return []
  // Nor a setting and a past event ("На Одещині безпілотники РФ знову атакували нафтобазу: …"): a
  // source opens on no preposition and holds no past-tense verb.
  if (PREP_START.test(phrase) || PAST_VERB.test(phrase)) return []
  const who = known(phrase)
  const org = ORG_WORD.test(phrase)
  // "Мер Житомира Сергій Сухомлин: …": a person the registry does not know, titled by an office.
  // "Федоров про вибухи у Мелітополі: …", "Віталій Кім про удар по порту: …": a person's name (a first
  // name and a surname, or a surname by its ending) that a topic with "про/о/об" follows is a source the
  // registry need not know (round 23); "Історія про вибух: …" names nobody.
  const namedAbout = about !== null && about.index > 0 && (who?.type === 'person' || ABOUT_FULL_NAME.test(phrase) || ABOUT_SURNAME.test(phrase))
  if (!org && !namedAbout && !(who?.type === 'person' && (who.side !== 'unknown' || OFFICE_TITLE.test(phrase)))) return []
  // The frame covers the colon alone: the source's own words stay in the clause, where a military
  // source still names the side that struck ("СБУ: дрони висадили в повітря склади РФ").
  if (about && about.index > 0) {
    const start = m.index + m[0].indexOf(phrase)
    return [frame('leading', sentence, start, start + about.index + about[0].length, phrase, 'neutral')]
  }
  const colon = m.index + m[0].lastIndexOf(':')
  return [frame('leading', sentence, colon, colon + 1, phrase, 'neutral', { header: true })]
}
