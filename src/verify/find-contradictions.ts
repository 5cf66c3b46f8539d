import { createHash } from 'node:crypto'
import type { Claim, Contradiction, Dispute, IsoDate, Place, Side } from '../domain/index.js'
import { statusExpectation } from './claim-expectation.js'
import { claimWindow } from './claim-window.js'
import { addDays, formatWindow, maxDate, minDate } from './dates.js'
import type { ClaimWindow } from './verify-context.js'

/** What a claim asserts, in a form two claims can be compared by. */
export type Stance =
  /** The place is (or came to be) on this side of the line. */
  | { readonly kind: 'side'; readonly side: 'occupied' | 'free' }
  /** This side advanced (or, when `advancing` is false, made no advance). */
  | { readonly kind: 'advance'; readonly actor: Side; readonly advancing: boolean }

/** A claim ready to be compared with others: who said it, when it is about, where, and what it says. */
export interface ComparableClaim {
  readonly claimId: string
  readonly documentId: string
  /** Normalised speaker identity (name, else the outlet it came through, else the document's outlet); null when unknown. */
  readonly speakerKey: string
  readonly speakerLabel: string
  readonly window: ClaimWindow
  readonly stance: Stance
  /** Settlements the claim is about; empty for claims about the front as a whole ("advances on all fronts"). */
  readonly places: readonly { readonly id: string; readonly name: string }[]
  /** The claim in words, for the contradiction's reason. */
  readonly says: string
}

/**
 * A claim as a `ComparableClaim`, or null when it cannot contradict another: no speaker or outlet to
 * tell its source apart, no date, a kind that takes no side (strikes, casualties, areas), or a forecast
 * (`expected`: "Moscow ordered Kupiansk taken by February" says what one side wants, not what holds, so
 * another speaker's "Ukrainian forces hold Kupiansk" does not contradict it).
 */
export function comparableClaim(
  claim: Claim,
  places: readonly Place[],
  document: { readonly id: string; readonly publishedAt: IsoDate | null; readonly outlet?: string | null },
): ComparableClaim | null {
  if (claim.modality === 'expected') return null
  // A known organisation by its one canonical name (Speaker.entity): written two ways, it is one speaker.
  const speakerLabel = claim.speaker?.entity ?? claim.speaker?.name ?? claim.speaker?.via ?? document.outlet ?? null
  if (!speakerLabel) return null
  const w = claimWindow(claim, document.publishedAt)
  if (!w.ok) return null
  const settlements = places.filter((p) => p.kind === 'settlement').map((p) => ({ id: p.id, name: p.name }))
  let stance: Stance
  let says: string
  if (claim.kind === 'advance') {
    const actor = claim.actorSide === 'RU' || claim.actorSide === 'UA' ? claim.actorSide : null
    if (!actor) return null
    const advancing = claim.modality !== 'denied' && claim.modality !== 'premature'
    stance = { kind: 'advance', actor, advancing }
    const where = settlements.length ? ` near ${settlements.map((p) => p.name).join(', ')}` : ''
    says = `${actor === 'RU' ? 'Russian' : 'Ukrainian'} forces ${advancing ? 'advanced' : 'made no real advance'}${where}`
  } else {
    const e = statusExpectation(claim)
    if (!e.ok || settlements.length === 0) return null
    stance = { kind: 'side', side: e.value.side }
    says = e.value.says(settlements.map((p) => p.name).join(', '))
  }
  return {
    claimId: claim.id,
    documentId: claim.documentId ?? document.id,
    speakerKey: speakerLabel.trim().toLowerCase().replace(/\s+/g, ' '),
    speakerLabel,
    window: w.window,
    stance,
    places: settlements,
    says,
  }
}

function isOpposite(a: Stance, b: Stance): boolean {
  if (a.kind === 'side' && b.kind === 'side') return a.side !== b.side
  if (a.kind === 'advance' && b.kind === 'advance') return a.actor === b.actor && a.advancing !== b.advancing
  return false
}

/** A stable id for the pair (detecting it again gives the same id). */
export function contradictionId(a: string, b: string): string {
  const [x, y] = a < b ? [a, b] : [b, a]
  return `ctr-${createHash('sha256').update(`${x}\u0000${y}`).digest('hex').slice(0, 20)}`
}

/** Opposite claims by different speakers about one place (or both about the whole front), within the slack. */
interface OppositePair {
  readonly a: ComparableClaim
  readonly b: ComparableClaim
  /** `p:<place id>` or `front`: the group the pair was found in (a claim naming two places is in two). */
  readonly key: string
}

/**
 * Every pair of claims by different speakers about the same place (or both about the front as a
 * whole) whose windows overlap, give or take `slackDays`, and that say opposite things, each pair
 * once (in the first place group that has it). Claims are grouped by place and sorted by start, so
 * the work grows with the claims per place and time, not with all pairs.
 */
function* oppositePairs(claims: readonly ComparableClaim[], slackDays: number): Generator<OppositePair> {
  const groups = new Map<string, ComparableClaim[]>()
  for (const c of claims) {
    for (const key of placeKeys(c)) {
      const list = groups.get(key)
      if (list) list.push(c)
      else groups.set(key, [c])
    }
  }
  const seen = new Set<string>()
  for (const [key, list] of groups) {
    list.sort((a, b) => (a.window.start < b.window.start ? -1 : a.window.start > b.window.start ? 1 : 0))
    for (let i = 0; i < list.length; i++) {
      const a = list[i] as ComparableClaim
      const reach = addDays(a.window.end, slackDays)
      for (let j = i + 1; j < list.length; j++) {
        const b = list[j] as ComparableClaim
        if (b.window.start > reach) break
        if (a.speakerKey === b.speakerKey || a.claimId === b.claimId) continue
        if (!isOpposite(a.stance, b.stance)) continue
        const pairKey = a.claimId < b.claimId ? `${a.claimId}\u0000${b.claimId}` : `${b.claimId}\u0000${a.claimId}`
        if (seen.has(pairKey)) continue
        seen.add(pairKey)
        yield { a, b, key }
      }
    }
  }
}

function placeKeys(c: ComparableClaim): string[] {
  return c.places.length ? c.places.map((p) => `p:${p.id}`) : c.stance.kind === 'advance' ? ['front'] : []
}

/** The pair as a `Contradiction` (claims in id order, the overlap of their windows, both in words). */
function toContradiction({ a, b, key }: OppositePair): Contradiction {
  const id = contradictionId(a.claimId, b.claimId)
  const [first, second] = a.claimId < b.claimId ? [a, b] : [b, a]
  const place = key === 'front' ? null : (first.places.find((p) => `p:${p.id}` === key) ?? null)
  const start = maxDate(a.window.start, b.window.start)
  const end = minDate(a.window.end, b.window.end)
  const window = start <= end ? { start, end } : { start: end, end: start }
  return {
    id,
    claimIds: [first.claimId, second.claimId],
    documentIds: [first.documentId, second.documentId],
    speakers: [first.speakerLabel, second.speakerLabel],
    placeId: place?.id ?? null,
    placeName: place?.name ?? null,
    window,
    reason: `${first.speakerLabel}: ${first.says} (${formatWindow(first.window)}); ${second.speakerLabel}: ${second.says} (${formatWindow(second.window)}).`,
  }
}

function byWindowThenId(x: Contradiction, y: Contradiction): number {
  return x.window.start < y.window.start ? -1 : x.window.start > y.window.start ? 1 : x.id < y.id ? -1 : 1
}

/**
 * Pairs of claims by different speakers about the same place (or both about the front as a whole)
 * whose windows overlap, give or take `slackDays`, and that say opposite things: one puts the place
 * on one side of the line and the other on the other, or one says a side advanced and the other
 * that it did not. With `involving`, only pairs with at least one of those claims are returned.
 * Claims are grouped by place, so the work grows with the claims per place, not with all pairs.
 */
export function findContradictions(claims: readonly ComparableClaim[], options: { readonly slackDays: number; readonly involving?: ReadonlySet<string> }): Contradiction[] {
  const out: Contradiction[] = []
  for (const pair of oppositePairs(claims, options.slackDays)) {
    if (options.involving && !options.involving.has(pair.a.claimId) && !options.involving.has(pair.b.claimId)) continue
    out.push(toContradiction(pair))
  }
  return out.sort(byWindowThenId)
}

/** A dispute over the whole batch: its figures, and every claim in it with its document. */
export type BatchDispute = Omit<Dispute, 'claimIds'> & { readonly members: readonly { readonly claimId: string; readonly documentId: string }[] }

/** Speakers listed per side of a dispute; the rest are counted. */
const SPEAKERS_LISTED = 10

/**
 * The contradictions between claims of different documents analysed together, bounded: every pair is
 * found (as `findContradictions` finds them), but only the pairs among the `perClaim` nearest in time
 * (window starts, then claim id) of either of their claims are returned as `Contradiction`s, so a
 * batch of many reports on one front lists a few links per claim, not one per pair (300 reports on
 * one front had 23,000 pairs). Every pair is counted in the dispute it belongs to (its place, or the
 * front, and its kind of stance), which says who says what on each side and how many pairs were left
 * out. Claims of one document are not paired here (verifying the document pairs them).
 */
export function linkAcrossDocuments(claims: readonly ComparableClaim[], options: { readonly slackDays: number; readonly perClaim: number }): { contradictions: Contradiction[]; disputes: BatchDispute[] } {
  const day = new Map<string, number>()
  for (const c of claims) if (!day.has(c.claimId)) day.set(c.claimId, Date.parse(c.window.start) / 86_400_000)
  const nearest = new Map<string, { days: number; other: string; pair: OppositePair }[]>()
  const offer = (self: ComparableClaim, other: ComparableClaim, pair: OppositePair): void => {
    const days = Math.abs(day.get(self.claimId)! - day.get(other.claimId)!)
    const better = (x: { days: number; other: string }) => days < x.days || (days === x.days && other.claimId < x.other)
    let list = nearest.get(self.claimId)
    if (!list) nearest.set(self.claimId, (list = []))
    if (list.length === options.perClaim && !better(list[list.length - 1]!)) return
    if (list.length === options.perClaim) list.pop()
    let at = list.length
    while (at > 0 && better(list[at - 1]!)) at--
    list.splice(at, 0, { days, other: other.claimId, pair })
  }
  interface Tally { readonly key: string; readonly placeId: string | null; readonly placeName: string | null; start: IsoDate; end: IsoDate; pairs: number; readonly members: Map<string, { claim: ComparableClaim; side: 0 | 1 }> }
  const tallies = new Map<string, Tally>()
  const pairsOf = new Map<OppositePair, Tally>()
  for (const pair of oppositePairs(claims, options.slackDays)) {
    if (pair.a.documentId === pair.b.documentId) continue
    offer(pair.a, pair.b, pair)
    offer(pair.b, pair.a, pair)
    const family = pair.a.stance.kind === 'side' ? 'side' : `advance:${pair.a.stance.actor}`
    const key = `${pair.key}|${family}`
    let tally = tallies.get(key)
    if (!tally) {
      const place = pair.key === 'front' ? null : (pair.a.places.find((p) => `p:${p.id}` === pair.key) ?? null)
      tallies.set(key, (tally = { key, placeId: place?.id ?? null, placeName: place?.name ?? null, start: pair.a.window.start, end: pair.a.window.end, pairs: 0, members: new Map() }))
    }
    tally.pairs++
    pairsOf.set(pair, tally)
    for (const c of [pair.a, pair.b]) {
      if (tally.members.has(c.claimId)) continue
      tally.members.set(c.claimId, { claim: c, side: stanceSide(c.stance) })
      if (c.window.start < tally.start) tally.start = c.window.start
      if (c.window.end > tally.end) tally.end = c.window.end
    }
  }
  const listed = new Set<OppositePair>()
  for (const list of nearest.values()) for (const n of list) listed.add(n.pair)
  const listedPerTally = new Map<Tally, number>()
  for (const pair of listed) {
    const t = pairsOf.get(pair)!
    listedPerTally.set(t, (listedPerTally.get(t) ?? 0) + 1)
  }
  const disputes: BatchDispute[] = [...tallies.values()].map((t) => {
    const members = [...t.members.values()]
    const side = (k: 0 | 1): Dispute['sides'][number] => {
      const on = members.filter((m) => m.side === k)
      const speakers = new Map<string, number>()
      for (const m of on) speakers.set(m.claim.speakerLabel, (speakers.get(m.claim.speakerLabel) ?? 0) + 1)
      const ranked = [...speakers].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
      return {
        says: disputeSays(t.key, t.placeName, k),
        claims: on.length,
        documents: new Set(on.map((m) => m.claim.documentId)).size,
        speakers: ranked.slice(0, SPEAKERS_LISTED).map(([name, n]) => ({ name, claims: n })),
        otherSpeakers: Math.max(0, ranked.length - SPEAKERS_LISTED),
      }
    }
    return {
      id: `dsp-${createHash('sha256').update(t.key).digest('hex').slice(0, 20)}`,
      placeId: t.placeId,
      placeName: t.placeName,
      window: { start: t.start, end: t.end },
      sides: [side(0), side(1)],
      pairs: t.pairs,
      listedPairs: listedPerTally.get(t) ?? 0,
      members: members.map((m) => ({ claimId: m.claim.claimId, documentId: m.claim.documentId })),
    }
  })
  return { contradictions: [...listed].map(toContradiction).sort(byWindowThenId), disputes }
}

/** Side 0 of a dispute: the place occupied, or the side advancing; side 1 the opposite. */
function stanceSide(stance: Stance): 0 | 1 {
  return stance.kind === 'side' ? (stance.side === 'occupied' ? 0 : 1) : stance.advancing ? 0 : 1
}

function disputeSays(key: string, placeName: string | null, side: 0 | 1): string {
  const family = key.slice(key.lastIndexOf('|') + 1)
  if (family === 'side') return `${placeName ?? 'the place'} is ${side === 0 ? 'occupied (under Russian control)' : 'not occupied (under Ukrainian control)'}`
  const forces = family === 'advance:RU' ? 'Russian forces' : 'Ukrainian forces'
  return `${forces} ${side === 0 ? 'advanced' : 'made no real advance'}${placeName ? ` near ${placeName}` : ''}`
}
