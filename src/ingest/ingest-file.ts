import { readdir, readFile, stat } from 'node:fs/promises'
import { extname, join } from 'node:path'
import type { Issue, Outcome } from '../domain/index.js'
import { KNOWN_EXTENSIONS } from './detect-format.js'
import { DEFAULT_MAX_BYTES, ingestBytes, type IngestOptions, type IngestResult } from './ingest-bytes.js'

/** Reads one file (refusing it before reading when it is over the size limit) and ingests it. */
export async function ingestFile(path: string, options: IngestOptions = {}): Promise<Outcome<IngestResult>> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const name = options.label ?? path
  const none = { raw: null, documents: [] }
  let size: number
  try {
    const info = await stat(path)
    if (info.isDirectory()) return { value: none, issues: [fileIssue(name, 'is-directory', 'is a directory; pass its files, or use `frontline ingest DIR`')] }
    size = info.size
  } catch (error) {
    return { value: none, issues: [fileIssue(name, 'not-found', describeFsError(error))] }
  }
  if (size > maxBytes) return ingestBytes(new Uint8Array(maxBytes + 1), name, options) // reports "too large" without reading it
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (error) {
    return { value: none, issues: [fileIssue(name, 'unreadable', describeFsError(error))] }
  }
  return ingestBytes(bytes, name, options)
}

/**
 * Expands directories (recursively, files with a known extension, in name order) and keeps files as
 * given. Paths that do not exist become issues; the others are returned.
 */
export async function listInputFiles(paths: readonly string[]): Promise<Outcome<string[]>> {
  const files: string[] = []
  const issues: Issue[] = []
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true })
    entries.sort((a, b) => a.name.localeCompare(b.name))
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue
      const full = join(dir, entry.name)
      if (entry.isDirectory()) await walk(full)
      else if (KNOWN_EXTENSIONS.has(extname(entry.name).slice(1).toLowerCase())) files.push(full)
    }
  }
  for (const path of paths) {
    try {
      const info = await stat(path)
      if (info.isDirectory()) await walk(path)
      else files.push(path)
    } catch (error) {
      issues.push(fileIssue(path, 'not-found', describeFsError(error)))
    }
  }
  return { value: files, issues }
}

function fileIssue(path: string, code: string, problem: string): Issue {
  return { code, severity: 'error', message: `${path}: ${problem}`, sourceId: path }
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'no such file or directory'
  if (code === 'EACCES') return 'permission denied'
  return error instanceof Error ? error.message : String(error)
}
