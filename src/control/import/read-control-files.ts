import { readFile, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { gunzip } from 'node:zlib'
import type { Issue, Outcome } from '../../domain/index.js'

const gunzipAsync = promisify(gunzip)

/** File names the import reads from a directory. */
const CONTROL_FILE = /\.(geo)?json(\.gz)?$/i

/**
 * The files to import for the paths a user gave: files as they are, directories searched
 * recursively for `*.geojson`, `*.json` and their `.gz` forms, in name order (the import order is
 * the revision order, so it must not depend on the file system). Missing paths are issues.
 * (File reading lives in the control stage because the control map is its only input; the ingest
 * stage reads documents.)
 */
export async function listControlFiles(paths: readonly string[]): Promise<Outcome<string[]>> {
  const files: string[] = []
  const issues: Issue[] = []
  let skipped = 0
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) await walk(path)
      else if (CONTROL_FILE.test(entry.name)) files.push(path)
      else skipped++
    }
  }
  for (const path of paths) {
    let info
    try {
      info = await stat(path)
    } catch {
      issues.push({ code: 'not-found', severity: 'error', message: `${path}: no such file or directory`, sourceId: path })
      continue
    }
    if (info.isDirectory()) {
      const before = files.length
      await walk(path)
      if (files.length === before) {
        issues.push({ code: 'no-files', severity: 'error', message: `${path}: directory has no *.geojson, *.json or *.gz files`, sourceId: path })
      }
    } else files.push(path)
  }
  if (skipped > 0) {
    issues.push({ code: 'skipped-files', severity: 'info', message: `${skipped} file(s) in the given directories are not .geojson/.json(.gz) and were not read` })
  }
  return { value: files, issues }
}

/** A file's text, gunzipped when it is gzip (by its magic bytes, whatever its name). */
export async function readControlFile(path: string): Promise<Outcome<string | null>> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (error) {
    return { value: null, issues: [{ code: 'unreadable', severity: 'error', message: `${path}: cannot read (${(error as Error).message})`, sourceId: path }] }
  }
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = await gunzipAsync(bytes)
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'Z_BUF_ERROR' ? 'truncated gzip data (unexpected end of file)' : `invalid gzip data (${(error as Error).message})`
      return { value: null, issues: [{ code: 'bad-gzip', severity: 'error', message: `${path}: ${reason}; file skipped`, sourceId: path }] }
    }
  } else if (/\.gz$/i.test(path)) {
    return { value: null, issues: [{ code: 'bad-gzip', severity: 'error', message: `${path}: named .gz but is not gzip data (no gzip magic bytes); file skipped`, sourceId: path }] }
  }
  return { value: bytes.toString('utf8'), issues: [] }
}
