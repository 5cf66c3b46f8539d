/**
 * Required literals: strings one of which every text a regex matches must hold.
 *
 * Most of the extractor's patterns list words ("(?<![\p{L}])(?:fearing|for fear of|avoiding)\s+…$",
 * "(?:колон\p{L}*|груп\p{L}*) (?:\p{L}+ ){0,2}?(?:розбили|знищено)"), and most texts they are tried on
 * hold none of them: 85-90% of the ~7,000 regex runs per 5 kB report fail. A run costs the pattern's
 * alternatives at every position (0.5 µs on a 30-character window, more on a sentence); whether the
 * lower-cased text holds one of a few words costs a fraction of that. `requiredLiterals` reads a
 * pattern's source once and says which words (or stems, or pieces of words) a match cannot do
 * without; `gated` makes a regex that asks that first and runs itself only where the answer allows.
 *
 * How the reading stays necessary (a gate may only ever let through more than the regex matches):
 * - Each part of the pattern has either the exact set of strings it matches (small literal parts:
 *   "fearing", "(?:is|are|was)", "[ву]наслідок") or a set one of which each of its matches holds, or
 *   nothing known. A sequence joins exact sets ("у зв" + "[’']" + "язку" are 2 strings); alternatives
 *   require one of their branches' sets, and nothing when a branch requires nothing; an optional or
 *   repeated-from-zero part requires nothing.
 * - Lookarounds consume nothing, but what they look at lies in the text the regex reads, so a
 *   positive lookaround's requirement counts too; a negative one requires nothing.
 * - Anything not read (`.`, classes with ranges or properties, `\s`, backreferences, a letter whose
 *   case the lowering below does not keep) is a part with nothing known: a literal stops there.
 * - A gate searches a short text (a sentence, a window) for the literals with the pattern's own
 *   case flags, so it equates what the pattern equates. A document is asked through an index of its
 *   lower case (gated-regexp.ts): there the characters that case-insensitive matching equates with a
 *   letter of another lower case (FOLD_UNSAFE: "ſ" with "s", the rounded Cyrillic letters
 *   U+1C80–U+1C88 with "в", "о", "т"…) send the document to the regex ungated. A pattern letter whose
 *   lower case is not one character of its own (Greek sigma, "İ"), or that matching does not take
 *   for its lower case, is not read. Checked against the BMP in both case-insensitive modes by the
 *   tests.
 */

/**
 * Characters that a case-insensitive regex (with or without `u`) equates with a letter whose lower
 * case differs from theirs. A text holding one is matched without a gate. Checked against the BMP by
 * the tests (required-literals.test.ts); the same list as the lexicons' token paths use.
 */
export const FOLD_UNSAFE = /[\u00b5\u017f\u0345\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u1c80-\u1c88\u1e9b\u1fbe]/u

/**
 * Pattern letters not read into literals: Greek sigma (its lower case depends on what follows), the
 * dotted and dotless i, and letters that case-insensitive matching equates with another lower-case
 * letter ("ΐ" U+0390 and U+1FD3, "ΰ", the ligatures "ﬅ" and "ﬆ"); see the BMP test.
 */
const UNREAD_LETTER = /[\u03a3\u03c3\u03c2\u0130\u0131\u212a\u212b\u2126\u0390\u1fd3\u03b0\u1fe3\ufb05\ufb06]/u

/** Exact sets larger than this are read as a requirement instead (the set of their strings). */
const EXACT_MAX = 64
/** A requirement with more strings than this is dropped (its test would cost near a regex run). */
const REQUIRED_MAX = 48

interface Reading {
  /** Every string the part matches (lower case when case-insensitive); null when not known or too many. */
  readonly exact: readonly string[] | null
  /** One of these occurs in the text wherever the part matches; null when nothing is known. */
  readonly req: readonly string[] | null
}

const NOTHING: Reading = { exact: null, req: null }
const EMPTY: Reading = { exact: [''], req: null }

/**
 * Strings (lower case, for a case-insensitive pattern) one of which the text holds wherever `re`
 * matches, or null when the pattern cannot be read so (then every text may match). Each string has
 * at least two characters. Kept by source and flags.
 */
export function requiredLiterals(source: string, flags: string): readonly string[] | null {
  const key = `${flags}/${source}`
  const known = readings.get(key)
  if (known !== undefined) return known
  let found: readonly string[] | null
  try {
    // (The `v` flag's classes nest and subtract: not read.)
    if (flags.includes('v')) throw new Error('v flag')
    const parser = new Parser(source, flags.includes('i'), flags.includes('u'))
    const r = parser.pattern()
    found = usable(best(r))
  } catch {
    found = null
  }
  readings.set(key, found)
  return found
}

const readings = new Map<string, readonly string[] | null>()

/** A requirement worth testing: no empty or one-character string, not too many strings. */
function usable(set: readonly string[] | null): readonly string[] | null {
  if (set === null || set.length === 0 || set.length > 4 * REQUIRED_MAX || set.some((s) => s.length < 2)) return null
  const kept = minimal(set)
  return kept.length > REQUIRED_MAX ? null : kept
}

/** The better of a part's exact set and its requirement, as a requirement. */
function best(r: Reading): readonly string[] | null {
  return better(r.req, r.exact)
}

/**
 * How likely a requirement is to let a text through, roughly: each string's chance falls with its
 * length; a set holding the empty string or a single character lets everything through.
 */
function looseness(set: readonly string[] | null): number {
  if (set === null || set.length === 0) return Infinity
  let sum = 0
  for (const s of set) {
    if (s.length < 2) return Infinity
    sum += 0.5 ** (s.length - 2)
  }
  return sum + set.length * 0.01
}

function better(a: readonly string[] | null, b: readonly string[] | null): readonly string[] | null {
  const la = looseness(a)
  const lb = looseness(b)
  if (la === Infinity && lb === Infinity) return null
  return la <= lb ? a : b
}

/** A set without repeats and without strings that hold another of its strings (one is enough). */
function minimal(set: readonly string[]): string[] {
  const sorted = [...new Set(set)].sort((x, y) => x.length - y.length)
  const out: string[] = []
  for (const s of sorted) if (!out.some((t) => s.includes(t))) out.push(s)
  return out
}

function sequence(parts: readonly Reading[]): Reading {
  // The exact strings of the run of exact parts being joined (a run ends at a part with nothing
  // exact, or where joining would make too many); each run's strings are a candidate requirement,
  // as is each part's own requirement. The best candidate is kept.
  let run: string[] | null = ['']
  let whole = true
  let req: readonly string[] | null = null
  for (const p of parts) {
    req = better(req, p.req)
    if (run !== null && p.exact !== null && run.length * p.exact.length <= EXACT_MAX) {
      const joined = new Set<string>()
      for (const a of run) for (const b of p.exact) joined.add(a + b)
      run = [...joined]
      continue
    }
    whole = false
    if (run !== null) req = better(req, run)
    run = p.exact === null ? null : [...p.exact]
  }
  if (run !== null) req = better(req, run)
  return { exact: whole ? run : null, req }
}

function alternatives(branches: readonly Reading[]): Reading {
  if (branches.length === 1) return branches[0]!
  let exact: string[] | null = []
  for (const b of branches) {
    if (exact === null || b.exact === null) {
      exact = null
      continue
    }
    exact.push(...b.exact)
    if (exact.length > EXACT_MAX) exact = null
  }
  let req: string[] | null = []
  for (const b of branches) {
    const r = best(b)
    if (r === null) {
      req = null
      break
    }
    req.push(...r)
  }
  return { exact: exact === null ? null : [...new Set(exact)], req }
}

function repeated(r: Reading, min: number, max: number): Reading {
  if (min === 0) {
    // Optional: the exact set gains the empty string (a single round only); nothing is required.
    return max === 1 && r.exact !== null ? { exact: [...new Set(['', ...r.exact])], req: null } : { exact: null, req: null }
  }
  if (min === 1 && max === 1) return r
  // At least one round: one round's requirement holds; the exact strings are known for a fixed count of one string.
  const exact = r.exact !== null && r.exact.length === 1 && min === max && min <= 4 ? [r.exact[0]!.repeat(min)] : null
  return { exact, req: best(r) }
}

/** A letter as a literal reads it: lower case when case-insensitive; null when it cannot be read. */
export function literalChar(c: string, caseless: boolean): string | null {
  let lower = readChars.get(c)
  if (lower === undefined) {
    lower = UNREAD_LETTER.test(c) || FOLD_UNSAFE.test(c) || c.toLowerCase().length !== 1 || [...c].length !== 1 || !sameLetter(c, c.toLowerCase()) ? null : c.toLowerCase()
    readChars.set(c, lower)
  }
  return lower === null ? null : caseless ? lower : c
}

const readChars = new Map<string, string | null>()

/**
 * Whether case-insensitive matching, with and without `u`, takes `lower` for `c` (a gate searches
 * for the literal in lower case): not so for a few letters without `u` ("ẞ", "ϴ", Greek capitals
 * with prosgegrammeni), whose upper case is not one character or not theirs.
 */
function sameLetter(c: string, lower: string): boolean {
  if (c === lower) return true
  const escaped = lower.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
  return new RegExp(`^${escaped}$`, 'i').test(c) && new RegExp(`^${escaped}$`, 'iu').test(c)
}

const QUANTIFIER = /\{(\d+)(?:(,)(\d*))?\}/y

/** A recursive-descent reader of JavaScript regex sources, for what `requiredLiterals` needs. */
class Parser {
  private i = 0

  constructor(
    private readonly s: string,
    private readonly caseless: boolean,
    private readonly unicode: boolean,
  ) {}

  pattern(): Reading {
    const r = this.disjunction()
    if (this.i !== this.s.length) throw new Error(`unread ${this.s.slice(this.i, this.i + 10)}`)
    return r
  }

  private disjunction(): Reading {
    const branches = [this.alternative()]
    while (this.s[this.i] === '|') {
      this.i++
      branches.push(this.alternative())
    }
    return alternatives(branches)
  }

  private alternative(): Reading {
    const parts: Reading[] = []
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') parts.push(this.term())
    return parts.length === 0 ? EMPTY : sequence(parts)
  }

  private term(): Reading {
    const c = this.s[this.i]!
    if (c === '^' || c === '$') {
      this.i++
      return EMPTY
    }
    if (c === '\\' && (this.s[this.i + 1] === 'b' || this.s[this.i + 1] === 'B')) {
      this.i += 2
      return EMPTY
    }
    if (this.s.startsWith('(?=', this.i) || this.s.startsWith('(?<=', this.i)) {
      this.i += this.s[this.i + 2] === '<' ? 4 : 3
      const inner = this.disjunction()
      this.expect(')')
      // Zero-width: matches the empty string here; what it looks at is in the text all the same.
      // (A quantifier on a lookahead is allowed outside `u` mode: then it may be skipped entirely.)
      return this.quantified({ exact: [''], req: best(inner) })
    }
    if (this.s.startsWith('(?!', this.i) || this.s.startsWith('(?<!', this.i)) {
      this.i += this.s[this.i + 2] === '<' ? 4 : 3
      this.disjunction()
      this.expect(')')
      return this.quantified(EMPTY)
    }
    return this.quantified(this.atom())
  }

  private expect(c: string): void {
    if (this.s[this.i] !== c) throw new Error(`expected ${c} at ${this.i}`)
    this.i++
  }

  private quantified(r: Reading): Reading {
    const c = this.s[this.i]
    let min: number
    let max: number
    if (c === '*' || c === '+' || c === '?') {
      this.i++
      ;[min, max] = c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1]
    } else if (c === '{') {
      QUANTIFIER.lastIndex = this.i
      const m = QUANTIFIER.exec(this.s)
      if (!m) return r
      this.i += m[0].length
      min = Number(m[1])
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3])
    } else return r
    if (this.s[this.i] === '?') this.i++
    return repeated(r, min, max)
  }

  private atom(): Reading {
    const c = this.s[this.i]!
    if (c === '(') {
      if (this.s.startsWith('(?:', this.i)) this.i += 3
      else if (this.s.startsWith('(?<', this.i)) {
        const close = this.s.indexOf('>', this.i)
        if (close < 0) throw new Error('unclosed group name')
        this.i = close + 1
      } else if (this.s[this.i + 1] === '?') throw new Error('unknown group')
      else this.i++
      const inner = this.disjunction()
      this.expect(')')
      return inner
    }
    if (c === '[') return this.characterClass()
    if (c === '.') {
      this.i++
      return NOTHING
    }
    if (c === '\\') return this.escape()
    if (c === ')' || c === '|' || c === '*' || c === '+' || c === '?') throw new Error(`unexpected ${c}`)
    // One character (a surrogate pair whole in `u` mode).
    const cp = this.unicode ? String.fromCodePoint(this.s.codePointAt(this.i)!) : c
    this.i += cp.length
    const l = literalChar(cp, this.caseless)
    return l === null ? NOTHING : { exact: [l], req: null }
  }

  private escape(): Reading {
    const e = this.s[this.i + 1]
    if (e === undefined) throw new Error('trailing backslash')
    this.i += 2
    // Classes, properties, backreferences: nothing known.
    if ('dDwWsS'.includes(e)) return NOTHING
    if (e === 'p' || e === 'P') {
      if (!this.unicode) return NOTHING
      const close = this.s.indexOf('}', this.i)
      if (this.s[this.i] !== '{' || close < 0) throw new Error('bad property')
      this.i = close + 1
      return NOTHING
    }
    if (e === 'k' && this.s[this.i] === '<') {
      this.i = this.s.indexOf('>', this.i) + 1
      if (this.i === 0) throw new Error('bad backreference')
      return NOTHING
    }
    if (/[0-9]/.test(e)) {
      while (/[0-9]/.test(this.s[this.i] ?? '')) this.i++
      return NOTHING
    }
    const ch = this.escapedChar(e)
    if (ch === null) return NOTHING
    const l = literalChar(ch, this.caseless)
    return l === null ? NOTHING : { exact: [l], req: null }
  }

  /** The character a character escape stands for (after `\` and `e`), or null when not one character. */
  private escapedChar(e: string): string | null {
    switch (e) {
      case 'n':
        return '\n'
      case 't':
        return '\t'
      case 'r':
        return '\r'
      case 'f':
        return '\f'
      case 'v':
        return '\v'
      case 'c': {
        const l = this.s[this.i]
        if (l && /[A-Za-z]/.test(l)) {
          this.i++
          return String.fromCharCode(l.charCodeAt(0) % 32)
        }
        return null
      }
      case 'x': {
        const m = /^[0-9a-fA-F]{2}/.exec(this.s.slice(this.i, this.i + 2))
        if (!m) return null
        this.i += 2
        return String.fromCharCode(parseInt(m[0], 16))
      }
      case 'u': {
        if (this.s[this.i] === '{' && this.unicode) {
          const close = this.s.indexOf('}', this.i)
          const cp = parseInt(this.s.slice(this.i + 1, close), 16)
          this.i = close + 1
          return Number.isFinite(cp) ? String.fromCodePoint(cp) : null
        }
        const m = /^[0-9a-fA-F]{4}/.exec(this.s.slice(this.i, this.i + 4))
        if (!m) return null
        this.i += 4
        const unit = parseInt(m[0], 16)
        // A surrogate half written alone: not read (it may pair with the next escape).
        return unit >= 0xd800 && unit <= 0xdfff ? null : String.fromCharCode(unit)
      }
      default:
        // An identity escape: the character itself (`\.`, `\-`, `\/`, `\$`…).
        if (/[\p{L}\p{N}]/u.test(e)) return null
        return e
    }
  }

  /**
   * `[…]`: the exact set of its characters when it lists a few single characters (no ranges past a
   * handful, no classes or properties, not negated); nothing known otherwise.
   */
  private characterClass(): Reading {
    this.i++
    let negated = false
    if (this.s[this.i] === '^') {
      negated = true
      this.i++
    }
    const chars: (string | null)[] = []
    let known = true
    while (this.i < this.s.length && this.s[this.i] !== ']') {
      let ch: string | null
      const c = this.s[this.i]!
      if (c === '\\') {
        const e = this.s[this.i + 1]
        if (e === undefined) throw new Error('trailing backslash')
        this.i += 2
        if ('dDwWsS'.includes(e)) {
          known = false
          continue
        }
        if (e === 'p' || e === 'P') {
          known = false
          if (this.unicode) {
            const close = this.s.indexOf('}', this.i)
            if (close < 0) throw new Error('bad property')
            this.i = close + 1
          }
          continue
        }
        ch = e === 'b' ? '\b' : e === '-' ? '-' : this.escapedChar(e)
      } else {
        ch = this.unicode ? String.fromCodePoint(this.s.codePointAt(this.i)!) : c
        this.i += ch.length
      }
      // A range: its ends read as above; more than a few characters is nothing known.
      if (this.s[this.i] === '-' && this.s[this.i + 1] !== ']' && this.s[this.i + 1] !== undefined) {
        this.i++
        let to: string | null
        const d = this.s[this.i]!
        if (d === '\\') {
          const e = this.s[this.i + 1]!
          this.i += 2
          to = 'dDwWsSpP'.includes(e) ? null : this.escapedChar(e)
        } else {
          to = this.unicode ? String.fromCodePoint(this.s.codePointAt(this.i)!) : d
          this.i += to.length
        }
        if (ch === null || to === null) {
          known = false
          continue
        }
        const a = ch.codePointAt(0)!
        const b = to.codePointAt(0)!
        if (b - a > 8 || b < a) {
          known = false
          continue
        }
        for (let cp = a; cp <= b; cp++) chars.push(String.fromCodePoint(cp))
        continue
      }
      chars.push(ch)
    }
    this.expect(']')
    if (negated || !known || chars.some((c) => c === null)) return NOTHING
    const out = new Set<string>()
    for (const c of chars) {
      const l = literalChar(c!, this.caseless)
      if (l === null) return NOTHING
      out.add(l)
    }
    return { exact: [...out], req: null }
  }
}
