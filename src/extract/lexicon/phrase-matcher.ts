import type { Span } from '../../domain/index.js'
import { FOLD_UNSAFE, gated, hasCondition as has, PathConditions, readPattern, type Token, type TokenPath, WordMemo } from '../../text/index.js'
import { patternReading } from './pattern-readings.js'

/** A phrase pattern: a regex source (case-insensitive) and the data a match carries. */
export interface PhraseRule<T> {
  readonly pattern: string
  readonly data: T
  /** Lower-case prefixes of the first word a match can start with; derived from `pattern` when omitted. */
  readonly starts?: readonly string[]
}

export interface PhraseMatch<T> {
  readonly span: Span
  readonly text: string
  readonly data: T
}

export type { Token } from '../../text/index.js'
export { tokenize } from '../../text/index.js'

const NONE: readonly never[] = []

interface Compiled<T> {
  /** The rule's pattern as read (its sticky regex is `read.re`). */
  readonly read: ReadRule
  readonly data: T
  readonly order: number
  /**
   * What the words from a match's start must be (see text/token-paths.ts), one array per path: per
   * position a condition id, or -1 for any word. Null when the pattern could not be read into
   * paths, or one path requires nothing: the rule is then tried wherever its first word allows.
   */
  readonly paths: readonly Int32Array[] | null
  /**
   * The condition the word after a match's first word must meet on every path (the union of the
   * paths' second conditions), or -1 when a path requires no second word or allows any: one bit test
   * that turns most tries away before their paths are walked one by one.
   */
  readonly second: number
  /** Every match lies inside the word it starts at (see `staysInWord`): worked out once per word. */
  readonly inWord: boolean
}

/**
 * The rules a word may start. Those whose matches stay inside the word (`inWord`) were tried on the
 * word itself when it was first seen: `ends[k]` is the length of `known[k]`'s match, 0 for none.
 * Where the text's word is not the remembered one character for character (its lower case has
 * another length) or runs on into a digit after an apostrophe ("don't5" is two words), they are
 * tried in the text like the rest.
 */
interface WordRules<T> {
  readonly run: readonly Compiled<T>[]
  /**
   * Per rule of `run`, the paths whose first condition the word satisfies (null for a rule without
   * paths): the first word of a path is this word, so only the words after it are left to check.
   * A rule none of whose paths the word can start is not in `run`.
   */
  readonly runPaths: readonly (readonly Int32Array[] | null)[]
  readonly known: readonly Compiled<T>[]
  readonly ends: Int32Array
}

const NO_ENDS = new Int32Array(0)

/** What a rule's pattern says, read once per rule however many matchers hold it. */
class ReadRule {
  private compiled: RegExp | null = null

  constructor(
    private readonly pattern: string,
    readonly paths: readonly TokenPath[] | null,
    readonly firsts: readonly FirstWord[],
    readonly inWord: boolean,
  ) {}

  /**
   * The rule's sticky regex, shared by the matchers (each use sets `lastIndex` first). Built on first
   * use: a `\p{L}`-heavy case-insensitive Unicode regex costs about 0.1 ms to construct, and a short
   * document tries few of the ~1,300 rules (constructing them all was ~50 CPU-ms of a one-file
   * `analyze` in English, twice that in Ukrainian or Russian, which read two lexicons).
   */
  get re(): RegExp {
    // Gated (text/gated-regexp.ts): a document holding none of the words the pattern needs past its
    // token paths (a verb after "(?:[\p{L}]+ ){0,2}?", a lookahead's object) is answered at once.
    return (this.compiled ??= gated(new RegExp(phraseSource(this.pattern), 'iuy')))
  }
}

/**
 * Rules already read, by rule: the Ukrainian and Russian matchers hold the same rules in two
 * orders, and reading a pattern (its token paths, first words, regex) costs far more than placing
 * it. Sharing the regex also lets V8 compile it once for both.
 */
const readRules = new WeakMap<PhraseRule<unknown>, ReadRule>()

function readRule(rule: PhraseRule<unknown>): ReadRule {
  let read = readRules.get(rule)
  if (read) return read
  // Derived first words know whether the pattern's first word ends there; explicit starts are
  // prefixes, used only where the pattern cannot be read. Where it can, its own first words
  // replace them: a start list that misses a branch ("перехват" for "перехвач\p{L}*") cannot
  // hide matches, and a rule starting "за " after a lookbehind is tried at "за", not at every
  // word beginning with "за".
  const { paths, inWord, firsts } = patternReading(rule.pattern, () => ({ ...readPattern(rule.pattern), firsts: readableFirstWords(rule.pattern, null) }))
  // (A pattern without starts whose first words cannot be derived is a lexicon error: thrown, as ever.)
  const derived = firsts ?? (rule.starts ? [] : deriveFirstWords(rule.pattern))
  read = new ReadRule(rule.pattern, paths, derived.length > 0 ? derived : rule.starts!.map((prefix) => ({ prefix, whole: false })), inWord)
  readRules.set(rule, read)
  return read
}

/** How many of a matcher's rules the token paths cover (the rest fall back to their first word). */
export interface PathCoverage {
  readonly rules: number
  /** Rules tried only where their paths hold in the text's words. */
  readonly compiled: number
  /** Of those, rules whose every path requires more than the first word. */
  readonly beyondFirstWord: number
  /** Rules tried wherever their first word allows (pattern unreadable, or a path requiring nothing). */
  readonly fallback: number
}

/** A node of the stem trie: the rules whose first word may start with the letters leading here. */
interface TrieNode<T> {
  readonly next: Map<number, TrieNode<T>>
  readonly rules: Compiled<T>[]
}

function trieNode<T>(): TrieNode<T> {
  return { next: new Map(), rules: [] }
}

/**
 * Finds lexicon phrases in text in time linear in its length. Each rule is a sticky regex; what its
 * first word can be is read from the pattern: a whole word ("took control of" starts only at "took")
 * or a stem ("захопи\p{L}*" at any word starting "захопи"). Every distinct word of the texts is looked
 * up once (whole words in a map, stems along a trie of their letters) and its rules remembered, so a
 * word costs one map lookup and regexes run only where a phrase can start. Overlapping matches
 * resolve to the longest, then the earliest-listed rule.
 */
export class PhraseMatcher<T> {
  private readonly whole = new Map<string, Compiled<T>[]>()
  private readonly stems = trieNode<T>()
  /** Rules that start at any token beginning with a digit ('#'). */
  private readonly digitRules: Compiled<T>[] = []
  /** The rules each word may start, looked up once per distinct word (most share the empty entry). */
  private readonly memo = new WordMemo<WordRules<T>>((lower) => this.wordRules(lower))
  private readonly noRules: WordRules<T> = { run: NONE, runPaths: NONE, known: NONE, ends: NO_ENDS }
  /** Every rule, in list order. */
  private readonly all: Compiled<T>[] = []
  /** The paths' word conditions, and what each word satisfies (worked out once per distinct word). */
  private readonly conditions = new PathConditions()
  readonly coverage: PathCoverage

  constructor(rules: readonly PhraseRule<T>[]) {
    let compiledCount = 0
    let beyond = 0
    rules.forEach((rule, order) => {
      const read = readRule(rule)
      const paths = this.compilePaths(read.paths)
      const second = paths ? this.secondCondition(read.paths!) : -1
      if (paths) {
        compiledCount++
        if (paths.every((p) => p.length >= 2)) beyond++
      }
      const compiled: Compiled<T> = { read, data: rule.data, order, paths, second, inWord: read.inWord }
      this.all.push(compiled)
      const seen = new Set<string>()
      const firsts = read.firsts
      for (const { prefix: raw, whole } of firsts) {
        const prefix = raw.toLowerCase()
        if (seen.has(`${whole}${prefix}`)) continue
        seen.add(`${whole}${prefix}`)
        if (prefix === '#') {
          this.digitRules.push(compiled)
        } else if (whole) {
          const list = this.whole.get(prefix)
          if (list) list.push(compiled)
          else this.whole.set(prefix, [compiled])
        } else {
          let node = this.stems
          for (let i = 0; i < prefix.length; i++) {
            const c = prefix.charCodeAt(i)
            let child = node.next.get(c)
            if (!child) {
              child = trieNode<T>()
              node.next.set(c, child)
            }
            node = child
          }
          node.rules.push(compiled)
        }
      }
    })
    this.coverage = { rules: rules.length, compiled: compiledCount, beyondFirstWord: beyond, fallback: rules.length - compiledCount }
  }

  /** A pattern's token paths as arrays of condition ids; null when they cannot narrow anything. */
  private compilePaths(paths: readonly TokenPath[] | null): Int32Array[] | null {
    if (!paths || paths.length === 0 || paths.some((p) => p.length === 0)) return null
    return this.conditions.compile(paths)
  }

  /** The union of the paths' second conditions as one condition id (see `Compiled.second`). */
  private secondCondition(paths: readonly TokenPath[]): number {
    const wholes = new Set<string>()
    const stems = new Set<string>()
    let numeric = false
    for (const path of paths) {
      const c = path[1]
      if (c === undefined || c.any) return -1
      for (const w of c.wholes) wholes.add(w)
      for (const w of c.stems) stems.add(w)
      numeric ||= c.numeric ?? false
    }
    return this.conditions.id(wholes, stems, numeric)
  }

  /**
   * A word's rules (see `WordRules`). The in-word rules are tried on the lower-case word only when
   * it cannot match otherwise than in any spelling of it: every character a script the tokenizer
   * tables (below U+3000) and none that case-insensitive matching folds unlike `toLowerCase`.
   */
  private wordRules(lower: string): WordRules<T> {
    // A word holding a letter that folds unlike its lower case ("retakeſ" is "retakes" to the
    // regex) may start any rule: all are tried, as its path conditions all hold.
    if (FOLD_UNSAFE.test(lower)) return { run: this.all, runPaths: this.all.map((c) => c.paths), known: NONE, ends: NO_ENDS }
    const rules = this.lookUp(lower)
    if (rules.length === 0) return this.noRules
    let tabled = true
    for (let i = 0; i < lower.length && tabled; i++) tabled = lower.charCodeAt(i) < 0x3000
    const inWord = tabled && rules.some((c) => c.inWord)
    const sat = this.conditions.of(lower)
    const run: Compiled<T>[] = []
    const runPaths: (readonly Int32Array[] | null)[] = []
    const known: Compiled<T>[] = []
    const ends: number[] = []
    for (const c of rules) {
      if (inWord && c.inWord) {
        const re = c.read.re
        re.lastIndex = 0
        known.push(c)
        ends.push(re.test(lower) ? re.lastIndex : 0)
        continue
      }
      if (c.paths === null) {
        run.push(c)
        runPaths.push(null)
        continue
      }
      const paths = sat === null ? c.paths : c.paths.filter((p) => p[0]! < 0 || has(sat, p[0]!))
      if (paths.length === 0) continue
      run.push(c)
      runPaths.push(paths.length === c.paths.length ? c.paths : paths)
    }
    if (run.length === 0 && known.length === 0) return this.noRules
    return { run, runPaths, known: known.length > 0 ? known : NONE, ends: known.length > 0 ? Int32Array.from(ends) : NO_ENDS }
  }

  /** The rules a word may start: those whose first word it is, or whose stem it begins with. */
  private lookUp(lower: string): readonly Compiled<T>[] {
    const found = new Set<Compiled<T>>(this.whole.get(lower))
    let node: TrieNode<T> | undefined = this.stems
    for (let k = 0; k < lower.length; k++) {
      const code = lower.charCodeAt(k)
      // "Russia's": a whole-word rule ("Russia") also ends where an apostrophe joins a suffix on.
      if (code === 0x27 || code === 0x2019 || code === 0x2bc) for (const c of this.whole.get(lower.slice(0, k)) ?? NONE) found.add(c)
      if (!node) continue
      node = node.next.get(code)
      if (node) for (const c of node.rules) found.add(c)
    }
    return found.size === 0 ? NONE : [...found].sort((a, b) => a.order - b.order)
  }

  /**
   * Every non-overlapping match in `text` (tokens from `tokenize(text)`), in order. `accept` vets a
   * match before overlaps resolve, so a rejected long match does not hide a shorter one.
   */
  match(text: string, tokens: readonly Token[], accept?: (span: Span, data: T) => boolean): PhraseMatch<T>[] {
    const found: { span: [number, number]; data: T; order: number }[] = []
    const attempt = (c: Compiled<T>, paths: readonly Int32Array[] | null, from: number, token: Token, t: number): void => {
      // The regex runs only where the words from here on can match it.
      if (c.second >= 0) {
        if (t + 1 >= tokens.length) return
        const sat = this.conditions.ofToken(tokens[t + 1]!)
        if (sat !== null && !has(sat, c.second)) return
      }
      if (paths !== null && !this.conditions.pathsHold(paths, tokens, t, from)) return
      // A sticky test leaves lastIndex at the match's end: no match array to build.
      const re = c.read.re
      re.lastIndex = token.start
      if (!re.test(text) || re.lastIndex === token.start) return
      const span: [number, number] = [token.start, re.lastIndex]
      if (!accept || accept(span, c.data)) found.push({ span, data: c.data, order: c.order })
    }
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t]!
      const first = token.lower.charCodeAt(0)
      const { run, runPaths, known, ends } = this.memo.get(token)
      if (first >= 48 && first <= 57 && this.digitRules.length > 0) {
        for (const c of this.digitRules) if (!run.includes(c) && !known.includes(c)) attempt(c, c.paths, 0, token, t)
      }
      for (let r = 0; r < run.length; r++) attempt(run[r]!, runPaths[r]!, 1, token, t)
      if (known.length === 0) continue
      // The word in the text is the remembered one: as long, and not running on into the next word.
      if (token.end - token.start !== token.lower.length || (t + 1 < tokens.length && tokens[t + 1]!.start === token.end)) {
        for (let r = 0; r < known.length; r++) attempt(known[r]!, known[r]!.paths, 0, token, t)
        continue
      }
      for (let r = 0; r < known.length; r++) {
        if (ends[r] === 0) continue
        const c = known[r]!
        const span: [number, number] = [token.start, token.start + ends[r]!]
        if (!accept || accept(span, c.data)) found.push({ span, data: c.data, order: c.order })
      }
    }
    if (found.length === 0) return []
    // Longest first, then earliest, then the first-listed rule; a match overlapping a kept one goes.
    found.sort((a, b) => b.span[1] - b.span[0] - (a.span[1] - a.span[0]) || a.span[0] - b.span[0] || a.order - b.order)
    // Taken characters are marked, so each candidate checks only its own span (linear, not pairwise).
    const kept: typeof found = []
    const base = found.reduce((m, f) => Math.min(m, f.span[0]), Infinity)
    const taken = new Uint8Array(found.reduce((m, f) => Math.max(m, f.span[1]), 0) - base)
    for (const f of found) {
      let free = true
      for (let i = f.span[0] - base; i < f.span[1] - base && free; i++) free = taken[i] === 0
      if (!free) continue
      taken.fill(1, f.span[0] - base, f.span[1] - base)
      kept.push(f)
    }
    kept.sort((a, b) => a.span[0] - b.span[0])
    return kept.map((f) => ({ span: f.span, text: text.slice(f.span[0], f.span[1]), data: f.data }))
  }
}

/**
 * A rule's regex source: the pattern, ending at a word end. A pattern that opens with a lookbehind
 * (`(?<=вже\s)за \d+ км від`) checks what follows first: both are zero-width tests at the same
 * place, so their order changes no match, but the words after are a cheap test that fails at almost
 * every word where the rule is tried, while a lookbehind of stems and optional words (`наход\p{L}*`,
 * `(?:(?:примерно|около)\s)*`) costs microseconds each time.
 */
export function phraseSource(pattern: string): string {
  const whole = `(?:${pattern})(?![\\p{L}\\p{N}])`
  if (!/^\(\?<[=!]/.test(pattern) || splitTopLevel(pattern).length > 1) return whole
  const close = closingParen(pattern)
  const rest = pattern.slice(close + 1)
  if (rest === '' || /^\(\?<[=!]/.test(rest)) return whole
  return `(?=(?:${rest})(?![\\p{L}\\p{N}]))${whole}`
}

/** The first words of a pattern, or `unread` when it cannot be read (a leading lookbehind). */
function readableFirstWords<U>(pattern: string, unread: U): FirstWord[] | U {
  try {
    return deriveFirstWords(pattern)
  } catch {
    return unread
  }
}

/** The lower-case first-word prefixes a pattern can start with (see `deriveFirstWords`). */
export function deriveStarts(pattern: string): string[] {
  return [...new Set(deriveFirstWords(pattern).map((f) => f.prefix))]
}

/** A first word a pattern can start with: its literal letters, and whether the word ends there. */
export interface FirstWord {
  readonly prefix: string
  /** True when the pattern's first word is exactly `prefix` (followed by a space, a non-word character or the end). */
  readonly whole: boolean
}

/**
 * The first words a pattern can start with: its leading letters, or each branch of a leading
 * `(?:a|b|c)` group, marked whole when nothing that could continue the word follows them ("took
 * control" starts only at "took"; "captur(?:e|ed)" at any word starting "captur"). Throws for
 * patterns it cannot read (give `starts` explicitly then).
 */
export function deriveFirstWords(pattern: string, endsWord = true): FirstWord[] {
  const out: FirstWord[] = []
  for (const whole of splitTopLevel(pattern)) {
    // A lookaround at the start ("(?<=вже\s)за …") consumes nothing: the first word follows it.
    let branch = whole
    while (/^\(\?<?[=!]/.test(branch)) branch = branch.slice(closingParen(branch) + 1)
    const literal = /^([\p{L}\p{N}'’ʼ]+)/u.exec(branch)
    if (literal) {
      let prefix = literal[1]!
      const rest = branch.slice(prefix.length)
      // "attacks?": a quantifier makes the last letter optional, so the word may end before it.
      if (/^[?*{]/.test(rest)) {
        prefix = prefix.slice(0, -1)
        if (prefix.length === 0) throw new Error(`lexicon: cannot derive the first word of ${JSON.stringify(branch)} in ${JSON.stringify(pattern)}; give starts`)
        out.push({ prefix: prefix.toLowerCase(), whole: false })
        continue
      }
      out.push({ prefix: prefix.toLowerCase(), whole: rest.length === 0 ? endsWord : endsWordHere(rest) })
      continue
    }
    const charClass = /^\[([\p{L}]+)\](.*)$/u.exec(branch)
    if (charClass) {
      for (const ch of charClass[1]!) out.push(...deriveFirstWords(ch + charClass[2]!, endsWord))
      continue
    }
    // A number first ("\d+ km", "[\p{N}][\p{N},.]* sq km"): the rule is tried at words starting
    // with a digit 0-9 ('#'); a word opening with another number character ("½", "٣") is not tried.
    if (/^(?:\\d|\\p\{N\}|\[\\p\{N\}\])/.test(branch)) {
      out.push({ prefix: '#', whole: false })
      continue
    }
    if (branch.startsWith('(?:')) {
      const close = closingParen(branch)
      const rest = branch.slice(close + 1)
      const optional = /^[?*]/.test(rest)
      const after = optional ? rest.slice(1) : rest
      // Whether a word ending with the group's last letters ends there depends on what follows the group.
      const groupEndsWord = after.length === 0 ? endsWord : endsWordHere(after) && !/^[+{]/.test(after)
      out.push(...deriveFirstWords(branch.slice(3, close), groupEndsWord))
      // An optional leading group ("(?:the )?x"): a match may also start at what follows it.
      if (optional) out.push(...deriveFirstWords(after.replace(/^\\s\+?|^ /, ''), endsWord))
      continue
    }
    throw new Error(`lexicon: cannot derive the first word of ${JSON.stringify(branch)} in ${JSON.stringify(pattern)}; give starts`)
  }
  return out
}

/**
 * Whether what follows a literal in a pattern ends the word there (a space, \s, a dot, a hyphen, a
 * comma…). Anything else (\b included: it is ASCII-only, so true inside a Cyrillic word) keeps the
 * literal a stem, which is always safe: a stem only lets the regex be tried at more words.
 */
function endsWordHere(rest: string): boolean {
  // An optional separator (" ?", "\s?", "-?") may be absent: "Battle ?group" is also "Battlegroup".
  if (/^(?:\\.|[^\\])(?:[?*]|\{0,)/.test(rest)) return false
  return /^(?: |\\s|\\[.\-/,]|[-,;:/])/.test(rest)
}

function closingParen(source: string): number {
  let depth = 0
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\\') {
      i++
      continue
    }
    if (source[i] === '(') depth++
    else if (source[i] === ')' && --depth === 0) return i
  }
  return source.length - 1
}

function splitTopLevel(source: string): string[] {
  const parts: string[] = []
  let depth = 0
  let from = 0
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]
    if (ch === '\\') {
      i++
      continue
    }
    if (ch === '(' || ch === '[') depth++
    else if (ch === ')' || ch === ']') depth--
    else if (ch === '|' && depth === 0) {
      parts.push(source.slice(from, i))
      from = i + 1
    }
  }
  parts.push(source.slice(from))
  return parts
}
