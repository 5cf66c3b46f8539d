import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { patternReadings, usePatternReadings } from '../extract/index.js'

/**
 * The lexicon patterns' readings (extract/lexicon/pattern-readings.ts) kept between runs of the
 * commands that extract, in the cache directory ($FRONTLINE_CACHE_DIR, else $XDG_CACHE_HOME/frontline,
 * else ~/.cache/frontline when HOME is set; none otherwise, e.g. in tests' captured environments):
 * reading them again cost about a quarter of a one-file `analyze`. The file is named by a hash of the
 * code that reads patterns (the source or compiled files of the pattern reader and of the phrase
 * matcher) and of the JavaScript engine's versions (its Unicode tables decide what a letter is), so
 * changed code never meets readings of the old. Every failure (no directory, a read-only disk, a
 * damaged file) only means the patterns are read again.
 */
export interface PatternReadingsCache {
  /** Writes the readings when this process read patterns the file did not hold. */
  save(): void
}

const PREFIX = 'pattern-readings-'
const NO_CACHE: PatternReadingsCache = { save: () => {} }

export function openPatternReadingsCache(env: Readonly<Record<string, string | undefined>>): PatternReadingsCache {
  const dir = cacheDir(env)
  const version = readerVersion()
  if (dir === null || version === null) return NO_CACHE
  const file = join(dir, `${PREFIX}${version}.json`)
  try {
    if (existsSync(file)) usePatternReadings(JSON.parse(readFileSync(file, 'utf8')))
  } catch {
    // A damaged or unreadable file: the patterns are read again, and the file rewritten.
  }
  return {
    save: () => {
      const { readHere, data } = patternReadings()
      if (readHere === 0) return
      try {
        mkdirSync(dir, { recursive: true })
        // Written whole under a name of its own, then renamed: a process reading it meanwhile sees the old file or the new.
        const temporary = `${file}.${process.pid}.tmp`
        writeFileSync(temporary, JSON.stringify(data))
        renameSync(temporary, file)
        for (const name of readdirSync(dir)) if (name.startsWith(PREFIX) && name !== `${PREFIX}${version}.json` && !name.endsWith('.tmp')) rmSync(join(dir, name), { force: true })
      } catch {
        // Not kept: the next run reads the patterns again.
      }
    },
  }
}

function cacheDir(env: Readonly<Record<string, string | undefined>>): string | null {
  if (env.FRONTLINE_CACHE_DIR) return env.FRONTLINE_CACHE_DIR
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'frontline')
  return env.HOME ? join(env.HOME, '.cache', 'frontline') : null
}

/** A hash of the pattern reader's code (compiled .js beside this file's .js, or .ts under tsx) and of the engine; null when a file is missing. */
function readerVersion(): string | null {
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js'
  const hash = createHash('sha256').update(`${process.versions.v8} ${process.versions.unicode ?? ''}\n`)
  // (The token-path reader moved to text/ in round 25, shared with the date finder; its code is what the
  // readings come from, so it is hashed where it lives.)
  for (const name of ['text/token-paths', 'extract/lexicon/phrase-matcher', 'extract/lexicon/pattern-readings']) {
    const path = fileURLToPath(new URL(`../${name}${ext}`, import.meta.url))
    try {
      hash.update(readFileSync(path))
    } catch {
      return null
    }
  }
  return hash.digest('hex').slice(0, 16)
}
