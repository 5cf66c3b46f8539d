import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { MultiPolygon, Position } from '../domain/index.js'
import { roundMultiPolygon, simplifyLine, simplifyMultiPolygon, simplifyRing, toleranceForZoom } from './simplify-geometry.js'

function distanceToSegment(p: Position, a: Position, b: Position): number {
  const [px, py] = p as [number, number]
  const [ax, ay] = a as [number, number]
  const [bx, by] = b as [number, number]
  const dx = bx - ax
  const dy = by - ay
  const len = dx * dx + dy * dy
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len))
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy))
}

const point = fc.tuple(fc.double({ min: 20, max: 40, noNaN: true }), fc.double({ min: 44, max: 52, noNaN: true }))

describe('simplifyLine', () => {
  it('keeps the ends, keeps a subsequence, and leaves every dropped point within the tolerance', () => {
    fc.assert(
      fc.property(fc.array(point, { minLength: 2, maxLength: 60 }), fc.double({ min: 0.0001, max: 1, noNaN: true }), (pts, tol) => {
        const out = simplifyLine(pts, tol)
        expect(out[0]).toEqual(pts[0])
        expect(out.at(-1)).toEqual(pts.at(-1))
        // Each original point lies within tol of the simplified segment that spans it.
        let k = 0
        for (let s = 0; s < out.length - 1; s++) {
          while (k < pts.length && !(pts[k]?.[0] === out[s]?.[0] && pts[k]?.[1] === out[s]?.[1])) k++
          let e = k + 1
          while (e < pts.length && !(pts[e]?.[0] === out[s + 1]?.[0] && pts[e]?.[1] === out[s + 1]?.[1])) e++
          for (let i = k; i <= Math.min(e, pts.length - 1); i++) {
            expect(distanceToSegment(pts[i] as Position, out[s] as Position, out[s + 1] as Position)).toBeLessThanOrEqual(tol * (1 + 1e-9))
          }
          k = e
        }
      }),
    )
  })

  it('does not mutate its input', () => {
    const pts: Position[] = [[0, 0], [1, 0.1], [2, 0]]
    const copy = structuredClone(pts)
    simplifyLine(pts, 0.5)
    expect(pts).toEqual(copy)
  })
})

describe('simplifyMultiPolygon', () => {
  const square: MultiPolygon = {
    type: 'MultiPolygon',
    coordinates: [
      [
        [[30, 48], [30.5, 48.0001], [31, 48], [31, 49], [30, 49], [30, 48]],
        [[30.4, 48.4], [30.40001, 48.40001], [30.4, 48.40002], [30.4, 48.4]],
      ],
      [[[35, 47], [35.00001, 47], [35.00001, 47.00001], [35, 47]]],
    ],
  }

  it('drops collinear points, tiny holes and tiny polygons, keeps rings closed', () => {
    const out = simplifyMultiPolygon(square, 0.001)
    expect(out.coordinates).toEqual([[[[30, 48], [31, 48], [31, 49], [30, 49], [30, 48]]]])
  })

  it('keeps everything at tolerance 0', () => {
    expect(simplifyMultiPolygon(square, 0)).toEqual(square)
    expect(simplifyRing([[0, 0], [1, 0], [0, 0]], 0)).toBeNull()
  })

  it('rounds coordinates', () => {
    expect(roundMultiPolygon({ type: 'MultiPolygon', coordinates: [[[[30.123456, 48.987654]]]] }, 3).coordinates).toEqual([[[[30.123, 48.988]]]])
  })

  it('halves the tolerance with each zoom level', () => {
    expect(toleranceForZoom(5) / toleranceForZoom(6)).toBeCloseTo(2)
  })
})
