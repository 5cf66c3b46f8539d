import type { TokenPath, WordCondition } from '../../text/index.js'

/**
 * What reading a lexicon pattern yields (its token paths, whether its matches stay in the word it
 * starts, its first words): a function of the pattern's text and the reader's code alone. Reading
 * the English matchers' ~460 patterns cost about 250 CPU-ms of a one-file `analyze` (a fifth of it;
 * the path compiler runs cold), the ~850 of all three lexicons more, so a caller that can keep files
 * (the CLI) may keep the readings between processes: `patternReadings()` gives them as plain JSON data and
 * `usePatternReadings()` takes them back. The stage itself does no I/O.
 */
export interface PatternReading {
  readonly paths: readonly TokenPath[] | null
  readonly inWord: boolean
  /** The first words derived from the pattern; null when they cannot be derived (`deriveFirstWords` throws). */
  readonly firsts: readonly { readonly prefix: string; readonly whole: boolean }[] | null
}

const readings = new Map<string, PatternReading>()
/** Patterns read in this process (not taken from `usePatternReadings`). */
let readHere = 0

/** The reading of `pattern`: one kept from before, else `read()`, kept. */
export function patternReading(pattern: string, read: () => PatternReading): PatternReading {
  let reading = readings.get(pattern)
  if (reading === undefined) {
    reading = read()
    readings.set(pattern, reading)
    readHere++
  }
  return reading
}

/** Every reading known to this process as JSON-ready data, and how many were read here rather than given. */
export function patternReadings(): { readonly readHere: number; readonly data: unknown } {
  const data: Record<string, unknown> = {}
  for (const [pattern, r] of readings) {
    data[pattern] = [r.paths === null ? null : r.paths.map((path) => path.map((c) => [[...c.wholes], [...c.stems], c.any, c.numeric ?? false])), r.inWord, r.firsts === null ? null : r.firsts.map((f) => [f.prefix, f.whole])]
  }
  return { readHere, data }
}

/**
 * Takes readings given by `patternReadings()` in an earlier process of the same code (the caller
 * checks that); returns how many it took. Data of any other shape is ignored whole (0).
 */
export function usePatternReadings(data: unknown): number {
  const parsed = parsePatternReadings(data)
  if (parsed === null) return 0
  for (const [pattern, reading] of parsed) if (!readings.has(pattern)) readings.set(pattern, reading)
  return parsed.size
}

/** The readings in data `patternReadings()` gave, by pattern; null for data of any other shape. */
export function parsePatternReadings(data: unknown): Map<string, PatternReading> | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null
  const parsed = new Map<string, PatternReading>()
  for (const [pattern, value] of Object.entries(data)) {
    const reading = parseReading(value)
    if (reading === null) return null
    parsed.set(pattern, reading)
  }
  return parsed
}

function parseReading(value: unknown): PatternReading | null {
  if (!Array.isArray(value) || value.length !== 3) return null
  const [paths, inWord, firsts] = value as unknown[]
  if (typeof inWord !== 'boolean') return null
  let readPaths: TokenPath[] | null = null
  if (paths !== null) {
    if (!Array.isArray(paths)) return null
    readPaths = []
    for (const path of paths) {
      if (!Array.isArray(path)) return null
      const conditions: WordCondition[] = []
      for (const c of path) {
        if (!Array.isArray(c) || c.length !== 4 || !isStrings(c[0]) || !isStrings(c[1]) || typeof c[2] !== 'boolean' || typeof c[3] !== 'boolean') return null
        conditions.push(c[3] ? { wholes: new Set(c[0]), stems: new Set(c[1]), any: c[2], numeric: true } : { wholes: new Set(c[0]), stems: new Set(c[1]), any: c[2] })
      }
      readPaths.push(conditions)
    }
  }
  let readFirsts: { prefix: string; whole: boolean }[] | null = null
  if (firsts !== null) {
    if (!Array.isArray(firsts)) return null
    readFirsts = []
    for (const f of firsts) {
      if (!Array.isArray(f) || f.length !== 2 || typeof f[0] !== 'string' || typeof f[1] !== 'boolean') return null
      readFirsts.push({ prefix: f[0], whole: f[1] })
    }
  }
  return { paths: readPaths, inWord, firsts: readFirsts }
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string')
}
