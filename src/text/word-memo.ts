import type { Token } from './tokenize.js'

/** Words without an id remembered before that map starts afresh. */
const MEMO_LIMIT = 100_000

/**
 * A fact about a word, worked out once per distinct word: by the token's vocabulary id (`Token.id`)
 * in a growing slot array, or, for tokens without one, by the lower-case word in a bounded map.
 * Equal facts (the same object, or the same number) share one slot.
 */
export class WordMemo<V> {
  /** Per word id: 1 + the index in `values` of the word's fact, 0 when not yet asked. */
  private slots: Int32Array
  private readonly values: V[] = []
  private readonly indexOf = new Map<V, number>()
  private readonly byWord = new Map<string, V>()

  constructor(
    private readonly compute: (lower: string) => V,
    initialSlots = 1024,
  ) {
    this.slots = new Int32Array(initialSlots)
  }

  get(token: Token): V {
    const id = token.id
    if (id < 0) {
      const known = this.byWord.get(token.lower)
      if (known !== undefined) return known
      const value = this.compute(token.lower)
      if (this.byWord.size >= MEMO_LIMIT) this.byWord.clear()
      this.byWord.set(token.lower, value)
      return value
    }
    if (id >= this.slots.length) {
      const grown = new Int32Array(Math.max(id + 1, this.slots.length * 2))
      grown.set(this.slots)
      this.slots = grown
    }
    const slot = this.slots[id]!
    if (slot !== 0) return this.values[slot - 1]!
    const value = this.compute(token.lower)
    let index = this.indexOf.get(value)
    if (index === undefined) {
      index = this.values.length
      this.values.push(value)
      this.indexOf.set(value, index)
    }
    this.slots[id] = index + 1
    return value
  }
}
