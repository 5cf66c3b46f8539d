import type { Claim, Side } from '../domain/index.js'

/** What a capture, withdrawal or control claim says about a place's side of the line. */
export interface StatusExpectation {
  /** The side of the line the claim puts the place on. */
  readonly side: 'occupied' | 'free'
  /**
   * `event`: the claim reports a change (a capture, a withdrawal), so the map must show the change
   * near the claim's time. `state`: the claim describes a standing situation (control, or a denial /
   * "not yet" of a capture), so the map must show that side at the claim's time.
   */
  readonly type: 'event' | 'state'
  /** Denied or premature: the claim says the change has not happened. */
  readonly negated: boolean
  readonly actor: Side
  /**
   * Where the actor came from: the claim; or, when the claim names none, the speaker's own side
   * (`speaker`: "we took X"), or for a denial the other side (`speaker-opponent`: a Ukrainian
   * speaker calling the capture of X premature is talking about a Russian capture).
   */
  readonly actorBasis: 'claim' | 'speaker' | 'speaker-opponent'
  /** The claim in words, for reasons: "Russian forces captured Pokrovsk". */
  readonly says: (placeName: string) => string
}

const FORCES: Record<Side, string> = { RU: 'Russian forces', UA: 'Ukrainian forces' }

export type ExpectationResult = { readonly ok: true; readonly value: StatusExpectation } | { readonly ok: false; readonly reason: string }

/**
 * The side a place must be on for a capture / withdrawal / control claim to hold. A capture by
 * Russian forces, a Ukrainian withdrawal and Russian control put the place in the occupied area;
 * the Ukrainian counterparts put it outside. A denied or premature claim ("the capture of X remains
 * premature") says the opposite side, as a state at the claim's time.
 */
export function statusExpectation(claim: Pick<Claim, 'kind' | 'actorSide' | 'speaker' | 'modality'>): ExpectationResult {
  const kind = claim.kind
  if (kind !== 'capture' && kind !== 'withdrawal' && kind !== 'control') return { ok: false, reason: `a ${kind} claim does not state a side of the line` }
  const negated = claim.modality === 'denied' || claim.modality === 'premature'
  let actor: Side | null = claim.actorSide === 'RU' || claim.actorSide === 'UA' ? claim.actorSide : null
  let actorBasis: StatusExpectation['actorBasis'] = 'claim'
  if (actor === null && kind !== 'withdrawal') {
    const side = claim.speaker?.side
    if (side === 'RU' || side === 'UA') {
      // Sides claim their own captures and deny the enemy's: "the capture of Kupiansk remains
      // premature", said by Ukraine's General Staff, is about a Russian capture.
      actor = negated ? (side === 'RU' ? 'UA' : 'RU') : side
      actorBasis = negated ? 'speaker-opponent' : 'speaker'
    }
  }
  if (actor === null) {
    return { ok: false, reason: `the claim does not say whose forces ${kind === 'withdrawal' ? 'withdrew' : kind === 'capture' ? 'captured the place' : 'hold the place'}, so the map cannot be read for or against it` }
  }
  const russianSide = (kind === 'withdrawal') === (actor === 'UA')
  const claimedSide: 'occupied' | 'free' = russianSide ? 'occupied' : 'free'
  const side = negated ? (claimedSide === 'occupied' ? 'free' : 'occupied') : claimedSide
  const type: StatusExpectation['type'] = negated || kind === 'control' ? 'state' : 'event'
  const forces = FORCES[actor]
  const verb = kind === 'capture' ? 'captured' : kind === 'withdrawal' ? 'withdrew from' : 'control'
  const says = (place: string): string => {
    if (!negated) return `${forces} ${verb} ${place}`
    if (kind === 'control') return `${forces} do not control ${place}`
    return kind === 'capture' ? `${forces} have not captured ${place}` : `${forces} have not withdrawn from ${place}`
  }
  return { ok: true, value: { side, type, negated, actor, actorBasis, says } }
}
