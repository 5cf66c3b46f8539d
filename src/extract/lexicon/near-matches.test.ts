import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Span } from '../../domain/index.js'
import { filterNear, findNear, someNear } from './near-matches.js'

type M = { span: Span; n: number }

/** A phrase matcher's kind of list: in order, never overlapping (gaps and lengths drawn). */
const orderedList = fc.array(fc.tuple(fc.nat(6), fc.integer({ min: 1, max: 5 })), { maxLength: 30 }).map((steps) => {
  let at = 0
  return steps.map(([gap, length], n): M => {
    const span: Span = [at + gap, at + gap + length]
    at = span[1]
    return { span, n }
  })
})
const anyList = fc.array(fc.tuple(fc.nat(100), fc.integer({ min: 1, max: 9 })), { maxLength: 30 }).map((xs) => xs.map(([a, l], n): M => ({ span: [a, a + l], n })))

describe('near-matches', () => {
  it('answers as some / find / filter over the whole list, for every test a match overlapping the stretch must pass', () => {
    for (const list of [orderedList, anyList]) {
      fc.assert(
        fc.property(list, fc.integer({ min: -10, max: 120 }), fc.integer({ min: -10, max: 120 }), fc.nat(3), (xs, start, end, k) => {
          // The tests the rules use: an overlap with the stretch, and a further condition of their own.
          const test = (m: M): boolean => m.span[1] > start && m.span[0] < end && m.n % (k + 1) === 0
          expect(someNear(xs, start, end, test)).toBe(xs.some(test))
          expect(findNear(xs, start, end, test)).toBe(xs.find(test))
          expect(filterNear(xs, start, end, test)).toEqual(xs.filter(test))
        }),
      )
    }
  })

  it('reads a list again once it has grown', () => {
    const xs: M[] = Array.from({ length: 12 }, (_, n) => ({ span: [n * 10, n * 10 + 5], n }))
    expect(someNear(xs, 200, 210, () => true)).toBe(false)
    xs.push({ span: [200, 205], n: 12 })
    expect(someNear(xs, 200, 210, () => true)).toBe(true)
  })
})
