import type { Severity, Span } from './primitives.js'

/**
 * An expected problem met while processing input (bad file, unknown field, ambiguous value).
 * Stages return issues as values beside their result and never throw for them (STYLE.md §4).
 * `message` names the file or field, the value and what was expected.
 */
export interface Issue {
  readonly code: string
  readonly severity: Severity
  readonly message: string
  /** The file, URL or record the problem came from. */
  readonly sourceId?: string
  readonly span?: Span
  /** The offending input (or a short excerpt of it), kept so nothing the user gave is lost. */
  readonly input?: unknown
}

/** What every stage returns. */
export interface Outcome<T> {
  readonly value: T
  readonly issues: readonly Issue[]
}
