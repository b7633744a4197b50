/**
 * Series gathering: for every benchmark × metric of the head run, its figure in each baseline run,
 * on the log scale the rest of the engine works on, plus what the run's own samples say.
 * One pass over the window, linear in benchmarks × runs.
 */
import { isIgnored, ruleFor, type Rule, type Rules } from '../config.js';
import type { Benchmark, Direction, Metric, ResultSet } from '../model.js';
import { fencedMean, madSigma, median, winsorizedSd } from './stats.js';

export interface Series {
  key: string;
  benchmark: Benchmark;
  metric: Metric;
  rule: Rule;
  direction: Direction;
  /** The run statistic in each baseline run (NaN where absent), oldest first. */
  raw: number[];
  /** log(raw) (NaN where absent or not positive). */
  logs: number[];
  headRaw: number;
  headLog: number;
  /** Relative standard error of the head statistic from its own samples (0 when unknown). */
  headError: number;
  /** Relative spread of single samples within a run (head and baseline runs, the larger typical one; 0 when unknown). */
  sampleSpread: number;
  /** The same from the MAD alone: the calm samples' spread, which rare outlier samples do not move. */
  calmSpread: number;
}

/** The per-run figure compared across runs. */
export function runStatistic(m: Metric, statistic: Rules['statistic']): number {
  const s = m.samples;
  if (s && s.length >= 3) return statistic === 'median' ? median(s) : fencedMean(s);
  return m.value;
}

/** Relative spread of the samples around the run statistic (log scale ≈ relative), robust and non-collapsing. */
function spreadOf(m: Metric, statistic: Rules['statistic'], calm = false): number {
  const s = m.samples;
  const center = runStatistic(m, statistic);
  if (!(center > 0)) return 0;
  if (s && s.length >= 3) {
    const logs = s.filter((v) => v > 0).map(Math.log);
    if (logs.length < 3) return 0;
    return calm ? madSigma(logs) : Math.max(madSigma(logs), winsorizedSd(logs));
  }
  if (m.stddev !== undefined) return m.stddev / center;
  return 0;
}

function sampleCount(m: Metric): number {
  return m.samples?.length ?? m.n ?? 0;
}

/** Relative standard error of the run statistic from its own samples (0 when unknown). */
function withinRunError(m: Metric, statistic: Rules['statistic']): number {
  const n = sampleCount(m);
  if (n < 2) return 0;
  return ((statistic === 'median' ? 1.2533 : 1) * spreadOf(m, statistic)) / Math.sqrt(n);
}

export const isTimeLike = (key: string, m: Metric) => key === 'time' || key.endsWith('_time') || m.unit === 's';

/** Every head benchmark × metric with its baseline figures, grouped by metric key (insertion order kept). */
export function gatherSeries(head: ResultSet, window: readonly ResultSet[], rules: Rules): Map<string, Series[]> {
  const baseIndex = window.map((run) => new Map(run.benchmarks.map((b) => [b.name, b])));
  const byMetric = new Map<string, Series[]>();
  for (const b of head.benchmarks) {
    if (isIgnored(rules, b)) continue;
    for (const [key, m] of Object.entries(b.metrics)) {
      const rule = ruleFor(rules, key, b);
      const headRaw = runStatistic(m, rules.statistic);
      const prior = baseIndex.map((idx) => idx.get(b.name)?.metrics[key]);
      const raw = prior.map((pm) => (pm ? runStatistic(pm, rules.statistic) : NaN));
      const present = prior.filter((pm): pm is Metric => !!pm);
      const spreads = present.map((pm) => spreadOf(pm, rules.statistic));
      const calm = present.map((pm) => spreadOf(pm, rules.statistic, true));
      const series: Series = {
        key,
        benchmark: b,
        metric: m,
        rule,
        direction: rule.direction ?? m.direction,
        raw,
        logs: raw.map((v) => (v > 0 ? Math.log(v) : NaN)),
        headRaw,
        headLog: headRaw > 0 ? Math.log(headRaw) : NaN,
        headError: withinRunError(m, rules.statistic),
        sampleSpread: Math.max(spreadOf(m, rules.statistic), spreads.length > 0 ? median(spreads) : 0),
        calmSpread: Math.max(spreadOf(m, rules.statistic, true), calm.length > 0 ? median(calm) : 0),
      };
      let list = byMetric.get(key);
      if (!list) byMetric.set(key, (list = []));
      list.push(series);
    }
  }
  return byMetric;
}
