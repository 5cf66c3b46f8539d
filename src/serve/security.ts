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

/** Responses built with the security headers already in their (plain) header object. */
const secured = new WeakSet<Response>()

/** A Response whose headers already carry SECURITY_HEADERS (the middleware then leaves it alone). */
export function securedResponse(body: Uint8Array<ArrayBuffer> | string | null, status: number, headers: Record<string, string>): Response {
  const response = new Response(body, { status, headers: { ...headers, ...SECURITY_HEADERS } })
  secured.add(response)
  return response
}

/**
 * Adds SECURITY_HEADERS to every answer (errors and 404s included). Responses made with
 * `securedResponse` have them already and are passed through untouched, which keeps the hot paths
 * (cached geometry, static files) free of per-request header work.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next()
    if (secured.has(c.res)) return
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value)
  }
}
