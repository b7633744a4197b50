/**
 * Series gathering: for every benchmark × metric of the head run, its figure in each baseline run,
 * on the log scale the rest of the engine works on, plus what the run's own samples say.
 * One pass over the window, linear in benchmarks × runs.
 */
import { maxOf, minOf } from '../arrays.js';
import { isIgnored, ruleFor, type Rule, type Rules } from '../config.js';
import type { Benchmark, Direction, Metric, ResultSet } from '../model.js';
import { levelsOf, machineShare } from './levels.js';
import { sortedMedian } from './median.js';
import { fencedMean, madSigma, median, winsorizedSd } from './stats.js';

export interface Series {
  key: string;
  benchmark: Benchmark;
  metric: Metric;
  rule: Rule;
  direction: Direction;
  /**
   * The run statistic in each baseline run (NaN where absent), oldest first, with runs before the
   * benchmark's last level change moved onto its current level (levels.ts).
   */
  raw: number[];
  /** log(raw) (NaN where absent or not positive). */
  logs: number[];
  /** Index of the first baseline run at the current level (0: no level change in the window). */
  levelFrom: number;
  headRaw: number;
  headLog: number;
  /** Relative standard error of the head statistic from its own samples (0 when unknown). */
  headError: number;
  /** Relative spread of single samples within a run (head and baseline runs, the larger typical one; 0 when unknown). */
  sampleSpread: number;
  /** The same from the MAD alone: the calm samples' spread, which rare outlier samples do not move. */
  calmSpread: number;
  /** The baseline runs' own calm spread (median of the newest few; 0 when they kept no spread). */
  baseCalm: number;
  /**
   * The figures' rounding step in their unit (0 when finer than 0.1 % of the figures): cargo bench
   * prints whole ns/iter, so 4 → 5 ns is one step of the rounding, not +25 %.
   */
  resolution: number;
  /** Index (into logs) of the newest baseline run whose own push judged a step on this series (levels.ts). */
  judgedAt: number | undefined;
}

/** The per-run figure compared across runs. */
export function runStatistic(m: Metric, statistic: Rules['statistic']): number {
  const s = m.samples;
  if (s && s.length >= 3) {
    if (statistic === 'min') return m.direction === 'bigger' ? maxOf(s) : minOf(s);
    return statistic === 'median' ? median(s) : fencedMean(s);
  }
  return m.value;
}

/**
 * Relative spread of the samples (log scale ≈ relative): `full` is the larger of MAD and winsorized
 * SD (non-collapsing), `calm` the MAD alone (rare outlier samples do not move it). 0 when unknown.
 */
export function spreadsOf(m: Metric, center: number): { full: number; calm: number } {
  const s = m.samples;
  if (!(center > 0)) return { full: 0, calm: 0 };
  if (s && s.length >= 3) {
    const logs = s.filter((v) => v > 0).map(Math.log);
    if (logs.length < 3) return { full: 0, calm: 0 };
    const calm = madSigma(logs);
    return { full: Math.max(calm, winsorizedSd(logs)), calm };
  }
  const rel = m.stddev !== undefined ? m.stddev / center : 0;
  return { full: rel, calm: rel };
}

/**
 * The step a timer's figures are rounded to: the smallest gap between two distinct stored figures,
 * when every stored figure is a whole multiple of it (a tool that prints whole ns/iter); 0 when the
 * history holds fewer than two distinct figures or the step is finer than 0.1 % of them (then rounding
 * cannot matter). Counts (allocations) are exact and never get one. The head is not asked to be a
 * multiple: a head pooled from two runs (the median of 5 and 6 ns) or moved onto another runner's level
 * falls between steps, and its figure came from the same rounding (seen on a real history: without the
 * step, a 5 → 6 ns flip read as a 20σ excursion and blocked every other benchmark's confirmation).
 */
export function roundingStep(history: readonly number[]): number {
  // Sorted as a typed array (numeric, no comparator), then the repeats dropped: every series of every run.
  const sorted = Float64Array.from(history.filter((v) => Number.isFinite(v) && v > 0)).sort();
  const distinct: number[] = [];
  for (const v of sorted) if (distinct.length === 0 || v !== distinct.at(-1)) distinct.push(v);
  if (distinct.length < 2) return 0;
  let q = Infinity;
  for (let i = 1; i < distinct.length; i++) q = Math.min(q, distinct[i]! - distinct[i - 1]!);
  if (!(q > 0) || q < 0.001 * sortedMedian(distinct)) return 0;
  for (const v of distinct) {
    const k = v / q;
    if (Math.abs(k - Math.round(k)) > 1e-6 * Math.max(1, k)) return 0;
  }
  return q;
}

/** Baseline runs whose sample spread is looked at: the newest few say how the samples scatter. */
const SPREAD_RUNS = 5;

function sampleCount(m: Metric): number {
  return m.samples?.length ?? m.n ?? 0;
}

/** Relative standard error of the run statistic from its own samples (0 when unknown). */
function withinRunError(m: Metric, statistic: Rules['statistic'], spread: number): number {
  const n = sampleCount(m);
  if (n < 2) return 0;
  return ((statistic === 'median' ? 1.2533 : 1) * spread) / Math.sqrt(n);
}

export const isTimeLike = (key: string, m: Metric) => key === 'time' || key.endsWith('_time') || m.unit === 's';

/**
 * The newest stored run whose own push judged a step on a series (failed or accepted it): its index in
 * the window, and the figure judged where that push pooled several same-job runs.
 */
export interface JudgedStep {
  at: number;
  value?: number;
}

/** Every head benchmark × metric with its baseline figures, grouped by metric key (insertion order kept). */
export function gatherSeries(
  head: ResultSet,
  window: readonly ResultSet[],
  rules: Rules,
  judgedAt: (benchmark: string, metric: string) => JudgedStep | undefined = () => undefined,
): Map<string, Series[]> {
  const baseIndex = window.map((run) => new Map(run.benchmarks.map((b) => [b.name, b])));
  const log = (v: number) => (v > 0 ? Math.log(v) : NaN);
  // Each head benchmark × metric with its figures in the window, read once for the machine's share
  // and for its own series.
  const found: {
    b: Benchmark;
    key: string;
    m: Metric;
    headRaw: number;
    prior: (Metric | undefined)[];
    measured: number[];
    logs: number[];
    judged: number | undefined;
  }[] = [];
  const timeLike = new Map<string, { logs: number[]; head: number }[]>();
  for (const b of head.benchmarks) {
    if (isIgnored(rules, b)) continue;
    for (const [key, m] of Object.entries(b.metrics)) {
      const headRaw = runStatistic(m, rules.statistic);
      const prior = baseIndex.map((idx) => idx.get(b.name)?.metrics[key]);
      const measured = prior.map((pm) => (pm ? runStatistic(pm, rules.statistic) : NaN));
      const step = judgedAt(b.name, key);
      // A step its push judged on several same-job runs: that run counts with the figure judged (its
      // first run, the one stored, may have been a spike on top of the step).
      if (step?.value !== undefined && step.value > 0 && measured[step.at]! > 0) measured[step.at] = step.value;
      const logs = measured.map(log);
      found.push({ b, key, m, headRaw, prior, measured, logs, judged: step?.at });
      if (!isTimeLike(key, m)) continue;
      let list = timeLike.get(key);
      if (!list) timeLike.set(key, (list = []));
      list.push({ logs, head: log(headRaw) });
    }
  }
  // The machine's share of each run, per time-like metric (levels.ts, machineShare).
  const machines = new Map([...timeLike].map(([key, list]) => [key, machineShare(list, window.length)]));
  const byMetric = new Map<string, Series[]>();
  for (const { b, key, m, headRaw, prior, measured, logs, judged } of found) {
    const rule = ruleFor(rules, key, b);
    const levels = levelsOf(logs, headRaw > 0 ? Math.log(headRaw) : undefined, judged, machines.get(key));
    const raw = measured.map((v, r) => (v > 0 ? Math.exp(levels.adjusted[r]!) : v));
    const recent: { full: number; calm: number }[] = [];
    for (let r = prior.length - 1; r >= 0 && recent.length < SPREAD_RUNS; r--) {
      const pm = prior[r];
      if (pm) recent.push(spreadsOf(pm, raw[r]!));
    }
    const own = spreadsOf(m, headRaw);
    const series: Series = {
      key,
      benchmark: b,
      metric: m,
      rule,
      direction: rule.direction ?? m.direction,
      raw,
      logs: levels.adjusted,
      levelFrom: levels.from,
      headRaw,
      headLog: headRaw > 0 ? Math.log(headRaw) : NaN,
      headError: withinRunError(m, rules.statistic, own.full),
      sampleSpread: Math.max(own.full, recent.length > 0 ? median(recent.map((x) => x.full)) : 0),
      calmSpread: Math.max(own.calm, recent.length > 0 ? median(recent.map((x) => x.calm)) : 0),
      baseCalm: recent.length > 0 ? median(recent.map((x) => x.calm)) : 0,
      resolution: isTimeLike(key, m) ? roundingStep(measured) : 0,
      judgedAt: judged,
    };
    let list = byMetric.get(key);
    if (!list) byMetric.set(key, (list = []));
    list.push(series);
  }
  return byMetric;
}

/**
 * Several head runs as one, each figure the median of the runs that measured it: one run hit by a
 * noisy neighbour among three cannot carry the result either way. Samples are dropped (their spread
 * is the runs', not one run's). A benchmark a later run did not repeat keeps the runs it has.
 */
export function medianOfRuns(sets: readonly ResultSet[], statistic: Rules['statistic']): ResultSet {
  const first = sets[0] as ResultSet;
  const indexes = sets.map((set) => new Map(set.benchmarks.map((b) => [b.name, b])));
  return {
    ...first,
    benchmarks: first.benchmarks.map((b) => ({
      ...b,
      metrics: Object.fromEntries(
        Object.entries(b.metrics).map(([key, m]) => {
          const values = indexes
            .map((idx) => idx.get(b.name)?.metrics[key])
            .filter((x): x is Metric => x !== undefined)
            .map((x) => runStatistic(x, statistic));
          if (values.length === 1) return [key, m];
          return [key, { value: median(values), unit: m.unit, direction: m.direction }];
        }),
      ),
    })),
  };
}

/**
 * A run with the figures `pick` chooses multiplied by `factor` (value, samples and spread alike): a
 * run moved onto another machine state (re-measurement's controls, a job's runner shift).
 */
export function scaleFigures(
  run: ResultSet,
  factor: number,
  pick: (benchmark: string, key: string, m: Metric) => boolean,
): ResultSet {
  if (factor === 1) return run;
  return {
    ...run,
    benchmarks: run.benchmarks.map((b) => ({
      ...b,
      metrics: Object.fromEntries(
        Object.entries(b.metrics).map(([key, m]) => [
          key,
          pick(b.name, key, m)
            ? {
                ...m,
                value: m.value * factor,
                ...(m.samples ? { samples: m.samples.map((v) => v * factor) } : {}),
                ...(m.stddev !== undefined ? { stddev: m.stddev * factor } : {}),
              }
            : m,
        ]),
      ),
    })),
  };
}
