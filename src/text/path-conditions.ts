import type { Token } from './tokenize.js'
import { FOLD_UNSAFE, type TokenPath } from './token-paths.js'
import { WordMemo } from './word-memo.js'

/**
 * A word's satisfied condition ids as a bitset (bit `id & 31` of element `id >>> 5`, as long as its
 * highest id needs); null for a word that may satisfy any (see FOLD_UNSAFE). A path step is then one
 * array read and a mask, not a hash lookup: `pathsHold` runs several times per word of every text.
 */
export type Satisfied = Uint32Array | null
const NO_CONDITIONS: Uint32Array = new Uint32Array(0)
/** A word whose first character is a number (`\d`, `\p{N}`). */
const NUMBER_FIRST = /^\p{N}/u

/** Whether a word's bitset holds condition `id`. */
export function hasCondition(sat: Uint32Array, id: number): boolean {
  const slot = id >>> 5
  return slot < sat.length && (sat[slot]! & (1 << (id & 31))) !== 0
}

/**
 * The word conditions of a set of rules' token paths (token-paths.ts), by id, and what each word of a
 * text satisfies: by whole word (also before an apostrophe: "friday's"), by the stems it starts with,
 * and by a leading number. A rule set (the lexicon's phrase matcher, the date finder) compiles its
 * paths into condition ids once, at load, and asks per token whether a path holds; each distinct word's
 * conditions are worked out once. Conditions are added before any word is asked: a word's answer is
 * remembered and does not learn conditions added after it.
 */
export class PathConditions {
  private readonly ids = new Map<string, number>()
  private readonly wholes = new Map<string, number[]>()
  private readonly stems = new Map<string, number[]>()
  /** Conditions a word starting with a number character satisfies ("50% of", "3,500 sq km"). */
  private readonly numeric: number[] = []
  /** The lengths of the stems, shortest first. */
  private readonly stemLengths: number[] = []
  private readonly satisfied = new WordMemo<Satisfied>((lower) => this.of(lower))

  /** A pattern's token paths as arrays of condition ids (-1 for any word). */
  compile(paths: readonly TokenPath[]): Int32Array[] {
    return paths.map((path) => Int32Array.from(path, (c) => (c.any ? -1 : this.id(c.wholes, c.stems, c.numeric ?? false))))
  }

  /** The id of the condition met by the words `wholes`, the words starting with `stems`, and (`numeric`) figures. */
  id(wholes: ReadonlySet<string>, stems: ReadonlySet<string>, numeric: boolean): number {
    const key = `${[...wholes].sort().join('|')}#${[...stems].sort().join('|')}#${numeric ? 'n' : ''}`
    let id = this.ids.get(key)
    if (id !== undefined) return id
    id = this.ids.size
    this.ids.set(key, id)
    if (numeric) this.numeric.push(id)
    for (const w of wholes) add(this.wholes, w, id)
    for (const w of stems) {
      add(this.stems, w, id)
      if (!this.stemLengths.includes(w.length)) {
        this.stemLengths.push(w.length)
        this.stemLengths.sort((a, b) => a - b)
      }
    }
    return id
  }

  /** The conditions a word (lower case) satisfies, worked out afresh. */
  of(lower: string): Satisfied {
    if (FOLD_UNSAFE.test(lower)) return null
    const found: number[] = []
    const take = (ids: readonly number[] | undefined): void => {
      if (ids) for (const id of ids) found.push(id)
    }
    take(this.wholes.get(lower))
    if (NUMBER_FIRST.test(lower)) take(this.numeric)
    for (let k = 1; k < lower.length; k++) {
      const code = lower.charCodeAt(k)
      if (code === 0x27 || code === 0x2019 || code === 0x2bc) take(this.wholes.get(lower.slice(0, k)))
    }
    for (const n of this.stemLengths) {
      if (n > lower.length) break
      take(this.stems.get(lower.slice(0, n)))
    }
    if (found.length === 0) return NO_CONDITIONS
    const bits = new Uint32Array((Math.max(...found) >>> 5) + 1)
    for (const id of found) bits[id >>> 5] = (bits[id >>> 5] ?? 0) | (1 << (id & 31))
    return bits
  }

  /** The conditions a token satisfies, remembered per distinct word. */
  ofToken(token: Token): Satisfied {
    return this.satisfied.get(token)
  }

  /** Whether one of `paths` holds in the tokens from `t` on (`from`: the words before it are known to hold). */
  pathsHold(paths: readonly Int32Array[], tokens: readonly Token[], t: number, from = 0): boolean {
    for (let p = 0; p < paths.length; p++) {
      const path = paths[p]!
      if (t + path.length > tokens.length) continue
      let holds = true
      for (let k = from; k < path.length && holds; k++) {
        const id = path[k]!
        if (id < 0) continue
        const sat = this.satisfied.get(tokens[t + k]!)
        holds = sat === null || hasCondition(sat, id)
      }
      if (holds) return true
    }
    return false
  }
}

function add(map: Map<string, number[]>, word: string, id: number): void {
  const list = map.get(word)
  if (list) list.push(id)
  else map.set(word, [id])
}
