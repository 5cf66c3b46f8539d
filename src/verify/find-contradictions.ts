import { createHash } from 'node:crypto'
import type { Claim, Contradiction, IsoDate, Place, Side } from '../domain/index.js'
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
 * tell its source apart, no date, or a kind that takes no side (strikes, casualties, areas).
 */
export function comparableClaim(
  claim: Claim,
  places: readonly Place[],
  document: { readonly id: string; readonly publishedAt: IsoDate | null; readonly outlet?: string | null },
): ComparableClaim | null {
  const speakerLabel = claim.speaker?.name ?? claim.speaker?.via ?? document.outlet ?? null
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

/**
 * Pairs of claims by different speakers about the same place (or both about the front as a whole)
 * whose windows overlap, give or take `slackDays`, and that say opposite things: one puts the place
 * on one side of the line and the other on the other, or one says a side advanced and the other
 * that it did not. With `involving`, only pairs with at least one of those claims are returned.
 * Claims are grouped by place, so the work grows with the claims per place, not with all pairs.
 */
export function findContradictions(claims: readonly ComparableClaim[], options: { readonly slackDays: number; readonly involving?: ReadonlySet<string> }): Contradiction[] {
  const groups = new Map<string, ComparableClaim[]>()
  for (const c of claims) {
    const keys = c.places.length ? c.places.map((p) => `p:${p.id}`) : c.stance.kind === 'advance' ? ['front'] : []
    for (const key of keys) {
      const list = groups.get(key)
      if (list) list.push(c)
      else groups.set(key, [c])
    }
  }
  const out = new Map<string, Contradiction>()
  for (const [key, list] of groups) {
    list.sort((a, b) => (a.window.start < b.window.start ? -1 : a.window.start > b.window.start ? 1 : 0))
    for (let i = 0; i < list.length; i++) {
      const a = list[i] as ComparableClaim
      const reach = addDays(a.window.end, options.slackDays)
      for (let j = i + 1; j < list.length; j++) {
        const b = list[j] as ComparableClaim
        if (b.window.start > reach) break
        if (a.speakerKey === b.speakerKey || a.claimId === b.claimId) continue
        if (options.involving && !options.involving.has(a.claimId) && !options.involving.has(b.claimId)) continue
        if (!isOpposite(a.stance, b.stance)) continue
        const id = contradictionId(a.claimId, b.claimId)
        if (out.has(id)) continue
        const [first, second] = a.claimId < b.claimId ? [a, b] : [b, a]
        const place = key === 'front' ? null : (first.places.find((p) => `p:${p.id}` === key) ?? null)
        const start = maxDate(a.window.start, b.window.start)
        const end = minDate(a.window.end, b.window.end)
        const window = start <= end ? { start, end } : { start: end, end: start }
        out.set(id, {
          id,
          claimIds: [first.claimId, second.claimId],
          documentIds: [first.documentId, second.documentId],
          speakers: [first.speakerLabel, second.speakerLabel],
          placeId: place?.id ?? null,
          placeName: place?.name ?? null,
          window,
          reason: `${first.speakerLabel}: ${first.says} (${formatWindow(first.window)}); ${second.speakerLabel}: ${second.says} (${formatWindow(second.window)}).`,
        })
      }
    }
  }
  return [...out.values()].sort((x, y) => (x.window.start < y.window.start ? -1 : x.window.start > y.window.start ? 1 : x.id < y.id ? -1 : 1))
}
