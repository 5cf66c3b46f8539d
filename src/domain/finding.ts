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
}
