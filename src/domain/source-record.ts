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
}
