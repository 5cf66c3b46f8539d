import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { cachedResponse, makeCachedBody, ResponseCache } from './response-cache.js'

describe('ResponseCache', () => {
  it('drops the least recently used entry past capacity', () => {
    const cache = new ResponseCache(2)
    cache.set('a', makeCachedBody('a', 'text/plain'))
    cache.set('b', makeCachedBody('b', 'text/plain'))
    cache.get('a')
    cache.set('c', makeCachedBody('c', 'text/plain'))
    expect(cache.get('b')).toBeUndefined()
    expect(cache.get('a')).toBeDefined()
    expect(cache.size).toBe(2)
  })

  it('computes a missing entry once for concurrent requests', async () => {
    const cache = new ResponseCache(4)
    let made = 0
    const make = async () => {
      made++
      await new Promise((r) => setImmediate(r))
      return makeCachedBody('x', 'text/plain')
    }
    const answers = await Promise.all([1, 2, 3].map(() => cache.getOrMakeAsync('k', make)))
    expect(made).toBe(1)
    expect(new Set(answers).size).toBe(1)
    await cache.getOrMakeAsync('k', make)
    expect(made).toBe(1)
  })

  it('answers 304 on a matching ETag and gzip when accepted', async () => {
    const cached = makeCachedBody(JSON.stringify({ x: 'y'.repeat(5000) }), 'application/json')
    const plain = cachedResponse(cached, new Request('http://x/'))
    expect(plain.headers.get('content-encoding')).toBeNull()
    const zipped = cachedResponse(cached, new Request('http://x/', { headers: { 'accept-encoding': 'gzip, br' } }))
    expect(zipped.headers.get('content-encoding')).toBe('gzip')
    expect(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString()).toBe(await plain.text())
    expect(cachedResponse(cached, new Request('http://x/', { headers: { 'if-none-match': cached.etag } })).status).toBe(304)
  })
})
