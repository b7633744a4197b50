/** The median, on its own module: the trend page bundles the change-point search, which needs only this (not jStat). */
export function median(values: readonly number[]): number {
  const n = values.length;
  if (n === 0) return NaN;
  // A typed array sorts numerically without a comparator: several times faster than a generic sort.
  const sorted = Float64Array.from(values).sort();
  return n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
}

/** The median of values already sorted ascending. */
export function sortedMedian(sorted: ArrayLike<number>): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  return n % 2 ? (sorted[(n - 1) / 2] as number) : ((sorted[n / 2 - 1] as number) + (sorted[n / 2] as number)) / 2;
}
