import { type Box, boxesOverlap, padBox, unionBox } from '../geometry/box.js'

/**
 * Disjoint boxes that together contain every point where two snapshots differ, from the edges
 * one has and the other lacks (`segments`: [x1, y1, x2, y2] quadruples).
 *
 * Why this is enough: the boundary of the difference A △ B lies on those edges (where both
 * boundaries share a directed edge, A and B agree on both sides of it). Each connected piece of
 * A △ B lies inside the bounding box of its outer boundary, a connected curve made of such edges,
 * so inside the bounding box of one cluster of edges that touch or cross. We cluster edges whose
 * (padded) boxes overlap, a superset of touching or crossing, take each cluster's box, pad it so no
 * changed edge lies on a window's border, and merge boxes until none overlap.
 */
export function findChangeWindows(segments: Float64Array, padDeg = 1e-4): Box[] {
  const n = segments.length / 4
  if (n === 0) return []
  const minX = new Float64Array(n)
  const maxX = new Float64Array(n)
  const minY = new Float64Array(n)
  const maxY = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const x1 = segments[4 * i] as number
    const y1 = segments[4 * i + 1] as number
    const x2 = segments[4 * i + 2] as number
    const y2 = segments[4 * i + 3] as number
    minX[i] = Math.min(x1, x2) - padDeg
    maxX[i] = Math.max(x1, x2) + padDeg
    minY[i] = Math.min(y1, y2) - padDeg
    maxY[i] = Math.max(y1, y2) + padDeg
  }
  const parent = new Int32Array(n)
  for (let i = 0; i < n; i++) parent[i] = i
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number
      i = parent[i] as number
    }
    return i
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (minX[a] as number) - (minX[b] as number))
  // sweep in x: an edge is compared with the later ones whose x-range starts before it ends
  for (let oi = 0; oi < n; oi++) {
    const i = order[oi] as number
    for (let oj = oi + 1; oj < n; oj++) {
      const j = order[oj] as number
      if ((minX[j] as number) > (maxX[i] as number)) break
      if ((minY[j] as number) > (maxY[i] as number) || (minY[i] as number) > (maxY[j] as number)) continue
      const ri = find(i)
      const rj = find(j)
      if (ri !== rj) parent[ri] = rj
    }
  }
  const clusters = new Map<number, Box>()
  for (let i = 0; i < n; i++) {
    const root = find(i)
    const box: Box = [minX[i] as number, minY[i] as number, maxX[i] as number, maxY[i] as number]
    const known = clusters.get(root)
    clusters.set(root, known ? unionBox(known, box) : box)
  }
  return mergeOverlappingBoxes([...clusters.values()].map((box) => padBox(box, padDeg)))
}

/** Merges boxes until no two overlap (touching counts as overlapping). */
export function mergeOverlappingBoxes(boxes: readonly Box[]): Box[] {
  let current = [...boxes]
  let merged = true
  while (merged) {
    merged = false
    const next: Box[] = []
    for (const box of current) {
      let acc = box
      for (let k = 0; k < next.length; ) {
        const other = next[k] as Box
        if (boxesOverlap(acc, other)) {
          acc = unionBox(acc, other)
          next.splice(k, 1)
          merged = true
        } else k++
      }
      next.push(acc)
    }
    current = next
  }
  return current
}
