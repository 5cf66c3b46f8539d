import type { ClaimView } from './api.js'

/**
 * Whose forces the claim is about, and when the side was inferred rather than read from the claim's words
 * (`actorSideBasis`: a strike told without its attacker, given the side that does not hold the ground hit),
 * what it was inferred from: "by RU (side from held ground: map of 2025-06-01)".
 */
export function actorLine(claim: ClaimView): string {
  const side = claim.actorSide ? `by ${claim.actorSide}` : 'side not stated'
  const basis = claim.actorSideBasis
  if (!basis) return side
  const snapshots = basis.places.map((p) => p.snapshotDate).filter((d): d is string => d !== null).sort()
  const source = [basis.places.some((p) => p.basis === 'control') ? `map of ${snapshots.at(-1) ?? basis.on ?? '?'}` : '', basis.places.some((p) => p.basis === 'first-snapshot') ? `Ukrainian side of the map's first snapshot (${snapshots[0] ?? '?'})` : '', basis.places.some((p) => p.basis === 'lists') ? 'lists of who held which town' : '']
    .filter(Boolean)
    .join(', ')
  return `${side} (side from held ground: ${source})`
}
