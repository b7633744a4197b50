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
