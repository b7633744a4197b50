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
import { maxOf, minOf, pushAll } from '../arrays.js';
import { isIgnored, unmatchedPatterns, type Rule, type Rules } from '../config.js';
import type { Benchmark, Direction, Metric, ResultSet } from '../model.js';
import {
  historyTest,
  MIN_SUITE_TAIL,
  shareAtLeast,
  suiteTailModel,
  tailReach,
  type Evidence,
  type Judgement,
  type Tail,
} from './history-test.js';
import { corrected, MIN_RUNS_FOR_SIGMA, noiseOf, pooledScale, tailFactor, type Noise } from './noise.js';
import { spikeMemory } from './memory.js';
import { fitRunner, MIN_BENCHMARKS_FOR_SHIFT, type RunnerModel } from './runner.js';
import {
  gatherSeries,
  isTimeLike,
  medianOfRuns,
  runStatistic,
  scaleFigures,
  spreadsOf,
  type JudgedStep,
  type Series,
} from './series.js';
import { median, robustScale, tConfidence, tQuantile } from './stats.js';
import type { Decision, ResultRow, RunnerShift, Status } from './types.js';

export type { Decision, ResultRow, RunnerShift, Status } from './types.js';
export { runStatistic } from './series.js';

const EPS = 1e-9;

/** One row's identity across decisions (benchmark × metric). */
export const rowKey = (r: { benchmark: string; metric: string }) => `${r.benchmark}\u0000${r.metric}`;

export function fmtPct(ratio: number): string {
  const p = (ratio - 1) * 100;
  const digits = Math.abs(p) < 10 ? 1 : 0;
  return `${p >= 0 ? '+' : '−'}${Math.abs(p).toFixed(digits)} %`;
}

/** What a stored run's gate left undecided (its inconclusive rows) and the runner it read. */
export interface RecordedSteps {
  rows: readonly {
    benchmark: string;
    metric: string;
    ratio: number | null;
    measured: number | null;
    /** Undecided for want of another run (the row's `settled: false`). */
    pending: boolean;
  }[];
  runner?: { shift: number; applied: number; unusual: boolean; slower?: number; lower?: number };
}

/** What a run's record keeps of its decision for the next push (the pipeline stores it in the run's file). */
export function recordedStepsOf(d: Decision): RecordedSteps {
  return {
    rows: d.results
      .filter((r) => r.status === 'inconclusive')
      .map((r) => ({
        benchmark: r.benchmark,
        metric: r.metric,
        ratio: r.ratio,
        measured: r.measured_ratio,
        pending: r.settled === false,
      })),
    ...(d.runner ? { runner: recordedRunner(d.runner) } : {}),
  };
}

/** What a run's record keeps of the runner its gate read. */
export function recordedRunner(r: RunnerShift): NonNullable<RecordedSteps['runner']> {
  return {
    shift: r.shift,
    applied: r.applied_shift,
    unusual: r.unusual,
    ...(r.slower_set_aside && r.slower_odds !== undefined ? { slower: r.slower_odds } : {}),
    ...(r.lower_set_aside && r.lower_odds !== undefined ? { lower: r.lower_odds } : {}),
  };
}

/** A row a stored run's own gate judged (failed or accepted), with the figure judged where it pooled runs. */
export interface JudgedRow {
  benchmark: string;
  metric: string;
  value?: number;
  /** A team accepted the step (not failed by the gate): its level stands even for a run of the same commit. */
  accepted?: boolean;
}

export interface DecideOptions {
  /**
   * The same-job runs of the head when it was measured more than once (re-measurement): `head` is
   * then their per-benchmark median, and each row is judged as a k-run figure. A runner shift is
   * shared by the runs of one job, so only their within-job scatter shrinks with k.
   */
  runs?: readonly ResultSet[];
  /**
   * Set when the head continues the history's own branch (a push that is recorded after this
   * decision). A step the newest stored run brought, which that run alone could not decide, is decided
   * here: that run and this one are two measurements of the new level. `previous` names that run (its
   * commit) in the row's reason.
   */
  continues?: { previous?: string };
  /**
   * Set when the head is a pull request (or another branch) judged against the history of its base
   * branch: a step the base's newest stored run brought is the base's, not the head's. Where that
   * run's own gate failed it (`judged`), its level is the baseline; where its one run could not decide
   * it and the head measures the same step, the row is inconclusive, naming that run, never failed.
   */
  onBase?: { previous?: string };
  /**
   * The rows each stored run's own gate judged — failed, or a team accepted — aligned with the end of
   * `history` (the last entry is the newest run's). A step judged on the push that brought it is that
   * run's level from then on, never judged again; without this, a newest run that a head agrees with
   * might as well have been a spike. `value`: the figure judged where that push pooled several same-job
   * runs (the stored run is the first of them); the step's level is read from it.
   */
  judged?: readonly (readonly JudgedRow[] | undefined)[];
  /**
   * What each stored run's own gate left undecided and the runner it read, aligned like `judged`;
   * `undefined` where the run's record does not say (no gate recorded it). A push that may confirm the
   * step the newest run brought reads that run's undecided rows from here instead of judging the run
   * again (on a push of 1,000 benchmarks that second decision was a fifth of the run's CPU).
   */
  recorded?: readonly (RecordedSteps | undefined)[];
  /**
   * Runs older than `history` (oldest first, ending where `history` begins): how each benchmark
   * strayed before the window, for its own empirical tail only (memory.ts). A recording push reads
   * them anyway (the drift search's longer window).
   */
  memory?: readonly ResultSet[];
  /**
   * The runs come from this many consecutive pushes of the branch (confirmSteps), not from one job's
   * re-runs. Where each push gave one run, they are judged against how often some benchmark of the
   * suite stayed as far off for as many runs in a row.
   */
  consecutive?: number;
  /**
   * With `continues`: the head measured the same commit as the newest stored run (a re-run of its job,
   * or a scheduled run of an unchanged branch): how many of the newest stored runs did. Those
   * runs measured this code, not the baseline's, so a step their gates failed is not the level here:
   * the head and the newest run are judged together against the level before it, as a push confirms
   * the step of the run before, and where this run alone measures it within the limit the row is
   * inconclusive (runs of the same code disagree). Without this, a re-run of a failed job passed
   * against the level the first attempt had failed.
   */
  sameCommit?: number;
}

/** Internal: the newest stored run's failed rows where the head is a run of that same commit (sameCommit). */
type Options = DecideOptions & { failedBefore?: ReadonlySet<string> };

/** Decides one run against its baseline (prior runs, oldest first). */
export function decide(head: ResultSet, history: readonly ResultSet[], rules: Rules, given: DecideOptions = {}): Decision {
  const window = history.slice(-rules.history);
  let options: Options = given;
  // A run of the same commit: the steps its stored runs' gates failed (not those a team accepted) are
  // that code's, not the baseline's (sameCommit).
  const same = given.continues ? (given.sameCommit ?? 0) : 0;
  const judged = given.judged ?? [];
  const ofSame = (i: number) => i >= judged.length - same;
  const failedBefore = judged.flatMap((rows, i) => (ofSame(i) ? (rows ?? []).filter((r) => !r.accepted) : []));
  if (failedBefore.length > 0)
    options = {
      ...given,
      judged: judged.map((rows, i) => (ofSame(i) ? (rows ?? []).filter((r) => r.accepted) : rows)),
      failedBefore: new Set(failedBefore.map(rowKey)),
    };
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
  // Time rows a slower-machine reading of this job kept from failing, as they were before (slowerReading).
  const setAside = new Map<string, ResultRow>();
  // Steps a stored run's own push judged (failed or accepted) are the level from that run on (levels.ts).
  const judgedSets = (options.judged ?? [])
    .slice(-window.length)
    .map((rows) => new Map((rows ?? []).map((r) => [rowKey(r), r.value] as const)));
  const judgedAt = (benchmark: string, metric: string): JudgedStep | undefined => {
    const key = rowKey({ benchmark, metric });
    for (let k = judgedSets.length - 1; k >= 0; k--)
      if (judgedSets[k]!.has(key)) {
        const value = judgedSets[k]!.get(key);
        return { at: window.length - judgedSets.length + k, ...(value !== undefined ? { value } : {}) };
      }
    return undefined;
  };
  const older = options.memory?.length ? spikeMemory(head, options.memory, rules) : undefined;
  for (const [key, list] of gatherSeries(head, window, rules, judgedAt)) {
    const comparable = list.filter((s) => Number.isFinite(s.headLog) && s.logs.some(Number.isFinite));
    const timeLike = list.length > 0 && isTimeLike(key, list[0]!.metric);
    let model: RunnerModel | undefined;
    if (rules.runner_correction && timeLike && comparable.length >= MIN_BENCHMARKS_FOR_SHIFT) {
      model = fitRunner(comparable, window.length);
      if (key === 'time' || !runner) runner = runnerSummary(model);
      if (key === 'time' && model.lower) runner.lower_odds = model.lower.odds;
    }
    const shifts = model?.shifts ?? window.map(() => 0);
    const hist = new Map(comparable.map((s) => [s, corrected(s, shifts, model?.headShift ?? 0)]));
    const pooled = pooledScale([...hist.values()]);
    const noise = new Map(comparable.map((s) => [s, noiseOf(s, hist.get(s)!, pooled, model?.headShiftSe ?? 0)]));
    if (older)
      for (const [s, nz] of noise) {
        const name = s.benchmark.name;
        nz.older = () => older.deviations(name, key);
      }
    const kappa = tailFactor([...noise.values()]);
    if (kappa > 1) for (const nz of noise.values()) nz.sd *= kappa;
    // The suite's history deviations (worse direction), for the empirical tail.
    const suiteDevs: number[] = [];
    for (const [s, nz] of noise)
      if (nz.n >= 2) for (const dev of nz.deviations) suiteDevs.push(s.direction === 'smaller' ? dev : -dev);
    const suiteTails = { worse: suiteTailModel(suiteDevs), better: suiteTailModel(suiteDevs.map((v) => -v)) };
    const family = familyTails(noise, window.length);

    // Each row with its figures from this job's runs (one run, or the runs behind the head's figure).
    const thisMetric = list.map((s) => ({
      s,
      row: baseRow(s, key),
      nz: noise.get(s),
      runs: headRuns(s, key, options.runs, rules),
    }));
    // Did this job measure any enforced row past its limit before any runner correction?
    const measuredBreak = thisMetric.some(({ row }) => row.enforced && measuredPastLimit(row));
    const consecutive = options.consecutive ?? 0;
    if (family && consecutive >= 2) {
      // Pushes in a row: the benchmarks past their limit in each of them (as measured and corrected),
      // each at its least z over the runs.
      const past: { s: Series; z: number }[] = [];
      for (const {
        s,
        row,
        nz,
        runs: { logs },
      } of thisMetric) {
        if (!nz || !(nz.sd > 0) || nz.n < 3 || s.resolution > 0 || row.limit === undefined || !measuredPastLimit(row)) continue;
        if (logs.length !== consecutive) continue;
        const sign = s.direction === 'smaller' ? 1 : -1;
        const least = Math.min(...logs.map((l) => sign * (l - nz.loading * (model?.headShift ?? 0) - nz.center)));
        const asStood = Math.min(...logs.map((l) => sign * (l - nz.center)));
        if (Math.min(least, asStood) > Math.log(row.limit * (1 + EPS))) past.push({ s, z: least / nz.sd });
      }
      const together = togetherOf(family, past, consecutive);
      if (together) family.together = together;
    }
    for (const { s, row, nz, runs } of thisMetric) {
      if (row.history === 0) {
        row.status = 'new';
        row.reason = 'No prior run has this metric; it becomes part of the baseline.';
      } else if (!nz || !Number.isFinite(row.measured_ratio ?? 0)) {
        // No ratio for zero or negative figures, nor for a denormal baseline (+Infinity %).
        row.measured_ratio = null;
        compareDirectly(row, s);
      } else judgeRow(row, s, nz, model, suiteTails, rules, runs, family, consecutive, measuredBreak);
      const floor = absoluteCheck(s.headRaw, s.rule);
      if (floor) {
        row.status = floor.status;
        row.fails = row.enforced;
        row.reason = floor.reason;
        row.settled = true;
        delete row.resolve;
      }
      if (!row.enforced) row.settled = true;
      row.settled ??= true;
      rows.push(row);
    }
    if (model?.slower)
      for (const [k, before] of slowerReading(thisMetric, model, model.slower)) if (key === 'time') setAside.set(k, before);
    if (model && key === 'time') {
      describeRunner(model, notes, warnings);
      // Rows a whole-suite move took past their limit that the machine reading alone brought back within
      // it: the report says that this reading is one of two, and what tells them apart.
      const onReading = thisMetric.filter(({ row }) => onMachineReading(row, runner)).length;
      if (onReading > 0 && !model.unusual)
        notes.push(
          `Runner: ${onReading} row${onReading === 1 ? '' : 's'} measured past ${onReading === 1 ? 'its' : 'their'} limit ${onReading === 1 ? 'is' : 'are'} within it only on this reading of the machine (${fmtPct(Math.exp(model.headEstimate))}): a slower machine, or code every benchmark runs. One job's runs share the machine and cannot tell which; paired rounds of the base and head commits on one runner can (confirm-ab, where the job runs the suite).`,
        );
    }
  }

  if (runner && setAside.size > 0) runner.slower_set_aside = true;
  if (runner?.lower_odds !== undefined && (runner.unusual || runner.lower_odds <= rareOdds(rules.confidence)))
    if (rows.some((r) => r.metric === 'time' && r.enforced && r.status === 'inconclusive' && r.settled === true))
      runner.lower_set_aside = true;
  if (options.continues && window.length >= CONFIRM_MIN_RUNS) confirmSteps(rows, head, history, rules, options, runner, setAside);
  else if (options.onBase && window.length >= 4) baseSteps(rows, history, rules, options);
  pushAll(rows, missingRows(head, window, rules));
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

/** Same-job runs that confirm a failure. */
const CONFIRMING_RUNS = 3;

/** Prior runs below which a failure is sent to paired rounds where the job can run them (confirm-ab). */
const SHORT_HISTORY = MIN_SUITE_TAIL;

/** A run's samples spread this many times as widely as the baseline runs' did: the run was disturbed. */
export const DISTURBED_SPREAD = 3;
/** …and at least this much (log): a benchmark whose samples barely scatter is not disturbed by 1 %. */
export const DISTURBED_FLOOR = 0.03;
/** Samples a run needs before their spread says anything about it. */
const MIN_DISTURBANCE_SAMPLES = 5;

/**
 * One run decides a row alone only where the history's per-run extremes reach as far this many times
 * less often than the confidence allows: on real runner histories most one-run excursions past the
 * limit are spikes (a neighbour's burst mid-run), and a real step shows again in the next run — of
 * this job (re-measurement) or of the branch's next push (confirmSteps).
 */
const SINGLE_RUN_STRICTNESS = 10;

/**
 * Prior runs needed before the branch's next push may confirm a step (confirmSteps): fewer cannot tell
 * how often some benchmark stays off for two runs in a row (the suite's pair tail needs 10 pairs of
 * consecutive runs before the step). Seen
 * in the demo beside two CPU hogs with 5 prior runs: an unchanged benchmark measured +13 % and then
 * +11 % and was "confirmed" at 99.5 %.
 */
const CONFIRM_MIN_RUNS = MIN_SUITE_TAIL + 2;

/**
 * Most consecutive pushes judged together (confirmSteps): a step that two pushes in a row could not
 * confirm — in a suite of 80 benchmarks with real steps in its history, some benchmark stayed +19 %
 * off for two runs in 11 % of them — is judged again with the third, against how often some benchmark
 * stayed as far off for three runs (Raphtory's max_id: a 3× step read +55 %, +75 %, +90 %, and was
 * never failed before this).
 */
const MAX_STREAK = 3;

/**
 * Fewest benchmarks past their limit in every run of a streak that count as a group (Together): two
 * staying off together for two pushes are common enough on real runners (kong's ingress controller,
 * napi-rs: +16 … +54 %, then back) that the group's extrapolated tail would overstate how rare they are.
 */
const GROUP_MIN = 3;
/**
 * A group's streak must be this many times rarer than the error the confidence allows: the size m it
 * is weighed at is chosen after seeing the push (the rarest over m), and its tail is extrapolated
 * from one value per stored streak.
 */
const GROUP_STRICTNESS = 10;

/** The part of one job's run-to-run noise its runs share (bursts that span runs back to back). */
const RUN_CORRELATION = 0.3;

/** The history's σ counts as this many runs of evidence about a job's own run-to-run scatter. */
const WITHIN_PRIOR = 3;

/** Each run's benchmarks by name, built once per run (a suite of many benchmarks re-measured). */
const byName = new WeakMap<ResultSet, Map<string, ResultSet['benchmarks'][number]>>();
function benchmarksByName(run: ResultSet): Map<string, ResultSet['benchmarks'][number]> {
  let index = byName.get(run);
  if (!index) byName.set(run, (index = new Map(run.benchmarks.map((b) => [b.name, b]))));
  return index;
}

/**
 * One same-job run of a row as its own samples show it: their spread (log; the larger of MAD and
 * winsorized SD, so a slowed share of the samples short of half still counts) and the best sample.
 */
interface RunSamples {
  spread: number;
  best: number;
}

/** A run's samples, where it kept enough of them to say how they spread. */
/**
 * A run's positive samples and their relative spread (full and calm, spreadsOf), when it kept enough
 * of them to say whether a neighbour's load disturbed it; shared by the history test's disturbed runs
 * and the paired test's disturbed rounds.
 */
export function disturbanceSpread(m: Metric | undefined): { samples: number[]; full: number; calm: number } | undefined {
  const samples = m?.samples?.filter((v) => v > 0);
  if (!m || !samples || samples.length < MIN_DISTURBANCE_SAMPLES) return undefined;
  return { samples, ...spreadsOf({ ...m, samples }, 1) };
}

function runSamples(m: Metric | undefined, direction: Direction): RunSamples | undefined {
  const d = disturbanceSpread(m);
  if (!d) return undefined;
  return { spread: d.full, best: direction === 'smaller' ? minOf(d.samples) : maxOf(d.samples) };
}

/** How many same-job runs measured this row, their scatter (log, robust; 0 with one run) and samples. */
function headRuns(
  s: Series,
  key: string,
  runs: readonly ResultSet[] | undefined,
  rules: Rules,
): { k: number; within: number; logs: number[]; samples: (RunSamples | undefined)[] } {
  if (!runs || runs.length < 2) return { k: 1, within: 0, logs: [], samples: [runSamples(s.metric, s.direction)] };
  const logs: number[] = [];
  const samples: (RunSamples | undefined)[] = [];
  for (const run of runs) {
    const m = benchmarksByName(run).get(s.benchmark.name)?.metrics[key];
    const v = m ? runStatistic(m, rules.statistic) : NaN;
    if (v > 0) {
      logs.push(Math.log(v));
      samples.push(runSamples(m, s.direction));
    }
  }
  return { k: Math.max(1, logs.length), within: logs.length >= 2 ? robustScale(logs) : 0, logs, samples };
}

/**
 * The runs of a row that a neighbour's load disturbed while its best sample stayed within `limit`:
 * their samples spread DISTURBED_SPREAD times as widely as in the baseline's runs (and at least
 * DISTURBED_FLOOR), and the fastest of them was no further from the baseline than the limit allows.
 * The code ran at its old speed in that run; the rest of its samples were slowed around it. Seen
 * beside two CPU hogs on a 2-core machine: 4 in 10 runs of the example suite read one benchmark
 * 20–170 % slower, and in all but a few of them the samples spread 5–60 times their usual width
 * while the fastest sample stayed within ±15 % of the quiet figure.
 */
function disturbedRuns(
  s: Series,
  samples: readonly (RunSamples | undefined)[],
  center: number,
  within: (ratio: number) => boolean,
): { count: number; spread: number; best: number } {
  const usual = s.baseCalm;
  let count = 0;
  let spread = 0;
  let best = 0;
  if (!(usual > 0)) return { count, spread, best };
  const sign = s.direction === 'smaller' ? 1 : -1;
  for (const r of samples) {
    if (!r || r.spread <= Math.max(DISTURBED_SPREAD * usual, DISTURBED_FLOOR)) continue;
    const ratio = Math.exp(sign * (Math.log(r.best) - center));
    if (!within(ratio)) continue;
    count++;
    spread = Math.max(spread, r.spread / usual);
    best = Math.max(best, ratio);
  }
  return { count, spread, best };
}

function judgeRow(
  row: ResultRow,
  s: Series,
  nz: Noise,
  model: RunnerModel | undefined,
  suiteTails: Evidence['suite'],
  rules: Rules,
  runs: { k: number; within: number; logs: number[]; samples: (RunSamples | undefined)[] },
  family?: Family,
  consecutive = 0,
  measuredBreak = true,
): void {
  // A figure's change against the baseline on the job's runner level (log; positive = slower for times).
  const offset = (log: number) => log - nz.loading * (model?.headShift ?? 0) - nz.center;
  const d = offset(s.headLog);
  const sign = s.direction === 'smaller' ? 1 : -1;
  const worse = sign * d;
  const k = runs.k;
  // A k-run figure: the run-to-run noise shrinks as 1/k; what runs of one job share (the runner's
  // shift, the baseline's own uncertainty) is in nz.sd beside it and does not. The per-run noise is
  // the history's σ pooled with the scatter this job's runs showed (the history counts as
  // WITHIN_PRIOR runs), so two runs that disagree widely make the figure less certain, not more.
  const within = Math.sqrt((WITHIN_PRIOR * nz.sigma ** 2 + (k - 1) * runs.within ** 2) / (WITHIN_PRIOR + k - 1));
  // Runs of one job are not independent: a neighbour's burst or a slow stretch of the runner spans
  // several runs back to back. Their share RUN_CORRELATION of the run noise does not average out.
  const share = (runsOf: number) => RUN_CORRELATION + (1 - RUN_CORRELATION) / runsOf;
  // With one or two prior runs their own noise is not known (the σ is a prior): where this job's runs
  // scatter more than that, the baseline's runs, taken on the same machine, are held to scatter as much
  // (the median's π/2 · σ² over the runs that place it). Seen beside two CPU hogs: against one prior run
  // taken in a slow stretch, an unchanged job measured +63 %, +113 % and +93 % and failed.
  const unknownBase =
    nz.n < MIN_RUNS_FOR_SIGMA ? (Math.max(0, runs.within ** 2 - nz.sigma ** 2) * 1.5708) / Math.max(1, nz.n) : 0;
  const sdOf = (runsOf: number) => Math.sqrt(Math.max(0, nz.sd ** 2 - nz.sigma ** 2) + unknownBase + within ** 2 * share(runsOf));
  const sd = k > 1 ? sdOf(k) : nz.sd;
  if (k > 1) row.head_runs = k;
  // The spike memory only for a row whose change could be past its limit, as measured or corrected
  // (a quarter of it, to spare every other row of a large suite reading 39 older runs).
  const near = 0.25 * Math.log(row.limit ?? 1.1);
  const older = nz.older && Math.max(Math.abs(d), Math.abs(s.headLog - nz.center)) > near ? nz.older() : undefined;
  const own = (older ? [...nz.deviations, ...older.filter(Number.isFinite)] : nz.deviations).map((v) => sign * v);
  const test = (w: number): Judgement =>
    historyTest(
      {
        worse: w,
        sd,
        df: nz.df,
        own,
        suite: suiteTails,
        runs: Math.round(1 / share(k)),
      },
      rules.confidence,
    );
  // Many benchmarks give a push many chances to show one benchmark's spike: a row is credible only
  // when deviations like it were rare also among the history's per-run extremes (familyTails).
  // One run: against the suite's per-run extremes too. Same-job runs: their median already stands
  // only where most of them agree (medianTail).
  const judgeAt = (w: number): Judgement => (k === 1 ? familyCheck(test(w), w, nz.sd, family, rules.confidence) : test(w));
  let j: Judgement;
  if (consecutive >= 2 && runs.logs.length === consecutive && family) {
    // Pushes in a row (confirmSteps): how often did some benchmark stay this far off for as many runs?
    const t = test(worse);
    const zs = runs.logs.map((l) => (sign * offset(l)) / nz.sd);
    // And how often did this benchmark itself stay this far off for as many runs in a row, in the
    // window and in its older runs? Runs in a row share a runner's slow stretch: a benchmark whose
    // two-run episodes come back every few dozen runs (Raphtory's `has_node_nonexisting`, +170–240 %
    // for two runs, three times in 40) is not confirmed by its next one.
    const least = Math.min(...zs) * nz.sd;
    const mine = ownStreaks([...(nz.older?.() ?? []), ...nz.byRun], sign, consecutive);
    // Among many benchmarks that stayed past their limit for as many runs: as rare as that many staying
    // as far off together (the spike memory's older runs too, where the window alone lets it pass).
    let suite = family.streak(consecutive)(Math.min(...zs));
    if (family.together?.members.has(s) && suite > 1 - rules.confidence) {
      const groupAt = (withOlder: boolean) => Math.min(1, GROUP_STRICTNESS * family.together!.share(Math.min(...zs), withOlder));
      let group = groupAt(false);
      if (family.withOlder && group <= 1 - rules.confidence) group = Math.max(group, groupAt(true));
      suite = Math.min(suite, group);
    }
    const tw = Math.max(suite, shareAtLeast(mine, least));
    j = { ...t, worseConfidence: Math.min(t.worseConfidence, 1 - tw), tailWorse: Math.max(t.tailWorse, tw) };
  } else j = judgeAt(worse);
  // Two groups of benchmarks, either of which could be the runner's level: a verdict must hold under both.
  const alt = model?.alternative;
  const jAlt = alt ? test(sign * (s.headLog - nz.loading * alt.shift - nz.center)) : undefined;
  const altWorse = alt ? Math.exp(sign * (s.headLog - nz.loading * alt.shift - nz.center)) : undefined;
  row.ratio = Math.exp(d);
  const tq = tQuantile(0.975, nz.df);
  row.interval = [Math.exp(d - tq * sd), Math.exp(d + tq * sd)];
  const limit = row.limit;
  if (limit !== undefined) row.detectable = Math.max(limit, j.detectable);
  const worseRatio = Math.exp(worse);
  const measured = measuredWorse(row);
  const change = changeText(worseRatio, measured);
  const improveLimit = s.rule.improvement_limit ?? limit ?? 1.1;
  const what = worseWord(row.metric, s.direction);
  const prior = `${row.history} prior run${row.history === 1 ? '' : 's'}${k > 1 ? `; median of ${k} runs of this job` : ''}`;
  const noiseText = `±${((Math.exp(sd) - 1) * 100).toFixed(1)} %`;
  const past = (r: number) => limit !== undefined && r > limit * (1 + EPS);
  // The runner correction only ever removes a change: a row is past its limit when the corrected and
  // the measured change both are. A benchmark that did not move while the others sped up has not
  // regressed on this evidence (seen on real histories: −5 % measured, "+68 %" corrected).
  // (Checked where the shared shift was larger than any runner of this history: there the
  // correction is least supported and, seen on real histories, amplified instead of removing.)
  // Also where the job's machine ran faster than twice what this history's runners vary, nothing
  // measured past its limit and a third of the suite or more disagrees: a reading that rare rests on
  // the few benchmarks that agree on it, and
  // alone it would turn a job with no measured slowdown into a failure (seen in simulation: 3 of 5
  // benchmarks 25 % faster taken for a −20 % runner, the two unchanged ones failed at "+26 %, 100 %").
  // (Where most of the suite agrees on the reading — 19 of 20 — it is evidence, however rare: corrected.)
  const rareFast =
    !measuredBreak && !!model && 3 * model.supporting < 2 * model.benchmarks && model.headShift < -2 * Math.max(model.tau, 0.01);
  // Two more places where the correction would put a change in rather than take one out (both seen
  // on real histories; pooled figures of consecutive pushes arrive already put on one runner level):
  //  - the row measured better than its baseline while a quarter of the suite or more disagrees with
  //    the job's runner reading: a benchmark that sped up while some others sped up more has not
  //    regressed on this evidence (−1.2 % measured, "+12 %" corrected, a reading 9 of 14 benchmarks
  //    shared). Where three quarters of the suite agree, the reading stands, however far (simulated,
  //    where the runner model is exact, withholding it there too cost a tenth of the +25 % catches on
  //    a noisy machine);
  //  - the correction made the change larger, yet the job's shared shift taken out of the measured
  //    change leaves it within the limit: the benchmark's runner-corrected level lies far from its
  //    median, as where runners of several kinds move each benchmark by its own amount (go-algorand:
  //    +7.5 % measured on a +5.8 % runner, "+32 %" corrected).
  const shown = measured === undefined || !model ? undefined : measured * Math.exp(-sign * nz.loading * model.headShift);
  const weakReading = !!model && 4 * model.supporting < 3 * model.benchmarks;
  const against: 'improved' | 'shown' | undefined =
    consecutive || measured === undefined || !past(worseRatio)
      ? undefined
      : measured < 1 && weakReading
        ? 'improved'
        : shown !== undefined && worseRatio > measured && !past(measured) && !past(shown)
          ? 'shown'
          : undefined;
  const measuredPast = (!(model?.unusual || rareFast) || measured === undefined || past(measured)) && !against;
  // Figures rounded to whole units (4 ns, 5 ns) move by a rounding step without any change: the
  // change counts only as far as it survives half a step of rounding on each side.
  const q = s.resolution / 2;
  const rounded =
    q > 0 && row.base !== null && s.headRaw > q && row.base > q
      ? s.direction === 'smaller'
        ? (s.headRaw - q) / (row.base + q)
        : (row.base - q) / (s.headRaw + q)
      : undefined;
  const roundingPast = rounded === undefined || past(rounded);
  const pastLimit = past(worseRatio) && measuredPast && roundingPast;
  const credible = j.worseConfidence >= rules.confidence;
  // Runs whose samples show a neighbour's load around a best sample within the limit (only looked at
  // where the row would otherwise fail).
  const disturbed =
    pastLimit && credible && limit !== undefined
      ? disturbedRuns(s, runs.samples, nz.center, (r) => !past(r))
      : { count: 0, spread: 0, best: 0 };
  // Same-job runs (not pushes in a row) that measured within the limit, each on the job's runner
  // level: only looked at where the row would otherwise fail.
  const runsWithin =
    pastLimit && credible && k >= 2 && !consecutive
      ? runs.logs.map((l) => Math.exp(sign * offset(l))).filter((w) => !past(w))
      : [];
  const altAgrees = !jAlt || (past(altWorse!) && jAlt.worseConfidence >= rules.confidence);
  // The job's shared shift is larger than any runner of this history moved and its correction made
  // this row's change larger: a reading that far outside what the history knows is not evidence
  // enough to put a change in, so the change as measured must be credible too. Seen in the demo on a
  // CI machine with 4 prior runs: six of eight benchmarks 8 % faster, one measured +12 % (three runs
  // agreeing) read as "+17 %, 99.4 % confident"; as measured it was 98.3 %.
  const amplifiedUnusual =
    !!model?.unusual && !consecutive && measured !== undefined && pastLimit && credible && worseRatio > measured * (1 + EPS);
  const jMeasured = amplifiedUnusual ? judgeAt(sign * (s.headLog - nz.center)) : undefined;
  // The row as measured less all of the job's shared move (not only the share the correction took
  // out) is within the limit: the shared move alone explains it.
  const sharedExplains =
    !!model && model.headEstimate > 0 && measured !== undefined && !past(measured / Math.exp(model.headEstimate));
  const rare = !model?.unusual && rareSlower(model, rules.confidence);
  if (
    (model?.unusual || rare) &&
    measured !== undefined &&
    past(measured) &&
    // Within the limit on the correction's reading, or once all of the unusual shared shift is out.
    (!past(worseRatio) || sharedExplains)
  ) {
    // The shared shift was larger than any runner of this history: a slower machine, or code that
    // every one of these benchmarks runs. Re-running the head on the same runner cannot tell which.
    // Seen in this project's CI: the demo's five seed runs all in one of the suite's two process
    // levels, then three benchmarks +14 … +19 % together in the regression run, and failed although
    // the report's header said rows past the limit there were undecided.
    row.status = 'inconclusive';
    row.settled = true;
    row.confidence = null;
    const shared = `together with ${model!.supporting} of ${model!.benchmarks} benchmarks (${fmtPct(Math.exp(model!.headEstimate))})`;
    const lower = model?.lower;
    row.reason =
      rare && lower
        ? `${fmtPct(measured)} measured, past the ${fmtPct(limit!)} limit, ${shared}, while ${lower.support} stayed at ${fmtPct(Math.exp(lower.shift))}: a machine that much slower, on which those got faster, or code the others run. This history's runners rarely ran that slow (odds ${oddsText(lower.odds)} against the second reading); this run cannot tell which, the next push can.`
        : `${fmtPct(measured)} measured, past the ${fmtPct(limit!)} limit, ${shared}, more than any runner of this history moved: a slower machine or code they all run; this run cannot tell which.`;
    row.resolve = 'same-job A/B (mode: ab) measures the base and head commits on one runner, which tells a machine from code';
    if (row.enforced) row.pairable = true;
    return;
  }
  if (past(worseRatio) && measuredPast && !roundingPast) {
    row.status = 'unchanged';
    row.confidence = null;
    row.reason = `${change}: ${s.headRaw} against ${row.base} ${row.unit}, whole numbers; half a unit of rounding on each side leaves ${fmtPct(rounded!)}, within the ${fmtPct(limit!)} limit. The figure is too coarse to show a change this small.`;
    return;
  }
  if (past(worseRatio) && !measuredPast) {
    row.status = 'unchanged';
    row.confidence = null;
    // Past the limit on one reading of the runner, within it on the other: base and head on one
    // runner (confirm-ab) need no reading.
    if (row.enforced) row.pairable = true;
    const moved = `${fmtPct(measured!)} measured, within the ${fmtPct(limit!)} limit; the other benchmarks moved ${fmtPct(Math.exp(model?.headShift ?? 0))} together`;
    row.reason =
      against === 'shown'
        ? `${moved}, which leaves ${fmtPct(shown!)} against the baseline shown; only against this benchmark's runner-corrected level, which lies far from its median here (runners of several kinds move it by their own amounts), would it be ${fmtPct(worseRatio)}. The correction is only ever factored out of a change, never into one.`
        : `${moved}, which would make it ${fmtPct(worseRatio)}, but ${
            against === 'improved'
              ? 'it measured better than its baseline'
              : `that shift ${model?.unusual ? 'is larger than any runner of this history' : "is rare for this history's runners"}`
          } and the correction is only ever factored out of a change, never into one.`;
    return;
  }
  if (jMeasured && jMeasured.worseConfidence < rules.confidence) {
    row.status = 'inconclusive';
    row.confidence = jMeasured.worseConfidence;
    row.settled = false;
    if (row.enforced) row.pairable = true;
    row.reason = `${change} ${what}, ${pctConf(j.worseConfidence)} confident after the runner correction; but ${model!.supporting} of ${model!.benchmarks} benchmarks moved ${fmtPct(Math.exp(model!.headEstimate))} together, more than any runner of this history moved, and the correction is only ever factored out of a change, never into one: as measured, ${fmtPct(measured!)} is ${pctConf(jMeasured.worseConfidence)} confident, ${pctConf(rules.confidence)} required.`;
    row.resolve =
      're-measure in the same job (confirm-runs), or same-job A/B (mode: ab), which measures the base and head commits on one runner and needs no reading of it';
  } else if (pastLimit && credible && !altAgrees) {
    row.status = 'inconclusive';
    row.confidence = Math.min(j.worseConfidence, jAlt!.worseConfidence);
    row.settled = false;
    row.reason = `${change} ${what} if the runner's level is where most benchmarks agree, but ${fmtPct(altWorse!)} if it is where the other ${alt!.support} benchmarks are: this run cannot tell which group moved.`;
    row.resolve = 're-measure in the same job (confirm-runs / same-job A/B), or rerun the job';
  } else if (pastLimit && credible && !consecutive && model && measured !== undefined && measured < 1) {
    // Measured better than its baseline, past the limit only after the runner correction, however
    // well the suite agrees on the runner: a check never fails a benchmark that measured faster on
    // the correction alone (seen on real histories: a Criterion suite on a runner 25 % faster, one
    // benchmark −5.1 % measured read as "+30 %, 100 % confident", back in line the next push).
    // Re-runs share the runner; base and head on one runner (same-job A/B) settle it.
    row.status = 'inconclusive';
    row.settled = true;
    row.confidence = j.worseConfidence;
    if (row.enforced) row.pairable = true;
    row.reason = `${change} ${what}, past the ${fmtPct(limit!)} limit only because ${model.supporting} of ${model.benchmarks} benchmarks moved ${fmtPct(Math.exp(model.headShift))} together; it measured better than its baseline, and a benchmark that measured faster is not failed on the runner correction alone.`;
    row.resolve = 'same-job A/B (mode: ab) measures the base and head commits on one runner and needs no reading of it';
  } else if (pastLimit && credible && !consecutive && 2 * disturbed.count >= k) {
    // The figure rests on runs a neighbour's load disturbed, in which the code still ran within the
    // limit: not evidence of a change, however far their slowed samples pulled the figure. Measured
    // again; when the budget is spent first the row stays inconclusive, said as such.
    row.status = 'inconclusive';
    row.settled = false;
    row.confidence = j.worseConfidence;
    const runsText = k === 1 ? 'this run' : `${disturbed.count} of the ${k} runs`;
    row.reason = `${change} ${what}, past the ${fmtPct(limit!)} limit, but in ${runsText} this benchmark's samples spread up to ${disturbed.spread.toFixed(0)}× as widely as in its baseline runs while the fastest of them stayed within the limit (${fmtPct(disturbed.best)} against the baseline): a neighbour's load slowed the rest around it, so the figure is not evidence of a change.`;
    row.resolve = 're-measure in the same job (confirm-runs / same-job A/B), or rerun the job';
  } else if (runsWithin.length > 0) {
    // The job's own runs disagree: the median is past the limit, but at least one run measured within
    // it. A benchmark that sits at one of two levels process by process (a JIT's luck) reads so on
    // unchanged code: seen in the demo on a CI machine with 3 prior runs, three runs of the job at
    // +36 %, +6.9 % and +39 % failed at "+41 %, 99.5 % confident". Code that got slower is slower in
    // every run; measured again, and where the budget is spent first the row stays inconclusive.
    row.status = 'inconclusive';
    row.settled = false;
    row.confidence = j.worseConfidence;
    row.reason = `${change} ${what} than the baseline, past the ${fmtPct(limit!)} limit as the median of the job's ${k} runs (${prior}), but ${runsWithin.length} of them measured within it (${runsWithin.map((w) => fmtPct(w)).join(', ')}): the runs disagree, and a change in the code would show in every one.`;
    row.resolve = 're-measure in the same job (confirm-runs / same-job A/B), or rerun the job';
  } else if (pastLimit && credible) {
    row.status = 'regression';
    row.confidence = j.worseConfidence;
    row.fails = row.enforced;
    // One run can be a spike, and two back to back can share one (a neighbour's burst spans both):
    // a failure is confirmed by a figure of three runs of this job.
    row.settled = k >= CONFIRMING_RUNS;
    // Past the limit only because the correction took out part of the job's shared move (shrunk by how
    // much this history's runners vary), within it once all of that move is out: which share was the
    // runner's, re-runs on the same runner cannot tell, base and head on one runner can (confirm-ab).
    // Where nothing more can be measured the failure stands. Seen in simulation: a job 10.5 % slow whose
    // correction took out 4 %, an unchanged row three pushes after a step failed at "+13 %".
    // Likewise a failure against a short history (fewer runs than the suite's tails need): its σ rests on
    // a few runs, and beside a busy machine's neighbours a benchmark may sit at one level for minutes at
    // a time, which a history of a few runs taken close together may never have held. The job's re-runs
    // share that level; base and head on one runner do not (seen in the demo beside two CPU hogs, 3 and
    // 4 prior runs: three or four runs of the job agreeing at +16 … +45 % on unchanged code).
    if (row.enforced && (sharedExplains || nz.n < SHORT_HISTORY)) row.pairable = true;
    row.reason = `${change} ${what} than the baseline, past the ${fmtPct(limit!)} limit; ${pctConf(j.worseConfidence)} confident it is real (${prior}).${row.enforced ? '' : ' Report-only: this metric’s rule does not fail the check.'}`;
  } else if (pastLimit) {
    row.status = 'inconclusive';
    row.settled = false;
    row.confidence = j.worseConfidence;
    const why =
      j.tailWorse > 1 - rules.confidence ? tailText(j) : `inside this benchmark's run-to-run noise (${noiseText}, ${prior})`;
    // Where the suite's single-run extremes set the bar, the change one run would need comes from a
    // tail extrapolated far past what the history holds (on real histories: "+4,286 %"); past a
    // doubling it says only that one run cannot confirm it here, and that more runs can.
    const could =
      j.suiteWide && row.detectable! > 2
        ? `One run alone could not have confirmed even a doubling here; runs of the same job${j.suiteWide.modelled ? ' can' : ', or the next push, can'}.`
        : `The gate could have confirmed ${fmtPct(row.detectable!)} or more.`;
    row.reason = `${change} ${what}, past the ${fmtPct(limit!)} limit but not credible: ${why}; ${pctConf(j.worseConfidence)} confident, ${pctConf(rules.confidence)} required. ${could}`;
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
    // Within the limit for now; settled only when the limit is outside what the noise could hide
    // (a one-sided 95 % bound), so a +15 % that measured +7 % once is measured again.
    // Runs that could not settle it either (a short or wild history: the baseline's own uncertainty
    // dominates) are not spent on it.
    const bound = (sdK: number) => worse + tQuantile(0.95, nz.df) * sdK;
    const clear = limit === undefined || bound(sd) <= Math.log(limit);
    row.settled = clear || bound(sdOf(k + 3)) > Math.log(limit);
    // What re-runs cannot clear, paired rounds against the base commit can (escalate.ts); so can they
    // a row measured past its limit that only the runner correction brought within it, where a quarter
    // of the suite or more disagrees with that reading of the runner.
    // And a row past its limit if the runner's level is where a larger group of benchmarks moved
    // together, a reading the history's runners made implausible (movedTogether): on a fast runner,
    // the benchmarks that did not change form that group, and a slowed one reads as unchanged (seen
    // in simulation: 5 of 200 jobs with 6 of 10 benchmarks changed, a +25 % read as "−0.2 %" on a
    // −16 % runner). Re-runs share the runner and cannot tell; paired rounds against the base can.
    // Likewise a faster reading nearly as well supported as the chosen one (model.faster).
    const readings = [model?.movedTogether, model?.faster && { count: model.faster.support, shift: model.faster.shift }]
      .filter((x) => x !== undefined)
      .map((x) => ({ ...x, worse: Math.exp(sign * (s.headLog - nz.loading * x.shift - nz.center)) }));
    const together = readings.find((x) => past(x.worse));
    const underTogether = together?.worse;
    const hiddenByPrior = together !== undefined;
    if (row.enforced && ((!clear && row.settled) || (measured !== undefined && past(measured) && weakReading) || hiddenByPrior))
      row.pairable = true;
    // An identical, noiseless figure (deterministic memory, a fixed accuracy) has nothing to be confident about.
    const noiseless = nz.sd === 0 && d === 0;
    row.confidence = noiseless ? null : j.worseConfidence;
    row.reason = noiseless
      ? 'Same as the baseline.'
      : limit !== undefined
        ? `${change}, within the ${fmtPct(limit)} limit.${
            hiddenByPrior
              ? ` Taking the runner's level where the other ${together!.count} benchmarks that moved together are (${fmtPct(Math.exp(together!.shift))}) would make it ${fmtPct(underTogether!)}: one job's runs cannot tell which reading holds.`
              : ''
          }`
        : `${change}; no relative rule for this metric.`;
  }
}

/**
 * The per-push view of the suite's history: in each stored run, the benchmark that deviated furthest
 * (in its own σ), worse and better. A push of 200 benchmarks has 200 chances to show one benchmark's
 * spike; a row is credible only when a deviation like it was rare also among these per-run extremes.
 */
type Family = Evidence['suite'] & {
  /** The per-run extremes are the noise model's reading (modelExtremes), not the stored runs'. */
  modelled?: boolean;
  /** How often some benchmark stayed at least z of its σ off for k runs in a row (k = 2 … MAX_STREAK). */
  streak: (k: number) => Tail;
  benchmarks: number;
  /**
   * The same per-run extremes (worse, in σ) over the window and the spike memory's older runs, built
   * on first ask; undefined without a memory.
   */
  withOlder?: () => Tail;
  /**
   * For each stored run, every member's least z over it and the k − 1 runs before (k runs in a row),
   * furthest first; with the spike memory's older runs when asked (built on first ask).
   */
  ranked: (k: number, withOlder: boolean) => readonly (readonly number[])[];
  /** The benchmarks this push measured past their limit in every run of a streak (Together); set by decide(). */
  together?: Together;
};

/**
 * The benchmarks past their limit in each of k pushes in a row, each at its least z over them, weighed
 * as a group: a row among them may stand on how rare it was in this history for that many benchmarks
 * to stay that far off for k runs in a row, not only on how rare it was for one of them.
 */
interface Together {
  members: ReadonlySet<Series>;
  /** Share of stored streaks of k runs as extreme as the group, for a row at least z off in each. */
  share: (z: number, withOlder: boolean) => number;
}

/**
 * Why a row past its limit is not credible, in the figures that decided it: its own history, or the
 * suite's — where one run alone must be rarer than the suite's per-run extremes by a factor, the share
 * quoted is how often they reached as far, not that share times the factor (which reads, capped at
 * 100 %, as "every run of the history deviated as far").
 */
function tailText(j: Judgement): string {
  const w = j.suiteWide;
  const share = (x: number) => `${x >= 0.095 ? Math.round(x * 100) : (x * 100).toFixed(1)} %`;
  if (!w) return `${share(j.tailWorse)} of the history's runs deviated as far without a code change`;
  if (w.modelled)
    return `too few prior runs to read how far this suite's benchmarks stray in one run, the noise model puts the chance that some benchmark of ${w.benchmarks} lands as far without a code change at ${share(w.share)}, and one run alone must be ${w.strictness} times rarer than that`;
  return `in ${share(w.share)} of the history's runs some benchmark of this suite (${w.benchmarks} benchmarks) deviated as far without a code change, and one run alone must be ${w.strictness} times rarer than that`;
}

/**
 * The least deviation (worse direction, log) of each `k` runs in a row of a benchmark's own series
 * that were an episode, not a level: those `k` and the runs next to them that strayed at least half
 * as far are at most MAX_STREAK runs (a change that stayed longer and went away again was a level of
 * its own, which a step should not be measured against). A NaN breaks a streak.
 */
function ownStreaks(devs: readonly number[], sign: number, k: number): number[] {
  const w = devs.map((v) => (Number.isFinite(v) ? sign * v : NaN));
  const out: number[] = [];
  for (let r = k - 1; r < w.length; r++) {
    let least = Infinity;
    for (let i = r - k + 1; i <= r; i++) least = Math.min(least, Number.isFinite(w[i]!) ? w[i]! : -Infinity);
    if (least === -Infinity) continue;
    if (!(least > 0)) {
      out.push(least);
      continue;
    }
    let from = r - k + 1;
    let to = r;
    while (from > 0 && w[from - 1]! >= least / 2) from--;
    while (to < w.length - 1 && w[to + 1]! >= least / 2) to++;
    out.push(to - from + 1 <= MAX_STREAK ? least : -Infinity);
  }
  return out;
}

/**
 * The shape of one run's deviation in the model's per-run extremes (modelExtremes): the noise's heavy
 * tails (noise.ts caps every benchmark's df at 4), not how little a run or two say about σ, which each
 * row's own test weighs already (a t with 2 df for one prior run would leave a 4× change on one of
 * five benchmarks undecided).
 */
const EXTREMES_DF = 4;

/**
 * How often some benchmark of the suite would land at least z of its σ off in one run by chance, as
 * the noise model reads it (each a t with EXTREMES_DF df): the per-run extremes where the window holds
 * too few runs to read them from (fewer than MIN_SUITE_TAIL). A short history is where the noise is
 * least known, not where one run of many benchmarks may be trusted most: replaying real runner
 * histories against 4 prior runs, without it 92 of 717 pushes that re-measured an unchanged commit
 * failed (sourcemeta/blaze, 100+ benchmarks, one at +13 … +87 % each time).
 */
function modelExtremes(noise: Map<Series, Noise>): { tail: Tail; benchmarks: number } | undefined {
  let benchmarks = 0;
  for (const [s, nz] of noise) if (nz.sd > 0 && !(s.resolution > 0)) benchmarks++;
  if (benchmarks < 2) return undefined;
  const tail: Tail = (z) => {
    if (!(z > 0)) return 0;
    // P(one benchmark ≥ z) is at most ½ here, so the log stays finite.
    return -Math.expm1(benchmarks * Math.log1p(-(1 - tConfidence(z, EXTREMES_DF))));
  };
  return { tail, benchmarks };
}

function familyTails(noise: Map<Series, Noise>, runs: number): Family | undefined {
  if (noise.size < 2) return undefined;
  const hi = Array.from({ length: runs }, () => -Infinity);
  const lo = Array.from({ length: runs }, () => Infinity);
  // streaks[k - 2][r]: the furthest any benchmark stayed off (its least z) over runs r − k + 1 … r.
  const streaks = Array.from({ length: MAX_STREAK - 1 }, () => Array.from({ length: runs }, () => -Infinity));
  // The benchmarks whose extremes count, with the sign that makes worse positive.
  const members: { nz: Noise; sign: number }[] = [];
  // Each member's z in each stored run of the window (for `ranked`).
  const zsOf: number[][] = [];
  for (const [s, nz] of noise) {
    // A figure rounded to whole units (1 → 2 ns) jumps by many of its σ without changing: it would
    // make every run's extreme look wild and hide real changes elsewhere.
    if (nz.n < 3 || !(nz.sd > 0) || s.resolution > 0) continue;
    const sign = s.direction === 'smaller' ? 1 : -1;
    members.push({ nz, sign });
    const zs = nz.byRun.slice(0, runs).map((d) => (sign * d) / nz.sd);
    zsOf.push(zs);
    zs.forEach((z, r) => {
      if (!Number.isFinite(z)) return;
      if (z > hi[r]!) hi[r] = z;
      if (z < lo[r]!) lo[r] = z;
      let least = z;
      for (let k = 2; k <= MAX_STREAK && r - k + 1 >= 0; k++) {
        const prev = zs[r - k + 1]!;
        if (!Number.isFinite(prev)) break;
        least = Math.min(least, prev);
        streaks[k - 2]![r] = Math.max(streaks[k - 2]![r]!, least);
      }
    });
  }
  const worse = hi.filter(Number.isFinite);
  const better = lo.filter(Number.isFinite).map((v) => -v);
  // Too few stored runs to read the per-run extremes from: the noise model's own reading of them.
  const modelled = worse.length < MIN_SUITE_TAIL ? modelExtremes(noise) : undefined;
  const streakTails = streaks.map((xs) => suiteTailModel(xs.filter(Number.isFinite)));
  // The older runs' per-run extremes: each benchmark's deviation from its local level there (a step
  // leaves none, a spike does), in the σ of its window.
  let withOlder: Tail | undefined;
  const older = (): Tail => {
    if (withOlder) return withOlder;
    const top: number[] = [];
    for (const { nz, sign } of members)
      nz.older?.()?.forEach((d, r) => {
        const z = (sign * d) / nz.sd;
        if (Number.isFinite(z) && !(top[r]! >= z)) top[r] = z;
      });
    withOlder = suiteTailModel([...worse, ...top.filter(Number.isFinite)]);
    return withOlder;
  };
  const hasOlder = members.some(({ nz }) => nz.older !== undefined);
  let olderZs: number[][] | undefined;
  const rankedCache = new Map<string, number[][]>();
  const ranked = (k: number, withOlder: boolean): number[][] => {
    const key = `${k}${withOlder ? '+' : ''}`;
    const hit = rankedCache.get(key);
    if (hit) return hit;
    const series = withOlder
      ? (olderZs ??= members.map(({ nz, sign }) => (nz.older?.() ?? []).map((d) => (sign * d) / nz.sd)))
      : zsOf;
    const out: number[][] = [];
    series.forEach((zs) =>
      leastOverStreaks(zs, k).forEach((z, r) => {
        if (Number.isFinite(z)) (out[r] ??= []).push(z);
      }),
    );
    const lists = withOlder ? [...ranked(k, false), ...out.filter((l) => l !== undefined)] : out.filter((l) => l !== undefined);
    for (const l of lists) l.sort((a, b) => b - a);
    rankedCache.set(key, lists);
    return lists;
  };
  return {
    worse: modelled?.tail ?? suiteTailModel(worse),
    better: modelled?.tail ?? suiteTailModel(better),
    ...(modelled ? { modelled: true } : {}),
    streak: (k) => streakTails[Math.min(Math.max(k, 2), MAX_STREAK) - 2]!,
    benchmarks: modelled?.benchmarks ?? members.length,
    ...(hasOlder ? { withOlder: older } : {}),
    ranked,
  };
}

/** Each run's least z over it and the k − 1 runs before (NaN where any of them is unknown, or fewer than k). */
function leastOverStreaks(zs: readonly number[], k: number): number[] {
  return zs.map((_, r) => {
    if (r - k + 1 < 0) return NaN;
    let least = Infinity;
    for (let i = r - k + 1; i <= r; i++) least = Math.min(least, Number.isFinite(zs[i]!) ? zs[i]! : NaN);
    return least;
  });
}

/**
 * The group (Together) of the benchmarks past their limit in every one of k runs in a row, each at its
 * least z, against the history's streaks of k runs ranked the same way: for a row among them at z, the
 * rarest, over m from GROUP_MIN and at least the row's own rank (so the row is one of the m), of a stored
 * streak whose m-th furthest benchmark stayed as far off as the group's m-th. Where half a suite of
 * 250 stayed 3× off for two pushes while the machines' shared shift was +20 %, one benchmark's
 * two-run episode elsewhere in the history does not make it a spike.
 */
function togetherOf(family: Family, past: readonly { s: Series; z: number }[], k: number): Together | undefined {
  if (past.length < GROUP_MIN) return undefined;
  const zs = past.map((p) => p.z).sort((a, b) => b - a);
  const tails = new Map<string, Tail>();
  const tailAt = (m: number, withOlder: boolean): Tail => {
    const key = `${m}${withOlder ? '+' : ''}`;
    let t = tails.get(key);
    if (!t) {
      // Streaks without m members measured could not have had m that far off; too few streaks say nothing.
      const mth = family.ranked(k, withOlder).flatMap((r) => (r.length >= m ? [r[m - 1]!] : []));
      t = mth.length >= MIN_SUITE_TAIL ? suiteTailModel(mth) : () => 1;
      tails.set(key, t);
    }
    return t;
  };
  // rarest[m − 1]: the least share over group sizes m … n, each weighed at the group's m-th z (built
  // once per push, from the largest m down; each row then reads it at its rank).
  const suffixMin = new Map<boolean, number[]>();
  const rarest = (withOlder: boolean): number[] => {
    let out = suffixMin.get(withOlder);
    if (!out) {
      out = Array.from({ length: zs.length }, () => 1);
      let least = 1;
      for (let m = zs.length; m >= GROUP_MIN; m--) {
        least = Math.min(least, tailAt(m, withOlder)(zs[m - 1]!));
        out[m - 1] = least;
      }
      suffixMin.set(withOlder, out);
    }
    return out;
  };
  return {
    members: new Set(past.map((p) => p.s)),
    share: (z, withOlder) => {
      let rank = 0;
      while (rank < zs.length && zs[rank]! >= z) rank++;
      return rarest(withOlder)[Math.max(GROUP_MIN, rank) - 1] ?? 1;
    },
  };
}

/**
 * One run of one benchmark against the suite's per-run extremes (SINGLE_RUN_STRICTNESS). `worse` is
 * the change (log) and `sd` the row's noise; the row's `detectable` then also says how far one run
 * must reach before the suite's extremes let it count, not only what the benchmark's own noise allows.
 */
function familyCheck(j: Judgement, worse: number, sd: number, family: Family | undefined, confidence: number): Judgement {
  if (!family) return j;
  const strictness = SINGLE_RUN_STRICTNESS;
  const z = worse / sd;
  let share = family.worse(z);
  // A row the window's extremes would let pass is also held to the spike memory's older runs: a suite
  // whose benchmarks spike every few dozen runs may show none in the newest 20 (seen on real runners:
  // sourcemeta/blaze, benchmarks of σ ≈ 1–2 % at +26 … +168 % for one run of an unchanged commit).
  if (family.withOlder && z > 0 && 1 - strictness * share >= confidence) share = Math.max(share, family.withOlder()(z));
  const tw = Math.min(1, strictness * share);
  const tb = family.better(-z);
  return {
    ...j,
    detectable: Math.max(j.detectable, Math.exp(sd * tailReach((x) => strictness * family.worse(x), 1 - confidence))),
    ...(tw > j.tailWorse
      ? { suiteWide: { share, benchmarks: family.benchmarks, strictness, ...(family.modelled ? { modelled: true } : {}) } }
      : {}),
    worseConfidence: Math.min(j.worseConfidence, 1 - tw),
    betterConfidence: Math.min(j.betterConfidence, 1 - tb),
    tailWorse: Math.max(j.tailWorse, tw),
    tailBetter: Math.max(j.tailBetter, tb),
  };
}

/**
 * The newest stored run judged as its own push was (against the runs before it, as many as the
 * window holds, with their gates' judgements), and its enforced rows that push left undecided and
 * did not fail or accept: the steps a later push may confirm (confirmSteps) or a pull request may
 * share (baseSteps).
 */
function newestRunSteps(
  rows: readonly ResultRow[],
  history: readonly ResultSet[],
  rules: Rules,
  options: Options,
): { runner?: Pick<RunnerShift, 'shift' | 'applied_shift' | 'unusual' | 'slower_odds' | 'lower_odds'>; undecided: ResultRow[] } {
  const judged = new Set((options.judged?.at(-1) ?? []).map(rowKey));
  const recorded = options.recorded?.at(-1);
  // A run of the same commit whose gate failed rows: its record keeps only what it left undecided, so
  // it is judged again below, and the rows it failed are steps this run may confirm.
  const failedBefore = options.failedBefore;
  if (recorded && !failedBefore) {
    // As its push left them: the rows (with this head's rule for each) and the runner it read.
    const own = new Map(rows.map((r) => [rowKey(r), r]));
    const undecided: ResultRow[] = [];
    for (const s of recorded.rows) {
      const r = own.get(rowKey(s));
      if (!r?.enforced || judged.has(rowKey(s))) continue;
      undecided.push({ ...r, status: 'inconclusive', ratio: s.ratio, measured_ratio: s.measured, settled: !s.pending });
    }
    const runner = recorded.runner && {
      shift: recorded.runner.shift,
      applied_shift: recorded.runner.applied,
      unusual: recorded.runner.unusual,
      ...(recorded.runner.slower !== undefined ? { slower_odds: recorded.runner.slower } : {}),
      ...(recorded.runner.lower !== undefined ? { lower_odds: recorded.runner.lower } : {}),
    };
    return { ...(runner ? { runner } : {}), undecided };
  }
  const then = decide(history.at(-1)!, history.slice(0, -1), rules, { judged: options.judged?.slice(0, -1) });
  // Its slower reading counts for the next push only where it left rows undecided (as its record keeps it).
  const runner = then.runner && {
    ...then.runner,
    slower_odds: then.runner.slower_set_aside ? then.runner.slower_odds : undefined,
    lower_odds: then.runner.lower_set_aside ? then.runner.lower_odds : undefined,
  };
  return {
    ...(runner ? { runner } : {}),
    undecided: then.results
      .filter(
        (r) =>
          r.enforced &&
          !judged.has(rowKey(r)) &&
          (r.status === 'inconclusive' || (r.status === 'regression' && !!failedBefore?.has(rowKey(r)))),
      )
      .map((r) => (r.status === 'regression' ? { ...r, status: 'inconclusive' as const, settled: false } : r)),
  };
}

/**
 * One run past the limit on a push is often a spike (a neighbour's burst); two runs in a row past it
 * rarely are. Where the newest stored run brought a change its one run could not decide (inconclusive,
 * not re-measured), and this run, a push on the same branch, measures past the limit against the same
 * old level, the two runs are judged together against the history before that step: a confirmed step
 * fails here, naming the run that brought it. Where the two runs before this one both left the same
 * step undecided, the three are judged together against the history before the first (MAX_STREAK).
 * A step a stored run's push already failed is not judged again (levels.ts has made it the baseline).
 */
function confirmSteps(
  rows: ResultRow[],
  head: ResultSet,
  history: readonly ResultSet[],
  rules: Rules,
  options: Options,
  runner: RunnerShift | undefined,
  setAside: ReadonlyMap<string, ResultRow>,
): void {
  const previous = history.at(-1)!;
  const before = history.slice(0, -1);
  const then = newestRunSteps(rows, history, rules, options);
  slowerTwice(rows, then, rules, options, runner, setAside);
  const open = then.undecided.filter((r) => r.measured_ratio !== null);
  // Undecided for want of a second run, or moved together with a suite-wide shift larger than any
  // runner of the history (a slower machine, or code they all run: one run could not tell).
  const pending = new Map(open.filter((r) => r.settled === false).map((r) => [rowKey(r), r]));
  const thenSlow =
    !!then.runner &&
    (then.runner.unusual || (then.runner.shift > 1 && (then.runner.lower_odds ?? 1) <= rareOdds(rules.confidence)));
  const together = new Map(open.filter((r) => r.settled === true && thenSlow).map((r) => [rowKey(r), r]));
  const k = options.runs && options.runs.length > 0 ? options.runs.length : 1;
  if (pending.size === 0 && together.size === 0) {
    sameCodeDisagrees(rows, then.undecided, options, k);
    return;
  }
  // `machines`: where the two runs were each read as a rare slower machine, the chance of two that slow.
  const confirmed = new Map<string, { row: ResultRow; pushes: ResultRow[]; machines?: { odds: number } }>();
  // Each job's runs are put on the baseline's runner level by that job's own shift before they are
  // pooled (one job's shift is not another's).
  const headRuns = (options.runs && options.runs.length > 0 ? options.runs : [head]).map((r) =>
    onRunner(r, runner?.applied_shift ?? 1),
  );
  if (pending.size > 0) {
    const prev = onRunner(previous, then.runner?.applied_shift ?? 1);
    // The runs before the pair's window are its spike memory, as they are this run's.
    const memory = options.memory?.length ? { memory: options.memory } : {};
    const pair = decide(medianOfRuns([...headRuns, prev], rules.statistic), before, rules, {
      runs: [prev, ...headRuns],
      consecutive: 2,
      ...memory,
    });
    for (const r of pair.results)
      if (r.status === 'regression' && pending.has(rowKey(r)))
        confirmed.set(rowKey(r), { row: r, pushes: [pending.get(rowKey(r))!] });
    // Rows the pair could not confirm, which the run before the previous one also left undecided:
    // three pushes in a row, judged against the history before the first.
    const left = [...pending.keys()].filter((k) => !confirmed.has(k));
    if (left.length > 0 && headRuns.length === 1 && before.length - 1 >= CONFIRM_MIN_RUNS) {
      const earlier = newestRunSteps(rows, before, rules, {
        ...options,
        failedBefore: undefined,
        judged: options.judged?.slice(0, -1),
        recorded: options.recorded?.slice(0, -1),
      });
      const firsts = new Map(
        earlier.undecided.filter((r) => r.settled === false && r.measured_ratio !== null).map((r) => [rowKey(r), r]),
      );
      if (left.some((k) => firsts.has(k))) {
        const first = onRunner(before.at(-1)!, earlier.runner?.applied_shift ?? 1);
        const streak = decide(medianOfRuns([...headRuns, prev, first], rules.statistic), before.slice(0, -1), rules, {
          runs: [first, prev, ...headRuns],
          consecutive: MAX_STREAK,
          ...memory,
        });
        // The first two measured past the limit as each stood (no runner reading made it so). This run is
        // held to the level before the first of them below: against its own baseline it may read
        // unchanged, where the level search already took those two runs for the new level (seen on
        // github-action-benchmark's own C++ suite: +12 %, +12 %, then "+0.1 %").
        for (const r of streak.results)
          if (
            r.status === 'regression' &&
            left.includes(rowKey(r)) &&
            firsts.has(rowKey(r)) &&
            measuredPastLimit(firsts.get(rowKey(r))!) &&
            measuredPastLimit(pending.get(rowKey(r))!)
          )
            confirmed.set(rowKey(r), { row: r, pushes: [firsts.get(rowKey(r))!, pending.get(rowKey(r))!] });
      }
    }
  }
  const measuredRuns = options.runs && options.runs.length > 0 ? options.runs : [head];
  const twoSlow =
    together.size > 0 ? twoSlowMachines(measuredRuns, before, then.runner!, rules, options.judged?.slice(0, -1)) : undefined;
  if (twoSlow) {
    // Two jobs on two runners each read as a machine this history's runners rarely were (against the
    // benchmarks that stayed lower), the two odds together below the allowed error: judged as measured,
    // against the history's whole run-to-run noise, the runners' part included.
    const pair = decide(
      medianOfRuns([...measuredRuns, previous], rules.statistic),
      before,
      { ...rules, runner_correction: false },
      {
        runs: [previous, ...measuredRuns],
        consecutive: 2,
      },
    );
    for (const r of pair.results)
      if (r.status === 'regression' && together.has(rowKey(r)))
        confirmed.set(rowKey(r), { row: r, pushes: [together.get(rowKey(r))!], machines: twoSlow });
  }
  const name = previousRun(options);
  rows.forEach((row, i) => {
    const c = confirmed.get(rowKey(row));
    if (!c) return;
    const p = c.row;
    if (row.head === null || p.base === null || !(p.base > 0) || p.limit === undefined) return;
    // This run alone, against the level before the step, is past the limit too.
    const alone = row.head / p.base;
    const worse = row.direction === 'smaller' ? alone : 1 / alone;
    if (!(worse > p.limit * (1 + EPS))) return;
    const was = c.pushes.map((w) => fmtPct(measuredWorse(w)!));
    const again = c.pushes.length === 1 && !!options.failedBefore?.has(rowKey(row));
    const step = again
      ? `${name}, which measured this same commit at ${was[0]} and failed it; this run agrees, and the two are`
      : c.pushes.length === 1
        ? `${name}, which measured ${was[0]} and could not be decided from its one run; this run agrees, and the two are`
        : `the run before ${name}; those two measured ${was.join(' and ')}, and neither run, nor the two together, could decide it; this run agrees, and the three are`;
    rows[i] = {
      ...p,
      head: row.head,
      measured_ratio: alone,
      settled: true,
      fails: p.enforced,
      reason: `${fmtPct(worse)} against the level before ${step} ${pctConf(p.confidence ?? 0)} confident it is real (${p.history} prior runs). ${again ? 'Measured again, the same code is as slow.' : `The step came with ${c.pushes.length === 1 ? name : `the run before ${name}`}; this push confirms it.`}${c.machines ? ` Each run could be read as a slower machine; two machines that slow in a row is a ${oddsText(c.machines.odds).replace(/ /g, '-')} chance on this history's runners.` : ''}`,
    };
    delete rows[i]!.resolve;
    // The failure rests on two readings of two runners: paired rounds against the base (confirm-ab),
    // where the job can run them, measure both commits on one runner and clear it or confirm it.
    if (c.machines && p.enforced) {
      rows[i]!.pairable = true;
      rows[i]!.resolve = TWO_RUNNERS_RESOLVE;
    }
  });
  sameCodeDisagrees(rows, then.undecided, options, k);
}

/** The newest stored run as a reason names it: by its commit where the pipeline gave it. */
const previousRun = (options: DecideOptions) =>
  options.continues?.previous ? `the previous run (${options.continues.previous})` : 'the previous run';

/**
 * A run of the same commit as the newest stored run, whose gate failed a row that this one run
 * measures within its limit: two runs of the same code disagree, and neither is the baseline. The row
 * is inconclusive and unsettled — measured again where the job can run the suite (from k ≥ 2 runs of
 * this job the row is judged on them, as any re-measured row is).
 */
function sameCodeDisagrees(rows: ResultRow[], undecided: readonly ResultRow[], options: Options, k: number): void {
  const failedBefore = options.failedBefore;
  if (!failedBefore || k > 1) return;
  const was = new Map(undecided.map((r) => [rowKey(r), r]));
  const name = previousRun(options);
  rows.forEach((row, i) => {
    if (!row.enforced || !failedBefore.has(rowKey(row)) || (row.status !== 'unchanged' && row.status !== 'improvement')) return;
    const then = was.get(rowKey(row));
    const thenWorse = then ? measuredWorse(then) : undefined;
    const measured = measuredWorse(row) ?? (row.ratio !== null ? row.ratio ** (row.direction === 'smaller' ? 1 : -1) : undefined);
    rows[i] = {
      ...row,
      status: 'inconclusive',
      fails: false,
      settled: false,
      reason: `${measured !== undefined ? `${fmtPct(measured)} here, within the limit` : 'Within the limit here'}, but ${name} measured this same commit${thenWorse !== undefined ? ` at ${fmtPct(thenWorse)}` : ''} and failed it: two runs of the same code disagree, so neither is the baseline. Another run of it decides.`,
    };
  });
}

/**
 * The job's machine was read as slower than a group of benchmarks that stayed lower (RunnerModel's
 * `lower`), on odds this history's runners make rare: at most the square root of the allowed error,
 * so that two such pushes in a row are within it (confirmSteps).
 */
function rareSlower(model: Pick<RunnerModel, 'lower' | 'headEstimate'> | undefined, confidence: number): boolean {
  return !!model?.lower && model.headEstimate > 0 && model.lower.odds <= rareOdds(confidence);
}
const rareOdds = (confidence: number) => Math.sqrt(1 - confidence);
/** A failure resting on how two runs' machines read: paired rounds (confirm-ab) clear or confirm it. */
const TWO_RUNNERS_RESOLVE =
  'same-job A/B (mode: ab) measures the base and head commits on one runner, where a slower machine cancels out';
const oddsText = (odds: number) => `1 in ${Math.max(1, Math.round(1 / odds))}`;

/**
 * The newest stored run read the suite's move as a slower machine that this history's runners rarely
 * were (its odds against the benchmarks that stayed lower): does this push read so again? Its machine
 * is weighed against the history before that run: with the run in the window, its shift is one this
 * history's runners "have had", and the second slow machine would look ordinary because of the very
 * step it repeats. Two machines: the odds multiply. Where no benchmark stayed lower, two runs each
 * slower than any runner of the history are not weighed at all: nothing tells that pair from two slow
 * machines in a row, which runners make (bench:patterns' "no change": +41 % then +52 %, the whole suite
 * with them; judged as measured, the three benchmarks with the calmest histories failed at +50 %).
 */
function twoSlowMachines(
  measuredRuns: readonly ResultSet[],
  before: readonly ResultSet[],
  then: NonNullable<ReturnType<typeof newestRunSteps>['runner']>,
  rules: Rules,
  judged: DecideOptions['judged'],
): { odds: number } | undefined {
  if (!(then.shift > 1) || then.lower_odds === undefined) return undefined;
  const alone = decide(medianOfRuns(measuredRuns, rules.statistic), before, rules, { runs: [...measuredRuns], judged }).runner;
  if (!alone || !(alone.shift > 1) || alone.lower_odds === undefined) return undefined;
  const odds = then.lower_odds * alone.lower_odds;
  return odds <= 1 - rules.confidence ? { odds } : undefined;
}

/** A row's change for its sentence: the corrected one, naming the measured one where the runner moved it. */
function changeText(worseRatio: number, measured: number | undefined): string {
  return measured !== undefined && Math.abs(Math.log(measured / worseRatio)) > 0.005
    ? `${fmtPct(worseRatio)} after the runner correction (${fmtPct(measured)} measured)`
    : fmtPct(measured ?? worseRatio);
}

const worseWord = (metric: string, direction: 'smaller' | 'bigger') =>
  metric === 'time' ? (direction === 'smaller' ? 'slower' : 'lower') : 'worse';

/** A row's change as measured, before any runner correction, as a ratio where above 1 is worse. */
function measuredWorse(r: Pick<ResultRow, 'measured_ratio' | 'direction'>): number | undefined {
  return r.measured_ratio !== null && r.measured_ratio > 0 ? r.measured_ratio ** (r.direction === 'smaller' ? 1 : -1) : undefined;
}

/**
 * An enforced time row measured past its limit that only the reading of this job's machine brought
 * within it, where that machine reads slower than the limit itself: a slower machine, or code every
 * benchmark runs. The suite agreeing on the reading cannot tell the two apart, and neither can the
 * job's own re-runs, which share the machine; base and head on one runner can (the pipeline's paired
 * rounds, escalate.ts). Seen in simulation: every benchmark of a suite +25 %, caught in 34 % of jobs
 * that paired only rows a quarter of the suite disagreed with.
 */
export function onMachineReading(r: ResultRow, runner: RunnerShift | undefined): boolean {
  return (
    r.enforced &&
    r.metric === 'time' &&
    r.status === 'unchanged' &&
    runner !== undefined &&
    r.limit !== undefined &&
    measuredPastLimit(r) &&
    runner.shift ** (r.direction === 'smaller' ? 1 : -1) > r.limit * (1 + EPS)
  );
}

/** The row measured past its limit as it stood (no runner reading made it so). */
function measuredPastLimit(r: ResultRow): boolean {
  return r.limit !== undefined && (measuredWorse(r) ?? 0) > r.limit * (1 + EPS);
}

/**
 * The runner model chose between two readings of this job's machine that nearly as many benchmarks
 * support, and took the faster one because this history's runners rarely moved as far as the slower
 * one. Where under the slower reading no row is worse past its limit, the job reads as "a slower
 * machine, and some benchmarks got faster" just as well as "these benchmarks got slower": the rows
 * that fail only on the choice are inconclusive. Seen in simulation: 3 of 5 benchmarks 25 % faster on
 * a slow runner failed the other two at "100 % confident" in one job of six.
 */
function slowerReading(
  judged: readonly { s: Series; row: ResultRow; nz: Noise | undefined }[],
  model: RunnerModel,
  slower: NonNullable<RunnerModel['slower']>,
): Map<string, ResultRow> {
  const setAside = new Map<string, ResultRow>();
  const worseUnder = (s: Series, nz: Noise) =>
    (s.direction === 'smaller' ? 1 : -1) * (s.headLog - nz.loading * slower.shift - nz.center);
  const breaks = judged.some(
    ({ s, row, nz }) => nz && row.enforced && row.limit !== undefined && worseUnder(s, nz) > Math.log(row.limit) + EPS,
  );
  if (breaks) return setAside;
  for (const { s, row, nz } of judged) {
    if (!nz || row.status !== 'regression') continue;
    setAside.set(rowKey(row), { ...row });
    const under = Math.exp(worseUnder(s, nz));
    row.status = 'inconclusive';
    row.fails = false;
    row.settled = true;
    row.reason = `${fmtPct(row.ratio! ** (row.direction === 'smaller' ? 1 : -1))} slower if this job's machine ran at ${fmtPct(Math.exp(model.headShift))}, where ${model.supporting} benchmarks agree, but ${fmtPct(under)} if it ran at ${fmtPct(Math.exp(slower.shift))}, where ${slower.support} benchmarks are; read that way, no benchmark got slower and the others got faster. This history's runners rarely ran that slow, but a change that may be an improvement never fails the check on that doubt.`;
    row.resolve =
      'same-job A/B (mode: ab) measures the base and head commits on one runner, which tells a slower machine from faster code';
    // Re-runs on this runner cannot tell the readings apart; paired rounds against the base can.
    if (row.enforced) row.pairable = true;
  }
  return setAside;
}

/**
 * A suite split the same way on two pushes in a row. Where the branch's newest stored run left rows
 * undecided past their limit while a slower-machine reading of it was nearly as good (these benchmarks
 * slower, or the machine slower and the others faster), and this push measures the same rows past the
 * limit with such a reading again, the slower reading needs both jobs' machines to have run that slow:
 * two machines, so the two runs' odds multiply. Once they are below the error the confidence allows,
 * those rows fail here. The second run's own doubt — the first run's step, now in the history, looks
 * like a deviation "without a code change" — is the step itself. Seen in simulation: 10 of 20
 * benchmarks 30 % slower stayed undecided on every push until the level search took them for the
 * baseline, and were then blamed on a later push.
 */
function slowerTwice(
  rows: ResultRow[],
  then: ReturnType<typeof newestRunSteps>,
  rules: Rules,
  options: DecideOptions,
  runner: RunnerShift | undefined,
  setAside: ReadonlyMap<string, ResultRow>,
): void {
  const now = runner?.slower_odds;
  const was = then.runner?.slower_odds;
  if (now === undefined || was === undefined) return;
  const odds = now * was;
  if (odds > 1 - rules.confidence) return;
  const open = new Map(then.undecided.map((r) => [rowKey(r), r]));
  const name = previousRun(options);
  rows.forEach((row, i) => {
    const prev = open.get(rowKey(row));
    const before = setAside.get(rowKey(row)) ?? row;
    if (!prev || prev.ratio === null || before.ratio === null || before.limit === undefined || !before.enforced) return;
    if (row.status !== 'inconclusive') return;
    const sign = before.direction === 'smaller' ? 1 : -1;
    const past = (ratio: number) => ratio ** sign > before.limit! * (1 + EPS);
    if (!past(prev.ratio) || !past(before.ratio)) return;
    const head = `${changeText(before.ratio ** sign, measuredWorse(before))} ${worseWord(before.metric, before.direction)}`;
    rows[i] = {
      ...before,
      status: 'regression',
      fails: true,
      settled: true,
      confidence: Math.max(before.confidence ?? 0, 1 - odds),
      reason: `${head}, past the ${fmtPct(before.limit)} limit, and ${name} measured ${fmtPct(prev.ratio ** sign)} here: two runs past it. Each could be read as a slower machine on which other benchmarks got faster; both machines that slow is a 1-in-${Math.round(1 / odds)} chance on this history's runners.`,
      pairable: true,
      resolve: TWO_RUNNERS_RESOLVE,
    };
  });
}

/**
 * A pull request judged against its base branch's history: where the base's newest run brought a step
 * that its one run could not decide (inconclusive, not failed by its gate) and the head measures the
 * same step (past the limit against the level before it, within the head's own noise of that run), the
 * step may be the base's: the row is inconclusive, naming that run, and never fails here. The base
 * branch's next push decides the step (confirmSteps).
 */
function baseSteps(rows: ResultRow[], history: readonly ResultSet[], rules: Rules, options: DecideOptions): void {
  const onBase = options.onBase ?? {};
  const { undecided } = newestRunSteps(rows, history, rules, options);
  const pending = new Map(undecided.filter((r) => r.settled === false && r.ratio !== null).map((r) => [rowKey(r), r]));
  if (pending.size === 0) return;
  const name = onBase.previous ? `the base branch's newest run (${onBase.previous})` : "the base branch's newest run";
  rows.forEach((row, i) => {
    const was = pending.get(rowKey(row));
    if (!was || !(row.fails || row.status === 'inconclusive') || row.ratio === null || !row.interval) return;
    const sign = row.direction === 'smaller' ? 1 : -1;
    // Each on its own job's runner level (the corrected change): two jobs, two runners.
    const headWorse = sign * Math.log(row.ratio);
    const baseWorse = sign * Math.log(was.ratio!);
    // The interval's half width is about two of the head's σ: agreeing is within three.
    const margin = Math.max(0.75 * Math.log(row.interval[1] / row.interval[0]), 0.015);
    if (!(headWorse > 0 && baseWorse > 0) || Math.abs(headWorse - baseWorse) > margin) return;
    rows[i] = {
      ...row,
      status: 'inconclusive',
      fails: false,
      settled: true,
      reason: `${fmtPct(Math.exp(headWorse))} against the level before ${name}, which measured ${fmtPct(Math.exp(baseWorse))} on this benchmark and could not be decided from its one run: the step may be the base branch's, not this change's, and is not held against it. The base branch's next push decides it.`,
      resolve: "the base branch's next push (it confirms or clears the step), or same-job A/B (mode: ab) against the base commit",
    };
  });
}

/** A run's time-like figures divided by its job's runner shift (the baseline runner's level). */
function onRunner(run: ResultSet, shift: number): ResultSet {
  return shift > 0 ? scaleFigures(run, 1 / shift, (_name, key, m) => isTimeLike(key, m)) : run;
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
    ...(m.slowerOdds !== undefined ? { slower_odds: m.slowerOdds } : {}),
  };
}

function describeRunner(m: RunnerModel, notes: string[], warnings: string[]): void {
  const shift = Math.exp(m.headShift);
  if (m.unusual) {
    warnings.push(
      `${m.supporting} of ${m.benchmarks} benchmarks moved together by ${fmtPct(Math.exp(m.headEstimate))}, more than runners in this history vary (±${((Math.exp(m.tau) - 1) * 100).toFixed(1)} %): a ${m.headEstimate > 0 ? 'slower' : 'faster'} machine, or code they all run. ${m.headEstimate > 0 ? 'Their rows past the limit are undecided, not passed: same-job A/B (mode: ab) measures base and head on one runner and tells the two apart.' : 'Nothing is failed for a shared speed-up; the rows say what each benchmark measured.'}`,
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
  if (m.movedTogether) {
    // Say where the level taken lies: "did not move" only where it did not (seen in this project's CI:
    // "the benchmarks that did not move were taken as the runner's level" above a shift of +16 %).
    const level =
      Math.abs(m.headEstimate) < 0.02
        ? `the ${m.supporting} that did not move were taken as the runner's level`
        : `the ${m.supporting} that moved ${fmtPct(Math.exp(m.headEstimate))} were taken as the runner's level (${fmtPct(shift)} factored out)`;
    warnings.push(
      `${m.movedTogether.count} of ${m.benchmarks} benchmarks moved together by ${fmtPct(Math.exp(m.movedTogether.shift))}, more than this history's runners explain; ${level}, so those ${m.movedTogether.count} are judged as changed.`,
    );
  }
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

/** The row's runner-corrected change as a ratio where above 1 is worse (0 when not comparable). */
export function worseness(r: Pick<ResultRow, 'ratio' | 'direction'>): number {
  if (r.ratio === null) return 0;
  return r.direction === 'smaller' ? r.ratio : 1 / r.ratio;
}
