import { describe, expect, it } from 'vitest'
import type { Position } from '../../domain/index.js'
import { findSelfIntersections } from './find-self-intersections.js'
import { packMultiPolygon } from './packed-geometry.js'

const find = (polygons: Position[][][]) => findSelfIntersections(packMultiPolygon(polygons))

describe('findSelfIntersections', () => {
  it('finds nothing in a valid polygon with a hole', () => {
    const outer: Position[] = [[37, 48], [37.2, 48], [37.2, 48.2], [37, 48.2], [37, 48]]
    const hole: Position[] = [[37.05, 48.05], [37.05, 48.1], [37.1, 48.1], [37.1, 48.05], [37.05, 48.05]]
    expect(find([[outer, hole]])).toEqual([])
  })

  it('finds the crossing of a bow-tie and where it is', () => {
    const bowTie: Position[] = [[37, 48], [37.2, 48.2], [37.2, 48], [37, 48.2], [37, 48]]
    const found = find([[bowTie]])
    expect(found.map((f) => f.kind)).toEqual(['crossing'])
    expect(found[0]?.at[0]).toBeCloseTo(37.1, 9)
    expect(found[0]?.at[1]).toBeCloseTo(48.1, 9)
  })

  it('finds two polygons of one MultiPolygon crossing each other', () => {
    const a: Position[] = [[37, 48], [37.2, 48], [37.2, 48.2], [37, 48.2], [37, 48]]
    const b: Position[] = [[37.1, 48.1], [37.3, 48.1], [37.3, 48.3], [37.1, 48.3], [37.1, 48.1]]
    expect(find([[a], [b]]).map((f) => f.kind)).toContain('crossing')
  })

  it('finds collinear overlapping edges (a spike back along itself)', () => {
    const spike: Position[] = [[37, 48], [37.2, 48], [37.3, 48], [37.1, 48], [37.1, 48.2], [37, 48]]
    expect(find([[spike]]).map((f) => f.kind)).toContain('overlap')
  })

  it('reports a ring touching itself at a vertex as a touch, not a crossing', () => {
    // a figure-eight that meets itself at (37.1, 48.1) without crossing
    const eight: Position[] = [[37, 48], [37.1, 48.1], [37.2, 48], [37.2, 48.2], [37.1, 48.1], [37, 48.2], [37, 48]]
    const kinds = find([[eight]]).map((f) => f.kind)
    expect(kinds).toContain('touch')
    expect(kinds).not.toContain('crossing')
  })
})
