import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { MultiPolygonCoords } from '../../domain/index.js'
import { loadSampleSnapshots } from '../../testing/control-sample.js'
import { type PackedGeometry, packMultiPolygon } from '../geometry/packed-geometry.js'
import { diffEdges } from './diff-edges.js'

/** The directed edges of a geometry as strings, with multiplicity (the plain definition). */
function edgeList(g: PackedGeometry): string[] {
  const out: string[] = []
  for (let r = 0; r + 1 < g.ringStart.length; r++) {
    const start = g.ringStart[r]!
    const end = g.ringStart[r + 1]!
    if (end - start < 2) continue
    for (let v = start; v < end; v++) {
      const w = v + 1 < end ? v + 1 : start
      out.push(`${g.xy[2 * v]},${g.xy[2 * v + 1]}>${g.xy[2 * w]},${g.xy[2 * w + 1]}`)
    }
  }
  return out
}

function minus(a: string[], b: string[]): string[] {
  const left = new Map<string, number>()
  for (const e of b) left.set(e, (left.get(e) ?? 0) + 1)
  return a.filter((e) => {
    const n = left.get(e) ?? 0
    if (n === 0) return true
    left.set(e, n - 1)
    return false
  })
}

function quadruples(segments: Float64Array): string[] {
  const out: string[] = []
  for (let k = 0; k < segments.length; k += 4) out.push(`${segments[k]},${segments[k + 1]}>${segments[k + 2]},${segments[k + 3]}`)
  return out
}

describe('diffEdges', () => {
  it('gives the edges only the first has, then those only the second has (property, grid coordinates)', () => {
    const grid = fc.integer({ min: 0, max: 6 }).map((n) => 37 + n * 1e-6 * 100_000)
    const ring = fc.array(fc.tuple(grid, grid), { minLength: 0, maxLength: 7 })
    const geometry = fc.array(fc.array(ring, { minLength: 1, maxLength: 2 }), { maxLength: 3 }).map((c) => packMultiPolygon(c as MultiPolygonCoords))
    fc.assert(
      fc.property(geometry, geometry, (a, b) => {
        const ea = edgeList(a)
        const eb = edgeList(b)
        const expected = [...minus(ea, eb), ...minus(eb, ea)]
        expect(quadruples(diffEdges(a, b))).toEqual(expected)
      }),
      { numRuns: 300 },
    )
  })

  it('reports the later copies of an edge repeated in one geometry and matched once in the other', () => {
    // found by the property above (seed -110976980): a degenerate ring walking the same edge twice
    const a = packMultiPolygon([[[[37.6, 37.1], [37.4, 37.1], [37.6, 37.1], [37.4, 37.1]]]] as MultiPolygonCoords)
    const b = packMultiPolygon([[[[37, 37], [37.6, 37.1], [37.4, 37.1]], []]] as MultiPolygonCoords)
    expect(quadruples(diffEdges(a, b))).toEqual([
      '37.4,37.1>37.6,37.1',
      '37.6,37.1>37.4,37.1',
      '37.4,37.1>37.6,37.1',
      '37,37>37.6,37.1',
      '37.4,37.1>37,37',
    ])
  })

  it('finds the median change of consecutive real days small and nothing between a day and itself', () => {
    const snapshots = loadSampleSnapshots().map((s) => packMultiPolygon(s.geometry))
    const a = snapshots[0]!
    expect(diffEdges(a, a)).toHaveLength(0)
    // 2025-11-24 -> 2025-11-25 (days when the line crossed Pokrovsk): a few dozen of ~3,000 edges
    const days = loadSampleSnapshots().map((s) => s.date)
    const i = days.indexOf('2025-11-24')
    const changed = diffEdges(snapshots[i]!, snapshots[i + 1]!).length / 4
    expect(changed).toBeGreaterThan(0)
    expect(changed).toBeLessThan(edgeList(snapshots[i]!).length / 10)
  })
})
