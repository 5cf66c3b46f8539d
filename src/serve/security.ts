import { secureHeaders } from 'hono/secure-headers'

/**
 * The Content-Security-Policy for the page and the API. Everything comes from this origin: no remote
 * tiles, fonts, glyphs or scripts; no inline scripts (so text from a hostile source that slipped into
 * the DOM as markup still could not run); MapLibre's worker is a file of ours (set explicitly in the UI);
 * `blob:` images are what MapLibre decodes sprites into.
 */
export const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  workerSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
}

/** CSP plus the usual hardening headers (nosniff, no referrer leak, no framing). */
export function securityHeaders() {
  return secureHeaders({
    contentSecurityPolicy,
    referrerPolicy: 'no-referrer',
    crossOriginResourcePolicy: 'same-origin',
    strictTransportSecurity: false,
  })
}
