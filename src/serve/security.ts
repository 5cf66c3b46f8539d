import type { MiddlewareHandler } from 'hono'

/**
 * The Content-Security-Policy for the page and the API. Everything comes from this origin: no remote
 * tiles, fonts, glyphs or scripts; no inline scripts (so text from a hostile source that slipped into
 * the DOM as markup still could not run); no style attributes in markup; MapLibre's worker is a file
 * of ours (set explicitly in the UI); `blob:`/`data:` images are what MapLibre decodes into.
 */
export const contentSecurityPolicy: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'worker-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
}

/** CSP plus the usual hardening headers (nosniff, no referrer leak, no framing), computed once. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': Object.entries(contentSecurityPolicy)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; '),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-resource-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
}

/**
 * Marks responses built with the security headers already in their (plain) header object. A symbol
 * property rather than a WeakSet: on the hot path (thousands of cached answers a second) a WeakSet
 * entry per response costs the garbage collector more than the rest of the bookkeeping.
 */
const SECURED = Symbol('frontline.secured')

function markSecured(response: Response): Response {
  ;(response as unknown as Record<symbol, boolean>)[SECURED] = true
  return response
}

/** A Response whose headers already carry SECURITY_HEADERS (the middleware then leaves it alone). */
export function securedResponse(body: Uint8Array<ArrayBuffer> | string | null, status: number, headers: Record<string, string>): Response {
  return markSecured(new Response(body, { status, headers: { ...headers, ...SECURITY_HEADERS } }))
}

/** Header objects that include SECURITY_HEADERS, made once and shared by every response that uses them. */
export function withSecurityHeaders(headers: Record<string, string>): Readonly<Record<string, string>> {
  return Object.freeze({ ...headers, ...SECURITY_HEADERS })
}

/** Like securedResponse for headers made by withSecurityHeaders (no per-request copy). */
export function presecuredResponse(body: Uint8Array<ArrayBuffer> | null, status: number, headers: Readonly<Record<string, string>>): Response {
  return markSecured(new Response(body, { status, headers: headers as Record<string, string> }))
}

/**
 * Adds SECURITY_HEADERS to every answer (errors and 404s included). Responses made with
 * `securedResponse` have them already and are passed through untouched, which keeps the hot paths
 * (cached geometry, static files) free of per-request header work.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next()
    if ((c.res as unknown as Record<symbol, boolean | undefined>)[SECURED]) return
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value)
  }
}
