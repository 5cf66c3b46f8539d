import type { VerdictStatus } from './verdict.js'

/** A speaker's or outlet's track record, computed from the verdicts of its claims. */
export interface SourceRecord {
  readonly key: string
  readonly kind: 'speaker' | 'outlet'
  readonly name: string
  readonly side: string
  readonly claims: number
  readonly confirmed: number
  readonly consistent: number
  readonly contradicted: number
  readonly pending: number
  readonly unverifiable: number
  readonly medianLagDays: number | null
  readonly p90LagDays: number | null
  /** Claim ids behind the numbers. */
  readonly claimIds: readonly string[]
  /** Claims not verified yet (no verdict stored). */
  readonly unchecked?: number
  /** The claim ids behind each count (`none`: not verified yet). */
  readonly claimIdsByStatus?: Readonly<Record<VerdictStatus | 'none', readonly string[]>>
  /** The confirmed claims whose lag entered the median and p90 (confirmed with a lag). */
  readonly lagClaimIds?: readonly string[]
}
