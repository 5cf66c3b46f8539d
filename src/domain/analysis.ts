import type { Claim } from './claim.js'
import type { Contradiction, Dispute } from './contradiction.js'
import type { Finding } from './finding.js'
import type { Issue } from './issue.js'
import type { IsoDate, Lang } from './primitives.js'
import type { Place } from './place.js'

/** The `frontline analyze --json` contract (../shared/DESIGN.md): one per input document. */
export interface Analysis {
  readonly document: {
    readonly id: string
    readonly title: string | null
    readonly publishedAt: IsoDate | null
    readonly publishedAtBasis: 'metadata' | 'dateline' | 'content' | 'none'
    readonly lang: Lang
    readonly text: string
    readonly [extra: string]: unknown
  }
  readonly places: readonly Place[]
  /**
   * The place the report as a whole is about, as an index into `places` (null when it names none): the
   * finest place it names, one a claim names among equals; for a record with a location line, that line's
   * (src/pipeline/report-place.ts). What a reader comparing an event dataset's coded point would take.
   */
  readonly reportPlace?: number | null
  readonly claims: readonly Claim[]
  readonly findings: readonly Finding[]
  /** Claims of this document that another speaker contradicts (present once verification has run). */
  readonly contradictions?: readonly Contradiction[]
  /** Opposite claims across the documents analysed together, grouped by place and stance (present when there are some). */
  readonly disputes?: readonly Dispute[]
  /** Problems met on the way (kept, never dropped). */
  readonly issues?: readonly Issue[]
}
