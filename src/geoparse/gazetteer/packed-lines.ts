// The lines of a loaded gazetteer file held as the file's one string and an Int32Array of where each
// line starts, instead of a string per line: loading then only finds the line breaks (no split into a
// quarter of a million strings), and the heap holds two objects where it held 250,000, which the
// garbage collector would otherwise walk again on every full collection while geoparsing.

/** A read-only list of lines: a PackedLines view or a plain array (tests, freshly built gazetteers). */
export interface LineList extends Iterable<string> {
  readonly length: number
  at(i: number): string | undefined
}

export class PackedLines implements LineList {
  /**
   * `bounds[k]` is where line `k` starts and `bounds[k + 1] - 1` where it ends (a line break or the text's
   * end follows it); lines `0 .. bounds.length - 2`.
   */
  private constructor(
    private readonly text: string,
    private readonly bounds: Int32Array,
  ) {}

  /** Every line of `text` from offset `from` on; a final line break ends the last line (no empty line after it). */
  static of(text: string, from = 0): PackedLines {
    let bounds = new Int32Array(1024)
    bounds[0] = from
    let k = 1
    for (let p = text.indexOf('\n', from); p >= 0; p = text.indexOf('\n', p + 1)) {
      if (k === bounds.length) {
        const grown = new Int32Array(bounds.length * 2)
        grown.set(bounds)
        bounds = grown
      }
      bounds[k++] = p + 1
    }
    // A last line without a line break after it.
    if (bounds[k - 1]! < text.length) {
      if (k === bounds.length) {
        const grown = new Int32Array(bounds.length + 1)
        grown.set(bounds)
        bounds = grown
      }
      bounds[k++] = text.length + 1
    }
    return new PackedLines(text, bounds.slice(0, k))
  }

  get length(): number {
    return this.bounds.length - 1
  }

  at(i: number): string | undefined {
    if (i < 0) i += this.length
    if (i < 0 || i >= this.length) return undefined
    return this.text.slice(this.bounds[i]!, this.bounds[i + 1]! - 1)
  }

  /** Lines `from .. to - 1` as their own list (no copy of the text). */
  range(from: number, to: number): PackedLines {
    return new PackedLines(this.text, this.bounds.subarray(from, to + 1))
  }

  *[Symbol.iterator](): Iterator<string> {
    for (let i = 0; i < this.length; i++) yield this.at(i)!
  }
}

/** Two line lists read as one (the main file's entries, then the overlay's). */
export function joinLines(a: LineList, b: LineList): LineList {
  const length = a.length + b.length
  return {
    length,
    at: (i: number) => {
      if (i < 0) i += length
      return i < a.length ? a.at(i) : b.at(i - a.length)
    },
    *[Symbol.iterator]() {
      yield* a
      yield* b
    },
  }
}
