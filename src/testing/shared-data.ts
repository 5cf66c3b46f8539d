import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** The repository root (where package.json lives). */
export function repoPath(...parts: string[]): string {
  return join(repoRoot, ...parts)
}

/**
 * `../shared/data` beside the checkout (or `FRONTLINE_SHARED_DATA`). Tests that need it call
 * `sharedDataSkipReason()` and skip with that reason when it is absent, so a fresh clone passes.
 */
export function sharedDataDir(): string {
  return process.env.FRONTLINE_SHARED_DATA ?? resolve(repoRoot, '..', 'shared', 'data')
}

export function sharedDataPath(...parts: string[]): string {
  return join(sharedDataDir(), ...parts)
}

/** A reason to skip, or null when `../shared/data/<parts>` exists. */
export function sharedDataSkipReason(...parts: string[]): string | null {
  const path = sharedDataPath(...parts)
  return existsSync(path) ? null : `needs ${path} (the team's shared reference data), absent in this checkout`
}
