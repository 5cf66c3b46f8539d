import type { Severity, Span } from './primitives.js'

export type FindingCode =
  | 'dateline-mismatch'
  | 'place-region-mismatch'
  | 'place-confusion'
  | 'stale-event'
  | 'numeric-mismatch'
  | 'boilerplate-removed'
  | 'contradiction'

/** A document-level observation: a reporting error found, or a cleaning step the user should know of. */
export interface Finding {
  readonly code: FindingCode
  readonly severity: Severity
  readonly message: string
  readonly span: readonly [number, number] | null
  readonly suggestion: string | null
  /** The stage that produced it (`ingest`, `extract`, `verify`): re-running a stage replaces only its own findings. */
  readonly stage?: string
  /** The claim the finding is about, when it is about one. */
  readonly claimId?: string | null
  /** Other claims involved (the other side of a contradiction). */
  readonly relatedClaimIds?: readonly string[]
}
