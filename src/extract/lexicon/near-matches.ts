import type { Span } from '../../domain/index.js'
import { firstIndex } from '../../text/index.js'

/**
 * The matches of a document's list that overlap a stretch of it, found by binary search instead of a
 * walk over the whole list. The frame rules ask of every verb they read whether a side is named in the
 * 400 characters before it, whether a trigger covers its word, …: each such `list.some(…)` walked every
 * side or trigger of the document, so a document twice as long cost four times as much there (a
 * 1,000 kB English report spent a third of its extraction in those walks). A rule that asks only
 * about matches near a place names the stretch they must overlap, and the walk covers those alone.
 *
 * A phrase matcher's output (PhraseMatcher.match) is in order of start and never overlaps, so its
 * ends are in order too, and the matches overlapping a stretch are one run of the list. A list not so
 * ordered (checked once per list, in one pass) is walked whole, as before: answers never change.
 */
interface Ordered {
  /** The list's length when read (a list that has since grown or shrunk is read again). */
  readonly length: number
  readonly starts: Int32Array
  readonly ends: Int32Array
}

// (Lists are read once each: a matcher's output is never changed after it is made.)
const ordered = new WeakMap<readonly { readonly span: Span }[], Ordered | null>()
const unorderedLength = new WeakMap<readonly { readonly span: Span }[], number>()

function orderOf(list: readonly { readonly span: Span }[]): Ordered | null {
  let known = ordered.get(list)
  if (known !== undefined && (known === null ? unorderedLength.get(list) : known.length) === list.length) return known
  const n = list.length
  const starts = new Int32Array(n)
  const ends = new Int32Array(n)
  let ok = true
  for (let i = 0; i < n && ok; i++) {
    const [a, b] = list[i]!.span
    starts[i] = a
    ends[i] = b
    ok = i === 0 || (a >= starts[i - 1]! && b >= ends[i - 1]!)
  }
  known = ok ? { length: n, starts, ends } : null
  ordered.set(list, known)
  if (known === null) unorderedLength.set(list, n)
  return known
}

/**
 * The index range [from, to) of `list` holding every match whose span overlaps [start, end) (ends
 * after `start`, starts before `end`); the whole list when it is not in order. The range may hold
 * matches that do not overlap (of an unordered list): callers test their own condition on each.
 */
export function rangeNear(list: readonly { readonly span: Span }[], start: number, end: number): [number, number] {
  // (Short lists are walked: a search costs more than the walk.)
  if (list.length <= 8) return [0, list.length]
  const o = orderOf(list)
  if (o === null) return [0, list.length]
  // The first match that ends after `start`, and the first that starts at or after `end`.
  const from = firstIndex(o.ends.length, (i) => o.ends[i]! <= start)
  const to = firstIndex(o.starts.length, (i) => o.starts[i]! < end)
  return [from, Math.max(from, to)]
}

/**
 * `list.some(test)` for a `test` that only a match overlapping [start, end) can pass: the caller's
 * promise (each use says why its condition implies the overlap).
 */
export function someNear<M extends { readonly span: Span }>(list: readonly M[], start: number, end: number, test: (m: M) => boolean): boolean {
  const [from, to] = rangeNear(list, start, end)
  for (let i = from; i < to; i++) if (test(list[i]!)) return true
  return false
}

/** `list.find(test)` under the same promise as `someNear` (the first in list order). */
export function findNear<M extends { readonly span: Span }>(list: readonly M[], start: number, end: number, test: (m: M) => boolean): M | undefined {
  const [from, to] = rangeNear(list, start, end)
  for (let i = from; i < to; i++) if (test(list[i]!)) return list[i]
  return undefined
}

/** `list.filter(test)` under the same promise as `someNear` (in list order). */
export function filterNear<M extends { readonly span: Span }>(list: readonly M[], start: number, end: number, test: (m: M) => boolean): M[] {
  const [from, to] = rangeNear(list, start, end)
  const out: M[] = []
  for (let i = from; i < to; i++) if (test(list[i]!)) out.push(list[i]!)
  return out
}
