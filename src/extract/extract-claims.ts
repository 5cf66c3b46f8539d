import { createHash } from 'node:crypto'
import type { Claim, ClaimKind, Document, Issue, Outcome, Quantity, Side, Span, Speaker } from '../domain/index.js'
import { findDateExpressions, splitSentences, type DateExpression, type SentenceSpan } from '../text/index.js'
import {
  canonicalVia,
  closesQuote,
  dashNameLine,
  findAttributions,
  opensQuote,
  resolveOutlet,
  resolveSpeakerPhrase,
  SpeakerContext,
  type AttributionFrame,
  type SentenceAttribution,
} from './attribution/index.js'
import { findQuantities, type FoundQuantity } from './find-quantities.js'
import { lexiconFor, tokenize, type ModalityCue, type PhraseMatch, type SideData, type TriggerData } from './lexicon/index.js'
import { opposite, resolveActorSide } from './resolve-actor-side.js'
import { resolveClaimTime } from './resolve-claim-time.js'
import { negates, resolveModality } from './resolve-modality.js'
import { splitClauses } from './split-clauses.js'

/** What extraction needs of a document. */
export type ExtractableDocument = Pick<Document, 'id' | 'text' | 'lang' | 'publishedAt' | 'outlet'>

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
}

export interface ExtractedClaims {
  readonly claims: readonly Claim[]
  /** One per claim, in the same order. */
  readonly anchors: readonly ClaimAnchor[]
}

interface Draft {
  kind: ClaimKind
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
  advance: ['km', 'km2'],
  withdrawal: ['km', 'km2'],
  capture: ['other', 'km2'],
  control: ['percent', 'km2', 'other'],
  casualties: ['soldiers', 'people', 'other'],
  evacuation: ['people', 'other'],
  assault: ['other'],
  repelled: ['other'],
  strike: ['other'],
  encirclement: ['soldiers', 'other'],
  other: ['soldiers', 'people', 'other'],
}

const ANAPHOR_START = /^(?:they|it|he|she|this|that|these|those|the (?:attack|strike|assault|offensive|enemy|group|unit|units|troops|forces)|вони|він|вона|воно|це|они|он|она|оно|это)\b/iu
const EN_PASSIVE_BEFORE = /\b(?:was|were|is|are|been|being|be|get|got|gets|getting)\s+(?:(?:reportedly|already|also|now|fully|completely|finally|not|successfully|partially|largely|effectively|allegedly|still)\s+)*$/iu
const UK_PASSIVE = /(?:ено|єно|ано|яно|ито|ято|ений|ена|ене|ені|аний|ана|ане|ані|итий|ита|ите|иті)$/u
const RU_PASSIVE = /(?:ен|ён|ена|ено|ены|ан|ана|ано|аны|ян|яна|яно|яны|ит|ита|ито|иты|ят|ята|ято|яты)$/u
const ADJECTIVAL_OCCUPIED = /(?:\b(?:the|in|of|from|on|into|across|to|at|and|or|temporarily|newly|still|illegally|other|all|its|their|Russian|Russia['’]s)\s+|^|[,(]\s*)$/iu

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

function extract(document: ExtractableDocument): ExtractedClaims {
  const { text, lang } = document
  const lexicon = lexiconFor(lang)
  const tokens = tokenize(text)
  const triggers = lexicon.triggers.match(text, tokens)
  const sides = lexicon.sides.match(text, tokens)
  const cues = lexicon.cues.match(text, tokens)
  const dates = findDateExpressions(text)
  const quantities = findQuantities(text, lang !== 'en')
  const sentences = splitSentences(text)
  const speakers = new SpeakerContext()
  const outletSpeaker = resolveOutlet(document.outlet)
  if (outletSpeaker.name) speakers.remember({ speaker: outletSpeaker, type: 'org', words: outletSpeaker.name.toLowerCase().split(/\s+/) })

  const inherited = quoteSpeakers(text, sentences, lang)
  const built: Built[] = []
  let floor: { paragraph: number; modality: Claim['modality'] | null } | null = null
  let lastActor: Side | null = null
  let lastStrikeActor: { side: Side; sentence: number } | null = null

  const cursor = { t: 0, s: 0, c: 0, d: 0, q: 0 }
  for (let si = 0; si < sentences.length; si++) {
    const sentence = sentences[si]!
    const [ss, se] = sentence.span
    const sTriggers = takeWithin(triggers, cursor, 't', ss, se)
    const sSides = takeWithin(sides, cursor, 's', ss, se)
    const sCues = takeWithin(cues, cursor, 'c', ss, se)
    const sDates = takeWithin(dates, cursor, 'd', ss, se)
    const sQuantities = takeWithin(quantities, cursor, 'q', ss, se)
    if (floor && floor.paragraph !== sentence.paragraph) floor = null
    if (dashNameLine(text.slice(ss, se))) continue

    const attribution = findAttributions({ text: text.slice(ss, se), offset: ss, lang }, sDates, (a, b) => sTriggers.some((t) => t.span[0] >= a && t.span[1] <= b))
    if (attribution.heading) floor = { paragraph: sentence.paragraph, modality: attribution.heading.floor }
    const main = attribution.main ?? inherited.get(si) ?? null
    const speaker = speakerOf(main, attribution, speakers, outletSpeaker)
    const excluded = attribution.excluded
    const contentDates = sDates.filter((d) => !excluded.some((x) => overlaps(x, d.span)))
    const statementDate = main ? (sDates.find((d) => within(d.span, main.span)) ?? null) : null

    // Event words in the content, minus those a purpose or threat phrase cancels ("to avoid encirclement").
    const eventWords = sTriggers.filter((t) => {
      if (excluded.some((x) => overlaps(x, t.span))) return false
      if (sDates.some((d) => overlaps(d.span, t.span))) return false // "the fall of 2024" is a date
      if (t.data.capitalAfter && !/^\s+\p{Lu}/u.test(text.slice(t.span[1], t.span[1] + 3))) return false
      if (lang === 'en' && /^occupied$/i.test(t.text) && ADJECTIVAL_OCCUPIED.test(text.slice(Math.max(ss, t.span[0] - 25), t.span[0]))) return false
      return !sCues.some((c) => c.data === 'suppress' && c.span[1] <= t.span[0] && negates(text, c.span, t.span))
    })

    const content = subtract([ss, se], excluded)
    const clauses = content.flatMap((c) => splitClauses(text, c, lang))
    const drafts = draftClaims(eventWords, clauses)
    mergeSameKind(drafts, sSides)

    const sentenceBuilt: Built[] = []
    let previousActor: Side | null = null
    for (const draft of drafts) {
      const primary = draft.triggers[0]!
      const clauseQuantities = sQuantities.filter((q) => within(q.span, draft.clause))
      const kind = refineKind(draft.kind, clauseQuantities, sSides, draft.clause)
      let actorSide: Side | null = null
      for (const t of draft.triggers) {
        actorSide = resolveActorSide({ text, trigger: t, passive: isPassive(text, t, lang), clause: draft.clause, markers: sSides, speakerSide: speaker.side, lang })
        if (actorSide) break
      }
      actorSide ??= previousActor
      if (!actorSide && kind === 'casualties' && lastStrikeActor && lastStrikeActor.sentence >= si - 1) actorSide = lastStrikeActor.side
      if (!actorSide && ANAPHOR_START.test(text.slice(draft.clause[0], draft.clause[1]))) actorSide = lastActor
      if (!actorSide) actorSide = defaultSide(primary.data.defaultSide, speaker)

      const scopeCues = sCues.filter((c) => within(c.span, draft.clause) || (main && within(c.span, main.span)) || attribution.comments.some((f) => within(c.span, f.span)))
      const modality = resolveModality({
        cues: scopeCues,
        triggers: draft.triggers.map((t) => t.span),
        text,
        stance: main?.stance ?? null,
        floor: floor?.modality ?? null,
      })
      const { time, expression } = resolveClaimTime({
        text,
        publishedAt: document.publishedAt,
        clause: draft.clause,
        trigger: primary.span,
        sentence: [ss, se],
        contentDates,
        statementDate,
        earlierDates: dates.filter((d) => d.span[1] <= ss),
        expected: modality === 'expected',
      })
      const quantity = pickQuantity(kind, clauseQuantities, primary.span, sSides, draft.clause, expression && within(expression.span, draft.clause) ? time : null)
      const claim: Claim = {
        id: claimId(document.id, draft.clause, kind),
        documentId: document.id,
        kind,
        actorSide,
        speaker,
        places: [],
        time,
        quantity,
        modality,
        span: draft.clause,
        sentence: text.slice(ss, se),
      }
      const b: Built = { claim, anchor: { claimId: claim.id, clause: draft.clause, sentence: [ss, se], excluded, siblings: [] }, sentenceIndex: si }
      sentenceBuilt.push(b)
      if (actorSide) previousActor = actorSide
      if (kind === 'strike' && actorSide) lastStrikeActor = { side: actorSide, sentence: si }
    }

    // Statements about an earlier claim: repeat it with this speaker's stance.
    for (const counter of attribution.counters) {
      const inSentence = counter.span[0] > ss + 2 ? sentenceBuilt.filter((b) => b.claim.span[1] <= counter.span[0]).at(-1) : undefined
      const referent = inSentence ?? built.at(-1)
      if (!referent || !counter.speaker) continue
      const counterSpeaker = resolveSpeakerPhrase(counter.speaker, speakers)?.speaker ?? { name: counter.speaker, side: 'unknown' as const, via: null }
      const counterDate = sDates.find((d) => within(d.span, counter.span))
      const time = counterDate
        ? resolveClaimTime({ text, publishedAt: document.publishedAt, clause: counter.span, trigger: counter.span, sentence: [ss, se], contentDates: [counterDate], statementDate: null, earlierDates: [], expected: false }).time
        : inSentence
          ? inSentence.claim.time
          : { start: document.publishedAt, end: document.publishedAt, basis: 'publication' as const }
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

    const clausesOfSentence = sentenceBuilt.map((b) => b.anchor.clause)
    for (const b of sentenceBuilt) {
      built.push({ ...b, anchor: { ...b.anchor, siblings: clausesOfSentence.filter((c) => c !== b.anchor.clause) } })
    }
    const lastWithSide = sentenceBuilt.filter((b) => b.claim.actorSide).at(-1)
    if (lastWithSide) lastActor = lastWithSide.claim.actorSide
  }
  return { claims: built.map((b) => b.claim), anchors: built.map((b) => b.anchor) }
}

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

function speakerOf(main: AttributionFrame | null, attribution: SentenceAttribution, speakers: SpeakerContext, outlet: Speaker): Speaker {
  if (!main?.speaker) return outlet
  const resolved = resolveSpeakerPhrase(main.speaker, speakers, main.via ? canonicalVia(main.via) : null, main.basedOn ? canonicalVia(main.basedOn) : null)
  if (!resolved) return outlet
  const relay = attribution.relay?.speaker ? resolveSpeakerPhrase(attribution.relay.speaker, new SpeakerContext())?.speaker.name ?? null : null
  return relay ? { ...resolved.speaker, reportedBy: relay } : resolved.speaker
}

/** Quotes over several sentences take the speaker named where they close, or on a "– Name" line after. */
function quoteSpeakers(text: string, sentences: readonly SentenceSpan[], lang: Document['lang']): Map<number, AttributionFrame> {
  const out = new Map<number, AttributionFrame>()
  for (let i = 0; i < sentences.length; i++) {
    const s = text.slice(sentences[i]!.span[0], sentences[i]!.span[1])
    const name = dashNameLine(s)
    if (name && i > 0) {
      const frame: AttributionFrame = { detector: 'quote', span: sentences[i]!.span, speaker: name, stance: 'neutral', via: null, basedOn: null, reportedBy: null }
      for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
        out.set(k, frame)
        if (opensQuote(text.slice(sentences[k]!.span[0], sentences[k]!.span[1]))) break
      }
      continue
    }
    if (!opensQuote(s)) continue
    for (let j = i + 1; j < sentences.length && j <= i + 6; j++) {
      const t = text.slice(sentences[j]!.span[0], sentences[j]!.span[1])
      if (!closesQuote(t)) continue
      const attribution = findAttributions({ text: t, offset: sentences[j]!.span[0], lang }, [], () => false)
      if (attribution.main) for (let k = i; k < j; k++) out.set(k, attribution.main)
      break
    }
  }
  return out
}

/** One draft per event kind per clause; clauses without an event word join the previous one. */
function draftClaims(eventWords: readonly PhraseMatch<TriggerData>[], clauses: readonly Span[]): Draft[] {
  const perClause: { clause: Span; words: PhraseMatch<TriggerData>[] }[] = clauses.map((clause) => ({ clause, words: [] }))
  for (const w of eventWords) {
    const c = perClause.find((p) => w.span[0] >= p.clause[0] && w.span[0] < p.clause[1])
    if (c) c.words.push(w)
  }
  // A noun an event verb governs ("repelled 14 attacks") is not a claim of its own.
  for (const p of perClause) if (p.words.some((w) => !w.data.weak)) p.words = p.words.filter((w) => !w.data.weak)
  // Clauses without an event word extend the neighbouring claim's clause (its places and times).
  const merged: { clause: Span; words: PhraseMatch<TriggerData>[] }[] = []
  let pending: Span | null = null
  for (const p of perClause) {
    if (p.words.length === 0) {
      const last = merged.at(-1)
      if (last) last.clause = [last.clause[0], p.clause[1]]
      else pending = pending ? [pending[0], p.clause[1]] : p.clause
      continue
    }
    merged.push({ clause: pending ? [pending[0], p.clause[1]] : p.clause, words: p.words })
    pending = null
  }
  const drafts: Draft[] = []
  for (const m of merged) {
    const byKind = new Map<ClaimKind, PhraseMatch<TriggerData>[]>()
    for (const w of m.words) byKind.set(w.data.kind, [...(byKind.get(w.data.kind) ?? []), w])
    for (const [kind, words] of byKind) drafts.push({ kind, triggers: words, clause: m.clause })
  }
  return drafts
}

/** "killed two people and wounded 11": consecutive clauses of one kind with no new subject are one claim. */
function mergeSameKind(drafts: Draft[], sides: readonly PhraseMatch<SideData>[]): void {
  for (let i = drafts.length - 1; i > 0; i--) {
    const a = drafts[i - 1]!
    const b = drafts[i]!
    if (a.kind !== b.kind || a.clause === b.clause) continue
    const ownSubject = sides.some((s) => s.data.strong && s.span[0] >= b.clause[0] && s.span[1] <= b.triggers[0]!.span[0])
    if (ownSubject) continue
    a.clause = [Math.min(a.clause[0], b.clause[0]), Math.max(a.clause[1], b.clause[1])]
    a.triggers.push(...b.triggers)
    drafts.splice(i, 1)
  }
}

/** An area figure turns a capture or advance into an area change; civilians leaving is an evacuation. */
function refineKind(kind: ClaimKind, quantities: readonly FoundQuantity[], sides: readonly PhraseMatch<SideData>[], clause: Span): ClaimKind {
  if ((kind === 'capture' || kind === 'advance' || kind === 'withdrawal') && quantities.some((q) => q.unit === 'km2')) return 'area-change'
  if (kind === 'withdrawal' && quantities.some((q) => q.unit === 'people') && !sides.some((s) => s.data.strong && within(s.span, clause))) return 'evacuation'
  return kind
}

function pickQuantity(
  kind: ClaimKind,
  found: readonly FoundQuantity[],
  trigger: Span,
  sides: readonly PhraseMatch<SideData>[],
  clause: Span,
  period: Claim['time'] | null,
): Quantity | null {
  for (const unit of QUANTITY_PREFERENCE[kind]) {
    const candidates = found.filter((q) => q.unit === unit)
    if (candidates.length === 0) continue
    const q = candidates.sort((a, b) => distance(a.span, trigger) - distance(b.span, trigger))[0]!
    // "1 253 000 осіб" in a losses report counts soldiers, not civilians.
    const militaryCount = kind === 'casualties' && q.unit === 'people' && /осіб|особи|человек|persons/iu.test(q.text) && sides.some((s) => within(s.span, clause) && (s.data.side === 'enemy' || s.data.strong))
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

function defaultSide(kind: TriggerData['defaultSide'], speaker: Speaker): Side | null {
  const own = speaker.side === 'RU' || speaker.side === 'UA' ? speaker.side : null
  if (!own) return null
  if (kind === 'own') return own
  if (kind === 'enemy') return opposite(own)
  return null
}

/** Passive by grammar: "were repelled", "had been halted"; Ukrainian/Russian participles ("відбито", "отражены"). */
function isPassive(text: string, trigger: PhraseMatch<TriggerData>, lang: Document['lang']): boolean {
  if (trigger.data.voice !== 'active') return false
  if (lang === 'en') return EN_PASSIVE_BEFORE.test(text.slice(Math.max(0, trigger.span[0] - 40), trigger.span[0]))
  const first = trigger.text.split(/\s+/)[0]!.toLowerCase()
  return first.length > 4 && (UK_PASSIVE.test(first) || RU_PASSIVE.test(first))
}

function claimId(documentId: string, span: Span, kind: ClaimKind): string {
  return `clm-${createHash('sha256').update(`${documentId}|${span[0]}|${span[1]}|${kind}`).digest('hex').slice(0, 16)}`
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
  while (s < e && /[\s,.;:"“”«»]/.test(text[s]!)) s++
  while (e > s && /[\s,.;:"“”«»]/.test(text[e - 1]!)) e--
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
