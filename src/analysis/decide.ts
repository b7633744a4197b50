/**
 * The decision core: for every benchmark × metric, did the head run get worse than the baseline?
 * Pure: results in, a decision out.
 *
 * Model (log scale, per metric): run r of benchmark b measures  x[r,b] = μ_b + s_r + ε[r,b].
 *  - s_r is shared by every benchmark of a run (a slower runner). It is estimated as the median over
 *    benchmarks of each run's deviation and factored out, so a slow runner does not fail every benchmark.
 *  - ε[r,b] is the benchmark's own run-to-run noise, σ_b, estimated robustly (median/MAD) from the
 *    corrected history and shrunk toward the suite's typical σ when a benchmark has few runs.
 *  - The head run's own noisiness (a run whose benchmarks all scatter more than usual) widens every σ.
 * A regression is a change that is both past the rule's limit (point estimate) and credible
 * (one-sided Student-t confidence ≥ `confidence`), so neither noise alone nor a tiny real change fails.
 */
import { isIgnored, ruleFor, type Rule, type Rules } from '../config.js';
import type { Benchmark, Direction, Metric, ResultSet } from '../model.js';
import { fencedMean, madSigma, median, tConfidence, tQuantile } from './stats.js';

export type Status = 'regression' | 'improvement' | 'unchanged' | 'new' | 'missing' | 'below-floor';

export interface ResultRow {
  benchmark: string;
  group?: string;
  metric: string;
  unit: string;
  direction: Direction;
  status: Status;
  /** Baseline figure: the median of the prior runs' statistic (null when there is none). */
  base: number | null;
  /** This run's statistic (null when missing). */
  head: number | null;
  /** The engine's estimate of head ÷ base after factoring out the runner (null when not comparable). */
  ratio: number | null;
  /** head ÷ base as measured, before runner correction. */
  measured_ratio: number | null;
  /** 95 % interval of `ratio`. */
  interval: [number, number] | null;
  /** Probability that the metric really got worse (for improvements: really got better). */
  confidence: number | null;
  /** The relative limit of the rule (e.g. 1.1), when one applies. */
  limit?: number;
  /** The absolute floor or ceiling of the rule, when one applies. */
  threshold?: { minimum?: number; maximum?: number };
  /** Smallest worsening this benchmark's noise lets the gate see at the required confidence. */
  detectable?: number;
  /** Prior runs of this metric in the baseline window. */
  history: number;
  /** Whether this row fails the check. */
  fails: boolean;
  /** One sentence a reviewer can act on. */
  reason: string;
}

export interface RunnerShift {
  /** Slowdown shared by every benchmark of this run, as a ratio against the baseline's typical runner. */
  shift: number;
  /** Typical run-to-run spread of that shared factor in the history (1 σ, as a ratio − 1). */
  typical: number;
  benchmarks: number;
  applied: boolean;
  /** True when the shared shift is larger than runners in the history explain (maybe a real, suite-wide change). */
  unusual: boolean;
}

export interface Decision {
  verdict: 'pass' | 'fail';
  results: ResultRow[];
  runner?: RunnerShift;
  /** How noisy the head run was compared with the history (1 = as usual). */
  head_noise?: number;
  notes: string[];
  baseline_runs: number;
}

const EPS = 1e-9;
/** Timers and schedulers make ~0.5 % the least run-to-run noise a time can honestly claim. */
const TIME_NOISE_FLOOR = 0.005;
/** Prior weight (in runs) of the suite's typical σ when shrinking one benchmark's σ. */
const POOL_WEIGHT = 3;
const MIN_RUNS_FOR_SIGMA = 3;
/** Benchmarks needed before the head run's own scatter is trusted to widen everyone's intervals. */
const MIN_ROWS_FOR_RUN_NOISE = 10;

/** The per-run figure compared across runs. */
export function runStatistic(m: Metric, statistic: Rules['statistic']): number {
  const s = m.samples;
  if (s && s.length >= 3) return statistic === 'median' ? median(s) : fencedMean(s);
  return m.value;
}

/** Relative standard error of the run statistic from its own samples (0 when unknown). */
function withinRunError(m: Metric, statistic: Rules['statistic']): number {
  const s = m.samples;
  const center = runStatistic(m, statistic);
  if (center <= 0) return 0;
  if (s && s.length >= 3) {
    const sd = madSigma(s) / center;
    return ((statistic === 'median' ? 1.2533 : 1) * sd) / Math.sqrt(s.length);
  }
  if (m.stddev !== undefined && m.n) return m.stddev / center / Math.sqrt(m.n);
  return 0;
}

const isTimeLike = (key: string, m: Metric) => key === 'time' || key.endsWith('_time') || m.unit === 's';

const keyOf = (b: Benchmark) => b.name;

interface Series {
  benchmark: Benchmark;
  metric: Metric;
  /** log statistic per baseline run (NaN where absent), oldest first */
  logs: number[];
  raw: number[];
  headLog: number;
  headRaw: number;
  headError: number;
  rule: Rule;
  direction: Direction;
}

function fmtPct(ratio: number): string {
  const p = (ratio - 1) * 100;
  const digits = Math.abs(p) < 10 ? 1 : 0;
  return `${p >= 0 ? '+' : '−'}${Math.abs(p).toFixed(digits)} %`;
}

/** Decides one run against its baseline (prior runs, oldest first). */
export function decide(head: ResultSet, history: readonly ResultSet[], rules: Rules): Decision {
  const window = history.slice(-rules.history);
  const notes: string[] = [];
  const rows: ResultRow[] = [];
  const headBenchmarks = head.benchmarks.filter((b) => !isIgnored(rules, b));
  const headNames = new Set(headBenchmarks.map(keyOf));
  const baseIndex = window.map((run) => new Map(run.benchmarks.map((b) => [keyOf(b), b])));

  if (window.length === 0)
    notes.push('No prior runs: every benchmark is new; only absolute thresholds (such as the accuracy floor) are checked.');
  else if (window.length < MIN_RUNS_FOR_SIGMA) {
    notes.push(
      `Only ${window.length} prior run${window.length === 1 ? '' : 's'}: run-to-run noise is estimated from the samples and from other benchmarks; verdicts get sharper as history grows.`,
    );
  }

  // Collect series per metric key.
  const byMetric = new Map<string, Series[]>();
  for (const b of headBenchmarks) {
    for (const [key, m] of Object.entries(b.metrics)) {
      const rule = ruleFor(rules, key, b);
      const direction = rule.direction ?? m.direction;
      const headRaw = runStatistic(m, rules.statistic);
      const raw = baseIndex.map((idx) => {
        const pm = idx.get(keyOf(b))?.metrics[key];
        return pm ? runStatistic(pm, rules.statistic) : NaN;
      });
      const series: Series = {
        benchmark: b,
        metric: m,
        raw,
        logs: raw.map((v) => (v > 0 ? Math.log(v) : NaN)),
        headRaw,
        headLog: headRaw > 0 ? Math.log(headRaw) : NaN,
        headError: withinRunError(m, rules.statistic),
        rule,
        direction,
      };
      byMetric.set(key, [...(byMetric.get(key) ?? []), series]);
    }
  }

  let runner: RunnerShift | undefined;
  const zs: number[] = [];
  const pending: { row: ResultRow; d: number; sd: number; df: number; s: Series }[] = [];

  for (const [key, list] of byMetric) {
    const comparable = list.filter((s) => Number.isFinite(s.headLog) && s.logs.some(Number.isFinite));
    const timeLike = list.length > 0 && isTimeLike(key, list[0]!.metric);

    // Shared runner factor per baseline run and for the head run.
    let shifts = window.map(() => 0);
    let headShift = 0;
    const centers = new Map<Series, number>();
    const center = (s: Series) => median(s.logs.map((v, r) => v - shifts[r]!).filter(Number.isFinite));
    const correct = rules.runner_correction && timeLike && comparable.length >= 3;
    if (correct) {
      for (let pass = 0; pass < 2; pass++) {
        for (const s of comparable) centers.set(s, center(s));
        shifts = window.map((_, r) => {
          const devs = comparable.map((s) => s.logs[r]! - centers.get(s)!).filter(Number.isFinite);
          return devs.length >= 3 ? median(devs) : 0;
        });
      }
      for (const s of comparable) centers.set(s, center(s));
      headShift = median(comparable.map((s) => s.headLog - centers.get(s)!));
      const usual = window.length >= 3 ? madSigma(shifts) : NaN;
      const typicalShift = median(shifts);
      const unusual = Number.isFinite(usual) && Math.abs(headShift - typicalShift) > 3 * Math.max(usual, 0.01);
      if (key === 'time' || !runner) {
        runner = {
          shift: Math.exp(headShift),
          typical: Number.isFinite(usual) ? Math.exp(usual) - 1 : 0,
          benchmarks: comparable.length,
          applied: true,
          unusual,
        };
      }
    } else {
      for (const s of comparable) centers.set(s, center(s));
    }

    // The suite's typical σ, for shrinking benchmarks with short histories.
    const sigmas = comparable
      .map((s) => {
        const e = s.logs.map((v, r) => v - shifts[r]!).filter(Number.isFinite);
        return e.length >= MIN_RUNS_FOR_SIGMA ? madSigma(e) : NaN;
      })
      .filter(Number.isFinite);
    const pooled = sigmas.length >= 3 ? median(sigmas) : undefined;

    for (const s of list) {
      const b = s.benchmark;
      const rule = s.rule;
      const limit = rule.regression_limit === false ? undefined : rule.regression_limit;
      const fails = rule.fail !== false;
      const baseRaw = s.raw.filter(Number.isFinite);
      const n = baseRaw.length;
      const base = n > 0 ? median(baseRaw) : null;
      const row: ResultRow = {
        benchmark: b.name,
        ...(b.group !== undefined ? { group: b.group } : {}),
        metric: key,
        unit: s.metric.unit,
        direction: s.direction,
        status: 'unchanged',
        base,
        head: s.headRaw,
        ratio: null,
        measured_ratio: base !== null && base !== 0 ? s.headRaw / base : null,
        interval: null,
        confidence: null,
        ...(limit !== undefined ? { limit } : {}),
        history: n,
        fails: false,
        reason: '',
      };
      if (rule.minimum_threshold !== undefined || rule.maximum_threshold !== undefined) {
        row.threshold = {
          ...(rule.minimum_threshold !== undefined ? { minimum: rule.minimum_threshold } : {}),
          ...(rule.maximum_threshold !== undefined ? { maximum: rule.maximum_threshold } : {}),
        };
      }
      const floor = absoluteCheck(s.headRaw, rule);
      if (n === 0) {
        row.status = 'new';
        row.reason = 'No prior run has this metric; it becomes part of the baseline.';
      } else if (!Number.isFinite(s.headLog) || !s.logs.some(Number.isFinite)) {
        // Zero or negative figures (0 allocations) have no ratio: compare them directly.
        const worse = s.direction === 'smaller' ? s.headRaw > base! : s.headRaw < base!;
        const same = s.headRaw === base;
        row.status = same ? 'unchanged' : worse && limit !== undefined ? 'regression' : worse ? 'unchanged' : 'improvement';
        row.fails = row.status === 'regression' && fails;
        row.reason = same
          ? 'Same as the baseline.'
          : `Changed from ${base} to ${s.headRaw}; no ratio exists for zero or negative values.`;
      } else {
        const e = s.logs.map((v, r) => v - shifts[r]!).filter(Number.isFinite);
        const c = centers.get(s) ?? median(e);
        const d = s.headLog - headShift - c;
        let sigma: number;
        let df: number;
        const own = e.length >= MIN_RUNS_FOR_SIGMA ? madSigma(e) : undefined;
        if (own !== undefined && pooled !== undefined) {
          sigma = Math.sqrt(((e.length - 1) * own ** 2 + POOL_WEIGHT * pooled ** 2) / (e.length - 1 + POOL_WEIGHT));
          df = e.length - 1 + POOL_WEIGHT;
        } else if (own !== undefined) {
          sigma = own;
          df = e.length - 1;
        } else if (pooled !== undefined) {
          sigma = pooled;
          df = POOL_WEIGHT;
        } else {
          // Two runs' own samples are all there is: run-to-run noise is at least their sampling error.
          sigma = Math.SQRT2 * s.headError;
          df = 2;
        }
        sigma = Math.max(sigma, s.headError, timeLikeFloor(key, s.metric));
        const sd = sigma * Math.sqrt(1 + 1.5708 / e.length);
        const worseD = s.direction === 'smaller' ? d : -d;
        row.ratio = Math.exp(d);
        pending.push({ row, d: worseD, sd, df, s });
        // Only times measure how disturbed the run was; deterministic memory or counts would look wild.
        if (sd > 0 && e.length >= MIN_RUNS_FOR_SIGMA && isTimeLike(key, s.metric)) zs.push(worseD / sd);
      }
      if (floor) {
        row.status = floor.status;
        row.fails = fails;
        row.reason = floor.reason;
      }
      rows.push(row);
    }
  }

  // A run whose benchmarks scatter more than usual is judged with wider intervals. The spread is taken
  // around the median so that a shared shift (when runner correction is off) is not mistaken for noise,
  // and a few real regressions do not move it.
  // A scale from a handful of z-scores is itself noise (two real changes among six inflate it 2×),
  // so small suites are judged with each benchmark's own noise only.
  const headNoise = zs.length >= MIN_ROWS_FOR_RUN_NOISE ? Math.max(1, madSigma(zs)) : 1;
  for (const { row, d, sd: baseSd, df, s } of pending) {
    const sd = baseSd * headNoise;
    const limit = row.limit;
    const rule = s.rule;
    const conf = sd > 0 ? tConfidence(d / sd, df) : d > 0 ? 1 : d < 0 ? 0 : 0.5;
    const tq = tQuantile(0.975, df);
    row.interval = [Math.exp(Math.log(row.ratio!) - tq * sd), Math.exp(Math.log(row.ratio!) + tq * sd)];
    const worseRatio = Math.exp(d);
    if (limit !== undefined) row.detectable = Math.max(limit, Math.exp(tQuantile(rules.confidence, df) * sd));
    if (row.status === 'below-floor' || (row.status === 'regression' && row.reason)) continue;
    const improveLimit = rule.improvement_limit ?? limit ?? 1.1;
    const noun = s.direction === 'smaller' ? 'slower' : 'lower';
    const what = row.metric === 'time' ? noun : `worse`;
    if (limit !== undefined && worseRatio > limit * (1 + EPS) && conf >= rules.confidence) {
      row.status = 'regression';
      row.confidence = conf;
      row.fails = rule.fail !== false;
      row.reason = `${fmtPct(worseRatio)} ${what} than the baseline, past the ${fmtPct(limit)} limit; ${(conf * 100).toFixed(1)} % confident it is real (${row.history} prior runs).`;
    } else if (1 / worseRatio > improveLimit * (1 + EPS) && 1 - conf >= rules.confidence) {
      row.status = 'improvement';
      row.confidence = 1 - conf;
      row.reason = `${fmtPct(worseRatio)} against the baseline: an improvement, ${((1 - conf) * 100).toFixed(1)} % confident.`;
    } else {
      row.status = 'unchanged';
      // An identical, noiseless figure (deterministic memory, a fixed accuracy) has nothing to be confident about.
      row.confidence = sd === 0 && d === 0 ? null : conf;
      if (sd === 0 && d === 0) row.reason = 'Same as the baseline.';
      else if (limit !== undefined && worseRatio > limit * (1 + EPS)) {
        row.reason = `${fmtPct(worseRatio)} but within this benchmark's run-to-run noise (±${((Math.exp(sd) - 1) * 100).toFixed(1)} %); ${(conf * 100).toFixed(1)} % confident, below the required ${(rules.confidence * 100).toFixed(0)} %.`;
      } else {
        row.reason =
          limit !== undefined
            ? `${fmtPct(worseRatio)}, within the ${fmtPct(limit)} limit.`
            : `${fmtPct(worseRatio)}; no relative rule for this metric.`;
      }
    }
  }

  // Benchmarks the last baseline run had and this run lacks.
  const last = window.at(-1);
  if (last) {
    for (const b of last.benchmarks) {
      if (headNames.has(keyOf(b)) || isIgnored(rules, b)) continue;
      for (const [key, m] of Object.entries(b.metrics)) {
        rows.push({
          benchmark: b.name,
          ...(b.group !== undefined ? { group: b.group } : {}),
          metric: key,
          unit: m.unit,
          direction: m.direction,
          status: 'missing',
          base: runStatistic(m, rules.statistic),
          head: null,
          ratio: null,
          measured_ratio: null,
          interval: null,
          confidence: null,
          history: window.filter((run) => run.benchmarks.some((x) => keyOf(x) === keyOf(b))).length,
          fails: rules.fail_on_missing,
          reason: 'In the last baseline run but not in this one (renamed, removed, or it crashed?).',
        });
      }
    }
  }

  if (runner?.unusual && runner.shift > 1) {
    notes.push(
      `Every benchmark ran ${fmtPct(runner.shift)} slower than the baseline's typical runner, more than runners usually vary (±${(runner.typical * 100).toFixed(1)} %). It was factored out as a slower machine; if this change touches code that every benchmark runs, rerun the job to confirm.`,
    );
  }
  if (headNoise > 1.5)
    notes.push(`This run was ${headNoise.toFixed(1)}× noisier than usual across benchmarks; intervals were widened accordingly.`);

  const verdict = rows.some((r) => r.fails) ? 'fail' : 'pass';
  return {
    verdict,
    results: sortRows(rows),
    ...(runner ? { runner } : {}),
    head_noise: headNoise,
    notes,
    baseline_runs: window.length,
  };
}

function timeLikeFloor(key: string, m: Metric): number {
  return isTimeLike(key, m) ? TIME_NOISE_FLOOR : 0;
}

function absoluteCheck(value: number, rule: Rule): { status: Status; reason: string } | undefined {
  if (rule.minimum_threshold !== undefined && value < rule.minimum_threshold - EPS * Math.abs(rule.minimum_threshold)) {
    return { status: 'below-floor', reason: `${value} is below the minimum of ${rule.minimum_threshold}.` };
  }
  if (rule.maximum_threshold !== undefined && value > rule.maximum_threshold + EPS * Math.abs(rule.maximum_threshold)) {
    return { status: 'regression', reason: `${value} is above the maximum of ${rule.maximum_threshold}.` };
  }
  return undefined;
}

const ORDER: Record<Status, number> = { regression: 0, 'below-floor': 1, missing: 2, improvement: 3, new: 4, unchanged: 5 };

/** Failing rows first, then by status, then by how far past the limit. */
export function sortRows(rows: ResultRow[]): ResultRow[] {
  return [...rows].sort(
    (a, b) =>
      Number(b.fails) - Number(a.fails) ||
      ORDER[a.status] - ORDER[b.status] ||
      worseness(b) - worseness(a) ||
      a.benchmark.localeCompare(b.benchmark) ||
      a.metric.localeCompare(b.metric),
  );
}

function worseness(r: ResultRow): number {
  if (r.ratio === null) return 0;
  return r.direction === 'smaller' ? r.ratio : 1 / r.ratio;
}
