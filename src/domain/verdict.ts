import type { IsoDate } from './primitives.js'

export type VerdictStatus = 'confirmed' | 'consistent' | 'contradicted' | 'pending' | 'unverifiable'

/** A claim checked against the control-map history. Always carries a reason and the snapshots used. */
export interface Verdict {
  readonly status: VerdictStatus
  /** A sentence a person can read: what the map shows and why that decides it. */
  readonly reason: string
  /** Map date minus claim date, in days; negative when the map showed it first. */
  readonly lagDays: number | null
  /** The snapshot dates the verdict rests on. */
  readonly snapshots: readonly IsoDate[]
}
