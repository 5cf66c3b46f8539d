import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Position } from '../../domain/index.js'
import { normalizeMultiPolygon } from './normalize-multipolygon.js'
import { quantizeCoordinate, quantizeToGrid } from './quantize-coordinate.js'

describe('quantizeCoordinate (1e-6° grid, ties to even on x·1e6, like numpy.round)', () => {
  it('rounds the way the six-decimal DeepState exports do', () => {
    // pairs seen in the series: a seven-decimal export and the six-decimal export of the same vertex
    expect(quantizeCoordinate(46.1143165)).toBe(46.114316) // x·1e6 = 46114316.5 exactly: tie, to even
    expect(quantizeCoordinate(32.8785745)).toBe(32.878574)
    expect(quantizeCoordinate(46.0682825)).toBe(46.068282)
    expect(quantizeCoordinate(32.7952785)).toBe(32.795279) // x·1e6 is just above .5: up
    expect(quantizeCoordinate(33.5805716)).toBe(33.580572)
    expect(quantizeCoordinate(37.53085591467779)).toBe(37.530856)
  })

  it('is idempotent and within half a grid step', () => {
    fc.assert(
      fc.property(fc.double({ min: -180, max: 180, noNaN: true }), (x) => {
        const q = quantizeCoordinate(x)
        expect(quantizeCoordinate(q)).toBe(q)
        expect(Math.abs(q - x)).toBeLessThanOrEqual(5e-7 + 1e-12)
        expect(Number.isInteger(quantizeToGrid(x))).toBe(true)
      }),
    )
  })
})

describe('normalizeMultiPolygon', () => {
  const square: Position[] = [[37, 48], [37.1, 48], [37.1, 48.1], [37, 48.1], [37, 48]]

  it('orients exteriors counter-clockwise and holes clockwise, starting at the lowest vertex', () => {
    const clockwise = [...square].reverse()
    const hole: Position[] = [[37.02, 48.02], [37.05, 48.02], [37.05, 48.05], [37.02, 48.05], [37.02, 48.02]] // counter-clockwise
    const { coordinates } = normalizeMultiPolygon([[clockwise, hole]])
    expect(coordinates[0]?.[0]).toEqual([[37, 48], [37.1, 48], [37.1, 48.1], [37, 48.1], [37, 48]])
    expect(coordinates[0]?.[1]).toEqual([[37.02, 48.02], [37.02, 48.05], [37.05, 48.05], [37.05, 48.02], [37.02, 48.02]])
  })

  it('gives the same result for a rotated or reversed ring and for reordered polygons (property)', () => {
    const other: Position[] = [[35, 47], [35.2, 47], [35.1, 47.3], [35, 47]]
    const expected = normalizeMultiPolygon([[square], [other]]).coordinates
    fc.assert(
      fc.property(fc.nat(), fc.boolean(), fc.boolean(), (shift, reverse, swap) => {
        const open = square.slice(0, -1)
        let ring = [...open.slice(shift % 4), ...open.slice(0, shift % 4)]
        if (reverse) ring = ring.reverse()
        const polygons = [[[...ring, ring[0] as Position]], [other]]
        expect(normalizeMultiPolygon(swap ? polygons.reverse() : polygons).coordinates).toEqual(expected)
      }),
    )
  })

  it('drops heights (noting it), repeated vertices and degenerate rings', () => {
    const withZ = square.map(([x, y]) => [x as number, y as number, 120])
    const result = normalizeMultiPolygon([[withZ], [[[30, 46], [30, 46], [31, 46], [30, 46]]]])
    expect(result.coordinates).toEqual(normalizeMultiPolygon([[square]]).coordinates)
    expect(result.notes.map((n) => n.code).sort()).toEqual(['degenerate-ring', 'dropped-z', 'repeated-vertex'])
  })
})
