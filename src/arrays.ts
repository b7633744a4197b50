/**
 * Bounded-stack helpers for arrays of any length: `Math.max(...xs)` and `push(...xs)` pass every
 * element as an argument and overflow the stack past ~125,000 (a suite of that many benchmarks).
 */
export function maxOf(xs: readonly number[], empty = -Infinity): number {
  let m = empty;
  for (const x of xs) if (x > m || Number.isNaN(x)) m = x;
  return m;
}

export function minOf(xs: readonly number[], empty = Infinity): number {
  let m = empty;
  for (const x of xs) if (x < m || Number.isNaN(x)) m = x;
  return m;
}

export function pushAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}

/**
 * Orders ISO times and months ("2026-11-27T17:31:12.000Z", "2026-11") by code point, which for one
 * fixed format is time order. `localeCompare` gives the same order through ICU collation, ~50× slower:
 * sorting a few run logs took ~7 ms of a push run's CPU.
 */
export const isoOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The first index of an ascending array (its first `end` values) whose value is not below v (binary search). */
export function lowerBound(xs: ArrayLike<number>, v: number, end = xs.length): number {
  let a = 0;
  let b = end;
  while (a < b) {
    const mid = (a + b) >> 1;
    if ((xs[mid] as number) < v) a = mid + 1;
    else b = mid;
  }
  return a;
}
