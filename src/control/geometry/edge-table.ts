/**
 * A set of directed edges between interned vertices (vertex-index.ts), each edge given a dense
 * index in insertion order: an open-addressing hash table on the two int32 vertex ids. Used to
 * cache per-edge values (geodesic S12) across the snapshots of a series, which share most edges.
 */
export class EdgeTable {
  private from: Int32Array
  private to: Int32Array
  private index: Int32Array
  private mask: number
  private count = 0

  constructor(capacityHint = 1 << 16) {
    let capacity = 1 << 4
    while (capacity < capacityHint * 2) capacity <<= 1
    this.from = new Int32Array(capacity)
    this.to = new Int32Array(capacity)
    this.index = new Int32Array(capacity).fill(-1)
    this.mask = capacity - 1
  }

  get size(): number {
    return this.count
  }

  /** The index of the edge, or -1. */
  find(from: number, to: number): number {
    let slot = hashPair(from, to) & this.mask
    for (;;) {
      const i = this.index[slot] as number
      if (i === -1) return -1
      if (this.from[slot] === from && this.to[slot] === to) return i
      slot = (slot + 1) & this.mask
    }
  }

  /** The index of the edge, adding it (with the next index) when new. */
  add(from: number, to: number): number {
    let slot = hashPair(from, to) & this.mask
    for (;;) {
      const i = this.index[slot] as number
      if (i === -1) break
      if (this.from[slot] === from && this.to[slot] === to) return i
      slot = (slot + 1) & this.mask
    }
    const i = this.count++
    this.index[slot] = i
    this.from[slot] = from
    this.to[slot] = to
    if (this.count * 2 > this.mask) this.rehash()
    return i
  }

  private rehash(): void {
    const oldFrom = this.from
    const oldTo = this.to
    const oldIndex = this.index
    const capacity = (this.mask + 1) * 2
    this.from = new Int32Array(capacity)
    this.to = new Int32Array(capacity)
    this.index = new Int32Array(capacity).fill(-1)
    this.mask = capacity - 1
    for (let s = 0; s < oldIndex.length; s++) {
      const i = oldIndex[s] as number
      if (i === -1) continue
      const f = oldFrom[s] as number
      const t = oldTo[s] as number
      let slot = hashPair(f, t) & this.mask
      while (this.index[slot] !== -1) slot = (slot + 1) & this.mask
      this.index[slot] = i
      this.from[slot] = f
      this.to[slot] = t
    }
  }
}

export function hashPair(x: number, y: number): number {
  let h = Math.imul(x, 0x9e3779b1) ^ Math.imul(y ^ (y >>> 15), 0x85ebca77)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae3d)
  return (h ^ (h >>> 16)) >>> 0
}
