/**
 * `causal-perf history changes`: change points in each benchmark's series on a branch and testbed,
 * with the commits where the level moved and whether the gate flagged any of them.
 */
import { changePoints } from '../analysis/changes.js';
import type { DriftStep } from '../analysis/types.js';
import { testbedOf, type HistoryStore, type RunRecord } from '../history/types.js';

/** A level change in a benchmark's series (the JSON of `history changes`, and a report's `drift`). */
export type Change = DriftStep;

export async function findChanges(
  store: HistoryStore,
  suites: string[],
  options: { branch?: string; limit?: number } = {},
): Promise<Change[]> {
  const changes: Change[] = [];
  for (const suite of suites)
    changes.push(...changesIn(suite, await store.load({ suite, branch: options.branch, limit: options.limit ?? 100_000 })));
  return changes.sort((a, b) => b.at.localeCompare(a.at));
}

/**
 * Change points of every benchmark × metric × testbed series in one suite's runs (oldest first). With
 * `testbed`, the runs are one testbed's already (a baseline window, older runs without one included).
 */
export function changesIn(suite: string, runs: readonly RunRecord[], testbed?: string): Change[] {
  const changes: Change[] = [];
  {
    const series = new Map<
      string,
      { benchmark: string; metric: string; unit: string; testbed: string; points: { value: number; run: RunRecord }[] }
    >();
    for (const run of runs)
      for (const b of run.results.benchmarks)
        for (const [metric, m] of Object.entries(b.metrics)) {
          const bed = testbed ?? testbedOf(run) ?? '';
          const key = `${b.name}\u0000${metric}\u0000${bed}`;
          const s = series.get(key) ?? { benchmark: b.name, metric, unit: m.unit, testbed: bed, points: [] };
          if (Number.isFinite(m.value)) s.points.push({ value: m.value, run });
          series.set(key, s);
        }
    for (const s of series.values()) {
      for (const c of changePoints(s.points.map((p) => p.value))) {
        const moved = s.points.slice(c.from + 1, c.to + 1);
        changes.push({
          suite,
          benchmark: s.benchmark,
          metric: s.metric,
          unit: s.unit,
          testbed: s.testbed,
          from_sha: s.points[c.from]?.run.commit.sha ?? '',
          to_sha: s.points[c.to]?.run.commit.sha ?? '',
          at: s.points[c.to]?.run.recordedAt ?? '',
          before: c.before,
          after: c.after,
          ratio: c.ratio,
          interval: c.interval,
          flagged_by_gate: moved.some((p) =>
            (p.run.flagged ?? []).some(
              (f) =>
                f.benchmark === s.benchmark && f.metric === s.metric && (f.status === 'regression' || f.status === 'below-floor'),
            ),
          ),
        });
      }
    }
  }
  return changes.sort((a, b) => b.at.localeCompare(a.at));
}

/**
 * For a recording run: the level changes that appear with this run — found in the history with it,
 * not in the history before it (a step is only seen once enough runs sit on its new level, so it is
 * reported on the run that makes it visible, and again only if it grew by 2 % more) — and that the
 * gate flagged nowhere in their
 * commit range: the creep no single change showed. `runs` ends with this run.
 */
export function newDrift(suite: string, runs: readonly RunRecord[], testbed?: string): Change[] {
  const position = new Map(runs.map((r, i) => [r.commit.sha, i]));
  const before = changesIn(suite, runs.slice(0, -1), testbed);
  // The same step seen a run earlier may sit a few commits away: E-divisive's split moves a little as points arrive.
  const seen = (c: Change) =>
    before.some(
      (b) =>
        b.benchmark === c.benchmark &&
        b.metric === c.metric &&
        b.testbed === c.testbed &&
        Math.sign(b.ratio - 1) === Math.sign(c.ratio - 1) &&
        // A step that grew (the creep went on) is news again; one that only moved is not.
        Math.abs(Math.log(c.ratio / b.ratio)) < 0.02 &&
        Math.abs((position.get(b.to_sha) ?? -99) - (position.get(c.to_sha) ?? 99)) <= 5,
    );
  return changesIn(suite, runs, testbed).filter((c) => !c.flagged_by_gate && !seen(c));
}
