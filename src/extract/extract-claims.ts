import type { Claim, ClaimKind, Document, Issue, Outcome, Quantity, Side, Span, Speaker } from '../domain/index.js'
import { wordCount } from './word-count.js'
import { endsWithMatch, fastWordBoundaries, findDateExpressions, firstIndex, gated, splitSentences, testSlice, type DateExpression, type SentenceSpan, type Token } from '../text/index.js'
import {
  canonicalVia,
  closesQuote,
  dashNameLine,
  datelineLength,
  findAttributions,
  findCataphoricSpeech,
  interviewTurns,
  dashInterviewTurns,
  isPressService,
  addressHeadingSpeaker,
  ownReleaseSpeaker,
  namesHeadlineSource,
  outletNamedBack,
  namesOwnOutletInCase,
  opensQuote,
  namesPerson,
  personTitleIn,
  resolveOutlet,
  openingPerson,
  isOutletName,
  resolveSpeakerPhrase,
  namesEvidence,
  speakerNameBounds,
  wholeEntityName,
  SpeakerContext,
  attributionWords,
  type AttributionFrame,
  type SentenceAttribution,
  type SentenceText,
  SERVES_SIDE,
  SERVICE_ROLE,
  hostSide,
  hostedSpeakerSide,
  russianOutletSide,
  titledSpeakerSide,
  isOwnPublication,
  appositionAfter,
} from './attribution/index.js'
import { findQuantities, type FoundQuantity } from './find-quantities.js'
import { isInUrl, PageFurniture } from './page-furniture.js'
import { isWarMonitorFeed } from './war-monitor-feed.js'
import { readsAsMonitorCaption } from './monitor-caption-shape.js'
import { captionAttackKind } from './caption-attack-kind.js'
import { captionTroopsHitOwner } from './caption-troops-hit.js'
import { isAttackToll as isCaptionAttackToll, isFightingAtSettlement } from './caption-fighting-control.js'
import { findCaptionDeadFrames } from './lexicon/en-caption-dead.js'
import { everydayWords, hasMilitaryMark, isShellsNoun, militaryMarks, movesPopulation, namesOrCountsGround } from './military-context.js'
import { bodyStart, restatedHeadlines } from './restated-headlines.js'
import { isSectionHeading } from './section-headings.js'
import { isGenericPluralEvent } from './generic-events.js'
import { eventDetails } from './event-details.js'
import { supposition } from './supposed-events.js'
import { isNegativeForecast } from './negative-forecast.js'
import { findSingleVictims, findSingleVictimsEn } from './single-victim.js'
import { findBareTolls } from './bare-toll.js'
import { hypotheticalSpans } from './hypothetical-clauses.js'
import { FOLD_UNSAFE, lexiconFor, tokenize, withFrames, type ModalityCue, type PhraseMatch, type SideData, type TriggerData } from './lexicon/index.js'
import { isFlagOnPart } from './flag-ground.js'
import { answerHeldGround } from './held-ground-answer.js'
import { strikeAgentMarkers } from './locative-side-words.js'
import { deicticActorSide, eventHasOwnSubject, isCapitalAsStrikePlace, isEngagementBetweenSides, isInsideQuote, isUnnamedStrikeInRussia, lossOwnerSide, opposite, resolveActorSide, unnamedStrikeSide } from './resolve-actor-side.js'
import { InheritedTime, resolveClaimTime } from './resolve-claim-time.js'
import { hasNewOccasion } from './statement-occasion.js'
import { checkedPart } from './partial-confirmation.js'
import { mostHitAsStrikes } from './most-hit.js'
import { isEffortOnly } from './effort-statements.js'
import { isGenericFront } from './generic-front.js'
import { isAttemptedGain } from './attempted-gains.js'
import { cueQualifies, isFailedManner, negates, resolveModality } from './resolve-modality.js'
import { isEdgeChar, splitClauses } from './split-clauses.js'
import { isFacilityTarget, strikeEventSplit, strikeTargetSegments } from './strike-target-list.js'
import { isObjectFirstStrike } from './object-first-strikes.js'
import { isUnitPatient } from './unit-patients.js'

/** What extraction needs of a document. */
/**
 * What extraction reads of a document. `format`, when given, is the input type ingest detected: a
 * Telegram export's posts are the channel's own statements on Telegram (their `via`).
 */
export type ExtractableDocument = Pick<Document, 'id' | 'text' | 'lang' | 'publishedAt' | 'outlet'> & Partial<Pick<Document, 'format'>>

/** Where a claim sits in the text, for linking the places a geoparser finds to it. */
export interface ClaimAnchor {
  readonly claimId: string
  /** Where its places are looked for: its clause (for a counter-statement, the clause it answers). */
  readonly clause: Span
  readonly sentence: Span
  /** Attribution words: places there belong to the speaker ("spokesman for the Kharkiv group"). */
  readonly excluded: readonly Span[]
  /** The other claims' clauses in the same sentence: a claim naming no place borrows only unclaimed ones. */
  readonly siblings: readonly Span[]
  /**
   * Whether the claim may take the places of the other claims in its sentence: it shares their
   * subject ("continued operations near X but did not advance") or is the toll of a strike there.
   */
  readonly sharesPlaces: boolean
  /** A strike whose own clause names no side: where it landed may say who struck (held-ground-strike-side.ts). */
  readonly sideUnnamed?: boolean
  /** Whether the strike's clause names ground Russia holds ("у Росії", "в окупованому", "в Криму"): no place resolved in Ukraine's ground overrules it. */
  readonly russianGroundNamed?: boolean
  /**
   * A monitor caption's toll of civilians told with its attack and no side ("Civilians wounded after shelling
   * in X"): it takes the side a strike there would (convention 113; held-ground-strike-side.ts).
   */
  readonly heldGroundToll?: boolean
}

export interface ExtractedClaims {
  readonly claims: readonly Claim[]
  /** One per claim, in the same order. */
  readonly anchors: readonly ClaimAnchor[]
}

interface Draft {
  kind: ClaimKind
  /** Split off a clause that counts settlements beside an area: its kind is not refined by the area. */
  fixedKind?: boolean
  triggers: PhraseMatch<TriggerData>[]
  clause: Span
}

interface Built {
  readonly claim: Claim
  readonly anchor: ClaimAnchor
  readonly sentenceIndex: number
}

/** Kinds whose quantity preference, most wanted unit first. */
const QUANTITY_PREFERENCE: Record<ClaimKind, readonly Quantity['unit'][]> = {
  'area-change': ['km2', 'percent', 'other'],
  // (Soldiers only as the subject's size: "around 300 Russian soldiers have infiltrated"; see pickQuantity.)
  advance: ['km', 'km2', 'soldiers'],
  withdrawal: ['km', 'km2'],
  capture: ['other', 'km2'],
  control: ['percent', 'km2', 'other'],
  casualties: ['soldiers', 'people', 'other'],
  evacuation: ['people', 'other'],
  assault: ['other'],
  repelled: ['other'],
  strike: ['other'],
  encirclement: ['soldiers', 'people', 'other'],
  other: ['soldiers', 'people', 'other'],
}

// (After a fronted adverbial of place or time: "At the closest point they are about 14 km from …",
// "By Sunday they had reached …", "Overnight, they …".)
const ANAPHOR_START = /^[\s«"“„'‘(—–-]*(?:(?:(?:at|in|on|by|since|after|before|near|around|along|within|for) (?:[\p{L}\p{N}'’-]+ ){0,3}?[\p{L}\p{N}'’-]+|now|still|already|meanwhile|overnight|yesterday|today|so far|by now|last (?:week|month|night))(?:,\s*|\s+)(?=(?:they|it|he|she)\s))?(?:they|it|he|she|this|that|these|those|the (?:attack|strike|assault|offensive|enemy|group|unit|units|troops|forces)|вони|він|вона|воно|це|они|он|она|оно|это)(?![\p{L}\p{N}])/iu
const EN_PASSIVE_BEFORE = endsWithMatch(/\b(?:was|were|is|are|been|being|be|get|got|gets|getting)\s+(?:(?:reportedly|already|also|now|fully|completely|finally|not|successfully|partially|largely|effectively|allegedly|still)\s+)*$/iu)
/** A suppress cue that names a threat or risk ("threat of", "через загрозу", "из-за угрозы"). */
const THREAT_CUE = /threat|risk|danger|загроз|ризик|угроз|риск/i
// "any" with up to two modifiers right before the event word ("any envelopment", "any new Russian").
const ANY_BEFORE = endsWithMatch(/(?<![\p{L}])any\s+(?:[\p{L}-]+\s+){0,2}$/iu)
const FORCE_BEFORE = endsWithMatch(/\b(?:units?|troops|forces|soldiers|servicemen|fighters|brigades?|battalions?|regiments?|compan(?:y|ies)|platoons?|detachments?|groups?|infantrymen|men|corps|divisions?|armies|army|crews?|formations?|garrisons?|groupings?)\s+$/iu)
// A unit noun and the relative pronoun of a clause on it: "бригад, що", "батальйону, який", "полков, которые".
const UNIT_RELATIVE_BEFORE = endsWithMatch(/(?<![\p{L}])(?:бригад|батальйон|батальон|полк|підрозділ|подразделени|частин|рот|корпус|угруповань|группировк|дивізі|дивизи|загон|отряд)\p{L}*,?\s+(?:що|які|яка|який|яке|котрі|котра|котрий|которые|который|которая|которое)\s+$/iu)
// The verbs of a unit's standing duty: holding the defence, fighting, defending.
const UNIT_DUTY_VERB = /^(?:трима|утриму|оборон|вою|держ|удержива|обороня)/iu
const DETERMINER_BEFORE = endsWithMatch(/(?<![\p{L}])(?:no|more|any|enough|the|a|an|its|their|his|of|such|these|those|ці|такі|ніяких|більше|эти|такие|никаких|больше)\s+$/iu)
// A headline drops the auxiliary also for one victim ("Ukrainian soldier killed in Donbas", "Man
// killed in Donetsk shelling") and after "reported" ("Two troops reported killed").
const PEOPLE_BEFORE = endsWithMatch(/\b(?:servicem[ae]n|servicewom[ae]n|soldiers?|troops|fighters?|personnel|civilians?|people|persons?|residents?|m[ae]n|wom[ae]n|child(?:ren)?|POWs?|militiam[ae]n|militants?|rebels?|separatists?|officers?|volunteers?|marines?|paratroopers?|guardsm[ae]n|military|medics?|journalists?|teenagers?|pensioners?)\s+(?:(?:reportedly|reported|allegedly)\s+)?$/iu)
/** A figure of a force's people, named by their force, right before a participle ("120 military units of the AFU "). */
const FORCE_PEOPLE_OF_BEFORE = /(?:^|[^\p{L}\p{N}])\p{N}[\p{N},.]*\s+(?:[\p{L}-]+\s+)?(?:servicem[ae]n|soldiers|troops|fighters|personnel|militants|military units|military)\s+of\s+(?:the\s+)?(?:Armed Forces of Ukraine|AFU|APU|UAF|Ukrainian (?:army|Armed Forces)|Russian (?:army|Armed Forces)|Armed Forces of (?:the\s+)?Russia(?:n Federation)?|RF Armed Forces)\s+$/u
// An object after the participle makes it an active verb: a determiner or figure ("killed two"), or
// a name ("troops captured Yampil"); case matters for the name, so the test is case-sensitive.
/** A participle with nothing after it but a place, a time or the clause's end ("military destroyed in the X district"). */
const PLACE_OR_END_AFTER = /^\s*(?:$|[,.;:—–-]|(?:in|near|on|at|during|by|over|outside|around|overnight|yesterday|today)(?![\p{L}]))/u
// (A figure of any length: "killed 12 soldiers" is active; a lone digit class before \b never passed "12".)
const OBJECT_AFTER = /^\s+(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|at least|more than|about|up to|nearly|several|\p{N}+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|dozens|hundreds|scores)\b|\p{Lu}\p{Ll})/u
const ADJECTIVE_BEFORE = endsWithMatch(/\b(?:the|a|an|in|of|these|those|its|their|several|many|some|into|from)\s+$/iu)
const UK_PASSIVE = /(?:ено|єно|ано|яно|ито|ято|ений|ена|ене|ені|аний|ана|ане|ані|итий|ита|ите|иті|(?:бит|ранен)(?:их|ого|ому))$/u
// Short passive participles; "-ит"/"-ят" only after the roots that form them ("взят", "убит"), not
// in verbs ("освободят", "говорит").
const RU_PASSIVE = /(?:ен|ён|ена|ено|ены|ан|ана|ано|аны|ян|яна|яно|яны|бит[аоы]?|[зн]ят[аоы]?|крыт[аоы]?|(?:бит|ранен)(?:ых|ые|ый|ая|ое|ого))$/u
const PERFECT_BEFORE = endsWithMatch(/\b(?:have|has|had|having|was|were|been|be|is|are)\s+(?:(?:now|already|also|fully|completely|reportedly)\s+)?$/iu)
const PRENOMINAL_PARTICIPLE = /^(?:occupied|liberated|[\p{L}]+-(?:controlled|held|occupied))$/iu
// The noun a participle describes: a place or area word, or a name and a facility or place noun ("Luhansk
// oil depot"); a name followed by anything else is the participle's object ("liberated Andriivka
// yesterday", "occupied Kherson in March" are captures).
const DESCRIBED_NOUN_AFTER = gated(/^\s+(?:(?:\p{Lu}[\p{L}'’-]*\s+){1,2}(?:oil|fuel|ammunition|ammo|air|military|power|thermal|energy|gas|grain|railway|rail|city|regional|port|sea|river|airfield|airport|airbase|depot|refinery|base|district|plant|factory|station|substation|terminal|warehouse|bridge|checkpoint|garrison|hospital|school|market|outskirts|suburbs?|region|oblast|area|village|town|settlement|administration|headquarters|barracks)(?![\p{L}])|(?:territor(?:y|ies)|areas?|lands?|regions?|parts|towns?|villages?|cities|city|settlements?|districts?|hromadas?|communities|south|east|north|west|zones?)(?![\p{L}]))/u)
const ADJECTIVAL_OCCUPIED = endsWithMatch(/(?:\b(?:the|in|of|from|on|into|across|to|at|and|or|temporarily|newly|still|illegally|other|all|its|their|Russian|Russia['’]s)\s+|^|[,(]\s*)$/iu)

/**
 * Turns a document into claims: per sentence, the attribution (who says it, through what, with
 * what stance), the clauses and their event words (kind), the actor's side, the modality, the time
 * (with a past bias against the statement or publication date) and the quantity. Statements about an
 * earlier claim ("denied the reports") become claims that repeat it with the new speaker's stance.
 * Linear in the text's length; never throws on text (an internal error becomes an issue).
 */
export function extractClaims(document: ExtractableDocument): Outcome<ExtractedClaims> {
  try {
    return { value: extract(document), issues: [] }
  } catch (error) {
    const issue: Issue = {
      code: 'extract-failed',
      severity: 'error',
      message: `${document.id}: claim extraction failed (${error instanceof Error ? error.message : String(error)}); no claims for this document`,
      sourceId: document.id,
    }
    return { value: { claims: [], anchors: [] }, issues: [issue] }
  }
}

/** A caption's label naming unnamed posts as its source ("Social media text mentions:", "Local Telegram channels report:"). */
const SOCIAL_SOURCE_LABEL = /^\W*(?:(?:local|pro-russian|pro-ukrainian|russian|ukrainian)\s+)?(?:social media|telegram|vk|twitter|local media|local sources|unconfirmed reports?)(?:\s+(?:text|posts?|channels?|users?|accounts?|reports?))?\s+(?:mentions?|says?|claims?|reports?|suggests?|states?|alleges?)\s*:/iu

// The compiled `extract` is only valid for the array and object shapes it has seen: a value of a new
// shape (the empty array `.map` returns beside a full one, an object spread from a differently built
// draft) throws the code away, and each recompile of extract costs V8 about two CPU-seconds (65e99d8).
// The helpers below build their arrays element by element from one literal, so they have one shape.
const NO_SPANS: readonly Span[] = []

/** The spans of `first`, then of `second`, then of the sides' names (of the strong ones only with `strongOnly`), in that order. */
function spansWithSides(first: readonly Span[], second: readonly Span[], sides: readonly PhraseMatch<SideData>[], strongOnly: boolean): Span[] {
  const out: Span[] = []
  for (let i = 0; i < first.length; i++) out.push(first[i]!)
  for (let i = 0; i < second.length; i++) out.push(second[i]!)
  for (let i = 0; i < sides.length; i++) if (!strongOnly || sides[i]!.data.strong) out.push(sides[i]!.span)
  return out
}

/** A short quoted name in title case ("the "Ukrainian House" cultural centre", "“Russian Drama Theatre”"). */
const QUOTED_NAME = /["“](\p{Lu}[\p{L}'’-]*(?:\s+(?:of|the|and|\p{Lu}[\p{L}'’-]*)){0,4})["”]/gu

/**
 * The side names outside quoted proper names (English): "Ukrainian" in "Damage to the "Ukrainian House" in X"
 * names a building, not the side that owns or hit it (round 23, dev-pool sample: the strike lost its
 * held-ground side). The same array when the text has no quotation mark.
 */
function withoutQuotedNames(sides: PhraseMatch<SideData>[], text: string, lang: Document['lang']): PhraseMatch<SideData>[] {
  if (lang !== 'en' || sides.length === 0 || (!text.includes('"') && !text.includes('“'))) return sides
  const names: Span[] = []
  for (const m of text.matchAll(QUOTED_NAME)) names.push([m.index, m.index + m[0].length])
  if (names.length === 0) return sides
  const out: PhraseMatch<SideData>[] = []
  for (let i = 0; i < sides.length; i++) if (!names.some((n) => within(sides[i]!.span, n))) out.push(sides[i]!)
  return out
}

/** Each claim of a sentence onto `built`, its anchor given the clauses of the sentence's other claims. */
function pushWithSiblings(built: Built[], sentence: readonly Built[]): void {
  for (let i = 0; i < sentence.length; i++) {
    const b = sentence[i]!
    const siblings: Span[] = []
    for (let j = 0; j < sentence.length; j++) if (sentence[j]!.anchor.clause !== b.anchor.clause) siblings.push(sentence[j]!.anchor.clause)
    built.push({ ...b, anchor: { ...b.anchor, siblings } })
  }
}

function extract(document: ExtractableDocument): ExtractedClaims {
  const { text, lang } = document
  const lexicon = lexiconFor(lang)
  const tokens = tokenize(text)
  const keys = new DocumentKeys(text)
  // "entered Kostiantynivka", not "entered talks": vetted before overlaps resolve.
  const listed = lexicon.triggers.match(text, tokens, (span, data) => (!data.capitalAfter || CAPITAL_NEXT.test(text.slice(span[1], span[1] + 24))) && (!data.lowercase || LOWER_FIRST.test(text[span[0]]!)))
  const sides = withoutQuotedNames(lexicon.sides.match(text, tokens), text, lang)
  // Verbs the lexicon lacks, decided by their clause's frame ("battled into the depot", "sank two boats").
  const framed = lexicon.frames ? withFrames(listed, lexicon.frames({ text, tokens, triggers: listed, sides })) : listed
  // A war monitor's feed ("Damaged hospital", "Crater at the school"): every line is the war's (war-monitor-feed.ts).
  // With no outlet at all, a text that reads as one of its captions is taken as one (monitor-caption-shape.ts).
  const warFeed = isWarMonitorFeed(document.outlet) || (document.outlet === null && lang === 'en' && readsAsMonitorCaption(text))
  // A caption's dead shown ("Bodies in the street", "Mass grave near X") are a toll (lexicon/en-caption-dead.ts).
  const triggers = warFeed && lang === 'en' ? withFrames(framed, findCaptionDeadFrames(text, framed)) : framed
  const cues = lexicon.cues.match(text, tokens)
  const dates = findDateExpressions(text)
  const quantities = findQuantities(text, lang !== 'en', tokens)
  const sentences = lang === 'en' ? withoutWireSlugs(text, splitSentences(text)) : splitSentences(text)
  // Whether any line ends a sentence: a document without one is all headline (see `heading` below).
  const bodyFrom = bodyStart(text)
  const hasBody = bodyFrom >= 0
  // Words of war and the sides' names: an event word with nothing of war near it is read in its everyday sense.
  const warWords = militaryMarks(text, lang, tokens)
  const military = spansWithSides(warWords, NO_SPANS, sides, false).sort((a, b) => a[0] - b[0])
  // Words of war and armed forces only: a capital's or country's name ("Kyiv", "Ukraine") is no sign that a toll is war's.
  const forceWords = sides.some((m) => m.data.strong) ? spansWithSides(warWords, NO_SPANS, sides, true).sort((a, b) => a[0] - b[0]) : warWords
  const speakers = new SpeakerContext()
  const outletSpeaker = withOutletSide(resolveOutlet(document.outlet), text, lang)
  // The country a story is filed from ("KYIV, Oct 6 (Reuters) -", "MOSCOW, May 3 /TASS/"): whose
  // "national television" and unnamed-country brigade a speaker there speaks for.
  const home = hostSide(text, lang, outletSpeaker.side, homeSide(text, outletSpeaker))
  // A channel's own post has no via (gold convention 34): the reader of a Telegram export, or of a
  // feed named "Account (Telegram)", is already where the statement came out. A via is written only
  // where the text names one ("wrote on Telegram"), and a statement the post relays keeps its own.
  const publisherVoice: Speaker = outletSpeaker.via ? { ...outletSpeaker, via: null } : outletSpeaker
  if (outletSpeaker.name) speakers.remember({ speaker: publisherVoice, type: 'org', words: outletSpeaker.name.toLowerCase().split(/\s+/), publisher: true })
  // A report printed under a heading that names one person's address ("Звернення Президента України
  // Володимира Зеленського", "Address by Governor …") is that person speaking: the text's own voice is
  // theirs, not the office's that published it.
  const addressPhrase = addressHeadingSpeaker(text)
  const addresser = addressPhrase ? resolveSpeakerPhrase(addressPhrase, new SpeakerContext()) : null
  // A monitor's caption presenting a unit's or a ministry's own footage ("Russian MoD footage of …",
  // "93rd Brigade showing …") is that body's statement (conventions 96, 113).
  const release = warFeed ? ownReleaseSpeaker(text) : null
  const outletVoice: Speaker = release ?? (addresser?.type === 'person' && addresser.speaker.name ? { ...addresser.speaker, via: null } : publisherVoice)
  if (release) speakers.remember({ speaker: release, type: 'org', words: release.name!.toLowerCase().split(/\s+/) })
  else if (outletVoice !== publisherVoice) speakers.remember({ ...addresser!, speaker: outletVoice })

  const inherited = quoteSpeakers(text, sentences, lang, tokens)
  // "Harkusha: Maybe a third of it …": the interviewee's labelled turns are theirs.
  const askedAt = new Map<number, number>()
  for (const [k, f] of interviewTurns(text, sentences, (label) => isOutletName(label) || (document.outlet !== null && label.toLowerCase() === document.outlet.trim().toLowerCase()), document.outlet, askedAt)) if (!inherited.has(k)) inherited.set(k, f)
  // "— Що зараз біля X?" / "— Минулого тижня вони …": the unlabelled answer turns are the interviewee's.
  // (Convention 146: an interview a unit's press service publishes is on the unit's own channel; no via.)
  if (text.includes('— ') || text.includes('– ')) for (const [k, f] of dashInterviewTurns(text, sentences, lang, isPressService(document.outlet) ? null : outletSpeaker.name)) if (!inherited.has(k)) inherited.set(k, f)
  const built: Built[] = []
  let floor: { paragraph: number; modality: Claim['modality'] | null } | null = null
  let lastActor: Side | null = null
  let lastStrikeActor: { side: Side; sentence: number } | null = null
  const inheritedTime = new InheritedTime(text, document.publishedAt)
  let lastStatement: { name: string; date: DateExpression; interview: boolean } | null = null
  // The speaker of the last sentence, when it was attributed to someone other than the outlet.
  let resultOf: { speaker: Speaker; paragraph: number } | null = null
  let postHeader: { speaker: Speaker; paragraph: number } | null = null
  // Officials a sentence calls by title only ("the regional governor said"), and who a later one names.
  const titledOnly: { title: string; name: string; sentence: number; named: { speaker: Speaker; sentence: number } | null }[] = []

  const cursor = { t: 0, s: 0, c: 0, d: 0, q: 0 }
  // The first token of the sentence being read, for its attribution words.
  let wordCursor = 0
  let linkLabelParagraph: number | null = null
  let linkLineEnd = -1
  const furniture = new PageFurniture()
  // The sentences that are headings of a section of the body.
  const sectionHeadings = new Set<number>()
  // A bare verdict sentence ("That is nonsense.", "— Це неправда.") whose rebuttal claim the next
  // sentence of the same speaker may tell in full ("Our troops still hold the village.").
  let bareReply: { id: string; sentenceIndex: number; paragraph: number; speaker: string | null; answers: Built } | null = null
  for (let si = 0; si < sentences.length; si++) {
    const sentence = sentences[si]!
    const [ss, se] = sentence.span
    speakers.beginSentence(si, sentence.paragraph)
    const sTriggers = takeWithin(triggers, cursor, 't', ss, se)
    const sSides = takeWithin(sides, cursor, 's', ss, se)
    const sCues = takeWithin(cues, cursor, 'c', ss, se)
    const sDates = takeWithin(dates, cursor, 'd', ss, se)
    // "7 вересня", "on December 4": a figure inside a date counts nothing.
    const sQuantities = takeWithin(quantities, cursor, 'q', ss, se).filter((q) => !sDates.some((d) => overlaps(d.span, q.span)))
    if (floor && floor.paragraph !== sentence.paragraph) floor = null
    if (dashNameLine(text.slice(ss, se))) continue
    // (A war monitor's line is the caption itself: "Image: damage from shelling …" is its report, no photo credit.)
    if (!warFeed && furniture.skips(text, ss, se)) continue
    // Scraped link lines ("Read also: …", "Читайте також: …") and the headline under a bare
    // "Related news" label are other stories, not this report's claims.
    const line = text.slice(ss, se)
    // A fact check's "Claim: …" label states the claim under check, which its body then tells with its
    // speaker ("Pro-Kremlin channels posted the clip, saying …"): like a headline restating the body
    // (convention 14), it is no claim of its own.
    if (lang === 'en' && CHECKED_CLAIM_LABEL.test(line)) continue
    // The linked headline runs to the end of the label's line, whatever marks it holds ("Read more: \"We
    // were told two weeks.\" Evacuees, a year on"): a sentence of that line after the label is its rest.
    if (ss < linkLineEnd) continue
    if (LINK_LABEL.test(line)) {
      linkLabelParagraph = /^[^:]*:\s*\S/u.test(line) ? null : sentence.paragraph
      const nl = text.indexOf('\n', se)
      linkLineEnd = nl < 0 ? text.length : nl
      continue
    }
    if (linkLabelParagraph !== null && !'.!?…"”»'.includes(line.slice(-1) || '\n') && /\n\s*$/u.test(text.slice(Math.max(0, ss - 3), ss))) {
      linkLabelParagraph = null
      continue
    }
    linkLabelParagraph = null

    // A site name after an English headline (" - Kyiv Post"); a Ukrainian or Russian headline's dash
    // names its source instead ("…, – ОВА"), which the trailing-speech detector reads, and so does an
    // English agency headline's (" - Basurin", " - DPR Operational Command"; attribution/source-tail.ts).
    const siteSuffix = lang === 'en' ? furniture.titleSuffix(text, ss, se) : null
    const titleSuffix = siteSuffix && namesHeadlineSource(text.slice(siteSuffix[0], siteSuffix[1]), document.outlet) ? null : siteSuffix
    const attributed = attributionWords(tokens, ss, titleSuffix ? titleSuffix[0] : se, wordCursor)
    wordCursor = attributed.next
    // An interviewer's turn is read from after its label ("FP: Russian channels write that …").
    const askedFrom = askedAt.get(si) ?? ss
    const attribution = findAttributions({ text: text.slice(askedFrom, titleSuffix ? titleSuffix[0] : se), offset: askedFrom, lang, words: attributed.bits }, sDates, (a, b) => sTriggers.some((t) => t.span[0] >= a && t.span[1] <= b))
    if (attribution.heading?.floor) floor = { paragraph: sentence.paragraph, modality: attribution.heading.floor }
    // "Social media text mentions: …", "Telegram channels report: …": a monitor relaying unnamed posts reports
    // what they say (modality `reported`, as "according to unnamed reports"), in its own voice.
    else if (warFeed && !floor && SOCIAL_SOURCE_LABEL.test(line)) floor = { paragraph: sentence.paragraph, modality: 'reported' }
    // "Супутникові знімки підтвердили ураження складу. Про це повідомили аналітики X": evidence that
    // "confirms" is no speaker; the source the next sentence names speaks, based on that evidence (29, 56).
    const cataphoric = attribution.main?.speaker && inherited.get(si)?.detector === 'trailing' && namesEvidence(attribution.main.speaker) ? inherited.get(si)! : null
    const main = cataphoric ? { ...cataphoric, basedOn: cataphoric.basedOn ?? attribution.main!.speaker } : (attribution.main ?? inherited.get(si) ?? null)
    // A statement about an earlier claim that opens the sentence ("The Ukrainian military denied the
    // reports, saying that …") makes its speaker the speaker of the rest.
    const leadCounter = !main ? attribution.counters.find((c) => c.span[0] <= ss + 2) : undefined
    const sentenceGoverning = main ?? (leadCounter ? { ...leadCounter, stance: 'neutral' as const } : null)
    if (sentenceGoverning && hasNewOccasion(text, ss, sentenceGoverning.span)) speakers.markNewOccasion()
    let sentenceSpeaker = speakerOf(sentenceGoverning, attribution, speakers, outletVoice, text.slice(ss, se), sSides, home, ss, text.slice(Math.max(0, ss - 2000), ss), lang)
    // "Major X commands a drone company …": a person introduced as the subject, whom a later "he" may mean.
    if (!sentenceGoverning && lang === 'en') {
      const introduced = openingPerson(line)
      if (introduced) speakers.mention(introduced)
    }
    // "Уночі Харків атакували дрони, повідомив Синєгубов. Поранено двох людей.": a sentence of the same
    // paragraph that only tells the toll or result of the event just attributed keeps its speaker and
    // via (judgement call 21); a new event, or a new paragraph, falls back to the outlet.
    if (!sentenceGoverning && resultOf && resultOf.paragraph === sentence.paragraph && isResultSentence(line, sTriggers, sSides)) sentenceSpeaker = resultOf.speaker
    // "Генштаб ЗСУ: у ніч на 25 листопада … завдали ударів. У Таганрозі зафіксовано ураження …": a post
    // quoted under its source's name is that source's to the end of its paragraph (its own sentences name
    // no one; another speaker's frame ends it).
    else if (!sentenceGoverning && postHeader && postHeader.paragraph === sentence.paragraph) sentenceSpeaker = postHeader.speaker
    else resultOf = sentenceGoverning && sentenceSpeaker.name && sentenceSpeaker.name !== outletVoice.name ? { speaker: sentenceSpeaker, paragraph: sentence.paragraph } : null
    if (sentenceGoverning) postHeader = sentenceGoverning.header && sentenceSpeaker.name && sentenceSpeaker.name !== outletVoice.name ? { speaker: sentenceSpeaker, paragraph: sentence.paragraph } : null
    // "X claimed that A, but ISW assesses that B": the clauses after a contrasting frame are its speaker's.
    // "Росіяни заявляють про захоплення X, однак Сили оборони утримують … Про це розповів Трегубов.": a
    // sentence with its own speaker, named again after it, gives what follows its "but" to the later one.
    const contrast = attribution.contrast ?? (attribution.main ? contrastBeforeCataphor(text, attribution.main, inherited.get(si), se) : null)
    const contrastSpeaker = contrast ? speakerOf(contrast, { ...attribution, relay: null }, speakers, outletVoice, text.slice(ss, se), sSides, home, ss, text.slice(Math.max(0, ss - 2000), ss), lang) : null
    const byline = furniture.byline(text, ss, se)
    // "Asked whether Moscow could take the city back, the commander …": no claim of the question's own,
    // but its subject is whom the answer's "they" means.
    const questions = reportedQuestions(text, ss, se, keys)
    const asked = questions.length > 0 ? sSides.find((m) => (m.data.side === 'RU' || m.data.side === 'UA') && questions.some((q) => within(m.span, q))) : undefined
    if (asked) lastActor = asked.data.side as Side
    const excluded = [...attribution.excluded, ...(leadCounter ? continuationFrame(text, leadCounter.span, se) : []), ...(titleSuffix ? [titleSuffix] : []), ...(byline ? [byline] : []), ...questions]
    // "Генштаб ЗСУ: уражено склад у Криму", "Минобороны РФ: уничтожен склад ВСУ": the side word of a source
    // told as a header before a colon names the speaker, not who struck (header-source-sides.test.ts).
    const header = lang === 'en' ? undefined : attribution.excluded.find((x) => x[0] - ss <= 60 && text.slice(x[0], x[1]).trim() === ':')
    const actingSides = header ? sSides.filter((m) => !(m.span[0] >= ss && m.span[1] <= header[0])) : sSides
    // Dates in descriptive asides ("Siversk, a town that had been on the front line since the summer
    // of 2022") do not date the event.
    const asides = subordinateSpans(text, ss, se)
    // "Kupiansk, which Ukrainian forces liberated in September 2022, …", "Куп'янськ, звільнений у 2022
    // році, …": an event told in a relative or participial aside and dated to an earlier year is the
    // place's history, background to the sentence's claim; it is no claim, and its year dates nothing.
    const background = document.publishedAt ? earlierYearAsides(text, ss, se, Number(document.publishedAt.slice(0, 4))) : []
    asides.push(...background)
    // "«Медиазона» за последние две недели установила имена …", "Генштаб за минулу добу повідомив про …":
    // a period between the speaker and the verb is the period of what is told, not the statement's day.
    const framePeriods = attribution.main?.detector === 'leading' ? sDates.filter((d) => within(d.span, attribution.main!.span) && FRAME_PERIOD.test(text.slice(d.span[0], d.span[1]))) : []
    const contentDates = sDates.filter((d) => (framePeriods.includes(d) || !excluded.some((x) => overlaps(x, d.span))) && !asides.some((x) => within(d.span, x)))
    // The frame's own date; a cataphoric frame ("… Про це 19 травня заявив X.") lies in the next sentence.
    // A quotation's frame is the quoted words themselves: a time in them ("\"Last week we beat off a
    // push\"") is what is told, not when it was said.
    let statementDate = sentenceGoverning && sentenceGoverning.detector !== 'quote' ? (dateWithin(sentenceGoverning.span[0] >= ss && sentenceGoverning.span[1] <= se ? (framePeriods.length > 0 ? sDates.filter((d) => !framePeriods.includes(d)) : sDates) : dates, sentenceGoverning.span) ?? null) : null
    // "He added …", "According to Bilyk …", "За його словами …": a statement of the speaker last
    // quoted with a date continues that statement and takes its date (judgement call 3).
    // A frame naming its speaker anew ("the ministry said", "Zelensky wrote on Telegram") is a
    // statement of its own.
    // A dated interview ("In an interview on Nov. 18, X said …", "в інтерв'ю 18 листопада") is one
    // statement: every later statement of its speaker without a date of its own continues it, however
    // the frame names them ("X said", "the general said", "the commander added").
    if (sentenceGoverning && sentenceSpeaker.name) {
      const continued: { name: string; date: DateExpression; interview: boolean } | null = lastStatement
      if (statementDate) lastStatement = { name: sentenceSpeaker.name, date: statementDate, interview: INTERVIEW.test(text.slice(ss, se)) }
      else if (continued?.name !== sentenceSpeaker.name) lastStatement = null
      else if (continued.interview || CONTINUATION_FRAME.test(text.slice(sentenceGoverning.span[0], sentenceGoverning.span[1]))) statementDate = continued.date
    }
    inheritedTime.frame(contentDates, si, ss, se, sentenceSpeaker.name)
    // "Russia's Defence Ministry made no mention of Pokrovske in its daily briefing. It said …": an
    // institution the writer reports on, not quoting it, is who a following "it" or "they" means.
    if (!sentenceGoverning && lang === 'en') {
      const subject = STATEMENT_SUBJECT.exec(line)
      if (subject) resolveSpeakerPhrase(subject[1]!, speakers)
      else {
        // "DeepState, which maps the front from open sources, has not shaded the village red. Its
        // analysts said …": a named source opening a sentence is who "its" and "they" mean next.
        const named = ENTITY_SUBJECT.exec(line)
        if (named && wholeEntityName(named[1]!)) resolveSpeakerPhrase(named[1]!, speakers)
      }
    }
    // "…, a Ukrainian army spokesman said. Viktor Trehubov, spokesman for …, told Reuters …": wire copy
    // names in a later sentence the official its lead calls by title only.
    const framePhrase = sentenceGoverning?.speaker ?? null
    const title = framePhrase && sentenceSpeaker.name ? personTitleIn(framePhrase) : null
    if (title) {
      if (namesPerson(framePhrase!)) {
        for (const p of titledOnly) if (p.named === null && p.title === title && si - p.sentence <= 2 && p.name !== sentenceSpeaker.name) p.named = { speaker: sentenceSpeaker, sentence: si }
      } else if (!namesPerson(sentenceSpeaker.name!)) titledOnly.push({ title, name: sentenceSpeaker.name!, sentence: si, named: null })
    }

    // "якщо ворог захопить місто, то вийде до траси", "если удастся выйти к трассе": a supposed event
    // and what would follow from it are no claim (convention 54; hypothetical-clauses.ts).
    const supposed = lang === 'en' ? [] : hypotheticalSpans(text, [ss, se], sTriggers.map((t) => t.span))
    // "Should Russian forces sever the road, the garrison would face …", "If the road goes, we will have
    // to leave the town": the English sentence whose condition supposes a war event (supposed-events.ts).
    // An event word after a determiner in the condition is a noun, no event supposed ("if Kyiv gets no more shells").
    const supposedSentence = lang === 'en' && sTriggers.length > 0 && supposition(text, ss, se, lang, (c) => sTriggers.some((t) => t.span[0] >= c[0] && t.span[1] <= c[1] && !DETERMINER_BEFORE(text.slice(Math.max(c[0], t.span[0] - 12), t.span[0])))) !== null
    // Event words in the content, minus those a purpose or threat phrase cancels ("to avoid encirclement").
    const eventWords = supposedSentence ? [] : sTriggers.filter((t) => {
      if (supposed.length > 0 && supposed.some((x) => within(t.span, x))) return false
      if (excluded.some((x) => overlaps(x, t.span))) return false
      if (isInUrl(text, t.span[0])) return false
      // "… a quiet railway hub of about\n27,000 people\nliberated\nWhat followed was": a lowercase event word
      // alone on its line inside a longer sentence is a link's text that a scraper cut out of its
      // sentence; who did what, where and when went with the rest.
      if (isLoneLineWord(text, t.span, ss)) return false
      // "the fall of 2024" is a date; "tried on Monday to cross" is an event word around one.
      if (sDates.some((d) => overlaps(d.span, t.span) && t.span[0] >= d.span[0])) return false
      if (lang === 'en' && /^occupied$/i.test(t.text) && ADJECTIVAL_OCCUPIED(text.slice(Math.max(ss, t.span[0] - 25), t.span[0]))) return false
      // "hits occupied Luhansk oil depot", "found in the liberated territories", "shelling of
      // government-controlled town", "assault on rebel-held Slavyansk": a participle before the noun it
      // describes tells what the place is, not a capture or a holding of the sentence's.
      if (lang === 'en' && (PRENOMINAL_PARTICIPLE.test(t.text) || (/^(?:controlled|held|occupied)$/iu.test(t.text) && /\p{L}-$/u.test(text.slice(Math.max(ss, t.span[0] - 2), t.span[0])))) && !PERFECT_BEFORE(text.slice(Math.max(ss, t.span[0] - 20), t.span[0])) && testSlice(DESCRIBED_NOUN_AFTER, text, t.span[1], Math.min(se, t.span[1] + 40))) return false
      // "supplied Russian units fighting in the Sumy region", "a Ukrainian company fighting near X said":
      // a participle right after a force noun describes the force (a reduced relative clause); "units
      // are fighting near X" tells the fight.
      // (A caption's forces fighting, with no event word before them, are its event: "Chechen troops fighting in X".)
      if (lang === 'en' && /^(?:fighting|battling)$/i.test(t.text) && FORCE_BEFORE(text.slice(Math.max(ss, t.span[0] - 30), t.span[0])) && !(warFeed && !sTriggers.some((o) => o.span[1] <= t.span[0]))) return false
      // "командир однієї з бригад, що тримають оборону на Лиманському напрямку", "полк, который воюет под
      // Купянском": a holding or fighting told in a relative clause on a unit describes the unit (whose
      // officer speaks), as the English participle above does.
      if (lang !== 'en' && UNIT_DUTY_VERB.test(t.text) && UNIT_RELATIVE_BEFORE(text.slice(Math.max(ss, t.span[0] - 45), t.span[0]))) return false
      // (The window tests below run before every event word and find their words in almost no window:
      // each is gated (text/gated-regexp.ts), so a window without them is turned away before the regex
      // tries every position of it behind its lookbehind.)
      // "покинули село, опасаясь окружения", "fearing a Russian assault", "уникаючи оточення": what a
      // force feared or avoided did not happen (class: purpose, fear and avoidance clauses).
      // "ahead of any envelopment attempt", "before any assault on the town": "any" picks no one event; the
      // noun after it names what might come, as a purpose clause does.
      if (lang === 'en' && ANY_BEFORE(text.slice(Math.max(ss, t.span[0] - 30), t.span[0]))) return false
      if (testSlice(FEAR_BEFORE, text, Math.max(ss, t.span[0] - 60), t.span[0]) || testSlice(PURPOSE_NOT_BEFORE, text, Math.max(ss, t.span[0] - 50), t.span[0])) return false
      // "відкинув заяви про оточення", "отвергло заявления", "pushed back on reports of": a push-back
      // verb whose object is a statement rejects it; it moves no line (the rebuttal is the frame's).
      // "the air raid siren sounded", "air raid alerts were declared", "оголошено повітряну тривогу": an
      // alert warns of a strike; it tells none.
      if (testSlice(AIR_ALERT, text, Math.max(ss, t.span[0] - 12), Math.min(se, t.span[1] + 16))) return false
      // "Через постійні обстріли з Куп'янська виїхали …", "because of constant drone attacks": strikes
      // named as the standing cause of another event are a habit described, not one strike.
      if (testSlice(HABITUAL_CAUSE_BEFORE, text, Math.max(ss, t.span[0] - 45), t.span[0])) return false
      if (PUSH_BACK_VERB.test(t.text) && testSlice(STATEMENT_OBJECT, text, t.span[1], Math.min(se, t.span[1] + 40))) return false
      // "declined to comment on the strike", "атаку не коментувала", "could not confirm his account of the
      // street fighting": an event named as what someone did not comment on or could not verify points
      // back at an event told before (or at none); it is no event of its own.
      if (testSlice(COMMENT_BEFORE, text, Math.max(ss, t.span[0] - 40), t.span[0]) || testSlice(NO_COMMENT_AFTER, text, t.span[1], Math.min(se, t.span[1] + 40))) return false
      if (testSlice(ACCOUNT_OF_BEFORE, text, Math.max(ss, t.span[0] - 40), t.span[0]) && VERIFY_COMMENT.test(text.slice(ss, t.span[0]))) return false
      // "через загрозу оточення наші підрозділи вийшли з X", "из-за угрозы окружения отошли": the
      // threat cancels the encirclement it names, not the withdrawal it caused.
      return !sCues.some((c) => c.data === 'suppress' && (overlaps(c.span, t.span) || (c.span[1] <= t.span[0] && negates(text, c.span, t.span) && !(t.data.kind === 'withdrawal' && THREAT_CUE.test(text.slice(c.span[0], c.span[1]))))))
    })

    // "Kyiv says such strikes are meant to disrupt Russian logistics", "Ukrainian officials describe such
    // raids as a response to Russia's bombing of Ukrainian cities", "такі удари": a sentence about a kind
    // of attack, not one attack, tells no strike or assault of its own.
    if (eventWords.length > 0 && keys.mayHold(ss, se, GENERIC_ATTACK_KEYS) && GENERIC_ATTACKS.test(text.slice(ss, se))) {
      for (let k = eventWords.length - 1; k >= 0; k--) if (eventWords[k]!.data.kind === 'strike' || eventWords[k]!.data.kind === 'assault') eventWords.splice(k, 1)
    }

    // Places inside attribution words or unit names ("Battlegroup Dnepr", "Сили оборони") are not where events happened.
    // Places in asides ("Siversk, a town near Bakhmut", "which lies on the Oskil River") describe, not locate.
    const placeExclusions = spansWithSides(excluded, asides, sSides, true)
    // A heading ("Chronicle of combat actions by direction") states no event of its own.
    // A date in it ("Russian Offensive Campaign Assessment, May 16, 2026") does not make it a statement.
    // A document with no body line at all (a feed item, a news-wire or Liveuamap line, a headline stored
    // alone) has no headings: its lines are what it reports ("Ракетний удар по суднобудівному заводу в
    // Херсоні", "Авіаудар по аеродрому в Старокостянтинові, – мер").
    const heading = hasBody && !(se > ss && '.!?…:;"”»'.includes(text[se - 1]!)) && wordCount(text, ss, se) <= 8 && !/\d/.test(outside(text, [ss, se], sDates))
    if (heading && eventWords.every((w) => w.data.weak)) eventWords.length = 0
    // "Pavlohrad hit", "Evacuation extended", "Losses": a heading between two paragraphs of the body names
    // its section's topic; the paragraph under it tells the event (section-headings.ts). Its claims are
    // built, as the body's, for the headline above to be found restated by them, and dropped after that.
    if (eventWords.length > 0 && hasBody && isSectionHeading(text, ss, se, bodyFrom)) sectionHeadings.add(si)
    // A headline that asks ("Червень-2026: скільки території втратила Україна", "How much has Russia
    // taken this year?") announces what the report tells; it claims nothing itself.
    // (A title may end on a quoted name: "Где на самом деле продвинулась армия: разбор «Вёрстки»".)
    if (eventWords.length > 0 && !/[.!…;]["”»’)]*$/u.test(text.slice(ss, se)) && !text.slice(ss, se).includes('\n') && QUESTION_HEADLINE.test(text.slice(ss, se))) eventWords.length = 0
    // A question ("Did Russia capture Zarichne near Lyman?", "Чи варто чекати наступу на саме місто?",
    // "Удастся ли удержать город?") asks what the report then tells; it asserts no event.
    if (eventWords.length > 0 && QUESTION_END.test(text.slice(ss, se))) eventWords.length = 0
    // "Це не відповідає дійсності, …", "These claims are pure fiction," the general said: a remark
    // that only rejects what was said before answers the last claim; its words qualify nothing else.
    const remark = denialRemark(text, subtract([ss, se], excluded), eventWords, sentenceGoverning?.stance ?? null, keys)
    if (remark) excluded.push(remark.span)
    const content = subtract([ss, se], excluded)
    const clauses = joinSpanned(content.flatMap((c) => splitClauses(text, c, lang)), eventWords)
    const passiveAt = (t: PhraseMatch<TriggerData>): boolean => isPassive(text, t, lang)
    const drafts = draftClaims(text, backReferencesDropped(text, eventWords, built, si, [ss, se], keys, warFeed), splitAtCommas(text, clauses, eventWords), passiveAt, (c) => sSides.some((m) => within(m.span, c)), warFeed)
    // "від удару російського дрона загинула жінка", "wounded by a Ukrainian drone strike": the side the
    // cause names is the toll's (convention 36), not the victims'.
    const eventSpans = eventWords.map((w) => w.span)
    const causeSide = sSides.length > 0 ? tollCauseSide(text, eventWords, sSides, [ss, se]) : null
    mergeSameKind(text, drafts, sSides, lang)
    dropRepelledAttempts(text, drafts)
    // "В окупованій Феодосії палає нафтобаза, у Севастополі … лунали вибухи": two strikes at their own
    // places, each with its own event words, are two claims (convention 74; strike-target-list.ts).
    if (lang !== 'en') splitStrikeEvents(text, drafts)
    // "liberated 52 settlements and more than 1,700 square kilometres", "освободили 190 населённых
    // пунктов и 4,5 тыс. кв. км": a count of settlements and an area taken are two claims.
    for (let i = drafts.length - 1; i >= 0; i--) {
      const d = drafts[i]!
      if (d.kind !== 'capture' || !sQuantities.some((q) => q.unit === 'km2' && within(q.span, d.clause)) || !SETTLEMENT_COUNT.test(text.slice(d.clause[0], d.clause[1]))) continue
      drafts.splice(i, 1, { ...d, fixedKind: true }, { ...d, kind: 'area-change' })
    }
    // "Росія контролює 19,8% території України і понад 81% Донеччини", "заняли 300 км² в Донецкой области
    // и ещё 40 км² в Запорожской": a second share or area after "і", "та", "и", "а також", with no event
    // word of its own, is a second claim of the gapped verb, its clause from the conjunction on.
    if (lang !== 'en') splitGappedFigures(text, drafts, sQuantities)
    else splitSoldiersAndEquipment(text, drafts, sQuantities)
    // "знищили на Луганщині, попередньо, російський склад": a facility as the first object is a strike.
    if (lang !== 'en') splitFacilityFromLosses(text, drafts)
    // "took 3,950 sq km, an area as large as Luxembourg, against about 3,390 sq km in 2025": a
    // comparison figure's claim (gold convention 23) is its own words, from the comparison on; what
    // comes before it is the figure it is compared with.
    for (let i = 0; i < drafts.length; i++) {
      const d = drafts[i]!
      const lead = d.triggers[0]!
      if (lead.data.continues && lead.span[0] > d.clause[0] && COMPARISON_LEAD.test(lead.text)) drafts[i] = { ...d, clause: [lead.span[0], d.clause[1]] }
    }

    const sentenceBuilt: Built[] = []
    // The side of the last subject in this sentence, for coordinated verbs that share it.
    let previousSubject: Side | null = null
    let lastTriggerEnd = ss
    // Each draft is built by a function of its own (a draft it drops is left with `return`, not
    // `continue`), not in the body of this loop: V8's optimizing compiler took some 5 CPU-s to compile
    // `extract` with the draft loop inside it, and compiled it again on each of the ~8 deoptimizations a
    // rare path's first use makes (some 50 CPU-s per process: the first ~2,500 documents at 2-3x the
    // settled cost). Apart, each part costs a fraction of that, and a deoptimization recompiles only its part.
    const buildDraft = (draft: (typeof drafts)[number]): void => {
      const primary = draft.triggers[0]!
      const shifted = contrast !== null && contrastSpeaker !== null && draft.clause[0] >= contrast.span[1]
      const speaker = shifted ? contrastSpeaker : sentenceSpeaker
      const governing = shifted ? contrast : sentenceGoverning
      const speakerIsOutlet = governing === null
      const clauseQuantities = sQuantities.filter((q) => within(q.span, draft.clause))
      // "Ворог не зміг просунутися біля Торецька", "ВСУ так и не удалось прорваться к Курахово": a gain the
      // attacker tried and failed to make is its attack told as failing (convention 13: the attacker's
      // assault, asserted), unless it answers a gain claimed just before ("Росіянам не вдалося захопити
      // Кіндратівку" after the MoD's capture claim is that claim's rebuttal).
      const failedGain = lang !== 'en' && !draft.fixedKind && FAILED_GAIN_KINDS.has(draft.kind) && governing?.stance !== 'deny' && sCues.some((c) => c.data === 'negation' && FAILED_TRY.test(text.slice(c.span[0], c.span[1] + 12)) && within(c.span, draft.clause) && c.span[1] <= primary.span[0] && primary.span[0] - c.span[1] <= 16) && !answersEarlierClaim([...built, ...sentenceBuilt], { kind: draft.kind, actorSide: null, speaker: speaker.name }, si - 1)
      // "pushed back" after the pushed side's attempt is that attempt repelled (convention 5), when the
      // attempt was told as having happened just before: not after a forecast that they "may attempt an
      // offensive", nor after an attempt told paragraphs earlier.
      const previous = sentenceBuilt.at(-1) ?? built.at(-1)
      const attemptTold = previous !== undefined && previous.claim.modality !== 'expected' && previous.sentenceIndex >= si - 1
      let kind = failedGain ? 'assault' : draft.fixedKind ? draft.kind : refineKind(text, draft.kind, clauseQuantities, sSides, draft.clause, previous?.claim.kind ?? null, primary.span, primary.data.repels && attemptTold)
      // "attempted an envelopment of X", "tried since Tuesday to slip across", "had reached the fringe but
      // were thrown back within hours": a gain tried or undone is the attacker's assault (attempted-gains.ts).
      if (lang === 'en' && !draft.fixedKind && isAttemptedGain(text, kind, draft.clause, primary.span, se)) kind = 'assault'
      // A caption's "attack" is mostly a strike seen or its aftermath, or equipment hit (caption-attack-kind.ts).
      const captionAttack = warFeed && kind === 'assault' ? captionAttackKind(text, draft.clause, primary.span) : null
      if (captionAttack) kind = captionAttack.kind
      // "Електропідстанцію у Севастополі атакувало ГУР", "Склад уразили дрони СБС": a facility struck,
      // told object first, is no ground assault and no drones lost (object-first-strikes.ts).
      if (lang !== 'en' && (kind === 'assault' || kind === 'casualties') && isObjectFirstStrike(text, draft.clause, primary.span)) kind = 'strike'
      // "The family drove out of the city", "Вратарь отбил пенальти", "Люди вийшли з дому": an event word
      // with nothing of war in its sentence, the two before it or the one after (a headline's body, a
      // toll's strike), and no name or area figure in its sentence, is used in its everyday sense, and
      // no claim (military-context.ts). Tolls and area figures count people and territory, never a
      // shopping trip; an evacuation of residents or families moves a population.
      // "The team captured the title in Kharkiv", "shares fell", "a heat wave struck Odesa": a clause about
      // sports, markets or the weather in a sentence that names nothing of war is everyday talk, whatever
      // place it names and whatever its neighbours tell; "spent billions on shells" buys munitions.
      // A country's or capital's name does not make it war ("prices advanced in Kyiv"); a side named
      // between the subject and its verb does ("bad weather slowed Russian advances").
      // (In a war monitor's feed a capitalised sports word names a building hit: "Destroyed Olympic Sports Center".)
      if (!hasMilitaryMark(warWords, ss, se) && everydayWords(text, draft.clause[0], draft.clause[1], lang).some((e) => !(warFeed && isCapitalised(text, e.span[0])) && (e.sport || (e.span[0] < primary.span[0] && !sSides.some((m) => m.span[0] >= e.span[1] && m.span[1] <= primary.span[0]))))) return
      if (draft.triggers.every((t) => isShellsNoun(text, t.span))) return
      // (A strike or an attack told in the sentence or the two before is war enough: "Two rescuers died when Russia struck the same site again".)
      // ("Ivan Petrenko, a medic from Lviv, died near Bakhmut", "died in Ukraine": a death placed at the front or in the war's country is war: convention 105.)
      if (kind === 'casualties' && !warFeed && draft.triggers.every((t) => SOFT_TOLL.test(t.text) && !(lang === 'en' && DIED_AT_FRONT.test(text.slice(t.span[1], Math.min(se, t.span[1] + 48))))) && !hasMilitaryMark(forceWords, sentences[Math.max(0, si - 2)]!.span[0], sentences[Math.min(sentences.length - 1, si + 1)]!.span[1]) && !eventWords.some((w) => w.data.kind === 'strike' || w.data.kind === 'assault') && !built.some((b) => b.sentenceIndex >= si - 2 && (b.claim.kind === 'strike' || b.claim.kind === 'assault'))) return
      if (kind !== 'casualties' && kind !== 'area-change' && !warFeed && !hasMilitaryMark(military, sentences[Math.max(0, si - 2)]!.span[0], sentences[Math.min(sentences.length - 1, si + 1)]!.span[1]) && !namesOrCountsGround(text.slice(ss, se)) && !(kind === 'evacuation' && movesPopulation(text.slice(ss, se)))) return
      if (background.some((b) => within(primary.span, b))) return
      // "June accounted for about 520 sq km, …, driven mostly by advances around X": the advances that
      // made up an area figure are that figure's claim, not one of their own.
      if (kind === 'advance' && sentenceBuilt.some((x) => x.claim.kind === 'area-change') && AREA_CAUSE_BEFORE(text.slice(draft.clause[0], primary.span[0]))) return
      // An attack told as failing is one claim, the attacker's assault (convention 13): its failure
      // told after it ("Атака захлебнулась", "the attempt failed", "всі спроби провалилися") and the
      // attackers' return to where they started ("ВСУ откатились на исходные") are no second claim.
      // (Only an assault or a withdrawal can restate one: the claims so far are copied for those alone,
      // not for every draft of the document.)
      if ((kind === 'assault' || kind === 'withdrawal') && restatesFailedAttack(text, kind, draft, [...built, ...sentenceBuilt], si)) return
      // "The Kremlin continues to announce the seizure of settlements that its forces do not hold":
      // captures of settlements no name or count picks out are a habit described, not an event.
      if ((kind === 'capture' || kind === 'advance') && isGenericGain(text, draft.clause, primary.span)) return
      // "while the defense forces focus on containing and repelling attacks, while also planning further
      // actions to hold positions": what a force is busy with or plans is no event (effort-statements.ts).
      if (isEffortOnly(text, [ss, se], primary.span)) return
      // "a steady rise in attacks on industrial targets deep inside Russia", "the cost of mechanized assaults
      // across open ground": an event noun in the bare plural, with no place, figure or date, names a kind
      // of event, not one (convention 80; generic-events.ts).
      if (lang === 'en' && !warFeed && draft.triggers.every((t) => isGenericPluralEvent(text, t.span, draft.clause, sDates.some((d) => overlaps(d.span, draft.clause))))) return
      // "the enemy continues shelling and attempts to advance in certain directions": the front at large,
      // with no place and no figure, is a summary's mood, no event (convention 80; generic-front.ts).
      if (lang === 'en' && kind !== 'casualties' && kind !== 'area-change' && isGenericFront(text, [ss, se], draft.clause)) return
      // "does not expect the town to be stormed before spring", "не очікує штурму", "наступления не
      // будет": a forecast that an event will not happen is no claim (convention 32; negative-forecast.ts).
      if (isNegativeForecast(text, ss, primary.span)) return
      // "Информация о повреждениях уточняется", "Інформація про наслідки атаки уточнюється", "details of
      // the damage are being established": consequences still being gathered add no event of their own.
      if (testSlice(BEING_CLARIFIED, text, ss, se)) return
      // "Відхід пройшов організовано", "the pullout went smoothly", "отход прошёл штатно": an event noun
      // with a verdict on how it went, after that event was told, speaks of it again.
      if (testSlice(MANNER_AFTER, text, primary.span[1], Math.min(se, primary.span[1] + 40)) && [...built, ...sentenceBuilt].some((b) => b.claim.kind === kind && b.sentenceIndex >= si - 2)) return
      // "опорник, який ворог утримував з жовтня", "the strongpoint, which Russian troops had held since
      // October": a holding told in a relative clause on the object of a gain describes what was taken.
      if (kind === 'control' && RELATIVE_HEAD.test(text.slice(draft.clause[0], primary.span[0])) && [...sentenceBuilt].some((b) => b.claim.kind === 'advance' || b.claim.kind === 'capture')) return
      // "won back positions … with a counterattack", "відбили позиції в ході контратаки", "в результате
      // контратаки вернули": the attack named as the means of a gain in its sentence is how that gain
      // was made, one event (as "counterattacked and regained" is).
      if (kind === 'assault' && draft.triggers.every((t) => t.data.voice === 'noun' && MEANS_BEFORE.test(text.slice(Math.max(ss, t.span[0] - 30), t.span[0]))) && drafts.some((d) => d !== draft && (d.kind === 'advance' || d.kind === 'capture'))) return
      // "…, indicating a recent Russian advance", "що свідчить про просування", "что указывает на
      // продвижение": the conclusion drawn from what the sentence just told is that claim again.
      if (testSlice(CONCLUSION_BEFORE, text, Math.max(ss, primary.span[0] - 50), primary.span[0]) && sentenceBuilt.some((b) => b.claim.kind === kind || (GROUND_KINDS.has(b.claim.kind) && GROUND_KINDS.has(kind)))) return
      // "Повітряний напад відбивали авіація, зенітні ракетні війська …", "The air attack was repelled by
      // aviation and air defence": the forces that met an air attack are listed, not a repulse of a
      // ground attack; the bulletin's interceptions are its strike claims.
      if (kind === 'repelled' && testSlice(AIR_ATTACK, text, draft.clause[0], draft.clause[1])) return
      // "СБУ затримала агента ФСБ, який готував нові удари по підстанціях", "задержан агент, готовивший
      // удар по аэродрому": a plotted strike the sentence tells as foiled is no claim (convention 97).
      if (kind === 'strike' && PLOTTED_BEFORE(text.slice(Math.max(ss, primary.span[0] - 40), primary.span[0])) && testSlice(FOILED, text, ss, se)) return
      // "решта боїв досі триває", "the rest of the clashes are ongoing": what is left of a tally just
      // given restates it; "One of the battles is still ongoing" counts engagements (convention 9: an
      // actorless assault, not a place's control).
      if ((kind === 'control' || kind === 'assault') && testSlice(REMAINDER_SUBJECT, text, draft.clause[0], primary.span[1])) return
      if (kind === 'control' && draft.triggers.every((t) => t.data.neutral) && testSlice(COUNTED_BATTLES, text, draft.clause[0], primary.span[1])) kind = 'assault'
      // "fighting continues on the Kupiansk and Lyman directions", "бої тривають на Покровському
      // напрямку": fighting on an axis says nothing of any settlement's control (the axis city is only
      // the sector's name, convention 8), so it is an actorless assault located on the axis, as a
      // tally of clashes is (convention 9); fighting for a named place ("бої за X") stays control.
      if (kind === 'control' && draft.triggers.every((t) => t.data.neutral) && testSlice(AXIS_FIGHTING, text, draft.clause[0], draft.clause[1]) && !testSlice(FIGHTING_FOR_PLACE, text, draft.clause[0], draft.clause[1])) kind = 'assault'
      // "nobody had been hurt", "none of the residents were injured", "ніхто з мешканців не був
      // поранений": a toll whose subject is nobody counts nobody (convention 12).
      if (kind === 'casualties' && draft.triggers.every((t) => testSlice(NOBODY_BEFORE, text, Math.max(ss, t.span[0] - 40), t.span[0]))) return
      // "закріпитися там поки не вдалося жодній зі сторін", "neither side has managed to hold it": what
      // no side achieved moves no line and credits no actor (convention 12).
      if (testSlice(NO_SIDE_MANAGED, text, draft.clause[0], draft.clause[1])) return
      // "Trapped occupiers are concentrated in …", "the besieged occupiers are being hunted down", "в
      // оточених кварталах": a siege word as an attribute of its noun, once the report has told the
      // encirclement, points back at that pocket; it is no second encirclement.
      if (kind === 'encirclement' && draft.triggers.every((t) => isAttributive(text, t.span, ss)) && [...built, ...sentenceBuilt].some((b) => b.claim.kind === 'encirclement')) return
      let actorSide: Side | null = null
      // "He expects a push on Raihorodok", "He predicted they would go on the offensive": what a speaker
      // forecasts, unless they say their own side will do it ("expects to retake"), is told of the
      // other side as often as their own; their side decides nothing (class: forecasts of attacks).
      const forecast = governing !== null && isForecastOfOthers(text, governing.span)
      const sideSpeaker: Speaker = forecast ? { ...speaker, side: 'unknown' } : speaker
      // "У російському Міллерово пролунали вибухи", "в РФ дрони атакували": a side's word that says where a
      // strike landed names no agent (locative-side-words.ts).
      const agentMarkers = kind === 'strike' && lang !== 'en' ? strikeAgentMarkers(text, actingSides, draft.clause) : { markers: sSides, inRussia: false, ground: null }
      const unnamedInRussia = (): boolean => isUnnamedStrikeInRussia(text, draft.clause, agentMarkers.markers) || (agentMarkers.inRussia && !agentMarkers.markers.some((m) => within(m.span, draft.clause)))
      // Read as a target ("атака на заводи на території РФ"), such a word already gave the other side; it
      // is dropped only where it would make the ground's own side the attacker ("В Києві атака …").
      // The first trigger that yields a side decides, read with the given side markers.
      const sideWith = (markers: readonly PhraseMatch<SideData>[]): Side | null => {
        for (const t of draft.triggers) {
          const side = resolveActorSide({ text, trigger: t, passive: isPassive(text, t, lang), clause: draft.clause, markers, speakerSide: sideSpeaker.side, speakerIsOutlet, lang, events: eventSpans })
          if (side) return side
        }
        return null
      }
      actorSide = sideWith(kind === 'strike' || kind === 'casualties' ? actingSides : sSides)
      if (agentMarkers.ground && actorSide !== opposite(agentMarkers.ground)) actorSide = sideWith(agentMarkers.markers)
      // "hunted down the Russian infiltrators who slipped into the depot": the subject of a relative
      // clause is the noun it hangs on, not the main clause's subject.
      // "a grain terminal went up in flames after Russian drones swept over the port", "a Ukrainian depot
      // caught fire after a Russian missile strike": a fire's attacker is its cause's side, not what burned.
      const fireCause = lang === 'en' && kind === 'strike' ? fireCauseSide(text, primary, draft.clause, sSides, sideSpeaker) : null
      if (fireCause) actorSide = fireCause
      const relative = relativeClauseSide(text, primary, draft.clause, sSides, sideSpeaker)
      if (relative) actorSide = relative
      // "Russia lost 1,100 men a day, dead or wounded", "ВСУ лишились до 300 военнослужащих убитыми и
      // ранеными", "Moscow's October toll": the side that owns a toll suffered it (resolve-actor-side.ts lossOwnerSide).
      const loser = kind === 'casualties' ? lossOwnerSide(text, draft.clause, sSides, sideSpeaker.side, lang, speakerIsOutlet) : null
      if (loser) actorSide = opposite(loser)
      // "my pilots burned nine of them", "we pulled back", “They came back twice in the night”: a
      // pronoun subject in a belligerent speaker's own words (resolve-actor-side.ts).
      // A channel that is itself a party (a brigade's or a war blogger's feed, a ministry's site) speaks
      // its own words without a frame: its "наші", "мы", "our boys" are its side's.
      const partyVoice = !speakerIsOutlet || ((sideSpeaker.side === 'RU' || sideSpeaker.side === 'UA'))
      if (!actorSide && partyVoice) actorSide = deicticActorSide({ text, clause: draft.clause, trigger: primary.span, speakerSide: sideSpeaker.side, direct: governing?.detector === 'quote' || isInsideQuote(text, ss, primary.span[0], se), subjectIsPatient: isPassive(text, primary, lang) || primary.data.voice === 'passive' || primary.data.subject === 'victim', verbal: primary.data.voice === 'active' && lang !== 'en' })
      // "He expects a push on Raihorodok", "I expect a big armoured push before the New Year", "очікує
      // наступу взимку": a belligerent forecasting an attack or a gain without saying whose forecasts
      // the other side's (of their own side's they say "we will", "we plan", "expects to retake").
      if (!actorSide && forecast && FORECAST_OF_OTHERS_KINDS.has(kind) && (speaker.side === 'RU' || speaker.side === 'UA')) actorSide = opposite(speaker.side)
      // "it had also hit", "we liberated": the speaker's own forces.
      // "the Air Force said it had neutralised 74 drones", "it had brought down 49 of the 62 drones": what
      // the speaker's own air defence shot down was the enemy's attack.
      if (!actorSide && !speakerIsOutlet && OWN_PRONOUN_BEFORE(text.slice(Math.max(ss, primary.span[0] - 30), primary.span[0]))) actorSide = defaultSide(kind === 'strike' && primary.data.object === 'agent' && primary.data.defaultSide === 'enemy' ? 'enemy' : 'own', sideSpeaker)
      // "признал отход своих подразделений", "визнав відхід своїх підрозділів", "the withdrawal of its
      // units": a move of the speaker's own units (class: reflexive possessive after the event noun).
      if (!actorSide && !speakerIsOutlet && testSlice(OWN_UNITS_AFTER, text, primary.span[1], Math.min(se, primary.span[1] + 40))) actorSide = defaultSide('own', speaker)
      // Coordinated verbs share their subject ("advanced on Pokrovsk and pushed into …"); a noun does not.
      // A subject named since the last claim at the head of a clause ("…, while the defense forces
      // focus on containing, and repelling attacks"), else the last claim's subject.
      const since = lastTriggerEnd
      const nearestSubject: Side | null = clauseSubjectBefore(text, sSides, primary.span[0], since, clauses, excluded, sideSpeaker.side, lang) ?? previousSubject
      // "the enemy lost 38 men …, and six more were taken prisoner": a toll after a toll is the same side's doing.
      const tollBefore = sentenceBuilt.at(-1)
      if (!actorSide && kind === 'casualties' && tollBefore?.claim.kind === 'casualties' && tollBefore.claim.actorSide) actorSide = tollBefore.claim.actorSide
      // "… окупував 300 км². Торік за ті самі місяці — 240 км²", "Ще 70 км² — на Покровському напрямку": an
      // area figure told without a verb or a side continues the area change just told, and its side.
      const areaBefore = sentenceBuilt.at(-1) ?? built.at(-1)
      if (!actorSide && kind === 'area-change' && primary.data.voice === 'noun' && areaBefore?.claim.kind === 'area-change' && areaBefore.claim.actorSide && areaBefore.sentenceIndex >= si - 2) actorSide = areaBefore.claim.actorSide
      // "… and may attempt to storm it": an attempt word after a modal is a verb sharing the subject.
      // "the enemy continues shelling and attempts to advance": an attempt word right after "and" is a verb too.
      // (Not a fire: what burned is its own subject, "… and that a blaze had broken out at a depot".)
      const unitPatient = kind === 'casualties' && (isPassive(text, primary, lang) || primary.data.voice === 'passive') && isUnitPatient(text.slice(Math.max(draft.clause[0], lastTriggerEnd, primary.span[0] - 60), primary.span[0]))
      if (!actorSide && !(fireCause === null && isFireResult(primary, lang)) && (primary.data.voice !== 'noun' || MODAL_LEAD.test(text.slice(draft.clause[0], primary.span[0])) || (lang === 'en' && ATTEMPT_VERB.test(primary.text) && /\band\s+$/iu.test(text.slice(Math.max(ss, primary.span[0] - 5), primary.span[0])))) && nearestSubject) {
        const shared: Side = nearestSubject
        // "the enemy tried to regain positions but was repelled": the shared subject of a passive is its patient.
        const passiveHere = isPassive(text, primary, lang) || primary.data.voice === 'passive'
        // A toll in the passive ("поранено 7 людей") is the previous subject's doing: no flip.
        // Not a passive with a subject of its own ("…, освобождён населённый пункт Гришино", "and the
        // school was destroyed"): the shared subject is then its agent (resolve-actor-side.ts eventHasOwnSubject).
        const patientFlip = passiveHere && kind !== 'casualties' && !eventHasOwnSubject(text, Math.max(draft.clause[0], lastTriggerEnd), primary, lang)
        // "ВСУ ударили по Шебекино, погибли двое мирных жителей": who died has a subject of its own, not the
        // shared one; the shared subject is the one that killed them.
        actorSide = patientFlip ? (primary.data.object === 'agent' ? shared : opposite(shared)) : primary.data.subject === 'victim' && !passiveHere && !DIED.test(primary.text) ? opposite(shared) : shared
      }
      // "…, їх знищено в посадках", "a sabotage group that was wiped out": a toll in the passive of a unit
      // (a group, a column, "them") whose side nothing told is told by a belligerent of the other side's
      // units destroyed (unit-patients.ts).
      if (!actorSide && unitPatient) actorSide = defaultSide('own', speaker)
      if (!actorSide && kind === 'casualties' && lastStrikeActor && lastStrikeActor.sentence >= si - 1) actorSide = lastStrikeActor.side
      // "Russia sent 104 drones … Of those, 87 were shot down … Hits were registered at eight locations": a
      // night's counted results told after its attack, with no side of their own, are that attack's (a
      // belligerent speaker's results are its enemy's attack, below).
      if (!actorSide && kind === 'strike' && primary.data.defaultSide === 'enemy' && defaultSide('enemy', sideSpeaker) === null && (primary.data.object === 'agent' || primary.data.voice === 'noun') && lastStrikeActor && lastStrikeActor.sentence >= si - 1) actorSide = lastStrikeActor.side
      // "…, down from September's 446 sq km", "For January-October the figure was 3,540 sq km": a
      // figure restating the ground claim just told (this sentence or the one before) is its actor's.
      if (!actorSide && primary.data.continues) {
        const before = sentenceBuilt.at(-1) ?? built.at(-1)
        if (before && before.sentenceIndex >= si - 1 && GROUND_KINDS.has(before.claim.kind)) actorSide = before.claim.actorSide
        // "How much of the town do they hold?" "A third of it.": the side the question asked about.
        else if (si > 0 && /\?["”»]?\s*$/u.test(text.slice(sentences[si - 1]!.span[0], sentences[si - 1]!.span[1]))) actorSide = lastActor
      }
      if (!actorSide && ANAPHOR_START.test(text.slice(draft.clause[0], draft.clause[1]))) actorSide = lastActor
      if (!actorSide) actorSide = defaultSide(primary.data.defaultSide, sideSpeaker)
      // "окупована площа зросла на 71 км²", "окупована з 1 січня площа сягне", "площадь оккупированных
      // территорий", "the occupied area grew": the area's own word names its occupier, Russia, when the clause names no side (one that names
      // another occupier, "оккупированная ВСУ часть области", has been resolved above).
      if (!actorSide && kind === 'area-change' && OCCUPIED_WORD.test(text.slice(draft.clause[0], primary.span[1]))) actorSide = 'RU'
      // "The Huliaipole direction saw the most attacks", "на Покровському напрямку 15 атак": attacks
      // a belligerent's side counts without naming whose are the enemy's (engagements stay sideless).
      if (!actorSide && kind === 'assault' && draft.triggers.every((t) => t.data.voice === 'noun' && ATTACK_NOUN.test(t.text))) actorSide = defaultSide('enemy', speaker)
      // "the counteroffensive in this sector continues", "контрнаступ на цій ділянці триває": a counter-move
      // named without its side is the defender's: a belligerent speaker's own side, else the side
      // that the report has just told gaining or holding ground (the one before: the ground it counters).
      if (!actorSide && kind === 'assault' && draft.triggers.every((t) => COUNTER_MOVE.test(text.slice(t.span[0], t.span[1])))) {
        actorSide = defaultSide('own', speaker) ?? counteringSide([...built, ...sentenceBuilt], si)
      }
      // "Russian claims that Kupiansk is encircled", "Russian claims of a breakthrough": the side
      // whose claim it is did it; a plan or order ("expects to seize") is the speaker's side's.
      if (!actorSide && SUCCESS_KINDS.has(kind)) actorSide = claimantSide(text, sSides, governing, draft.clause)
      if (!actorSide && governing?.stance === 'future') actorSide = defaultSide('own', speaker)
      // "Bilytske is in the grey zone": held by neither side, whoever the clause names.
      // "176 clashes between our units and the occupiers": fought by both, attacked by neither.
      if (draft.triggers.every((t) => t.data.neutral) || (kind === 'assault' && isEngagementBetweenSides(text, draft.clause, draft.triggers))) actorSide = null
      // "the village is 5 km from Pokrovsk" describes; only forces that far from a place advanced.
      else if (!actorSide && draft.triggers.every((t) => t.data.needsActor)) return
      // "312 more residents left", "the military administration extended the evacuation": civilians
      // moved away from the front are no belligerent's act; the gold files give evacuations no actor.
      // Debris and fires told without a side on Russian soil: Ukraine's strike (resolve-actor-side.ts).
      if (kind === 'strike' && actorSide === 'RU' && unnamedInRussia()) actorSide = 'UA'
      if (kind === 'evacuation') actorSide = null

      // "Drone attack on a Russian howitzer": equipment lost by the side named on it, to the other (112).
      if (captionAttack?.owner) actorSide = opposite(captionAttack.owner)
      // "Shelling of Russian troops", "… hit Russian forces in X": fire on a side's troops is its loss (caption-troops-hit.ts).
      const troopsHit = warFeed && lang === 'en' && kind === 'strike' ? captionTroopsHitOwner(text, primary.span, draft.clause) : null
      if (troopsHit) {
        kind = 'casualties'
        actorSide = opposite(troopsHit)
      }
      // "Fighting in X", "Clashes near X" in a caption, with no side as the fighters: X's state that day,
      // like "fighting for X continues" (convention 9; caption-fighting-control.ts).
      if (warFeed && kind === 'assault' && actorSide === null && isFightingAtSettlement(text, draft.clause, draft.triggers.map((t) => t.span), [ss, se])) kind = 'control'
      // Cues count in the claim's clause, in the frame that attributes it (not in a denial that only
      // introduces the speaker: "denied the reports, saying that …"), and in speakerless comments.
      const scopeCues = sCues.filter((c) => cueQualifies(text, c, draft.clause, primary.span, drafts.map((d) => d.clause), asides) || (shifted ? within(c.span, contrast.span) : main !== null && within(c.span, main.span)) || attribution.comments.some((f) => within(c.span, f.span)))
      const modality = resolveModality({
        cues: scopeCues,
        triggers: draft.triggers.map((t) => t.span),
        text,
        stance: governing?.stance ?? null,
        floor: floor?.modality ?? null,
        kind,
        lang,
      })
      // A side denying a gain nobody is named for, or calling it premature, answers the other side's
      // claim ("Інформація про захоплення Костянтинівки … не відповідає дійсності", "talk of the
      // capture of Kupiansk remains premature").
      // A strike or toll whose attacker the text leaves unnamed, told as having happened by a
      // belligerent's official or a person ("a drone hit a private house", "КАБ влучила в …", "загинув
      // чоловік" in a governor's post): it hit the speaker's side. A military command's bulletin
      // reports its own strikes so; a toll not confirmed or denied says nothing of who struck.
      // Where and who tells it say who struck (resolve-actor-side.ts unnamedStrikeSide): a target in
      // Russia, hits recorded, a command's passive "поражены", a story's own voice filed from one side.
      // A strike told as probable ("пожежа на нафтобазі в Севастополі після ймовірної атаки дрона") in
      // Russia or on ground it holds was still Ukraine's; who tells it says nothing of a probable one.
      if (!actorSide && kind === 'strike' && modality === 'unverified' && unnamedInRussia()) actorSide = 'UA'
      if (!actorSide && kind === 'strike' && (modality === 'asserted' || modality === 'reported') && agentMarkers.inRussia && unnamedInRussia()) actorSide = 'UA'
      if (!actorSide && (kind === 'strike' || kind === 'casualties') && (modality === 'asserted' || modality === 'reported')) actorSide = unnamedStrikeSide({ text, clause: draft.clause, trigger: primary, passive: isPassive(text, primary, lang), speakerName: speaker.name, speakerSide: speaker.side, speakerIsOutlet, host: home })
      // "Russian forces attacked near Lyman but did not make confirmed gains", "no one was injured",
      // "не планируют эвакуировать", "наступу не було": an event the speaker says did not happen is no
      // claim (convention 12). A negation that answers a claim told before in the report ("Місто не
      // захоплене" after the MoD's capture claim) is a rebuttal and stays (conventions 1 and 7).
      // "Эвакуировать жителей … не планируется", "no evacuation is planned": a plan negated after the
      // event word plans nothing either.
      const negated = (modality === 'denied' && isOwnVoiceNegation(text, scopeCues, governing?.stance ?? null)) || (modality === 'expected' && isNegatedPlan(text, scopeCues))
      // "Russian assault groups kept up attacks near X but did not make confirmed advances": a negation
      // sharing the subject of the speaker's own account in the same sentence is part of that account,
      // not an answer to a claim told before it.
      const ownAccount = negated && !sSides.some((m) => within(m.span, draft.clause) && m.span[1] <= primary.span[0]) && sentenceBuilt.some((b) => b.claim.speaker.name === speaker.name && b.claim.modality === 'asserted' && (!b.claim.actorSide || !actorSide || b.claim.actorSide === actorSide))
      // "It is not evidence that Russia controls X", "the clip does not show that Russian troops hold X": a
      // check's verdict on a ground claim told earlier in the report, however far back, is its rebuttal
      // (conventions 7 and 19: the answered claim's kind), not an event the writer says did not happen.
      // Told with no claim before it to answer, the verdict denies an event in the writer's own voice
      // (convention 12), whether or not the negation reaches the event word.
      const notEvidence = lang === 'en' && (modality === 'denied' || modality === 'asserted') && testSlice(NOT_EVIDENCE, text, Math.max(ss, primary.span[0] - 80), primary.span[0])
      const verdictOn = notEvidence ? [...built].reverse().find((b) => REBUTTABLE_GROUND.has(b.claim.kind) && b.claim.speaker.name !== speaker.name && (!b.claim.actorSide || !actorSide || b.claim.actorSide === actorSide)) : undefined
      if (notEvidence && !verdictOn) return
      if (negated && !verdictOn && (ownAccount || !answersEarlierClaim([...built, ...sentenceBuilt], { kind, actorSide, speaker: speaker.name }, si - (BACK_REFERENCE.test(text.slice(draft.clause[0], draft.clause[1])) ? 3 : 1)))) return
      // A hasty announcement ("поспешило объявить", "rushed to announce") is premature but answers nobody:
      // it is the announcer's own claim (gold convention 17).
      const hasty = governing?.stance === 'hasty'
      const answersOtherSide = (modality === 'denied' || modality === 'premature') && !hasty
      // A rebuttal is about the claim it answers (conventions 1, 7 and 19), and its actor is that
      // claim's, whoever rebuts it: "Говорить о взятии посёлка пока рано" after a milblogger's own
      // side's advance, "говорити, що село взяте, — зарано" after the enemy's. The claim answered is one
      // named as the claimant's ("too early to credit Russian statements about …"), else one of the same
      // kind by another speaker, else the ground gain told last, in this sentence or the three before;
      // only with none is it the other side's of a belligerent speaker.
      if (answersOtherSide && GAIN_KINDS.has(kind) && !namesSubjectBefore(text, sSides, draft.clause, primary.span)) {
        const told = [...built, ...sentenceBuilt]
        const answered = claimantSide(text, sSides, governing, draft.clause) ?? rebuttedClaim(told, kind, speaker.name, null)?.claim.actorSide ?? lastGroundGain(told, si)
        if (answered) actorSide = answered
      }
      if (!actorSide && answersOtherSide && GAIN_KINDS.has(kind) && (speaker.side === 'RU' || speaker.side === 'UA')) {
        actorSide = speaker.side === 'RU' ? 'UA' : 'RU'
      }
      // "Минобороны объявило о захвате 28 населённых пунктов": a belligerent's spokesman announcing
      // a gain without naming whose is announcing its own side's. Decided after the modality, so
      // that a denial or a "not yet" is not read as the speaker's own gain.
      if (!actorSide && governing && OWN_GAIN_KINDS.has(kind) && governing.stance !== 'deny' && !answersOtherSide) actorSide = defaultSide('own', speaker)
      // A date in another claim's clause dates this one only when the clauses share their subject
      // ("continued operations near X on February 26 but did not advance"), not when this clause has
      // its own ("…, but they insisted Russian claims … were exaggerated").
      // Nor does a date in another clause with a subject of its own date this one ("the battle for
      // Prymorske was still raging and that drone crews had knocked out five tanks since Saturday").
      const hasOwnSubject = (d: (typeof drafts)[number]): boolean => {
        const head = text.slice(d.clause[0], d.triggers[0]!.span[0])
        return !ELABORATION.test(head) && (sSides.some((m) => within(m.span, d.clause) && m.span[1] <= d.triggers[0]!.span[0]) || OWN_SUBJECT_HEAD.test(head) || opensComplement(text, d.clause, d.triggers[0]!.span[0]))
      }
      // A clause after this one without a subject of its own shares this one's ("has been pressing
      // towards Ternuvate and has been pushed back twice this week"); a second reported clause
      // ("… and that drone crews had knocked out five tanks since Saturday") is a statement of its own.
      const ownSubject = hasOwnSubject(draft)
      // (Pushed one by one: an array of one shape whether empty or not, as the compiled buildDraft expects.)
      const otherClauses: Span[] = []
      for (let i = 0; i < drafts.length; i++) {
        const d = drafts[i]!
        if (d !== draft && d.clause !== draft.clause && (opensComplement(text, d.clause, d.triggers[0]!.span[0]) || (ownSubject && (modality === 'expected' || d.clause[0] < draft.clause[0] || !ELLIPTIC_HEAD.test(text.slice(d.clause[0], d.triggers[0]!.span[0])))))) otherClauses.push(d.clause)
      }
      // "… in the spring of 2023, when Russian troops captured Bakhmut": a "when" clause is dated by
      // the time it hangs on, though that time lies in another claim's clause.
      // A date in this claim's own clause is its own, though another claim's clause holds it too ("У
      // понеділок, 16 листопада, росіяни обстріляли X: загинув чоловік", where the toll's clause runs
      // from the sentence's start).
      const datesHere = otherClauses.length > 0 ? contentDates.filter((d) => within(d.span, draft.clause) || !otherClauses.some((c) => within(d.span, c)) || datesWhenClause(text, d, draft.clause)) : contentDates
      const ownTime = resolveClaimTime({
        text,
        publishedAt: document.publishedAt,
        clause: draft.clause,
        trigger: primary.span,
        sentence: [ss, se],
        contentDates: datesHere,
        statementDate,
        earlierDates: dates,
        expected: modality === 'expected',
        rebuttal: answersOtherSide,
      })
      // A rebuttal ("denied the village had fallen", "claims … were premature") is about the event it
      // rebuts and takes its time, unless the clause dates the event itself.
      const rebutted = answersOtherSide && (ownTime.expression === null || ownTime.expression === statementDate) ? rebuttedClaim([...built, ...sentenceBuilt], kind, speaker.name, modality === 'denied' ? si : null) : undefined
      const expression = rebutted ? null : ownTime.expression
      let time = inheritedTime.timeOf(rebutted ? { time: rebutted.claim.time, expression: null } : ownTime, { kind, clauseText: text.slice(draft.clause[0], draft.clause[1]), sentenceIndex: si, paragraph: sentence.paragraph, speaker: speaker.name, outlet: outletSpeaker.name, expected: modality === 'expected' })
      // "Годом ранее этот показатель составлял 310 кв. км", "up from 78% a year ago": a comparison
      // figure a year back covers the period of the figure it is compared with, a year earlier (gold
      // convention 23), when its own words named no other year.
      const compared = primary.data.continues && YEAR_BACK.test(text.slice(draft.clause[0], draft.clause[1])) ? sentenceBuilt.at(-1) ?? built.at(-1) : undefined
      if (compared && (compared.claim.kind === kind || kind === 'area-change') && compared.sentenceIndex >= si - 1 && time.start && compared.claim.time.start && time.start.slice(0, 4) === compared.claim.time.start.slice(0, 4)) {
        time = { ...time, start: yearBefore(time.start), end: time.end ? yearBefore(time.end) : time.end }
      }
      // A toll of one victim named in the singular ("поранено 58-річну жінку", "ранен водитель") is a
      // figure of 1 beside the figures the clause gives (single-victim.ts).
      // In English, a bare figure by the toll word ("Five killed", "kills four,") counts people (bare-toll.ts).
      const tollFigures = kind !== 'casualties' ? clauseQuantities : lang !== 'en' ? [...clauseQuantities, ...findSingleVictims(text, draft.clause, primary.span)] : [...clauseQuantities, ...findBareTolls(text, draft.clause, primary.span), ...draft.triggers.filter((t) => t !== primary && /^(?:\S+\s+)?toll(?![\p{L}])/iu.test(t.text)).flatMap((t) => findBareTolls(text, draft.clause, t.span)), ...findSingleVictimsEn(text, draft.clause, primary.span)]
      const quantity = pickQuantity(text, kind, tollFigures, primary.span, sSides, draft.clause, expression && within(expression.span, draft.clause) ? time : null)
      // "Реальные потери, по оценке журналистов, заметно выше", "the real toll is probably far higher":
      // a remark that a toll just given is an undercount adds no toll of its own.
      if (kind === 'casualties' && !quantity && testSlice(TOLL_UNDERCOUNT, text, draft.clause[0], draft.clause[1])) return
      const claim: Claim = {
        id: claimId(document.id, draft.clause, kind),
        documentId: document.id,
        kind: verdictOn?.claim.kind === 'capture' && kind === 'control' ? 'capture' : kind,
        actorSide,
        speaker,
        places: [],
        time,
        quantity,
        modality: verdictOn ? 'denied' : modality,
        span: draft.clause,
        sentence: text.slice(ss, se),
      }
      // A tally of engagements with no side ("два бої ще не вщухли") counts fights, not a place's (call 9).
      const tally = kind === 'assault' && draft.triggers.every((t) => t.data.neutral)
      const sharesPlaces = (!ownSubject || kind === 'casualties') && !tally
      // Two event words of one clause that come to the same kind once refined ("the advance takes
      // Russia's total gains to 3,100 sq km", "припало 230 км² із цих втрат"): one claim, with the
      // side whichever of them names it.
      const twin = sentenceBuilt.findIndex((x) => x.claim.kind === kind && x.anchor.clause === draft.clause)
      if (twin >= 0) {
        const t = sentenceBuilt[twin]!
        if (!t.claim.actorSide && actorSide) sentenceBuilt[twin] = { ...t, claim: { ...t.claim, actorSide } }
        return
      }
      const b: Built = { claim, anchor: { claimId: claim.id, clause: draft.clause, sentence: [ss, se], excluded: placeExclusions, siblings: [], sharesPlaces, sideUnnamed: kind === 'strike' && !agentMarkers.markers.some((m) => within(m.span, draft.clause) && !(lang === 'en' && isCapitalAsStrikePlace(text, { span: m.span, strong: m.data.strong }))), russianGroundNamed: kind === 'strike' && unnamedInRussia(), heldGroundToll: warFeed && kind === 'casualties' && actorSide === null && isCaptionAttackToll(text, draft.clause, sSides, (sentenceBuilt.at(-1) ?? built.at(-1))?.claim.kind === 'strike') }, sentenceIndex: si }
      // "удари по НПЗ у Саратові, нафтобазі у Феодосії та складу в Криму": one claim per target and
      // its place, each with only its own words (convention 74; strike-target-list.ts).
      // "уразили два зенітні комплекси на Донеччині та нафтобазу в Луганську": equipment lost and a
      // facility struck under one verb, each at its own place, are a loss and a strike (75).
      let facility: Span | null = null
      const targets = (kind === 'strike' || kind === 'casualties') && lang !== 'en' ? strikeTargetSegments(text, draft.clause, Math.max(...eventWords.filter((w) => within(w.span, draft.clause)).map((w) => w.span[1]))) : []
      if (kind === 'casualties' && targets.length > 1 && targets.slice(1).every((t) => isFacilityTarget(text, t))) {
        sentenceBuilt.push(targetClaim(document.id, text, b, targets[0]!, true))
        for (let i = 1; i < targets.length; i++) sentenceBuilt.push(targetClaim(document.id, text, b, targets[i]!, false, 'strike'))
      } else if (kind === 'casualties' && targets.length <= 1 && lang !== 'en' && (facility = facilityListedAfterLoss(text, draft.clause, primary)) !== null && !sentenceBuilt.some((x) => x.claim.kind === 'strike' && x.anchor.clause[0] <= facility![0] && x.anchor.clause[1] >= facility![1])) {
        // "ВСУ уничтожили гаубицу, склад боеприпасов и живую силу", "знищили 85 росіян, три гармати та склад":
        // a depot or a post destroyed beside equipment or men, at the same place, is a strike of its own
        // (conventions 75, 128): the loss's actor, places and time, no figure.
        sentenceBuilt.push(b)
        const id = claimId(document.id, facility, 'strike')
        sentenceBuilt.push({ ...b, claim: { ...b.claim, id, kind: 'strike', quantity: null }, anchor: { ...b.anchor, claimId: id } })
      } else if (kind === 'strike' && targets.length > 1) {
        // A figure goes with the target it counts ("та дві підстанції в Криму"), else with the first.
        const q = claim.quantity
        const counted = q ? targets.findIndex((t, i) => i > 0 && text.slice(t[0], t[1]).includes(q.text)) : -1
        sentenceBuilt.push(...targets.map((segment, i) => targetClaim(document.id, text, b, segment, i === Math.max(0, counted))))
      }
      else sentenceBuilt.push(b)
      // (An English "died" keeps the side it was given as the next clause's subject, as before it read its victim: "A couple died in X - a shell hit their house".)
      if (actorSide) previousSubject = primary.data.subject === 'victim' && !(lang === 'en' && DIED.test(primary.text)) ? opposite(actorSide) : actorSide
      lastTriggerEnd = Math.max(...draft.triggers.map((t) => t.span[1]))
      if (kind === 'strike' && actorSide) lastStrikeActor = { side: actorSide, sentence: si }
    }
    for (const draft of drafts) buildDraft(draft)
    // The rest of the sentence's reading, in a closure of its own like buildDraft: V8 compiles extract
    // in time that grows with its size, and recompiles it whole after each deoptimization (65e99d8).
    const settleSentence = (): void => {
      // Casualties without a named side take the side of the strike that caused them, in this sentence
      // ("three people were killed when Russia attacked Kharkiv").
      const strike = sentenceBuilt.find((b) => b.claim.kind === 'strike' && b.claim.actorSide)
      if (strike) {
        for (let k = 0; k < sentenceBuilt.length; k++) {
          const b = sentenceBuilt[k]!
          // A toll in the strike's own clause ("в результате атаки FPV-дрона ВСУ на автомобиль ранен
          // водитель") is that strike's doing, whatever side the clause names first.
          const sameClause = sentenceBuilt.find((x) => x.claim.kind === 'strike' && x.claim.actorSide && x.anchor.clause === b.anchor.clause)
          if (b.claim.kind === 'casualties' && sameClause) sentenceBuilt[k] = { ...b, claim: { ...b.claim, actorSide: sameClause.claim.actorSide } }
          else if (b.claim.kind === 'casualties' && !b.claim.actorSide) sentenceBuilt[k] = { ...b, claim: { ...b.claim, actorSide: strike.claim.actorSide } }
        }
      }

      if (causeSide) for (let k = 0; k < sentenceBuilt.length; k++) {
        const b = sentenceBuilt[k]!
        if (b.claim.kind === 'casualties') sentenceBuilt[k] = { ...b, claim: { ...b.claim, actorSide: causeSide } }
      }
      // "зупинили штурм, у який росіяни кинули два десятки одиниць техніки", "repelled an assault in which
      // Russia threw 20 armoured vehicles": a repulse whose sentence tells the attack in a clause of its
      // own is the defender's repulse and the attacker's assault, which takes the clause's figure
      // (convention 37). "Відбили п'ять атак" has no such clause and stays one claim.
      for (let k = sentenceBuilt.length - 1; k >= 0; k--) {
        const b = sentenceBuilt[k]!
        if (b.claim.kind !== 'repelled') continue
        const rest = text.slice(b.claim.span[0], se)
        if (!ATTACK_CLAUSE_KEYS.test(rest.toLowerCase())) continue
        const m = ATTACK_CLAUSE.exec(rest)
        if (!m) continue
        const start = b.claim.span[0] + m.index + m[0].search(/\p{L}/u)
        const stop = /[,;:—–]/u.exec(text.slice(start + m[0].length, se))
        const clause = trimSpan(text, [start, stop ? start + m[0].length + stop.index : se])
        if (sentenceBuilt.some((x) => x !== b && x.claim.kind === 'assault' && overlaps(x.claim.span, clause))) continue
        const figure = b.claim.quantity && text.slice(clause[0], clause[1]).includes(b.claim.quantity.text) ? b.claim.quantity : null
        const repelled: Claim = { ...b.claim, span: trimSpan(text, [b.claim.span[0], start]), quantity: figure ? null : b.claim.quantity }
        const assault: Claim = { ...b.claim, id: claimId(document.id, clause, 'assault'), kind: 'assault', actorSide: b.claim.actorSide ? opposite(b.claim.actorSide) : null, span: clause, quantity: figure }
        sentenceBuilt[k] = { ...b, claim: repelled }
        sentenceBuilt.splice(k + 1, 0, { claim: assault, anchor: { ...b.anchor, claimId: assault.id, sharesPlaces: true }, sentenceIndex: si })
      }

      // "The ministry said its troops now controlled all of X", "X is now in Russian hands, a milblogger
      // wrote", "claimed that X was now under Russian control": a side announcing that a whole settlement
      // is now its own tells the taking (gold: `capture`), not a standing hold; the other side's or an
      // analyst's "Russian units now hold X" stays `control`, and so do shares and parts.
      if (lang === 'en') {
        for (let k = 0; k < sentenceBuilt.length; k++) {
          const b = sentenceBuilt[k]!
          if (isAnnouncedHolding(text, b.claim, outletVoice.name)) sentenceBuilt[k] = { ...b, claim: { ...b.claim, kind: 'capture' } }
          // "Russia said on Nov. 8 that Siversk was in its hands", "the ministry said Kindrativka was now
          // under its control": a side's statement that a place is in its own hands, told with no
          // "still" and answering no capture claimed by the other side just before, is its taking
          // announced; the pronoun is the speaker's side.
          else if (isOwnHoldingAnnounced(text, b.claim, outletVoice.name) && !answersOtherSidesCapture(built, b.claim, si)) {
            sentenceBuilt[k] = { ...b, claim: { ...b.claim, kind: 'capture', actorSide: b.claim.speaker.side as Side } }
          }
        }
      }

      // Ground claimed taken told as still held or contested ("часть из них по-прежнему контролируют
      // ВСУ", "пока рано: противник удерживает несколько кварталов") answers that capture.
      // The claims of the two sentences before, read back from the end of `built` (no scan of the whole document).
      const recent: Built[] = []
      if (sentenceBuilt.some((b) => b.claim.kind === 'control')) for (let j = built.length - 1; j >= 0 && built[j]!.sentenceIndex >= si - 2; j--) if (built[j]!.sentenceIndex < si) recent.unshift(built[j]!)
      // "Ukraine's army dismissed the report, saying its soldiers still held positions": an answer of the
      // sentence's own (a counter-statement, made a claim further on) that the holding only elaborates.
      const counterHere = attribution.counters.some((c) => c.stance === 'deny' || c.stance === 'premature')
      // The bare verdict of the sentence before, by this sentence's speaker in the same paragraph: this
      // sentence may be the rebuttal it announces.
      const repliedBefore = bareReply && bareReply.sentenceIndex === si - 1 && bareReply.paragraph === sentence.paragraph && bareReply.speaker === sentenceSpeaker.name ? bareReply : null
      for (let k = 0; k < sentenceBuilt.length; k++) {
        const b = sentenceBuilt[k]!
        if (b.claim.kind !== 'control') continue
        const here = sentenceBuilt.slice(0, k).filter((x) => x.claim.kind === 'capture').at(-1)
        // After a bare verdict ("— Це неправда. Там сіра зона …"), the capture the verdict answered.
        const lastBefore = recent.filter((x) => x.sentenceIndex === si - 1 && x.claim.kind === 'capture').at(-1)
        const before = lastBefore && repliedBefore && lastBefore.claim.id === repliedBefore.id ? repliedBefore.answers : lastBefore
        // "Orikhiv itself remains in Ukrainian hands" a few paragraphs after the channels' "liberated": a
        // holding told as lasting answers the other side's capture of the same place told earlier in the
        // report, not only in the sentence before (answerHeldGround still asks for the lasting word).
        const capture = (here ?? before ?? earlierCaptureOf(text, built, b.claim, si))?.claim
        if (!capture) continue
        // The holder's side already answered this capture, in this sentence or the two before ("a claim
        // Kyiv swiftly rejected. 'The village remains under the control of the Ukrainian army,' X told AFP"):
        // the holding elaborates that answer and stays the holder's control.
        const holderSide = b.claim.speaker.side
        const answeredBySpeaker =
          counterHere ||
          [...recent, ...sentenceBuilt].some((x) => x !== b && x.claim.id !== repliedBefore?.id && x.claim.kind === 'capture' && (x.claim.modality === 'denied' || x.claim.modality === 'premature') && (x.claim.speaker.name === b.claim.speaker.name || ((holderSide === 'RU' || holderSide === 'UA') && x.claim.speaker.side === holderSide)))
        const between = here ? text.slice(here.claim.span[1], b.claim.span[0]) : ''
        const answered = answerHeldGround(text.slice(ss, b.claim.span[1]), b.claim, capture, here !== undefined, { holding: text.slice(b.claim.span[0], b.claim.span[1]), between, answeredBySpeaker, outlet: outletVoice })
        if (!answered) continue
        sentenceBuilt[k] = { ...b, claim: answered }
        // The capture answered in its own sentence is one side's contested statement (gold convention 1).
        const h = here ? sentenceBuilt.indexOf(here) : -1
        if (h >= 0 && here!.claim.modality === 'asserted') sentenceBuilt[h] = { ...here!, claim: { ...here!.claim, modality: 'reported' } }
      }

      // "Официально объявили об освобождении, но по факту …", "X said A, but in fact B": the writer sets
      // the facts against the claim told before, which is then one side's contested statement (call 1).
      if (contrast && contrast.speaker === null && contrast.detector === 'leading') {
        for (let k = 0; k < sentenceBuilt.length; k++) {
          const b = sentenceBuilt[k]!
          if (b.claim.span[1] <= contrast.span[0] && b.claim.modality === 'asserted') sentenceBuilt[k] = { ...b, claim: { ...b.claim, modality: 'reported' } }
        }
      }
      // Statements about an earlier claim: repeat it with this speaker's stance.
      for (const counter of attribution.counters) {
        // The claim answered: made in this sentence after the counter ("dismissed a claim by Y that A"),
        // before it ("A, a claim Kyiv rejected"; "A, однак Київ спростував це"), or earlier in the text.
        const inSentence = counter.answersAfter
          ? sentenceBuilt.find((b) => b.claim.span[0] >= counter.span[1])
          : counter.span[0] > ss + 2
            ? sentenceBuilt.filter((b) => b.claim.span[1] <= counter.span[0]).at(-1)
            : undefined
        const referent = inSentence ?? referentOf(built, counter.speaker)
        if (!referent || !counter.speaker) continue
        if (!inSentence && counter.stance !== 'confirm') reportRebuttedBefore(built, referent, si, outletVoice.name)
        // "Moscow said it had taken X, a claim Kyiv rejected": a claim rebutted in its own sentence is
        // told as one side's contested statement, `reported`, not as fact (judgement call 1).
        if (inSentence && counter.stance !== 'confirm' && inSentence.claim.modality === 'asserted') {
          const at = sentenceBuilt.indexOf(inSentence)
          if (at >= 0) sentenceBuilt[at] = { ...inSentence, claim: { ...inSentence.claim, modality: 'reported' } }
        }
        const counterSpeaker = !counter.speaker ? sentenceSpeaker : (resolveSpeakerPhrase(counter.speaker, speakers)?.speaker ?? { name: counter.speaker, side: 'unknown' as const, via: null })
        // A rebuttal is about the event it answers: same time as that claim, whenever it was made
        // (the date of the rebuttal dates the statement, not the event).
        const time = referent.claim.time
        const modality = counter.stance === 'premature' ? 'premature' : counter.stance === 'confirm' ? 'asserted' : 'denied'
        const span = trimSpan(text, counter.span)
        const claim: Claim = {
          ...referent.claim,
          id: claimId(document.id, span, referent.claim.kind),
          speaker: counterSpeaker,
          time,
          modality,
          span,
          sentence: text.slice(ss, se),
        }
        sentenceBuilt.push({ claim, anchor: { ...referent.anchor, claimId: claim.id }, sentenceIndex: si })
      }

      // A verdict remark ("That is a fairy tale for their TV.", "These claims are pure fiction," the
      // general said; "Це фейк, заявили в Генштабі"; "Это не так — …") answers a claim of its sentence's
      // two predecessors (conventions 1, 7, 12, 19: a rebuttal needs a claim to answer) made by someone
      // other than the remark's speaker; a remark that is its whole sentence may answer one told in its
      // own voice (a claim told in the sentence's voice was misattributed: no writer rebuts himself).
      // With no such claim it is no claim at all.
      let remarkReferent: Built | null = null
      if (remark && !sentenceBuilt.some((b) => b.claim.speaker.name === sentenceSpeaker.name && b.claim.modality === remark.modality)) {
        // (A claim the writer calls hasty, `premature` by convention 17, is still a claim to answer.)
        const near = built.filter((b) => b.sentenceIndex >= si - 2 && b.claim.modality !== 'denied')
        const referent = near.filter((b) => b.claim.speaker.name !== sentenceSpeaker.name).at(-1) ?? (remark.whole ? near.at(-1) : undefined)
        if (referent) {
          reportRebuttedBefore(built, referent, si, outletVoice.name)
          const span = trimSpan(text, remark.span)
          const claim: Claim = { ...referent.claim, id: claimId(document.id, span, referent.claim.kind), speaker: sentenceSpeaker, modality: remark.modality, span, sentence: text.slice(ss, se) }
          sentenceBuilt.push({ claim, anchor: { ...referent.anchor, claimId: claim.id }, sentenceIndex: si })
          if (remark.whole) remarkReferent = referent
        }
      }
      // "That is nonsense. Our neighbours still hold Ivanopillia.", "— Це неправда. Там сіра зона …", "Это
      // ложь. Наши войска в город не входили.": a bare verdict and the sentence after it that tells the
      // rebuttal in full (a denial, a "too early", a holding made the capture's rebuttal) are one rebuttal
      // (conventions 7 and 19): the full one, with its own words, stays; the bare verdict goes.
      if (repliedBefore) {
        const reply = built.findIndex((b) => b.claim.id === repliedBefore.id)
        const answered = reply >= 0 ? built[reply]!.claim : null
        if (answered && sentenceBuilt.some((b) => b.claim.speaker.name === answered.speaker.name && (b.claim.modality === 'denied' || b.claim.modality === 'premature') && (b.claim.kind === answered.kind || (GROUND_KINDS.has(b.claim.kind) && GROUND_KINDS.has(answered.kind))))) built.splice(reply, 1)
      }
      bareReply = null
      if (remarkReferent) {
        const reply = sentenceBuilt.at(-1)!
        bareReply = { id: reply.claim.id, sentenceIndex: si, paragraph: sentence.paragraph, speaker: sentenceSpeaker.name, answers: remarkReferent }
      }
      if (sentenceBuilt.length === 0) qualifyEarlier(text.slice(ss, se), built, si)

      // "Ukrainian forces recently counterattacked and regained positions near X", "штурмували і
      // захопили X": an attack told without a place of its own and joined by "and" to the same side's
      // gain at a named place is how that gain was made, one event (as a failed attack is one, convention 13).
      for (let k = sentenceBuilt.length - 2; k >= 0; k--) {
        const lead = sentenceBuilt[k]!.claim
        const gain = sentenceBuilt[k + 1]!.claim
        // "punched through Ukrainian lines north of Sumy and reached the edge of Varachyne": a breakthrough
        // of lines told before the gain it made is how that gain was made, like the attack above.
        const breakthrough = lead.kind === 'advance' && BREAKTHROUGH_LINES.test(text.slice(lead.span[0], lead.span[1]))
        if ((lead.kind !== 'assault' && !breakthrough) || (gain.kind !== 'capture' && gain.kind !== 'advance')) continue
        if (!lead.actorSide || lead.actorSide !== gain.actorSide || lead.speaker.name !== gain.speaker.name || lead.modality !== gain.modality) continue
        if (gain.span[0] < lead.span[1] || !LEAD_JOIN.test(text.slice(lead.span[1], gain.span[0] + 12))) continue
        const leadPlace = namesPlace(text, lead.span, ss)
        const gainPlace = namesPlace(text, gain.span, ss)
        // "хохлы контратаковали у Петропавловки и выбили наших из лесополосы": the place told with the
        // attack is where the gain was made; one claim over both clauses. "counterattacked in the Kupiansk
        // direction and regained positions east of Petropavlivka": an axis before a named gain only
        // locates it more loosely.
        if (leadPlace && !gainPlace && !breakthrough) {
          const span: Span = [lead.span[0], gain.span[1]]
          const g = sentenceBuilt[k + 1]!
          sentenceBuilt[k + 1] = { ...g, claim: { ...g.claim, span }, anchor: { ...g.anchor, clause: span } }
          sentenceBuilt.splice(k, 1)
          continue
        }
        if ((!breakthrough && leadPlace && !AXIS_WORD.test(text.slice(lead.span[0], lead.span[1]))) || !gainPlace) continue
        sentenceBuilt.splice(k, 1)
      }
    }
    settleSentence()
    pushWithSiblings(built, sentenceBuilt)
    const lastWithSide = sentenceBuilt.filter((b) => b.claim.actorSide).at(-1)
    if (lastWithSide) lastActor = lastWithSide.claim.actorSide
  }
  // The claims told on the word of an official named only by title, given that official's name once a
  // later sentence names them (with the same title).
  for (const p of titledOnly) {
    if (!p.named) continue
    const named = p.named
    for (let i = 0; i < built.length; i++) {
      const b = built[i]!
      if (b.sentenceIndex < p.sentence || b.sentenceIndex >= named.sentence || b.claim.speaker.name !== p.name) continue
      // The side the title phrase gave ("the regional governor" of a Russian region) stands when the name gives none.
      const side = named.speaker.side === 'unknown' ? b.claim.speaker.side : named.speaker.side
      built[i] = { ...b, claim: { ...b.claim, speaker: { ...named.speaker, side, via: b.claim.speaker.via ?? null } } }
    }
  }
  // A verdict confirming part of a claim just told is the checker's claim of that claim's kind (call 29).
  const verdicts = CONFIRM_WORD.test(text) ? checkedPart(text, built) : built
  // A "most hit" line after a summary of strikes is a strike of the summary's actor and time (call 31).
  const checked = MOST_HIT_WORD.test(text) ? mostHitAsStrikes(text, verdicts, outletVoice.name) : verdicts
  // A headline restating the body's claim is no claim of its own (convention 14).
  const restated = restatedHeadlines(text, checked.map((b) => b.claim))
  const unrestated = restated.size > 0 || sectionHeadings.size > 0 ? checked.filter((b, i) => !restated.has(i) && !sectionHeadings.has(b.sentenceIndex)) : checked
  // A part of a toll or the strike named again, right after the event was claimed (convention 46).
  const details = eventDetails(text, unrestated.map((b) => b.claim))
  const kept = details.size > 0 ? unrestated.filter((_, i) => !details.has(i)) : unrestated
  return { claims: kept.map((b) => withWrittenName(b.claim, speakers)), anchors: kept.map((b) => b.anchor) }
}

/** The claim with its speaker named as the document names them (SpeakerContext.writtenName). */
function withWrittenName(claim: Claim, speakers: SpeakerContext): Claim {
  const name = speakers.writtenName(claim.speaker.name)
  return name === claim.speaker.name ? claim : { ...claim, speaker: { ...claim.speaker, name, entity: claim.speaker.name } }
}

// A fear or avoidance word up to two words before the event word: "опасаясь окружения", "боячись
// оточення", "fearing a Russian assault", "for fear of encirclement", "избегая окружения".
// "seeks to avoid the costly frontal urban assaults", "promised him a breakthrough", "was promising to seize
// all of Donetsk province": what a force avoids, or promises or vows to do, has not happened; the
// avoided or promised event is read up to four words on (its article and modifiers).
const FEAR_BEFORE = gated(/(?<![\p{L}])(?:(?:опасаясь|боясь|страшась|избегая|побоюючись|боячись|остерігаючись|уникаючи|fearing|for fear of|avoiding|to escape)\s+(?:[\p{L}'’-]+\s+){0,2}|(?:avoid|avoids|avoided|promised|promising|promises|vowed|vowing|vows|pledged|pledging|pledges)\s+(?:(?:him|her|them|us|me|it)\s+)?(?:to\s+|(?:[\p{L}'’-]+\s+){0,4}))$/iu)

// A verdict on how an event went: "пройшов організовано", "went smoothly", "прошёл штатно", "was carried out in an orderly way".
const MANNER_AFTER = gated(/^\s+(?:(?:[\p{L}'’ʼ-]+\s+){0,2}?)(?:пройш(?:ов|ла|ло|ли)|відбу(?:вся|лася|лося|лися)|прош(?:ёл|ел|ла|ло|ли)|went|was carried out|was conducted|was completed)\s+(?:\p{L}+\s+)?(?:організовано|планово|штатно|успішно|спокійно|без втрат|организованно|планово|успешно|спокойно|smoothly|in an orderly (?:way|manner|fashion)|orderly|according to plan|successfully|without losses)(?![\p{L}])/iu)
// A relative pronoun opening the clause before the event word: "який", "яку", "которую", "which", "that"
// (not "де", "где", "where": "зайшли в X, де тривають бої" tells the fighting there now).
const RELATIVE_HEAD = /^[\s,]*(?:(?:[\p{L}]+\s+)?(?:який|яка|яке|які|якого|яку|яких|що|который|которая|которое|которые|которого|которую|которых|which|that))\s/iu

// A sentence whose subject is information or details and whose verb says they are still being gathered.
const BEING_CLARIFIED = gated(/^\s*(?:інформаці\p{L}*|дані|деталі|информаци\p{L}*|данные|подробности|details|information)\s+(?:[\p{L}'’ʼ-]+\s+){0,6}?(?:уточню\p{L}*|з['’ʼ]ясову\p{L}*|встановлю\p{L}*|уточня\p{L}*|выясня\p{L}*|устанавлива\p{L}*|(?:is|are)\s+(?:still\s+)?being\s+(?:clarified|established|gathered|determined|verified))[\s.!…]*$/iu)

// An air-raid alert or siren: "air raid siren sounded", "air raid alerts", "повітряну тривогу", "воздушная тревога".
const AIR_ALERT = gated(/(?<![\p{L}])(?:air[- ]?raid\s+(?:sirens?|alerts?|alarms?|warnings?)|(?:sirens?|alerts?)\s+(?:sounded|wailed|went off|were declared|was declared)|повітрян\p{L}*\s+тривог\p{L}*|воздушн\p{L}*\s+тревог\p{L}*)(?![\p{L}])/iu)
// A standing cause before a strike word: "через постійні обстріли", "из-за ежедневных обстрелов", "because of constant drone attacks".
const HABITUAL_CAUSE_BEFORE = gated(/(?<![\p{L}])(?:через|из-за|внаслідок|вследствие|because of|due to|amid|owing to)\s+(?:the\s+)?(?:constant|continuous|daily|regular|persistent|incessant|relentless|frequent|nightly|ongoing|repeated|постійн\p{L}*|щоденн\p{L}*|регулярн\p{L}*|безперервн\p{L}*|систематичн\p{L}*|част(?:і|их)|ежедневн\p{L}*|постоянн\p{L}*|непрерывн\p{L}*|систематическ\p{L}*|част(?:ые|ых))\s+(?:[\p{L}-]+\s+)?$/iu)

// Verbs of pushing back, which also mean rejecting a statement: "відкинув", "відбив", "отверг", "отбросил", "pushed back", "beat back", "repelled", "rejected".
const PUSH_BACK_VERB = /^(?:відкин|відкида|відбив|відбил|відбит|отверг|отбрас|отброс|отбил|отбив|push|beat|repel|reject|rebuff|knock)/iu

// A statement noun right after a push-back or take verb: "відкинув заяви", "отвергло заявления", "pushed back on reports", "rejected claims".
const STATEMENT_OBJECT = gated(/^\s+(?:(?:on|at|against|the|these|those|such|all|ці|ті|усі|всі|эти|те|все)\s+)?(?:заяв(?:и|у|ам|ами|ах)?|твердженн\p{L}*|повідомленн\p{L}*|звинувачен\p{L}*|інформаці\p{L}*|чутк\p{L}*|заявлени\p{L}*|утверждени\p{L}*|сообщени\p{L}*|обвинени\p{L}*|информаци\p{L}*|слух(?:и|ов)|claims?|reports?|allegations?|accusations?|statements?|rumou?rs?|suggestions?)(?![\p{L}])/iu)

// Nobody as the toll's subject: "nobody had been", "no one was", "none of the residents were", "ніхто з мешканців не", "никто из жителей не".
const NOBODY_BEFORE = gated(/(?<![\p{L}])(?:nobody|no one|no-one|none(?:\s+of\s+(?:the\s+|them|those\s+)?(?:[\p{L}'’-]+\s+)?)?|ніхто(?:\s+(?:з|із)\s+[\p{L}'’-]+)?|никто(?:\s+из\s+[\p{L}-]+)?)\s*(?:[\p{L}'’-]+\s+){0,3}$/iu)

// What no one commented on: "comment on the strike", "commented on a Russian attack", "коментувати атаку", "комментировать удар".
const COMMENT_BEFORE = gated(/(?<![\p{L}])(?:comment(?:ed|ing|s)?\s+on|(?:про)?коментува\p{L}*|(?:про)?комментирова\p{L}*)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu)
// "атаку не коментувала", "удар не прокомментировали": the event noun before a negated comment verb.
const NO_COMMENT_AFTER = gated(/^\s+(?:[\p{L}'’-]+\s+){0,2}?(?:не\s+(?:про)?(?:коментува|комментирова)\p{L}*)/iu)
// An event inside an account or report that a verification remark speaks of: "his account of the street fighting", "the reports of fighting".
const ACCOUNT_OF_BEFORE = gated(/(?<![\p{L}])(?:account|accounts|reports?|claims?|allegations?|information|footage|videos?)\s+(?:of|about|on)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu)

// A negated purpose right before the event word: "so they would not be cut off", "so that the crews
// could not be trapped", "in order not to be surrounded", "lest they be encircled".
const PURPOSE_NOT_BEFORE = gated(/(?<![\p{L}])(?:so(?:\s+that)?\s+(?:[\p{L}'’-]+\s+){1,3}?(?:would|could|will|can|should|might)(?:\s+not|n['’]t)|(?:so as|in order) not to|lest\s+(?:[\p{L}'’-]+\s+){1,3}?)(?:\s+(?:be|get|become))?\s+$/iu)

// The means before an attack noun: "with a counterattack", "during an assault", "в ході контратаки", "у результаті штурму", "в результате контратаки".
const MEANS_BEFORE = /(?<![\p{L}])(?:with|in|during|through|via|after|by)\s+(?:a|an|the|their|its|one|his)?\s*(?:[\p{L}-]+\s+)?$|(?:в|у)\s+ході\s+(?:\p{L}+\s+)?$|під\s+час\s+(?:\p{L}+\s+)?$|(?:в|у)\s+результаті\s+(?:\p{L}+\s+)?$|внаслідок\s+(?:\p{L}+\s+)?$|в\s+ходе\s+(?:\p{L}+\s+)?$|в\s+результате\s+(?:\p{L}+\s+)?$|по\s+итогам\s+(?:\p{L}+\s+)?$/iu
// A conclusion drawn from what a sentence told: "indicating", "suggesting", "which indicates", "що свідчить про", "что указывает на".
const CONCLUSION_BEFORE = gated(/(?<![\p{L}])(?:indicating|suggesting|signalling|signaling|(?:which|that)\s+(?:indicates|suggests|points to|signals)|що\s+(?:свідчить|вказує|говорить)\s+про|(?:свідчачи|вказуючи)\s+на|что\s+(?:свидетельствует|указывает|говорит)\s+(?:о|об|на)|указывая\s+на|свидетельствуя\s+о)\s+(?:(?:that|a|an|the|recent|new|further|possible|likely|недавн\p{L}*|нов\p{L}*|подальш\p{L}*|дальнейш\p{L}*|можлив\p{L}*|возможн\p{L}*)\s+)*(?:[\p{L}'’-]+\s+){0,2}$/iu)
// An air attack as the object repelled: "Повітряний напад відбивали", "The air attack was repelled", "воздушное нападение отражали".
// A strike as what someone plotted ("готував нові удари", "готовивший удар по", "планувала атаку на").
const PLOTTED_BEFORE = endsWithMatch(/(?<![\p{L}])(?:готува\p{L}*|готує|готуют\p{L}*|підготува\p{L}*|готовил\p{L}*|готовящ\p{L}*|готовивш\p{L}*|подготови\p{L}*|подготавлива\p{L}*|планува\p{L}*|планиров\p{L}*|плануюч\p{L}*|коригува\p{L}*|корректирова\p{L}*|наводи\p{L}*)\s+(?:[\p{L}-]+\s+){0,2}$/iu)
/** What the security service did to the plotter: detained, exposed, sentenced. */
const FOILED = /(?<![\p{L}])(?:затрима\p{L}*|затриму\p{L}*|задержа\p{L}*|задерж\p{L}*|викри\p{L}*|разоблач\p{L}*|засуди\p{L}*|осуди\p{L}*|арешт\p{L}*|арест\p{L}*|зірва\p{L}*|сорва\p{L}*|запобіг\p{L}*|предотврат\p{L}*)(?![\p{L}])/iu
const AIR_ATTACK = gated(/повітрян\p{L}*\s+(?:напад|атак)\p{L}*|воздушн\p{L}*\s+(?:нападени|атак)\p{L}*|(?<![\p{L}])air\s+(?:attack|assault|raid)s?(?![\p{L}])/iu)
// What is left of a tally: "решта боїв", "інші бої", "остальные бои", "the rest of the clashes", "the remaining battles".
const REMAINDER_SUBJECT = gated(/^[\s,;—–-]*(?:(?:and|but|while|а|і|й|та|и|но)\s+)?(?:решта|інші|остальные|прочие|the rest of the|the remaining|the other)\s+(?:battles?|clashes|engagements?|combat engagements?|fights?|боїв|бої|боев|бои|боестолкновени\p{L}*|боєзіткнен\p{L}*|зіткнен\p{L}*|столкновени\p{L}*)(?![\p{L}])/iu)
// A count of engagements as the subject: "One of the battles", "Two clashes", "Один із боїв", "Два боестолкновения".
const COUNTED_BATTLES = gated(/^\s*(?:[\p{L}]+\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|один|одне|одна|два|дві|три|чотири|п['’ʼ]ять|шість|четыре|пять|шесть)\s+(?:(?:of|з|із|из)\s+(?:the\s+|these\s+)?)?(?:battles?|clashes|engagements?|combat engagements?|fights?|боїв|бої|боев|бои|боя|боестолкновени\p{L}*|боєзіткнен\p{L}*|зіткнен\p{L}*|столкновени\p{L}*)(?![\p{L}])/iu)

/**
 * An axis or a whole region as the place of fighting: "on the Pokrovsk direction", "along the Kupiansk and
 * Lyman axes", "на Покровському напрямку", "на Купянском направлении", "in Sumy Oblast", "in the Kharkiv and
 * Sumy regions", "у Сумській області", "в Курской области". A region is not a settlement whose control the
 * map can state (convention 9); "у районі X" is "near X" and stays out.
 */
const AXIS_FIGHTING = gated(/(?<![\p{L}])(?:(?:on|along|in|at)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]*(?:-[\p{L}'’]+)*,?\s+(?:and\s+)?){1,10}(?:directions?|axes|axis|sectors?|[Oo]blasts?|regions?|[Kk]rai)|на\s+(?:[\p{L}'’ʼ-]+,?\s+(?:(?:та|і|й|и)\s+)?){1,10}(?:напрямк\p{L}*|напрямах|направлени\p{L}*)|(?:в|у|во)\s+(?:[\p{L}'’ʼ-]+,?\s+(?:(?:та|і|й|и)\s+)?){1,6}(?:област(?:і|ях|и)|краї|крае))(?![\p{L}])/u)
/** Fighting FOR a place, or in a part of one: "fighting for Siversk", "бої за Іллінівку", "in the western outskirts", "на околицях". */
const FIGHTING_FOR_PLACE = gated(/(?<![\p{L}])(?:for|over|за|outskirts|districts?|околиц\p{L}*|район\p{L}* міста|кварт\p{L}+)(?![\p{L}])/iu)

const QUESTION_END = /\?[\s"”»’')]*$/u
/** A word every partial verdict holds (checked once per document before the verdicts are looked for). */
const CONFIRM_WORD = /confirm|borne out|show|підтвердж|подтвержд|показу|показыва/iu
/** A word every "most hit" line holds (checked once per document). */
const MOST_HIT_WORD = /brunt|worst|hardest|heaviest|найбільш|найсильніш|найдужч|всего|наиболее/iu

// "real losses are higher", "the true toll is likely far greater", "справжні втрати значно більші".
const TOLL_UNDERCOUNT = gated(/(?<![\p{L}])(?:real|actual|true|реальн\p{L}*|справжн\p{L}*|фактичн\p{L}*|истинн\p{L}*)\s+(?:[\p{L},]+\s+){0,6}?(?:higher|greater|larger|far more|much more|выше|больше|вищ\p{L}*|більш\p{L}*)(?![\p{L}])/iu)

// A kind of attack named generically: "such raids", "these kinds of strikes", "такі удари", "подобные атаки".
// ("the second such strike this month", "another such raid": an ordinal before "such" counts the strike just told.)
export const GENERIC_ATTACKS = /(?<![\p{L}])(?<!(?:second|third|fourth|fifth|sixth|another|latest|last|first|biggest|largest|deadliest|heaviest|one)\s)(?:such|these kinds? of|this kind of|those kinds? of|this type of|these types of)\s+(?:[\p{L}-]+\s+)?(?:raids?|strikes?|attacks?|bombings?|bombardments?|shelling|assaults?|operations?)(?![\p{L}])|(?<![\p{L}])(?:такі|такие|подібні|подобные|таких|подібних|подобных)\s+(?:\p{L}+\s+)?(?:удар\p{L}*|атак\p{L}*|обстріл\p{L}*|обстрел\p{L}*|рейд\p{L}*|нальот\p{L}*|налет\p{L}*|налёт\p{L}*)/iu
/** What every match of GENERIC_ATTACKS holds (tested against it): its determiner ("такие", "таких" hold "таки"). */
export const GENERIC_ATTACK_KEYS = ['such', 'these', 'this', 'those', 'такі', 'таки', 'подібн', 'подобн']

/** A breakthrough of lines or defences ("broke through Ukrainian lines", "punched through the defences north of X"). */
const BREAKTHROUGH_LINES = /(?<![\p{L}])through\s+(?:the\s+|their\s+|its\s+)?(?:[\p{L}-]+\s+){0,2}?(?:lines?|defen[cs]es|front|defensive\s+(?:line|lines|belt|positions))(?![\p{L}])/iu

// An axis or sector as the attack's place: "in the Kupiansk direction", "на Лиманському напрямку", "на Купянском направлении".
const AXIS_WORD = /(?<![\p{L}])(?:direction|axis|sector|напрямк\p{L}*|напрямок|направлени\p{L}*|ділянц\p{L}*|участк\p{L}*)(?![\p{L}])/iu

// The second verb of a coordination: "… и освободили", "…, освобождён", "and captured", "та просунулися".
const LEAD_JOIN = /^\s*(?:и|і|й|та|and)\s+(?:[\p{L}-]+\s+){0,1}?\p{L}/iu

/** Whether a claim's words name a place: a capitalised word that is not the sentence's first nor inside quotes («Центр»). */
function namesPlace(text: string, span: Span, sentenceStart: number): boolean {
  const words = text.slice(span[0], span[1])
  for (const m of words.matchAll(/(?<![\p{L}«"“„'‘])\p{Lu}[\p{L}'’ʼ-]+/gu)) {
    const at = span[0] + m.index
    if (!/\p{L}/u.test(text.slice(sentenceStart, at))) continue
    return true
  }
  return false
}

/**
 * A question told in reported speech ("Asked whether Moscow could take the city back this winter, the
 * commander …", "На питання, чи зможуть росіяни взяти місто до зими, він відповів …", "На вопрос,
 * сможет ли армия взять город, генерал ответил …") asks what the answer then tells; its own words
 * assert no event. The spans run from the question word to the end of its clause.
 */
function reportedQuestions(text: string, start: number, end: number, keys: DocumentKeys): Span[] {
  if (!keys.mayHold(start, end, QUESTION_KEYS)) return []
  const sentence = text.slice(start, end)
  const out: Span[] = []
  for (const m of sentence.matchAll(REPORTED_QUESTION)) out.push([start + m.index, start + m.index + m[0].length])
  return out
}

/** What every match of REPORTED_QUESTION holds (tested against it); "запитанн" holds "питанн". */
export const QUESTION_KEYS = ['asked', 'asking', 'вопрос', 'питанн', 'who', 'whether']
export const REPORTED_QUESTION = /(?<![\p{L}])(?:(?:about|on|over|as to|show|shows|showed|explain|explains|explained|know|knows|unclear|clear)\s+(?:who|whether)\s[^,.;:!?]*|(?:when |after being |being )?(?:asked|asking)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:whether|if|how|when|why|what|about)\s[^,.;:!?]*|(?:отвечая |відповідаючи )?на (?:вопрос|запитання|питання)\p{L}*(?:\s+[\p{L}\p{N}'’ʼ-]+){0,3}?\s*,?\s+(?:[^,.;!?]*?\s(?:ли|чи)\s|(?:чи|как|коли|когда|скільки|сколько|де|где|навіщо|зачем)\s)[^,.;!?]*)/giu
/** Verbs of dying ("погибли", "загинули"): their subject is who died, never a subject shared with the clause before. */
const DIED = /^(?:погиб|загин|загибл|died$|dies$|die$)/iu
/** A capitalised name opening a sentence as its subject, with an aside about it ("DeepState, which maps the front …, has not …"). */
const ENTITY_SUBJECT = /^((?:[Tt]he\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})(?:,\s+(?:which|who)\s[^,;]{1,100},)?\s+(?:has|have|had|did|does|is|was|made|published|released|issued|posted|declined|gave|showed|shows|marked|marks|shaded|mapped|counted|recorded)(?![\p{L}])/u
/** A sentence that is a quotation from its first character to its last (the quote mark closing it ends it). */
const WHOLLY_QUOTED = /^\s*["“«„][^]*["”»][\s]*$|^[^"“”«»„]*["”»]\s*$/u
/** An institution opening a sentence with what it said or left unsaid ("The ministry made no mention of …", "Russia's Defense Ministry has not claimed the town"). */
const STATEMENT_SUBJECT = /^((?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(?:Ministry|Staff|Command|Army|Forces|Service|Guard|Administration|Kremlin|Office|ministry|command|military|army)(?:\s+of\s+(?:\p{Lu}[\p{L}'’-]*\s*){1,2})?)\s+(?:also\s+)?(?:made\s+no\s+mention|did\s+not\s+(?:mention|comment|say|claim|confirm)|has\s+not\s+(?:claimed|commented|confirmed|mentioned)|had\s+not\s+(?:claimed|commented|confirmed|mentioned)|published|released|issued|posted|declined\s+to\s+comment|gave\s+no)(?![\p{L}])/u

export const REMARK_EN = /^[\s,"“«„'‘(—–-]*(?:\p{Lu}[\p{L}'’.-]{1,25}(?:\s+\p{Lu}[\p{L}'’.-]{1,25})?:\s+(?=(?:this|that|it|these|those|all)\s))?(?:(?:this|that|it|these|those|such|the|all|their|his|her|its|Russian|Ukrainian|Moscow['’]s|Kyiv['’]s|enemy|media|latest|earlier)(?:\s+|(?=['’]s\s)))*(?:(?:claims?|reports?|statements?|information|allegations?|assertions?|news|talk|account|announcement)\s+)?(?:(?:is|are|was|were|remains?)\s+|['’]s\s+)?(?:(?:pure|complete|total|absolute|utter|simply|just|nothing but|a|an|another|yet another|outright|blatant|plainly|clearly|obviously)\s+)*["“'‘]?((?:do|does|did)(?:\s+not|n['’]t)\s+(?:correspond|conform)\s+to\s+(?:the\s+)?(?:reality|facts|truth)|(?:do|does|did)(?:\s+not|n['’]t)\s+hold\s+(?:up|water)|(?:has|have|had)\s+nothing\s+to\s+do\s+with\s+(?:the\s+)?(?:reality|truth|facts)|there\s+(?:is|was)\s+no\s+truth\s+(?:to|in)\s+(?:it|this|that|them|the\s+(?:claims?|reports?|statements?))|too early to (?:say|speak|talk|claim)(?: (?:so|that|it))?(?=\s*(?:[.!,;:—–]|$))|fiction|false|fake|untrue|lies?|nonsense|not true|not (?:the case|so)(?=\s*(?:[.!,;:—–]|-\s|$))|(?<=(?:it|that|this|they)\s+(?:is|was|are|were)\s+)not(?=\s*[.!…]*\s*$)|disinformation|propaganda|fantasy|fabricat\p{L}*|fairy[- ]tales?|premature)(?![\p{L}])/iu
export const REMARK_CY = /^[\s,"“«„'‘(—–-]*(?:\p{Lu}[\p{L}'’.-]{1,25}(?:\s+\p{Lu}[\p{L}'’.-]{1,25})?:\s+(?=(?:це|ця|ці|все|усе|це|это|эти|всё)\s))?(?:(?:це|ця|ці|цю|такі|таку|такі|вся|усі|все|это|эта|эти|эту|такие|такую|вся|інформаці\p{L}*|информаци\p{L}*|заяв\p{L}*|твердженн\p{L}*|утверждени\p{L}*|повідомленн\p{L}*|сообщени\p{L}*|новин\p{L}*|новост\p{L}*|розмови|разговоры)\s+)*(?:(?:[-—–]|є|является)\s+)?(?:(?:чист\p{L}*|черговий|чергова|очередн\p{L}*|абсолютн\p{L}*|повн\p{L}*|полн\p{L}*|откровенн\p{L}*|відверт\p{L}*|звичайн\p{L}*|обычн\p{L}*)\s+)?((?:говорить|говорити|казати)\s+(?:об\s+этом|о\s+этом|про\s+це)\s+(?:пока\s+|поки\s+|ещё\s+|еще\s+|ще\s+)?(?:рано|зарано)(?=\s*(?:[.!,;:—–]|$))|не так(?=\s*(?:[.!,;:—–]|-\s|$))|нічого подібного|ничего подобного|не відповіда\p{L}* дійсності|не соответству\p{L}* действительности|фейк\p{L}*|неправд\p{L}*|не правда|брехн\p{L}*|вигадк\p{L}*|ложь|выдумк\p{L}*|вымысел|дезінформац\p{L}*|дезинформац\p{L}*|передчасн\p{L}*|преждевременн\p{L}*)(?![\p{L}])/iu
/** What every match of REMARK_EN or REMARK_CY holds: one of its closing words (tested against them). */
export const REMARK_KEYS = ['reality', 'hold up', 'hold water', 'no truth', 'too early', 'рано', 'fiction', 'false', 'fake', 'untrue', 'lie', 'nonsense', 'not true', 'not the case', 'not so', 'is not', 'was not', 'are not', 'were not', 'не так', 'нічого подібного', 'ничего подобного', 'disinformation', 'propaganda', 'fantasy', 'fabricat', 'fairy', 'premature', 'не відповіда', 'не соответству', 'фейк', 'неправд', 'не правда', 'брехн', 'вигадк', 'ложь', 'выдумк', 'вымысел', 'дезінформац', 'дезинформац', 'передчасн', 'преждевременн']
// A referent with no claim of its own: "Ukrainian officials deny that", "denied it on Monday", "rejected
// that description within hours", "flatly disputed the account" (the time or manner after it says when
// the denial came, not what happened).
const REFERENT_ONLY = /^[\s"“«„'‘(—–-]*(?:(?:flatly|firmly|strongly|swiftly|quickly|immediately|categorically|outright)\s+)?(?:(?:this|that|it|these|those|such|the|their|Russian|Ukrainian|enemy|media|latest|earlier|це|цю|ці|такі|ця|это|эту|эти|эта|такие|такую)\s+)*(?:claims?|reports?|statements?|information|allegations?|assertions?|news|descriptions?|characteri[sz]ations?|accounts?|versions?|assessments?|figures?|announcements?|stor(?:y|ies)|narratives?|it|this|that|them|інформаці\p{L}*|информаци\p{L}*|заяв\p{L}*|твердженн\p{L}*|утверждени\p{L}*|повідомленн\p{L}*|сообщени\p{L}*|це|это)?(?:\s+(?:outright|flatly|categorically|immediately|at once|within (?:hours|minutes|a day)|(?:on|late on|early on) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|the same day|later|on the same day|hours later|shortly afterwards?))?[\s.,!"”»]*$/iu

/**
 * A sentence part that only rejects an earlier claim: "These claims are pure fiction", "Це фейк",
 * "Это не соответствует действительности, …", or a denying frame around nothing but a referent
 * ("Эти заявления в ВСУ назвали выдумкой"). Only at the start of the content and with no event
 * word inside, so "claims that X fell are false" stays a claim about X.
 */
function denialRemark(text: string, content: readonly Span[], events: readonly PhraseMatch<TriggerData>[], stance: string | null, keys: DocumentKeys): { span: Span; modality: Claim['modality']; whole: boolean } | null {
  const first = content[0]
  if (!first) return null
  const words = text.slice(first[0], first[1])
  const m = keys.mayHold(first[0], first[1], REMARK_KEYS) ? (REMARK_EN.exec(words) ?? REMARK_CY.exec(words)) : null
  if (m) {
    // The verdict closes its clause: "That is not true of every unit", "Это не так просто" and "it is
    // false that …" judge something else. A noun verdict may name whom the tale is for ("a fairy tale
    // for their TV", "сказки для внутреннего потребления").
    const rest = words.slice(m[0].length)
    const tail = VERDICT_NOUN.test(m[1]!) ? (VERDICT_TAIL.exec(rest)?.[0].length ?? 0) : 0
    if (!CLAUSE_CLOSE.test(rest.slice(tail))) return null
    // The remark runs to the end of its clause.
    const stop = /[,;:—–]|\s-\s/.exec(words.slice(m[0].length + tail))
    const end = first[0] + m[0].length + tail + (stop ? stop.index : words.length - m[0].length - tail)
    if (events.some((e) => e.span[0] < end && e.span[1] > first[0] && !e.data.weak)) return null
    const whole = content.length === 1 && !/\S/u.test(text.slice(end, first[1]).replace(/^[\s.!…"”»]+$/u, ''))
    return { span: [first[0], end], modality: /prematur|передчасн|преждевремен|рано|too early/iu.test(m[1]!) ? 'premature' : 'denied', whole }
  }
  if ((stance === 'deny' || stance === 'premature') && events.length === 0 && content.every(([a, b]) => REFERENT_ONLY.test(text.slice(a, b)))) {
    return { span: first, modality: stance === 'premature' ? 'premature' : 'denied', whole: false }
  }
  return null
}
/** What may follow a verdict in its clause: nothing, or the clause's end. */
const CLAUSE_CLOSE = /^\s*(?:$|[.!?…,;:—–"”»)]|-\s)/u
/** Verdicts that are nouns, which may name whom they serve ("a fairy tale for their TV"). */
const VERDICT_NOUN = /fiction|lies?\b|nonsense|disinformation|propaganda|fantasy|fabricat|fairy|фейк|брехн|вигадк|ложь|выдумк|вымысел|дезінформац|дезинформац/iu
const VERDICT_TAIL = /^\s+(?:for|from|by|on|in|of|для|від|от|з|із)\s+[^.;!?,—–:]{1,50}/iu

const CHECKED_CLAIM_LABEL = /^\s*(?:the )?claim\s*:\s+\S/iu
const LINK_LABEL = /^\s*(?:read (?:also|more)|also read|see also|related(?: news| stories| articles| content| posts)?|more on (?:this|the topic)|читайте (?:також|также)|дивіться також|смотрите также|по теме|на тему|новини по темі|новости по теме|більше на тему)\s*(?::|$)/iu
const VERIFY_COMMENT = gated(/\b(?:could not|couldn['’]t|cannot|can['’]t|was unable to|were unable to|is unable to|(?:has|have) not been able to)\s+(?:be\s+)?(?:independently\s+)?(?:verif|confirm)|\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?:observed|seen|found)\s+(?:any\s+)?(?:visual\s+|geolocated\s+|independent\s+)?(?:confirmation|evidence)|\bno\s+(?:independent\s+|visual\s+|official\s+|geolocated\s+)?(?:confirmation|evidence)\b|\b(?:remains?|is|are|were|was)\s+(?:still\s+)?(?:unconfirmed|unverified)|не вдалося (?:незалежно )?(?:перевірити|підтвердити)|неможливо (?:незалежно )?(?:перевірити|підтвердити)|підтвердженн\p{L}* (?:\p{L}+ ){0,3}(?:немає|нема|не надходило)|не підтверджен\p{L}*|не удалось (?:независимо )?(?:проверить|подтвердить)|невозможно (?:независимо )?(?:проверить|подтвердить)|подтверждени\p{L}* (?:\p{L}+ ){0,3}(?:нет|не поступало)|не подтвержден\p{L}*/iu)
const PLURAL_REFERENT = /\b(?:either|both|these|those|them|all|claims|reports)\b|ці|цих|цього|эти|этих|обо(?:их|х)|обидв\p{L}*|всі|все/iu

/**
 * A sentence that only says the claims before it could not be verified lowers them to unverified:
 * the last sentence's claims, or, when it speaks of several ("either claim", "these reports"), the
 * run of claims by that sentence's speaker. Denials and plans keep their modality.
 */
function qualifyEarlier(sentence: string, built: Built[], sentenceIndex: number): void {
  // The cheap tests first: the pattern is tried at every character of the sentence.
  const last = built.at(-1)
  if (!last || last.sentenceIndex < sentenceIndex - 2) return
  if (wordCount(sentence) > 25 || !VERIFY_COMMENT.test(sentence)) return
  const side = last.claim.speaker.side
  const plural = PLURAL_REFERENT.test(sentence)
  for (let i = built.length - 1; i >= 0; i--) {
    const b = built[i]!
    if (b.sentenceIndex !== last.sentenceIndex && !(plural && b.claim.speaker.side === side && b.sentenceIndex >= last.sentenceIndex - 3)) break
    if (b.claim.modality === 'asserted' || b.claim.modality === 'reported') built[i] = { ...b, claim: { ...b.claim, modality: 'unverified' } }
  }
}

/** Descriptive asides (exported for the test that compares subordinateSpans with a plain global search). */
export const ASIDE = /,\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}(?:town|city|village|settlement|hamlet|region|district|community|hub|stronghold)\b[^;.]*?(?=[,;.]|$)|\b(?:that|which|who)\s+(?:had|has|have|was|were|is|are)\s+(?:been|long|once|previously|already)\b[^,;.]*|,\s+which\s+(?:lies|lay|sits|sat|stands|stood|is located|is situated|is home to|had a pre-war population)\b[^,;.]*|,\s+(?:який|яка|яке|які|котор\p{L}*)\s+[^,;.]*/giu

/** Descriptive asides inside a sentence: appositions and relative clauses. */
export function subordinateSpans(text: string, start: number, end: number): Span[] {
  const slice = text.slice(start, end)
  const out: Span[] = []
  // Every aside but "that/which/who had been …" opens with a comma; without those words (no
  // letter folds to theirs but their capitals) the pattern is tried only at the commas.
  if (!RELATIVE_WORD.test(slice)) {
    for (let at = slice.indexOf(','); at >= 0; at = slice.indexOf(',', at)) {
      ASIDE_AT.lastIndex = at
      const m = ASIDE_AT.exec(slice)
      if (m) {
        out.push([start + at, start + at + m[0].length])
        at += m[0].length
      } else at++
    }
    return out
  }
  ASIDE.lastIndex = 0
  for (let m = ASIDE.exec(slice); m !== null; m = ASIDE.exec(slice)) out.push([start + m.index, start + m.index + m[0].length])
  return out
}
const ASIDE_AT = new RegExp(ASIDE.source, 'iuy')
const RELATIVE_WORD = /that|which|who/i

/** "in particular, …", "зокрема …": the clause details the one before (its date and places hold). */
/** A clause head opening a second reported clause ("and that …", "і що …", "и что …"). */
const COMPLEMENT_HEAD = /^[\s,;]*(?:(?:and|but)\s+that|(?:і|й|та|а)\s+що|(?:и|а)\s+что)(?![\p{L}])/iu
/** A clause that continues the subject before it: a conjunction, then auxiliaries and adverbs up to its verb ("and has been pushed back"). */
const ELLIPTIC_HEAD = /^[\s,]*(?:(?:and|but|then|і|й|та|а|але|и|но|затем|потім)\s+)?(?:(?:has|have|had|was|were|is|are|been|being|also|then|later|again|twice|\p{L}+ly|також|ще|потім|также|ещё|еще|снова|знову|затем)\s+)*$/iu

/** The same words just before a clause that starts after them. */
const COMPLEMENT_BEFORE = /(?<![\p{L}])(?:(?:and|but)\s+that|(?:і|й|та|а)\s+що|(?:и|а)\s+что)[\s,]*$/iu

/** Whether a clause is a second reported clause ("… and that drone crews had knocked out …"). */
function opensComplement(text: string, clause: Span, trigger: number): boolean {
  return COMPLEMENT_HEAD.test(text.slice(clause[0], trigger)) || COMPLEMENT_BEFORE.test(text.slice(Math.max(0, clause[0] - 12), clause[0]))
}

/** A clause head naming its own subject by a pronoun, or a second reported clause. */
const OWN_SUBJECT_HEAD = new RegExp(String.raw`^(?:\s*(?:but\s+|and\s+|while\s+)?(?:they|he|she|we|it)\b|${COMPLEMENT_HEAD.source.slice(1)})`, 'iu')
const ELABORATION = /^\s*(?:in particular|including|notably|specifically|of (?:them|these|which)|зокрема|в тому числі|у тому числі|в частности|в том числе|из них|з них)\b/iu

const REGIONAL_OFFICIAL = /\b(?:governor|officials?|authorities|(?:regional|oblast|city|district|village|town) council|prosecutor['’]?s?|administration|operational (?:HQ|headquarters)|emergency services|police|mayor|head of the (?:region|district|city))\b|губернатор\p{L}*|оперштаб\p{L}*|оперативн\p{L}* штаб\p{L}*|власт\p{L}*|влад\p{L}*|прокуратур\p{L}*|адміністрац\p{L}*|администрац\p{L}*|(?:глав|голов|очільник|руководител|керівник)\p{L}* (?:[\p{L}'’ʼ-]+ )?(?:региона|района|города|округа|регіону|району|міста|округу|громади)|очільник\p{L}*|(?<![\p{L}])(?:мер(?:а|у|ові|ом|і|ія|ії|ію|ією)?|мэр(?:а|у|ом|е|ия|ии|ию|ией)?)(?![\p{L}])|ДСНС|МЧС|(?:обласн|міськ|районн|сільськ|селищн|областн|городск|районн|сельск)\p{L}* (?:рад|совет)\p{L}*/iu
/** A speaker phrase that is a region in the locative alone ("На Кубани", "В Брянской области"). */
const REGION_LOCATIVE = /^(?:На|В|У|Во)\s+\p{Lu}[\p{L}-]+(?:\s+(?:области|області|крае|краї))?$/u
// (With the Russian cities the strike reports name, and occupied Sevastopol: "мер Новоросійська", "мэр
// города" in a sentence about Tuapse, are Russia's; round 20, class 5.)
const RU_REGIONS = /\b(?:Belgorod|Kursk|Bryansk|Rostov|Voronezh|Krasnodar|Oryol|Orel|Tula|Kaluga|Lipetsk|Tambov|Smolensk|Moscow|Leningrad|Saratov|Volgograd|Samara|Tatarstan|Bashkortostan)\b|Белгород\p{L}*|Курск\p{L}*|Брянск\p{L}*|Ростов\p{L}*|Воронеж\p{L}*|Краснодар\p{L}*|Орлов\p{L}*|Тульск\p{L}*|Калужск\p{L}*|Липецк\p{L}*|Тамбов\p{L}*|Смоленск\p{L}*|Московск\p{L}*|Саратов\p{L}*|Бєлгород\p{L}*|Курськ\p{L}*|Брянськ\p{L}*|Воронезьк\p{L}*|(?<![\p{L}])Кубан\p{L}*|\bKuban\b|\b(?:Novorossiysk|Tuapse|Taganrog|Yeysk|Sochi|Anapa|Armavir|Engels|Ryazan|Syzran|Kstovo|Millerovo|Novoshakhtinsk|Sevastopol)\b|(?<![\p{L}])(?:Новоросійськ|Новороссийск|Таганрог|Єйськ|Ейск|Анап|Армавір|Армавир|Енгельс|Энгельс|Рязан|Сизран|Сызран|Новошахтинськ|Новошахтинск|Волгоград|Самарськ|Самарск|Татарстан|Башкортостан|Севастопол)\p{L}*|(?<![\p{L}])(?:Туапсе|Сочі|Сочи|Кстово|Міллерово|Миллерово)(?![\p{L}])/u
const UA_REGIONS = /\b(?:Kharkiv|Sumy|Chernihiv|Dnipropetrovsk|Dnipro|Zaporizhzhia|Kherson|Mykolaiv|Odesa|Kyiv|Poltava|Donetsk|Luhansk|Kramatorsk|Sloviansk|Kostiantynivka|Pokrovsk|Nikopol|Kirovohrad|Vinnytsia|Lviv|Khmelnytskyi|Zhytomyr|Cherkasy|Rivne|Volyn|Ternopil|Ivano-Frankivsk|Zakarpattia|Chernivtsi)\b|Харків\p{L}*|Сумськ\p{L}*|Сум(?:и|ах)|Чернігів\p{L}*|Дніпропетровськ\p{L}*|Запорізьк\p{L}*|Запоріжж\p{L}*|Херсонськ\p{L}*|Миколаїв\p{L}*|Одеськ\p{L}*|Київськ\p{L}*|Полтавськ\p{L}*|Донецьк\p{L}*|Харьков\p{L}*|Сумск\p{L}*|Черниговск\p{L}*|Днепропетровск\p{L}*|Николаевск\p{L}*|Одесск\p{L}*/u

/** The side governing a region named in the text: Russian oblasts, or Ukrainian ones (not the occupied authorities, which RU words mark). */
/** A military named without its country ("military", "the army", "military source", "defence ministry"). */
const BARE_MILITARY = /^(?:the\s+)?(?:military|army|armed forces|military (?:sources?|officials?|spokesman)|defen[cs]e ministry|general staff)$/iu
/** Victims right after a force ("Ukrainian servicemen killed", "soldiers were wounded"). */
const VICTIMS_AFTER = /^\s+(?:(?:were|was|have been|had been|reportedly)\s+)?(?:killed|wounded|injured|dead|died|die|dies|hurt)(?![\p{L}])/iu

/** A city's office ("mayor", "the mayor of the city", "city administration"). */
const CITY_OFFICE = /\b(?:mayor|city (?:administration|council|hall|authorities))\b/iu
/** A city of Donetsk or Luhansk oblast Russia has held since 2014, named as the city (English spellings of the agencies). */
const HELD_CITY = /\b(?:Donetsk|Luhansk|Lugansk|Horlivka|Gorlovka|Makiivka|Makeyevka|Yasynuvata|Yasinovataya|Alchevsk|Yenakiieve|Yenakiyevo|Debaltseve|Debaltsevo|Khartsyzk|Stakhanov|Kadiivka|Snizhne|Snezhnoye|Torez|Shakhtarsk|Dokuchaievsk|Dokuchaevsk)\b(?!\s+(?:region|oblast|province|People))/u

function regionSide(text: string): Speaker['side'] | null {
  if (/\b(?:DPR|LPR|People['’]s Republic)\b|ДНР|ЛНР|Народн\p{L}* Республик\p{L}*|окупаційн\p{L}*|оккупационн\p{L}*|Russian-installed/u.test(text)) return 'RU'
  if (RU_REGIONS.test(text)) return 'RU'
  if (UA_REGIONS.test(text)) return 'UA'
  return null
}

const INSTITUTION = /\b(?:ministry|general staff|staff|command|army|military|government|air force|navy|border guard|administration|brigade|regiment|battalion|group of forces|defen[cs]e)\b|міністерств|міноборони|генштаб|командуванн|адміністрац|бригад|министерств|минобороны|генштаб|командовани|администрац|(?<![\p{L}])(?:мін(?:інфраструктур|енерго|економ|цифр|регіон|юст|фін|соцполітик|агрополітик)|мин(?:энерго|фин|юст|транс|здрав|цифры))\p{L}*|(?<![\p{L}])(?:МЗС|МИД|МОЗ|МВС|МВД)(?![\p{L}])/iu
const MODAL_LEAD = /^\s*(?:(?:and|but|or|та|і|й|и|а|но)\s+)?(?:(?:may|might|could|will|would|can|also|then|later|again|still|може|можуть|буде|будуть|можно|может|могут|будет|будут|також|также)\s+)+$/iu
const OWN_GAIN_KINDS = new Set<ClaimKind>(['capture', 'advance', 'area-change'])
const FORECAST_OF_OTHERS_KINDS = new Set<ClaimKind>(['assault', 'advance', 'capture', 'encirclement'])
const SUCCESS_KINDS = new Set<ClaimKind>(['advance', 'capture', 'encirclement', 'area-change', 'control'])

const FORECAST_VERB = gated(/(?<![\p{L}])(?:expects?|expected|predicts?|predicted|forecasts?|очіку\p{L}*|прогнозу\p{L}+|ожида\p{L}*|прогнозиру\p{L}*)(?![\p{L}])/iu)
const OWN_FORECAST_AHEAD = /^\s*(?:to\s|(?:що|что)\s+(?:ми|мы|наші|наши)\s)/iu

/** Whether a frame forecasts ("expects", "прогнозує") what may be the other side's doing: not "expects to …". */
function isForecastOfOthers(text: string, span: Span): boolean {
  return FORECAST_VERB.test(text.slice(span[0], span[1])) && !OWN_FORECAST_AHEAD.test(text.slice(span[1], span[1] + 16))
}

const FRAME_PERIOD = /^(?:за|протягом|в течение|на протяжении|over|during|in)\s/iu
const OWN_UNITS_AFTER = gated(/^\s+(?:of\s+)?(?:сво(?:их|іх|ї|и|ей|єї|его|го)|its|their)\s+(?:подраздел\p{L}*|підрозділ\p{L}*|войск\p{L}*|військ\p{L}*|сил\p{L}*|част\p{L}*|units|troops|forces)/iu)
const OWN_PRONOUN_BEFORE = endsWithMatch(/(?:\b(?:it|they|we|he|she)\s+(?:had\s+|has\s+|have\s+|would\s+)?(?:also\s+|again\s+|now\s+|successfully\s+)?|(?<![\p{L}])(?:ми|мы)\s+(?:(?:вже|уже|також|также|знову|снова|успішно|успешно|сьогодні|сегодня|вчора|вчера)\s+)*)$/iu)
const CONTINUATION = /^\s*(?:,\s*(?:saying|adding|stating|noting|claiming|insisting|arguing)|\s*and\s+(?:said|added|stated|noted|claimed|insisted))(?:\s+that)?\s+|^\s*,\s*(?:заявивши|додавши|зазначивши|сказавши|заявив|заявив|отметив|добавив|заявив|заявил\p{L}*|сказав|добавил\p{L}*),?\s*(?:що|что)?\s*/iu

/** After a statement about an earlier claim: ", saying that" / "and said" belong to the frame. */
function continuationFrame(text: string, span: Span, sentenceEnd: number): Span[] {
  const m = CONTINUATION.exec(text.slice(span[1], sentenceEnd))
  return m ? [[span[1], span[1] + m[0].length]] : []
}

/**
 * What "denied the reports" answers: the first claim of the latest run of claims by one speaker
 * other than the one denying (a statement's main claim comes first: "Zelensky said forces had
 * liberated 300 km² … 'Our soldiers are pushing them back,' Zelensky wrote. The Kremlin dismissed it").
 */
/** A frame continuing the last statement: a personal pronoun, or "according to" and its kin. */
// An interview, or a statement given to a reporter or outlet ("speaking to AFP on Thursday", "talking
// to the BBC", "рассказал корреспонденту «Звезды»", "розповів кореспондентові"): one occasion.
const INTERVIEW = gated(/(?<![\p{L}])(?:interview|інтерв['’ʼ]?ю|интервью|(?:speaking|talking)\s+(?:to|with)|корреспондент\p{L}*|кореспондент\p{L}*)(?![\p{L}])/iu)
const CONTINUATION_FRAME = /(?:^|[^\p{L}])(?:he|she|він|вона|он|она|according\s+to|за\s+(?:його|її|словами|даними)|по\s+(?:его|её|словам|данным|информации)|з\s+його\s+слів|с\s+его\s+слов)(?![\p{L}])/iu

/**
 * A claim rebutted in the next sentence ("Russia said its troops had overrun X. Ukraine's army
 * dismissed the report", "… вернули контроль над Y. В Минобороны эту информацию опровергли") is told
 * as one side's contested statement: `reported`, as when the rebuttal shares its sentence (gold
 * conventions 1 and 42). A rebuttal further on leaves it as the writer told it, and so does one that
 * can only have answered the writer's own narration (a rebuttal answers someone's statement).
 */
function reportRebuttedBefore(built: Built[], referent: Built, sentenceIndex: number, outlet: string | null): void {
  if (referent.sentenceIndex !== sentenceIndex - 1 || referent.claim.modality !== 'asserted' || referent.claim.speaker.name === outlet) return
  const at = built.indexOf(referent)
  if (at >= 0) built[at] = { ...referent, claim: { ...referent.claim, modality: 'reported' } }
}

/** The last claim of `kind` by another speaker: what a rebuttal by `speaker` answers. */
const CONTRAST = /(?<![\p{L}])(?:but|yet|only to|але|однак|проте|та\s+(?:\p{L}+\s+)?були|но|однако|а затем)(?![\p{L}])/iu

// Between two figures of one verb: their first's words, then the conjunction (and a qualifier) right before the second.
const GAPPED_AND = /^([^,;.:!?—–]{0,60}?\s)(?:і|й|та|и|а також|а также)\s+(?:(?:понад|більше|близько|майже|приблизно|ще|около|более|свыше|почти|примерно|ещё|еще)\s+)?$/iu

function splitGappedFigures(text: string, drafts: Draft[], quantities: readonly FoundQuantity[]): void {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!
    if (d.kind !== 'control' && d.kind !== 'capture' && d.kind !== 'area-change') continue
    const primary = d.triggers[0]!
    const figures = quantities.filter((q) => (q.unit === 'percent' || q.unit === 'km2') && within(q.span, d.clause) && q.span[0] >= primary.span[1])
    if (figures.length !== 2 || figures[0]!.unit !== figures[1]!.unit) continue
    const [first, second] = figures as [FoundQuantity, FoundQuantity]
    if (d.triggers.some((t) => t.span[0] >= first.span[1])) continue
    const gap = GAPPED_AND.exec(text.slice(first.span[1], second.span[0]))
    if (!gap) continue
    const cut = first.span[1] + gap[1]!.length
    const echo: PhraseMatch<TriggerData> = { span: second.span, text: second.text, data: primary.data }
    drafts.splice(i, 1, { ...d, clause: [d.clause[0], first.span[1] + gap[1]!.trimEnd().length] }, { kind: d.kind, triggers: [echo], clause: [cut, d.clause[1]] })
  }
}

/**
 * "destroyed more than 90 soldiers and 3 tanks", "killed 40 invaders, four tanks and a Buk": soldiers and
 * numbered equipment under one English verb are two `casualties` claims (convention 100), the second told
 * from the equipment's figure on (its clause then reads that figure first); equipment with no numeral
 * adds none (75).
 */
function splitSoldiersAndEquipment(text: string, drafts: Draft[], quantities: readonly FoundQuantity[]): void {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!
    if (d.kind !== 'casualties') continue
    const primary = d.triggers[0]!
    // (The verb's words may hold the soldiers' figure: "destroyed more than 70 soldiers".)
    const figures = quantities.filter((q) => within(q.span, d.clause) && q.span[0] > primary.span[0])
    const soldiers = figures[0]
    const equipment = figures[1]
    if (!soldiers || !equipment || soldiers.unit !== 'soldiers' || equipment.unit !== 'other') continue
    if (d.triggers.some((t) => t.span[0] >= soldiers.span[1])) continue
    if (!EQUIPMENT_AFTER_SOLDIERS.test(text.slice(soldiers.span[1], equipment.span[0]))) continue
    const echo: PhraseMatch<TriggerData> = { span: equipment.span, text: equipment.text, data: primary.data }
    drafts.splice(i + 1, 0, { kind: d.kind, triggers: [echo], clause: [equipment.span[0], d.clause[1]], fixedKind: true })
  }
}
/**
 * "ВСУ уничтожили технику и склад боеприпасов", "знищили гармату та склад із боєприпасами", "уничтожили
 * гаубицу, склад боеприпасов и живую силу": one Ukrainian or Russian verb of destroying whose list holds
 * equipment or men first and a facility after ("і", "та", "и" or a comma) tells two events: the loss, and a
 * strike on the facility (conventions 75, 112, 128). The strike is told from the facility on, with the
 * verb's actor (the clause's subject carries to it). A list whose first thing is a facility is a strike
 * already (slavic-frames.ts), and a facility with a strike word of its own is left to it.
 */
function splitFacilityFromLosses(text: string, drafts: Draft[]): void {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!
    if (d.kind !== 'casualties' || d.fixedKind) continue
    const primary = d.triggers[0]!
    const verb = DESTROY_VERB.exec(primary.text)
    if (!verb) continue
    // "знищили на Луганщині, попередньо, російський склад": only a place and a hedge before the facility,
    // which is the verb's first object: the strike the frame stage reads when the facility follows the verb.
    // (The trigger's words may hold an object of their own: "уничтожили два танка у Бахмута и склад".)
    const first = FACILITY_FIRST.exec(text.slice(primary.span[1], d.clause[1]))
    if (first && !LOSS_WORD.test(primary.text.slice(verb.index) + first[1]!)) drafts[i] = { ...d, kind: 'strike', fixedKind: true }
  }
}

/**
 * The facility listed after equipment or men under a loss claim's verb of destroying ("уничтожили гаубицу,
 * склад боеприпасов и живую силу"): its span, for a strike claim beside the loss (conventions 75, 128).
 */
function facilityListedAfterLoss(text: string, clause: Span, trigger: PhraseMatch<TriggerData>): Span | null {
  if (!DESTROY_VERB.test(trigger.text)) return null
  const after = text.slice(trigger.span[1], clause[1])
  const m = FACILITY_LISTED_AFTER.exec(after)
  // (The first thing must be a loss: "знищили ворога біля складу" is no list.)
  if (!m || !LOSS_WORD.test(trigger.text + after.slice(0, m.index + m[0].length - m[1]!.length - m[2]!.length))) return null
  const start = trigger.span[1] + m.index + m[0].length - m[2]!.length
  return [start, start + m[2]!.length]
}
/** A facility (group 1 the words before it: places and hedges only) as the verb's first object. */
const FACILITY_FIRST = /^((?:\s*,?\s*(?:(?:на|у|в|під|біля|поблизу|под|возле|около|в районі|в районе)\s+[\p{L}'’ʼ-]+|попередньо|ймовірно|імовірно|вероятно|предварительно|предположительно|можливо|возможно|ще|ещё|еще|також|также|вночі|ночью)\s*,?)+\s+(?:(?!(?:і|й|та|и|а|а також|а также)\s)[\p{L}'’ʼ-]+\s+)?)(?:склад(?!ч|ыва|ува|ен|ан|ал)|нафтобаз|нефтебаз|нафтосховищ|нефтехранилищ|аеродром|аэродром|авіабаз|авиабаз|штаб|НПЗ|ангар|арсенал)/iu
/** Equipment or men, or a figure of them: what a verb of destroying makes a loss of. */
const LOSS_WORD = /(?<![\p{L}])(?:техні|техник|гармат|гаубиц|оруди|танк|БМП|БТР|САУ|РСЗВ|РСЗО|міномет|миномет|машин|автомобіл|автомобил|вантажівк|грузовик|літак|самол[её]т|вертол|гелікоптер|катер|корабл|РЛС|ЗРК|дрон|БпЛА|БПЛА|пусков|росіян|россиян|окупант|оккупант|військов|военн|солдат|піхот|пехот|жив\p{L}* сил|бойовик|боевик|ворог|противник|загарбник|\p{N})/iu
/** A verb of destroying or hitting in Ukrainian or Russian, any aspect, voice or gender. */
const DESTROY_VERB = /(?<![\p{L}])(?:знищ|уничтож|ураз|уражен|враз|вражен|пораз|пораж)/iu
/**
 * After the verb: its first object (no full stop, colon or dash between), a comma or a conjunction, up to
 * two modifiers, then a facility noun (group 2). Personnel ("особового складу", "личного состава") is
 * no depot.
 */
const FACILITY_LISTED_AFTER = /^[^.;:!?—–\n]{0,90}?(?:,\s*|\s+(?:і|й|та|и|а також|а также)\s+)((?:(?!особов|личн)[\p{L}'’ʼ«»"-]+\s+){0,2}?)((?:склад(?!ч|ыва|ува|ен|ан|ал)|нафтобаз|нефтебаз|нафтосховищ|нефтехранилищ|аеродром|аэродром|авіабаз|авиабаз|штаб|НПЗ|ангар|арсенал|(?:електро|электро)?(?:під|под)станци|(?:електро)?підстанці|казарм)[\p{L}]*)(?![\p{L}])/iu

/** Between the soldiers' figure and the equipment's: their own words, then a comma or "and". */
const EQUIPMENT_AFTER_SOLDIERS = /^[^,;.:!?—–]{0,40}?(?:,\s*|\s+and\s+)(?:(?:more than|over|about|up to|some|another)\s+)?$/iu

/**
 * "Три попытки противника контратаковать пресечены", "repelled 14 Russian attacks", "зупинили 11
 * спроб ворога просунутися": the attack named inside its repulse is the repulse's object, one claim
 * (convention 13). An attempt told in its own right before a "but" ("tried to enter Zakitne but were
 * pushed back") stays beside it.
 */
function dropRepelledAttempts(text: string, drafts: Draft[]): void {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const a = drafts[i]!
    if (a.kind !== 'assault') continue
    const repulse = drafts.find((r) => r.kind === 'repelled' && r.clause[0] === a.clause[0] && r.clause[1] === a.clause[1])
    if (!repulse) continue
    const aEnd = Math.max(...a.triggers.map((t) => t.span[1]))
    const rStart = Math.min(...repulse.triggers.map((t) => t.span[0]))
    const between = aEnd <= rStart ? text.slice(aEnd, rStart) : ''
    if (CONTRAST.test(between)) continue
    drafts.splice(i, 1)
  }
}

// A failure said of an attack: "захлебнулась", "провалилася", "зірвалася", "failed", "fizzled out",
// "came to nothing", "got nowhere", "не принесли успеха", "виявилися марними".
const FAILURE_PREDICATE = /(?<![\p{L}])(?:захлебну\p{L}*|захлину\p{L}*|провал\p{L}*|зірвал\p{L}*|сорвал\p{L}*|(?:виявил|оказал)\p{L}* (?:марн|безрезультатн|безуспешн|безуспішн|тщетн)\p{L}*|не (?:мал\p{L}*|принесл\p{L}*|принесли|дал\p{L}*|увенчал\p{L}*) (?:успіх\p{L}*|успех\p{L}*|результат\p{L}*)|fail(?:ed|s)?|fizzl\p{L}*|stall(?:ed|s)?|came to nothing|got nowhere|went nowhere|were in vain|was in vain)(?![\p{L}])/iu
// Back to where the attack began: "на исходные (позиции)", "на вихідні позиції", "back to their starting positions".
const BACK_TO_START = /(?<![\p{L}])(?:на (?:свои |свої )?(?:исходн|вихідн)\p{L}*|back to (?:their |its )?(?:starting|initial|original|jump-off) (?:positions|lines|line)|back where (?:they|it) started)(?![\p{L}])/iu

/**
 * Whether the draft only tells how an attack just told (an assault in this sentence or the one before)
 * ended: a failure said of the attack noun, or the attackers back at their starting positions.
 */
function restatesFailedAttack(text: string, kind: ClaimKind, draft: Draft, before: readonly Built[], sentenceIndex: number): boolean {
  const clause = text.slice(draft.clause[0], draft.clause[1])
  const failure = kind === 'assault' && draft.triggers.every((t) => t.data.voice === 'noun') && FAILURE_PREDICATE.test(clause)
  const back = kind === 'withdrawal' && BACK_TO_START.test(clause)
  if (!failure && !back) return kind === 'withdrawal' && fellBackAfterTrying(text, draft, before, sentenceIndex)
  return before.some((b) => b.sentenceIndex >= sentenceIndex - 1 && b.claim.kind === 'assault')
}
/** A clause whose success no side achieved: "не вдалося жодній зі сторін", "neither side has managed". */
const NO_SIDE_MANAGED = gated(/(?:не\s+(?:вдалося|вдалось|удалось|удалося|смогла|змогла)|failed|(?:has|have|had)\s+not\s+managed|did\s+not\s+manage|could\s*n[o']t)[^.;!?]{0,40}?(?:жодн\p{L}*\s+(?:з|із|зі)\s+сторін|ни\s+одн\p{L}*\s+из\s+сторон|neither\s+side|none\s+of\s+the\s+sides)|(?:жодн\p{L}*\s+(?:з|із|зі)\s+сторін|ни\s+одн\p{L}*\s+из\s+сторон|neither\s+side)[^.;!?]{0,40}?(?:не\s+(?:вдалося|вдалось|удалось|удалося|змогла|смогла)|(?:has|had)\s+(?:managed|been\s+able)|managed|could)/iu)
/** A gain whose object is settlements in general: no name, no figure after the event word. */
const GENERIC_SETTLEMENTS = /^[^.;!?\p{N}]{0,30}?(?<![\p{L}])(?:settlements|villages|towns|населених\s+пунктів|населені\s+пункти|населённых\s+пунктов|населенных\s+пунктов|населённые\s+пункты|населенные\s+пункты)(?![\p{L}])/iu

function isGenericGain(text: string, clause: Span, trigger: Span): boolean {
  const after = text.slice(trigger[1], clause[1])
  return GENERIC_SETTLEMENTS.test(after) && !COUNTED.test(text.slice(clause[0], clause[1])) && !/\s\p{Lu}/u.test(after.slice(0, 60))
}
/** A figure or a counting word anywhere in the clause: "12 villages", "пяти населённых пунктов", "several towns". */
const COUNTED = /\p{N}|(?<![\p{L}])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|several|many|few|some|all|every|both|одн|дв|тр[иеьё]|чотир|четыр|п['’ʼ]?ят|шіст|шест|сім|сем|вісім|восем|дев['’ʼ]?ят|десят|кільк|декільк|несколько|нескольк|сотн|усі|всі|все|обидв|оба|обо)/iu

/** Only a conjunction between an attempt and the retreat that ends it (no new subject). */
const JOINED_RETREAT = /^[^.;!?]{0,80}?(?:,\s*)?(?:and|but|then|і|й|та|але|проте|и|но|однако|а)\s+(?:(?:then|later|eventually|quickly|soon|потім|згодом|швидко|затем|потом|быстро|вскоре)\s+)?$/iu

/**
 * "пытались вернуть позиции, но откатились", "намагалися прорватися, але відкотилися", "tried to slip
 * over the frontier near X and pulled back under fire", "пытались зайти в село и откатились": the
 * attackers falling back, right after their attempt in the same sentence and with no subject or place
 * of their own, is how the attempt ended (convention 13), not a withdrawal of its own. A retreat from a
 * place of its own ("але відійшли з Торського", "but fell back from X") gave up that ground and is one.
 */
function fellBackAfterTrying(text: string, draft: Draft, before: readonly Built[], sentenceIndex: number): boolean {
  const trigger = draft.triggers[0]!
  if (FALLBACK_SOURCE.test(text.slice(trigger.span[1], draft.clause[1]))) return false
  // Joined to the attempt told just before by a conjunction alone ("… and pulled back").
  const attempt = before.at(-1)
  if (attempt?.sentenceIndex === sentenceIndex && attempt.claim.kind === 'assault' && JOINED_RETREAT.test(text.slice(attempt.claim.span[1], trigger.span[0]))) return true
  // Or after a "but" with at most two words of subject before the verb ("…, но ВСУ откатились").
  if (wordCount(text.slice(draft.clause[0], trigger.span[0])) > 2) return false
  // Only this sentence's claims, read from the end (the document's earlier ones are never needed).
  for (let k = before.length - 1; k >= 0 && before[k]!.sentenceIndex >= sentenceIndex; k--) {
    const b = before[k]!
    if (b.sentenceIndex === sentenceIndex && b.claim.kind === 'assault' && b.claim.span[1] <= trigger.span[0] && CONTRAST.test(text.slice(b.claim.span[1], trigger.span[0]))) return true
  }
  return false
}
// Where a force fell back from, or a name: then it gave up ground of its own ("але відійшли з Торського").
const FALLBACK_SOURCE = /(?<![\p{L}])(?:з|із|зі|из|изо|с|со|from|out of)\s|\p{Lu}\p{Ll}/u

/**
 * A denial that comes only from a negation of the event ("did not advance", "nobody was hurt",
 * "не зафіксовано"), in a statement neither framed as a rebuttal ("denied that …") nor calling
 * something false ("pure fiction"), nor a forecast ("would not capture … before 2028": expected),
 * nor an attempt told as failing ("безуспешно пытается").
 */
export function isOwnVoiceNegation(text: string, cues: readonly PhraseMatch<ModalityCue>[], stance: string | null): boolean {
  if (stance === 'deny' || stance === 'future' || stance === 'premature') return false
  // "безуспешно пытается вывести войска", "tried in vain to break out": tried, and so told as happening.
  if (cues.some((c) => c.data === 'negation' && (isFailedManner(text.slice(c.span[0], c.span[1])) || FAILED_ATTEMPT.test(text.slice(Math.max(0, c.span[0] - 8), c.span[1] + 14))))) return false
  // "не планируют эвакуировать", "do not plan to evacuate": a plan that is itself negated plans nothing.
  const negatedBefore = (c: PhraseMatch<ModalityCue>): boolean => cues.some((n) => n.data === 'negation' && n.span[1] <= c.span[0] && c.span[0] - n.span[1] <= 2)
  return !cues.some((c) => c.data === 'denied' || c.data === 'premature' || (c.data === 'expected' && !negatedBefore(c)))
}

/**
 * "Эвакуировать жителей не планируется", "Евакуацію не планують", "no evacuation is planned": every
 * plan word of the claim is negated right before it. A forecast in the negative ("would not capture …
 * before 2028", "не буде взято") is no plan word, and stays a forecast.
 */
export function isNegatedPlan(text: string, cues: readonly PhraseMatch<ModalityCue>[]): boolean {
  const expected = cues.filter((c) => c.data === 'expected')
  const negatedBefore = (c: PhraseMatch<ModalityCue>): boolean => cues.some((n) => n.data === 'negation' && n.span[1] <= c.span[0] && c.span[0] - n.span[1] <= 2)
  return expected.length > 0 && expected.every((c) => PLAN_WORD.test(text.slice(c.span[0], c.span[1])) && negatedBefore(c))
}

const PLAN_WORD = /^(?:plan|intend|планир|плану|планув|наміря|намерева)/iu

// "не зміг прорватися", "так и не смогли закрепиться", "failed to break through": an attempt that failed happened.
const FAILED_ATTEMPT = /(?:fail(?:ed|s)? to|(?:could|were unable|was unable)\s*n?o?t?|не (?:зміг|змогл|змогли|змогла|вдал|смог|смогл|удал)|так і не|так и не)/iu

// The Ukrainian and Russian cues of an attempt that failed ("не змогли", "не вдалося", "так и не", "не смог").
const FAILED_TRY = /^(?:не\s+(?:зміг|змогл\p{L}*|вдал[оа]ся|вдалось|смог\p{L}*|удал[оа]сь)|так і не|так и не)(?![\p{L}])/u
const FAILED_GAIN_KINDS: ReadonlySet<ClaimKind> = new Set(['advance', 'capture', 'encirclement'])

// A subject that points back to something told before: a pronoun or "the town", "місто", "город".
const BACK_REFERENCE = /(?<![\p{L}])(?:they|it|this|that|the (?:town|city|village|settlement)|вони|він|воно|вона|це|місто|село|селище|они|он|оно|она|это|город|село|посёлок|поселок)(?![\p{L}])/iu

// Kinds that answer one another: "the village has not fallen" answers "Russia took the village" or
// "Russian troops entered it"; "вони не тримають жодного кварталу" answers a capture.
const GROUND_KINDS: ReadonlySet<ClaimKind> = new Set(['advance', 'capture', 'control', 'area-change'])

/**
 * Whether the report has just told this event as someone's claim: since sentence `since` (the one
 * before, or three back when the negation points back: "Жодного кварталу вони не тримають"), the same kind (or, for ground, any ground kind) said by another speaker, or hedged, reported
 * or denied already. A negation right after it is a rebuttal, not a statement that nothing happened;
 * one further on ("… but did not make confirmed gains" paragraphs after a milblogger's claim about
 * another village) is the speaker's own account.
 */
export function answersEarlierClaim(built: readonly { readonly claim: Claim; readonly sentenceIndex: number }[], negated: { kind: ClaimKind; actorSide: Side | null; speaker: string | null }, since: number): boolean {
  const { kind, actorSide, speaker } = negated
  const related = (k: ClaimKind): boolean => k === kind || (GROUND_KINDS.has(k) && GROUND_KINDS.has(kind))
  // The same side's event: "Ukrainian troops won back positions …" is not answered by "Russian troops … did not make gains".
  const sameActor = (s: Side | null): boolean => !s || !actorSide || s === actorSide
  return built.some(({ claim: c, sentenceIndex: at }) => at >= since && related(c.kind) && sameActor(c.actorSide) && (c.speaker.name !== speaker || c.modality !== 'asserted'))
}

/** A time right before ", when" / ", коли" / ", когда" that opens the clause: it dates that clause. */
function datesWhenClause(text: string, d: DateExpression, clause: Span): boolean {
  return d.span[1] <= clause[0] && clause[0] - d.span[1] <= 12 && WHEN_BETWEEN.test(text.slice(d.span[1], clause[0]))
}
const WHEN_BETWEEN = /^\s*,\s*(?:when|коли|когда)\s+$/iu

function rebuttedClaim(built: readonly Built[], kind: Claim['kind'], speaker: string | null, sentenceIndex: number | null): Built | undefined {
  for (let i = built.length - 1; i >= 0; i--) {
    const c = built[i]!.claim
    if (c.kind === kind && c.speaker.name !== speaker && c.modality !== 'denied' && c.modality !== 'premature') return built[i]
  }
  // "Moscow said on Tuesday its forces had captured X. … Y denied the village had fallen": a denial
  // told in other words than the claim it answers ("had fallen" for "captured") still answers the
  // ground claim of another speaker told just before (within two sentences), and takes its time. (A
  // denial only: "premature" embeds the claim it judges, in its own words.)
  if (sentenceIndex === null) return undefined
  for (let i = built.length - 1; i >= 0; i--) {
    const b = built[i]!
    if (b.sentenceIndex < sentenceIndex - 2) break
    if (REBUTTABLE_GROUND.has(b.claim.kind) && b.claim.speaker.name !== speaker && b.claim.modality !== 'denied' && b.claim.modality !== 'premature') return b
  }
  return undefined
}

const OCCUPIED_WORD = /(?:^|[^\p{L}])(?:окупован|окупаці|оккупирован|оккупаци|occupied|occupation)\p{L}*/iu

/**
 * The capture told last in the twelve sentences before `sentenceIndex`, by the other side than the
 * holding's, when the two name the same place or one of them names none ("the town", "the village"),
 * and no voice of the holder's side has answered a capture since.
 */
function earlierCaptureOf(text: string, built: readonly Built[], holding: Claim, sentenceIndex: number): Built | undefined {
  if (!holding.actorSide) return undefined
  const names = placeNameStems(text.slice(holding.span[0], holding.span[1]))
  let found: Built | undefined
  for (let i = built.length - 1; i >= 0; i--) {
    const b = built[i]!
    if (b.sentenceIndex < sentenceIndex - 12) break
    if (b.claim.kind !== 'capture') continue
    // The holder's side has answered a capture in the window ("a claim swiftly rejected by Kyiv"): the holding elaborates that answer.
    if ((b.claim.modality === 'denied' || b.claim.modality === 'premature') && b.claim.speaker.side === holding.speaker.side) return undefined
    if (found || !b.claim.actorSide || b.claim.actorSide === holding.actorSide) continue
    const theirs = placeNameStems(text.slice(b.claim.span[0], b.claim.span[1]))
    if (names.size > 0 && theirs.size > 0 && ![...names].some((n) => theirs.has(n))) continue
    found = b
  }
  return found
}

/** Capitalised words but the two countries' and capitals' names, by their first five letters: the places a clause names. */
function placeNameStems(words: string): Set<string> {
  const out = new Set<string>()
  for (const m of words.matchAll(/(?<![\p{L}])\p{Lu}[\p{L}'’-]{3,}/gu)) {
    const stem = m[0].slice(0, 5).toLowerCase()
    if (!NOT_A_PLACE_STEM.has(stem)) out.add(stem)
  }
  return out
}
const NOT_A_PLACE_STEM: ReadonlySet<string> = new Set(['russi', 'ukrai', 'kyiv', 'kyiv’', "kyiv'", 'mosco', 'kreml', 'teleg', 'росі', 'росії', 'украи', 'україн', 'росси', 'київ', 'києв', 'москв', 'кремл', 'сили ', 'defen', 'генша', 'міноб', 'миноб'])

/** The side of the ground gain told last, in sentence `sentenceIndex` or the three before it, if it names one. */
function lastGroundGain(built: readonly Built[], sentenceIndex: number): Side | null {
  for (let i = built.length - 1; i >= 0; i--) {
    const b = built[i]!
    if (b.sentenceIndex < sentenceIndex - 3) break
    if (!GAIN_KINDS.has(b.claim.kind) || b.claim.modality === 'denied' || b.claim.modality === 'premature' || b.claim.modality === 'expected') continue
    if (b.claim.actorSide) return b.claim.actorSide
  }
  return null
}

/** Whether the clause names a force as the subject of its event word ("claims that Russian troops took X are false"). */
function namesSubjectBefore(text: string, sides: readonly PhraseMatch<SideData>[], clause: Span, trigger: Span): boolean {
  return sides.some((m) => m.data.strong && m.span[0] >= clause[0] && m.span[1] <= trigger[0] && !CLAIM_NOUN_AFTER.test(text.slice(m.span[1], m.span[1] + 12)) && !CLAIM_NOUN_BEFORE(text.slice(Math.max(0, m.span[0] - 20), m.span[0])))
}

/** Claims about who holds ground, which a denial may answer in other words. */
const REBUTTABLE_GROUND: ReadonlySet<ClaimKind> = new Set<ClaimKind>(['capture', 'advance', 'encirclement', 'control'])

// A statement is made at a time, not over a period: "since April" inside a governing frame ("according
// to an analysis of maps, the smallest monthly total since April") tells of the figure, never dates
// the statement.
function dateWithin(dates: readonly DateExpression[], span: Span): DateExpression | undefined {
  return dates.find((d) => within(d.span, span) && d.value.kind !== 'since')
}

function referentOf(built: readonly Built[], counterSpeaker: string | null): Built | undefined {
  const other = (b: Built): boolean => !counterSpeaker || !b.claim.speaker.name || !counterSpeaker.toLowerCase().includes(b.claim.speaker.name.toLowerCase())
  let i = built.length - 1
  while (i >= 0 && !other(built[i]!)) i--
  if (i < 0) return built.at(-1)
  const name = built[i]!.claim.speaker.name
  while (i > 0 && built[i - 1]!.claim.speaker.name === name && other(built[i - 1]!)) i--
  return built[i]
}

/**
 * The side named as a subject between `from` and `at`: a strong marker (forces, the enemy, our troops)
 * within the first words of its clause, so an object ("відкинули ворога") is not taken for one.
 */
function clauseSubjectBefore(text: string, sides: readonly PhraseMatch<SideData>[], at: number, from: number, clauses: readonly Span[], excluded: readonly Span[], speakerSide: Speaker['side'], lang: Document['lang']): Side | null {
  for (let i = sides.length - 1; i >= 0; i--) {
    const m = sides[i]!
    if (m.span[1] > at || m.span[0] < from || !m.data.strong || excluded.some((x) => overlaps(x, m.span))) continue
    const clause = clauses.find((c) => m.span[0] >= c[0] && m.span[0] < c[1])
    if (!clause || wordCount(text, clause[0], m.span[0]) > 2) continue
    if (m.data.side === 'RU' || m.data.side === 'UA') return m.data.side
    const own = speakerSide === 'RU' || speakerSide === 'UA' ? speakerSide : null
    if (m.data.side === 'own') return own
    return own ? opposite(own) : lang === 'ru' ? null : 'RU'
  }
  return null
}

/** The side of "Russian claims …" / "заяви росіян …" in the frame or the clause, if named. */
function claimantSide(text: string, sides: readonly PhraseMatch<SideData>[], frame: AttributionFrame | null, clause: Span): Side | null {
  const scopes: Span[] = [clause, ...(frame ? [frame.span] : [])]
  for (const m of sides) {
    if (m.data.side !== 'RU' && m.data.side !== 'UA') continue
    if (!scopes.some((sc) => within(m.span, sc))) continue
    if (CLAIM_NOUN_AFTER.test(text.slice(m.span[1], m.span[1] + 24)) || CLAIMANT_INSIDE.test(text.slice(m.span[0], m.span[1])) || CLAIM_NOUN_BEFORE(text.slice(Math.max(0, m.span[0] - 20), m.span[0]))) return m.data.side
  }
  return null
}

// (Also a side's channels, bloggers and media, who make claims: "Russian channels write that X is
// encircled", "у російських пабліках пишуть", "Russian milbloggers claimed the capture of X".)
const CLAIM_NOUN_AFTER = /^\s*(?:(?:claims?|reports?|statements?|assertions?|(?:Telegram\s+)?channels?|(?:mil|war\s+)?bloggers?|milbloggers?|state\s+media|media|propagandists?|sources?)\b|(?:Z-)?(?:канал\p{L}*|паблік\p{L}*|паблик\p{L}*|блогер\p{L}*|воєнкор\p{L}*|военкор\p{L}*|пропагандист\p{L}*|ЗМІ|СМИ|медіа|медиа|телеграм-канал\p{L}*|джерел\p{L}*|источник\p{L}*)(?![\p{L}]))/iu
/** A side's phrase that ends on its claimants' word itself ("Russian milbloggers", "российские военкоры"). */
const CLAIMANT_INSIDE = /\s(?:(?:mil|war\s+)?bloggers|milbloggers|channels|propagandists|канал\p{L}*|паблік\p{L}*|паблик\p{L}*|блогер\p{L}*|воєнкор\p{L}*|военкор\p{L}*|пропагандист\p{L}*)$/iu
const CLAIM_NOUN_BEFORE = endsWithMatch(/(?:заяв\p{L}*|твердженн\p{L}*|заявлени\p{L}*|утверждени\p{L}*)\s+$/iu)

/** Items (sorted by span start) inside [start, end), advancing a shared cursor: linear overall. */
function takeWithin<T extends { span: Span }>(items: readonly T[], cursor: Record<string, number>, key: string, start: number, end: number): T[] {
  let i = cursor[key]!
  while (i < items.length && items[i]!.span[0] < start) i++
  const out: T[] = []
  let j = i
  while (j < items.length && items[j]!.span[0] < end) {
    if (items[j]!.span[1] <= end) out.push(items[j]!)
    j++
  }
  cursor[key] = i
  return out
}

/** The side of the country a story is filed from, by its dateline; else the outlet's own side. */
// A sentence that opens on the result of what was just told: "As a result, …", "Внаслідок удару …",
// "В результате атаки …".
// What strikes (a strike told with its weapon is an attack of its own: "Two drones hit Sumy").
const WEAPON = /\b(?:drones?|missiles?|rockets?|shells?|bombs?|artillery|mortars?|aircraft|jets?|Shaheds?|UAVs?)\b|(?<![\p{L}])(?:дрон|ракет|снаряд|бомб|шахед|артилер|артиллер|мінометн|минометн|авіаці|авиаци|безпілотник|беспилотник|БпЛА|БПЛА|КАБ)\p{L}*/iu
// "also", "ще", "также": the sentence adds another event.
// Not "another 14", "ще двоє", "ещё трое": more of the same toll (class: a toll counted on, call 21).
const TOLL_COUNT_AHEAD = String.raw`(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|один|одна|одного|одну|двоє|двох|два|дві|троє|трьох|три|четверо|чотирьох|чотири|п['’ʼ]ятеро|п['’ʼ]ятьох|шестеро|кілька|декілька|двое|двух|две|трое|тр[её]х|четверо|четыр[её]х|пятеро|несколько)(?![\p{L}]))`
const ANOTHER_EVENT = fastWordBoundaries(new RegExp(String.raw`\b(?:also|separately|elsewhere|meanwhile)\b|\banother\b${TOLL_COUNT_AHEAD}|(?<![\p{L}])(?:також|тим часом|окрім того|крім того|также|кроме того|тем временем)(?![\p{L}])|(?<![\p{L}])(?:ще|ещё|еще)(?![\p{L}])${TOLL_COUNT_AHEAD}`, 'iu'))
// Capitalised names of the sides themselves ("Russian", "Россияне", "ЗСУ"), set aside before looking for a place.
const SIDE_NAMES = /(?<![\p{L}])(?:Russians?|Ukrainians?|Russia|Ukraine|Kyiv|Moscow|Россия\p{L}*|Российск\p{L}*|Украин\p{L}*|Росіян\p{L}*|Російськ\p{L}*|Україн\p{L}*|ВСУ|ЗСУ|ВС РФ|РФ)(?![\p{L}])/gu
// "Of those, 87 were shot down", "З них 40 збито", "Из них 12 сбиты": a count taken out of the one just told.
const RESULT_LEAD = /^(?:as a result|in the (?:attack|strike|shelling)|of (?:those|them|these)|внаслідок|в результаті|у результаті|в результате|при (?:атаке|ударе|обстреле)|(?:з|із|зі|из) (?:них|їх)|серед них|среди них)(?![\p{L}])/iu

/**
 * Whether a sentence only tells the toll or result of the event before it ("Two people were
 * injured.", "Поранено двох людей.", "Внаслідок удару пошкоджено будинок."): its event words are all
 * casualties and it names neither side (a force named is a new event: "Russian drones also killed two
 * people in Sumy"), or it opens on a result phrase.
 */
function isResultSentence(line: string, triggers: readonly PhraseMatch<TriggerData>[], sides: readonly PhraseMatch<SideData>[]): boolean {
  if (triggers.length === 0) return false
  if (RESULT_LEAD.test(line)) return true
  if (ANOTHER_EVENT.test(line)) return false
  // "Two people were injured.", "Поранено двох людей.", "У Краматорську зафіксовано влучання в
  // адмінбудівлю.": a toll, or a hit told without who made it.
  if (sides.length === 0) return triggers.every((t) => t.data.kind === 'casualties' || (t.data.kind === 'strike' && !WEAPON.test(line)))
  // "Россияне отступили, понеся большие потери.": the side driven off, and its losses, with no place
  // of its own (a new place is a new event: "Russian artillery killed two people in Balakliia").
  return triggers.every((t) => t.data.kind === 'casualties' || t.data.kind === 'withdrawal') && !/\s\p{Lu}/u.test(line.slice(1).replace(SIDE_NAMES, ''))
}

/**
 * The side of an outlet or channel the tables do not know, from the report itself: one that writes
 * in English is foreign press (the belligerents' English-language outlets are in the tables), so
 * independent; one whose own words name the other side as only one side does ("хохлы", "укронацисты"
 * against "окупанти", "орки") speaks for the side that uses them; a Ukrainian-language one without
 * such words is Ukrainian. A Russian-language one without them stays unknown: it may be a state outlet
 * or an independent one in exile.
 */
function withOutletSide(outlet: Speaker, text: string, lang: Document['lang']): Speaker {
  if (!outlet.name || outlet.side !== 'unknown') return outlet
  // Gold convention 24: the side of the country the newsroom works in, where the name tells it: a
  // Ukrainian or Russian domain ("Vchasno.ua", "Lenta.ru"), a Ukrainian city or the country in an
  // English name ("Kharkiv Today", "Odesa Journal"). A Russian city in the name tells nothing ("The
  // Moscow Times" works in exile).
  if (UA_NEWSROOM.test(outlet.name)) return { ...outlet, side: 'UA' }
  if (RU_NEWSROOM.test(outlet.name)) return { ...outlet, side: 'RU' }
  if (lang === 'en') return { ...outlet, side: 'independent' }
  const ru = countMatches(RU_VOICE_ALL, text)
  const ua = countMatches(UA_VOICE_ALL, text)
  if (ru > ua) return { ...outlet, side: 'RU' }
  if (ua > ru || lang === 'uk') return { ...outlet, side: 'UA' }
  // Neither side's voice: an exile newsroom's own tallies, or a Russian newsroom's own regions.
  const side = lang === 'ru' ? russianOutletSide(text) : null
  if (side) return { ...outlet, side }
  return outlet
}

/** A comparison frame's first words ("down from", "up from", "compared with", "against", "versus"). */
const COMPARISON_LEAD = /^(?:(?:down|up|compared|compares|compare|comparing)\s+(?:from|with|to)|against|versus|vs)(?![\p{L}])/iu

/** "a year earlier", "a year ago", "годом ранее", "роком раніше", "рік тому". */
const YEAR_BACK = /(?<![\p{L}])(?:a year (?:earlier|before|ago)|the (?:previous|prior) year|год(?:ом)? (?:ранее|раньше|назад)|роком раніше|рік тому)(?![\p{L}])/iu

/** The same calendar day a year before (29 February becomes 28 February). */
function yearBefore(day: string): string {
  const year = String(Number(day.slice(0, 4)) - 1).padStart(4, '0')
  const rest = day.slice(4) === '-02-29' ? '-02-28' : day.slice(4)
  return year + rest
}

const UA_NEWSROOM = /\.(?:com\.|in\.|org\.|net\.)?ua(?![\p{L}\p{N}])|\.укр(?![\p{L}])|(?<![\p{L}])(?:Ukraine|Ukrainian|Kyiv|Kharkiv|Odesa|Odessa|Dnipro|Zaporizhzhia|Lviv|Mykolaiv|Kherson|Sumy|Poltava|Chernihiv|Kramatorsk|Donbas)(?![\p{L}])/u
const RU_NEWSROOM = /\.(?:ru|рф)(?![\p{L}\p{N}])/iu

function countMatches(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0
  let n = 0
  while (pattern.exec(text) !== null) n++
  return n
}

// A foreign correspondent's byline that names where the piece is filed from ("By Anne Roux
// (Sloviansk, Donetsk region, special correspondent)", "Від нашого кореспондента (Суми)"): the ground
// the story is told from, as a dateline is.
const BYLINE_PLACE = /\((?<where>[^()\n]{2,80}),\s*(?:special |our |staff )?(?:correspondent|envoy|reporter)\p{L}*\)/iu

function bylinePlaceSide(head: string): Side | null {
  if (!head.includes('orrespondent') && !head.includes('envoy') && !head.includes('eporter')) return null
  const where = BYLINE_PLACE.exec(head)?.groups?.where
  if (!where) return null
  if (/\b(?:Russia|Moscow)\b/u.test(where)) return 'RU'
  if (/\bUkraine\b/u.test(where) || UA_REGIONS.test(where)) return 'UA'
  if (RU_REGIONS.test(where)) return 'RU'
  return null
}

function homeSide(text: string, outlet: Speaker): Side | null {
  if (outlet.side === 'RU' || outlet.side === 'UA') return outlet.side
  // The dateline opens the story's body, after a headline or standfirst (a feature's title line, a
  // scraped page's byline): looked for at the start of each of the first three paragraphs.
  let at = 0
  let length = datelineLength(text)
  for (let k = 0; k < 2 && length === 0; k++) {
    const next = text.indexOf('\n\n', at)
    if (next < 0 || next > 1200) break
    at = next + 2
    length = datelineLength(text.slice(at, at + 200))
  }
  if (length === 0) return bylinePlaceSide(text.slice(0, 1200))
  const dateline = text.slice(at, at + length)
  if (/\b(?:Russia|Moscow)\b|Росси|Москв|Росі/iu.test(dateline)) return 'RU'
  if (/\bUkraine\b|Україн|Украин/iu.test(dateline)) return 'UA'
  const city = dateline.replace(/[,(/].*$/su, '').trim()
  const cased = city.charAt(0) + city.slice(1).toLowerCase()
  if (RU_REGIONS.test(cased)) return 'RU'
  if (UA_REGIONS.test(cased)) return 'UA'
  return null
}

// Words a speaker uses only for the other side, so that their own words say whose side they are on:
// "the occupiers", "окупанти", "загарбники", "рашисти" (Ukrainian voices); "хохлы", "укронацисты",
// "ВСУшники", "киевский режим" (Russian voices). (Counted along the whole text of a Ukrainian or Russian
// report: its `\b`s are written as V8 runs them fast, see text/fast-word-boundaries.ts.)
const UA_VOICE = fastWordBoundaries(/\b(?:occupiers|invaders|orcs|rashists)\b|окупант\p{L}*|оккупант\p{L}*|загарбник\p{L}*|рашист\p{L}*|(?<![\p{L}])орк(?:и|ів|ам|ами)(?![\p{L}])|кацап\p{L}*|(?<![\p{L}])русн\p{L}*/iu)
const RU_VOICE = fastWordBoundaries(/хохл\p{L}*|хохол|укронацист\p{L}*|укроп\p{L}*|ВСУшник\p{L}*|всушник\p{L}*|бандеровц\p{L}*|нацбат\p{L}*|киевск\p{L}* режим\p{L}*|київськ\p{L}* режим\p{L}*|\bKyiv regime\b|\bKiev regime\b|\bneo-?Nazis?\b|боевик\p{L}* ВСУ|неонацист\p{L}*/iu)
// First person: "our positions", "we pushed them back", "наші позиції", "наши бойцы".
const UA_VOICE_ALL = new RegExp(UA_VOICE.source, 'giu')
const RU_VOICE_ALL = new RegExp(RU_VOICE.source, 'giu')
/** Verbs of holding an attack off ("repelled", "fought off", "відбили", "отразили"): the subject is the defender. */
const HELD_OFF = /\b(?:repel(?:led|s)?|repuls(?:ed|es?)|fought off|beat(?:en)? back|held off|thwarted)\b|(?<![\p{L}])(?:відбил\p{L}*|відбит\p{L}*|відбива\p{L}*|отбил\p{L}*|отбит\p{L}*|отрази\p{L}*|отраж\p{L}*)/iu
const OWN_VOICE = /\b(?:our|we|us)\b|(?<![\p{L}])(?:наш\p{L}*|ми|мы|нас)(?![\p{L}])/iu
// Broadcasts that speak for a country: Ukraine's wartime "telethon" (United News), "national television".
const TELETHON = /telethon|телемарафон/iu
const NATIONAL_BROADCAST = /\b(?:national|state|public)\s+(?:television|TV|broadcaster)\b|державн\p{L}* телебачен\p{L}*|национальн\p{L}* телевиден\p{L}*/iu

/** A bare unnamed source as a headline's tail: "источник", "джерело"; group 1 when plural ("источники", "джерела"). */
const BARE_SOURCE_TAIL = /^(?:источник|джерело|(источники|джерела))$/iu
/** Unnamed witnesses and residents ("очевидцы", "місцеві жителі", "мешканці міста"). */
const WITNESSES = /^(?:(?:місцев|местн)\p{L}*\s+)?(?:очевид\p{L}*|свідк\p{L}*|свидетел\p{L}*|мешкан\p{L}*|жител\p{L}*|житель\p{L}*)(?:\s+\p{L}+)?$/iu
const OFFICIALLY_ALONE = /^(?:официально|офіційно|публично|публічно)$/iu
/** Channels named by the word alone ("the channels", "ряд каналов" once its count is set aside). */
const BARE_CHANNELS = /^(?:(?:telegram|телеграм)[- ]?)?(?:channels|каналы|каналов|каналам|канали|каналів|каналам|телеграм-канал\p{L}*)$/iu
/** Channels named with their side ("Russian Telegram channels", "российские телеграм-каналы"). */
const SIDED_CHANNELS = /(?<![\p{L}])(pro-Kremlin|pro-Russian|Russian|Ukrainian|російськ\p{L}*|проросійськ\p{L}*|российск\p{L}*|пророссийск\p{L}*|українськ\p{L}*|проукраїнськ\p{L}*|украинск\p{L}*|проукраинск\p{L}*)\s+(?:(?:Telegram|military|war|телеграм|військов\p{L}*|военн\p{L}*|Z)[- ]?)?(?:channels|канал\p{L}*)/giu

/** The rest of a speaker phrase that opens with the report's own outlet and goes on in lower case ("Вчасно речниця …"), else null. */
function ownOutletOpening(phrase: string, outlet: string | null): string | null {
  if (!outlet || outlet.length < 2) return null
  const bare = phrase.replace(/^[«"“„]/u, '')
  if (!bare.toLowerCase().startsWith(outlet.toLowerCase())) return null
  const rest = bare.slice(outlet.length).replace(/^[»"”]/u, '')
  return /^\s+\p{Ll}/u.test(rest) ? rest.trim() : null
}

function speakerOf(main: AttributionFrame | null, attribution: SentenceAttribution, speakers: SpeakerContext, outlet: Speaker, sentence: string, sides: readonly PhraseMatch<SideData>[], home: Side | null = null, offset = 0, before = '', lang: Document['lang'] = 'en'): Speaker {
  if (!main?.speaker) return outlet
  // "Официально объявили об освобождении …" with no subject: in a Russian channel the official
  // announcement of a gain is the Defence Ministry's; elsewhere nobody is named and the outlet speaks.
  if (OFFICIALLY_ALONE.test(main.speaker.trim())) {
    if (outlet.side !== 'RU') return outlet
    return resolveSpeakerPhrase('Минобороны России', speakers)?.speaker ?? outlet
  }
  // "в беседе с агентством", "told the agency": the report's own outlet, named back by what it is.
  // "рассказал «Фонтанке»" in Fontanka's story: its own outlet in another case, written as its name.
  let via = main.via ? (outletNamedBack(main.via) || namesOwnOutletInCase(main.via, outlet.name) ? outlet.name : canonicalVia(main.via)) : null
  // "розповіла Вчасно речниця МВА", "рассказал «Фонтанке» источник": a Ukrainian or Russian verb takes
  // whom it was told before who told it; the report's own outlet opening the phrase is the via, and the
  // speaker is the words after it.
  const told = via === null ? ownOutletOpening(main.speaker, outlet.name) : null
  if (told) via = outlet.name
  // Convention 52 with 79: a headline's bare "– источник", "- джерела" after its last dash is the
  // outlet's unnamed source, speaking through the outlet (its side and the outlet as via).
  if (lang !== 'en' && main.detector === 'trailing' && via === null) {
    const bare = BARE_SOURCE_TAIL.exec(main.speaker.trim())
    if (bare && outlet.name) return { name: bare[1] ? 'sources' : 'source', side: outlet.side, via: outlet.name }
  }
  const resolved = resolveSpeakerPhrase(told ?? main.speaker, speakers, via, main.basedOn ? canonicalVia(main.basedOn) : null)
  if (!resolved) return outlet
  const relay = attribution.relay?.speaker ? resolveSpeakerPhrase(attribution.relay.speaker, new SpeakerContext())?.speaker.name ?? null : null
  let speaker = resolved.speaker
  // Convention 90: "– аналітик", "експерт Гончар", "военный эксперт" quoted by a Ukrainian or Russian
  // outlet, with no country of their own, are the outlet's side; 'independent' came from the word
  // "analyst" alone (a foreign analyst says so: "американський експерт", "британский аналитик").
  if (speaker.side === 'independent' && lang !== 'en' && (outlet.side === 'RU' || outlet.side === 'UA') && BARE_ANALYST.test(lowerFirst(speakerNameBounds(main.speaker).trim()))) speaker = { ...speaker, side: outlet.side }
  // "the Defense Ministry reported" in TASS is Russia's, in Ukrinform Ukraine's: an institution named
  // without its country speaks for the outlet's side.
  if (speaker.side === 'unknown' && resolved.type === 'org' && (outlet.side === 'RU' || outlet.side === 'UA') && INSTITUTION.test(speaker.name ?? '')) speaker = { ...speaker, side: outlet.side }
  // "the region's acting governor", "в оперштабе региона", "officials in the Kursk region": a regional
  // official speaks for the side that governs the region named in the phrase, else in the sentence.
  if (speaker.side === 'unknown' && REGIONAL_OFFICIAL.test(main.speaker)) {
    // "- mayor" after "… in Donetsk": the mayor of a city Russia has held since 2014 is the occupation's
    // (convention 96), though its oblast's name is Ukraine's region.
    const side = regionSide(main.speaker) ?? (CITY_OFFICE.test(main.speaker) && HELD_CITY.test(sentence) ? 'RU' : null) ?? regionSide(sentence)
    if (side) speaker = { ...speaker, side }
  }
  // "На Кубани пожаловались", "В Белгородской области сообщили": a region named in the locative with
  // no one in it is its authorities, on the side that governs it.
  if (speaker.side === 'unknown' && REGION_LOCATIVE.test(main.speaker.trim())) {
    const side = regionSide(main.speaker)
    if (side) speaker = { ...speaker, side }
  }
  // "— очевидцы", "жители рассказали", "мешканці повідомили": witnesses and residents, unnamed, are the
  // quoting outlet's side (convention 52), as its unnamed sources are.
  if (speaker.side === 'unknown' && (outlet.side === 'RU' || outlet.side === 'UA') && WITNESSES.test(main.speaker.trim())) speaker = { ...speaker, side: outlet.side }
  // "Росіяни заявили", "the occupiers claim": a belligerent named by a side word speaks for it.
  if (speaker.side === 'unknown') {
    const named = sides.find((m) => m.data.strong && (m.data.side === 'RU' || m.data.side === 'UA') && m.span[0] >= main.span[0] && m.span[1] <= main.span[1])
    if (named) speaker = { ...speaker, side: named.data.side as Side }
  }
  // "Ruslan Dovhan, a spokesman for the brigade holding the sector, told national television", "Речник
  // 11-го армійського корпусу … в ефірі телемарафону": someone serving in a unit or speaking on the
  // country's own broadcast speaks for the side of the country the story is filed from.
  if (speaker.side === 'unknown' && (TELETHON.test(speaker.via ?? '') || TELETHON.test(main.via ?? ''))) speaker = { ...speaker, side: 'UA' }
  if (speaker.side === 'unknown' && home && (SERVES_SIDE.test(main.speaker) || NATIONAL_BROADCAST.test(main.via ?? ''))) speaker = { ...speaker, side: home }
  // "'The occupiers planted a flag …,' said X", "«… сидят хохлы …», — пишет Y": the speaker's own words
  // name the other side as only one side does; "Our positions were stormed, and the Russians got
  // nowhere": speaking for "us" against the side named.
  if (speaker.side === 'unknown') {
    const own = sentence.slice(0, Math.max(0, main.span[0] - offset)) + ' ' + sentence.slice(Math.max(0, main.span[1] - offset))
    const ua = UA_VOICE.test(own)
    const ru = RU_VOICE.test(own)
    if (ua !== ru) speaker = { ...speaker, side: ua ? 'UA' : 'RU' }
    else if (!ua && OWN_VOICE.test(own)) {
      const named = sides.filter((m) => m.data.strong && (m.span[1] <= main.span[0] || m.span[0] >= main.span[1])).map((m) => m.data.side)
      if (named.includes('RU') && !named.includes('UA')) speaker = { ...speaker, side: 'UA' }
      else if (named.includes('UA') && !named.includes('RU')) speaker = { ...speaker, side: 'RU' }
    }
  }
  // "Russian troops shelled Kupiansk, said a soldier who goes by Lis", "Українські дрони вдарили по
  // селу, розповів командир роти": someone serving in a force, whose side nothing else tells, telling
  // what one side alone did to them is on the other side.
  if (speaker.side === 'unknown' && (SERVES_SIDE.test(main.speaker) || SERVICE_ROLE.test(main.speaker))) {
    const named = new Set(sides.filter((m) => m.data.strong && (m.data.side === 'RU' || m.data.side === 'UA') && (m.span[1] <= main.span[0] || m.span[0] >= main.span[1])).map((m) => m.data.side))
    // ("Летчики ВСУ уничтожили командный пункт – командующий" in a Ukrainian outlet: a commander the
    // outlet quotes on his own side's strike is of that side; the host rule below gives it.)
    // "Ukrainian forces repelled an assault near Lyman, the brigade said": what the named side held off
    // is told by that side, not by the side it held off.
    if (named.size === 1 && ((outlet.side !== 'RU' && outlet.side !== 'UA') || !named.has(outlet.side))) speaker = { ...speaker, side: (named.has('RU') ? !HELD_OFF.test(sentence) : HELD_OFF.test(sentence)) ? 'UA' : 'RU' }
  }
  // "said Maj. Yurii Povkh, a spokesman for the brigade fighting there", "Olha, 54", "the regional
  // prosecutor's office", an interviewee's "we" and "my pilots": someone serving, living or holding
  // office where the story is told from, or speaking for a "we", is that side's (speaker-side.ts).
  // "по данным ASTRA" in ASTRA's own channel, "по оценке издания", "the paper's count": the outlet
  // named as a speaker in its own report is the outlet, with the outlet's side (convention 24).
  if (speaker.side === 'unknown' && speaker.name && outlet.side !== 'unknown' && (speaker.name.toLowerCase() === outlet.name?.toLowerCase() || isOwnPublication(speaker.name))) speaker = { ...speaker, side: outlet.side }
  // "Olena Kovtun, Member of the Verkhovna Rada" in a witness list, "the town's military
  // administration …, its head, Oleksandr Hnatenko": a title naming one side's state body.
  if (speaker.side === 'unknown' && speaker.name) {
    const side = titledSpeakerSide(before + sentence, speaker.name)
    if (side) speaker = { ...speaker, side }
  }
  // "Eight Ukrainian servicemen killed in past 24 hours - military", "… : military source": a military
  // named bare after a headline is the army whose soldiers the headline counts (a side named as the
  // attacker says nothing of who reports it).
  if (speaker.side === 'unknown' && lang === 'en' && BARE_MILITARY.test(main.speaker.trim())) {
    const victims = sides.find((m) => m.data.strong && (m.data.side === 'RU' || m.data.side === 'UA') && m.span[1] <= main.span[0] && VICTIMS_AFTER.test(sentence.slice(Math.max(0, m.span[1] - offset), Math.max(0, m.span[1] - offset) + 30)))
    if (victims) speaker = { ...speaker, side: victims.data.side as Side }
  }
  if (speaker.side === 'unknown') {
    const words = sentence.slice(0, Math.max(0, main.span[0] - offset)) + ' ' + sentence.slice(Math.max(0, main.span[1] - offset))
    const side = hostedSpeakerSide({ phrase: main.speaker, apposition: appositionAfter(sentence, main.speaker), words, lang }, home)
    if (side) speaker = { ...speaker, side }
  }
  // "Several of the channels said …", "Ряд каналов поспешил объявить …": channels named without their
  // side are the ones the report spoke of before ("shared widely on Russian Telegram channels"), else,
  // in a belligerent's own channel or outlet, that side's; named as the side's channels.
  if (speaker.side === 'unknown' && BARE_CHANNELS.test(speaker.name ?? '')) {
    let side: Side | null = null
    for (const m of before.matchAll(SIDED_CHANNELS)) side = /^(?:Ukrainian|українськ|украинск|проукраїнськ|проукраинск)/iu.test(m[1]!) ? 'UA' : 'RU'
    side ??= outlet.side === 'RU' || outlet.side === 'UA' ? outlet.side : null
    if (side) speaker = { ...speaker, name: side === 'RU' ? 'Russian Telegram channels' : 'Ukrainian Telegram channels', side }
  }
  // The side worked out here holds for later references back to this speaker ("he added").
  if (speaker.side !== resolved.speaker.side) speakers.remember({ ...resolved, speaker })
  return relay ? { ...speaker, reportedBy: relay } : speaker
}

const QUESTION_HEADLINE = /(?:^|[\s:—–-])(?:скільки|сколько|how much|how many|що відомо|что известно|what we know|what is known)(?![\p{L}])|^[\s"“«]*(?:де|где|where|чому|почему|why|навіщо|зачем)\s/iu
const BUT_AFTER = /,\s*(?:але|проте|однак|однако|но|втім|впрочем|зате|however|but)\s/iu

/**
 * The "but" after a sentence's own frame when the sentence after names another speaker cataphorically
 * ("Про це … розповів X"), as a contrast frame of that speaker; else null.
 */
function contrastBeforeCataphor(text: string, main: AttributionFrame, later: AttributionFrame | undefined, end: number): AttributionFrame | null {
  if (!later || later.detector !== 'trailing' || later.span[0] < end || !later.speaker) return null
  const but = BUT_AFTER.exec(text.slice(main.span[1], end))
  if (!but) return null
  const at = main.span[1] + but.index
  return { ...later, span: [at, at + but[0].length] }
}

/** Quotes over several sentences take the speaker named where they close, or on a "– Name" line after. */
function quoteSpeakers(text: string, sentences: readonly SentenceSpan[], lang: Document['lang'], tokens: readonly Token[]): Map<number, AttributionFrame> {
  const out = new Map<number, AttributionFrame>()
  // A sentence's attribution words, as the main loop gives them, so that the detectors skip the
  // patterns whose words it lacks (sentences are asked out of order: its first token is searched for).
  const sentenceText = (k: number): SentenceText => {
    const [start, end] = sentences[k]!.span
    const words = attributionWords(tokens, start, end, firstIndex(tokens.length, (t) => tokens[t]!.end <= start)).bits
    return { text: text.slice(start, end), offset: start, lang, words }
  }
  for (let i = 0; i < sentences.length; i++) {
    const s = text.slice(sentences[i]!.span[0], sentences[i]!.span[1])
    // "Про це заявив X." after a statement: X said the sentences before it, back to the start of the
    // paragraph (at most three), or the one sentence before when it opens a paragraph of its own.
    const cataphor = i > 0 ? findCataphoricSpeech({ text: s, offset: sentences[i]!.span[0], lang }) : null
    if (cataphor) {
      const own = sentences[i]!.paragraph
      for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
        if (sentences[k]!.paragraph !== own && k < i - 1) break
        if (!out.has(k)) out.set(k, cataphor)
        if (sentences[k]!.paragraph !== own) break
      }
      continue
    }
    const name = dashNameLine(s)
    if (name && i > 0) {
      const frame: AttributionFrame = { detector: 'quote', span: sentences[i]!.span, speaker: name, stance: 'neutral', via: null, basedOn: null, reportedBy: null }
      // The quote just above it: back to the sentence that opens it, if the one above ends one.
      const above = text.slice(sentences[i - 1]!.span[0], sentences[i - 1]!.span[1])
      if (!/["”»]\s*$/.test(above)) continue
      for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
        out.set(k, frame)
        if (/^\s*["“«„]/.test(text.slice(sentences[k]!.span[0], sentences[k]!.span[1]))) break
      }
      continue
    }
    // A quotation nobody is named for where it closes ("Asked whether …, the commander did not hedge.
    // “They are gathering reserves … I expect them to storm the city again.”") is the words of the
    // person last spoken of: reporters quote people, and a bare quote follows the one who said it.
    const bare: AttributionFrame = { detector: 'quote', span: sentences[i]!.span, speaker: 'he', stance: 'neutral', via: null, basedOn: null, reportedBy: null }
    if (!opensQuote(s)) {
      if (/^\s*["“«„]/u.test(s) && WHOLLY_QUOTED.test(s) && i > 0 && !findAttributions(sentenceText(i), [], () => false).main) out.set(i, bare)
      continue
    }
    for (let j = i + 1; j < sentences.length && j <= i + 6; j++) {
      const t = text.slice(sentences[j]!.span[0], sentences[j]!.span[1])
      if (!closesQuote(t)) continue
      const attribution = findAttributions(sentenceText(j), [], () => false)
      if (attribution.main) for (let k = i; k < j; k++) out.set(k, attribution.main)
      else if (WHOLLY_QUOTED.test(t) && sentences[j]!.paragraph === sentences[i]!.paragraph) for (let k = i; k <= j; k++) out.set(k, bare)
      break
    }
  }
  return out
}

/** One draft per event kind per clause; clauses without an event word join the previous one. */
function draftClaims(text: string, eventWords: readonly PhraseMatch<TriggerData>[], clauses: readonly Span[], passive: (t: PhraseMatch<TriggerData>) => boolean, namesSide: (clause: Span) => boolean, caption = false): Draft[] {
  const perClause: { clause: Span; words: PhraseMatch<TriggerData>[] }[] = clauses.map((clause) => ({ clause, words: [] }))
  for (const w of eventWords) {
    const c = perClause.find((p) => w.span[0] >= p.clause[0] && w.span[0] < p.clause[1])
    if (c) c.words.push(w)
  }
  // "поблизу Ямполя та Серебрянки, зазнали втрат": names split off a list by "та"/"and" before the
  // next event's comma belong to the clause before.
  for (let i = 1; i < perClause.length; i++) {
    const p = perClause[i]!
    const first = p.words[0]
    if (!first || perClause[i - 1]!.words.length === 0) continue
    const head = text.slice(p.clause[0], first.span[0])
    const comma = head.indexOf(',')
    if (comma < 0) continue
    if (!/^\s*\p{Lu}[\p{L}'’-]*(?:[\s-]+\p{Lu}[\p{L}'’-]*){0,2}\s*$/u.test(head.slice(0, comma))) continue
    perClause[i - 1]!.clause = [perClause[i - 1]!.clause[0], p.clause[0] + comma]
    let start = p.clause[0] + comma + 1
    while (start < first.span[0] && /\s/.test(text[start]!)) start++
    p.clause = [start, p.clause[1]]
  }
  // A noun an event verb governs ("repelled 14 attacks", "stopped 27 assault actions") is not a claim
  // of its own: a weak noun within a few words after a verb, no comma between, goes; so does the
  // attack a repelling verb takes as its fronted object ("всі штурми відбиваємо", "атаки отбиваем").
  for (const p of perClause) {
    p.words = p.words.filter((w) => {
      if (!w.data.weak) return true
      // (A caption's toll "after a missile strike on a mall": the strike has a thing of its own hit, two claims; 128.)
      if (caption && isCaptionCauseWithTarget(text, w, p.clause[0])) return true
      // "Ukrainian counterattacks won back roughly 1,900 hectares", "наступ приніс росіянам 400 км²": attacks
      // as the subject of their own gain are how it was made, not an event of their own.
      // Attacks with a place of their own ("Russian assaults near Siversk yielded only marginal gains") stay.
      const gainSubject = (v: PhraseMatch<TriggerData>): boolean => w.data.kind === 'assault' && w.data.voice === 'noun' && GAIN_KINDS_BY_SUBJECT.has(v.data.kind) && v.data.voice === 'active' && !passive(v) && !NAMES_A_PLACE.test(text.slice(w.span[1], v.span[0]))
      return !p.words.some((v) => !v.data.weak && ((v.span[1] <= w.span[0] && governs(text, v.span, w.span)) || (w.span[1] <= v.span[0] && (passive(v) || (v.data.kind === 'repelled' && w.data.kind === 'assault') || gainSubject(v)) && governs(text, w.span, v.span))))
    })
  }
  // Clauses without an event word extend the neighbouring claim's clause (its places and times).
  const merged: { clause: Span; words: PhraseMatch<TriggerData>[] }[] = []
  let pending: Span | null = null
  // The start of the wordless pieces last added to the last claim's clause ("за весь апрель"), and
  // where that clause ended before them.
  let tail: number | null = null
  let cut = 0
  for (const p of perClause) {
    // "армия заняла 240 кв. км, тогда как за весь апрель — 410 кв. км", "took 240 sq km in May,
    // while in April 410 sq km": a verbless clause with its own area figure repeats the area verb
    // before it (a gapped verb), for its own period (the wordless words just before it): a claim of its own.
    const gapped = p.words.length === 0 ? merged.at(-1) : undefined
    const areaWord = gapped?.words.findLast((w) => AREA_KINDS.has(w.data.kind))
    if (gapped && areaWord && AREA_FIGURE.test(text.slice(p.clause[0], p.clause[1])) && AREA_FIGURE.test(text.slice(gapped.clause[0], tail ?? gapped.clause[1]))) {
      const start = tail ?? p.clause[0]
      if (tail !== null) gapped.clause = [gapped.clause[0], cut]
      merged.push({ clause: [start, p.clause[1]], words: [areaWord] })
      tail = null
      continue
    }
    // "the enemy continues shelling and attempts to advance, while the defense forces focus on
    // containing …", "ворог намагається просунутися, тоді як Сили оборони тримають рубежі": a clause
    // set against the claim's by "while"/"whereas" with a side of its own tells what the other side
    // does; it lends the claim neither its subject nor its places.
    if (p.words.length === 0 && namesSide(p.clause) && opensContrast(text, p.clause)) continue
    if (p.words.length === 0) {
      const last = merged.at(-1)
      if (last) {
        if (tail === null) {
          tail = p.clause[0]
          cut = last.clause[1]
        }
        last.clause = [last.clause[0], p.clause[1]]
      } else pending = pending ? [pending[0], p.clause[1]] : p.clause
      continue
    }
    tail = null
    merged.push({ clause: pending ? [pending[0], p.clause[1]] : p.clause, words: p.words })
    pending = null
  }
  // "launched two missile strikes and 64 air strikes", "saw the most attacks — 20 battles": a clause
  // holding only nouns of the previous clause's kind continues that claim.
  for (let i = merged.length - 1; i > 0; i--) {
    const a = merged[i - 1]!
    const b = merged[i]!
    if (b.words.every((w) => w.data.weak && a.words.some((v) => v.data.kind === w.data.kind))) {
      a.clause = [a.clause[0], b.clause[1]]
      merged.splice(i, 1)
    }
  }
  const drafts: Draft[] = []
  for (const m of merged) {
    const byKind = new Map<ClaimKind, PhraseMatch<TriggerData>[]>()
    for (const w of m.words) byKind.set(w.data.kind, [...(byKind.get(w.data.kind) ?? []), w])
    for (const [kind, words] of byKind) drafts.push({ kind, triggers: words, clause: m.clause })
  }
  return drafts
}

/** "while", "whereas", "тоді як", "в то время как" opening a clause (or just before it). */
const CONTRAST_OPENING = /^[\s,]*(?:while|whereas|тоді як|тогда как|(?:у|в) той час як|в то время как|натомість)(?![\p{L}])/iu
const CONTRAST_BEFORE = endsWithMatch(/(?:^|[^\p{L}])(?:while|whereas|тоді як|тогда как|(?:у|в) той час як|в то время как|натомість)[\s,]*$/iu)

function opensContrast(text: string, clause: Span): boolean {
  return CONTRAST_OPENING.test(text.slice(clause[0], Math.min(clause[1], clause[0] + 30))) || CONTRAST_BEFORE(text.slice(Math.max(0, clause[0] - 25), clause[0]))
}

/** What may stand before an attributive participle: the sentence start, a determiner, a preposition, a count. */
const ATTRIBUTE_LEAD = endsWithMatch(/(?:^\s*|(?:^|[\s"“«(])(?:the|a|an|its|their|these|those|remaining|other|of|in|into|inside|from|to|for|with|on|at|near|around|among|still|some|several|many|dozens|hundreds|\p{N}+|у|в|з|із|зі|до|на|біля|серед|ці|ті|ещё|еще|ще|эти|те|из|со|у|возле|среди|около|десятки|сотни|сотні)\s+)$/iu)
const CY_PARTICIPLE = /(?:ен|ён)н?(?:ые|ых|ым|ыми|ий|ій|ая|ую|ой|ого|ому|і|их|им|ими|а|у|ою)$/iu
/** A lowercase word after the participle: the noun it qualifies ("occupiers", "high-rises", "кварталах"). */
const NOUN_AFTER = /^\s+[\p{Ll}][\p{L}-]+/u
const NOT_A_NOUN = /^\s+(?:in|by|near|at|on|from|after|since|for|and|or|as|inside|there|for|off|behind|within|under|with|between|у|в|на|біля|під|за|з|і|та|и|а|под|возле|около|со|до)(?![\p{L}-])/iu

/** Whether the event word at span qualifies the noun after it ("the besieged occupiers"), not a verb. */
function isAttributive(text: string, span: Span, sentenceStart: number): boolean {
  const after = text.slice(span[1], span[1] + 30)
  // Cyrillic: a participle's ending ("оточені", "окружённые"), not the noun ("оточення", "окружение").
  if (/[\u0400-\u04ff]/u.test(text[span[0]]!) && !CY_PARTICIPLE.test(text.slice(span[0], span[1]))) return false
  return NOUN_AFTER.test(after) && !NOT_A_NOUN.test(after) && ATTRIBUTE_LEAD(text.slice(Math.max(sentenceStart, span[0] - 30), span[0]))
}

/** A relative or participial aside after a comma that names a year ("…, which Ukraine liberated in 2022,"). */
// A past participle followed by its year ("seized in 2014", "occupied since 2014", "захоплені у 2022 році",
// "оккупированных в 2014 году"): English participles only before a preposition (so that "Russia seized
// Crimea in 2014", a verb with its object, is not one).
const YEAR_PARTICIPLE = /(?<![\p{L}])(?:(?:liberated|recaptured|retaken|captured|seized|taken|occupied|annexed|lost)\s+(?:in|since|back in|during)|(?:звільнен|захоплен|окупован|анексован|освобожд[её]нн|захваченн|оккупированн|аннексированн)\p{L}*\s+(?:у|в|з|із|с|во|ще у|ещё в|еще в))\s+(?:[\p{L}]+\s+){0,2}?((?:19|20)\d\d)(?![\p{N}])(?:\s+(?:році|роках|року|году|годах|года|р\.|г\.))?/giu
// "was seized in 2014", "були захоплені у 2022 році": a passive verb tells the event in a main clause.
const AUXILIARY_BEFORE = /(?<![\p{L}])(?:was|were|been|being|is|are|had|has|have|був|була|було|були|буде|будуть|был|была|было|были|будет|будут)\s+(?:\p{L}+\s+)?$/iu

const YEAR_ASIDE = /,\s+(?:which|that|where|who|liberated|recaptured|retaken|captured|seized|taken|occupied|lost|besieged|(?:який|яка|яке|які|якого|яку|котор[а-яё]*|що|де|где|звільнен[а-яіїєґ]*|захоплен[а-яіїєґ]*|окупован[а-яіїєґ]*|освобожд[а-яё]*|освобожд[её]нн?[а-яё]*|захвачен[а-яё]*|оккупирован[а-яё]*|взят[а-яё]*))(?![\p{L}])[^,;.!?]*?(?<![\p{N}])((?:19|20)\d\d)(?![\p{N}])[^,;.!?]*(?=[,;.!?]|$)/giu

/** Asides in [ss, se) that tell an event of a year before the publication year (YEAR_ASIDE). */
function earlierYearAsides(text: string, ss: number, se: number, publicationYear: number): Span[] {
  const slice = text.slice(ss, se)
  if (!/(?:19|20)\d\d/.test(slice)) return []
  const out: Span[] = []
  if (slice.includes(',')) {
    YEAR_ASIDE.lastIndex = 0
    for (let m = YEAR_ASIDE.exec(slice); m !== null; m = YEAR_ASIDE.exec(slice)) if (Number(m[1]) < publicationYear) out.push([ss + m.index, ss + m.index + m[0].length])
  }
  // "including Crimea and the parts of Donbas seized in 2014", "окупованих у 2014 році районів": a
  // participle with no comma before it, its year right after it, describes its noun the same way.
  YEAR_PARTICIPLE.lastIndex = 0
  for (let m = YEAR_PARTICIPLE.exec(slice); m !== null; m = YEAR_PARTICIPLE.exec(slice)) {
    if (Number(m[1]) >= publicationYear || AUXILIARY_BEFORE.test(slice.slice(Math.max(0, m.index - 14), m.index))) continue
    if (!out.some(([a, b]) => ss + m!.index >= a && ss + m!.index < b)) out.push([ss + m.index, ss + m.index + m[0].length])
  }
  return out
}

/** Whether the event word at span fills a line of its own, lowercase, at the end of a sentence of several lines. */
function isLoneLineWord(text: string, span: Span, ss: number): boolean {
  const first = text[span[0]]!
  if (first === first.toUpperCase()) return false
  let a = span[0]
  while (a > ss && (text[a - 1] === ' ' || text[a - 1] === '\t')) a--
  if (a <= ss || text[a - 1] !== '\n') return false
  let b = span[1]
  while (b < text.length && (text[b] === ' ' || text[b] === '\t')) b++
  return b >= text.length || text[b] === '\n'
}

/** An attempt phrase whose first word is also a verb in the third person ("attempts to advance"). */
const ATTEMPT_VERB = /^(?:attempts|tries)\s/iu

const AREA_CAUSE_BEFORE = endsWithMatch(/(?:\b(?:driven|fuell?ed|powered|produced|made up|achieved|won|secured)\s+(?:\p{L}+\s+)?by|\b(?:thanks to|owing to|due to|through)|(?:^|[^\p{L}])(?:за рахунок|завдяки|благодаря|за сч[её]т))\s+(?:(?:the|its|their|Russian|Ukrainian|російськ\p{L}*|українськ\p{L}*|российск\p{L}*|украинск\p{L}*)\s+)?$/iu)

/** An area figure: "410 кв. км", "2,3 тыс. кв. км", "566 км²", "40 square miles", "1,700 sq km". */
const AREA_FIGURE = /\p{N}[\p{N}\s.,]*(?:тыс\.?\s*|тис\.?\s*|thousand\s+)?(?:кв\.\s*км|км²|км2|квадратн\p{L}*\s+кілометр\p{L}*|квадратн\p{L}*\s+километр\p{L}*|sq\.?\s*(?:km|mi|miles)|km²|km2|square\s+(?:kilomet(?:er|re)s|miles))/iu
const AREA_KINDS: ReadonlySet<ClaimKind> = new Set(['capture', 'advance', 'withdrawal', 'area-change'])

/**
 * Clauses an event phrase runs across ("fired heavy artillery and FPV drones at the district": the
 * "and" inside the phrase is no clause boundary) are one clause.
 */
function joinSpanned(clauses: Span[], words: readonly PhraseMatch<TriggerData>[]): Span[] {
  if (clauses.length < 2) return clauses
  const out: Span[] = []
  for (const c of clauses) {
    const last = out.at(-1)
    if (last && last[1] <= c[0] && words.some((w) => w.span[0] >= last[0] && w.span[0] < last[1] && w.span[1] > c[0])) out[out.length - 1] = [last[0], c[1]]
    else out.push(c)
  }
  return out
}

/**
 * Splits a clause at the comma between two event statements with no conjunction ("Сили оборони
 * відбили 35 атак, шість боєзіткнень тривають").
 */
function splitAtCommas(text: string, clauses: readonly Span[], words: readonly PhraseMatch<TriggerData>[]): Span[] {
  const out: Span[] = []
  for (const clause of clauses) {
    let start = clause[0]
    const inside = words.filter((w) => w.span[0] >= clause[0] && w.span[1] <= clause[1])
    for (let i = 1; i < inside.length; i++) {
      const between = text.slice(inside[i - 1]!.span[1], inside[i]!.span[0])
      const comma = between.lastIndexOf(',')
      if (comma < 0) continue
      const at = inside[i - 1]!.span[1] + comma
      if (at <= start) continue
      out.push([start, at])
      start = at + 1
      while (start < clause[1] && /\s/.test(text[start]!)) start++
    }
    out.push([start, clause[1]])
  }
  return out
}

// A name after the word, past a closing quote round the verb ('"completely cleared" Kleban-Byk') or an opening one,
// or past the Ukrainian or Russian word for the kind of place before the name ("взяли село Іванівка", "взяли
// посёлок Ивановка", "сдали город Х"), which those languages put in the name's case and English puts in "the
// village of".
const CAPITAL_NEXT = /^["”’»]?\s+(?:(?:село|селище|смт|СМТ|пгт|ПГТ|місто|містечко|хутір|посёлок|поселок|город|деревню|станицу|хутор|населений пункт|населённый пункт|населенный пункт) )?["“«‘„]?\p{Lu}/u
const LOWER_FIRST = /^\p{Ll}/u

/** Kinds that claim ground for the actor. */
const GAIN_KINDS: ReadonlySet<ClaimKind> = new Set(['capture', 'advance', 'encirclement', 'area-change'])

// A counter-move named by its noun: "counteroffensive", "counter-attack", "контрнаступ", "контратака", "контрнаступление".
const COUNTER_MOVE = /(?:counter-?offensive|counter-?attack|контрнаступ|контратак|контрнаступлени|контрудар)\p{L}*$/iu

/** The side the report told gaining or holding ground, or whose attack it told repelled, in the sentence or the two before. */
function counteringSide(built: readonly Built[], sentenceIndex: number): Side | null {
  for (let k = built.length - 1; k >= 0 && built[k]!.sentenceIndex >= sentenceIndex - 2; k--) {
    const c = built[k]!.claim
    if (c.modality === 'expected' || !c.actorSide) continue
    if (c.kind === 'advance' || c.kind === 'capture' || c.kind === 'repelled' || c.kind === 'area-change') return c.actorSide
  }
  return null
}

const ATTACK_NOUN = /^(?:attacks?|assaults?|assault actions|assault operations|assault attempts|storming|атак\p{L}*|штурм\p{L}*|наступальн\p{L}* ді\p{L}*|наступательн\p{L}* действи\p{L}*)$/iu

/**
 * Whether `text` holds one of `keys` (lower case) in any case: a cheap test before a pattern that
 * cannot match without one of them. Exact: a letter the pattern's case-insensitive matching equates
 * with a key's has the key's lower case, except the few characters in FOLD_UNSAFE (then true).
 */
export function mayHold(text: string, keys: readonly string[]): boolean {
  if (FOLD_UNSAFE.test(text)) return true
  const lower = text.toLowerCase()
  for (const k of keys) if (lower.includes(k)) return true
  return false
}

/**
 * `mayHold` for stretches of one document: the document is lower-cased and searched for FOLD_UNSAFE
 * characters once, so a stretch costs only its key searches (it was lower-cased and searched for each
 * event word's 40 characters before it and each sentence's content). A stretch of the lower-cased
 * document is the lower-cased stretch when the document lower-cases character for character (its
 * length unchanged: 'İ' alone grows), but for a Greek capital sigma, whose lower case depends on its
 * neighbours and which no key holds. Otherwise each stretch is asked of `mayHold` itself.
 */
export class DocumentKeys {
  private readonly lower: string | null

  constructor(private readonly text: string) {
    const lower = text.toLowerCase()
    this.lower = lower.length === text.length && !FOLD_UNSAFE.test(text) ? lower : null
  }

  /** `mayHold(text.slice(start, end), keys)`. */
  mayHold(start: number, end: number, keys: readonly string[]): boolean {
    if (this.lower === null) return mayHold(this.text.slice(start, end), keys)
    const stretch = this.lower.slice(start, end)
    // Many keys: one pass of their literal alternation (no flags: the same substrings `includes`
    // finds) costs a third to a quarter of a search per key over the same stretch.
    if (keys.length > KEYS_SEARCHED_ONE_BY_ONE) return keysPattern(keys).test(stretch)
    for (const k of keys) if (stretch.includes(k)) return true
    return false
  }
}

/** Up to this many keys `includes` each is as cheap as their alternation. */
const KEYS_SEARCHED_ONE_BY_ONE = 4
const keyPatterns = new WeakMap<readonly string[], RegExp>()

/** A key list as one regex of literal alternatives, built once per list. */
function keysPattern(keys: readonly string[]): RegExp {
  let re = keyPatterns.get(keys)
  if (!re) {
    re = new RegExp(keys.map((k) => k.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'))
    keyPatterns.set(keys, re)
  }
  return re
}

/** What every alternative of CAUSAL_BEFORE holds (tested against it). */
export const CAUSAL_KEYS = ['as a result of', 'resulting from', 'following', 'after', 'due to', 'because of', 'внаслідок', 'унаслідок', 'в результаті', 'у результаті', 'після', 'через', 'язку з', 'в результате', 'после', 'из-за', 'в связи с']
export const CAUSAL_BEFORE = endsWithMatch(/(?:\bas a result of|\bresulting from|\bfollowing|\bafter|\bdue to|\bbecause of|[ву]наслідок|[ву] результаті|після|через|у зв['’ʼ]язку з|в результате|после|из-за|в связи с)\s+(?:the\s+|a\s+)?(?:[\p{L}'’ʼ-]+\s+){0,2}$/iu)

/**
 * "при обстреле Горловки погибли двое", "в результате атаки погиб мужчина", "Під час вчорашнього штурму
 * ворог втратив два танки", "За дві доби боїв противник втратив 23 особи": an attack told as the
 * circumstance of a toll in its sentence is the toll's (convention 2: the toll takes its place and
 * time), no claim of its own. Told with its weapon and its target ("в результате атаки FPV-дрона ВСУ на
 * грузовой автомобиль ранен водитель", "через удар FPV-дрона по автомобілю в Старому Салтові травмовано
 * двох") it is a strike told for itself, as the gold files annotate it.
 */
function isTollCircumstance(text: string, w: PhraseMatch<TriggerData>, words: readonly PhraseMatch<TriggerData>[], sentence: Span, caption = false): boolean {
  if (w.data.kind !== 'strike' && w.data.kind !== 'assault') return false
  const circumstance = (x: PhraseMatch<TriggerData>): boolean => {
    const before = text.slice(Math.max(sentence[0], x.span[0] - 45), x.span[0])
    // "За добу росіяни обстріляли 32 населені пункти, поранено 7 людей": a Ukrainian or Russian finite
    // verb after a period has its own subject and tells the strike; only a noun ("за дві доби боїв",
    // "при детонации беспилотника") is the toll's circumstance.
    // "від удару FPV-дрона загинула жінка", "от удара дрона погиб", "killed in a drone attack", "wounded
    // by a drone strike": the cause told by a preposition says how the victim was hurt (convention 36).
    return CAUSAL_BEFORE(before) || (CIRCUMSTANCE_BEFORE(before) && (x.data.voice === 'noun' || !CYRILLIC_FINITE.test(x.text))) || TOLL_CAUSE_BEFORE(before) || isCauseSubject(text, x, words) || (FIGHT_NOUN.test(x.text) && IN_FIGHT_BEFORE(before))
  }
  // The toll first: a word list is cheaper to ask than the two patterns, and most sentences tell none.
  if (!words.some((t) => t.data.kind === 'casualties') || !circumstance(w)) return false
  // Its own words up to the next event word: a weapon and a target ("на/по …", "in/в + a name").
  const next = words.find((t) => t.span[0] >= w.span[1])
  const end = Math.min(next ? next.span[0] : sentence[1], w.span[1] + 80)
  const after = text.slice(w.span[1], end)
  // A settlement it names as its object ("унаслідок обстрілу Борової загинув …") is a strike the gold
  // files disagree on (blind5 writes it, blind9's "при обстреле Горловки" does not): kept.
  // (Round 20) In English the town after the cause ("killed in a rocket attack on Kramatorsk", "died in a drone
  // strike in Pervomaiskyi") is the toll's place, no target of its own (convention 92); a common noun after
  // "on", "at" or "against" ("on a bus stop") is one (47).
  // (Told as the toll's subject, "A Russian missile strike on Zaporizhzhia killed three", the strike on a
  // town stays, as blind and blind2 write it.)
  if (EN_LETTER.test(w.text) && TOLL_CAUSE_BEFORE(text.slice(Math.max(sentence[0], w.span[0] - 45), w.span[0]))) return !EN_OWN_TARGET_AFTER.test(after)
  // (Round 22) In a monitor's caption, "Deceased child after shelling of a bus station", "Casualty after a
  // missile strike on a mall": an English cause told after the toll by "after", "following", "as a result of" that names a
  // thing it hit in lower case ("of", "on", "at", "against") tells two things hit, a toll and a strike
  // (convention 128); one with a town or nothing after it ("bodies resulting from bombing in X") is the
  // toll's cause alone (92). (Wire headlines, "two killed after shelling of a market", stay one claim, as
  // real-ucdp's gold writes them.)
  if (caption && isCaptionCauseWithTarget(text, w, sentence[0], after)) return false
  return !(WEAPON_WORD.test(text.slice(w.span[0], end)) && OWN_TARGET_AFTER.test(after)) && !NAMED_OBJECT.test(after)
}
const EN_LETTER = /^[A-Za-z]/
/** A caption's English cause after its toll with a thing of its own hit ("after shelling of a bus station"; convention 128). */
function isCaptionCauseWithTarget(text: string, w: PhraseMatch<TriggerData>, sentenceStart: number, after = text.slice(w.span[1], w.span[1] + 80)): boolean {
  return EN_LETTER.test(w.text) && w.data.kind === 'strike' && CAUSAL_BEFORE(text.slice(Math.max(sentenceStart, w.span[0] - 45), w.span[0])) && EN_CAUSE_TARGET_AFTER.test(after)
}
const EN_CAUSE_TARGET_AFTER = /^\s+(?:of|on|at|against)\s+(?!(?:(?:a|an|the|two|three|four|several|some|residential|private|civilian|apartment|high-rise|multi-storey|local|shopping|bus|train|railway)\s+)*(?:city|town|village|region|district|oblast|settlement|outskirts|suburbs?|areas?|community|positions?|troops|forces)(?![\p{L}]))(?:(?:a|an|the|two|three|four|several|some|residential|private|civilian|apartment|high-rise|multi-storey|local|shopping|bus|train|railway)\s+)*\p{Ll}/u
const EN_OWN_TARGET_AFTER = /^\s+(?:on|at|against)\s+(?:(?:a|an|the|two|three|four|several|some|residential|private|civilian|apartment|high-rise|multi-storey|local)\s+)*(?!(?:city|town|village|region|district|oblast|settlement|outskirts|suburbs?|area|community)(?![\p{L}]))\p{Ll}/u

/**
 * "Russian shelling kills two civilians", "Shelling by Ukrainian forces killed a woman in Horlivka", "the
 * militia's attacks kill two soldiers", "clashes kill 12": an English attack noun that is the subject of the
 * toll's verb is its cause told by word order instead of a preposition (conventions 36, 92), no claim of its
 * own. Between the two only the noun's own phrase may stand ("by X", "of X", "in X"): a finite verb, a
 * comma or a dash there opens another clause ("shelled the town, killing …" keeps its strike).
 */
function isCauseSubject(text: string, w: PhraseMatch<TriggerData>, words: readonly PhraseMatch<TriggerData>[]): boolean {
  if (!CAUSE_NOUN.test(w.text)) return false
  const toll = words.find((t) => t.data.kind === 'casualties' && t.span[0] >= w.span[1])
  return toll !== undefined && TOLL_VERB.test(toll.text) && toll.span[0] - w.span[1] <= 60 && CAUSE_NOUN_PHRASE.test(text.slice(w.span[1], toll.span[0]))
}
const CAUSE_NOUN = /^(?:(?:air|missile|drone|artillery|rocket|mortar|tank|sniper|enemy)\s+)?(?:shelling|shellings|fire|attacks?|strikes?|clashes|fighting|battles?|bombing|bombings|bombardment|barrages?|raids?|assaults?|offensive|violence)$/i
// The toll's verb in the active voice, present or past: "kills", "killed two", "wound", "claim lives".
const TOLL_VERB = /^(?:(?:has|have|had) )?(?:kill|kills|killed|wound|wounds|wounded|injure|injures|injured|claim|claims|claimed|cost|costs|took)(?![\p{L}])/iu
// The noun's own phrase: its agent ("by Ukrainian forces") or the place it fell on ("of Donetsk", "in the
// DPR"); a target of its own in lower case ("strikes on energy facilities killed …") makes it a strike told
// for itself (convention 47).
// (A compass or holder's word may stand before the name: "Shelling in east Ukraine's Donetsk kills …".)
const CAUSE_NOUN_PHRASE = /^\s+(?:(?:by\s+(?:the\s+)?(?:[\p{L}\p{N}'’.-]+\s+){0,5}?|(?:of|on|in|near|at|against|from)\s+(?:the\s+)?(?:(?:east|west|north|south|eastern|western|northern|southern|rebel-held|separatist-held|government-held|occupied)\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}?)){0,3}(?:(?:has|have|had)\s+)?$/u

/** A relative clause that tells the attack a repulse stopped: "у який росіяни кинули …", "in which Russia threw …". */
const ATTACK_CLAUSE = /(?:^|[\s,(])(?:(?:у|в|во)\s+(?:який|яку|які|якому|якій|котор\p{L}+)|in which|during which|into which)\s+(?:[\p{L}'’ʼ-]+\s+){0,3}?(?:кину\p{L}*|кинув\p{L}*|кидал\p{L}*|кида\p{L}*|бросил\p{L}*|бросал\p{L}*|брос\p{L}*|залучи\p{L}*|задіял\p{L}*|задействова\p{L}*|threw|sent|committed|used|deployed|poured)(?![\p{L}])/iu
const ATTACK_CLAUSE_KEYS = /який|яку|які|якому|якій|котор|which/

/**
 * The side a toll's cause names in its own words ("від удару російського FPV-дрона", "от удара
 * украинского беспилотника", "by a Ukrainian drone strike"): the side that caused the toll.
 */
function tollCauseSide(text: string, words: readonly PhraseMatch<TriggerData>[], sides: readonly PhraseMatch<SideData>[], sentence: Span): Side | null {
  for (const w of words) {
    // A fight has two sides ("in battles with the DPR", "clashes kill 12"): it names no one side as the cause.
    if (FIGHT_NOUN.test(w.text) || !isTollCircumstance(text, w, words, sentence)) continue
    const toll = words.find((t) => t.data.kind === 'casualties' && t.span[0] >= w.span[1])
    // Not back past a toll told before the cause ("Six separatists killed in clashes"): its victims
    // are no agent of the cause.
    const tollBefore = words.findLast((t) => t.data.kind === 'casualties' && t.span[1] <= w.span[0])
    const from = Math.max(sentence[0], w.span[0] - 25, tollBefore ? tollBefore.span[1] : 0)
    let to = Math.min(toll ? toll.span[0] : sentence[1], w.span[1] + 40)
    // Not past a headline's source tail ("killed in clashes with rebels: Kiev military").
    const stop = /[:;—–]|\s-\s/u.exec(text.slice(w.span[1], to))
    if (stop) to = w.span[1] + stop.index
    // "killed in clashes in Ukraine", "Ukraine fighting kills 9": a country named bare is where the
    // fighting was, not whose it was ("Russian shelling", "shelling by Ukrainian forces" are).
    const named = sides.find((m) => m.span[0] >= from && m.span[1] <= to && (m.data.side === 'RU' || m.data.side === 'UA') && !BARE_COUNTRY.test(text.slice(m.span[0], m.span[1])))
    if (named) return named.data.side as Side
  }
  return null
}

// "Losses of the AFU in battles with the forces of the LPR amounted to 55", "lost 40 people in battles with
// the DPR": fighting named after "in" beside a toll is where the losses were taken (convention 2).
const FIGHT_NOUN = /^(?:battles?|clashes|fighting|hostilities|combat|skirmishes|engagements)$/iu
const IN_FIGHT_BEFORE = endsWithMatch(/\b(?:in|during)\s+(?:the\s+)?(?:(?:heavy|fierce|recent|new|renewed|ongoing)\s+)?$/iu)
const BARE_COUNTRY = /^(?:Ukraine|Russia|Kyiv|Kiev|Moscow)$/u

// A toll's cause by a preposition before a strike noun: "від удару", "от удара", "killed in a (Russian drone) attack", "wounded by a drone strike"
// (the English preposition right after the toll's participle: "a bomb dropped by a Russian jet flattened …" is no cause).
const TOLL_CAUSE_BEFORE = endsWithMatch(/(?:(?<![\p{L}])(?:від|вiд|от)|\b(?:killed|wounded|injured|hurt|died|dead)\s+(?:in|by|from)|\btoll\s+(?:from|in|of|after))\s+(?:(?:a|an|the)\s+)?(?:[\p{L}'’ʼ-]+\s+){0,2}$/iu)
// "при", "під час", "во время", "в ходе", "during", "amid"; a period of fighting ("за дві доби боїв", "over two days of").
const CIRCUMSTANCE_BEFORE = endsWithMatch(/(?:(?<![\p{L}])(?:при|під час|во время|в ходе|в ході|у ході|during|amid|in the course of)|(?<![\p{L}])за\s+(?:[\p{L}\p{N}]+\s+){0,2}?(?:доб\p{L}*|дн\p{L}*|сут\p{L}*|тиж\p{L}*|недел\p{L}*)|\bover\s+(?:[\p{L}\p{N}]+\s+){0,2}?days?\s+of)\s+(?:[\p{L}'’ʼ-]+\s+){0,2}$/iu)
// A Ukrainian or Russian finite verb by its first word's ending (past, present, future): "обстріляли", "обстреляли", "атакує".
const CYRILLIC_FINITE = /^[\u0400-\u04ff]+(?:ли|ла|ло|в|л|ють|ют|ут|ет|ить|ит|ять|ят|ує|ює|є)(?![\p{L}])/u
// (A name, not a weapon's letters: "обстрілу Борової", "удара ВСУ по Белгороду", not "удару FPV-дрона".)
const NAMED_OBJECT = /^\s+(?:\p{Lu}{2,}\s+)?(?:(?:[Нн]а|[Пп]о|on|against)\s+)?\p{Lu}\p{Ll}/u
const OWN_TARGET_AFTER = /(?<![\p{L}])(?:[Нн]а|[Пп]о|on|against)\s+\p{L}|(?<![\p{L}])(?:[ВвУу]|in|at)\s+\p{Lu}/u

/** "Внаслідок удару …", "as a result of the strike": a strike already reported, or any activity, named as a cause. */
function backReferencesDropped(text: string, words: readonly PhraseMatch<TriggerData>[], built: readonly Built[], sentenceIndex: number, sentence: Span, keys: DocumentKeys, caption = false): PhraseMatch<TriggerData>[] {
  const causal = (w: PhraseMatch<TriggerData>): boolean => {
    // Damage told after its cause ("в результате атаки дрона посечены крыша и окна") is the effect.
    if (w.data.incidental) return false
    const from = Math.max(0, w.span[0] - 40)
    return keys.mayHold(from, w.span[0], CAUSAL_KEYS) && CAUSAL_BEFORE(text.slice(from, w.span[0]))
  }
  // "Через посилення обстрілів … розширили зону евакуації", "в результате наступательных действий
  // освободили": an activity named as the cause of the sentence's event is not a claim of its own.
  const isCausal = words.map(causal)
  const hasEvent = words.some((w, i) => !w.data.weak && !isCausal[i])
  const strikeBefore = built.some((b) => b.claim.kind === 'strike')
  // "через удар FPV-дрона по автомобілю в Старому Салтові травмовано двох": a strike named as a cause
  // with a target of its own that the last strike did not hit is a new strike, not a back-reference.
  const lastStrike = strikeBefore ? built.findLast((b) => b.claim.kind === 'strike') : undefined
  const newTarget = (w: PhraseMatch<TriggerData>): boolean => {
    const m = OWN_TARGET.exec(text.slice(w.span[1], Math.min(sentence[1], w.span[1] + 60)))
    const target = m?.[1] ?? m?.[2]
    return target !== undefined && (lastStrike === undefined || !lastStrike.claim.sentence.toLowerCase().includes(target.slice(0, 5).toLowerCase()))
  }
  // An attack noun with a weapon after it ("в результате атаки FPV-дрона на автомобиль") is a strike.
  const strikeWord = (w: PhraseMatch<TriggerData>): boolean => w.data.kind === 'strike' || (w.data.kind === 'assault' && WEAPON_AFTER.test(text.slice(w.span[1], Math.min(sentence[1], w.span[1] + 45))))
  const kept = words.filter((w, i) => !(isCausal[i] && !(strikeWord(w) && newTarget(w)) && ((w.data.weak && hasEvent) || (w.data.kind === 'strike' && strikeBefore)))).filter((w, _, all) => !isTollCircumstance(text, w, all, sentence, caption))
  // Damage beside an attack or a toll belongs to that claim; alone ("У громаді пошкоджено 6 будинків
  // внаслідок обстрілів", "В Грайвороне повреждены частный дом и ЛЭП") it reports a strike.
  if (!kept.some((w) => w.data.incidental)) return kept
  // "a KAB glide bomb dropped by a Russian jet flattened a house, killing a woman": damage a weapon
  // did, told with the weapon as its subject, is the strike itself.
  // "…: one of them brought down the cinema, and another gouged a crater": a munition told by a pronoun
  // after the weapons were named is a weapon as the subject too.
  const weaponDid = (w: PhraseMatch<TriggerData>): boolean => w.data.incidental && w.data.kind === 'strike' && (WEAPON_DID_BEFORE(text.slice(Math.max(sentence[0], w.span[0] - 90), w.span[0])) || MUNITION_PRONOUN_BEFORE(text.slice(Math.max(sentence[0], w.span[0] - 30), w.span[0])))
  // "said 43 drones had been destroyed over the region and that a blaze had broken out at a depot": a
  // result told in a reported statement of its own ("and that …") after another event is its own claim.
  const ownStatement = (w: PhraseMatch<TriggerData>): boolean => w.data.incidental && w.data.kind === 'strike' && kept.some((k) => !k.data.incidental && k.span[1] <= w.span[0] && AND_THAT.test(text.slice(k.span[1], w.span[0])))
  if (kept.some((w) => !w.data.incidental)) return kept.filter((w) => !w.data.incidental || weaponDid(w) || ownStatement(w))
  // Right after a strike or its toll, damage that names no place of its own is that strike's
  // ("… атаковали Курчатов беспилотниками. Повреждена подстанция."); "В Грайвороне повреждены …" is a new one.
  const last = built.at(-1)
  // A flag raised ('footage showing soldiers raising a flag over the council building') after a capture is its evidence.
  if (last && last.sentenceIndex >= sentenceIndex - 2 && (last.claim.kind === 'strike' || last.claim.kind === 'casualties' || kept.every((w) => w.data.kind === last.claim.kind)) && !NAMES_A_PLACE.test(text.slice(sentence[0], sentence[1]))) return []
  return kept
}

/** "one of them ", "and another ", "a second ": a pronoun for one of the munitions just named, as the subject right before its verb. */
const MUNITION_PRONOUN_BEFORE = endsWithMatch(/(?:^|[^\p{L}])(?:another(?:\s+one)?|a\s+second|a\s+third|the\s+other|one\s+more|yet\s+another|(?:one|two|three|four|five|several|some|most)\s+of\s+them|the\s+(?:first|second|third|last)(?:\s+one)?)\s+(?:(?:also|then|later|again|just)\s+)?$/iu)
/** A weapon as the subject just before a verb, past a participle phrase ("a glide bomb dropped by a Russian jet "). */
const WEAPON_DID_BEFORE = endsWithMatch(new RegExp(String.raw`(?:^|[^\p{L}])(?:drones?|UAVs?|shaheds?|missiles?|rockets?|bombs?|shells?|projectiles?|munitions?|KABs?|FABs?)\s+(?:(?:dropped|fired|launched|sent|released|guided)\s+(?:by|from)\s+(?:a\s+|an\s+|the\s+)?(?:[\p{L}\p{N}-]+\s+){0,3}?)?(?:[\p{L}'’-]+\s+){0,1}$`, 'iu'))

/** The target right after a strike word: "удар дрона по автомобілю", "the strike on the market". */
const OWN_TARGET = /^\s+(?:(?:[\p{L}\p{N}'’ʼ-]+\s+){0,3}?(?:[Пп]о|[Нн]а|[Oo]n|against)\s+(?:the\s+|a\s+|an\s+)?([\p{L}'’ʼ-]{4,})|(\p{Lu}[\p{L}'’ʼ-]{3,}))/u

/** A capitalised name after a locative preposition or a settlement noun: "in Kupiansk", "В Грайвороне", "у селі Головчино". */
const NAMES_A_PLACE = /(?:^|[\s(])(?:[Ii]n|[Aa]t|[Nn]ear|[Aa]round|[Oo]utside|of|[ВвУу]|[Вв]о|[Бб]іля|[Пп]облизу|[Пп]ід|[Вв]озле|[Оо]коло|[Пп]од|[Нн]еподалік|[Нн]еподалеку|селі|селе|місті|городе|селищі|поселке|посёлке|громаді|округе|районі|районе)\s+\p{Lu}/u

const GAIN_KINDS_BY_SUBJECT: ReadonlySet<ClaimKind> = new Set(['capture', 'advance', 'area-change'])

function governs(text: string, verb: Span, noun: Span): boolean {
  const between = text.slice(verb[1], noun[0])
  return !/[,;:—–]/.test(between) && wordCount(between) <= 5
}

/**
 * "killed two people and wounded 11", "launched 64 air strikes, dropping 143 guided bombs":
 * consecutive casualty or strike clauses with no new subject are one claim.
 */
/** Splits each strike draft that holds two events at their own places (strikeEventSplit) in two. */
function splitStrikeEvents(text: string, drafts: Draft[]): void {
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!
    if (d.kind !== 'strike' || d.triggers.length < 2) continue
    const words = [...d.triggers].sort((a, b) => a.span[0] - b.span[0])
    const at = strikeEventSplit(text, d.clause, words.map((t) => t.span))
    if (at === null) continue
    const later = trimSpan(text, [at + 1, d.clause[1]])
    drafts.splice(i, 1, { ...d, triggers: words.filter((t) => t.span[1] <= at), clause: trimSpan(text, [d.clause[0], at]) }, { ...d, triggers: words.filter((t) => t.span[0] > at), clause: later })
  }
}

/** The claim of one target of a strike's list: the strike's, with the target's words for its span and places. */
function targetClaim(documentId: string, text: string, b: Built, segment: Span, counts: boolean, kind: ClaimKind = b.claim.kind): Built {
  const span = trimSpan(text, segment)
  const id = claimId(documentId, span, kind)
  return { ...b, claim: { ...b.claim, id, kind, span, quantity: counts ? b.claim.quantity : null }, anchor: { ...b.anchor, claimId: id, clause: span, sharesPlaces: false } }
}

function mergeSameKind(text: string, drafts: Draft[], sides: readonly PhraseMatch<SideData>[], lang: Document['lang']): void {
  for (let i = drafts.length - 1; i > 0; i--) {
    const a = drafts[i - 1]!
    const b = drafts[i]!
    if (a.kind !== b.kind || (a.kind !== 'casualties' && a.kind !== 'strike') || a.clause === b.clause) continue
    // "launched 134 drones, of which 110 were shot down": the launch and its interception are two claims.
    if (a.kind === 'strike' && a.triggers[0]!.data.object !== b.triggers[0]!.data.object) continue
    const ownSubject = sides.some((s) => s.data.strong && s.span[0] >= b.clause[0] && s.span[1] <= b.triggers[0]!.span[0])
    if (ownSubject) continue
    // "A drone set fire to a pipeline, and a shell damaged a kindergarten": a weapon of its own as the
    // subject makes a strike of its own.
    const lead = text.slice(b.clause[0], Math.min(b.clause[1], b.clause[0] + 60))
    // "one of them brought down the post office, and another gouged a crater": a second munition told
    // by a pronoun ("another", "a second", "the other", "one more") as the subject of its own verb.
    if (a.kind === 'strike' && (WEAPON_LEAD.test(lead) || STRIKE_LEAD.test(lead) || (lang === 'en' && ANOTHER_MUNITION_LEAD.test(lead)))) continue
    // "…, and on Monday morning a drone set the roof on fire", "and later that night a missile struck a
    // warehouse": a fronted time before the weapon does not make it part of the first strike.
    if (a.kind === 'strike' && lang === 'en' && FRONTED_TIME.test(lead) && WEAPON_LEAD.test(lead.replace(FRONTED_TIME, '$1'))) continue
    // "атакували підстанцію в Харкові і вдарили по школі в Сумах", "struck a facility in Odesa and hit a
    // building in Kharkiv": two verbs each with a named target of its own are two strikes.
    // Only a second verb after "and" ("— влучання в підприємство Заводського району" tells where the same strike landed).
    if (a.kind === 'strike' && b.triggers[0]!.data.voice !== 'noun' && AND_BEFORE(text.slice(a.triggers[0]!.span[1], b.triggers[0]!.span[0])) && NAMED_TARGET.test(text.slice(a.triggers[0]!.span[0], b.clause[0])) && NAMED_TARGET.test(text.slice(b.triggers[0]!.span[0], b.clause[1]))) continue
    // "скинули 129 авіабомб, а також задіяли 5212 дронів-камікадзе", "сбросили 40 КАБ, а также применили
    // 300 беспилотников", "dropped 90 bombs and also launched 400 drones": a second verb after "as well"
    // with a counted weapon of its own is a second attack with its own count (a participle that details
    // the first, "скинувши 118 авіабомб", stays part of it).
    if (a.kind === 'strike' && b.triggers[0]!.data.voice !== 'noun' && ALSO_BEFORE(text.slice(a.triggers[0]!.span[1], b.triggers[0]!.span[0])) && COUNTED_WEAPON.test(text.slice(a.triggers[0]!.span[0], b.triggers[0]!.span[0])) && COUNTED_WEAPON.test(text.slice(b.triggers[0]!.span[0], b.clause[1]))) continue
    // "lost 38 men killed and wounded, and six more were taken prisoner": prisoners are a toll of their own.
    if (a.kind === 'casualties' && a.triggers.some((t) => PRISONERS.test(t.text)) !== b.triggers.some((t) => PRISONERS.test(t.text))) continue
    a.clause = [Math.min(a.clause[0], b.clause[0]), Math.max(a.clause[1], b.clause[1])]
    a.triggers.push(...b.triggers)
    drafts.splice(i, 1)
  }
}

// Round 17 (real headlines): the stores, bases and plants that strikes are aimed at ("атаку на морський
// нафтовий термінал", "атакував нафтобазу", "атаковали подстанцию", "ціллю атаки був аеродром").
const CIVIL_TARGET = fastWordBoundaries(/\b(?:infrastructure|buildings?|port|facilit\p{L}*|refiner\p{L}*|depot|plant|energy|power|substation|homes|houses|residential|apartment|hospital|school|airfield|air ?base|oil terminal|arsenal|warehouse)\b|інфраструктур\p{L}*|будин\p{L}*|підприєм\p{L}*|НПЗ|завод\p{L}*|енергетич\p{L}*|инфраструктур\p{L}*|жил\p{L}* дом\p{L}*|энергетич\p{L}*|(?:нафто|нефте)(?:баз|термінал|терминал|переробн|перерабатыв|сховищ|хранилищ)\p{L}*|(?:електро|электро)?(?:підстанці|подстанци|станці|станци)\p{L}*|(?:аеродром|аэродром|авіабаз|авиабаз|арсенал|термінал|терминал)\p{L}*|(?:склад|бази|базу|базы)(?:\p{L}{0,3}) (?:боє|бое|паливно|горюч|пальн|ракет|дрон|безпілотн|беспилотн|військ|военн)\p{L}*|(?:ТЕЦ|ТЭЦ|ГЕС|ГЭС|ТЕС|ТЭС|АЕС|АЭС)(?![\p{L}])|(?<![\p{L}])(?:порт(?:у|и|ів|ов|а|ом|і|е)?|(?<!(?:у|в|во|особов\p{L}*|личн\p{L}*)\s)склад(?:у|и|ів|ов|ам|ах)?|об['’ʼ]єкт\p{L}*|объект\p{L}*|(?:нафто|нефте)провод\p{L}*|нафтопровід|резервуар\p{L}*)(?![\p{L}])/iu)
const WEAPONS = String.raw`(?:FPV-)?(?:drones?|UAVs?|missiles?|rockets?|shaheds?|glide bombs?|дрон\p{L}*|БпЛА|БПЛА|безпілотник\p{L}*|беспилотник\p{L}*|ракет\p{L}*|шахед\p{L}*|КАБ\p{L}*|авіабомб\p{L}*|авиабомб\p{L}*)`
// A weapon named anywhere in an attack's own words: "атаки дронов", "удар FPV-дрона".
const WEAPON_WORD = new RegExp(String.raw`(?<![\p{L}])${WEAPONS}(?![\p{L}])`, 'iu')
const STRIKE_LEAD = /^(?:(?:and|but|while|і|та|й|а|и|но)\s+)?(?:a|an|another|one more|a second|a separate|ще один|ещё один|еще один|другий|второй|окремий|отдельный)\s+(?:[\p{L}-]+\s+){0,2}?(?:strikes?|attacks?|raids?|удар\p{L}*|атак\p{L}*)(?![\p{L}])/iu
// "and another gouged a crater", "a second slammed into", "the other hit the school": a pronoun for one more munition, then its verb.
const ANOTHER_MUNITION_LEAD = /^(?:(?:and|but|while|then)\s+)?(?:another(?:\s+one)?|a\s+second|a\s+third|the\s+other|the\s+second|the\s+third|the\s+last|one\s+more|yet\s+another|the\s+rest|others)\s+(?!(?:was|were|is|are|had|has|have|of|\p{N}|one|two|three|four|five|six|seven|eight|nine|ten|people|residents|civilians|soldiers|person|man|woman|child|children)\b)(?:(?:also|then|later|again|just)\s+)?\p{Ll}+(?:ed|ck|ew|ore|uck|it|ell|ove|ent)(?![\p{L}])/u
/** A second reported statement: "… and that …". */
const AND_THAT = /(?<![\p{L}])and\s+that\s/iu
/** A fire told as a strike's result ("caught fire", "went up in flames", "a blaze had broken out"): en.ts FIRE_RESULT's words. */
const FIRE_WORDS = /(?:caught|catch\p{L}*) fire|up in flames|into flames|engulfed in|set (?:on fire|ablaze|alight)|ablaze|on fire|in flames|burn(?:ed|t) down|gutted by fire|(?:fires?|blazes?) (?:\p{L}+ )?(?:broke|broken|erupted|started|raged|flared)/iu
/** The cause's lead right before a side: "after ", "when ", "following a ", "during the ", "in a ". */
const CAUSE_LEAD = endsWithMatch(/(?<![\p{L}])(?:after|when|as|following|during|amid|in|by|from)\s+(?:(?:a|an|the|an overnight|a night-time|a massive|a fresh|another)\s+)?$/iu)

function isFireResult(trigger: PhraseMatch<TriggerData>, lang: Document['lang']): boolean {
  return lang === 'en' && trigger.data.incidental && trigger.data.voice === 'passive' && FIRE_WORDS.test(trigger.text)
}

/** The side of a fire's cause named after it ("… caught fire after Ukrainian drones struck"), for a fire told as a strike. */
function fireCauseSide(text: string, trigger: PhraseMatch<TriggerData>, clause: Span, sides: readonly PhraseMatch<SideData>[], speaker: Speaker): Side | null {
  if (!isFireResult(trigger, 'en')) return null
  for (const m of sides) {
    if (m.span[0] < trigger.span[1] || m.span[0] >= clause[1] || !m.data.strong) continue
    if (!CAUSE_LEAD(text.slice(Math.max(trigger.span[1], m.span[0] - 30), m.span[0]))) return null
    const side = m.data.side
    if (side === 'RU' || side === 'UA') return side
    return defaultSide(side === 'own' ? 'own' : 'enemy', speaker)
  }
  return null
}

/** A fronted time after the conjunction ("and on Monday morning ", "and later that night ", "but overnight, "): kept, the conjunction, in $1. */
const FRONTED_TIME = /^((?:(?:and|but|while|then)\s+)?)(?:(?:on|at|in|during|by|early|late|later|earlier|shortly|hours|minutes|overnight|that|the same|this|last)(?:\s+[\p{L}\p{N}'’-]+){0,4}?,?\s+)(?=(?:a|an|the|another|one|two|three|four|five|\p{N}+|Russian|Ukrainian|enemy)\s)/iu
const PRISONERS = /prisoner|captive|POWs?\b|полон|плен/iu
// "…, and", "і", "та", "и", "а также" right before the second verb (with its subject or an adverb between).
const AND_BEFORE = endsWithMatch(/(?<![\p{L}])(?:and|і|й|та|и|а також|а также)\s+(?:[\p{L}-]+\s+){0,2}$/iu)
// "а також", "а также", "and also", "as well as" right before the second verb: an addition, not a detail of the first.
const ALSO_BEFORE = endsWithMatch(/(?<![\p{L}])(?:а також|а також і|а также|а также и|і також|и также|and also|as well as)\s+(?:[\p{L}-]+\s+){0,1}$/iu)
// A figure before a weapon, an adjective or two between: "129 керованих авіабомб", "5212 дронів-камікадзе", "300 attack drones".
const COUNTED_WEAPON = /(?<![\p{L}\p{N}])\p{N}[\p{N}  ]*\s+(?:[\p{L}-]+\s+){0,2}(?:(?:FPV-)?(?:drones?|UAVs?|missiles?|rockets?|shaheds?|bombs?|дрон\p{L}*|БпЛА|БПЛА|безпілотник\p{L}*|беспилотник\p{L}*|ракет\p{L}*|шахед\p{L}*|КАБ\p{L}*|авіабомб\p{L}*|авиабомб\p{L}*|бомб\p{L}*|снаряд\p{L}*))(?![\p{L}])/iu
// A name after the event word (a capital followed by small letters, not an acronym such as "КАБ"): the target or its town.
const NAMED_TARGET = /(?<=[\p{L}\p{N},]\s+(?:\p{L}+\s+){0,5})\p{Lu}\p{Ll}{2,}/u
const WEAPON_LEAD = new RegExp(String.raw`^(?:(?:and|but|while|і|та|й|а|и|но)\s+)?(?:(?:a|an|the|another|one|two|three|four|five|several|Russian|Ukrainian|enemy|hostile|\p{N}+|[\p{L}]+-type|ballistic|cruise|guided|glide|aerial|attack|kamikaze|FPV|FPV-|artillery|mortar|tank|ще|ещё|один|одна|одне|одно|ворож\p{L}*|російськ\p{L}*|українськ\p{L}*|ударн\p{L}*|керован\p{L}*|артилерійськ\p{L}*|вражеск\p{L}*|российск\p{L}*|украинск\p{L}*|управляем\p{L}*|артиллерийск\p{L}*)\s+){0,3}?(?:${WEAPONS}|shells?|bombs?|projectiles?|снаряд\p{L}*|бомб\p{L}*|мін(?:а|и)|мин(?:а|ы))\s+(?:(?!(?:was|were|is|are)\b)[a-z]|\p{L}+(?:в|л|ла|ли|ло|ся|сь|є|ють|ет|ют|ит|ят)(?![\p{L}]))`, 'iu')
const WEAPON_SUBJECT = new RegExp(String.raw`${WEAPONS}\s+(?:(?:also|again|reportedly|have|has|had|also|також|знову|также|снова)\s+)*$`, 'iu')
const WEAPON_AFTER = new RegExp(String.raw`^\s+(?:[\p{L}\p{N}.'’ʼ-]+\s+){0,4}?${WEAPONS}(?![\p{L}])`, 'iu')
const SETTLEMENT_COUNT = /[\p{N}]\s+(?:settlements|villages|towns|cities|hamlets|населен\p{L}* пункт\p{L}*|населённ\p{L}* пункт\p{L}*|сіл|сел(?:а|о|ений|ения)|міст|город\p{L}*)(?![\p{L}])/iu
const SETTLEMENT_OBJECT = /^\s*[\p{N}]+\s+(?:settlements|villages|towns|cities|населен\p{L}* пункт\p{L}*|населённ\p{L}* пункт\p{L}*|населенн\p{L}* пункт\p{L}*|сіл|сел\p{L}*|міст)/iu
const ENGAGEMENT = /^(?:(?:fierce |heavy |intense |ongoing |street )?(?:fighting|battles?|combat)|(?:бойов\p{L}* )?зіткнен\p{L}*|бо(?:ї|їв|ях|ями|ю|єм|и|ев)|боестолкновени\p{L}*|столкновени\p{L}*)$/iu
// Tolls told in words with an everyday sense ("died in hospital", "perished", "was hospitalised",
// "needed treatment", "the toll rose to", "the body of … was recovered"; not "were hurt", which a toll line alone says):
// unlike "killed" or "wounded" they vouch for no war, so their sentence or the ones around it must
// name a weapon, a force or fighting; a place named is no sign of war for them ("a swimmer's body was
// recovered from the river in Kyiv").
/** After "died": a place near which, or the war's country or region in which (a soldier's death at the front, 105). */
// (Not an old age or an illness told after it: "died near Lviv at the age of 92".)
const DIED_AT_FRONT = /^\s+(?:(?:near|outside|close to|not far from|on the outskirts of|in the (?:direction|area|vicinity) of)\s+(?:the\s+)?\p{Lu}|in\s+(?:Ukraine|the Donbas{1,2}|Donbas{1,2})(?![\p{L}]))(?![^,;.]*\b(?:at the age of|aged|of (?:natural causes|old age|illness|cancer|covid|a heart attack|a stroke)|after (?:a long |an )?illness)\b)/u
const SOFT_TOLL = /^(?:died|dies|perish|hospitali|(?:was|were|been|being|are|is|got|get)\s(?!(?:\p{L}+\s)?hurt)|did\s|didn|failed|would|could|couldn|need|requir|receiv|sought|seek|asked|given|medics|doctors|paramedics|surgeons|left|leav|in\s|into\s|death toll|toll|bod|remains|recovered|retrieved|found|pulled|dug|brought|claim|took|tak|cost)/iu
// Damage, then the attack that did it: "was badly damaged in the Russian attack", "were destroyed during an overnight attack".
const DAMAGED_IN_BEFORE = endsWithMatch(/(?<![\p{L}])(?:damaged|destroyed|wrecked|gutted|flattened|hit|struck|knocked out|set on fire|set ablaze|burned|burnt|in ruins)\s+(?:[\p{L}-]+\s+){0,3}?(?:in|by|during|after|amid)\s+(?:the|a|an|an?\s+overnight|another|that|this|Russia['’]s|Ukraine['’]s)?\s*(?:[\p{L}'’-]+\s+){0,2}$/iu)
const ANAPHORIC_ATTACK = /^(?:the|this|that|the latest|today['’]s|ця|цей|эта|этот)\s+(?:attack|strike|атака|удар)/iu

/**
 * An area figure turns a capture or advance into an area change; civilians leaving is an evacuation;
 * an "attack" on a city or infrastructure, or "the attack" after a strike, is a strike.
 */
function refineKind(text: string, kind: ClaimKind, quantities: readonly FoundQuantity[], sides: readonly PhraseMatch<SideData>[], clause: Span, previousKind: ClaimKind | null, trigger?: Span, repels = false): ClaimKind {
  // "tried to enter Zakitne but were pushed back", "пытались контратаковать, но были отброшены": the attack repelled.
  if (repels && previousKind === 'assault') return 'repelled'
  if ((kind === 'capture' || kind === 'advance' || kind === 'withdrawal') && quantities.some((q) => q.unit === 'km2')) return 'area-change'
  // "Ukraine's territorial losses reached 400 km²", "230 км² із цих втрат": losses measured in area are ground.
  if (kind === 'casualties' && quantities.some((q) => q.unit === 'km2') && !quantities.some((q) => q.unit === 'people' || q.unit === 'soldiers')) return 'area-change'
  if (kind === 'withdrawal' && quantities.some((q) => q.unit === 'people') && !sides.some((s) => s.data.strong && within(s.span, clause))) return 'evacuation'
  // A flag raised on a building, street or part of a town claims ground in it, not the town (gold convention 20).
  if (kind === 'capture' && trigger && isFlagOnPart(text, trigger, clause[1])) return 'advance'
  if (kind === 'assault' && trigger) {
    // What was attacked: the words right after the event word ("attacked 15 settlements",
    // "атакували … підприємство"), or "the attack" just after a strike.
    const after = text.slice(trigger[1], Math.min(clause[1], trigger[1] + 45))
    // Drones or missiles as the attackers ("Ukrainian drones attacked") or the weapon ("атакував 810
    // ударними БпЛА"): an air strike, not a ground assault.
    const before = text.slice(Math.max(clause[0], trigger[0] - 30), trigger[0])
    if (WEAPON_SUBJECT.test(before) || WEAPON_AFTER.test(after)) return 'strike'
    // "fighting in the residential blocks" is ground combat there (gold convention 9), not a strike on them.
    if (ENGAGEMENT.test(text.slice(trigger[0], trigger[1]))) return kind
    if (CIVIL_TARGET.test(after) || SETTLEMENT_OBJECT.test(after) || (previousKind === 'strike' && ANAPHORIC_ATTACK.test(text.slice(clause[0], clause[1])))) return 'strike'
    // "a power plant was badly damaged in the Russian attack", "two houses were destroyed during the
    // overnight attack": the attack is named as what damaged its target, a strike.
    if (DAMAGED_IN_BEFORE(text.slice(Math.max(clause[0], trigger[0] - 80), trigger[0]))) return 'strike'
  }
  return kind
}

/** A figure right before its gain verb, with nothing but auxiliaries and adverbs between ("300 soldiers have infiltrated"). */
function isSubjectSize(text: string, figure: Span, trigger: Span): boolean {
  return figure[1] <= trigger[0] && SUBJECT_GAP.test(text.slice(figure[1], trigger[0]))
}
const SUBJECT_GAP = /^\s*(?:(?:have|had|has|were|was|are|is|been|reportedly|also|already|now|then|later|eventually|briefly|at one point)\s+)*$/iu

// "More than 30 people lost APU in battles": the Russian order, the count before the losing force's verb.
const FORCE_LOSS_AFTER = /^\s+(?:were\s+)?lost(?![\p{L}])/iu
const FORCE_LOSS_BEFORE = /(?<![\p{L}])(?:lost|lose|loses|losing|losses|loss)(?![\p{L}])/iu

function pickQuantity(
  text: string,
  kind: ClaimKind,
  found: readonly FoundQuantity[],
  trigger: Span,
  sides: readonly PhraseMatch<SideData>[],
  clause: Span,
  period: Claim['time'] | null,
): Quantity | null {
  for (const unit of QUANTITY_PREFERENCE[kind]) {
    // "an estimated 200–300 Russian soldiers occupied parts of the city": a force's size before its gain
    // is the advance's figure (gold: "around 300 Russian soldiers have infiltrated"); soldiers after it
    // ("advanced, losing 40 soldiers") are a toll of their own, and so is the size of those a relative
    // clause's gain describes ("Some 40 infantrymen who slipped into the depot have been killed").
    const candidates = found.filter((q) => q.unit === unit && !(kind === 'advance' && unit === 'soldiers' && !isSubjectSize(text, q.span, trigger)))
    if (candidates.length === 0) continue
    const q = candidates.sort((a, b) => distance(a.span, trigger) - distance(b.span, trigger))[0]!
    // "1 253 000 осіб" in a losses report counts soldiers, not civilians.
    // "Ukrainian Armed Forces lost more than 40 people in battles with …", "Losses of the AFU amounted to
    // 170 people": a force's losses counted in people are its soldiers.
    const militaryCount = (kind === 'casualties' || kind === 'encirclement') && q.unit === 'people' && (/осіб|особи|человек|persons/iu.test(q.text) || (/\bpeople$/iu.test(q.text) && (FORCE_LOSS_BEFORE.test(text.slice(clause[0], q.span[0])) || FORCE_LOSS_AFTER.test(text.slice(q.span[1], q.span[1] + 14))))) && sides.some((s) => within(s.span, clause) && (s.data.side === 'enemy' || s.data.strong))
    return {
      value: q.value,
      unit: militaryCount ? 'soldiers' : q.unit,
      text: q.text,
      ...(q.of ? { of: q.of } : {}),
      ...(period && period.basis !== 'publication' ? { period: { start: period.start, end: period.end } } : {}),
    }
  }
  return null
}

// A relative pronoun as the subject right before an active event word ("who slipped into", "які
// просочилися", "которые проникли"), with at most an auxiliary or adverb between.
const RELATIVE_SUBJECT = gated(/(?<![\p{L}])(?:who|that|which|які|який|яка|яке|котор(?:ые|ый|ая|ое))\s+(?:(?:had|have|has|were|was|had been|also|earlier|recently|вже|уже|раніше|ранее|також|также|нещодавно|недавно)\s+)*$/iu)

/**
 * The side of the noun a relative clause hangs on: a side word right before the relative pronoun,
 * or before its head noun ("the Russian infiltrators who …", "російських диверсантів, які …").
 */
function relativeClauseSide(text: string, trigger: PhraseMatch<TriggerData>, clause: Span, markers: readonly PhraseMatch<SideData>[], speaker: Speaker): Side | null {
  if (trigger.data.voice !== 'active' || trigger.data.subject === 'victim') return null
  const from = Math.max(0, clause[0] - 60, trigger.span[0] - 80)
  const before = text.slice(from, trigger.span[0])
  const m = RELATIVE_SUBJECT.exec(before)
  if (!m) return null
  const pronounAt = from + m.index
  // The side word and at most one noun after it ("Russian infiltrators who"), so that a main
  // clause's subject ("ВСУ уничтожили группу, которая …") is not taken for it.
  const head = markers.filter((x) => x.span[1] <= pronounAt && /^\s*(?:[\p{L}'’-]+)?\s*,?\s*$/u.test(text.slice(x.span[1], pronounAt))).at(-1)
  if (!head) return null
  const s = head.data.side
  if (s === 'RU' || s === 'UA') return s
  return defaultSide(s === 'own' ? 'own' : 'enemy', speaker)
}

function defaultSide(kind: TriggerData['defaultSide'], speaker: Speaker): Side | null {
  const own = speaker.side === 'RU' || speaker.side === 'UA' ? speaker.side : null
  if (!own) return null
  if (kind === 'own') return own
  if (kind === 'enemy') return opposite(own)
  return null
}

const TARGET_THEN_PASSIVE = /^(?!(?:had|has|have|was|were|is|are|been|being|be|would|will|could|may|might|must|should)\s)\p{L}[^]*\s(?:was|were|been|being)\s+(?:(?:completely|fully|totally|also|reportedly|successfully)\s+)?\p{L}+(?:ed|en|wn)$/iu
// A wire agency's slug before a headline ("UPDATE 2-", "WRAPUP 1-", "EXCLUSIVE-", "RPT-", "WRAP:"): a
// label of the item's version, in capitals, not its first words (its speaker, its subject). Labels of
// the item's genre ("FACTBOX-", "ANALYSIS-") stay: restated-headlines.ts reads them with the topic line.
const WIRE_SLUG = /^(?:(?:UPDATE|WRAPUP|WRAP|REFILE|RPT|CORRECTED|EXCLUSIVE|URGENT|BREAKING)(?: \d{1,2})?\s*[-:]\s*)+(?=[\p{Lu}\p{N}"“‘'])/u

/** The sentences, each starting after a wire slug that opens it. */
function withoutWireSlugs(text: string, sentences: SentenceSpan[]): SentenceSpan[] {
  // (Pushed one by one, like splitSentences' own list: `.map`'s array is of another shape, and an
  // English document after others threw away the compiled extract.)
  const out: SentenceSpan[] = []
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!
    const slug = text.charCodeAt(s.span[0]) >= 65 && text.charCodeAt(s.span[0]) <= 90 ? WIRE_SLUG.exec(text.slice(s.span[0], s.span[0] + 48)) : null
    out.push(slug && s.span[0] + slug[0].length < s.span[1] ? { ...s, span: [s.span[0] + slug[0].length, s.span[1]] } : s)
  }
  return out
}

/** Passive by grammar: "were repelled", "had been halted"; Ukrainian/Russian participles ("відбито", "отражены"). */
function isPassive(text: string, trigger: PhraseMatch<TriggerData>, lang: Document['lang']): boolean {
  if (trigger.data.voice !== 'active') return false
  // "were forced to withdraw": the subject did it.
  if (/\sto\s/.test(trigger.text)) return false
  if (lang === 'en') {
    // Only a participle after "was/were/been" is passive ("had been trying to surround" is not), or
    // one used as an adjective after a determiner ("in the besieged high-rises").
    // "depot near Stepanovka was destroyed": event words that open with their patient end on the passive.
    if (TARGET_THEN_PASSIVE.test(trigger.text)) return true
    const first = firstWord(trigger.text).toLowerCase()
    if (!/(?:ed|en|wn)$|^(?:hit|shot|cut|held|struck|lost|left|put|beat|caught|fought|overrun|won)$/.test(first)) return false
    const before = text.slice(Math.max(0, trigger.span[0] - 40), trigger.span[0])
    if (EN_PASSIVE_BEFORE(before) || (trigger.text === first && ADJECTIVE_BEFORE(before) && /^\s+\p{L}/u.test(text.slice(trigger.span[1], trigger.span[1] + 3)))) return true
    // "152,142 Russian servicemen killed in Ukraine": a participle right after the people it happened to.
    // ("Another group of Ukrainian military destroyed in the X district", "Russian paratroopers eliminated near Y".)
    if (trigger.text === first && (/^(?:killed|wounded|injured|captured|taken)$/.test(first) || (/^(?:destroyed|eliminated|liquidated|neutrali[sz]ed)$/.test(first) && PLACE_OR_END_AFTER.test(text.slice(trigger.span[1], trigger.span[1] + 12)))) && PEOPLE_BEFORE(before) && !OBJECT_AFTER.test(text.slice(trigger.span[1], trigger.span[1] + 12))) return true
    // "Up to 90 military units of the Armed Forces of Ukraine destroyed in the X direction", "40
    // soldiers of the AFU eliminated near Y": a headline's figure of a force's people, then the
    // participle with no auxiliary, is a passive whose subject is the victims.
    const firstEnd = trigger.span[0] + first.length
    return /^(?:destroyed|eliminated|liquidated|neutrali[sz]ed)$/.test(first) && FORCE_PEOPLE_OF_BEFORE.test(text.slice(Math.max(0, trigger.span[0] - 90), trigger.span[0])) && !OBJECT_AFTER.test(text.slice(firstEnd, firstEnd + 12))
  }
  const first = firstWord(trigger.text).toLowerCase()
  return first.length > 4 && (UK_PASSIVE.test(first) || RU_PASSIVE.test(first))
}

/** The text up to its first space. */
function firstWord(text: string): string {
  const m = /\s/.exec(text)
  return m ? text.slice(0, m.index) : text
}

/** A stable id from the document, the span and the kind (64-bit FNV-1a; ids need not be secret). */
function claimId(documentId: string, span: Span, kind: ClaimKind): string {
  // The hash of `${documentId}|${span[0]}|${span[1]}|${kind}`: the document's part is hashed once
  // per document (a document's claims are numbered one after another).
  if (idPrefix.documentId !== documentId) idPrefix = { documentId, ...fnv(`${documentId}|`, 0x811c9dc5, 0x01000193) }
  const { h1, h2 } = fnv(`${span[0]}|${span[1]}|${kind}`, idPrefix.h1, idPrefix.h2)
  return `clm-${hex8(h1)}${hex8(h2)}`
}

let idPrefix: { readonly documentId: string | null; readonly h1: number; readonly h2: number } = { documentId: null, h1: 0, h2: 0 }

function fnv(key: string, h1: number, h2: number): { h1: number; h2: number } {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 0x01000193)
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15)
  }
  return { h1, h2 }
}

const HEX_BYTE = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'))

/** A 32-bit value as 8 lower-case hex digits. */
function hex8(h: number): string {
  return HEX_BYTE[(h >>> 24) & 0xff]! + HEX_BYTE[(h >>> 16) & 0xff]! + HEX_BYTE[(h >>> 8) & 0xff]! + HEX_BYTE[h & 0xff]!
}

/** The text of `span` without the parts `items` cover. */
function outside(text: string, span: Span, items: readonly { span: Span }[]): string {
  return subtract(span, items.map((i) => i.span)).map(([a, b]) => text.slice(a, b)).join(' ')
}

function subtract(span: Span, cuts: readonly Span[]): Span[] {
  let parts: Span[] = [span]
  for (const cut of cuts) {
    parts = parts.flatMap(([s, e]): Span[] => {
      if (cut[1] <= s || cut[0] >= e) return [[s, e]]
      const out: Span[] = []
      if (cut[0] > s) out.push([s, cut[0]])
      if (cut[1] < e) out.push([cut[1], e])
      return out
    })
  }
  return parts.filter(([s, e]) => e > s)
}

function trimSpan(text: string, span: Span): Span {
  let [s, e] = span
  while (s < e && isEdgeChar(text.charCodeAt(s))) s++
  while (e > s && isEdgeChar(text.charCodeAt(e - 1))) e--
  return [s, e]
}

function overlaps(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1]
}

function within(inner: Span, outer: Span): boolean {
  return inner[0] >= outer[0] && inner[1] <= outer[1]
}

function distance(a: Span, b: Span): number {
  return a[0] >= b[1] ? a[0] - b[1] : b[0] >= a[1] ? b[0] - a[1] : 0
}

export type { ModalityCue }

/** A check's verdict that evidence does not bear a claim out: "is not evidence that", "does not show that". */
function lowerFirst(phrase: string): string {
  return phrase.charAt(0).toLowerCase() + phrase.slice(1)
}

/** An analyst or expert named by the word alone, or with a surname ("аналітик", "військовий експерт Жданов", "политолог"). */
const BARE_ANALYST = /^(?:(?:військов|военн|політичн|политическ|незалежн|независим)\p{L}*\s+)?(?:аналітик|аналитик|експерт|эксперт|оглядач|обозревател|політолог|политолог)\p{L}*(?:\s+(?:проєкту|проекту|групи|группы|центру|центра|спільноти|сообщества))?(?:\s+\p{Lu}[\p{L}'’ʼ-]+){0,2}$/u

const NOT_EVIDENCE = gated(/(?<![\p{L}])(?:(?:is|are|was|were)\s+(?:not|n['’]t|no)\s+(?:\p{L}+\s+)?(?:evidence|proof)|(?:does|do|did)\s*(?:not|n['’]t)\s+(?:show|prove|mean|indicate|demonstrate|establish))\s+(?:that\s+)?[^.;!?]{0,60}$/iu)

/** A holding told as new: "now in Russian hands", "now controlled all of", "declared X under its control". */
const NOW_HELD = /(?<![\p{L}])now\s+(?:(?:firmly|fully|entirely|completely|wholly)\s+)?(?:in\s+(?:\p{L}+\s+)?hands|under\s+(?:\p{L}+\s+){0,2}control|in\s+(?:full\s+|complete\s+)?control|(?:fully\s+)?(?:controls?|controlled|holds?|held))(?![\p{L}])/iu
/** "The ministry declared X under its control", "proclaimed the village under Russian control": the declarer's own act. */
const DECLARED_HELD = /(?<![\p{L}])(?:declar|proclaim|pronounc)\p{L}*\s+[^.;!?]{1,60}?\s+(?:under\s+(?:\p{L}+\s+){0,3}control|in\s+(?:\p{L}+\s+)?hands)(?![\p{L}])/iu
/** A holding that lasts, or a share of the place: no taking told. */
const HELD_PART = /(?<![\p{L}])(?:still|remains?|remained|continues?|most|much|part|parts|half|thirds?|quarters?|fifths?|tenths?|bulk|swathes?|some|majority|sections?|territory|country|districts?|neighbou?rhoods?|outskirts|edge|fringes?|centre|center|blocks?|streets?|per\s?cent|percent|share|positions?)(?![\p{L}])|\p{N}|%/iu

/**
 * A place said to be in the speaker's own hands as news: "was now under its control", "is now fully in
 * their hands", or in reported speech's past ("said Siversk was in its hands"). The present with "our"
 * and no "now" ("Kupiansk is under our control, the brigade said") is a holding, and so is anything held
 * since a time, still or until.
 */
const OWN_HELD = /(?<![\p{L}])(?:(?:is|are|was|were)\s+(?:now|finally)\s+(?:(?:wholly|fully|entirely|completely)\s+)?(?:in\s+(?:its|their|our)\s+(?:own\s+)?hands|under\s+(?:its|their|our)\s+(?:(?:full|complete|total)\s+)?control)|(?:was|were)\s+(?:(?:wholly|fully|entirely|completely)\s+)?(?:in\s+(?:its|their)\s+(?:own\s+)?hands|under\s+(?:its|their)\s+(?:(?:full|complete|total)\s+)?control))(?![\p{L}])(?!\s+(?:since|for|throughout|all\s+along|as\s+before|ever|until|till)(?![\p{L}]))/iu

/** Whether a control claim is a side's statement that a whole settlement is in its own hands (see the caller). */
function isOwnHoldingAnnounced(text: string, claim: Claim, outletName: string | null): boolean {
  if (claim.kind !== 'control' || (claim.speaker.side !== 'RU' && claim.speaker.side !== 'UA') || claim.speaker.name === outletName) return false
  if (claim.actorSide !== null && claim.actorSide !== claim.speaker.side) return false
  const clause = text.slice(claim.span[0], claim.span[1])
  const held = OWN_HELD.exec(clause)
  if (!held) return false
  const tail = /^[^,;—–(]{0,60}/u.exec(clause.slice(held.index + held[0].length))![0]
  return !HELD_PART.test(clause.slice(0, held.index + held[0].length) + tail)
}

/** A capture claimed by the other side in the two sentences before: a holding then is its answer (convention 19). */
function answersOtherSidesCapture(built: readonly Built[], claim: Claim, si: number): boolean {
  for (let j = built.length - 1; j >= 0 && built[j]!.sentenceIndex >= si - 2; j--) {
    const c = built[j]!.claim
    if ((c.kind === 'capture' || c.kind === 'encirclement') && c.speaker.side !== claim.speaker.side) return true
  }
  return false
}

/** Whether a control claim is a side's announcement that a whole settlement is now its own (see above). */
function isAnnouncedHolding(text: string, claim: Claim, outletName: string | null): boolean {
  if (claim.kind !== 'control') return false
  const clause = text.slice(claim.span[0], claim.span[1])
  const held = DECLARED_HELD.exec(clause) ?? NOW_HELD.exec(clause)
  if (!held) return false
  // The holding's own words, up to the place after it: an aside after a comma ("Huliaipole, a town of
  // 13,000 people") describes the place, not a share of it.
  const tail = /^[^,;—–(]{0,60}/u.exec(clause.slice(held.index + held[0].length))![0]
  if (HELD_PART.test(clause.slice(0, held.index + held[0].length) + tail)) return false
  if (held[0] !== NOW_HELD.exec(clause)?.[0]) return true
  return claim.actorSide !== null && claim.speaker.side === claim.actorSide && claim.speaker.name !== outletName
}

/** Whether the character at `at` is an upper-case letter (a name's first letter). */
function isCapitalised(text: string, at: number): boolean {
  const c = text[at] ?? ''
  return c !== c.toLowerCase() && c === c.toUpperCase()
}
