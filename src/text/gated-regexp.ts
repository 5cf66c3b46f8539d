import { fastWordBoundarySource } from './fast-word-boundaries.js'
import { FOLD_UNSAFE, requiredLiterals } from './required-literals.js'

/**
 * A test of a text before a regex runs on it: false when the text holds none of the strings one of
 * which every match needs (see required-literals.ts), so the regex cannot match anywhere in it.
 *
 * A gate that seldom turns a text away costs more than it saves (a regex of common words, "the|a|an",
 * or one tried mostly where it matches): after CHECKED tries, one that turned away fewer than one in
 * KEPT_IF_ONE_IN turns itself off and lets every text through. Answers never change, only the cost.
 */
export class LiteralGate {
  /** The literals as one alternation, with the pattern's own case flags (`i`, `u`): see `holds`. */
  private readonly any: RegExp
  /** Per literal, the hashes of its character triples (pairs for a two-character one): see `LongText`. */
  private readonly grams: readonly Int32Array[]
  private readonly caseless: boolean
  private tried = 0
  private turnedAway = 0
  private off = false
  // The last text asked and its answer: a sticky regex is tried at many places of one document.
  private lastText: string | null = null
  private lastAnswer = true

  constructor(
    readonly literals: readonly string[],
    flags: string,
  ) {
    this.caseless = flags.includes('i')
    this.any = new RegExp(literals.map((k) => k.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), flags.replace(/[^iu]/g, ''))
    // (The index holds the text in lower case; a case-sensitive literal is there in lower case too.)
    this.grams = literals.map((k) => gramsOf(this.caseless ? k : k.toLowerCase()))
  }

  // The whole text last asked by `mayMatchWithin` and its answer (kept apart from `lastText`, which
  // the stretches of that text asked one by one replace).
  private wholeText: string | null = null
  private wholeAnswer = true

  /**
   * Whether the regex may match somewhere in a stretch of `text` (false: it cannot, in any stretch):
   * asked of the whole text once, however many of its stretches are asked (see `testSlice`). Not
   * counted towards turning the gate off: one answer per document costs little either way.
   */
  mayMatchWithin(text: string): boolean {
    if (!gatesOn) return true
    if (text === this.wholeText) return this.wholeAnswer
    this.wholeText = text
    if (text.length >= LONG) {
      const long = longText(text)
      this.wholeAnswer = (this.caseless && long.unsafe) || this.grams.some((g) => long.mayHold(g))
    } else this.wholeAnswer = this.any.test(text)
    return this.wholeAnswer
  }

  /** Whether the regex may match somewhere in `text` (false: it cannot). */
  mayMatch(text: string): boolean {
    if (this.off || !gatesOn) return true
    if (text === this.lastText) return this.lastAnswer
    this.lastText = text
    this.lastAnswer = this.holds(text)
    return this.lastAnswer
  }

  /**
   * A short text (a sentence, a window) is searched for the literals with the pattern's own case
   * flags: each literal is a run of the pattern's characters, so wherever the pattern matches, the
   * alternation matches the run's text, whatever case-insensitive matching equates. A long text is
   * asked through its index of character triples (see `LongText`), built once however many gates ask.
   */
  private holds(text: string): boolean {
    let found: boolean
    if (text.length >= LONG) {
      const long = longText(text)
      if (this.caseless && long.unsafe) return true
      found = this.grams.some((g) => long.mayHold(g))
    } else found = this.any.test(text)
    if (!found) this.turnedAway++
    if (++this.tried === CHECKED) this.off = this.turnedAway * KEPT_IF_ONE_IN < CHECKED
    return found
  }
}

let gatesOn = true

/**
 * Turns every literal gate off (false) or on again: answers are the same either way, so the extract
 * bench times analysis both ways in one process, side by side.
 */
export function useLiteralGates(on: boolean): void {
  gatesOn = on
}

const CHECKED = 512
const KEPT_IF_ONE_IN = 8

/**
 * Texts at least this long (documents: the lexicon and date rules are tried along them, sticky, at
 * many words) are asked through an index of their character triples instead of searched per gate.
 */
const LONG = 1000
const GRAM_BITS = 18
const GRAM_MASK = (1 << GRAM_BITS) - 1

function gramHash(a: number, b: number, c: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35)) & GRAM_MASK
}

/** The hashes of a literal's character triples (of its one pair, with a third character of 0, when it has two). */
function gramsOf(literal: string): Int32Array {
  if (literal.length < 3) return Int32Array.of(gramHash(literal.charCodeAt(0), literal.charCodeAt(1), 0))
  const out = new Int32Array(literal.length - 2)
  for (let i = 0; i + 2 < literal.length; i++) out[i] = gramHash(literal.charCodeAt(i), literal.charCodeAt(i + 1), literal.charCodeAt(i + 2))
  return out
}

/**
 * A long text's character triples and pairs (in lower case), hashed into a table marked with the
 * text's number: a literal can occur in the text only if each of its triples does. Hashes that
 * collide only let more through (necessary, never wrong). Built once per text (~5 kB: some 10,000
 * writes); the two texts last asked keep their tables. A mark is a byte (the tables are a quarter of
 * the size an Int32 mark needs, so the writes, scattered over the table, miss the cache less), and
 * the text is lower-cased character by character from a table where that is what `toLowerCase` does.
 */
class LongText {
  /** The text holds a FOLD_UNSAFE character: case-insensitive gates let it through. */
  readonly unsafe: boolean

  private readonly table: Uint8Array

  constructor(
    readonly text: string,
    /** Which of TABLES it writes. */
    readonly tableIndex: 0 | 1,
    /** The number its entries in the table carry (a new one per text). */
    private readonly mark: number,
  ) {
    const table = (this.table = (TABLES[tableIndex] ??= new Uint8Array(1 << GRAM_BITS)))
    const n = text.length
    const lowerTable = lowerTableOf()
    // Lower case by table while every character has a one-character lower case that no neighbour
    // changes (below LOWER_TABLE_SIZE, Greek capital sigma excepted); else the whole text as
    // `toLowerCase` makes it (then its length may differ from the text's: "İ" becomes two characters).
    // (FOLD_UNSAFE's characters are all in the table's range: marked there, read in the same pass.)
    let simple = true
    let unsafe = false
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i)
      if (c >= LOWER_TABLE_SIZE || lowerTable[c] === 0) {
        simple = false
        break
      }
      if (c >= FIRST_UNSAFE && unsafeTable![c] === 1) unsafe = true
    }
    this.unsafe = simple ? unsafe : FOLD_UNSAFE.test(text)
    if (simple) {
      let a = n > 0 ? lowerTable[text.charCodeAt(0)]! : 0
      let b = n > 1 ? lowerTable[text.charCodeAt(1)]! : 0
      for (let i = 0; i + 1 < n; i++) {
        table[gramHash(a, b, 0)] = mark
        if (i + 2 < n) {
          const c = lowerTable[text.charCodeAt(i + 2)]!
          table[gramHash(a, b, c)] = mark
          a = b
          b = c
        }
      }
      return
    }
    const lower = text.toLowerCase()
    const m = lower.length
    for (let i = 0; i + 1 < m; i++) {
      const a = lower.charCodeAt(i)
      const b = lower.charCodeAt(i + 1)
      table[gramHash(a, b, 0)] = mark
      if (i + 2 < m) table[gramHash(a, b, lower.charCodeAt(i + 2))] = mark
    }
  }

  /** Whether each of a literal's triples occurs in the text (so the literal may). */
  mayHold(grams: Int32Array): boolean {
    const t = this.table
    for (let i = 0; i < grams.length; i++) if (t[grams[i]!] !== this.mark) return false
    return true
  }
}

// Two tables, for the two long texts last asked (a document and, now and then, a long stretch of it).
// Made on first use (256 kB each): a process that reads no long text, or loads the module and stops
// (`frontline --help`, a test file), never pays for them.
const TABLES: [Uint8Array | null, Uint8Array | null] = [null, null]

/**
 * The lower case of each UTF-16 unit below LOWER_TABLE_SIZE (Latin, Greek, Cyrillic and their
 * extensions, general punctuation) where `String.prototype.toLowerCase` gives one unit whatever the
 * characters around it; 0 where it does not (Greek capital sigma, "İ", the NUL character).
 */
const LOWER_TABLE_SIZE = 0x3000
let lowerTableMade: Uint16Array | null = null
/** 1 for each FOLD_UNSAFE character below LOWER_TABLE_SIZE (made with the lower-case table). */
let unsafeTable: Uint8Array | null = null
/** The first of them (µ): most text is below it. */
const FIRST_UNSAFE = 0xb5

/** The table, made on first use (as the gram tables are). */
function lowerTableOf(): Uint16Array {
  if (lowerTableMade !== null) return lowerTableMade
  const table = new Uint16Array(LOWER_TABLE_SIZE)
  const unsafe = new Uint8Array(LOWER_TABLE_SIZE)
  for (let c = 1; c < LOWER_TABLE_SIZE; c++) {
    if (c === 0x3a3 || (c >= 0xd800 && c <= 0xdfff)) continue
    const ch = String.fromCharCode(c)
    const lower = ch.toLowerCase()
    if (lower.length === 1) table[c] = lower.charCodeAt(0)
    if (FOLD_UNSAFE.test(ch)) {
      if (c < FIRST_UNSAFE) throw new Error(`gated-regexp: FOLD_UNSAFE holds U+${c.toString(16)}, below FIRST_UNSAFE`)
      unsafe[c] = 1
    }
  }
  unsafeTable = unsafe
  return (lowerTableMade = table)
}
let recentLong: [LongText | null, LongText | null] = [null, null]
let marks = 0

function longText(text: string): LongText {
  let [a, b] = recentLong
  if (a !== null && a.text === text) return a
  if (b !== null && b.text === text) {
    recentLong = [b, a]
    return b
  }
  if (marks >= 0xff) {
    // (A mark is a byte: after 255 texts the tables start again empty, a clear of 512 kB.)
    for (const t of TABLES) t?.fill(0)
    marks = 0
    a = b = null
  }
  // The older text's table is taken over (its index is never asked again: it left `recentLong`).
  const fresh = new LongText(text, a === null ? 0 : a.tableIndex === 0 ? 1 : 0, ++marks)
  recentLong = [fresh, a]
  return fresh
}

/** The gate of a pattern, or null when its source says no literal a match needs. */
export function literalGate(re: RegExp): LiteralGate | null {
  const literals = requiredLiterals(re.source, re.flags)
  return literals === null ? null : new LiteralGate(literals, re.flags)
}

/**
 * A regex that asks its gate before it runs: `exec` and `test` (and through `exec`, `match`,
 * `replace`, `split`, `matchAll`) answer a text the gate turns away as the regex would, with no
 * match (and `lastIndex` reset to 0 for a global or sticky regex, as a failed match does). The
 * pattern runs as a plain RegExp inside (a subclass's own `exec` would lose V8's fast `test`, which
 * builds no match array).
 */
class GatedRegExp extends RegExp {
  // Read on first use (the source's literals, and the plain regex that runs): a module's patterns
  // are made at load, and a process reading one short report asks few of them.
  private gate: LiteralGate | null | undefined
  private plainRe: RegExp | undefined

  // (Its `\b` beside a word written as a one-sided look-around: see fast-word-boundaries.ts.)
  private get plain(): RegExp {
    return (this.plainRe ??= new RegExp(fastWordBoundarySource(this.source, this.flags), this.flags))
  }

  /** Whether the gate turns `text` away (then `lastIndex` is reset as by a failed match). */
  private turnsAway(text: string): boolean {
    if (this.gate === undefined) this.gate = literalGate(this)
    if (this.gate === null || this.gate.mayMatch(text)) return false
    if (this.global || this.sticky) this.lastIndex = 0
    return true
  }

  /** Whether a stretch of `text` may hold a match (its gate asked of the whole text; see `testSlice`). */
  mayMatchWithin(text: string): boolean {
    if (this.gate === undefined) this.gate = literalGate(this)
    return this.gate === null || this.gate.mayMatchWithin(text)
  }

  override exec(text: string): RegExpExecArray | null {
    const s = String(text)
    if (this.turnsAway(s)) return null
    const plain = this.plain
    plain.lastIndex = this.lastIndex
    const m = plain.exec(s)
    this.lastIndex = plain.lastIndex
    return m
  }

  override test(text: string): boolean {
    const s = String(text)
    if (this.turnsAway(s)) return false
    const plain = this.plain
    plain.lastIndex = this.lastIndex
    const found = plain.test(s)
    this.lastIndex = plain.lastIndex
    return found
  }
}

/**
 * `re` with a literal gate: the same matches, found faster where most texts hold none of the words
 * the pattern needs. (A pattern whose source says no such words runs as it is, behind one call.)
 */
export function gated(re: RegExp): RegExp {
  return new GatedRegExp(re.source, re.flags)
}

/**
 * `re.test(text.slice(start, end))`, where a gated `re` first asks its gate whether the whole of
 * `text` holds one of the words a match needs: a document without them answers every one of its
 * stretches at once, with no slice made and no regex run. The rules tried on a window around each
 * event word ("fearing …" in the 40 characters before it) are tried some 50 times per 5 kB report,
 * and most reports hold none of their words: one question per report instead of one per window.
 */
export function testSlice(re: RegExp, text: string, start: number, end: number): boolean {
  if (re instanceof GatedRegExp && !re.mayMatchWithin(text)) {
    if (re.global || re.sticky) re.lastIndex = 0
    return false
  }
  return re.test(text.slice(start, end))
}
