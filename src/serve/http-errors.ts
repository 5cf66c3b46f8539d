// The one place where an error becomes an HTTP status (STYLE.md §4): by class, never by message text.
import { InputError, NotFoundError, UpstreamError } from '../domain/index.js'

/** A write request without a valid token. */
export class UnauthorizedError extends Error {
  override readonly name = 'UnauthorizedError'
}

/** A request body larger than the configured limit. */
export class PayloadTooLargeError extends Error {
  override readonly name = 'PayloadTooLargeError'
}

/** A route exists but this server was started without the part that answers it (e.g. no control data). */
export class UnavailableError extends Error {
  override readonly name = 'UnavailableError'
}

/** The one JSON error shape every failing request answers with. */
export interface ErrorBody {
  readonly ok: false
  /** One line saying what went wrong. */
  readonly error: string
  /** Each problem, naming the field, the value and what was expected. */
  readonly errors: readonly string[]
  readonly status: number
}

export function statusOf(error: unknown): number {
  if (error instanceof InputError) return 400
  if (error instanceof UnauthorizedError) return 401
  if (error instanceof NotFoundError) return 404
  if (error instanceof PayloadTooLargeError) return 413
  if (error instanceof UpstreamError) return 502
  if (error instanceof UnavailableError) return 503
  return 500
}

/** The body for an error; a 500 says only that it was internal (the details go to the server log). */
export function errorBody(error: unknown): ErrorBody {
  const status = statusOf(error)
  if (status === 500) return { ok: false, error: 'internal error', errors: ['internal error'], status }
  const message = error instanceof Error ? error.message : String(error)
  const errors = error instanceof InputError ? error.errors : [message]
  return { ok: false, error: message, errors, status }
}
