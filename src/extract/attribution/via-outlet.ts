import { entityMatcher, tokenize } from '../lexicon/index.js'
// The outlet or channel a statement came through: "told TASS", "wrote on Telegram", "in an interview
// with the BBC", "сообщил ТАСС", "повідомив в ефірі телемарафону", "в своём Telegram-канале".

const OUTLETS = String.raw`TASS|RIA Novosti|RIA|Interfax|Izvestia|Kommersant|Vedomosti|RBC-Ukraine|RBC|Reuters|[Tt]he Associated Press|Associated Press|AP|AFP|[Tt]he BBC|BBC|CNN|CBS News|NBC News|ABC News|Bloomberg|Sky News|Fox News|Politico|Axios|[Tt]he (?:Financial Times|New York Times|Washington Post|Wall Street Journal|Guardian|Economist|Times|Telegraph|Kyiv Independent)|Financial Times|New York Times|Washington Post|Wall Street Journal|Der Spiegel|Bild|Le Monde|Ukrainska Pravda|Hromadske|Radio NV|Ukrinform|Suspilne|UNIAN|RBC-Ukraine|Radio Liberty|Radio Free Europe|(?:(?:Russian|Ukrainian|Belarusian)\s+)?(?:state|national|public)\s+(?:television|TV|broadcaster|telethon)|(?:the\s+)?(?:United News\s+)?telethon|(?:Russian|Ukrainian|Belarusian)\s+(?:television|TV)|Rossiya[- ]?(?:1|24)(?![\p{L}\d])|Channel One|Zvezda|ТАСС|РИА Новости|Интерфакс\p{L}*|Известиям|Известия|Звезд\p{L}*|Укрінформу|Укрінформ|Суспільному|Суспільне|УНІАН|РБК-Україна|Радіо Свобода|Радио Свобода|Коммерсант\p{L}*|РБК|Ведомост\p{L}*|Українській правді|Українська правда|Громадському|Радіо НВ|УП|Укрправд\p{L}*`
// The outlet a report comes from, named back by what it is ("в беседе с агентством", "told the agency",
// "в інтерв'ю виданню"): the document's own outlet (see outletNamedBack).
const OUTLET_BACK = String.raw`агентств(?:у|ом)|виданн(?:ю|ям)|издани(?:ю|ем)|телеканал(?:у|ом)`
/** Named back alone, not before the outlet's name ("телеканалу «Звезда»" names Zvezda). */
const OUTLET_BACK_ALONE = String.raw`(?:${OUTLET_BACK})(?![\p{L}])(?!\s*[«"„]|\s+\p{Lu})`
const PLATFORMS = String.raw`Telegram|X|Twitter|Facebook|YouTube|VK|VKontakte|Instagram|телеграм\p{L}*|Телеграм\p{L}*`

const EN_VIA = new RegExp(
  String.raw`^\s*(?:(?:(?:speaking|appearing|writing)\s+(?:on|to|in)\s+)?(?:to\s+)?(?:the\s+)?(${OUTLETS}|the\s+(?:news\s+)?agency(?!\s+\p{Lu})|the\s+newspaper(?!\s+\p{Lu})|the\s+broadcaster(?!\s+\p{Lu})|the\s+outlet(?!\s+\p{Lu}))(?![\p{L}])|(?:in\s+(?:a|an|its|his|her|their)\s+)?(?:statement|post|video(?:\s+address)?|address|interview|briefing|report|comments?)\s+(?:on|to|with)\s+(?:the\s+)?(${OUTLETS}|${PLATFORMS}|[\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*){0,2})|on\s+(?:his|her|its|their|the|a)?\s*(${PLATFORMS})(?:\s+(?:channel|account|page|feed))?|(?:(?:speaking|appearing)\s+)?on\s+(?:the\s+)?((?:(?:Russian|Ukrainian)\s+)?(?:state|national|public)\s+(?:television|TV|broadcaster|telethon)|telethon|Rossiya[- ]?(?:1|24)|Channel One)(?![\p{L}\d])|via\s+(${PLATFORMS}|${OUTLETS}))`,
  'u',
)
// "рассказал корреспонденту «Звезды»", "розповів кореспондентові Укрінформу", "сказал журналисту
// РБК": the reporter stands for the outlet they write for.
const CY_REPORTER = String.raw`(?:(?:специальному\s+|спеціальному\s+|военному\s+|військовому\s+)?(?:корреспонденту|кореспондентові|кореспонденту|журналисту|журналістові|журналісту|репортеру|репортерові|съёмочной\s+группе|съемочной\s+группе|знімальній\s+групі)\s+(?:(?:телеканала|телеканалу|агентства|агентства|издания|видання|газеты|газети)\s+)?)?`
// Class: an outlet the index does not list, named in guillemets in the dative right after the verb and
// followed by what was said or by the speaker ("рассказал «Фонтанке», что …", "сказал «Новой газете»
// командир …", "розповів «Дзеркалу тижня», що …", "сообщил «Ведомостям» источник …"). A name in the
// nominative there is the speaker ("— добавил «Бриз».", "сообщили «Ведомости» со ссылкой на …"): the
// last word must end as a dative does (or the first, before a genitive: "«Дзеркалу тижня»"), and a
// preposition after it belongs to the subject's phrase.
const DATIVE_END = String.raw`(?:е|у|ю|і|ам|ям|ові|еві|ому|ему|ій|ой)`
const DATIVE_QUOTED_OUTLET = String.raw`[«"„]((?:[^«»"“”„\s]{1,20}\s+){0,2}[^«»"“”„\s]{2,20}${DATIVE_END}|[^«»"“”„\s]{2,20}${DATIVE_END}(?:\s+[^«»"“”„\s]{1,20}){1,2})[»"“](?=\s*,\s*(?:что|чтобы|як|как|що|щоб|де|где|коли|когда|скільки|сколько)(?![\p{L}])|\s+(?!(?:со|с|в|во|у|на|по|із|з|зі|из|о|об|про|для|после|після|от|від|ссылкой|посиланням)(?![\p{L}]))\p{L})`
// After "в ефірі" a broadcast's name is one word, or two when the second is capitalised ("Радіо
// Свобода", "Еспресо TV"): "в ефірі телемарафону речник ВМС" ends at the broadcast.
const CY_VIA = new RegExp(
  String.raw`^\s*${CY_REPORTER}(?:[«"„](${OUTLETS})[»"“](?![\p{L}])|${DATIVE_QUOTED_OUTLET}|(${OUTLETS})(?![\p{L}])|(?:у|в)\s+(?:своєму\s+|своему\s+|своём\s+|своем\s+)?(${PLATFORMS})(?:[- ]канал\p{L}*)?|(?:в|у)\s+(?:інтерв['’ʼ]ю|интервью|коментарі|комментарии|коментарі|комментарии|розмові\s+з|беседе\s+с)\s+[«"„]?(${OUTLETS}(?![\p{L}])|${OUTLET_BACK_ALONE})|(${OUTLET_BACK_ALONE})|в\s+(?:ефірі|эфире)\s+(?:(?:телеканалу|телеканала|радіо|радио|радіостанції|радиостанции|каналу|канала)\s+)?(?:[«"„]([^«»"“”„]{1,30})[»"”]|(\p{L}+(?:\s+\p{Lu}[\p{L}\d]*)?)))`,
  'u',
)

// Built once here, not per call: a RegExp built inside a function is looked up (by its whole
// source) in V8's compilation cache on every call, and compiled again after the cache is cleared.
const NAMED_BACK = new RegExp(String.raw`^(?:${OUTLET_BACK}|(?:the\s+)?(?:news\s+)?agency|(?:the\s+)?newspaper|(?:the\s+)?broadcaster|(?:the\s+)?outlet)$`, 'iu')
const PLATFORM_IN_PHRASE = new RegExp(String.raw`(?:^|\s)(?:on|via|в|у)\s+(?:his\s+|her\s+|its\s+|their\s+|своєму\s+|своему\s+|своём\s+|своем\s+)?(${PLATFORMS})`, 'u')
// A participle in the speaker's phrase that names who they spoke to: "the commander, speaking to AFP
// on Thursday", "a spokesman, talking to the BBC", "an officer, who spoke to Reuters by phone".
// "…, speaking to the BBC", "who spoke to CNN", "who goes by the call sign Kit and spoke to CNN".
const SPOKE_TO_IN_PHRASE = new RegExp(String.raw`(?:,\s+|\s+who\s+|\s+and\s+)(?:speaking|talking|spoke|talked)\s+(?:to|with)\s+(?:the\s+)?(${OUTLETS})(?![\p{L}])`, 'u')

// "пише Суспільне у Telegram", "сообщает «Медуза» в своём телеграм-канале": after an outlet named right
// after the verb, a platform alone closes the sentence. The outlet is then the speaker, the platform
// its via (16); without this the outlet was read as the via and the platform as the speaker.
const PLATFORM_ONLY = new RegExp(String.raw`^\s*(?:у|в|во|на|on|via)\s+(?:своєму\s+|своему\s+|своём\s+|своем\s+|his\s+|her\s+|its\s+|their\s+)?(${PLATFORMS})(?:[- ]?канал\p{L}*|\s+(?:channel|account|page))?\s*[.!]?\s*$`, 'u')

/** The platform when `rest` (the words after an outlet named after the verb) is only "у Telegram" and the like, else null. */
export function platformOnly(rest: string): string | null {
  return PLATFORM_ONLY.exec(rest)?.[1] ?? null
}

/** Whether a via names the report's own outlet by what it is ("агентству", "the agency"). */
export function outletNamedBack(via: string): boolean {
  return NAMED_BACK.test(via.trim())
}

/**
 * Whether a via names the report's own outlet in another case ("рассказал «Фонтанке»" in a Fontanka
 * story, "розповів «Дзеркалу тижня»" in Dzerkalo Tyzhnia's): the same words, each differing at most in
 * its last two letters. The via is then written as the outlet's own name.
 */
export function namesOwnOutletInCase(via: string, outlet: string | null): boolean {
  if (!outlet) return false
  const words = (t: string): string[] => t.toLowerCase().replace(/[«»"“”„]/gu, '').trim().split(/\s+/u)
  const a = words(via)
  const b = words(outlet)
  if (a.length !== b.length) return false
  return a.every((w, i) => {
    const o = b[i]!
    let common = 0
    while (common < w.length && common < o.length && w[common] === o[common]) common++
    return common >= 3 && common >= Math.max(w.length, o.length) - 2
  })
}

/** A via at the start of `after` (the words right after a speech verb), with its length. */
export function viaAfterVerb(after: string, cyrillic: boolean): { via: string; length: number } | null {
  const m = (cyrillic ? CY_VIA : EN_VIA).exec(after)
  if (!m) return null
  const via = m.slice(1).find((g) => g !== undefined)
  if (!via) return null
  return { via: via.replace(/^the\s+/i, ''), length: m[0].length }
}

// Class: "told DW", "told Deutsche Welle on Thursday", "tells Sky News", "told the Kyiv Post": an outlet
// the entity index knows but the list above does not name, as the object of "told".
const CAPITALISED_OBJECT = /^\s*(?:the\s+)?(\p{Lu}[\p{L}.\/-]*(?:\s+\p{Lu}[\p{L}.\/-]*){0,3})/u

/** A known outlet opening `after` (the words after "told"), longest name first; else null. */
export function knownOutletAfter(after: string): string | null {
  const m = CAPITALISED_OBJECT.exec(after)
  if (!m) return null
  const words = m[1]!.split(/\s+/)
  for (let n = words.length; n >= 1; n--) {
    const name = words.slice(0, n).join(' ')
    if (entityMatcher().match(name, tokenize(name)).some((e) => e.data.type === 'outlet' && e.span[0] === 0 && e.span[1] >= name.length - 1)) return name
  }
  return null
}

/** A via anywhere inside a phrase ("in a statement on Telegram", "сообщил ТАСС военный эксперт"). */
export function viaInPhrase(phrase: string): string | null {
  const m = PLATFORM_IN_PHRASE.exec(phrase)
  if (m) return m[1]!
  const spoke = /spok|speak|talk/u.test(phrase) ? SPOKE_TO_IN_PHRASE.exec(phrase) : null
  return spoke ? spoke[1]!.replace(/^the\s+/iu, '') : null
}

/**
 * A via that closes a Ukrainian or Russian speaker phrase ("губернатор Александр Хинштейн в своём
 * Telegram-канале", "Денис Пушилин в эфире телеканала «Россия 24»", "… Интерфаксу"), with where it
 * starts: the speaker is the words before it.
 */
export function viaClosingPhrase(phrase: string): { via: string; index: number } | null {
  for (let at = phrase.indexOf(' '); at > 0; at = phrase.indexOf(' ', at + 1)) {
    const rest = phrase.slice(at)
    if (!/^\s+(?:в|у|во|\p{Lu})/u.test(rest)) continue
    const found = viaAfterVerb(rest, true)
    if (found && /^[\p{L}-]*[»"”]?\s*$/u.test(rest.slice(found.length))) return { via: found.via, index: at }
  }
  return null
}

/** "Bloomberg calculations based on DeepState data" → speaker Bloomberg, based on DeepState. */
export function splitBasedOn(phrase: string): { speaker: string; basedOn: string | null } {
  // "an analysis of DeepState maps by BBC Russian": the analyst comes after "by".
  const by = /^(?:(?:an?|the|new|latest|own|independent)\s+)*(?:\p{L}+\s+)?(?:analysis|analyses|calculations?|count|estimates?|study|review|tally|assessment)\s+(?:of|based on|using|drawing on)\s+(.+?)\s+by\s+(.+)$/iu.exec(phrase)
  if (by) return { speaker: by[2]!, basedOn: by[1]!.replace(/^the\s+/i, '').replace(/\s+(?:data|maps?|figures|imagery)$/iu, '') }
  const m = /^(.+?)\s+(?:calculations?|analysis|estimates?|data|figures|assessment|count|tally|review)\s+(?:based on|using|drawing on|of)\s+(.+?)(?:\s+(?:data|maps?|figures|imagery))?$/iu.exec(phrase)
  if (m) return { speaker: m[1]!, basedOn: m[2]!.replace(/^the\s+/i, '') }
  const m2 = /^(.+?)['’]s\s+(?:calculations?|analysis|estimates?|data|figures|count|tally)\s+(?:based on|using)\s+(.+?)(?:\s+(?:data|maps?))?$/iu.exec(phrase)
  if (m2) return { speaker: m2[1]!, basedOn: m2[2]! }
  // "аналітики LB.ua на основі мапи DeepState", "«Текстів» на основі даних DeepState", "«Вёрстка» по
  // данным проекта DeepState", "«Медуза» по картам DeepState": the outlet counted, from the map's data.
  const cy = /^(.+?)\s+(?:на\s+основі|на\s+підставі|на\s+основе|на\s+основании|згідно\s+з|відповідно\s+до|за|по)\s+(?:(?:відкритих|открытых|свіжих|свежих|публічних|публичных)\s+)?(?:даних|даними|данным|данных|мапи|мапою|мап|мапами|мапах|карт|картам|картами|карти|картою|карте|карты|картах)\s+(?:(?:проекту|проєкту|проекта|аналітиків|аналитиков|моніторингового|мониторингового)\s+)*(.+)$/iu.exec(phrase)
  if (cy && cy[1]!.trim().length >= 2) return { speaker: cy[1]!, basedOn: cy[2]!.replace(/^[«"“]|[»"”]$/gu, '') }
  const m3 = /^(?:(?:official|officials?['’]?|the|latest|new|preliminary)\s+)*(?:data|figures|information|estimates|reports?)\s+(?:from|of|by)\s+(.+)$/iu.exec(phrase)
  if (m3) return { speaker: m3[1]!, basedOn: null }
  return { speaker: phrase, basedOn: null }
}
