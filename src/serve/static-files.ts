// The built UI (dist/ui), read into memory once: a handful of files, so every request is a map lookup,
// and only files that exist at startup can ever be served (no path from the URL touches the disk).
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { extname, join, relative, sep } from 'node:path'

export interface StaticFile {
  readonly body: Uint8Array<ArrayBuffer>
  readonly contentType: string
  readonly etag: string
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
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
}

export function loadStaticFiles(dir: string): ReadonlyMap<string, StaticFile> {
  const files = new Map<string, StaticFile>()
  const walk = (at: string): void => {
    for (const name of readdirSync(at)) {
      const path = join(at, name)
      if (statSync(path).isDirectory()) walk(path)
      else {
        const body = new Uint8Array(readFileSync(path))
        const url = `/${relative(dir, path).split(sep).join('/')}`
        files.set(url, {
          body,
          contentType: TYPES[extname(name)] ?? 'application/octet-stream',
          etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`,
          immutable: url.startsWith('/assets/'),
        })
      }
    }
  }
  walk(dir)
  return files
}

/** A Response for `pathname` ("/" is index.html), honouring If-None-Match; null when there is no such file. */
export function staticResponse(files: ReadonlyMap<string, StaticFile>, pathname: string, ifNoneMatch: string | null): Response | null {
  const file = files.get(pathname === '/' ? '/index.html' : pathname)
  if (!file) return null
  const headers = {
    'content-type': file.contentType,
    etag: file.etag,
    'cache-control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  }
  if (ifNoneMatch === file.etag) return new Response(null, { status: 304, headers })
  return new Response(file.body, { status: 200, headers })
}
