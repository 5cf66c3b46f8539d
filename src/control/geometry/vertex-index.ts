import { hashPair } from './edge-table.js'
import { COORDINATE_SCALE } from './quantize-coordinate.js'

/**
 * Gives every distinct grid vertex of a series one small integer id, so that a per-edge value can be
 * cached by the pair of ids (EdgeAreaCache). An open-addressing hash table over the integer grid
 * coordinates (quantize-coordinate.ts): the coordinates are compared exactly, so a hash collision
 * never merges two vertices.
 */
export class VertexIndex {
  private keysX: Int32Array
  private keysY: Int32Array
  private ids: Int32Array
  private mask: number
  private count = 0
  /** Grid coordinates by id. */
  private gridX: Int32Array
  private gridY: Int32Array

  constructor(capacityHint = 1 << 16) {
    let capacity = 1 << 4
    while (capacity < capacityHint * 2) capacity <<= 1
    this.keysX = new Int32Array(capacity)
    this.keysY = new Int32Array(capacity)
    this.ids = new Int32Array(capacity).fill(-1)
    this.mask = capacity - 1
    this.gridX = new Int32Array(capacityHint)
    this.gridY = new Int32Array(capacityHint)
  }

  get size(): number {
    return this.count
  }

  /** The id of the vertex at (lng, lat), both on the 1e-6° grid; new ids are handed out in order. */
  intern(lng: number, lat: number): number {
    const gx = Math.round(lng * COORDINATE_SCALE)
    const gy = Math.round(lat * COORDINATE_SCALE)
    let slot = hashPair(gx, gy) & this.mask
    for (;;) {
      const id = this.ids[slot] as number
      if (id === -1) break
      if (this.keysX[slot] === gx && this.keysY[slot] === gy) return id
      slot = (slot + 1) & this.mask
    }
    const id = this.count++
    this.ids[slot] = id
    this.keysX[slot] = gx
    this.keysY[slot] = gy
    if (id >= this.gridX.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2)
        b.set(a)
        return b
      }
      this.gridX = grow(this.gridX)
      this.gridY = grow(this.gridY)
    }
    this.gridX[id] = gx
    this.gridY[id] = gy
    if (this.count * 2 > this.mask) this.rehash()
    return id
  }

  /** The id of every vertex of a packed geometry, in vertex order. */
  internAll(xy: Float64Array): Int32Array {
    const ids = new Int32Array(xy.length / 2)
    for (let v = 0; v < ids.length; v++) ids[v] = this.intern(xy[2 * v] as number, xy[2 * v + 1] as number)
    return ids
  }

  lng(id: number): number {
    return (this.gridX[id] as number) / COORDINATE_SCALE
  }

  lat(id: number): number {
    return (this.gridY[id] as number) / COORDINATE_SCALE
  }

  private rehash(): void {
    const capacity = (this.mask + 1) * 2
    this.keysX = new Int32Array(capacity)
    this.keysY = new Int32Array(capacity)
    this.ids = new Int32Array(capacity).fill(-1)
    this.mask = capacity - 1
    for (let id = 0; id < this.count; id++) {
      const gx = this.gridX[id] as number
      const gy = this.gridY[id] as number
      let slot = hashPair(gx, gy) & this.mask
      while (this.ids[slot] !== -1) slot = (slot + 1) & this.mask
      this.ids[slot] = id
      this.keysX[slot] = gx
      this.keysY[slot] = gy
    }
  }
}
