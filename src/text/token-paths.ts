/**
 * Token paths: what the words of a text must be, word by word, wherever a lexicon rule matches.
 *
 * A rule is a regex source tried at the start of a word. Read as a sequence of words, most rules
 * say far more than their first word: "took (?:full )?control (?:of|over)" can only match where a
 * word "took" is followed by "full" and "control", or by "control". The compiler walks the pattern
 * and lists, for every way through it, the conditions on the consecutive words from the match's
 * first word on (one of some whole words, or a word starting with one of some stems). The matcher then runs a rule's
 * regex only where one of its paths holds in the text's words; the regex still decides the match,
 * so the paths only have to be necessary: every match of the regex satisfies one of them.
 *
 * What keeps them necessary:
 * - A word is letters and digits (the tokenizer's words). A word in the pattern ends where a
 *   mandatory separator follows that can never be part of a word (a space, `\s`, a hyphen, a
 *   comma…, not an apostrophe, which joins "Russia's" into one word): the text's word ends there
 *   too, and the next pattern word starts the next text word.
 * - Anything the compiler cannot read this way (an optional separator, an apostrophe, `.`, a
 *   negated class, an unbounded repeat past two rounds, a letter after a stem) ends the path there:
 *   the word read so far becomes a stem (the text's word starts with it) and nothing more is
 *   required. A path cut short is weaker, never wrong.
 * - Lookarounds, `\b`, `^` and `$` consume nothing and only narrow matches; they are skipped.
 * - Letters compare in lower case, as the tokenizer lowers words. A few characters that the
 *   regex's case-insensitive mode equates with others while `toLowerCase` does not ("ſ" and "s",
 *   the rounded Cyrillic letters U+1C80–U+1C88, Greek "ς" and "σ") make a word satisfy every
 *   condition (see `FOLD_UNSAFE`).
 */

/**
 * A condition on one word: it is one of `wholes` (or one of them followed by an apostrophe and more
 * letters, "Russia's"), or it starts with one of `stems`, or (`numeric`) it starts with a number
 * character (`\d`, `\p{N}`: "3,500 square kilometres", "50% of"). `any` (a word of unknown letters)
 * holds for every word; the word must still be there.
 */
export interface WordCondition {
  readonly wholes: ReadonlySet<string>
  readonly stems: ReadonlySet<string>
  readonly any: boolean
  readonly numeric?: boolean
}

/** Conditions on consecutive words from the match's first word; empty when nothing is known. */
export type TokenPath = readonly WordCondition[]

/** Words a path may require (more rarely pays: most rules fail by their second word). */
const MAX_WORDS = 5
/** Rounds of a repeat read before the rest of the path is dropped. */
const MAX_ROUNDS = 3

/**
 * Characters that a case-insensitive regex equates with a letter whose lower case differs from
 * theirs: a word holding one may match a pattern its lower case does not start with. Checked
 * against the BMP by the tests.
 */
export const FOLD_UNSAFE = /[\u00b5\u017f\u0345\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u1c80-\u1c88\u1e9b\u1fbe]/u

type Atom =
  | { readonly t: 'char'; readonly c: string } // word characters (letters or digits), lower case
  | { readonly t: 'letters'; readonly cs: readonly string[] } // one of a few word characters
  | { readonly t: 'word' } // any word character (\p{L}, a class of letters and digits…)
  | { readonly t: 'num' } // a number character (\d, \p{N}, [\p{N}]): a word starting with one starts with a number
  | { readonly t: 'sep' } // a character that is never part of a word and never an apostrophe
  | { readonly t: 'zero' } // zero-width (lookaround, \b, ^, $)
  | { readonly t: 'apos' } // an apostrophe (ends the path like 'other'; see staysInWord)
  | { readonly t: 'other' } // anything else: ends the path
  | { readonly t: 'group'; readonly alts: readonly Item[][] }

interface Item {
  readonly atom: Atom
  readonly min: number
  readonly max: number
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u
const LETTER = /^\p{L}/u
const APOSTROPHES = "'’ʼ"

/**
 * The paths of a pattern (a rule's regex source, case-insensitive), or null when it cannot be read
 * at all (then the rule is tried wherever its first word allows, as before). Ways through the
 * pattern that require the same number of words are merged into one path, position by position:
 * the merged conditions are weaker than each way's, so still necessary, and a rule has a handful
 * of paths however many alternatives it lists.
 */
export function tokenPaths(pattern: string): TokenPath[] | null {
  try {
    const items = new Parser(pattern).alternatives()
    return merge(applyGroup([START], items)).map((s) => finish(s))
  } catch {
    return null
  }
}

interface Cond {
  wholes: Set<string>
  stems: Set<string>
  any: boolean
  numeric: boolean
}

interface State {
  readonly conds: readonly Cond[]
  /** The spellings of the word being read so far (lower case), or null between words. */
  readonly cur: ReadonlySet<string> | null
  /** The word being read may continue past `cur` (a run of unknown letters was read into it). */
  readonly stem: boolean
  /** The word being read began with a number character: its spelling '' in `cur` stands for that, not for any word. */
  readonly num: boolean
  /** A mandatory separator was read since the last word. */
  readonly sep: boolean
  /** Nothing more is read: the path ends with what it has. */
  readonly stopped: boolean
}

const START: State = { conds: [], cur: null, stem: false, num: false, sep: false, stopped: false }

function condOf(words: ReadonlySet<string>, stem: boolean, num: boolean): Cond {
  if (stem && words.has('')) {
    if (!num) return { wholes: new Set(), stems: new Set(), any: true, numeric: false }
    // A word starting with a number, or (merged in) with one of the other stems.
    return { wholes: new Set(), stems: new Set([...words].filter((w) => w !== '')), any: false, numeric: true }
  }
  return stem ? { wholes: new Set(), stems: new Set(words), any: false, numeric: false } : { wholes: new Set(words), stems: new Set(), any: false, numeric: false }
}

function finish(s: State): WordCondition[] {
  const conds = s.cur === null || s.stopped ? s.conds : [...s.conds, condOf(s.cur, s.stem, s.num)]
  return conds.map((c) => (c.numeric ? { wholes: c.wholes, stems: c.stems, any: c.any, numeric: true } : { wholes: c.wholes, stems: c.stems, any: c.any }))
}

/** Ends the path: the word being read so far becomes a stem. */
function stop(s: State): State {
  if (s.stopped) return s
  const conds = s.cur !== null ? [...s.conds, condOf(s.cur, true, s.num)] : s.conds
  return { conds, cur: null, stem: false, num: false, sep: false, stopped: true }
}

/** States that require the same number of words, merged into one (each condition the union). */
function merge(states: readonly State[]): State[] {
  if (states.length <= 1) return [...states]
  const byShape = new Map<string, State[]>()
  for (const s of states) {
    const shape = `${s.conds.length}|${s.cur === null}|${s.sep}|${s.stopped}`
    const list = byShape.get(shape)
    if (list) list.push(s)
    else byShape.set(shape, [s])
  }
  const out: State[] = []
  for (const list of byShape.values()) {
    if (list.length === 1) {
      out.push(list[0]!)
      continue
    }
    const first = list[0]!
    const conds = first.conds.map((_, i): Cond => {
      const wholes = new Set<string>()
      const stems = new Set<string>()
      let any = false
      let numeric = false
      for (const s of list) {
        const c = s.conds[i]!
        for (const w of c.wholes) wholes.add(w)
        for (const w of c.stems) stems.add(w)
        any ||= c.any
        numeric ||= c.numeric
      }
      return { wholes, stems, any, numeric }
    })
    let cur: Set<string> | null = null
    if (first.cur !== null) {
      cur = new Set()
      for (const s of list) for (const w of s.cur!) cur.add(w)
    }
    // '' stands for a number only if it does so in every state that holds it.
    const empty = list.filter((s) => s.cur?.has('') ?? false)
    const num = empty.length > 0 && empty.every((s) => s.num)
    out.push({ conds, cur, stem: list.some((s) => s.stem), num, sep: first.sep, stopped: first.stopped })
  }
  return out
}

function applyGroup(states: readonly State[], alts: readonly Item[][]): State[] {
  const out: State[] = []
  for (const alt of alts) {
    let cur: State[] = [...states]
    for (const item of alt) cur = applyItem(cur, item)
    out.push(...cur)
  }
  return merge(out)
}

function applyItem(states: State[], item: Item): State[] {
  const { atom, min, max } = item
  if (atom.t === 'zero') return states
  // Runs of word characters ("\p{L}*", "\d+") and separators ("\s+", " ?") are read as one step.
  if (atom.t === 'word' || atom.t === 'num') return merge(states.flatMap((s) => wordRun(s, min, atom.t === 'num')))
  if (atom.t === 'sep') return merge(states.flatMap((s) => separator(s, min)))
  if (min === 1 && max === 1) return merge(states.flatMap((s) => applyOnce(s, atom)))
  // A repeat: each number of rounds up to MAX_ROUNDS read exactly; more rounds end the path after
  // MAX_ROUNDS (a match with more starts the same way).
  if (min > MAX_ROUNDS + 2) return merge(states.map(stop))
  const cap = Math.min(max, Math.max(min, MAX_ROUNDS))
  const out: State[] = []
  let cur = states
  for (let r = 0; r <= cap; r++) {
    if (r >= min) out.push(...(r === cap && max > cap ? cur.map(stop) : cur))
    if (r < cap) cur = merge(cur.flatMap((s) => applyOnce(s, atom)))
  }
  return merge(out)
}

function applyOnce(s: State, atom: Atom): State[] {
  if (s.stopped) return [s]
  switch (atom.t) {
    case 'char':
      return [letters(s, [atom.c])]
    case 'letters':
      return [letters(s, atom.cs)]
    case 'group':
      return applyGroup([s], atom.alts)
    case 'word':
      return wordRun(s, 1, false)
    case 'num':
      return wordRun(s, 1, true)
    case 'sep':
      return separator(s, 1)
    case 'zero':
      return [s]
    default:
      return [stop(s)]
  }
}

/** One of the word characters `cs`. */
function letters(s: State, cs: readonly string[]): State {
  if (s.stopped) return s
  if (s.cur !== null) {
    // A letter after unknown letters: where the word's known part is cannot be said.
    if (s.stem) return stop(s)
    const cur = new Set<string>()
    for (const w of s.cur) for (const c of cs) cur.add(w + c)
    return { ...s, cur }
  }
  // A word starts: at the match's start, or after a separator.
  if (s.conds.length === 0 && !s.sep) return { ...s, cur: new Set(cs) }
  if (!s.sep || s.conds.length >= MAX_WORDS) return stop(s)
  return { ...s, cur: new Set(cs), sep: false }
}

/** Word characters of unknown letters (`num`: the first of them a number character): at least `min` of them. */
function wordRun(s: State, min: number, num: boolean): State[] {
  if (s.stopped) return [s]
  // Inside a word: it goes on with unknown letters (or not); either way it starts with `cur`.
  if (s.cur !== null) return [{ ...s, stem: true }]
  const present: State =
    s.conds.length === 0 && !s.sep ? { ...s, cur: new Set(['']), stem: true, num } : s.sep && s.conds.length < MAX_WORDS ? { ...s, cur: new Set(['']), stem: true, num, sep: false } : stop(s)
  return min >= 1 ? [present] : [s, present]
}

/** Characters that are never part of a word: at least `min` of them. */
function separator(s: State, min: number): State[] {
  if (s.stopped) return [s]
  if (min === 0) {
    // An optional separator may leave two pattern words joined into one text word.
    return s.cur !== null ? [stop(s)] : [s]
  }
  if (s.cur !== null) return [{ conds: [...s.conds, condOf(s.cur, s.stem, s.num)], cur: null, stem: false, num: false, sep: true, stopped: false }]
  // A match starts at a word's first character: a separator cannot come first.
  if (s.conds.length === 0 && !s.sep) return []
  return [s]
}

/**
 * Whether every match of a pattern (case-insensitive, tried at a word's start) lies inside that
 * word: it consumes only letters and digits, and an apostrophe only where a letter must follow it
 * ("Ukraine['’]s"), as the tokenizer joins "Ukraine's" into one word; it has no lookaround, `\b`,
 * `^` or `$`. Such a rule's match at a word depends on nothing but the word's letters (and on
 * whether another word character follows the word, which the matcher checks), so it can be worked
 * out once per distinct word. False for anything it cannot read.
 */
export function staysInWord(pattern: string): boolean {
  return readPattern(pattern).inWord
}

/** `tokenPaths` and `staysInWord` of a pattern, read in one pass of the parser. */
export function readPattern(pattern: string): { readonly paths: TokenPath[] | null; readonly inWord: boolean } {
  let items: Item[][]
  try {
    items = new Parser(pattern).alternatives()
  } catch {
    return { paths: null, inWord: false }
  }
  let paths: TokenPath[] | null = null
  try {
    paths = merge(applyGroup([START], items)).map((s) => finish(s))
  } catch {
    paths = null
  }
  return { paths, inWord: items.every(sequenceStaysInWord) }
}

function sequenceStaysInWord(items: readonly Item[]): boolean {
  for (let i = 0; i < items.length; i++) {
    const { atom, max } = items[i]!
    if (atom.t === 'char' || atom.t === 'letters' || atom.t === 'word' || atom.t === 'num') continue
    if (atom.t === 'group' && atom.alts.every(sequenceStaysInWord)) continue
    if (atom.t === 'apos' && max <= 1 && items[i + 1] !== undefined && items[i + 1]!.min >= 1 && startsWithLetter(items[i + 1]!.atom)) continue
    return false
  }
  return true
}

/** A mandatory letter (not a digit: after an apostrophe only letters continue a word). */
function startsWithLetter(atom: Atom): boolean {
  if (atom.t === 'char') return LETTER.test(atom.c[0]!)
  if (atom.t === 'letters') return atom.cs.every((c) => LETTER.test(c))
  return false
}

/** A reader of the regex subset the lexicons are written in; throws on what it does not know. */
class Parser {
  private i = 0
  constructor(private readonly src: string) {}

  alternatives(): Item[][] {
    const alts: Item[][] = [this.sequence()]
    while (this.src[this.i] === '|') {
      this.i++
      alts.push(this.sequence())
    }
    return alts
  }

  private sequence(): Item[] {
    const items: Item[] = []
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom()
      const [min, max] = this.quantifier()
      // Consecutive letters are read as one string ("forces", not f-o-r-c-e-s).
      const last = items.at(-1)
      if (atom.t === 'char' && min === 1 && max === 1 && last && last.atom.t === 'char' && last.min === 1 && last.max === 1) {
        items[items.length - 1] = { atom: { t: 'char', c: last.atom.c + atom.c }, min, max }
      } else items.push({ atom, min, max })
    }
    return items
  }

  private quantifier(): [number, number] {
    const c = this.src[this.i]
    let q: [number, number] = [1, 1]
    if (c === '?') q = [0, 1]
    else if (c === '*') q = [0, Infinity]
    else if (c === '+') q = [1, Infinity]
    else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.i))
      if (!m) throw new Error('bad quantifier')
      this.i += m[0].length
      const min = Number(m[1])
      const max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min
      if (this.src[this.i] === '?') this.i++
      return [min, max]
    } else return q
    this.i++
    // A lazy quantifier matches the same words, fewer or more of them.
    if (this.src[this.i] === '?') this.i++
    return q
  }

  private atom(): Atom {
    const c = this.src[this.i]!
    if (c === '(') {
      this.i++
      let zero = false
      if (this.src.startsWith('?:', this.i)) this.i += 2
      else if (/^\?<?[=!]/.test(this.src.slice(this.i, this.i + 3))) {
        this.i += this.src[this.i + 1] === '<' ? 3 : 2
        zero = true
      } else if (this.src[this.i] === '?') throw new Error('unknown group')
      const alts = this.alternatives()
      if (this.src[this.i] !== ')') throw new Error('unclosed group')
      this.i++
      return zero ? { t: 'zero' } : { t: 'group', alts }
    }
    if (c === '[') return this.charClass()
    if (c === '\\') return this.escape()
    this.i++
    if (c === '^' || c === '$') return { t: 'zero' }
    if (c === '.') return { t: 'other' }
    return literal(c)
  }

  private escape(): Atom {
    const e = this.src[this.i + 1]
    if (e === undefined) throw new Error('dangling escape')
    if (e === 'p' || e === 'P') {
      const m = /^\\[pP]\{([^}]+)\}/.exec(this.src.slice(this.i))
      if (!m) throw new Error('bad property')
      this.i += m[0].length
      if (e === 'p' && /^(?:N|Nd|Nl|No|Number)$/.test(m[1]!)) return { t: 'num' }
      if (e === 'p' && /^(?:L|Lu|Ll|Lt|Lm|Lo|Letter)$/.test(m[1]!)) return { t: 'word' }
      return { t: 'other' }
    }
    this.i += 2
    if (e === 'd') return { t: 'num' }
    if (e === 's') return { t: 'sep' }
    if (e === 'b' || e === 'B') return { t: 'zero' }
    if (/[0-9]/.test(e) || e === 'k' || e === 'u' || e === 'x' || e === 'c') throw new Error('unsupported escape')
    if (/[a-zA-Z]/.test(e)) return { t: 'other' } // \w, \S, \D, \n, \t…: mixed or unknown
    return literal(e)
  }

  private charClass(): Atom {
    let j = this.i + 1
    if (this.src[j] === '^') {
      this.i = closeClass(this.src, j)
      return { t: 'other' }
    }
    const members: Atom[] = []
    while (j < this.src.length && this.src[j] !== ']') {
      let a: Atom
      if (this.src[j] === '\\') {
        const m = /^\\(?:[pP]\{[^}]+\}|.)/su.exec(this.src.slice(j))!
        const sub = new Parser(m[0])
        a = sub.escape()
        j += m[0].length
      } else if (this.src[j + 1] === '-' && this.src[j + 2] !== undefined && this.src[j + 2] !== ']') {
        // A range: its letters are unknown here.
        a = { t: 'other' }
        j += 3
      } else {
        a = literal(this.src[j]!)
        j++
      }
      members.push(a)
    }
    if (this.src[j] !== ']') throw new Error('unclosed class')
    this.i = j + 1
    if (members.length === 0) return { t: 'other' }
    if (members.every((m) => m.t === 'sep')) return { t: 'sep' }
    if (members.every((m) => m.t === 'num')) return { t: 'num' }
    if (members.every((m) => m.t === 'apos')) return { t: 'apos' }
    if (members.every((m) => m.t === 'char')) {
      const cs = [...new Set(members.map((m) => (m as { c: string }).c))]
      return cs.length === 1 ? { t: 'char', c: cs[0]! } : cs.length <= 6 ? { t: 'letters', cs } : { t: 'word' }
    }
    if (members.every((m) => m.t === 'char' || m.t === 'letters' || m.t === 'word' || m.t === 'num')) return { t: 'word' }
    return { t: 'other' }
  }
}

function closeClass(src: string, from: number): number {
  for (let j = from; j < src.length; j++) {
    if (src[j] === '\\') j++
    else if (src[j] === ']') return j + 1
  }
  throw new Error('unclosed class')
}

const literals = new Map<string, Atom>()

/** A literal character: a word character (lower case), a separator, or something that ends paths. */
function literal(c: string): Atom {
  let atom = literals.get(c)
  if (!atom) {
    atom = classify(c)
    literals.set(c, atom)
  }
  return atom
}

function classify(c: string): Atom {
  if (APOSTROPHES.includes(c)) return { t: 'apos' }
  if (WORD_CHAR.test(c)) {
    const lower = c.toLowerCase()
    // Letters whose lower case is not one character, or that fold oddly, are not compared.
    if (lower.length !== 1 || FOLD_UNSAFE.test(c) || FOLD_UNSAFE.test(lower)) return { t: 'word' }
    return { t: 'char', c: lower }
  }
  // Surrogate halves and marks are neither: end the path.
  if (/[\p{M}\p{Cs}]/u.test(c)) return { t: 'other' }
  return { t: 'sep' }
}
