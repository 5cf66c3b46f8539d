import type { ParamSpecs, ParamValues } from './params.js'
import type { ServeDeps } from './deps.js'

/** What a response carries, for OpenAPI and docs/api.md. */
export interface ResponseDoc {
  readonly description: string
  /** Defaults to application/json. */
  readonly contentType?: string
  /** A short example body (documentation only). */
  readonly example?: unknown
}

export interface RequestBodyDoc {
  readonly description: string
  readonly contentTypes: readonly string[]
  /** The request size limit for this route, bytes (larger bodies get 413). */
  readonly maxBytes: number
}

export interface HandlerInput<Q extends ParamSpecs, P extends ParamSpecs> {
  readonly query: ParamValues<Q>
  readonly params: ParamValues<P>
  readonly request: Request
  readonly deps: ServeDeps
  /** Every route of the app (for the OpenAPI route). */
  readonly routes: readonly Route[]
  /** The request body, read at most once and limited to the route's `requestBody.maxBytes` (413 past it). */
  readBody(): Promise<Uint8Array>
  /** The warnings so far (unknown parameters included). */
  warnings(): readonly string[]
  /** Add a warning (e.g. a truncated list): it is returned beside the data, never silently. */
  warn(message: string): void
}

/**
 * A handler returns the payload (an object merged into `{ ok: true, warnings, ... }`), or a ready
 * Response for bodies that are not that envelope (pre-serialised GeoJSON, the OpenAPI document).
 */
export type Handler<Q extends ParamSpecs, P extends ParamSpecs> = (
  input: HandlerInput<Q, P>,
) => Promise<Readonly<Record<string, unknown>> | Response> | Readonly<Record<string, unknown>> | Response

/**
 * One API route. The app registers every route from the table (routes/index.ts), and the OpenAPI
 * description and docs/api.md are generated from the same table, so they cannot drift apart.
 */
export interface Route<Q extends ParamSpecs = ParamSpecs, P extends ParamSpecs = ParamSpecs> {
  readonly method: 'GET' | 'POST'
  /** OpenAPI form: `/api/places/{id}`. */
  readonly path: string
  readonly operationId: string
  readonly tag: string
  readonly summary: string
  readonly description: string
  readonly query: Q
  readonly params: P
  /** Writes need the token from config (Authorization: Bearer ...). */
  readonly write?: boolean
  readonly requestBody?: RequestBodyDoc
  readonly response: ResponseDoc
  /** Error statuses this route can answer with besides 400 and 500. */
  readonly errors?: readonly number[]
  readonly handle: Handler<Q, P>
}

/** Keeps each route's parameter types while the table holds them side by side. */
export function defineRoute<Q extends ParamSpecs, P extends ParamSpecs>(route: Route<Q, P>): Route {
  return route as unknown as Route
}

/** `/api/places/{id}` → `/api/places/:id` (hono's form). */
export function honoPath(openApiPath: string): string {
  return openApiPath.replace(/\{([A-Za-z0-9_]+)\}/g, ':$1')
}
