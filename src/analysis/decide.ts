/**
 * The decision core: for every benchmark × metric, did the head run get worse than the baseline?
 * Pure: results in, a decision out. The parts, each readable and tested alone:
 *   series.ts       the head's benchmarks with their baseline figures (log scale)
 *   runner.ts       the shared runner shift per run (time-like metrics only), mode-seeking and shrunk
 *   noise.ts        each benchmark's run-to-run noise (non-collapsing scale, short-history prior)
 *   history-test.ts the test that decides (t with capped df + the history's own tail)
 * A regression is a change past the rule's limit (point estimate) that is also credible at
 * `confidence`. Past the limit but not credible is `inconclusive`: it says what would settle it and
 * does not fail the check. Nothing computed for one metric scales another.
 */
import { isIgnored, unmatchedPatterns, type Rule, type Rules } from '../config.js';
import type { Benchmark, Direction, Metric, ResultSet } from '../model.js';
import { historyTest, suiteTailModel, type Evidence, type Judgement } from './history-test.js';
import { corrected, noiseOf, pooledScale, tailFactor, type Noise } from './noise.js';
import { fitRunner, MIN_BENCHMARKS_FOR_SHIFT, type RunnerModel } from './runner.js';
import { gatherSeries, isTimeLike, runStatistic, type Series } from './series.js';
import { median, tQuantile } from './stats.js';
import type { Decision, ResultRow, RunnerShift, Status } from './types.js';

export type { Decision, ResultRow, RunnerShift, Status } from './types.js';
export { runStatistic } from './series.js';

const EPS = 1e-9;

export function fmtPct(ratio: number): string {
  const p = (ratio - 1) * 100;
  const digits = Math.abs(p) < 10 ? 1 : 0;
  return `${p >= 0 ? '+' : '−'}${Math.abs(p).toFixed(digits)} %`;
}

/** Decides one run against its baseline (prior runs, oldest first). */
export function decide(head: ResultSet, history: readonly ResultSet[], rules: Rules): Decision {
  const window = history.slice(-rules.history);
  const notes: string[] = [];
  const warnings: string[] = [];
  const rows: ResultRow[] = [];
  if (window.length === 0)
    notes.push('No prior runs: every benchmark is new; only absolute thresholds (such as the accuracy floor) are checked.');
  else if (window.length < 3)
    notes.push(
      `Only ${window.length} prior run${window.length === 1 ? '' : 's'}: run-to-run noise is taken from a conservative prior (at least 5 % for times, and at least the samples' own spread); changes past the limit but inside that noise are inconclusive, not failures. Verdicts sharpen as history grows.`,
    );

  let runner: RunnerShift | undefined;
  for (const [key, list] of gatherSeries(head, window, rules)) {
    const comparable = list.filter((s) => Number.isFinite(s.headLog) && s.logs.some(Number.isFinite));
    const timeLike = list.length > 0 && isTimeLike(key, list[0]!.metric);
    let model: RunnerModel | undefined;
    if (rules.runner_correction && timeLike && comparable.length >= MIN_BENCHMARKS_FOR_SHIFT) {
      model = fitRunner(comparable, window.length);
      if (key === 'time' || !runner) runner = runnerSummary(model);
    }
    const shifts = model?.shifts ?? window.map(() => 0);
    const hist = new Map(comparable.map((s) => [s, corrected(s, shifts)]));
    const pooled = pooledScale([...hist.values()]);
    const noise = new Map(comparable.map((s) => [s, noiseOf(s, hist.get(s)!, pooled, model?.headShiftSe ?? 0)]));
    const kappa = tailFactor([...noise.values()]);
    if (kappa > 1) for (const nz of noise.values()) nz.sd *= kappa;
    // The suite's history deviations (worse direction), for the empirical tail.
    const suiteDevs: number[] = [];
    for (const [s, nz] of noise)
      if (nz.n >= 2) for (const dev of nz.deviations) suiteDevs.push(s.direction === 'smaller' ? dev : -dev);
    const suiteTails = { worse: suiteTailModel(suiteDevs), better: suiteTailModel(suiteDevs.map((v) => -v)) };

    for (const s of list) {
      const row = baseRow(s, key);
      const nz = noise.get(s);
      if (row.history === 0) {
        row.status = 'new';
        row.reason = 'No prior run has this metric; it becomes part of the baseline.';
      } else if (!nz) compareDirectly(row, s);
      else judgeRow(row, s, nz, model, suiteTails, rules);
      const floor = absoluteCheck(s.headRaw, s.rule);
      if (floor) {
        row.status = floor.status;
        row.fails = row.enforced;
        row.reason = floor.reason;
        delete row.resolve;
      }
      rows.push(row);
    }
    if (model && key === 'time') describeRunner(model, notes, warnings);
  }

  rows.push(...missingRows(head, window, rules));
  warnings.push(...unmatchedPatterns(rules, head.benchmarks));
  const verdict = rows.some((r) => r.fails) ? 'fail' : 'pass';
  return {
    verdict,
    results: sortRows(rows),
    ...(runner ? { runner } : {}),
    notes,
    warnings,
    baseline_runs: window.length,
  };
}

export function baseRow(s: Series, key: string): ResultRow {
  const b = s.benchmark;
  const rule = s.rule;
  const limit = rule.regression_limit === false ? undefined : rule.regression_limit;
  const baseRaw = s.raw.filter(Number.isFinite);
  const base = baseRaw.length > 0 ? median(baseRaw) : null;
  return {
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
    ...(rule.minimum_threshold !== undefined || rule.maximum_threshold !== undefined
      ? {
          threshold: {
            ...(rule.minimum_threshold !== undefined ? { minimum: rule.minimum_threshold } : {}),
            ...(rule.maximum_threshold !== undefined ? { maximum: rule.maximum_threshold } : {}),
          },
        }
      : {}),
    history: baseRaw.length,
    enforced: rule.fail !== false,
    fails: false,
    reason: '',
  };
}

/** Zero or negative figures (0 allocations) have no ratio: compare them directly. */
function compareDirectly(row: ResultRow, s: Series): void {
  const base = row.base!;
  const worse = s.direction === 'smaller' ? s.headRaw > base : s.headRaw < base;
  const same = s.headRaw === base;
  row.status = same ? 'unchanged' : worse && row.limit !== undefined ? 'regression' : worse ? 'unchanged' : 'improvement';
  row.fails = row.status === 'regression' && row.enforced;
  row.reason = same
    ? 'Same as the baseline.'
    : `Changed from ${base} to ${s.headRaw}; no ratio exists for zero or negative values.`;
}

function judgeRow(
  row: ResultRow,
  s: Series,
  nz: Noise,
  model: RunnerModel | undefined,
  suiteTails: Evidence['suite'],
  rules: Rules,
): void {
  const d = s.headLog - (model?.headShift ?? 0) - nz.center;
  const sign = s.direction === 'smaller' ? 1 : -1;
  const worse = sign * d;
  const test = (w: number): Judgement =>
    historyTest({ worse: w, sd: nz.sd, df: nz.df, own: nz.deviations.map((v) => sign * v), suite: suiteTails }, rules.confidence);
  const j = test(worse);
  // Two groups of benchmarks, either of which could be the runner's level: a verdict must hold under both.
  const alt = model?.alternative;
  const jAlt = alt ? test(sign * (s.headLog - alt.shift - nz.center)) : undefined;
  const altWorse = alt ? Math.exp(sign * (s.headLog - alt.shift - nz.center)) : undefined;
  row.ratio = Math.exp(d);
  const tq = tQuantile(0.975, nz.df);
  row.interval = [Math.exp(d - tq * nz.sd), Math.exp(d + tq * nz.sd)];
  const limit = row.limit;
  if (limit !== undefined) row.detectable = Math.max(limit, j.detectable);
  const worseRatio = Math.exp(worse);
  const measured = row.measured_ratio === null ? undefined : row.measured_ratio ** sign;
  // The sentence speaks of the corrected change; it names the measured one when the runner moved it.
  const change =
    measured !== undefined && Math.abs(Math.log(measured / worseRatio)) > 0.005
      ? `${fmtPct(worseRatio)} after the runner correction (${fmtPct(measured)} measured)`
      : fmtPct(measured ?? worseRatio);
  const improveLimit = s.rule.improvement_limit ?? limit ?? 1.1;
  const what = row.metric === 'time' ? (s.direction === 'smaller' ? 'slower' : 'lower') : 'worse';
  const runs = `${row.history} prior run${row.history === 1 ? '' : 's'}`;
  const noiseText = `±${((Math.exp(nz.sd) - 1) * 100).toFixed(1)} %`;
  const past = (r: number) => limit !== undefined && r > limit * (1 + EPS);
  const pastLimit = past(worseRatio);
  const credible = j.worseConfidence >= rules.confidence;
  const altAgrees = !jAlt || (past(altWorse!) && jAlt.worseConfidence >= rules.confidence);
  if (pastLimit && credible && !altAgrees) {
    row.status = 'inconclusive';
    row.confidence = Math.min(j.worseConfidence, jAlt!.worseConfidence);
    row.reason = `${change} ${what} if the runner's level is where most benchmarks agree, but ${fmtPct(altWorse!)} if it is where the other ${alt!.support} benchmarks are: this run cannot tell which group moved.`;
    row.resolve = 're-measure in the same job (confirm-runs / same-job A/B), or rerun the job';
  } else if (pastLimit && credible) {
    row.status = 'regression';
    row.confidence = j.worseConfidence;
    row.fails = row.enforced;
    row.reason = `${change} ${what} than the baseline, past the ${fmtPct(limit!)} limit; ${pctConf(j.worseConfidence)} confident it is real (${runs}).${row.enforced ? '' : ' Report-only: this metric’s rule does not fail the check.'}`;
  } else if (pastLimit) {
    row.status = 'inconclusive';
    row.confidence = j.worseConfidence;
    const why =
      j.tailWorse > 1 - rules.confidence
        ? `${Math.round(j.tailWorse * 100)} % of the history's runs deviated as far without a code change`
        : `inside this benchmark's run-to-run noise (${noiseText}, ${runs})`;
    row.reason = `${change} ${what}, past the ${fmtPct(limit!)} limit but not credible: ${why}; ${pctConf(j.worseConfidence)} confident, ${pctConf(rules.confidence)} required. The gate could have confirmed ${fmtPct(row.detectable!)} or more.`;
    row.resolve =
      row.history < 5
        ? 'more history (each recorded run on the base branch sharpens the noise estimate), or re-measure in the same job (confirm-runs / same-job A/B)'
        : 're-measure in the same job (confirm-runs / same-job A/B), or rerun the job';
  } else if (
    1 / worseRatio > improveLimit * (1 + EPS) &&
    j.betterConfidence >= rules.confidence &&
    (!jAlt || (1 / altWorse! > improveLimit * (1 + EPS) && jAlt.betterConfidence >= rules.confidence))
  ) {
    row.status = 'improvement';
    row.confidence = j.betterConfidence;
    row.reason = `${change} against the baseline: an improvement, ${pctConf(j.betterConfidence)} confident.`;
  } else {
    row.status = 'unchanged';
    // An identical, noiseless figure (deterministic memory, a fixed accuracy) has nothing to be confident about.
    const noiseless = nz.sd === 0 && d === 0;
    row.confidence = noiseless ? null : j.worseConfidence;
    row.reason = noiseless
      ? 'Same as the baseline.'
      : limit !== undefined
        ? `${change}, within the ${fmtPct(limit)} limit.`
        : `${change}; no relative rule for this metric.`;
  }
}

const pctConf = (c: number) => `${(c * 100).toFixed(1)} %`;

function runnerSummary(m: RunnerModel): RunnerShift {
  return {
    shift: Math.exp(m.headEstimate),
    applied_shift: Math.exp(m.headShift),
    typical: Math.exp(m.tau) - 1,
    benchmarks: m.benchmarks,
    supporting: m.supporting,
    applied: m.headShift !== 0,
    unusual: m.unusual,
  };
}

function describeRunner(m: RunnerModel, notes: string[], warnings: string[]): void {
  const shift = Math.exp(m.headShift);
  if (m.unusual) {
    warnings.push(
      `${m.supporting} of ${m.benchmarks} benchmarks moved together by ${fmtPct(Math.exp(m.headEstimate))}, more than runners in this history vary (±${((Math.exp(m.tau) - 1) * 100).toFixed(1)} %). It was factored out as a ${m.headEstimate > 0 ? 'slower' : 'faster'} machine, so it cannot fail the check; if this change touches code that every benchmark runs, confirm it with a rerun or a same-job A/B comparison. Each row shows the measured change next to the corrected one.`,
    );
  } else if (Math.abs(m.headShift) > 0.02) {
    notes.push(
      `Runner: this job ran ${fmtPct(shift)} against the baseline's typical runner across ${m.benchmarks} benchmarks (runners here vary ±${((Math.exp(m.tau) - 1) * 100).toFixed(1)} %); that shared shift is factored out of each benchmark's change.`,
    );
  }
  if (m.alternative)
    notes.push(
      `Runner: two groups of benchmarks disagree on how fast this job's machine was (${m.supporting} at ${fmtPct(Math.exp(m.headShift))}, ${m.alternative.support} at ${fmtPct(Math.exp(m.alternative.shift))}); a row fails or improves only if it does under either reading, otherwise it is inconclusive.`,
    );
  if (m.movedTogether)
    warnings.push(
      `${m.movedTogether.count} of ${m.benchmarks} benchmarks moved together by ${fmtPct(Math.exp(m.movedTogether.shift))}, more than this history's runners explain; the benchmarks that did not move were taken as the runner's level, so those ${m.movedTogether.count} are judged as changed.`,
    );
}

export function missingRows(head: ResultSet, window: readonly ResultSet[], rules: Rules): ResultRow[] {
  const last = window.at(-1);
  if (!last) return [];
  const names = new Set(head.benchmarks.map((b) => b.name));
  const rows: ResultRow[] = [];
  for (const b of last.benchmarks) {
    if (names.has(b.name) || isIgnored(rules, b)) continue;
    for (const [key, m] of Object.entries(b.metrics)) rows.push(missingRow(b, key, m, window, rules));
  }
  return rows;
}

function missingRow(b: Benchmark, key: string, m: Metric, window: readonly ResultSet[], rules: Rules): ResultRow {
  return {
    benchmark: b.name,
    ...(b.group !== undefined ? { group: b.group } : {}),
    metric: key,
    unit: m.unit,
    direction: m.direction as Direction,
    status: 'missing',
    base: runStatistic(m, rules.statistic),
    head: null,
    ratio: null,
    measured_ratio: null,
    interval: null,
    confidence: null,
    history: window.filter((run) => run.benchmarks.some((x) => x.name === b.name)).length,
    enforced: rules.fail_on_missing,
    fails: rules.fail_on_missing,
    reason: 'In the last baseline run but not in this one (renamed, removed, or it crashed?).',
  };
}

export function absoluteCheck(value: number, rule: Rule): { status: Status; reason: string } | undefined {
  if (rule.minimum_threshold !== undefined && value < rule.minimum_threshold - EPS * Math.abs(rule.minimum_threshold)) {
    return { status: 'below-floor', reason: `${value} is below the minimum of ${rule.minimum_threshold}.` };
  }
  if (rule.maximum_threshold !== undefined && value > rule.maximum_threshold + EPS * Math.abs(rule.maximum_threshold)) {
    return { status: 'regression', reason: `${value} is above the maximum of ${rule.maximum_threshold}.` };
  }
  return undefined;
}

const ORDER: Record<Status, number> = {
  regression: 0,
  'below-floor': 1,
  missing: 2,
  inconclusive: 3,
  improvement: 4,
  new: 5,
  unchanged: 6,
};

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
