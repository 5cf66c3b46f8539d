import type { Claim, SourceRecord, VerdictStatus } from '../domain/index.js'

/** One claim as the ledger sees it: the claim (with its verdict) and the outlet of its document. */
export interface LedgerEntry {
  readonly claim: Claim
  /** The publishing outlet of the document the claim came from, when known. */
  readonly documentOutlet: string | null
}

const STATUSES: readonly (VerdictStatus | 'none')[] = ['confirmed', 'consistent', 'contradicted', 'pending', 'unverifiable', 'none']

interface Tally {
  kind: 'speaker' | 'outlet'
  key: string
  name: string
  sides: Map<string, number>
  ids: Record<VerdictStatus | 'none', string[]>
  lags: { lag: number; id: string }[]
}

/**
 * Track records per speaker and per outlet from the verdicts of their claims. A claim counts for
 * its speaker (when named) and for the outlet it came through (`speaker.via`, else the document's
 * outlet). Duplicates (claims with `duplicateOf`) count once, under the first copy. The lag
 * statistics are over confirmed claims with a lag: the median, and the 90th percentile by the
 * nearest-rank method (the slow tail: how late the map usually caught up, or how early it was).
 * Every number lists the claim ids behind it.
 */
export function buildSourceLedger(entries: readonly LedgerEntry[]): SourceRecord[] {
  const tallies = new Map<string, Tally>()
  const tally = (kind: Tally['kind'], name: string): Tally => {
    const clean = name.replace(/\s+/g, ' ').trim()
    const key = `${kind}:${clean.toLowerCase()}`
    let t = tallies.get(key)
    if (!t) {
      t = { kind, key, name: clean, sides: new Map(), ids: { confirmed: [], consistent: [], contradicted: [], pending: [], unverifiable: [], none: [] }, lags: [] }
      tallies.set(key, t)
    }
    return t
  }
  for (const { claim, documentOutlet } of entries) {
    if (claim.duplicateOf) continue
    const owners: Tally[] = []
    // One organisation written two ways ("Kyiv's General Staff", "Ukraine's General Staff") is one source.
    const speakerName = claim.speaker?.entity?.trim() || claim.speaker?.name?.trim()
    if (speakerName) owners.push(tally('speaker', speakerName))
    const outlet = claim.speaker?.via?.trim() || documentOutlet?.trim()
    if (outlet) owners.push(tally('outlet', outlet))
    const status = claim.verdict?.status ?? 'none'
    for (const t of owners) {
      t.ids[status].push(claim.id)
      const side = claim.speaker?.side ?? 'unknown'
      t.sides.set(side, (t.sides.get(side) ?? 0) + 1)
      if (status === 'confirmed' && typeof claim.verdict?.lagDays === 'number') t.lags.push({ lag: claim.verdict.lagDays, id: claim.id })
    }
  }
  const records = [...tallies.values()].map((t): SourceRecord => {
    const lags = t.lags.map((l) => l.lag).sort((a, b) => a - b)
    const claimIds = STATUSES.flatMap((s) => t.ids[s])
    return {
      key: t.key,
      kind: t.kind,
      name: t.name,
      side: majority(t.sides),
      claims: claimIds.length,
      confirmed: t.ids.confirmed.length,
      consistent: t.ids.consistent.length,
      contradicted: t.ids.contradicted.length,
      pending: t.ids.pending.length,
      unverifiable: t.ids.unverifiable.length,
      unchecked: t.ids.none.length,
      medianLagDays: median(lags),
      p90LagDays: nearestRank(lags, 0.9),
      claimIds,
      claimIdsByStatus: t.ids,
      lagClaimIds: t.lags.map((l) => l.id),
    }
  })
  return records.sort((a, b) => b.claims - a.claims || (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'speaker' ? -1 : 1))
}

function majority(sides: Map<string, number>): string {
  let best = 'unknown'
  let n = 0
  for (const [side, count] of sides) if (count > n) [best, n] = [side, count]
  return best
}

/** The median of sorted numbers (mean of the middle two for an even count), or null. */
export function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null
  const mid = sorted.length >> 1
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

/** The q-quantile of sorted numbers by the nearest-rank method (a value that occurs), or null. */
export function nearestRank(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length))) - 1] as number
}
