/**
 * The test that decides one row against stored history. A change is credible only when both hold:
 *  - the parametric one: a Student-t with capped degrees of freedom on the runner-corrected change;
 *  - the empirical one: deviations as large did not already happen in this benchmark's own history,
 *    nor, across the suite's history (where a busy machine's spikes hit any benchmark), more often than
 *    the allowed error rate, extrapolated with a fitted tail beyond the largest stored deviation.
 *    A benchmark that spiked +50 % in one run out of seven is not flagged for its next spike.
 * The same-job A/B mode will produce a Judgement from paired rounds instead; rows are built from
 * either the same way.
 */
import { tConfidence, tQuantile } from './stats.js';

export interface Evidence {
  /** The head's change in the worse direction (log; > 0 means worse). */
  worse: number;
  sd: number;
  df: number;
  /** The benchmark's own corrected history deviations, in the worse direction (log). */
  own: readonly number[];
  /** The suite's history tails (same metric, every benchmark): share of deviations at least d worse / better. */
  suite: { worse: Tail; better: Tail };
  /**
   * Same-job runs behind the head figure (their median). A spike hits one run, not most of them: the
   * median of k runs is past d only when more than half of them are, so the single-run tail share q
   * becomes P(Binomial(k, q) > k / 2).
   */
  runs?: number;
}

/** P(more than half of k independent runs land where one run does with probability q). */
export function medianTail(q: number, k: number): number {
  if (k <= 1 || q <= 0) return q;
  if (q >= 1) return 1;
  const need = Math.floor(k / 2) + 1;
  let total = 0;
  let c = 1;
  for (let j = 0; j <= k; j++) {
    if (j > 0) c = (c * (k - j + 1)) / j;
    if (j >= need) total += c * q ** j * (1 - q) ** (k - j);
  }
  return total;
}

export interface Judgement {
  /** Probability that the change is real and worse / real and better. */
  worseConfidence: number;
  betterConfidence: number;
  /** Share of the history that deviated at least as far, in each direction. */
  tailWorse: number;
  tailBetter: number;
  /** The smallest worsening (ratio) the gate could call credible with this noise. */
  detectable: number;
  /**
   * Where the suite's per-run extremes, not this benchmark's own history, held one run back: how often
   * some benchmark of the suite deviated as far in one run (`share`), which one run alone must beat by
   * `strictness` (tailWorse is their product, capped at 1).
   */
  suiteWide?: { share: number; benchmarks: number; strictness: number; modelled?: boolean };
}

/** Fewer suite deviations than this say nothing about the tail beyond the benchmark's own. */
export const MIN_SUITE_TAIL = 10;

/** Share of `values` at least `atLeast` (0 for none, or where `atLeast` is not a worsening). */
export function shareAtLeast(values: readonly number[], atLeast: number): number {
  if (values.length === 0 || !(atLeast > 0)) return 0;
  let k = 0;
  for (const v of values) if (v >= atLeast) k++;
  return k / values.length;
}

/** Share of the suite's history deviations at least `d` worse (or better), for one metric. */
export type Tail = (d: number) => number;

/**
 * How often the suite's history deviated at least d (log, one direction): the empirical share up to
 * a high threshold, and beyond it the larger of that share and an exponential tail fitted to the
 * excesses (a generalized Pareto tail of shape 0), so a head run further out than any stored run is
 * still weighed against how slowly this machine's spikes thin out, instead of being called certain
 * because nothing that large was seen. Built once per metric; each lookup is a binary search.
 */
export function suiteTailModel(values: readonly number[]): Tail {
  const n = values.length;
  if (n < MIN_SUITE_TAIL) return () => 0;
  const sorted = Float64Array.from(values).sort();
  const u = sorted[Math.floor((n >= 100 ? 0.9 : 0.8) * (n - 1))]!;
  let sum = 0;
  let count = 0;
  for (const v of sorted)
    if (v > u) {
      sum += v - u;
      count++;
    }
  const beta = count > 0 ? sum / count : 0;
  const seen = (d: number) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < d) lo = mid + 1;
      else hi = mid;
    }
    return (n - lo) / n;
  };
  return (d) => {
    if (!(d > 0)) return 0;
    const share = seen(d);
    if (d <= u || !(beta > 0)) return share;
    // The fit is dominated by the bulk just past u; a mixture with rare large spikes is better told by
    // how many stored deviations already reached d, so the larger of the two counts.
    return Math.max(share, (count / n) * Math.exp(-(d - u) / beta));
  };
}

/** The smallest d whose tail share is at most `bar` (a tail falls as d grows; the model's have an exponential end). */
export function tailReach(tail: Tail, bar: number): number {
  let hi = 1;
  while (tail(hi) > bar && hi < 1e6) hi *= 2;
  let lo = 0;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (tail(mid) > bar) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** One-off form of suiteTailModel. */
export function suiteTail(values: readonly number[], d: number): number {
  return suiteTailModel(values)(d);
}

export function historyTest(e: Evidence, confidence: number): Judgement {
  const z = e.sd > 0 ? e.worse / e.sd : e.worse > 0 ? Infinity : e.worse < 0 ? -Infinity : 0;
  const p = e.sd > 0 || e.worse !== 0 ? tConfidence(z, e.df) : 0.5;
  const tailOf = (sign: 1 | -1) =>
    Math.max(
      e.own.length >= 2
        ? shareAtLeast(
            e.own.map((v) => sign * v),
            sign * e.worse,
          )
        : 0,
      (sign === 1 ? e.suite.worse : e.suite.better)(sign * e.worse),
    );
  const k = e.runs ?? 1;
  const tailWorse = medianTail(tailOf(1), k);
  const tailBetter = medianTail(tailOf(-1), k);
  return {
    worseConfidence: Math.min(p, 1 - tailWorse),
    betterConfidence: Math.min(1 - p, 1 - tailBetter),
    tailWorse,
    tailBetter,
    detectable: Math.exp(tQuantile(confidence, e.df) * e.sd),
  };
}
