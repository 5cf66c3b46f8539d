// Serialised answers kept in memory, least recently used dropped first. Control geometry for a date
// is the same bytes for every client (the series changes only on import), so serving it repeatedly
// should cost about what a static file costs: the body and its gzip form are computed once.
import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import { presecuredResponse, withSecurityHeaders } from './security.js'

export interface CachedBody {
  readonly body: Uint8Array<ArrayBuffer>
  /** The gzip form, made only for bodies worth compressing. */
  readonly gzip: Uint8Array<ArrayBuffer> | null
  readonly etag: string
  readonly contentType: string
}

export function makeCachedBody(text: string, contentType: string): CachedBody {
  const body = new Uint8Array(Buffer.from(text, 'utf8'))
  const gzip = body.byteLength >= 1024 ? new Uint8Array(gzipSync(body, { level: 6 })) : null
  return { body, gzip, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`, contentType }
}

export class ResponseCache {
  private readonly entries = new Map<string, CachedBody>()
  private readonly inFlight = new Map<string, Promise<CachedBody>>()
  constructor(private readonly capacity: number) {}

  get(key: string): CachedBody | undefined {
    const hit = this.entries.get(key)
    if (hit) {
      // Re-insert: Map keeps insertion order, so the first key is always the least recently used.
      this.entries.delete(key)
      this.entries.set(key, hit)
    }
    return hit
  }

  set(key: string, value: CachedBody): void {
    if (this.capacity <= 0) return
    this.entries.delete(key)
    this.entries.set(key, value)
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string)
  }

  getOrMake(key: string, make: () => CachedBody): CachedBody {
    const hit = this.get(key)
    if (hit) return hit
    const made = make()
    this.set(key, made)
    return made
  }

  /** Like getOrMake for async work; concurrent misses on one key share a single computation. */
  async getOrMakeAsync(key: string, make: () => Promise<CachedBody>): Promise<CachedBody> {
    const hit = this.get(key)
    if (hit) return hit
    let pending = this.inFlight.get(key)
    if (!pending) {
      pending = make().finally(() => this.inFlight.delete(key))
      this.inFlight.set(key, pending)
      pending.then((made) => this.set(key, made)).catch(() => {})
    }
    return pending
  }

  clear(): void {
    this.entries.clear()
  }

  get size(): number {
    return this.entries.size
  }
}

interface HeaderSet {
  readonly cacheControl: string
  readonly plain: Readonly<Record<string, string>>
  readonly gzip: Readonly<Record<string, string>>
}

/** Each cached body's response headers (security headers included), built on its first answer. */
const headerSets = new WeakMap<CachedBody, HeaderSet>()

function headersOf(cached: CachedBody, cacheControl: string): HeaderSet {
  const known = headerSets.get(cached)
  if (known?.cacheControl === cacheControl) return known
  const plain = { 'content-type': cached.contentType, etag: cached.etag, 'cache-control': cacheControl, vary: 'accept-encoding' }
  const made = { cacheControl, plain: withSecurityHeaders(plain), gzip: withSecurityHeaders({ ...plain, 'content-encoding': 'gzip' }) }
  headerSets.set(cached, made)
  return made
}

/** A Response for a cached body: 304 on a matching If-None-Match, gzip when the client accepts it. */
export function cachedResponse(cached: CachedBody, request: Request, cacheControl = 'no-cache'): Response {
  const headers = headersOf(cached, cacheControl)
  if (request.headers.get('if-none-match') === cached.etag) return presecuredResponse(null, 304, headers.plain)
  if (cached.gzip && /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '')) return presecuredResponse(cached.gzip, 200, headers.gzip)
  return presecuredResponse(cached.body, 200, headers.plain)
}
