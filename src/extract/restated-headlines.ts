import type { Claim, ClaimKind } from '../domain/index.js'

/**
 * Convention 14: a headline, title or standfirst that restates the body's claim is no claim of its
 * own; the body's claim has the attribution and the date the headline drops. A headline telling
 * something the body does not stays.
 *
 * The header is the run of lines before the first body line (a line that ends a sentence:
 * "…, the governor said."). A claim there restates the body when a body claim has a related kind
 * (the same, or both about ground), a compatible side (equal, or one unnamed) and, when the
 * headline names places, one of them in its sentence ("Russians hit Kherson 38 times in a day" over
 * "Russian troops fired on Kherson … 38 times").
 */
export function restatedHeadlines(text: string, claims: readonly Pick<Claim, 'kind' | 'actorSide' | 'span' | 'sentence' | 'quantity'>[]): Set<number> {
  const out = new Set<number>()
  const headerEnd = bodyStart(text)
  if (headerEnd <= 0) return out
  const body = claims.filter((c) => c.span[0] >= headerEnd)
  if (body.length === 0 || body.length === claims.length) return out
  const common = lowercaseWords(text)
  let names: Set<string> | null = null
  const bodyNames = (): ReadonlySet<string> => (names ??= capitalisedStems(text, headerEnd))
  claims.forEach((c, i) => {
    if (c.span[0] >= headerEnd) return
    const stems = nameStems(text, c.span[0], c.span[1], common)
    const sideAgrees = (b: (typeof body)[number]): boolean => b.actorSide === c.actorSide || !b.actorSide || !c.actorSide
    // The names may stand in the sentence of the strike a body toll results from ("Shelling Kills Two In
    // Nikopol" over "Russian artillery shelled Nikopol … Two men were killed"): a toll takes the place of
    // its strike (convention 2).
    const restates = body.some((b) => related(b.kind, c.kind) && sideAgrees(b) && (stems.length === 0 || sameFigure(b, c) || body.some((n) => linked(n.kind, c.kind) && stems.some((s) => n.sentence.toLowerCase().includes(s)))))
    if (restates || retoldByBody(text, c, stems, body, headerEnd, bodyNames)) out.add(i)
  })
  return out
}

/**
 * A headline whose event the body tells in other words or whose body claim came out with another
 * kind or side: "Kyiv says Zaporizhzhia assault beaten back" over a body that tells the assault,
 * "Наступление замедлилось, но не остановилось" over monthly areas, "Гладков сообщил о пяти раненых
 * при атаках ВСУ на Белгородскую область" over the strikes and tolls of the Belgorod region. A
 * headline sums up; it names the event's family (ground fighting, hits and their tolls) and a place
 * the body names again, not the body's exact kind. A headline naming a place the body never names
 * tells something of its own and stays ("⚡️ВСУ ночью ударили по Белгороду" over other towns' strikes).
 */
function retoldByBody(text: string, c: Pick<Claim, 'kind' | 'actorSide' | 'span'>, stems: readonly string[], body: readonly Pick<Claim, 'kind' | 'actorSide'>[], headerEnd: number, bodyNames: () => ReadonlySet<string>): boolean {
  const family = familyOf(c.kind)
  const kin = body.filter((b) => familyOf(b.kind) === family && sidesFit(c, b))
  if (kin.length === 0) return false
  if (stems.length > 0) {
    const names = bodyNames()
    if (stems.some((s) => names.has(s))) return true
    // A title-case headline ("Drone Attacks Mount") or one that asks where, how or what ("FACTBOX-Where
    // the fighting stands in …") capitalises words that are no places: its stems prove nothing, except
    // a word where a place stands ("Russian Troops Enter Bilenke", "… In Sumy …"), which the body must name.
    if (isTitleCase(text, c.span[0], headerEnd)) return placedStems(text, c.span).every((s) => names.has(s))
    if (!isTopicQuestion(text, c.span[0])) return false
  }
  return true
}

/**
 * Whether two claims' sides allow one event. The other side's gain at the same place is another event
 * ("Ukrainian forces retake Stepove" over "Russian troops advanced near Stepove"); a repulse and the
 * attack it stopped have opposite sides by nature ("Холодноярці зупинили штурм" over "окупанти
 * спробували прорватися"), and a toll's side follows who inflicted it, which a headline's few words
 * ("при атаке ВСУ на Рыльск погиб мужчина") do not always show.
 */
function sidesFit(a: Pick<Claim, 'kind' | 'actorSide'>, b: Pick<Claim, 'kind' | 'actorSide'>): boolean {
  if (!a.actorSide || !b.actorSide || a.actorSide === b.actorSide) return true
  if ((a.kind === 'repelled') !== (b.kind === 'repelled')) return true
  return familyOf(a.kind) === 'hit'
}

const FIGHT_FAMILY: ReadonlySet<ClaimKind> = new Set(['advance', 'capture', 'control', 'area-change', 'encirclement', 'assault', 'repelled', 'withdrawal'])

/** The family a headline sums an event up by: ground fighting, hits and their tolls, or the kind itself. */
function familyOf(kind: ClaimKind): string {
  if (FIGHT_FAMILY.has(kind)) return 'fight'
  if (kind === 'strike' || kind === 'casualties') return 'hit'
  return kind
}

/** Whether the line holding `at` (in the header) capitalises most of its longer words, as an English title does. */
function isTitleCase(text: string, at: number, headerEnd: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1
  const nl = text.indexOf('\n', at)
  const line = text.slice(start, nl < 0 || nl > headerEnd ? headerEnd : nl)
  let words = 0
  let capitals = 0
  for (const m of line.matchAll(/(?<![\p{L}'’-])\p{L}[\p{L}'’-]{3,}/gu)) {
    words++
    if (/^\p{Lu}/u.test(m[0])) capitals++
  }
  return words >= 3 && capitals / words >= 0.7
}

// A heading that opens on a question word after an optional label: "FACTBOX-Where the fighting stands",
// "How Russia took …", "Что известно о боях за …", "Що відомо про …". A table of contents for the body.
const TOPIC_QUESTION = /^[^\p{L}]*(?:(?:factbox|explainer|analysis|q&a|timeline)\s*[-–—:|]\s*)?(?:where|how|what|why|when|що|як|де|чому|что|как|где|почему)(?![\p{L}])/iu

function isTopicQuestion(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1
  return TOPIC_QUESTION.test(text.slice(start, start + 60))
}

// A capitalised word after a preposition of place or a verb of taking or hitting, in a title-case headline
// (case-sensitive: under the i flag \p{Lu} would match any letter).
const PLACED_WORD = /(?<![\p{L}])(?:[Ii]n|[Nn]ear|[Aa]t|[Aa]round|[Tt]oward|[Tt]owards|[Oo]utside|[Ii]nto|[Oo]ver|[Ee]nter|[Ee]nters|[Ee]ntered|[Tt]ake|[Tt]akes|[Tt]ook|[Cc]apture|[Cc]aptures|[Cc]aptured|[Ss]eize|[Ss]eizes|[Ss]eized|[Rr]etake|[Rr]etakes|[Hh]it|[Hh]its|[Ss]trike|[Ss]trikes|[Ll]iberate|[Ll]iberates|[Ll]iberated)\s+(\p{Lu}[\p{L}'’-]{3,})/gu

/** The stems of the words of a title-case headline that stand where a place does. */
function placedStems(text: string, span: readonly [number, number]): string[] {
  const out: string[] = []
  for (const m of text.slice(span[0], span[1]).matchAll(PLACED_WORD)) {
    const stem = m[1]!.toLowerCase().slice(0, 5)
    if (!NOT_A_PLACE.test(stem)) out.push(stem)
  }
  return out
}

/** The stems (first five letters, lower-cased) of the capitalised words of the body, hashtags and handles set aside. */
function capitalisedStems(text: string, from: number): Set<string> {
  const out = new Set<string>()
  for (const m of text.slice(from).matchAll(/(?<![\p{L}\p{N}'’#@_-])\p{Lu}[\p{L}'’-]{3,}/gu)) out.add(m[0].toLowerCase().slice(0, 5))
  return out
}

// "Russian Guided Bombs Hit Kharkiv Outskirts, Two Dead" over "Two men were killed": a title-case
// headline capitalises its common words ("Dead", "Wounded"), which no place stem finds in the body;
// the same kind with the same figure is the same toll or area told again.
function sameFigure(a: Pick<Claim, 'kind' | 'quantity'>, b: Pick<Claim, 'kind' | 'quantity'>): boolean {
  return a.kind === b.kind && a.quantity !== null && b.quantity !== null && a.quantity.unit === b.quantity.unit && a.quantity.value === b.quantity.value
}

const GROUND: ReadonlySet<ClaimKind> = new Set(['advance', 'capture', 'control', 'area-change', 'encirclement'])

function related(a: ClaimKind, b: ClaimKind): boolean {
  return a === b || (GROUND.has(a) && GROUND.has(b))
}

/** Kinds whose sentences place one another: the related ones, and a strike and the toll it caused. */
function linked(a: ClaimKind, b: ClaimKind): boolean {
  return related(a, b) || (a === 'strike' && b === 'casualties') || (a === 'casualties' && b === 'strike')
}

/** Where the body begins: the first line that ends a sentence (trailing emoji and marks set aside). */
export function bodyStart(text: string): number {
  let at = 0
  while (at < text.length) {
    const nl = text.indexOf('\n', at)
    const end = nl < 0 ? text.length : nl
    if (isBodyLine(text.slice(at, end))) return at
    at = end + 1
  }
  return -1
}

function isBodyLine(line: string): boolean {
  const trimmed = line.replace(TRAILING_MARKS, '')
  return SENTENCE_END.test(trimmed) && !TOPIC_TITLE.test(trimmed) && !(SUMMARY_BULLET.test(trimmed) && !CYRILLIC.test(trimmed))
}

// A bulleted point under the headline ("Here's what we're covering:", "HIGHLIGHTS", "Key takeaways")
// sums up the page as a standfirst does, full stop and all: part of the header, so a point the body
// tells again restates it (a point the body does not tell stays a claim). A Ukrainian or Russian post
// prints its items as bullets under a heading of the day ("Обстановка на Харківщині за 21 жовтня:",
// then "• Куп'янськ — …" and a total): there the bullets are the body.
const SUMMARY_BULLET = /^\s*[•▪●◦‣]\s/u
const CYRILLIC = /\p{Script=Cyrillic}/u

// A title that names its topic with a preposition, full stop and all ("Про «взятие» Кондратовки.",
// "Щодо Куп'янська.", "About the fall of Siversk."): a heading, not a sentence of the body.
const TOPIC_TITLE = /^\s*(?:про|щодо|стосовно|о|об|насчёт|насчет|по\s+поводу|about|on|regarding)\s+(?:[^\s.!?]+\s+){0,4}[^\s.!?]+[.!…]["”»’')]*$/iu

// Emoji, pictographs, flags, variation selectors and spaces a Telegram post ends its lines with.
const TRAILING_MARKS = /[\s\p{So}\p{Sk}\p{Cf}\u{FE0F}\u{1F1E6}-\u{1F1FF}]+$/u
// A sentence's end: a full stop, "!" or "…", alone or inside a closing quote or bracket. "?" ends a
// question, which a headline may be ("Did Russia capture Zarichne?"), so it is not a body's mark.
const SENTENCE_END = /[.!…]["”»’')]*$/u

// Words of a title that name no place: sides and their capitals, and a title's own labels.
// A title-case headline also capitalises its toll and event words and its number words ("Two Dead",
// "Three Injured", "Drones Hit …", "Troops Enter …"), which the body tells in other words ("two men
// were killed"): they name no place either.
const NOT_A_PLACE = /^(?:russ|ukra|росі|росс|укра|моск|mosc|kyiv|київ|киев|kiev|krem|крем|fact|факт|update|video|відео|видео|photo|фото|exclu|ексклю|экскл|analy|аналі|анали|war|вій|вой|zsu|зсу|всу|сво|isw|deep|dead|death|kille|kills|wound|injur|hurt|casua|toll|victi|hits|strik|attac|bomb|drone|missi|shell|captu|seize|takes|enter|retak|advan|push|storm|encir|surro|evacu|falls|three|four|five|seven|eight|nine|dozen|hundr|thous)/u

/** The lower-cased stems (first five letters) of the capitalised words in [start, end) of a headline that may be names. */
function nameStems(text: string, start: number, end: number, common: ReadonlySet<string>): string[] {
  const out: string[] = []
  const lineStart = text.lastIndexOf('\n', start - 1) + 1
  for (const m of text.slice(start, end).matchAll(/(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}'’-]{3,}/gu)) {
    const at = start + m.index
    // A headline's first word is capitalised whatever it is ("Сколько …", "Вибили …").
    if (/^[^\p{L}\p{N}]*$/u.test(text.slice(lineStart, at))) continue
    // A title-case headline capitalises common words ("Russian Troops Enter Bilenke"): a word the
    // report also writes in lower case is no name.
    if (common.has(m[0].toLowerCase())) continue
    const stem = m[0].toLowerCase().slice(0, 5)
    if (!NOT_A_PLACE.test(stem)) out.push(stem)
  }
  return out
}

/** The words the text writes in lower case. */
function lowercaseWords(text: string): Set<string> {
  const out = new Set<string>()
  for (const m of text.matchAll(/(?<![\p{L}\p{N}'’-])\p{Ll}[\p{L}'’-]*/gu)) out.add(m[0])
  return out
}
