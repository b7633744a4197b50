/** Robust summaries. Distributions come from jStat; these are the few order statistics we need. */
import jStat from 'jstat';
import { lowerBound } from '../arrays.js';
import { sortedMedian } from './median.js';

export { median } from './median.js';

/** Median absolute deviation scaled to estimate σ under normality. */
export function madSigma(values: readonly number[]): number {
  if (values.length < 2) return NaN;
  return madSigmaSorted(Float64Array.from(values).sort());
}

/**
 * madSigma of values already sorted ascending (at least one). The absolute deviations from the median
 * come in ascending order from the two sides of it, walking outwards, so their median needs no second
 * sort: half the values are walked, nothing is allocated (a hot path: every benchmark's noise and level
 * search asks it several times a run). Where a value is NaN (sorted last) the deviations are sorted.
 */
function madSigmaSorted(sorted: Float64Array): number {
  const n = sorted.length;
  const m = sortedMedian(sorted);
  if (Number.isNaN(sorted[n - 1]!)) return 1.4826 * sortedMedian(Float64Array.from(sorted, (v) => Math.abs(v - m)).sort());
  let right = lowerBound(sorted, m, n);
  let left = right - 1;
  let previous = NaN;
  let current = NaN;
  for (let k = 0; k <= n >> 1; k++) {
    const below = left >= 0 ? Math.abs(sorted[left]! - m) : Infinity;
    const above = right < n ? Math.abs(sorted[right]! - m) : Infinity;
    previous = current;
    if (below <= above) {
      current = below;
      left--;
    } else {
      current = above;
      right++;
    }
  }
  return 1.4826 * (n % 2 ? current : (previous + current) / 2);
}

function quantileSorted(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/**
 * The mean after dropping values beyond Tukey's fences (1.5 IQR), the outlier rule pytest-benchmark
 * prints. Warm-up rounds and GC pauses are real but belong to no single change; they only add noise.
 */
export function fencedMean(values: readonly number[]): number {
  if (values.length < 4) return values.reduce((a, b) => a + b, 0) / values.length;
  const sorted = [...values].sort((a, b) => a - b);
  const q1 = quantileSorted(sorted, 0.25);
  const q3 = quantileSorted(sorted, 0.75);
  const lo = q1 - 1.5 * (q3 - q1);
  const hi = q3 + 1.5 * (q3 - q1);
  let sum = 0;
  let n = 0;
  for (const v of sorted) {
    if (v >= lo && v <= hi) {
      sum += v;
      n++;
    }
  }
  return sum / n;
}

/** One-sided probability that a t-distributed estimate `t` (in sd units) is above zero. */
export function tConfidence(t: number, df: number): number {
  if (!Number.isFinite(t)) return t > 0 ? 1 : 0;
  return jStat.studentt.cdf(t, Math.max(1, df));
}

/** P(Z ≤ z) for a standard normal Z. */
export function normalConfidence(z: number): number {
  return jStat.normal.cdf(z, 0, 1);
}

export function tQuantile(p: number, df: number): number {
  return jStat.studentt.inv(p, Math.max(1, df));
}

/**
 * Standard deviation after winsorizing `share` of the values at each end (at least one value once
 * there are five or more). Unlike the MAD it does not collapse to 0 when most values are equal
 * (quantised timers) or when a series flips between two modes, and one spike does not blow it up.
 */
export function winsorizedSd(values: readonly number[], share = 0.1): number {
  return winsorizedSdSorted(Float64Array.from(values).sort(), share);
}

function winsorizedSdSorted(sorted: Float64Array, share = 0.1): number {
  const n = sorted.length;
  if (n < 2) return NaN;
  const k = n >= 5 ? Math.max(1, Math.floor(share * n)) : 0;
  const lo = sorted[k]!;
  const hi = sorted[n - 1 - k]!;
  // Summed in order, as a reduce over the winsorized copy would, without making the copy.
  let sum = 0;
  for (let i = 0; i < n; i++) sum += Math.min(hi, Math.max(lo, sorted[i]!));
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (Math.min(hi, Math.max(lo, sorted[i]!)) - mean) ** 2;
  return Math.sqrt(squares / (n - 1));
}

/** A scale that neither a few spikes inflate nor ties and two-mode series collapse: the larger of the two. */
export function robustScale(values: readonly number[]): number {
  if (values.length < 2) return NaN;
  // One sort serves the median, the deviations' centre and the winsorized spread (a hot path: every
  // benchmark's level search asks it several times a run).
  const sorted = Float64Array.from(values).sort();
  return Math.max(values.length >= 3 ? madSigmaSorted(sorted) : 0, winsorizedSdSorted(sorted));
}

/** Tukey's biweight weight of a standardized residual u (0 beyond |u| ≥ 1). */
export function biweight(u: number): number {
  return Math.abs(u) >= 1 ? 0 : (1 - u * u) ** 2;
}
