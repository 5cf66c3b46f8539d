// The distinct words the geoparser has seen, each with a number. The tokenizer hashes each word's
// characters as it reads them and finds the word's number in an open-addressing table, so a word of
// running text is never sliced into a fresh string: the matcher's per-word facts (lookup keys, cue
// keys, lower case) are kept by number, once per distinct word, and the strings it looks up in Maps and
// Sets are the same objects every time (V8 keeps a string's hash with it, so they are hashed once).
// News text repeats its words; a 3 MB text has some 10^5 distinct ones. Shared by all calls and
// replaced when it grows past a limit (between chunks, never while a chunk's numbers are in use).

/** FNV-1a offset basis and prime (32 bit). */
export const HASH_SEED = 0x811c9dc5 | 0
export const HASH_PRIME = 0x01000193

export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, HASH_PRIME)
}

export class Vocabulary {
  /** Word number → the word as written. */
  readonly words: string[] = []
  private readonly hashes: number[] = []
  private lowers: Array<string | undefined> = []
  /**
   * Open addressing, two ints per slot: word number + 1 (0: empty) and the word's hash, so a probe
   * reads one place in memory and looks at a word's string only when the hashes agree.
   */
  private table = new Int32Array(2 << 12)

  get size(): number {
    return this.words.length
  }

  /** The number of `text[start, end)`, whose hash (hashStep over its char codes from HASH_SEED) is `hash`. */
  idOf(text: string, start: number, end: number, hash: number): number {
    const table = this.table
    const mask = (table.length >> 1) - 1
    const len = end - start
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const v = table[2 * slot]!
      if (v === 0) break
      if (table[2 * slot + 1] !== hash) continue
      const id = v - 1
      const word = this.words[id]!
      if (word.length !== len) continue
      let same = true
      for (let k = 0; k < len; k++) {
        if (word.charCodeAt(k) !== text.charCodeAt(start + k)) {
          same = false
          break
        }
      }
      if (same) return id
    }
    const id = this.words.length
    this.words.push(text.slice(start, end))
    this.hashes.push(hash)
    this.lowers.push(undefined)
    if (4 * (id + 1) > table.length) this.grow()
    else this.place(id)
    return id
  }

  /** The word in lower case. */
  lower(id: number): string {
    let l = this.lowers[id]
    if (l === undefined) this.lowers[id] = l = this.words[id]!.toLowerCase()
    return l
  }

  private place(id: number): void {
    const table = this.table
    const mask = (table.length >> 1) - 1
    const hash = this.hashes[id]!
    let slot = hash & mask
    while (table[2 * slot] !== 0) slot = (slot + 1) & mask
    table[2 * slot] = id + 1
    table[2 * slot + 1] = hash
  }

  private grow(): void {
    this.table = new Int32Array(this.table.length * 2)
    for (let id = 0; id < this.words.length; id++) this.place(id)
  }
}
