/**
 * `causal-perf history changes`: change points in each benchmark's series on a branch and testbed,
 * with the commits where the level moved and whether the gate flagged any of them.
 */
import { isoOrder, pushAll } from '../arrays.js';
import { changePoints, type ChangePoint } from '../analysis/changes.js';
import { median } from '../analysis/median.js';
import type { DriftStep } from '../analysis/types.js';
import { ruleFor, type Rules } from '../config.js';
import { testbedOf, type HistoryStore, type OpenRegression, type RunRecord } from '../history/types.js';
import type { Direction } from '../model.js';

/** A level change in a benchmark's series (the JSON of `history changes`, and a report's `drift`). */
export type Change = DriftStep;

/**
 * The branch a history's level lines belong to when none is named: main, else master, else the branch
 * with the most runs. Branches never mix in one series: a feature branch's runs would read as drift.
 */
export function defaultBranchOf(runs: readonly RunRecord[]): string | undefined {
  const counts = new Map<string, number>();
  for (const r of runs) if (r.branch) counts.set(r.branch, (counts.get(r.branch) ?? 0) + 1);
  if (counts.has('main')) return 'main';
  if (counts.has('master')) return 'master';
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

export async function findChanges(
  store: HistoryStore,
  suites: string[],
  options: { branch?: string; limit?: number } = {},
): Promise<Change[]> {
  const changes: Change[] = [];
  for (const suite of suites) {
    let runs = await store.load({ suite, branch: options.branch, limit: options.limit ?? 100_000 });
    if (!options.branch) {
      const branch = defaultBranchOf(runs);
      runs = runs.filter((r) => !r.branch || r.branch === branch);
    }
    pushAll(changes, changesIn(suite, runs));
  }
  return changes.sort((a, b) => isoOrder(b.at, a.at));
}

type Series = {
  benchmark: string;
  group?: string;
  metric: string;
  unit: string;
  direction: Direction;
  testbed: string;
  points: { value: number; run: RunRecord }[];
};

/**
 * Each benchmark × metric × testbed's series in runs (oldest first), in the order first seen. Found by
 * testbed, metric and name in nested maps: no key string is built per point (61 runs of 1,000
 * benchmarks on every push).
 */
function seriesOf(runs: readonly RunRecord[], testbed?: string): Series[] {
  const series: Series[] = [];
  const found = new Map<string, Map<string, Map<string, Series>>>();
  for (const run of runs) {
    const bed = testbed ?? testbedOf(run) ?? '';
    let ofBed = found.get(bed);
    if (!ofBed) found.set(bed, (ofBed = new Map()));
    for (const b of run.results.benchmarks)
      for (const metric in b.metrics) {
        const m = b.metrics[metric]!;
        let ofMetric = ofBed.get(metric);
        if (!ofMetric) ofBed.set(metric, (ofMetric = new Map()));
        let s = ofMetric.get(b.name);
        if (!s) {
          s = { benchmark: b.name, group: b.group, metric, unit: m.unit, direction: m.direction, testbed: bed, points: [] };
          ofMetric.set(b.name, s);
          series.push(s);
        }
        if (Number.isFinite(m.value)) s.points.push({ value: m.value, run });
      }
  }
  return series;
}

function changesOf(suite: string, s: Series, points = s.points): Change[] {
  return asChanges(suite, s, points, changePoints(points.map((p) => p.value)));
}

/** Change points found in `points` (a series' points, oldest first) as the report's changes. */
function asChanges(suite: string, s: Series, points: Series['points'], found: readonly ChangePoint[]): Change[] {
  return found.map((c) => ({
    suite,
    benchmark: s.benchmark,
    metric: s.metric,
    unit: s.unit,
    testbed: s.testbed,
    from_sha: points[c.from]?.run.commit.sha ?? '',
    to_sha: points[c.to]?.run.commit.sha ?? '',
    at: points[c.to]?.run.recordedAt ?? '',
    before: c.before,
    after: c.after,
    ratio: c.ratio,
    interval: c.interval,
    flagged_by_gate: points
      .slice(c.from + 1, c.to + 1)
      .some((p) =>
        (p.run.flagged ?? []).some(
          (f) =>
            f.benchmark === s.benchmark && f.metric === s.metric && (f.status === 'regression' || f.status === 'below-floor'),
        ),
      ),
  }));
}

/**
 * Change points of every benchmark × metric × testbed series in one suite's runs (oldest first). With
 * `testbed`, the runs are one testbed's already (a baseline window, older runs without one included).
 */
export function changesIn(suite: string, runs: readonly RunRecord[], testbed?: string): Change[] {
  const changes: Change[] = [];
  for (const s of seriesOf(runs, testbed)) pushAll(changes, changesOf(suite, s));
  return changes.sort((a, b) => isoOrder(b.at, a.at));
}

/**
 * For a recording run: the level changes that appear with this run — found in the history with it,
 * not in the history before it (a step is only seen once enough runs sit on its new level, so it is
 * reported on the run that makes it visible, and again only if it grew by 2 % more) — and that the
 * gate flagged nowhere in their
 * commit range: the creep no single change showed. `runs` ends with this run.
 */
export function newDrift(suite: string, runs: readonly RunRecord[], testbed?: string): Change[] {
  return levelChangesIn(suite, runs, undefined, testbed).drift;
}

/** newDrift for one series whose change points (with this run) are `found`. */
function driftOf(
  suite: string,
  s: Series,
  found: readonly ChangePoint[],
  runs: readonly RunRecord[],
  position: Map<string, number>,
): Change[] {
  const now = asChanges(suite, s, s.points, found).filter((c) => !c.flagged_by_gate);
  if (now.length === 0) return [];
  const last = runs.at(-1);
  // Only a series with a candidate is searched again without this run (most series have none).
  const before = changesOf(suite, s, s.points.at(-1)?.run === last ? s.points.slice(0, -1) : s.points);
  // The same step seen a run earlier may sit a few commits away: E-divisive's split moves a little as points arrive.
  const seen = (c: Change) =>
    before.some(
      (b) =>
        Math.sign(b.ratio - 1) === Math.sign(c.ratio - 1) &&
        // A step that grew (the creep went on) is news again; one that only moved is not.
        Math.abs(Math.log(c.ratio / b.ratio)) < 0.02 &&
        Math.abs((position.get(b.to_sha) ?? -99) - (position.get(c.to_sha) ?? 99)) <= 5,
    );
  return now.filter((c) => !seen(c));
}

/**
 * Drift (newDrift) and, with rules, open regressions (openRegressions) of one suite's runs: each
 * series is gathered and searched for change points once for both.
 */
export function levelChangesIn(
  suite: string,
  runs: readonly RunRecord[],
  rules: Rules | undefined,
  testbed?: string,
): { drift: Change[]; open: OpenRegression[] } {
  const drift: Change[] = [];
  const open: OpenRegression[] = [];
  const position = new Map(runs.map((r, i) => [r.commit.sha, i]));
  for (const s of seriesOf(runs, testbed)) {
    const found = changePoints(s.points.map((p) => p.value));
    if (found.length === 0) continue;
    pushAll(drift, driftOf(suite, s, found, runs, position));
    const o = rules && openOf(s, found, rules);
    if (o) open.push(o);
  }
  return { drift: drift.sort((a, b) => isoOrder(b.at, a.at)), open: open.sort((a, b) => isoOrder(a.at, b.at)) };
}

/** Runs at the current level that make it a level (fewer: the newest run may be a spike). */
const CURRENT_RUNS = 3;

/**
 * The open regressions of a recording branch's runs (one testbed, oldest first, ending with this run):
 * per benchmark × metric, the earliest level change in the window after which the level has stayed
 * worse than before it by more than the rule's limit — one step, or a creep of several smaller ones —
 * and that no run since accepted (a Perf-Accepted trailer, a label, --accept). A change reverted, or
 * accepted, is not open.
 */
export function openRegressions(runs: readonly RunRecord[], rules: Rules, testbed?: string): OpenRegression[] {
  const out: OpenRegression[] = [];
  for (const s of seriesOf(runs, testbed)) {
    const o = openOf(s, changePoints(s.points.map((p) => p.value)), rules);
    if (o) out.push(o);
  }
  return out.sort((a, b) => isoOrder(a.at, b.at));
}

/** openRegressions for one series whose change points are `found`: its open regression, if any. */
function openOf(s: Series, found: readonly ChangePoint[], rules: Rules): OpenRegression | undefined {
  if (found.length === 0) return undefined;
  const rule = ruleFor(rules, s.metric, { name: s.benchmark, group: s.group });
  const limit = rule.regression_limit;
  if (limit === false || limit === undefined || rule.fail === false) return undefined;
  const sign = (rule.direction ?? s.direction) === 'smaller' ? 1 : -1;
  const since = found.at(-1)!.to;
  if (s.points.length - since < CURRENT_RUNS) return undefined;
  const now = median(s.points.slice(since).map((p) => p.value));
  // Changes up to the newest run that accepted this row are accepted: that run's level is the team's.
  let acceptedAt = -1;
  s.points.forEach((p, i) => {
    if ((p.run.flagged ?? []).some((f) => f.benchmark === s.benchmark && f.metric === s.metric && f.accepted)) acceptedAt = i;
  });
  for (const c of found) {
    const before = c.before;
    if (c.to <= acceptedAt || !(before > 0 && now > 0) || (now / before) ** sign <= limit) continue;
    const range = s.points.slice(c.from + 1, c.to + 1);
    return {
      benchmark: s.benchmark,
      metric: s.metric,
      unit: s.unit,
      testbed: s.testbed,
      from_sha: s.points[c.from]!.run.commit.sha,
      to_sha: s.points[c.to]!.run.commit.sha,
      at: s.points[c.to]!.run.recordedAt,
      before,
      now,
      ratio: now / before,
      limit,
      flagged_by_gate: range.some((p) =>
        (p.run.flagged ?? []).some(
          (f) =>
            f.benchmark === s.benchmark && f.metric === s.metric && (f.status === 'regression' || f.status === 'below-floor'),
        ),
      ),
    };
  }
  return undefined;
}
