import type { Token } from '../../text/index.js'
import { WordMemo } from '../../text/index.js'

/**
 * Families of words whose presence in a stretch of text can be asked without running a regex over
 * it. A rule that cannot match without one of a family's words (the attribution detectors need a
 * speech verb, "according to" needs "according", "citing" or "per") asks the family's bit first and
 * skips its regex where the bit is clear: most sentences of a bulletin have no speech verb at all.
 *
 * Each family is a regex alternation of words or stems (`said|says|заяви\p{L}*`), as a rule's own
 * pattern writes them. A word belongs to a family when the alternation matches inside it bounded by
 * non-letters, `(?<!\p{L})(?:…)(?!\p{L})`: the test each rule applies around the word in the text.
 * That is asked once per distinct word of all texts read (by the word's id in the shared
 * vocabulary), so the answer for a stretch of text is one pass over its tokens and an OR of
 * remembered bitmasks.
 *
 * A family stands for a rule only if the rule cannot match without one of its words, as a whole
 * word between non-letters; `checkFamilies` (tests) runs the rules regardless and reports any match
 * its family missed, so a word added to a rule and not to its family fails the tests.
 */
export class WordFamilies {
  private readonly tests: readonly RegExp[]
  /** Each word's family bits, worked out once per distinct word. */
  private readonly memo = new WordMemo<number>((word) => this.bitsOf(word), 4096)
  /** Every family's bit set: the answer when a stretch's edge cuts a word. */
  readonly all: number

  constructor(alternations: readonly string[]) {
    if (alternations.length > 30) throw new Error(`WordFamilies: ${alternations.length} families; at most 30 fit a bitmask`)
    this.tests = alternations.map((source) => new RegExp(String.raw`(?<![\p{L}])(?:${source})(?![\p{L}])`, 'iu'))
    this.all = (1 << alternations.length) - 1
  }

  /** The bits of the families `word` (lower case, one token) belongs to. */
  bitsOf(word: string): number {
    let bits = 0
    for (let f = 0; f < this.tests.length; f++) if (this.tests[f]!.test(word)) bits |= 1 << f
    return bits
  }

  /** The bits of a token's word, remembered by its vocabulary id. */
  bitsOfToken(token: Token): number {
    return this.memo.get(token)
  }

  /**
   * The families of the words in text[start, end) (`tokens` from `tokenize(text)`, in order), from
   * token index `from` on (a caller walking the text in order passes where it got to). A word cut by
   * the stretch's edge may hold a family word that only the cut makes whole, so every bit is set then.
   */
  bitsIn(tokens: readonly Token[], start: number, end: number, from = 0): { bits: number; next: number } {
    let i = from
    while (i < tokens.length && tokens[i]!.end <= start) i++
    const next = i
    let bits = 0
    for (; i < tokens.length && tokens[i]!.start < end; i++) {
      const token = tokens[i]!
      if (token.start < start || token.end > end) return { bits: this.all, next }
      bits |= this.bitsOfToken(token)
    }
    return { bits, next }
  }
}
