/**
 * Each benchmark's run-to-run noise: how far the next unchanged run may land from the baseline.
 *  - Scale: the larger of MAD and a winsorized SD of the runner-corrected history, so quantised or
 *    two-mode series do not look noiseless and one spike does not make a benchmark look wild.
 *  - Short histories lean on a conservative prior worth PRIOR_RUNS runs: at least 5 % for times (1 %
 *    for memory) and at least what the run's own samples spread. Samples within one run are not
 *    independent evidence about the next run, so their standard error alone never sets the noise.
 *    The prior fades as the history grows (weight PRIOR_RUNS × 3 / n from three runs on).
 *  - The suite's typical σ (same metric, other benchmarks) is pooled in with POOL_WEIGHT runs.
 *  - Degrees of freedom are capped: real run-to-run noise has heavier tails than a t with 20 df.
 */
import type { Metric } from '../model.js';
import { levelsOf } from './levels.js';
import { isTimeLike, type Series } from './series.js';
import { median, robustScale, tQuantile } from './stats.js';

const PRIOR_RUNS = 2;
const POOL_WEIGHT = 3;
const DF_CAP = 4;
/**
 * From this many runs on, the benchmark's own and the suite's stored tails guard against single-run
 * spikes (history-test.ts), so the t may be a little less heavy-tailed.
 */
const LONG_HISTORY = 10;
const DF_CAP_LONG = 5;
/** Timers and schedulers make ~0.5 % the least run-to-run noise a time can honestly claim. */
const TIME_NOISE_FLOOR = 0.005;
export const MIN_RUNS_FOR_SIGMA = 3;
/** The prior keeps its full weight up to this many runs, then fades as 1/n. */
const FADE_FROM = 6;

/** The prior's scale for a metric before any history (log, 1 σ). */
export function priorScale(key: string, m: Metric): number {
  if (isTimeLike(key, m)) return 0.05;
  if (key.startsWith('memory')) return 0.01;
  return 0;
}

export interface Noise {
  /** Baseline level (log) after runner correction. */
  center: number;
  /** How far this benchmark follows the runner shift (runnerLoading). */
  loading: number;
  /** Corrected history deviations from the center (log), oldest first. */
  deviations: number[];
  /** The same, one per run of the window (NaN where this benchmark is absent). */
  byRun: number[];
  /** Run-to-run σ (log). */
  sigma: number;
  df: number;
  /** σ of the head's deviation: run noise, the center's own uncertainty and the runner estimate's. */
  sd: number;
  n: number;
  /** Deviations in runs older than the window, one per run, oldest first, NaN where unknown (memory.ts), computed on first ask: the benchmark's own empirical tail and its own streaks only. */
  older?: () => readonly number[] | undefined;
}

/**
 * How far this benchmark follows the runner: the slope of its own history on the runner shifts,
 * shrunk toward 1 by PRIOR_RUNS runs' worth of evidence and kept in [0, 1]. A benchmark that waits on
 * I/O or a lock, or a group that flips between its own levels, does not move with the machine; the
 * shared shift is factored out of it only as far as its history shows it moving with the others.
 */
export function runnerLoading(logs: readonly number[], shifts: readonly number[]): number {
  const xs: number[] = [];
  const ss: number[] = [];
  logs.forEach((v, r) => {
    if (Number.isFinite(v) && Number.isFinite(shifts[r]!)) {
      xs.push(v);
      ss.push(shifts[r]!);
    }
  });
  if (xs.length < 3) return 1;
  const mx = median(xs);
  const ms = ss.reduce((a, b) => a + b, 0) / ss.length;
  let sxs = 0;
  let sss = 0;
  for (let i = 0; i < xs.length; i++) {
    sxs += (xs[i]! - mx) * (ss[i]! - ms);
    sss += (ss[i]! - ms) ** 2;
  }
  if (!(sss > 0)) return 1;
  const prior = (PRIOR_RUNS * sss) / xs.length;
  return Math.min(1, Math.max(0, (sxs + prior) / (sss + prior)));
}

/** Corrected history deviations of one series (log); the center is their median. */
export function corrected(
  s: Series,
  shifts: readonly number[],
  headShift = 0,
): { center: number; deviations: number[]; byRun: number[]; loading: number; levelRuns: number } {
  const loading = runnerLoading(s.logs, shifts);
  // Levels once more, on the runner-corrected series: a step that the runners' own scatter hid from
  // the first search (levels.ts, on the measured figures) shows here.
  const levels = levelsOf(
    s.logs.map((v, r) => v - loading * shifts[r]!),
    s.headLog - loading * headShift,
    s.judgedAt,
  );
  const aligned = levels.adjusted;
  const e = aligned.filter(Number.isFinite);
  const center = median(e);
  // Older levels moved onto the current one inform the noise, never where the level lies: that rests on
  // the runs since the newest level change (levels.ts), and s.from is where the first search put it.
  const from = Math.max(levels.from, s.levelFrom);
  const levelRuns = aligned.slice(from).filter(Number.isFinite).length;
  return { center, deviations: e.map((v) => v - center), byRun: aligned.map((v) => v - center), loading, levelRuns };
}

/** The suite's typical own σ for one metric (undefined with fewer than three benchmarks that have one). */
export function pooledScale(list: readonly { deviations: number[] }[]): number | undefined {
  // Two runs per benchmark say little each, but their median over the suite says how noisy the machine is.
  const scales = list.filter((x) => x.deviations.length >= 2).map((x) => robustScale(x.deviations));
  return scales.length >= 3 ? median(scales) : undefined;
}

/** Pooled history deviations needed before the suite's tail can widen anything. */
const MIN_TAIL_SAMPLE = 20;

/**
 * How much heavier than the model the suite's history tails are, for one metric: the 90th percentile
 * of |deviation / σ| over every benchmark's history against what a t with the model's df predicts.
 * Robust scales describe a benchmark's calm runs; on a machine where single benchmarks often land
 * 2–3× off, this widens every row of that metric (never below 1). It reads only the history, so real
 * changes in the head run cannot inflate it.
 */
export function tailFactor(noises: readonly Noise[]): number {
  const z: number[] = [];
  for (const nz of noises)
    if (nz.n >= MIN_RUNS_FOR_SIGMA && nz.sigma > 0) for (const d of nz.deviations) z.push(Math.abs(d) / nz.sigma);
  if (z.length < MIN_TAIL_SAMPLE) return 1;
  z.sort((a, b) => a - b);
  const q90 = z[Math.min(z.length - 1, Math.floor(0.9 * z.length))]!;
  return Math.max(1, q90 / tQuantile(0.95, DF_CAP));
}

export function noiseOf(
  s: Series,
  history: { center: number; deviations: number[]; byRun: number[]; loading: number; levelRuns?: number },
  pooled: number | undefined,
  shiftSe: number,
): Noise {
  const n = history.deviations.length;
  const own = n >= 2 ? robustScale(history.deviations) : undefined;
  // With 1–2 runs the prior is all there is: at least the floor, the samples' own spread and (only ever
  // more cautious) the suite's typical σ. From three runs on the history speaks and the prior fades;
  // it keeps the calm samples' spread (MAD), which rare outlier samples do not inflate.
  const short = n < MIN_RUNS_FOR_SIGMA;
  const prior = short
    ? Math.max(priorScale(s.key, s.metric), s.sampleSpread, pooled ?? 0)
    : Math.max(priorScale(s.key, s.metric), s.calmSpread);
  const weight = short ? PRIOR_RUNS : PRIOR_RUNS * Math.min(1, FADE_FROM / n);
  let num = weight * prior ** 2;
  let den = weight;
  if (own !== undefined) {
    num += (n - 1) * own ** 2;
    den += n - 1;
  }
  if (pooled !== undefined && n >= MIN_RUNS_FOR_SIGMA && n < 20) {
    // The suite's σ informs a benchmark with a short history; a long one speaks for itself.
    num += POOL_WEIGHT * pooled ** 2;
    den += POOL_WEIGHT;
  }
  let sigma = Math.sqrt(num / den);
  sigma = Math.max(sigma, s.headError, isTimeLike(s.key, s.metric) ? TIME_NOISE_FLOOR : 0);
  const df = Math.min(n >= LONG_HISTORY ? DF_CAP_LONG : DF_CAP, Math.max(PRIOR_RUNS, den));
  // The center is a median: its own variance is π/2 · σ² over the runs that place it — the runs of
  // the current level only, where the window holds a level change (seen in simulation: three runs
  // after a +30 % step, a −16 % dip of the head read as a 99 % confident improvement against a level
  // taken as known from 20 runs).
  const placing = Math.max(1, Math.min(n, history.levelRuns ?? n));
  const sd = Math.sqrt(sigma ** 2 * (1 + 1.5708 / placing) + shiftSe ** 2);
  return { ...history, sigma, df, sd, n };
}
