import type { Lang, Side } from '../../domain/index.js'

// Whose side a speaker is on when their own name says nothing of it: a soldier known by rank, role or
// call sign ("Maj. Yurii Povkh, a spokesman for the brigade fighting there", "боец с позывным «Лис»"),
// a resident named by first name and age ("Olha, 54"), a local office ("the regional prosecutor's
// office"), or anyone who speaks of "we" and "our" (an interviewee's labelled turns). Reporters quote
// the people of the side they report from: a Ukrainian or Russian outlet its own side's (convention 24
// gives the outlet that side), a foreign correspondent the side of the ground the story is filed from
// (the dateline), else the side the story's own words take ("the occupiers", "the Russians" as the
// others). A person named with a side ("a Russian prisoner") keeps it: these rules only fill an
// unknown side.

/** A person named by their office in a unit or a state body ("a spokesman for the brigade holding the sector", "заступник командира батальйону"). */
export const SERVES_SIDE = /\b(?:brigade|battalion|regiment|corps|division|tactical group|task force|group of forces|border guard\p{L}*|military administration|national guard|armed forces|general staff|company|platoon|unit)\b|бригад\p{L}*|батальйон\p{L}*|батальон\p{L}*|полк\p{L}*|корпус\p{L}*|дивізі\p{L}*|дивизи\p{L}*|угрупован\p{L}*|группировк\p{L}*|військов\p{L}* адміністрац\p{L}*|прикордон\p{L}*|погранич\p{L}*|нацгвард\p{L}*|національн\p{L}* гвард\p{L}*|роти|взвод\p{L}*/iu

/** People named by a rank or a role in a force ("a soldier", "a drone pilot", "Maj.", "боєць", "командир роти"). */
export const SERVICE_ROLE = /\b(?:soldiers?|servicem[ae]n|servicemembers?|officers?|commanders?|sergeants?|lieutenants?|captains?|majors?|colonels?|marines?|paratroopers?|pilots?|operators?|gunners?|medics?|fighters?|infantrym[ae]n|snipers?|scouts?|troops|crew|(?:Maj|Col|Capt|Lt|Sgt|Cpl|Pvt|Gen|Lt\.?\s?Col|Brig)\.)(?![\p{L}])|бо[єе]ць|бійц\p{L}*|бойц\p{L}*|військовослужбов\p{L}*|военнослужащ\p{L}*|командир\p{L}*|командувач\p{L}*|командующ\p{L}*|(?<![\p{L}])(?:військов(?:ий|ого|ому|і)|военн(?:ый|ого|ому|ые))(?=\s*$|\s+(?:з|із|с|в|у|ЗСУ|ВСУ|армі\p{L}*|арми\p{L}*)(?![\p{L}]))|офіцер\p{L}*|офицер\p{L}*|штурмовик\p{L}*|оператор\p{L}*|навідник\p{L}*|наводчик\p{L}*|пілот\p{L}*|пилот\p{L}*|розвідник\p{L}*|разведчик\p{L}*|медик\p{L}*|сержант\p{L}*|лейтенант\p{L}*|капітан\p{L}*|капитан\p{L}*|майор\p{L}*|полковник\p{L}*|позивн\p{L}*|позывн\p{L}*|\bcall\s*sign\b/iu

/**
 * Residents and people of the place the story is told from, named by what they are ("a resident", "a
 * pensioner", "мешканка", "жительница") or by a first name and their age ("Olha, 54", "Галина, 61").
 */
const RESIDENT = /\b(?:residents?|locals?|local (?:man|woman|people)|villagers?|townspeople|pensioners?|shopkeepers?|vendors?|sellers?|teachers?|nurses?|doctors?|surgeons?|rescuers?|firefighters?|volunteers?|farmers?|mothers?|fathers?|grandmothers?|neighbou?rs?|evacuees?|owners?|drivers?|priests?|workers?)\b|мешкан\p{L}*|жител\p{L}*|житель\p{L}*|пенсіонер\p{L}*|пенсионер\p{L}*|волонтер\p{L}*|волонтёр\p{L}*|рятувальник\p{L}*|спасател\p{L}*|лікар\p{L}*|врач\p{L}*|вчител\p{L}*|учител\p{L}*|продав\p{L}*|сусід\p{L}*|сосед\p{L}*|^\p{Lu}\p{Ll}+,\s+\d{2}(?!\d)/iu

/**
 * People a story names only by a first name or a nickname they give ("a sapper who gave his name as
 * Bober", "who goes by Lis", "identified only as Taras", "попросив назвати його лише на ім'я"): soldiers
 * and residents in a war zone who keep their identity back.
 */
const NAMED_ONLY_AS = /\b(?:gave (?:his|her|their) (?:first )?name (?:only )?as|(?:goes|went) by|identified (?:only )?(?:as|by)|asked to be (?:identified|named) (?:only )?(?:as|by))\b|на ім['’ʼ]я|лише ім['’ʼ]ям|только по имени|представил\p{L}* как/iu

/** The outlet's own staff ("корреспондент телеканала", "наш кореспондент", "the paper's correspondent"). */
const OWN_STAFF = /\b(?:correspondents?|reporters?)\b|кореспондент\p{L}*|корреспондент\p{L}*/iu

/** A state's forces or ministry named without the state ("the Air Force", "the General Staff", "the army", "Генштаб"): the host state's. */
const STATE_FORCE = /\b(?:air force|general staff|army|navy|military|border guards?|border service|national guard|defen[cs]e ministry|ministry of defen[cs]e|air defen[cs]e)\b|повітрян\p{L}* сил\p{L}*|генштаб\p{L}*|генеральн\p{L}* штаб\p{L}*|воздушн\p{L}* сил\p{L}*|прикордонн\p{L}*|погранич\p{L}*/iu

/**
 * The sources of the Russian agencies' English feeds named by a bare word ("- MO", "- Headquarters", "-
 * militia", "the republic reported", "- operational command"): the ministry, the territorial defence
 * headquarters, the militia or the republic of the side the feed reports for (conventions 52, 96).
 */
const FEED_SOURCE = /^(?:the\s+)?(?:MO|HQ|[Mm]ilitias?|[Hh]eadquarters|[Oo]perational [Cc]ommand|[Rr]epublic|[Pp]eople['’]s [Mm]ilitia|[Tt]erritorial [Dd]efen[cs]e(?: [Hh]eadquarters)?)$/u

/** Offices of a place ("the regional prosecutor's office", "city officials", "the oblast administration", "міська рада"). */
const LOCAL_OFFICE = /\b(?:officials?|authorities|(?:regional|oblast|city|district|village|town) (?:council|administration|office)|prosecutor['’]?s?|administration|police|(?:state )?emergency services?|rescue services?|mayor|CAA|CMA|spokes(?:man|woman|person) for the (?:city|town|region|oblast))\b|прокуратур\p{L}*|адміністрац\p{L}*|администрац\p{L}*|поліці\p{L}*|полици\p{L}*|ДСНС|МЧС|(?:обласн|міськ|районн|сільськ|селищн|областн|городск|сельск)\p{L}* (?:рад|совет)\p{L}*|(?<![\p{L}])(?:влад\p{L}*|власт\p{L}*|мер(?:а|у|ові|ом)?|мэр(?:а|у|ом|е)?)(?![\p{L}])/iu

/**
 * The media named by no name ("– ЗМІ", "пишут СМИ", "local media", "місцеві медіа", "– соцмережі", "місцеві
 * Telegram-канали", "паблики": a side word before them gives their own side first) and the emergency
 * services ("екстрені служби", "экстренные службы"): the quoting outlet's side (conventions 52, 79).
 */
const UNNAMED_MEDIA = /^(?:(?:місцев|местн|local|регіональн|региональн|українськ|украинск)\p{L}*\s+)?(?:ЗМІ|СМИ|медіа|медиа|media|соцмереж\p{L}*|соцсет\p{L}*|социальн\p{L}* сет\p{L}*|соціальн\p{L}* мереж\p{L}*|social media|social networks|(?:Telegram|телеграм)-?\s?канал\p{L}*|паблік\p{L}*|паблик\p{L}*)$|^(?:екстрен|экстренн|emergency)\p{L}*\s+(?:служб\p{L}*|services?)$/iu

/**
 * An underground or partisans the report names without a side ("Подполье сообщило об ударе", "–
 * партизани", "підпілля повідомляє"): a side's people behind the other's lines, whose reports only
 * that side's outlets carry (RIA's "николаевское подполье" is Russia's, ATESH in a Ukrainian outlet
 * Ukraine's). The host side.
 */
const UNDERGROUND = /^(?:\p{L}+\s+)?(?:подполь\p{L}*|підпіл\p{L}*|партизан\p{L}*)$/iu

/** First person: "our positions", "we pushed them back", "my pilots", "I expect", "наші позиції", "наши бойцы", "мої хлопці". */
const FIRST_PERSON_EN = /\b(?:[Oo]urs?|[Ww]e|us|[Mm]y)\b|(?<![\p{L}.])I(?:['’](?:m|ve|d|ll))?(?![\p{L}.])/u
const FIRST_PERSON_CY = /(?<![\p{L}])(?:наш\p{L}*|ми|мы|нас|нам|мо[їяєю]\p{L}*|мо[йеи]х?|моим|моими|мене|меня|я)(?![\p{L}])/iu

/**
 * The words the story's own voice uses for the other side, counted over the whole text when neither
 * the outlet nor the dateline tells where it is filed from: "the occupiers", "the invaders" (Ukraine's
 * words), "the Kyiv regime", "neo-Nazis" (Russia's); and, in English, the side spoken of as "the
 * Russians" or "the Ukrainians" (a reporter on one side calls the other by its people).
 */
const OTHERS_ARE_RU = /\b(?:[Tt]he Russians|occupiers|invaders|orcs|rashists)\b/gu
const OTHERS_ARE_UA = /\b(?:[Tt]he Ukrainians|Kyiv regime|Kiev regime|neo-?Nazis?)\b/gu

/** The side the story is told from, for the people it quotes whose side nothing else tells. */
export function hostSide(text: string, lang: Lang, outletSide: string, datelineSide: Side | null): Side | null {
  if (outletSide === 'RU' || outletSide === 'UA') return outletSide
  if (datelineSide) return datelineSide
  if (lang !== 'en') return null
  const ru = count(OTHERS_ARE_RU, text)
  const ua = count(OTHERS_ARE_UA, text)
  if (ru > ua) return 'UA'
  if (ua > ru) return 'RU'
  return null
}

function count(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0
  let n = 0
  while (pattern.exec(text) !== null) n++
  return n
}

/** What is known of a speaker whose side is still unknown. */
export interface UnsidedSpeaker {
  /** The speaker phrase as written ("Maj. Yurii Povkh", "the officer, who gave his call sign as Shershen"). */
  readonly phrase: string
  /** The apposition after it in the sentence (", a spokesman for the brigade fighting there"), or ''. */
  readonly apposition: string
  /** The sentence's words outside the attribution frame: what the speaker says. */
  readonly words: string
  readonly lang: Lang
}

/**
 * The host side for a speaker who serves in a force, lives where the story is told, holds a local
 * office or speaks in the first person; null for anyone else (an analyst, a named official of unknown
 * country), and when the host is unknown.
 */
export function hostedSpeakerSide(speaker: UnsidedSpeaker, host: Side | null): Side | null {
  if (!host) return null
  const described = `${speaker.phrase} ${speaker.apposition}`
  if (SERVES_SIDE.test(described) || SERVICE_ROLE.test(described) || RESIDENT.test(speaker.phrase.trim()) || RESIDENT.test(speaker.apposition) || NAMED_ONLY_AS.test(described) || OWN_STAFF.test(speaker.phrase) || STATE_FORCE.test(speaker.phrase) || LOCAL_OFFICE.test(described) || UNNAMED_MEDIA.test(speaker.phrase.trim()) || UNDERGROUND.test(speaker.phrase.trim()) || FEED_SOURCE.test(speaker.phrase.trim())) return host
  if ((speaker.lang === 'en' ? FIRST_PERSON_EN : FIRST_PERSON_CY).test(speaker.words)) return host
  return null
}

/** ", a spokesman for the brigade fighting there" after the speaker's name in the sentence, else ''. */
export function appositionAfter(sentence: string, phrase: string): string {
  const at = sentence.lastIndexOf(phrase)
  if (at < 0) return ''
  const m = APPOSITION.exec(sentence.slice(at + phrase.length, at + phrase.length + 160))
  return m ? m[1]! : ''
}

const APPOSITION = /^\s*,\s*((?:a|an|the|who|whose|his|her|один|одна|який|яка|которы\p{L}*|котор\p{L}*|\d{2})(?![\p{L}])[^;.!?"“”«»]{1,140})/iu

// The authorities of a region named by the region (class: "Belgorod authorities", "the Bryansk regional
// government", "белгородские власти", "правительство Курской области", "Харківська ОВА", "власти
// Сумской области"): they speak for the state the region belongs to. Only regions whose offices no
// occupation administration shares: Russia's border regions and Ukraine's regions under Kyiv's rule
// (Zaporizhzhia, Kherson, Donetsk and Luhansk have both a Ukrainian and an occupation administration).
const REGION_OFFICE = String.raw`(?:authorit(?:y|ies)|government|governor|officials?|administration|власт\p{L}*|влад\p{L}*|правительств\p{L}*|уряд\p{L}*|администрац\p{L}*|адміністрац\p{L}*|губернатор\p{L}*|чиновник\p{L}*|посадовц\p{L}*)`
const RU_REGION = String.raw`(?:Belgorod|Kursk|Bryansk|Voronezh|Rostov|Krasnodar|Oryol|Lipetsk|Tambov|Tula|Kaluga|Smolensk|Moscow|Белгород\p{L}*|Бєлгород\p{L}*|Курск\p{L}*|Курськ\p{L}*|Брянск\p{L}*|Брянськ\p{L}*|Воронеж\p{L}*|Ростов\p{L}*|Краснодар\p{L}*|Орловск\p{L}*|Липецк\p{L}*|Тамбов\p{L}*|Тульск\p{L}*|Калужск\p{L}*|Смоленск\p{L}*|Московск\p{L}*|Москв\p{L}*)`
const UA_REGION = String.raw`(?:Kharkiv|Sumy|Dnipropetrovsk|Dnipro|Odesa|Mykolaiv|Chernihiv|Poltava|Kyiv|Харків\p{L}*|Харьков\p{L}*|Сумськ\p{L}*|Сумск\p{L}*|Сум(?:и|ы)|Дніпропетровськ\p{L}*|Днепропетровск\p{L}*|Одес\p{L}*|Миколаїв\p{L}*|Николаев\p{L}*|Чернігів\p{L}*|Чернигов\p{L}*|Полтав\p{L}*|Київ\p{L}*|Киев\p{L}*)`
const GAP = String.raw`(?:\s+(?:region(?:al)?|oblast|province|city|області|области|облрад\p{L}*|регіон\p{L}*|регион\p{L}*))?\s+`
const RU_REGION_OFFICE = new RegExp(String.raw`(?<![\p{L}])(?:${RU_REGION}${GAP}${REGION_OFFICE}|${REGION_OFFICE}\s+(?:of\s+(?:the\s+)?)?${RU_REGION})(?![\p{L}])`, 'iu')
const UA_REGION_OFFICE = new RegExp(String.raw`(?<![\p{L}])(?:${UA_REGION}${GAP}${REGION_OFFICE}|${REGION_OFFICE}\s+(?:of\s+(?:the\s+)?)?${UA_REGION})(?![\p{L}])`, 'iu')

/** The side of a region's authorities named by the region ("белгородские власти": RU), else null. */
export function regionOfficeSide(phrase: string): Side | null {
  if (RU_REGION_OFFICE.test(phrase)) return 'RU'
  if (UA_REGION_OFFICE.test(phrase)) return 'UA'
  return null
}

// A Russian-language newsroom the registry does not know (convention 24 gives an outlet its
// newsroom's side): an exile or independent outlet counts, checks and maps Russia's own reports in its
// own voice ("подсчитало «Агентство» по сообщениям губернатора", "по подсчётам издания", "ASTRA
// геолоцировала видео", "по картам DeepState") or puts the Russian side's words in scare quotes
// («освобождении»); a newsroom inside Russia (a governor's channel, a Moscow tabloid) tells of its
// own regions' night ("над Воронежем", "на Брянскую область") with none of that distance.
const OWN_TALLY = /(?<![\p{L}])(?:подсчитал\p{L}*|(?:по|из) подсч[её]т\p{L}*|геолоцир\p{L}*|верифицир\p{L}*|по оценке издания|по данным издания|по картам DeepState)(?![\p{L}])|«освобожд\p{L}*»/iu
const RU_REGION_NAMED = new RegExp(String.raw`(?<![\p{L}])${RU_REGION}(?![\p{L}])`, 'iu')
const UA_REGION_NAMED = new RegExp(String.raw`(?<![\p{L}])${UA_REGION}(?![\p{L}])`, 'iu')

/**
 * The side of an unknown Russian-language outlet from its own text, when no word of either side's
 * voice tells it: 'independent' for a newsroom that tallies or verifies in its own voice, 'RU' for one
 * that tells of Russia's regions and of no Ukrainian one, else null.
 */
export function russianOutletSide(text: string): Side | 'independent' | null {
  if (OWN_TALLY.test(text)) return 'independent'
  if (RU_REGION_NAMED.test(text) && !UA_REGION_NAMED.test(text)) return 'RU'
  return null
}

// A speaker whose title names a state body of one side, wherever the report gives the title: in a
// witness list ("Olena Kovtun, Member of the Verkhovna Rada"), in an apposition at the first mention,
// or as the head of an office just named ("the town's military administration …, its head, Name").
// A military administration is Ukraine's wartime office; a Duma, the Kremlin or Federation Council
// Russia's; a region's authorities their region's state (regionOfficeSide).
const UA_STATE_BODY = /\b(?:military administration|Verkhovna Rada|Ukrain(?:e['’]s|ian) (?:parliament|government|MPs?|lawmakers?|officials?|ministry|presidential office))\b|військов\p{L}* адміністрац\p{L}*|Верховн\p{L}* Рад\p{L}*|народн\p{L}* депутат\p{L}*|нардеп\p{L}*|(?<![\p{L}])[ОМ]ВА(?![\p{L}])|Верховн\p{L}* Рад\p{L}* Украин\p{L}*/u
const RU_STATE_BODY = /\b(?:State Duma|Federation Council|Kremlin|Russia['’]s (?:parliament|government)|Russian (?:parliament|government|MPs?|lawmakers?|officials?|ministry))\b|Госдум\p{L}*|Государственн\p{L}* Дум\p{L}*|Совет\p{L}* Федерации|Кремл\p{L}*|Державн\p{L}* Дум\p{L}*/u
const HEAD_OF = /(?:\b(?:its|the|whose) (?:head|chief|director|spokes(?:man|woman|person)|governor|mayor)|(?<![\p{L}])(?:її|його|ее|его) (?:голова|керівник|начальник|глава|руководитель))\s*,?\s*$/iu

const TITLE_AFTER = /^\s*,\s*([^;.!?\n"“”«»]{2,140})/u

/** The side a speaker's title gives them, looked up at the speaker's first mention in the text; else null. */
export function titledSpeakerSide(text: string, name: string): Side | null {
  if (name.length < 4) return null
  const at = text.indexOf(name)
  if (at < 0) return null
  const sentenceStart = Math.max(text.lastIndexOf('.', at), text.lastIndexOf('\n', at), at - 300)
  const before = text.slice(sentenceStart + 1, at)
  let title = TITLE_AFTER.exec(text.slice(at + name.length, at + name.length + 160))?.[1] ?? ''
  if (HEAD_OF.test(before)) title += ' ' + before
  if (!title) return null
  const ua = UA_STATE_BODY.test(title)
  const ru = RU_STATE_BODY.test(title)
  if (ua !== ru) return ua ? 'UA' : 'RU'
  return regionOfficeSide(title)
}

/** The report's own publication named as a speaker: "издания", "редакции", "видання", "the paper", "the newspaper". */
const OWN_PUBLICATION = /^(?:издани[еяю]|редакци[ияю]|видання|редакці[їяю]|(?:the )?(?:paper|newspaper|publication|outlet|magazine)(?:['’]s)?)$/iu

export function isOwnPublication(name: string): boolean {
  return OWN_PUBLICATION.test(name.trim())
}
