// The built UI (dist/ui), read into memory once: a handful of files, so every request is a map lookup,
// and only files that exist at startup can ever be served (no path from the URL touches the disk).
// Text files are gzipped once at load.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { extname, join, relative, sep } from 'node:path'
import { gzipSync } from 'node:zlib'
import { cachedResponse, type CachedBody } from './response-cache.js'

export interface StaticFile extends CachedBody {
  /** Vite puts content hashes in asset names, so those never change under the same URL. */
  readonly immutable: boolean
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  // The map's base layer as vector tiles (src/ui/build/base-tiles.ts).
  '.pbf': 'application/x-protobuf',
  '.txt': 'text/plain; charset=utf-8',
}

export function loadStaticFiles(dir: string): ReadonlyMap<string, StaticFile> {
  const files = new Map<string, StaticFile>()
  const walk = (at: string): void => {
    for (const name of readdirSync(at)) {
      const path = join(at, name)
      if (statSync(path).isDirectory()) {
        walk(path)
        continue
      }
      const body = new Uint8Array(readFileSync(path))
      const url = `/${relative(dir, path).split(sep).join('/')}`
      const contentType = TYPES[extname(name)] ?? 'application/octet-stream'
      const compressible = /^(text\/|application\/((geo\+)?json|x-protobuf)|image\/svg)/.test(contentType) && body.byteLength >= 1024
      files.set(url, {
        body,
        gzip: compressible ? new Uint8Array(gzipSync(body, { level: 9 })) : null,
        contentType,
        etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`,
        immutable: url.startsWith('/assets/'),
      })
    }
  }
  walk(dir)
  return files
}

/** A Response for `pathname` ("/" is index.html), honouring If-None-Match and gzip; null when there is no such file. */
export function staticResponse(files: ReadonlyMap<string, StaticFile>, pathname: string, request: Request): Response | null {
  const file = files.get(pathname === '/' ? '/index.html' : pathname)
  if (!file) return null
  return cachedResponse(file, request, file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
}
