// Scratch directories for tests that are removed again: a test run must not leave databases behind
// in the system temp dir (CI machines and developers' /tmp filled up with hundreds of them).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, onTestFinished } from 'vitest'

function make(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

/** A new directory under the system temp dir, removed after the file's (or the describe block's) tests. Call it outside `it`. */
export function suiteTempDir(prefix: string): string {
  const { dir, remove } = make(prefix)
  afterAll(remove)
  return dir
}

/** A new directory under the system temp dir, removed when the current test ends. Call it inside `it`. */
export function testTempDir(prefix: string): string {
  const { dir, remove } = make(prefix)
  onTestFinished(remove)
  return dir
}
