// The one runtime file in domain/: error classes every layer throws and `serve/http-errors.ts` and
// `cli/main.ts` map by class (STYLE.md §4), never by message text.

/** The caller gave a bad value (a parameter, a file, a date). Maps to HTTP 400 / CLI exit 2. */
export class InputError extends Error {
  override readonly name = 'InputError'
  /** Each problem, naming the field, the value and what was expected. */
  readonly errors: readonly string[]
  constructor(message: string, errors: readonly string[] = [message]) {
    super(message)
    this.errors = errors
  }
}

/** What was asked for does not exist (a place, a document, a date outside the data). HTTP 404 / exit 3. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError'
}

/** Something outside us failed (a feed, a database server). HTTP 502 / exit 4. */
export class UpstreamError extends Error {
  override readonly name = 'UpstreamError'
}
