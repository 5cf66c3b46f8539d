import type { Span } from '../../domain/index.js'

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

/** A word of the text: letters and digits (apostrophes inside words kept: "Куп'янськ"). */
export interface Token {
  readonly start: number
  readonly end: number
  readonly lower: string
}

const TOKEN = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}]+)*/gu

/** The words of `text`, once per document, shared by every matcher. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, lower: m[0].toLowerCase() })
  }
  return tokens
}

interface Compiled<T> {
  readonly re: RegExp
  readonly data: T
  readonly order: number
  /** The call and token index this rule was last tried at (each rule runs once per token). */
  triedCall: number
  triedToken: number
}

/** A node of the start-prefix trie: the rules whose start prefix ends here, and longer prefixes. */
interface TrieNode<T> {
  readonly next: Map<number, TrieNode<T>>
  readonly rules: Compiled<T>[]
}

function trieNode<T>(): TrieNode<T> {
  return { next: new Map(), rules: [] }
}

/**
 * Finds lexicon phrases in text in time linear in its length: each rule is a sticky regex tried only
 * at the words its first-word prefixes allow (a trie of start prefixes walked along each word's
 * letters, without allocating), never scanned over the whole text. Overlapping matches resolve to the
 * longest, then the earliest-listed rule.
 */
export class PhraseMatcher<T> {
  private readonly root = trieNode<T>()
  /** Rules that start at any token beginning with a digit ('#'). */
  private readonly digitRules: Compiled<T>[] = []
  private calls = 0

  constructor(rules: readonly PhraseRule<T>[]) {
    rules.forEach((rule, order) => {
      const compiled: Compiled<T> = { re: new RegExp(`(?:${rule.pattern})(?![\\p{L}\\p{N}])`, 'iuy'), data: rule.data, order, triedCall: -1, triedToken: -1 }
      for (const start of new Set((rule.starts ?? deriveStarts(rule.pattern)).map((x) => x.toLowerCase()))) {
        if (start === '#') {
          this.digitRules.push(compiled)
          continue
        }
        let node = this.root
        for (let i = 0; i < start.length; i++) {
          const c = start.charCodeAt(i)
          let child = node.next.get(c)
          if (!child) {
            child = trieNode<T>()
            node.next.set(c, child)
          }
          node = child
        }
        node.rules.push(compiled)
      }
    })
  }

  /**
   * Every non-overlapping match in `text` (tokens from `tokenize(text)`), in order. `accept` vets a
   * match before overlaps resolve, so a rejected long match does not hide a shorter one.
   */
  match(text: string, tokens: readonly Token[], accept?: (span: Span, data: T) => boolean): PhraseMatch<T>[] {
    const found: { span: [number, number]; data: T; order: number }[] = []
    const call = ++this.calls
    const attempt = (c: Compiled<T>, token: Token, index: number): void => {
      if (c.triedToken === index && c.triedCall === call) return
      c.triedCall = call
      c.triedToken = index
      c.re.lastIndex = token.start
      const m = c.re.exec(text)
      if (!m || m[0].length === 0) return
      const span: [number, number] = [token.start, token.start + m[0].length]
      if (!accept || accept(span, c.data)) found.push({ span, data: c.data, order: c.order })
    }
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t]!
      const lower = token.lower
      const first = lower.charCodeAt(0)
      if (first >= 48 && first <= 57) for (const c of this.digitRules) attempt(c, token, t)
      // Walk the trie along the token's letters; every node passed holds the rules starting so.
      let node: TrieNode<T> | undefined = this.root
      for (let k = 0; k < lower.length; k++) {
        node = node.next.get(lower.charCodeAt(k))
        if (!node) break
        for (const c of node.rules) attempt(c, token, t)
      }
    }
    // Longest first, then earliest, then the first-listed rule; a match overlapping a kept one goes.
    found.sort((a, b) => b.span[1] - b.span[0] - (a.span[1] - a.span[0]) || a.span[0] - b.span[0] || a.order - b.order)
    // Taken characters are marked, so each candidate checks only its own span (linear, not pairwise).
    const kept: typeof found = []
    if (found.length > 0) {
      const base = found.reduce((m, f) => Math.min(m, f.span[0]), Infinity)
      const taken = new Uint8Array(found.reduce((m, f) => Math.max(m, f.span[1]), 0) - base)
      for (const f of found) {
        let free = true
        for (let i = f.span[0] - base; i < f.span[1] - base && free; i++) free = taken[i] === 0
        if (!free) continue
        taken.fill(1, f.span[0] - base, f.span[1] - base)
        kept.push(f)
      }
    }
    kept.sort((a, b) => a.span[0] - b.span[0])
    return kept.map((f) => ({ span: f.span, text: text.slice(f.span[0], f.span[1]), data: f.data }))
  }
}

/**
 * The literal first-word prefixes a pattern can start with: its leading letters, or each branch of
 * a leading `(?:a|b|c)` group. Throws for patterns it cannot read (give `starts` explicitly then).
 */
export function deriveStarts(pattern: string): string[] {
  const starts = new Set<string>()
  for (const branch of splitTopLevel(pattern)) {
    const literal = /^([\p{L}\p{N}'’ʼ]+)/u.exec(branch)
    if (literal) {
      starts.add(literal[1]!.toLowerCase())
      continue
    }
    const charClass = /^\[([\p{L}]+)\](.*)$/u.exec(branch)
    if (charClass) {
      for (const ch of charClass[1]!) for (const s of deriveStarts(ch + charClass[2]!)) starts.add(s)
      continue
    }
    if (/^\\d/.test(branch)) {
      starts.add('#')
      continue
    }
    if (branch.startsWith('(?:')) {
      const close = closingParen(branch)
      for (const s of deriveStarts(branch.slice(3, close))) starts.add(s)
      // An optional leading group ("(?:the )?x"): a match may also start at what follows it.
      const rest = branch.slice(close + 1)
      if (/^[?*]/.test(rest)) for (const s of deriveStarts(rest.slice(1).replace(/^\\s\+?|^ /, ''))) starts.add(s)
      continue
    }
    throw new Error(`lexicon: cannot derive the first word of ${JSON.stringify(branch)} in ${JSON.stringify(pattern)}; give starts`)
  }
  return [...starts]
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
