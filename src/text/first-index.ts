/**
 * The first index in [0, length) at which `before` is false, given that `before` holds on a prefix of
 * the range and not after it (a sorted array's lower bound: `firstIndex(a.length, (i) => a[i] < x)`);
 * `length` when it holds everywhere. Binary search: O(log length) calls of `before`.
 */
export function firstIndex(length: number, before: (i: number) => boolean): number {
  let lo = 0
  let hi = length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (before(mid)) lo = mid + 1
    else hi = mid
  }
  return lo
}
