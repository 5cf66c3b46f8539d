import type { Claim, Place, Span } from '../domain/index.js'
import type { ClaimAnchor } from './extract-claims.js'
import { endsWithMatch, fastWordBoundaries, firstIndex } from '../text/index.js'
import { isCapitalsDateline, pointsInsideTown, reportTown } from './report-town.js'

const PLACE_ANAPHOR = fastWordBoundaries(/\b(?:(?:this|that) (?:[\p{Ll}-]+ )?(?:city|town|village)(?!\s+of\b)|the (?!neighbou?ring |nearby |next |other |adjacent |border |frontier |whole |entire |region|district|regional |oblast )[\p{Ll}-]+ (?:city|town|village)(?!\s+of\b|\s+council)|the (?:central|main|market|town|city) square|the (?:town|city) (?:centre|center|hall)|the (?:city|town|village|settlement|area|district)|the (?:north|south|east|west)(?:ern|-?(?:east|west)ern) (?:\p{Lu}[\p{L}-]+ )?(?:city|town|village)|there|its (?:\p{L}+ )?(?:outskirts|districts?|part|half|quarters?|blocks|streets|neighbou?rhoods?|edge|centre|center|suburbs|outskirt)|the (?:outskirts|suburbs)|the (?!border |frontier |neighbou?ring |whole |entire )(?:[\p{Ll}-]+ )?(?:quarter|neighbou?rhood|microdistrict|district)(?!\s+of\b))\b|^(?:where|де|где)\s|(?:^|\s)(?:(?:в|у|во) район[еіу]?(?= \p{Ll})(?! населен| населён| нп\b)|(?:\p{L}+ )?квартал\p{L}*|(?:жил\p{L}*|житлов\p{L}*|частн\p{L}*|приватн\p{L}*|многоэтажн\p{L}*|багатоповерхов\p{L}*) (?:застройк\p{L}*|застройк|забудов\p{L}*|сектор\p{L}*)|окраин\p{L}*|околиц\p{L}*|(?:на|у|в) (?:підступах|подступах|підходах|подходах)|привокзальн\p{L}*|промзон\p{L}*|вулиц\p{L}*|улиц\p{L}*|проспект\p{L}*|(?:мікро|микро)район\p{L}*|центральн\p{L}* площад\p{L}*|(?:його|її|его|её|ее) (?:\p{L}+ )?(?:околиц|окраин|центр|кварта|половин)\p{L}*|місто|місті|міста|містом|містечк\p{L}*|село|селі|села|селом|селище|селища|селищі|населеного пункту|населеному пункті|городе|город|города|городом|поселок|посёлок|поселка|посёлка|поселке|посёлке|селе|селом|населённого пункта|населенного пункта|там)(?=\s|[,.;]|$)/iu)

/** Words that point back at one settlement ("the area" may mean several: not borrowed across sentences). */
const SETTLEMENT_ANAPHOR = fastWordBoundaries(/\b(?:(?:this|that) (?:[\p{Ll}-]+ )?(?:city|town|village)(?!\s+of\b)|the (?!neighbou?ring |nearby |next |other |adjacent |border |frontier |whole |entire |region|district|regional |oblast )[\p{Ll}-]+ (?:city|town|village)(?!\s+of\b|\s+council)|the (?:central|main|market|town|city) square|the (?:town|city) (?:centre|center|hall)|the (?:city|town|village|settlement)(?:['’]s)?|the (?:whole|entire) (?:city|town|village)(?!\s+of\b)|the (?:north|south|east|west)(?:ern|-?(?:east|west)ern) (?:\p{Lu}[\p{L}-]+ )?(?:city|town|village)|its (?:\p{L}+ )?(?:outskirts|districts?|part|half|quarters?|blocks|streets|neighbou?rhoods?|edge|centre|center|suburbs|outskirt)|the (?:outskirts|suburbs)|the (?!border |frontier |neighbou?ring |whole |entire )(?:[\p{Ll}-]+ )?(?:quarter|neighbou?rhood|microdistrict|district)(?!\s+of\b))\b|(?:^|\s)(?:(?:в|у|во) район[еіу]?(?= \p{Ll})(?! населен| населён| нп\b)|(?:\p{L}+ )?квартал\p{L}*|(?:жил\p{L}*|житлов\p{L}*|частн\p{L}*|приватн\p{L}*|многоэтажн\p{L}*|багатоповерхов\p{L}*) (?:застройк\p{L}*|застройк|забудов\p{L}*|сектор\p{L}*)|окраин\p{L}*|околиц\p{L}*|(?:на|у|в) (?:підступах|подступах|підходах|подходах)|привокзальн\p{L}*|промзон\p{L}*|вулиц\p{L}*|улиц\p{L}*|проспект\p{L}*|(?:мікро|микро)район\p{L}*|центральн\p{L}* площад\p{L}*|(?:його|її|его|её|ее) (?:\p{L}+ )?(?:околиц|окраин|центр|кварта|половин)\p{L}*|місто|місті|міста|містом|містечк\p{L}*|село|селі|села|селом|селище|селища|селищі|населеного пункту|населеному пункті|городе|город|города|городом|поселок|посёлок|поселка|посёлка|поселке|посёлке|селе|селом|населённого пункта|населенного пункта)(?=\s|[,.;]|$)/iu)

/**
 * Words that point back at the last event told, with all its places: "there", "in that area", "on
 * that sector", "of those assaults", "на цій ділянці", "в этом районе", "під час вчорашнього штурму",
 * "в ходе боя". A claim whose clause names no place of its own takes the last claim's places.
 */
const EVENT_ANAPHOR = fastWordBoundaries(/\b(?:there|after (?:that|this)|(?:in|on|along|at) (?:that|this|the same) (?:area|sector|section|stretch|part of the front|direction|axis|district)|of (?:those|these)\b|(?:those|these) (?:attacks|assaults|attempts|clashes|battles|strikes|raids|drones|missiles)|during (?:the|that|this|those|these|yesterday['’]s) (?:\p{L}+ )?(?:assaults?|attacks?|fighting|battles?|fights?|clash(?:es)?|strikes?|raids?)|(?:in|from) (?:that|this|those|these) (?:\p{L}+ )?(?:assaults?|attacks?|fighting|battles?|fights?|clash(?:es)?|raids?)|(?:\d[\d,]*|all|most|many|some|several|half|none|each) of them|both (?:times|attempts|attacks|assaults|groups|columns))\b|(?:^|[\s,(])(?:там|(?:обидва|оба) (?:рази|раза|штурми|штурма)|(?:обидві|обе) (?:спроби|попытки|атаки|групи|группы|колони|колонны)|туда|туди|після цього|после этого|(?:з|із|из) них|(?:з|із|зі|из|с|со) (?:цих|тих|этих|тех) (?:\p{L}+ )?\p{L}+|на цій ділянці|на цьому (?:напрямку|відтинку|ділянці)|у цьому районі|в цьому районі|в тому районі|у тому районі|на этом (?:участке|направлении)|в этом районе|в том районе|под (?:этим|тем) населённым пунктом|(?:у|в) (?:цих|тих|цьому|тому|этих|тех|этом|том) (?:бо[юяїё]\p{L}*|штурм\p{L}*|атак\p{L}*|зіткнен\p{L}*|столкновени\p{L}*)|під час (?:\p{L}+ )?(?:штурм\p{L}*|бо[юї]\p{L}*|атак\p{L}*|наступ\p{L}*|обстріл\p{L}*|удар\p{L}*)|в ходе (?:\p{L}+ )?(?:штурм\p{L}*|бо[яеё]\p{L}*|атак\p{L}*|наступлени\p{L}*|обстрел\p{L}*|удар\p{L}*)|во время (?:\p{L}+ )?(?:штурм\p{L}*|бо[яеё]\p{L}*|атак\p{L}*|обстрел\p{L}*|удар\p{L}*))(?=[\s,.;:!?)]|$)/iu)

/**
 * Words that point back at the region named before ("over the region", "над областю", "в области",
 * "з прифронтових громад області"): a claim with no place of its own takes that region. A region
 * named with its own adjective ("Донецької області") is a name, not a pointer.
 */
const REGION_ANAPHOR = /\bthe (?:region|oblast)\b(?!['’])|(?:^|[\s,(])(\p{L}*)\s+(?:області|областю|область|области|областью|регіон|регіону|регіоні|регіоном|регион|региона|регионе|регионом)(?=[\s,.;:!?)]|$)/iu

/**
 * A toll over a whole front, a grouping's zone or a long period has no single place ("across the
 * whole front", "по всей линии фронта", "на всіх напрямках", "в зоне ответственности группировки").
 */
const WHOLE_FRONT = fastWordBoundaries(/\b(?:(?:across|along|on) (?:the )?(?:whole|entire|full length of the) front(?: ?line)?|(?:on|along|across) all (?:fronts|axes|directions|sectors)|(?:along|across) the (?:whole|entire) (?:contact|front) line)\b|(?:^|[\s,(])(?:(?:на|по|вздовж) (?:всьому|всій|усьому|усій) (?:фронт\p{L}*|лінії фронту|лінії бойового зіткнення|протяжності фронту)|(?:на|по) (?:всей|всему|всей линии|всем) (?:фронт\p{L}*|линии (?:фронта|боевого соприкосновения)|направлени\p{L}*)|на (?:всіх|усіх) напрямк\p{L}*|на всех направлени\p{L}*|(?:в|у) зон[іеи] (?:відповідальності|ответственности|действий|дій))(?=[\s,.;:!?)]|$)/iu)

/**
 * Comparative adverbs of direction ("Южнее идёт зачистка …", "Північніше тривають бої"): "further
 * south", never a name (the village is Южное / Південне), though a gazetteer may match them.
 */
const COMPARATIVE = /^(?:южнее|севернее|западнее|восточнее|юго-западнее|юго-восточнее|северо-западнее|северо-восточнее|південніше|північніше|західніше|східніше|південно-західніше|південно-східніше|північно-західніше|північно-східніше)$/iu

/**
 * A share of the whole country ("controls about 19.7% of Ukraine, Crimea included", "19.6 per cent of
 * Ukraine's internationally recognised territory", "19,7% території України", "19,4% территории
 * Украины"): a national figure, located by no region or town the clause also names.
 */
const COUNTRY_SHARE = /(?:%|\bper ?cent|\bpercent)\s+of\s+(?:the\s+)?(?:Ukraine|Ukrainian territory|the country)\b|(?:%|відсот\p{L}*|процент\p{L}*)\s+(?:(?:усієї|всієї|всей)\s+)?(?:(?:території|территории)\s+)?(?:України|Украины)(?=[\s,.;:!?)]|$)/iu
const COUNTRY_SHARE_KEYS = /%|cent|відсот|процент/

/**
 * A count over several regions ("shot down 118 drones over seven regions", "над 11 регіонами", "в 9
 * областях", "над территорией восьми регионов"): a total across them has no one place, like a whole front.
 */
const MANY_REGIONS = /\b(?:over|across|in|above)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|a dozen)\s+(?:\p{L}+\s+)?(?:regions|oblasts|provinces)\b|(?:^|[\s,(])(?:над|в|у|по)\s+(?:территори\p{L}*\s+)?(?:\d+|дв\p{L}*|тр\p{L}*|чотир\p{L}*|четыр\p{L}*|п['’]ят\p{L}*|пят\p{L}*|шест\p{L}*|шіст\p{L}*|сем\p{L}*|сім\p{L}*|вос\p{L}*|вісьм\p{L}*|девят\p{L}*|дев['’]ят\p{L}*|десят\p{L}*|одинадцят\p{L}*|одиннадцат\p{L}*|кільк\p{L}*|нескольк\p{L}*)\s+(?:регіон\p{L}*|регион\p{L}*|област\p{L}*)(?=[\s,.;:!?)]|$)/iu
const MANY_REGIONS_KEYS = /regions|oblasts|provinces|регіон|регион|област/

/** REGION_AFTER's list, named after the count: "over several regions, including Bryansk, Kursk and Belgorod" names its places. */
const NAMED_AFTER = /^,?\s*(?:including|among them|notably|зокрема|в тому числі|у тому числі|серед них|в том числе|включая|среди них)(?=[\s,:]|$)/iu

function manyRegions(clause: string, lower: string): boolean {
  if (!MANY_REGIONS_KEYS.test(lower)) return false
  const m = MANY_REGIONS.exec(clause)
  return m !== null && !NAMED_AFTER.test(clause.slice(m.index + m[0].length))
}

/** How far back (characters) "the town" looks for the settlement it means: about two sentences. */
const ANAPHOR_REACH = 400

/**
 * Words before a name that make it a reference point, not the place of the event: "north of
 * Kupiansk", "6 km from Dobropillia", "за 5 км від Покровська", "в 3 км от Северска", "the road from
 * Druzhkivka", "the river that shields Sloviansk". Dropped when the clause names another place.
 */
// (Round 20) an appositive that gives where a person comes from ("Ivan Petrenko, a volunteer medic from Lviv,
// died near Bakhmut"): a biography's town, not the event's.
const LOCATOR_BEFORE = endsWithMatch(/(?:,\s+(?:a|an)\s+(?:[\p{L}'’-]+\s+){0,3}?from|\b(?<!\bin the )(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|northern|southern|eastern|western)(?:ern)?\s+of|\b\d+(?:[.,]\d+)?\s*(?:km|kilomet(?:er|re)s?|miles?)\s+(?:\([^)]{0,20}\)\s+)?(?:from|of|short of|outside|north of|south of|east of|west of|northeast of|northwest of|southeast of|southwest of)|\b(?:upriver|downriver|upstream|downstream|across\s+the\s+river)\s+(?:from|of)|\b(?:road|highway|route|railway|rail line|supply line)s?\s+(?:from|to|between|linking)(?:\s+[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)?\s+(?:to|and))?|\b(?:river|road|highway|railway|canal|reservoir|bridge|line|town|city|village|region|oblast|province|district|area),?\s+(?:that|which)\s+(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+|(?:північніше|південніше|східніше|західніше|північно-західніше|північно-східніше|південно-західніше|південно-східніше|на (?:північ|південь|схід|захід|північний схід|північний захід|південний схід|південний захід) від|севернее|южнее|восточнее|западнее|северо-западнее|северо-восточнее|юго-западнее|юго-восточнее|к (?:северу|югу|востоку|западу|северо-западу|северо-востоку|юго-западу|юго-востоку) от|(?:за|в|у)\s+\d+(?:[.,]\d+)?\s*(?:км|кілометр\p{L}*|километр\p{L}*)\s+(?:на (?:північ|південь|схід|захід|север|юг|восток|запад)\s+)?(?:від|от)|(?:трас\p{L}*|дорог\p{L}*|шосе|шоссе|автодорог\p{L}*|автотрас\p{L}*)(?:\s+(?:з|із|від|до|на|от|из)|\s+[\p{Lu}][\p{L}'’-]*\s*[-–—])?|(?:^|[\s,(])(?:з-під|із-під|из-под)|(?:^|[\s,(])(?:з|із|зі) боку|(?:^|[\s,(])со стороны|\bfrom the (?:direction|side) of))\s+(?:the\s+)?(?:town\s+of\s+|city\s+of\s+|village\s+of\s+)?$/iu)

/**
 * Words before a name that make it the yardstick of a comparison ("an area larger than Mauritius",
 * "площу, більшу за Київ", "больше, чем Москва", "это примерно площадь Москвы"): never the place of the claim.
 */
const COMPARISON_BEFORE = endsWithMatch(/(?:\b(?:larger|bigger|smaller|greater|more|less|the size)\s+(?:than|of)|\bas (?:large|big) as|\b(?:roughly|about|nearly|almost|approximately) the (?:area|territory) of|(?:^|[\s,(])(?:примерно|приблизительно|почти|около|это|приблизно|майже|близько|це)\s+(?:площадь|площади|территория|территории|территорию|площа|площі|площу|територія|території|територію)|(?:^|[\s,(])(?:більш\p{L}*|менш\p{L}*|розміром (?:з|із|як)|площею (?:з|із|як))\s+(?:за|ніж|як)|(?:^|[\s,(])(?:больш\p{L}*|меньш\p{L}*|размером с|площадью с),?\s+(?:чем|как))\s+(?:the\s+)?$/iu)

/** Text before a name that opens a bracket it is in ("(southeast of "). */
const IN_BRACKETS = /\([^()]*$/u

/** Words after a name that make it a reference point: "the Druzhkivka road", "Kostiantynivka–Druzhkivka highway", "трасу Костянтинівка – Дружківка". */
const LOCATOR_AFTER = /^(?:['’]s)?\s*(?:[-–—]\s*[\p{Lu}][\p{L}'’-]*\s*)?(?:road|highway|motorway|route|railway|rail line|supply route)\b/u

/**
 * Words after a name that make it an axis ("the Pokrovsk direction", "Kupiansk axis", "на
 * Покровському напрямку", "на Олександрівському та Гуляйпільському напрямках", "Дружковском
 * направлении"): the axis names its town only when the clause names no settlement (README call 8).
 */
const AXIS_AFTER = /^(?:(?:['’]s)?[\s'’]*(?:[-–—]\s*[\p{L}'’]+(?:\s\p{Lu}[\p{L}'’]+)?\s*)?(?:(?:,|and|та|і|й|и)\s+[\p{L}'’-]+\s+)*(?:directions?|axis|axes|sector|front)\b|[\s'’]*(?:[-–—]\s*[\p{L}'’]+\s*)?(?:(?:,|та|і|й|и)\s+[\p{L}'’-]+(?:ому|ім|ом|ой|им|ий|ій|ый|их|іх)\s+)*(?:напрям\p{L}*|направлени\p{L}*|ділянц\p{L}*|участк\p{L}*|фронт\p{L}*)(?=[\s,.;:!?)]|$))/iu

/** Words after a name that make it a unit's ("the Khortytsia group of forces", "угруповання", "группировки"). */
const UNIT_AFTER = /^[\s»"'’-]*(?:group|grouping|operational|brigade|battalion|regiment|division|corps|угрупован\p{L}*|групп\p{L}*|бригад\p{L}*|оперативн\p{L}*)/iu

/** How far back (characters) a toll or "of those assaults" looks for the event it belongs to: about two sentences. */
const EVENT_REACH = 400

/** Kinds of claim whose places a toll tied to them takes (a strike or a fight, not an evacuation or an area figure). */
const TOLL_SOURCE: ReadonlySet<Claim['kind']> = new Set<Claim['kind']>(['strike', 'assault', 'repelled', 'advance', 'capture', 'withdrawal', 'encirclement', 'casualties'])

/** Words that tie a toll to the fight just told ("in the two-day battle", "за дві доби бою", "в ходе штурма", "as a result"). */
const TOLL_TIE = /\b(?:battle|fight|fighting|assault|attack|clash|raid|strike|as a result|in the process)\p{L}*|(?:^|[\s,(])(?:бо[юїйяеё]\p{L}*|штурм\p{L}*|атак\p{L}*|наступ\p{L}*|зіткнен\p{L}*|столкновени\p{L}*|удар\p{L}*|обстріл\p{L}*|обстрел\p{L}*|внаслідок|в результате|в ходе|під час)(?=[\s,.;:!?)]|$)/iu

/**
 * A toll that counts a grouping's or a period's total, or has no figure, is tied to no one event
 * ("ВСУ потеряли до 215 военнослужащих", "lost up to 1,430 servicemen", "over the past day",
 * "averaged 1,100 per day", "suffering heavy losses", "за сутки").
 */
const TOLL_TOTAL = /\b(?:up to|as many as|averag\p{L}*|per day|a day|daily|over the past|in the past|during the past|since|in total|total|weekly|monthly)\b|(?:^|[\s,(])(?:до \d[\d\s.,]*\p{L}*|до (?:\p{L}+ )?(?:тисяч|тысяч)\p{L}*|за (?:минулу |минулий |прошедшие |прошедшую |последние |останні |минувшие )?(?:добу|сутки|тиждень|неделю|місяць|месяц|рік|год)(?!\s+(?:бо[юїяёе]|штурм|наступ))|с начала|з початку|всего|усього|загалом|в среднем|в середньому|щодоби|ежедневно|ежесуточно)(?=[\s,.;:!?)]|$)/iu


interface Linked {
  readonly sentence: Span
  readonly kind: Claim['kind']
  readonly chosen: { place: Place; index: number }[]
  /** The claim's clause (a denial answers a claim told before it). */
  readonly clause: Span
  /** Who told the claim (name and side), for a later claim of the same sentence to tell whether it goes on with the same account. */
  readonly speaker: string
}

/**
 * Links each claim to the places its clause names (indexes into `places`), leaving out places in the
 * attribution ("spokesman for the Kharkiv group"), countries, a region or raion when a settlement is
 * named ("Siversk in the Donetsk region": Siversk), an axis when a settlement is named, and reference
 * points ("north of Kupiansk", "6 km from Dobropillia", "the Druzhkivka road") when the clause names
 * the place itself. A clause naming no place takes the sentence's places that no other claim names,
 * else all of the sentence's; one pointing back ("the village", "there", "of those assaults", "на цій
 * ділянці") takes the place of the event it refers to; a toll after a strike or fight takes its places.
 */
export function linkClaimPlaces(text: string, claims: readonly Claim[], anchors: readonly ClaimAnchor[], places: readonly Place[]): Claim[] {
  const byId = new Map(anchors.map((a) => [a.claimId, a]))
  // Places in text order, searched by offset: each claim looks only at its sentence's places.
  const ordered = places.map((place, index) => ({ place, index })).sort((a, b) => a.place.span[0] - b.place.span[0])
  // The claims linked so far, in text order, with their places (what "the village", "there" and a toll point back to).
  const history: Linked[] = []
  // The places the last claim got, in its sentence: a toll ("…, killing a woman") shares them.
  let lastInSentence: { sentence: Span; kind: Claim['kind']; side: Claim['actorSide']; chosen: { place: Place; index: number }[] } | null = null
  const context: PlaceContext = { regionLike: new Map(), locator: new Map(), axis: new Map(), comparison: new Map(), eligible: new Map(), describes: new Map() }
  // Spans no place of an event can come from (attributions, unit names) in any claim's sentence.
  // (Indexed on first use: only a claim pointing back at an earlier place asks.)
  let excludedIndex: SpanTest | undefined
  const excludedAll: SpanTest = (span) => (excludedIndex ??= overlapsAnyOf(anchors.flatMap((a) => a.excluded)))(span)
  townPointed = null
  // Claims placed through a pointer ("the town", "в районе хлебозавода"): they go on about a place, so
  // they are never a restatement of an earlier claim (linkDuplicateClaims).
  const pointed = new Set<string>()
  // The town the report is about (found on first use: only a claim placed inside a town it does not name asks).
  let town: Candidate | null | undefined
  const linked = claims.map((claim) => {
    const anchor = byId.get(claim.id)
    if (!anchor) return claim
    const clauseText = text.slice(anchor.clause[0], anchor.clause[1])
    const clauseLower = clauseText.toLowerCase()
    // Whether the clause points back at one settlement: read only when the clause's own places leave
    // the question open (no place, or only reference points); the pattern is the costliest of the step.
    let pointsKnown: boolean | undefined
    // (The clause's settlement pointers, read once for this question and for what they call the settlement.)
    let pointers: readonly RegExpExecArray[] | undefined
    const pointsAtSettlement = (): boolean => (pointsKnown ??= pointsBack(clauseText, (pointers ??= settlementPointers(clauseText, clauseLower))))
    // ("the northern Donetsk town": the region word describes the pointer; the town is the one pointed at.)
    let inSentence = placesWithin(ordered, anchor.sentence).filter(
      (c) => !anchor.excluded.some((x) => overlaps(x, c.place.span)) && isEligible(text, c, ordered, context) && !(describesPointerOnce(text, c, context) && pointsAtSettlement()),
    )
    // "put 312 residents on evacuation buses bound for Dnipro", "evacuated from Kupiansk to Kharkiv": where
    // evacuees are taken is not where the evacuation is (conventions 39, 45); the town they leave is.
    if (claim.kind === 'evacuation') inSentence = inSentence.filter((c) => !isDestination(text, c.place.span))
    let chosen = inSentence.filter(({ place }) => within(place.span, anchor.clause))
    // "around the two villages", "обидва села", "оба города": the settlements last named, that many.
    const counted = COUNTED_POINTER_KEYS.test(clauseLower) ? COUNTED_POINTER.exec(clauseText) : null
    // ("the four villages near Mezhova" names its own place after the pointer: no pointer then.)
    const pointer = anchor.clause[0] + (counted?.index ?? 0)
    if (counted && !chosen.some((c) => c.place.span[0] > pointer)) {
      const named = settlementsBefore(text, ordered, pointer, countOf(counted[1] ?? counted[2] ?? counted[3] ?? counted[4] ?? ''), excludedAll, context)
      if (named.length > 1) chosen = [...named, ...chosen.filter((c) => !named.some((n) => n.place.id === c.place.id))]
    }
    // "reach the city only along a single road from Druzhkivka": the city is the place, the road's town a
    // reference point (when "the city" has a settlement to point at; else the reference point stays).
    // "storm the city again across the Oskil": a river crossed on the way is not where the event is; the
    // city pointed at is.
    if (chosen.length > 0 && chosen.every((c) => isReference(text, c, context) || c.place.kind === 'river') && pointsAtSettlement()) {
      const rivers = chosen.some((c) => c.place.kind === 'river')
      // (Past a river, "the city" is the town the text last pointed at, as it is with no place at all.)
      const before = settlementBefore(text, ordered, history, anchor.sentence, excludedAll, context, rivers ? pointerNoun(pointers ??= settlementPointers(clauseText, clauseLower)) : null)
      if (before) chosen = [before]
    }

    // "Противник перебрасывает туда резервы из-под Славянска": "there" is the event's ground, the town
    // the reserves come from a reference point.
    if (chosen.length > 0 && chosen.every((c) => isReference(text, c, context)) && EVENT_ANAPHOR_KEYS.test(clauseLower) && EVENT_ANAPHOR.test(clauseText)) {
      const last = lastEventBefore(history, anchor.sentence)
      if (last) chosen = last.chosen
    }
    // A river is never where an event is ("вдоль Днепра переселили 126 жителей", "crept closer along the
    // Zherebets valley"): the control map is checked at a point, and a river runs through both sides'
    // ground. What is left of the sentence decides, as when it names no place.
    if (chosen.some((c) => c.place.kind === 'river')) {
      chosen = chosen.filter((c) => c.place.kind !== 'river')
      inSentence = inSentence.filter((c) => c.place.kind !== 'river')
    }
    if (chosen.length === 0) {
      // No place of its own: the sentence's places no other claim names; another claim's places only
      // when the clause points back at one ("the city", "there", "місто").
      const unclaimed = inSentence.filter(({ place }) => !anchor.siblings.some((s) => within(place.span, s)))
      if (unclaimed.length > 0) chosen = unclaimed
      else if (anchor.sharesPlaces) chosen = inSentence
      else if (PLACE_ANAPHOR.test(clauseText)) {
        // "зачистили північну частину міста та просунулися до Кіндрашівки": "the city" points back, so a
        // place named after it, in another claim's clause, is that claim's; the city is the one before.
        const pointer = anchor.clause[0] + anaphorAt(clauseText)
        chosen = pointsAtSettlement() ? inSentence.filter((c) => c.place.span[0] < pointer) : inSentence
      }
      // A region named anywhere in the sentence frames all its claims ("Authorities in Sumy Oblast …
      // as Russian forces step up attacks along the border").
      else chosen = inSentence.filter(({ place }) => place.kind === 'region')
      if (chosen.length === 0 && ((EVENT_ANAPHOR_KEYS.test(clauseLower) && EVENT_ANAPHOR.test(clauseText)) || ATTACK_FIRST.test(clauseText))) {
        // "Twenty-four of those assaults were beaten back", "there", "на цій ділянці": the last event's places.
        const last = lastEventBefore(history, anchor.sentence)
        if (last) chosen = last.chosen
      }
      // "над областю", "over the region": the region last named (within a few paragraphs). So too an
      // evacuation counted for the region's front-line or border areas as a whole ("з прифронтових
      // територій вивезли 214 людей", "56,000 people have left the border areas"): a region-wide
      // figure is placed at the region the report names (gold convention 39).
      if (chosen.length === 0) {
        const m = REGION_ANAPHOR_KEYS.test(clauseLower) ? REGION_ANAPHOR.exec(clauseText) : null
        if ((m && !(m[1] && /^\p{Lu}/u.test(m[1]))) || (claim.kind === 'evacuation' && claim.quantity !== null && FRONTIER_KEYS.test(clauseLower) && FRONTIER_AREAS.test(clauseText))) {
          const region = regionBefore(ordered, anchor.sentence, excludedAll)
          if (region) chosen = [region]
        }
      }
      // "the post office on Soborna Street", "on the southern edge", "the eastern side of town", "here":
      // ground inside the town the report is about, when the sentence names no settlement.
      // (A settlement the claim of the sentence just before was placed in is the one meant: "Ukrainian
      // troops have driven them out of Kupiansk-Vuzlovyi. They came back twice to take the streets back".)
      if (chosen.length === 0 && pointsInsideTown(clauseText)) {
        const last = lastEventBefore(history, anchor.sentence)
        const near = last && /^[\s"“”«»'’—–-]*$/u.test(text.slice(last.sentence[1], anchor.sentence[0])) ? last.chosen.filter((c) => c.place.kind === 'settlement') : []
        if (near.length === 1) chosen = near
        else if (town === undefined) {
          const opensReport = (c: Candidate): boolean => isDateline(text, c.place.span) || isCapitalsDateline(text, c.place.span)
          town = reportTown(ordered, (c) => opensReport(c) || (!excludedAll(c.place.span) && !isReference(text, c, context) && !isAxis(text, c, context) && !isRegionLike(text, c, context)), opensReport)
        }
        if (chosen.length === 0 && town) chosen = [town]
      }
      // "the village", "в городе" with no place in the sentence: the settlement last named before it.
      if (chosen.length === 0 && pointsAtSettlement()) {
        const noun = pointerNoun(pointers ??= settlementPointers(clauseText, clauseLower))
        const last = settlementBefore(text, ordered, history, anchor.sentence, excludedAll, context, noun)
        if (last) {
          chosen = [last]
          pointed.add(claim.id)
          if (noun === 'town') townPointed = { place: last, at: anchor.sentence[0] }
        }
      }
    }
    if (chosen.length === 0 && anchor.sharesPlaces && lastInSentence && lastInSentence.sentence[0] === anchor.sentence[0]) chosen = lastInSentence.chosen
    // A second verb of the same event by the same side, in the same sentence ("закрепились в районе депо
    // и элеватора, продвигаемся медленно"), is on the same ground.
    if (chosen.length === 0 && lastInSentence && lastInSentence.sentence[0] === anchor.sentence[0] && lastInSentence.kind === claim.kind && lastInSentence.side === claim.actorSide && claim.actorSide !== null) {
      chosen = lastInSentence.chosen
    }
    // A repulse of "them" ("…tried to advance toward Ostapivske, but Ukrainian defenders stopped them",
    // "…, але наші воїни відбили їх") is of the attack its sentence just told: that claim's places.
    if (chosen.length === 0 && claim.kind === 'repelled' && lastInSentence && lastInSentence.sentence[0] === anchor.sentence[0] && REPULSE_OF_THEM.test(clauseText)) {
      chosen = lastInSentence.chosen
    }
    // "— Російські канали пишуть про оточення Оріхова. Чи є така загроза? — Жодного оточення немає": a
    // denial with no place answers the claim of its kind just told (in a question, a quoted report).
    if (chosen.length === 0 && (claim.modality === 'denied' || claim.modality === 'premature')) chosen = answeredClaim(history, anchor, claim)?.chosen ?? chosen
    // "Наши штурмовики заходят в X, хохлы пытаются контратаковать у элеватора": a claim with no place of
    // its own, told in the same sentence by the same speaker as a claim with places, is on that ground.
    if (chosen.length === 0) chosen = sentenceGround(history, anchor, claim) ?? chosen
    // "Бердянск. На аэродроме после удара …", "Одесса. Россияне ударили по …": an item that opens with
    // its town and a full stop (a news site's regional line) is filed from that town; a claim of the
    // item with no place of its own is there. (Tolls look for their strike's places below.)
    if (chosen.length === 0 && claim.kind !== 'casualties' && claim.kind !== 'evacuation') {
      const lead = leadTown(text, ordered)
      if (lead && lead.place.span[1] <= anchor.sentence[0]) chosen = [lead]
    }
    chosen = dropContext(text, chosen, context, claim.kind).map((c) => cityOfDistrict(c, ordered))
    // A dateline ("DRUZHKIVKA, Ukraine, Sept 8 (Reuters) -", "Kyiv (AFP) -") says where the report was
    // filed: a place of the claim only when the claim has no other.
    if (chosen.length > 1 && chosen.some((c) => isDateline(text, c.place.span))) {
      const placed = chosen.filter((c) => !isDateline(text, c.place.span))
      if (placed.length > 0) chosen = placed
    }
    // A whole front, a grouping's zone: no single place ("97 attacks across the whole front, with the Kostiantynivka sector the busiest").
    // (Read only when it can change something: a claim with places, or a toll that would look for some.)
    if ((chosen.length > 0 || claim.kind === 'casualties') && (wholeFront(clauseText, clauseLower) || (COUNTRY_SHARE_KEYS.test(clauseLower) && COUNTRY_SHARE.test(clauseText)) || manyRegions(clauseText, clauseLower))) chosen = []
    else if (chosen.length === 0 && claim.kind === 'casualties') chosen = tollPlaces(text, anchor, history)
    lastInSentence = { sentence: anchor.sentence, kind: claim.kind, side: claim.actorSide, chosen }
    // The same place named twice links once (by gazetteer id).
    const seen = new Set<string>()
    const unique = [...new Set(chosen.map((c) => c.index))].filter((i) => {
      const id = places[i]!.id
      if (seen.has(id)) return false
      seen.add(id)
      return true
    })
    history.push({ sentence: anchor.sentence, kind: claim.kind, chosen: unique.map((i) => ({ place: places[i]!, index: i })), clause: anchor.clause, speaker: speakerKey(claim) })
    // (A claim with no place keeps its object: it is already what the step would copy it to.)
    return unique.length === 0 && claim.places.length === 0 ? claim : { ...claim, places: unique }
  })
  // A claim a pointer placed keeps the text's paragraph breaks (blank lines), for linkDuplicateClaims to
  // tell whether the claim it matches stands in the same paragraph. (Only such claims are asked about:
  // a weak-map entry per claim cost more than the rest of the step's bookkeeping.)
  if (pointed.size > 0) {
    const breaks: number[] = []
    for (let i = text.indexOf('\n\n'); i >= 0; i = text.indexOf('\n\n', i + 2)) breaks.push(i)
    for (const c of linked) if (pointed.has(c.id)) continuations.set(c, breaks)
  }
  return linked
}

/**
 * Claims whose places a pointer gave, each with its text's paragraph breaks (kept by object: the
 * pipeline hands the same objects to linkDuplicateClaims).
 */
const continuations = new WeakMap<Claim, readonly number[]>()

/** The paragraph (blank-line separated) holding `offset`: the number of breaks before it, by binary search. */
function paragraphAt(breaks: readonly number[], offset: number): number {
  return firstIndex(breaks.length, (k) => breaks[k]! < offset)
}

/**
 * "the two villages", "both towns", "обидва села", "оба города", "обох міст", "этих двух сёл": a counted pointer
 * (a bare number is none in Ukrainian or Russian: "Ще три населені пункти Покровської громади").
 */
const COUNTED_POINTER = fastWordBoundaries(/\b(?:the|these|those)\s+(two|three|four)\s+(?:villages|towns|cities|settlements)\b|\b(both)\s+(?:the\s+)?(?:villages|towns|cities|settlements)\b|(?:^|[\s,(])(?:(обидва|обидві|обох|оба|обе|обоих|обеих)|(?:ці|цих|тих|эти|этих|тех)\s+(двох|двух|два|дві|трьох|трёх|трех|три))\s+(?:сел[аоі]?|сіл|сёл|міст[аі]?|город[аов]*|селищ[аі]?|посёлк[аов]*|поселк[аов]*|населен\p{L}* пункт\p{L}*|населён\p{L}* пункт\p{L}*)(?=[\s,.;:!?)]|$)/iu)
const COUNTED_POINTER_KEYS = /two|three|four|both|обидв|обох|оба|обе|обоих|обеих|двох|двух|два|дві|трьох|трёх|трех|три/

function countOf(word: string): number {
  const w = word.toLowerCase()
  return /^(?:three|трьох|трёх|трех|три)$/.test(w) ? 3 : w === 'four' ? 4 : 2
}

/**
 * The last `n` distinct settlements named before offset `at` (within reach): what "the two villages"
 * points at. Reference points, axes, regions and attribution words never count.
 */
function settlementsBefore(text: string, ordered: readonly Candidate[], at: number, n: number, excluded: SpanTest, context: PlaceContext): Candidate[] {
  const out: Candidate[] = []
  for (let i = startingBefore(ordered, at) - 1; i >= 0 && out.length < n; i--) {
    const c = ordered[i]!
    if (c.place.span[1] > at) continue
    if (c.place.span[0] < at - DESCRIBED_REACH) break
    if (c.place.kind !== 'settlement' || excluded(c.place.span)) continue
    if (isReference(text, c, context) || isAxis(text, c, context) || isRegionLike(text, c, context)) continue
    if (!out.some((o) => o.place.id === c.place.id)) out.push(c)
  }
  return out.length === n ? out.reverse() : []
}

/**
 * A capital that acts or speaks is its government, not the city ("which Kyiv promptly waved away", "Kyiv
 * has stepped up long-range attacks", "one of the last towns Kyiv still holds", "Київ заперечує", "Киев
 * опроверг"): never the place of the event.
 * A capital that is acted on ("Kyiv was hit", "Kyiv came under attack", "атакували Київ") stays a place.
 */
const CAPITAL_NAMES: ReadonlySet<string> = new Set(['Kyiv', 'Moscow'])
const CAPITAL_ACTS = /^\s+(?:(?:also|now|again|then|later|already|still|\p{Ll}{3,}ly)\s+)*(?:(?:holds|held|controls|controlled|recaptured|retook|regained|reclaimed|liberated|lost|counterattacked)\b(?!\s+by\b)|(?:has|have|had)\s+(?!been\b)(?:\p{Ll}{3,}ly\s+)?\p{Ll}+(?:ed|en|t)\b|(?:said|says|denied|denies|rejected|rejects|dismissed|dismisses|waved|claimed|claims|insisted|insists|accused|accuses|responded|announced|wants|wanted|hopes|hoped|stepped|launched|sent|ordered|urged|warned|admitted|acknowledged|refused|plans|planned|intends|vowed|pledged|retaliated|blamed|sought|seeks|will|would|is\s+(?:trying|seeking|planning|preparing|stepping|pushing))\b)|^\s+(?:(?:\p{Ll}+о)\s+)?(?:заяви\p{L}*|заявля\p{L}*|спростува\p{L}*|спростову\p{L}*|заперечи\p{L}*|заперечу\p{L}*|опроверг\p{L}*|опроверга\p{L}*|отрица\p{L}*|наголоси\p{L}*|наполяга\p{L}*|настаива\p{L}*|вважа\p{L}*|считает|утвержда\p{L}*|стверджу\p{L}*|назва\p{L}*|відповів|ответил|обвинува\p{L}*|обвиня\p{L}*)(?=[\s,.;:!?]|$)/u

function isCapitalActor(text: string, place: Place): boolean {
  if (!CAPITAL_NAMES.has(place.name)) return false
  // (The geoparser's mention may take the possessive in: "Kyiv's" then ends at the s.)
  const after = (/['’]s$/u.test(place.mention) ? "'s" : '') + text.slice(place.span[1], place.span[1] + 60)
  return CAPITAL_ACTS.test(after) || CAPITAL_OWNS.test(after)
}

// Class: a capital named for its state ("Moscow's troops", "Kyiv's share has dwindled", "Kyiv's General
// Staff", "the Moscow-installed head", "a mining city Moscow still calls Dimitrov"): the state's forces,
// officials, ground or word, not an event in the city. A part of the city ("Kyiv's outskirts", "Kyiv's
// Shevchenkivskyi district") stays the city.
const CAPITAL_OWNS = /^(?:['’]s\s+(?:(?:own|main|latest|new|remaining|elite|regular|best|exhausted|depleted|overall|total|southern|northern|eastern|western)\s+)*(?:troops|forces|army|armies|soldiers|military|men|units|brigades|share|gains?|losses|holdings|grip|hold|control|government|officials|authorities|General\s+Staff|generals|commanders|command|defen[cs]e\s+ministry|Defen[cs]e\s+Ministry|ministry|Ministry|claims?|side|war|(?:counter-?)?offensives?|counter-?attacks?|campaign|push|advance|defenders|defen[cs]es?|lines|positions|drones|missiles|allies|partners|envoys?|negotiators|demands?|plans?|strategy|propaganda|version|account|figures|count|tally)\b|-(?:installed|backed|appointed|controlled|led|based|aligned|friendly|allied|imposed|run|loyal)\b|\s+(?:still\s+|now\s+)?(?:calls|called|refers\s+to|names|renamed)\s+\p{Lu})/u

/**
 * A clause that opens with the attack itself ("Атака захлебнулась", "Атаку зупинили на підступах", "The
 * assault was beaten back"): the attack just told, and its places.
 */
const ATTACK_FIRST = /^\s*(?:the\s+)?(?:attack|assault|attempt|counterattack|counter-attack|атака|атаку|штурм|контратака|контратаку|наступ|наступление)(?=[\s,.;:!?]|$)/iu

/** A repulse whose object is a pronoun for the attackers ("stopped them", "відбили їх", "отбросили их"). */
const REPULSE_OF_THEM = /\b(?:them|it)\b|(?:^|\s)(?:їх|их)(?=[\s,.;:!?]|$)/iu

/** Losses told without a figure ("suffering heavy losses", "несуть значні втрати", "понеся большие потери"): tied to no one event. */
const VAGUE_TOLL = /\b(?:heavy|significant|considerable|huge|serious|severe|mounting) (?:losses|casualties)\b|(?:^|\s)(?:значн\p{L}*|велик\p{L}*|важк\p{L}*|серйозн\p{L}*|тяжел\p{L}*|тяжёл\p{L}*|больш\p{L}*|серьёзн\p{L}*|серьезн\p{L}*|огромн\p{L}*) (?:втрат\p{L}*|потер\p{L}*)(?=[\s,.;:!?)]|$)/iu

/**
 * The places of the strike or fight a toll with no place of its own belongs to (README convention 2):
 * the last claim's, when it is a strike told just before ("Уночі росіяни атакували Харків. Поранено
 * п'ятьох людей"), or a fight the toll says it comes from ("за дві доби бою", "in the battle").
 */
function tollPlaces(text: string, anchor: ClaimAnchor, history: readonly Linked[]): Candidate[] {
  // Claims of the toll's own sentence with no place ("в результате атаки погиб мужчина": the attack word) are passed over.
  let at = history.length - 1
  while (at >= 0 && history[at]!.chosen.length === 0 && history[at]!.sentence[0] === anchor.sentence[0]) at--
  const last = history[at]
  if (!last || last.chosen.length === 0 || !TOLL_SOURCE.has(last.kind) || last.sentence[1] < anchor.sentence[0] - EVENT_REACH) return []
  const sentence = text.slice(anchor.sentence[0], anchor.sentence[1])
  if (wholeFront(sentence) || TOLL_TOTAL.test(text.slice(anchor.clause[0], anchor.clause[1])) || VAGUE_TOLL.test(sentence)) return []
  const tied = last.kind === 'strike' || last.kind === 'casualties' || TOLL_TIE.test(sentence)
  if (!tied) return []
  // "За дві доби боїв ворог втратив 41 особу", "in two days of fighting": the toll of every fight of
  // those days told just before, not of the last one alone.
  if (MULTI_DAY.test(sentence)) return fightsBefore(history, at, anchor.sentence)
  return last.chosen
}

/**
 * The claim a placeless denial answers: the claim told just before it (within reach), when it is of the
 * denial's kind ("оточення" after a report of encirclement) and has places. A claim of another kind in
 * between means the denial is about something else; one with no place ("said it had targeted a meeting,
 * a claim Kyiv rejected") leaves the denial without one too.
 */
function answeredClaim(history: readonly Linked[], anchor: ClaimAnchor, claim: Claim): Linked | undefined {
  const last = history.at(-1)
  if (!last || last.kind !== claim.kind || last.chosen.length === 0 || last.clause[1] > anchor.clause[0] || last.sentence[1] < anchor.sentence[0] - EVENT_REACH) return undefined
  return last
}

function speakerKey(claim: Claim): string {
  return `${claim.speaker.side}|${claim.speaker.name ?? ''}`
}

/**
 * The places of the last claim with places in the claim's own sentence, when the same speaker tells both:
 * a second event of one account ("Наши штурмовики заходят в Гуляйполе, хохлы пытаются контратаковать у
 * элеватора", "the enemy made 27 assault actions on the Pokrovsk axis, all of them were beaten back",
 * "Russian troops cut the only road behind them" after "pulled out of Shakhove … after") happens where
 * the first did. Not a figure after a list of places (a bulletin's "repelled 14 of the attacks near A, B
 * and C; five clashes are still ongoing" counts the axis, no one place), an evacuation's figure (the
 * sentence's other town is often where the evacuees went), or a forecast (what will go on is not bound
 * to the ground just told).
 */
function sentenceGround(history: readonly Linked[], anchor: ClaimAnchor, claim: Claim): Candidate[] | undefined {
  if (claim.modality === 'expected') return undefined
  for (let i = history.length - 1; i >= 0; i--) {
    const h = history[i]!
    if (h.sentence[0] !== anchor.sentence[0]) return undefined
    if (h.chosen.length === 0) continue
    if (h.speaker !== speakerKey(claim)) return undefined
    if (claim.quantity !== null && (h.chosen.length > 1 || claim.kind === 'evacuation')) return undefined
    return h.chosen
  }
  return undefined
}

/** A span of several days ("за дві доби боїв", "за трое суток", "in two days of fighting", "over the past three days"). */
const MULTI_DAY = /\b(?:two|three|four|five|\d+)[- ]days?\b|(?:^|[\s,(])за (?:(?:минулі|останні|последние|прошедшие) )?(?:дві|два|три|чотири|п['’]ять|двое|трое|четверо|\d+) (?:доби|діб|дні|днів|суток|дня|дней)(?=[\s,.;:!?)]|$)/iu

/** The places of the fights and strikes told before history entry `to` (inclusive) within reach, in order, each once. */
function fightsBefore(history: readonly Linked[], to: number, sentence: Span): Candidate[] {
  const out: Candidate[] = []
  for (let i = 0; i <= to; i++) {
    const h = history[i]!
    if (h.sentence[1] < sentence[0] - EVENT_REACH || !TOLL_SOURCE.has(h.kind) || h.kind === 'casualties') continue
    for (const c of h.chosen) if (!out.some((o) => o.index === c.index)) out.push(c)
  }
  return out
}

/** How far back (characters) "над областю" looks for its region: a short report's headline and lead. */
const REGION_REACH = 1500

/**
 * The region named last before `sentence` (within reach), outside attributions; else the last one an
 * attribution names ("Глава Херсонской области Владимир Сальдо сообщил"): an official's title names the
 * region the report is about when the text names it nowhere else.
 */
function regionBefore(ordered: readonly Candidate[], sentence: Span, excluded: SpanTest): Candidate | undefined {
  let titled: Candidate | undefined
  for (let i = startingBefore(ordered, sentence[0]) - 1; i >= 0; i--) {
    const c = ordered[i]!
    if (c.place.span[1] > sentence[0]) continue
    if (c.place.span[0] < sentence[0] - REGION_REACH) break
    if (c.place.kind !== 'region') continue
    if (!excluded(c.place.span)) return c
    titled ??= c
  }
  return titled
}

/** Whether the line holding `span` ends as a sentence does (a link line or a headline does not). */
function inProseLine(text: string, span: Span): boolean {
  let end = text.indexOf('\n', span[1])
  if (end < 0) end = text.length
  // A quotation cut before its "said" on a scraped page ('"I went to Kupiansk myself …,"') is prose too.
  return /(?:[.!?…]["»”’)]*|[,;:]["»”’])\s*$/u.test(text.slice(span[1], end))
}

const SETTLEMENT_ANAPHOR_ALL = new RegExp(SETTLEMENT_ANAPHOR.source, 'giu')
/** A counted settlement noun ("61 населеного пункту", "з 9 сіл", "три села") points back at nothing. */
const COUNTED = /(?:\d|\b(?:two|three|four|five|several|many|other|more|два|дві|три|чотири|п['’]ять|кілька|декілька|інш\p{L}*|другие|других|несколько|четыре|пять))\s*$/iu

/** Words one of which every WHOLE_FRONT phrase holds (lower-cased): the pattern runs only where one occurs. */
const WHOLE_FRONT_KEYS = /front|фронт|axes|directions|sectors|напрямк|направлени|зон/

function wholeFront(text: string, lower = text.toLowerCase()): boolean {
  return WHOLE_FRONT_KEYS.test(lower) && WHOLE_FRONT.test(text)
}

/**
 * A region's front-line, border or riverside areas taken as a whole, no one place: "from front-line areas",
 * "из прибрежной зоны вдоль Днепра", "з прибережних сіл",
 * "the border areas", "border districts", "з прифронтових територій / громад", "із прикордонних
 * громад", "с приграничных территорий", "из прифронтовых районов".
 */
const FRONTIER_AREAS = /\b(?:front-?line|frontier|border|borderland|riverside|riverbank|coastal) (?:areas?|districts?|communities|territor(?:y|ies)|zones?|settlements|villages|towns)\b|(?:^|[\s,(])(?:прифронтов|прикордонн|приграничн|прибережн|прибрежн)\p{L}* (?:територ|территор|громад|район|зон|населен|населён|сел|сёл|округ|муніципалітет|муниципалитет)\p{L}*/iu
const FRONTIER_KEYS = /front|frontier|border|riverside|riverbank|coastal|прифронтов|прикордонн|приграничн|прибережн|прибрежн/

/** Words one of which every EVENT_ANAPHOR phrase holds (lower-cased), and every REGION_ANAPHOR one. */
const EVENT_ANAPHOR_KEYS = /there|that|this|same|those|these|during| them|both|обидв|оба |обе |там|цій|цьому|тому|этом|этим|том|тем |під час|в ходе|во время| них| цих | тих | этих | тех |після цього|после этого|туда|туди/
const REGION_ANAPHOR_KEYS = /region|oblast|област|регіон|регион/

/** Stems one of which every SETTLEMENT_ANAPHOR word holds (lower-cased). */
const SETTLEMENT_ANAPHOR_KEYS = /city|town|village|square|settlement|its |outskirts|suburbs|quarter|neighbo|district|вулиц|улиц|проспект|його |її |его |её |ее |міст|сел|город|посел|посёл|населен|населён|район|квартал|застро|забудов|сектор|окраин|околиц|підступ|подступ|підход|подход|привокзал|промзон|площад/

/** Every settlement pointer of a clause ("the village", "міста", "в городе"), in order (`lower`: the clause lower-cased). */
function settlementPointers(clause: string, lower: string): readonly RegExpExecArray[] {
  return SETTLEMENT_ANAPHOR_KEYS.test(lower) ? [...clause.matchAll(SETTLEMENT_ANAPHOR_ALL)] : []
}

/** Whether a clause, whose settlement pointers are `pointers`, points back at one settlement, not at a counted few. */
function pointsBack(clause: string, pointers: readonly RegExpExecArray[]): boolean {
  for (const m of pointers) if (!COUNTED.test(clause.slice(Math.max(0, m.index - 20), m.index))) return true
  return false
}

/** Where in the clause its first settlement pointer ("міста", "the city") starts (the clause's length when none). */
function anaphorAt(clause: string): number {
  const m = SETTLEMENT_ANAPHOR.exec(clause)
  return m ? m.index : clause.length
}

/** The last claim before `sentence` (within reach) that has places. */
function lastEventBefore(history: readonly Linked[], sentence: Span): Linked | undefined {
  for (let i = history.length - 1; i >= 0; i--) {
    const h = history[i]!
    if (h.sentence[0] >= sentence[0]) continue
    if (h.sentence[1] < sentence[0] - EVENT_REACH) return undefined
    if (h.chosen.length > 0) return h
  }
  return undefined
}

/**
 * The settlement "the village" means: the first settlement of the last claim with places before its
 * sentence, unless a later sentence names a settlement no claim was found in ("Russian units had
 * "completely cleared" Kleban-Byk. The village remains contested"), then that one. Reference points,
 * axes, regions and attribution words never count.
 */
function settlementBefore(text: string, ordered: readonly { place: Place; index: number }[], history: readonly Linked[], sentence: Span, excluded: SpanTest, context: PlaceContext, noun: SettlementNoun | null = null): { place: Place; index: number } | undefined {
  const found = lastSettlementBefore(text, ordered, history, sentence, excluded, context)
  if (noun === null) return found
  if (found) {
    const called = describedAs(text, found.place.span)
    // "The town" is said of towns and cities alike, and the text need not call a well-known one a
    // town; "the village" is not said of a town, so only it looks past a settlement the text never described.
    // But when the text has already pointed at a town ("we will have to leave the town", "зачистили
    // північну частину міста"), a settlement named since and never called a town ("the capture of
    // Novotoretske", "просунулися до Кіндрашівки") does not take "the town's cultural center" from it.
    if (called === null && noun === 'town' && townPointed && townPointed.at >= sentence[0] - TOWN_POINTER_REACH && townPointed.place.place.id !== found.place.id) return townPointed.place
    if (called === noun || (called === null && noun === 'town')) return found
  }
  // "Zarichne, a village east of Lyman … push on Lyman itself … held the southern half of the village":
  // the village is the one the text called a village, not the town named since.
  for (let i = startingBefore(ordered, sentence[0]) - 1; i >= 0; i--) {
    const c = ordered[i]!
    if (c.place.span[1] > sentence[0]) continue
    if (c.place.span[0] < sentence[0] - DESCRIBED_REACH) break
    if (c.place.kind !== 'settlement' || excluded(c.place.span)) continue
    if (describedAs(text, c.place.span) === noun) return c
  }
  return found
}

// "the northern Donetsk town", "the eastern Kharkiv city": a region's name between a compass adjective
// and the noun that points back describes that noun ("the Kurylivka village council" names the village).
const POINTER_NOUN_AFTER = /^\s+(?:town|city|village)\b/iu
const THE_BEFORE = /\bthe\s+(?:north|south|east|west)(?:ern|-?(?:east|west)ern)\s+$/iu

function describesPointer(text: string, place: Place): boolean {
  return POINTER_NOUN_AFTER.test(text.slice(place.span[1], place.span[1] + 12)) && THE_BEFORE.test(text.slice(Math.max(0, place.span[0] - 30), place.span[0]))
}

/** How far back (characters) a town pointer's settlement is remembered: a few paragraphs. */
const TOWN_POINTER_REACH = 1500

/** The settlement the last town pointer ("the town", "міста", "в районе автовокзала") resolved to, and where. */
let townPointed: { place: Candidate; at: number } | null = null

/** How far back (characters) "the village" looks for a settlement the text called a village: about three sentences. */
const DESCRIBED_REACH = 700

type SettlementNoun = 'village' | 'town'

const VILLAGE_NOUN = /^(?:village|settlement|hamlet|сел[оіа]|селом|селищ\p{L}*|поселок\p{L}*|посёлок\p{L}*|поселк\p{L}*|посёлк\p{L}*|селе|деревн\p{L}*)$/iu
const TOWN_NOUN = /^(?:town|city|міст[оіа]|містом|містечк\p{L}*|город\p{L}*)$/iu

function nounClass(word: string): SettlementNoun | null {
  return VILLAGE_NOUN.test(word) ? 'village' : TOWN_NOUN.test(word) ? 'town' : null
}

/** What a clause's "the village" / "the town" / "села" / "города" (its settlement pointers) calls the settlement it points at. */
function pointerNoun(pointers: readonly RegExpExecArray[]): SettlementNoun | null {
  let part: SettlementNoun | null = null
  for (const m of pointers) {
    const words = m[0].trim().toLowerCase().replace(/['’]s$/, '').split(/\s+/)
    // A settlement noun anywhere in the clause says what the pointer means ("На околицях … село").
    const noun = nounClass(words[words.length - 1]!)
    if (noun) return noun
    // A part only a town has ("the depot district", "жилых кварталах", "привокзальный район") is a town's;
    // outskirts, approaches and "в районе …" are a village's as well.
    if (part === null && TOWN_PART.test(m[0])) part = 'town'
  }
  return part
}

const TOWN_PART = /district|quarter|neighbo|квартал|застро|забудов|мікрорайон|микрорайон|промзон|привокзал|площад/iu

/** Text after a name that describes it ("Zarichne, a village east of Lyman", "Покровськ — місто"). */
const DESCRIBED_AFTER = /^\s*(?:,|—|–|-)\s*(?:(?:a|an|the)\s+)?(?:[\p{L}'’-]+\s+){0,3}?(village|settlement|hamlet|town|city|село|селище|місто|містечко|город|поселок|посёлок|деревня)(?=[\s,.;:!?)]|$)/iu
/** Text before a name that describes it ("the village of Zarichne", "селі Зарічне", "города Купянск"). */
const DESCRIBED_BEFORE = /(?:\b(village|settlement|hamlet|town|city)\s+of|(?:^|[\s(])(сел[оіа]|селом|селищ\p{L}*|міст[оіа]|містом|містечк\p{L}*|город\p{L}*|поселк\p{L}*|посёлк\p{L}*|поселок|посёлок|селе|деревн\p{L}*))\s+$/iu

/** What the text calls the settlement at `span`, if it says. */
function describedAs(text: string, span: Span): SettlementNoun | null {
  const after = DESCRIBED_AFTER.exec(text.slice(span[1], span[1] + 60))
  if (after) return nounClass(after[1]!)
  const before = DESCRIBED_BEFORE.exec(text.slice(Math.max(0, span[0] - 30), span[0]))
  return before ? nounClass((before[1] ?? before[2])!) : null
}

function lastSettlementBefore(text: string, ordered: readonly { place: Place; index: number }[], history: readonly Linked[], sentence: Span, excluded: SpanTest, context: PlaceContext): { place: Place; index: number } | undefined {
  const from = sentence[0] - ANAPHOR_REACH
  let claimed: { place: Place; index: number } | undefined
  let claimedSentence = -1
  for (let i = history.length - 1; i >= 0 && !claimed; i--) {
    const h = history[i]!
    if (h.sentence[0] >= sentence[0]) continue
    if (h.sentence[1] < from) break
    claimed = h.chosen.find((c) => c.place.kind === 'settlement')
    if (claimed) claimedSentence = h.sentence[1]
  }
  for (let i = startingBefore(ordered, sentence[0]) - 1; i >= 0; i--) {
    const c = ordered[i]!
    if (c.place.span[1] > sentence[0]) continue
    if (c.place.span[0] < Math.max(from, claimedSentence)) break
    // A name no claim took counts only in prose (not a "Read also" link or a headline without a full stop) and never as a unit's name.
    if (!inProseLine(text, c.place.span)) continue
    if (c.place.kind !== 'settlement' || COMPARATIVE.test(c.place.mention) || excluded(c.place.span) || UNIT_AFTER_AT_START(text.slice(c.place.span[1], c.place.span[1] + 30))) continue
    if (isReference(text, c, context) || isAxis(text, c, context) || isRegionLike(text, c, context)) continue
    return c
  }
  return claimed
}

/**
 * Text after a dateline's place: up to a few words (", Ukraine, Sept 8") and then the agency in brackets
 * or slashes before a dash ("(Reuters) -", "(AP) —", "/ТАСС/", "/Укрінформ/").
 */
const DATELINE_AFTER = /^[^\n()/]{0,50}?(?:\([^()\n]{1,30}\)\s*[-–—]|\/[^/\n]{1,30}\/)/u
const DATELINE_AFTER_AT_START = (s: string): boolean => DATELINE_AFTER.test(s)

/** Whether the place at `span` begins a line and is followed by an agency's dateline mark. */
function isDateline(text: string, span: Span): boolean {
  let i = span[0] - 1
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--
  if (i >= 0 && text[i] !== '\n') return false
  return DATELINE_AFTER_AT_START(text.slice(span[1], span[1] + 80))
}

/**
 * How many places of `ordered` (sorted by start) start at or before `at`, by binary search: the
 * backward scans for what a pointer points at begin there, as no place starting after `at` ends at
 * or before it (they skipped every such place one by one, from the text's last: quadratic in length).
 */
function startingBefore(ordered: readonly Candidate[], at: number): number {
  return firstIndex(ordered.length, (k) => ordered[k]!.place.span[0] <= at)
}

/** The places whose spans lie within `span` (`ordered` sorted by start), by binary search. */
function placesWithin(ordered: readonly { place: Place; index: number }[], span: Span): { place: Place; index: number }[] {
  const out: { place: Place; index: number }[] = []
  for (let i = firstIndex(ordered.length, (k) => ordered[k]!.place.span[0] < span[0]); i < ordered.length && ordered[i]!.place.span[0] < span[1]; i++) if (ordered[i]!.place.span[1] <= span[1]) out.push(ordered[i]!)
  return out
}

/**
 * Words after a name that make it a region's name ("Donetsk People's Republic", "Донецька обласна …",
 * "Donetsk and Luhansk regions"). The list's words are whole words: "у Константиновки и Плещеевки
 * Донецкой Народной Республики" is two villages of the region, though "Плещеевк|и Донецкой" ends in
 * the letter of a conjunction.
 */
const REGION_AFTER = /^(?:(?:\s*,\s*|\s+(?:and|та|і|и|й)\s+)[\p{L}'’-]+(?![\p{L}'’-]))*[\s'’-]*(?:people['’]s republic|regions?\b|oblasts?\b|regional\b|governorate|народн\p{L}* республік\p{L}*|народн\p{L}* республик\p{L}*|area\b|обл\.|област\p{L}*|обласн\p{L}*|областн\p{L}*|край|краю)/iu

/** What the words around each place (by index) say of it, read once however many claims the place is a candidate for. */
interface PlaceContext {
  readonly regionLike: Map<number, boolean>
  readonly locator: Map<number, boolean>
  readonly axis: Map<number, boolean>
  readonly comparison: Map<number, boolean>
  /** `isEligible` by place. */
  readonly eligible: Map<number, boolean>
  /** `describesPointer` by place. */
  readonly describes: Map<number, boolean>
}

type Candidate = { place: Place; index: number }

/** "in", "in the", "in the city of" between a part of a town and the town. */
const PART_IN = /^\s+in\s+(?:the\s+(?:city\s+of\s+)?)?$/u
/** Farther than this from the town after it, a settlement's namesake is no village beside it but a part of the town. */
const PART_OF_TOWN_KM = 30

/**
 * "A strike hit a building in the Shevchenko in Kyiv", "Saltivka in Kharkiv": a name right before "in <a
 * town>" that the geoparser resolved to a settlement far from that town (a village named like the town's
 * district) is a part of the town, no place of its own (round 23, dev-pool sample). A village near the town
 * ("Rohan in Kharkiv", 15 km) keeps its place. Asked only where " in " follows the name.
 */
function isPartOfTownAfter(text: string, c: Candidate, ordered: readonly Candidate[]): boolean {
  if (c.place.kind !== 'settlement' || !text.startsWith(' in ', c.place.span[1])) return false
  // The first place after the name (ordered by start: a binary search).
  let lo = 0
  let hi = ordered.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (ordered[mid]!.place.span[0] < c.place.span[1]) lo = mid + 1
    else hi = mid
  }
  const next = ordered[lo]
  if (!next || next.place.kind !== 'settlement' || next.place.span[0] - c.place.span[1] > 20 || !PART_IN.test(text.slice(c.place.span[1], next.place.span[0]))) return false
  return kmBetween(c.place, next.place) > PART_OF_TOWN_KM
}

/** Great-circle distance between two places' points, km (a sphere of 6,371 km: enough to tell 30 km from 600). */
function kmBetween(a: Place, b: Place): number {
  const rad = Math.PI / 180
  const dLat = (b.lat - a.lat) * rad
  const dLon = (b.lon - a.lon) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** The settlement a text opens with, followed by a full stop and a space ("Бердянск. …"), or null. */
function leadTown(text: string, ordered: readonly Candidate[]): Candidate | null {
  const first = ordered[0]
  if (!first || first.place.kind !== 'settlement') return null
  const [start, end] = first.place.span
  if (text[end] !== '.' || !/\s/u.test(text[end + 1] ?? '') || text.slice(0, start).trim() !== '') return null
  return first
}

function isRegionLike(text: string, { place: p, index }: Candidate, context: PlaceContext): boolean {
  let known = context.regionLike.get(index)
  if (known === undefined) context.regionLike.set(index, (known = p.kind === 'region' || REGION_AFTER_AT_START(text.slice(p.span[1], p.span[1] + 80))))
  return known
}

/**
 * `re.test(text)` for a pattern anchored at the start (`/^…/`), tried at the start only: V8 tries an
 * unanchored-looking pattern (`^a|^b`, or `^` under the u flag) at every position of the text.
 */
function startsWithMatch(re: RegExp): (text: string) => boolean {
  // (Built on the first test, as endsWithMatch's are.)
  let sticky: RegExp | undefined
  return (text) => {
    sticky ??= new RegExp(re.source, `${re.flags}y`)
    sticky.lastIndex = 0
    return sticky.test(text)
  }
}

const AXIS_AFTER_AT_START = startsWithMatch(AXIS_AFTER)
const REGION_AFTER_AT_START = startsWithMatch(REGION_AFTER)
const LOCATOR_AFTER_AT_START = startsWithMatch(LOCATOR_AFTER)
const UNIT_AFTER_AT_START = startsWithMatch(UNIT_AFTER)

/**
 * "the Donetsk regional military administration", "Kharkiv Regional governor": a name that opens an
 * institution's name says whose the institution is, not where the event was (as a unit's name does).
 * So too a hill, a street or an avenue named after a town ("Kremenets Mountain in Izium", "Kyivska Street"
 * as "Kyiv Street"): the town it names is elsewhere.
 * The geoparser keeps the city there: its own evaluation codes such rows by the town's point.
 */
const INSTITUTION_AFTER_AT_START = startsWithMatch(/^\s+(?:[Rr]egional|REGIONAL)\b|^\s+(?:[Mm]ountain|Mount|[Hh]ill|[Ss]treet|[Aa]venue|[Bb]oulevard)\b/u)

/** The lower-cased last word of `window` (the word right before a name). */
function lastWord(window: string): string {
  // (By hand: the window without its trailing white space, as trimEnd has it, then back to the last
  // space, line break or bracket; trimming and three searches cost more than the tests it serves.)
  let end = window.length
  while (end > 0 && isTrimmedSpace(window.charCodeAt(end - 1))) end--
  let start = end
  while (start > 0) {
    const c = window.charCodeAt(start - 1)
    if (c === 0x20 || c === 0x0a || c === 0x28) break
    start--
  }
  return window.slice(start, end).toLowerCase()
}

/** The characters String.prototype.trim removes: ECMAScript WhiteSpace and LineTerminator. */
function isTrimmedSpace(c: number): boolean {
  return (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

/** Last words before a name one of which every LOCATOR_BEFORE match ends with (else the pattern is not tried). */
const LOCATOR_LAST = new Set('of from outside to between linking and the від от з із до на из боку стороны з-під із-під из-под — – -'.split(' '))
/** Last words before a name one of which every COMPARISON_BEFORE match ends with. */
const COMPARISON_LAST = new Set('than of as the за ніж як чем как площадь площади территория территории территорию площа площі площу територія території територію'.split(' '))

/** Road nouns whose name follows them ("траси Костянтинівка — Дружківка", "шоссе Бахмут"). */
const ROAD_WORD = /^(?:трас|дорог|шосе|шоссе|автодорог|автотрас)/

function mayLocate(window: string): boolean {
  const w = lastWord(window)
  return LOCATOR_LAST.has(w) || w.endsWith('ніше') || w.endsWith('нее') || ROAD_WORD.test(w) || / (?:that|which) /.test(window)
}

function isReference(text: string, { place, index }: Candidate, context: PlaceContext): boolean {
  let known = context.locator.get(index)
  if (known === undefined) {
    const before = text.slice(Math.max(0, place.span[0] - 60), place.span[0])
    known = (mayLocate(before) && LOCATOR_BEFORE(before)) || LOCATOR_AFTER_AT_START(text.slice(place.span[1], place.span[1] + 40))
    context.locator.set(index, known)
  }
  return known
}

// Where evacuees are taken: "bound for X", "headed to X", "taken to X", "moved … to X", "evacuation trains to X"
// (English; tested only where the words before a place end in "for", "to", "towards", "into" or "of").
const TAKEN_TO_BEFORE = /(?:(?:bound|headed|heading|destined|leaving|left|bussed|bused)\s+for|(?:taken|moved|relocated|bused|bussed|evacuated|sent|brought|driven|transported|resettled|rehoused|headed|heading|fled|went|gone|shuttled|ferried|transferred|buses|trains|train|bus|evacuation|relocation|transfer|journey)(?:\s+(?:[\p{L}\p{N},'’-]+\s+){0,6}?)?\s*(?:on\s+)?(?<!(?:close|next|near|nearer|closer|adjacent|up|due|according|owing|prior|relative)\s+)(?:to|towards|into)(?:\s+(?:the\s+)?(?:city|town|safety\s+of|relative\s+safety\s+of|regional\s+centre\s+of|region\s+of))?)\s+$/iu

/** Whether the place at `span` is where evacuees are taken (see TAKEN_TO_BEFORE; DESTINATION_BEFORE below reads more words but only between places). */
function isDestination(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span[0] - 60), span[0])
  return /(?:for|to|towards|into|of)\s+$/iu.test(before) && TAKEN_TO_BEFORE.test(before)
}

function isComparison(text: string, { place, index }: Candidate, context: PlaceContext): boolean {
  let known = context.comparison.get(index)
  if (known === undefined) {
    const before = text.slice(Math.max(0, place.span[0] - 40), place.span[0])
    context.comparison.set(index, (known = COMPARISON_LAST.has(lastWord(before)) && COMPARISON_BEFORE(before)))
  }
  return known
}

/**
 * Whether a place may be an event's place at all, by the words around it alone: not a country, a
 * comparative adverb, a comparison's yardstick, a capital acting as a government, an institution's,
 * street's or hill's name, or a part of the town named after it. The same for every claim of its
 * sentence, so read once per place.
 */
function isEligible(text: string, c: Candidate, ordered: readonly Candidate[], context: PlaceContext): boolean {
  let known = context.eligible.get(c.index)
  if (known === undefined) {
    const place = c.place
    known = place.kind !== 'country' && !COMPARATIVE.test(place.mention) && !isComparison(text, c, context) && !isCapitalActor(text, place) && !INSTITUTION_AFTER_AT_START(text.slice(place.span[1], place.span[1] + 12)) && !isPartOfTownAfter(text, c, ordered)
    context.eligible.set(c.index, known)
  }
  return known
}

/** `describesPointer` of a place, read once per place. */
function describesPointerOnce(text: string, c: Candidate, context: PlaceContext): boolean {
  let known = context.describes.get(c.index)
  if (known === undefined) context.describes.set(c.index, (known = describesPointer(text, c.place)))
  return known
}

function isAxis(text: string, { place, index }: Candidate, context: PlaceContext): boolean {
  let known = context.axis.get(index)
  if (known === undefined) context.axis.set(index, (known = AXIS_AFTER_AT_START(text.slice(place.span[1], place.span[1] + 80))))
  return known
}

/** A raion or okrug noun right after a name ("Synelnykove district", "Грайворонском округе", "Ізюмський район"). */
const DISTRICT_AFTER = /^[\s'’-]*(?:districts?|raions?|rayons?|район\p{L}*|округ\p{L}*)(?=[\s,.;:!?)]|$)/iu
const DISTRICT_AFTER_AT_START = startsWithMatch(DISTRICT_AFTER)

/** Words before a name that make it where evacuees were taken ("resettled in", "размещены в ПВР в", "вивезли до"). */
const DESTINATION_BEFORE = endsWithMatch(/(?:\b(?:resettled|relocated|housed|accommodated|sheltered|placed|taken|moved|bused|brought|evacuated|dormitor\p{L}*|shelters?|hostels?)\s+(?:[\p{L}-]+\s+){0,3}?(?:in|to|into)|(?:^|[\s,(])(?:размещен\p{L}*|розміщен\p{L}*|поселен\p{L}*|доставлен\p{L}*|вывезен\p{L}*|вивезен\p{L}*|вывезли|вивезли|перевезен\p{L}*|переселен\p{L}*|пересел(?:ят|ит|ять|ить|яют|или|яли|или)|отселен\p{L}*|отсел(?:ят|ит|или)|відселен\p{L}*|відсел(?:ять|или|яють)|вивез(?:уть|ли)|вывез(?:ут)|перевез(?:ли|уть|ут))\s+(?:[\p{L}«»-]+\s+){0,5}?(?:в|у|во|до))\s+(?:the\s+)?$/iu)

/**
 * A city's district ("Dniprovskyi District (Zaporizhzhia)", "в Індустріальному районі" of Kharkiv) is
 * in the city: a claim there is mapped to the city when the text names it (the gold conventions name the
 * city; the map is checked at the city). The gazetteer writes a city district's name with its city in
 * brackets.
 */
function cityOfDistrict(c: Candidate, ordered: readonly Candidate[]): Candidate {
  if (c.place.kind !== 'district' || !c.place.name.endsWith(')')) return c
  const city = /\(([^()]+)\)$/u.exec(c.place.name)?.[1]
  if (!city) return c
  let best: Candidate | undefined
  for (const o of ordered) {
    if (o.place.kind !== 'settlement' || o.place.name !== city) continue
    if (!best || Math.abs(o.place.span[0] - c.place.span[0]) < Math.abs(best.place.span[0] - c.place.span[0])) best = o
  }
  return best ?? c
}

/**
 * What is left of a claim's candidate places once context words are read: settlements before raions,
 * city districts and rivers, those before regions; places that are not reference points or axes
 * before those that are.
 */
function dropContext(text: string, chosen: Candidate[], context: PlaceContext, kind: Claim['kind']): Candidate[] {
  // Each step below keeps its filtered list only when that is not empty, so one place (or none) is
  // kept as it is: most claims have one, and the steps' reads of the words around it decide nothing.
  if (chosen.length <= 1) return chosen
  let out = chosen
  // Convention 116: "Rubizhne, Luhansk Oblast", "Roty, Donetsk region", "Novoselivka, Donetsk." (a town,
  // a comma, then its own oblast, or a city of its oblast that ends the sentence) name one place, the
  // town; the settlement is no item of a list of regions for the region word after it.
  const qualified = new Set<Candidate>()
  if (out.length > 1) {
    for (const c of out) {
      const town = out.find((o) => o !== c && isQualifiedBy(text, o.place, c.place))
      if (!town) continue
      qualified.add(c)
      // ("between Yampil and Siversk, Donetsk Oblast": the towns listed before the qualified one are in
      // the same oblast, no list of regions either.)
      for (const o of out) if (o.place.kind === 'settlement' && o.place.admin1 === town.place.admin1 && o.place.span[1] <= town.place.span[1]) context.regionLike.set(o.index, false)
    }
    if (qualified.size > 0) out = out.filter((c) => !qualified.has(c))
  }
  const notRegion = out.filter((c) => !isRegionLike(text, c, context))
  const settlements = notRegion.filter((c) => c.place.kind === 'settlement' || c.place.kind === 'other')
  const specific = settlements.length > 0 ? settlements : notRegion.filter((c) => c.place.kind === 'district' || c.place.kind === 'river')
  if (specific.length > 0) out = specific
  // Where evacuees were taken ("resettled in Belgorod dormitories", "размещены в ПВР в Белгороде") is
  // not where they left: the evacuation's place is the one they came from.
  if (kind === 'evacuation' && out.length > 1) {
    const origins = out.filter((c) => !DESTINATION_BEFORE(text.slice(Math.max(0, c.place.span[0] - 70), c.place.span[0])))
    if (origins.length > 0) out = origins
  }
  // A raion or okrug named by its town beside a settlement in it ("В Грайворонском округе в селе
  // Головчино", "In the Synelnykove district, Russian troops tried to advance toward Ostapivske") only
  // says where the settlement is. (A hromada is the town's own community: "Марганецькій громаді" stays.)
  const notDistrict = out.filter((c) => !DISTRICT_AFTER_AT_START(text.slice(c.place.span[1], c.place.span[1] + 30)))
  if (notDistrict.length > 0 && notDistrict.length < out.length) out = notDistrict
  // An axis is not the place itself: a settlement named only as a reference point ("advanced west of
  // Zaliznychne" on the Huliaipole direction) still locates the claim better than the axis does.
  const located = out.filter((c) => !isAxis(text, c, context))
  if (located.length > 0) out = located
  // A reference point in brackets after a place ("west of Zaliznychne (west of Huliaipole)") only says where that place is.
  const unbracketed = out.filter((c) => !(isReference(text, c, context) && IN_BRACKETS.test(text.slice(Math.max(0, c.place.span[0] - 40), c.place.span[0]))))
  if (unbracketed.length > 0) out = unbracketed
  // Judgement call 28: a town a road is named after ("the Kostiantynivka-Druzhkivka highway", "трасу на
  // Краматорськ") places the claim only when the clause gives nothing else; a settlement it locates the
  // event by, even as a reference point ("two kilometers west of Kostiantynivka"), is the closer fix.
  const offRoad = out.filter((c) => !isRoadName(text, c.place))
  if (offRoad.length > 0 && offRoad.length < out.length) out = offRoad
  // A town named right after a settlement with a word of nearness ("в Гвардійському під Сімферополем",
  // "Hvardiiske outside Simferopol", "Калинівка біля Броварів") only says where that settlement is.
  if (out.length > 1) {
    const placed = out.filter((c) => !out.some((o) => o !== c && o.place.kind === 'settlement' && isNearPointer(text, o.place, c.place)))
    if (placed.length > 0) out = placed
  }
  const main = out.filter((c) => !isReference(text, c, context))
  return main.length > 0 ? main : out
}

/** Whether `after` follows the settlement `town` after a comma only as its region: its oblast (a region word after it, singular), or a city of its oblast that ends the sentence. */
function isQualifiedBy(text: string, town: Place, after: Place): boolean {
  if (town.kind !== 'settlement' || town.admin1 === null || after.admin1 !== town.admin1) return false
  if (!/^\s*,\s*$/u.test(text.slice(town.span[1], after.span[0])) || after.span[0] - town.span[1] > 4) return false
  const rest = text.slice(after.span[1], after.span[1] + 24)
  if (after.kind === 'region') return !/^\s*(?:regions|oblasts|provinces)\b/iu.test(rest) && !/^\s*(?:,|and)\s+\p{Lu}/u.test(rest)
  // ("Novoselivka, Donetsk": the oblast's namesake city read as the oblast; never "Kramatorsk, Sloviansk".)
  return after.kind === 'settlement' && town.admin1.startsWith(`${after.name} `) && (QUALIFIER_REGION_WORD.test(rest) || /^\s*(?:[.;:!?)\n]|$)/u.test(rest))
}
const QUALIFIER_REGION_WORD = /^\s*(?:oblast|region|province)\b/iu

// What stands between a settlement and the town it is said to be near (geoparse's POINTER_GAP, which
// ranks the settlement's namesakes by the same words), with no comma: after a comma the town is the
// next item of a list ("просунулися в Костянтинівці, поблизу Іллінівки та Степанівки").
const NEAR_GAP = /^[\s(]*(?:(?:що|что|which is|that is|just|some)\s+)?(?:під|под|біля|около|возле|близ|поблизу|вблизи|неподалік(?:\s+від)?|неподалеку\s+от|недалеко\s+(?:від|от)|near|outside|close\s+to|not\s+far\s+from)\s+$/iu

/** Whether `town` follows `settlement` with only a word of nearness between. */
function isNearPointer(text: string, settlement: Place, town: Place): boolean {
  const gap = town.span[0] - settlement.span[1]
  return gap > 0 && gap <= 30 && NEAR_GAP.test(text.slice(settlement.span[1], town.span[0]))
}

/** Whether a name is a road's ("the Kramatorsk highway", "the road to Siversk", "трасу Костянтинівка – Дружківка", "дорога на Боровую"). */
function isRoadName(text: string, place: Place): boolean {
  return LOCATOR_AFTER_AT_START(text.slice(place.span[1], place.span[1] + 40)) || ROAD_BEFORE(text.slice(Math.max(0, place.span[0] - 50), place.span[0]))
}
const ROAD_BEFORE = endsWithMatch(/(?:\b(?:road|highway|motorway|route|railway|rail line|supply (?:road|route|line))s?\s+(?:from|to|towards?|between|linking|into)(?:\s+[\p{Lu}][\p{L}'’-]*\s+(?:to|and))?|(?:трас\p{L}*|дорог\p{L}*|шосе|шоссе|автодорог\p{L}*|автотрас\p{L}*|залізниц\p{L}*|железн\p{L}* дорог\p{L}*)(?:\s+(?:з|із|від|до|на|от|из|в бік|в сторону))?(?:\s+[\p{Lu}][\p{L}'’-]*\s*(?:[-–—]|(?:до|на|і|та|и))\s*)?)\s+$/iu)

/**
 * Links repeated claims to the first one: same speaker, kind, actor, places, time and figure (a headline
 * restating the lead, a quote restating the paraphrase). Kept, never dropped.
 */
export function linkDuplicateClaims(claims: readonly Claim[], places?: readonly Pick<Place, 'id'>[]): Claim[] {
  const first = new Map<string, string>()
  // (By id, built only when a claim placed by a pointer repeats another.)
  let byId: Map<string, Claim> | undefined
  const linked = claims.map((claim) => {
    const key = [
      claim.speaker.name ?? '', claim.kind, claim.actorSide ?? '', claim.modality, [...claim.places].sort().join(','),
      claim.time.start ?? '', claim.time.end ?? '', claim.quantity ? `${claim.quantity.value}${claim.quantity.unit}` : '',
    ].join('|')
    const original = first.get(key)
    if (original === undefined) {
      first.set(key, claim.id)
      return claim
    }
    // A claim placed by a pointer in the paragraph of the claim it matches goes on about the place
    // ("… просачиваться в Купянск. Бойцы закрепились в районе хлебозавода"): a new statement. A
    // restatement (a headline and its lead, a paraphrase and its quote) stands in another paragraph.
    const breaks = continuations.get(claim)
    if (breaks && paragraphAt(breaks, claim.span[0]) === paragraphAt(breaks, (byId ??= new Map(claims.map((c) => [c.id, c]))).get(original)!.span[0])) return claim
    return { ...claim, duplicateOf: original }
  })
  return linkCountsRetold(linked, places)
}

/**
 * A figure told twice, once with fewer places: a lead's "The Huliaipole direction saw the most attacks
 * — 20 battles" over the body's "20 attacks near Huliaipole, Dobropillia and Pryluky", or the body's
 * tally retold in a closing summary (conventions 14 and 46: one event is one claim). Same speaker,
 * kind, side, modality, time and figure, and the places of one inside the other's; the claim with fewer
 * places repeats the fuller one, wherever it stands. Claims without a figure or a place are left to the
 * exact match above: a bare "shelled Kherson" twice may be two strikes.
 */
function linkCountsRetold(claims: Claim[], places: readonly Pick<Place, 'id'>[] | undefined): Claim[] {
  // Places by id when the mentions are at hand: a lead's "Huliaipole" and the body's "Gulyaypole" are
  // two mentions of one place.
  const ids = (c: Claim): string[] => c.places.map((i) => places?.[i]?.id ?? String(i))
  const byKey = new Map<string, number[]>()
  claims.forEach((c, i) => {
    if (!c.quantity || c.places.length === 0 || c.duplicateOf) return
    const key = [c.speaker.name ?? '', c.kind, c.actorSide ?? '', c.modality, c.time.start ?? '', c.time.end ?? '', `${c.quantity.value}${c.quantity.unit}`].join('|')
    const list = byKey.get(key)
    if (list) list.push(i)
    else byKey.set(key, [i])
  })
  let out: Claim[] | null = null
  for (const list of byKey.values()) {
    if (list.length < 2) continue
    for (const i of list) {
      const fewer = claims[i]!
      const own = new Set(ids(fewer))
      const fuller = list.map((j) => claims[j]!).find((o) => {
        if (o === fewer) return false
        const theirs = new Set(ids(o))
        return theirs.size > own.size && [...own].every((p) => theirs.has(p))
      })
      if (!fuller) continue
      out ??= [...claims]
      out[i] = { ...fewer, duplicateOf: fuller.id }
    }
  }
  return out ?? claims
}

function within(inner: Span, outer: Span): boolean {
  return inner[0] >= outer[0] && inner[1] <= outer[1]
}

/** Whether a span overlaps one of a set of spans. */
type SpanTest = (span: Span) => boolean

/**
 * `(span) => spans.some((x) => overlaps(x, span))` in logarithmic time: the spans sorted by start with
 * the furthest end reached so far; one overlaps [s, e) exactly when one starting before e ends after s.
 * (Asked for every place before a pointer, it was a scan of every attribution of the text: quadratic.)
 */
function overlapsAnyOf(spans: readonly Span[]): SpanTest {
  const sorted = [...spans].sort((a, b) => a[0] - b[0])
  const starts = sorted.map((x) => x[0])
  const reach: number[] = []
  for (const [k, x] of sorted.entries()) reach.push(k === 0 ? x[1] : Math.max(reach[k - 1]!, x[1]))
  return ([s, e]) => {
    const lo = firstIndex(starts.length, (k) => starts[k]! < e)
    return lo > 0 && reach[lo - 1]! > s
  }
}

function overlaps(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1]
}
